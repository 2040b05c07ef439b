"""Fixtures shared by every test: a private data folder and an open case record in it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "en_GB.UTF-8")

from core.database import Store
from core.datadir import prepare_data_dir
from ui.qt_compat import protect_singletons_from_release

protect_singletons_from_release()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh Recours data folder, as the app would create it."""
    return prepare_data_dir(tmp_path / "data")


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    """The case record of `data_dir`, open, with the schema applied."""
    with Store.open(data_dir) as opened:
        yield opened
