"""The demo case: the story Recours was born from, recorded in full, in French or English."""

from __future__ import annotations

from core.demo.story import create_demo_case

__all__ = ["create_demo_case"]
