"""Making a letter's PDF off the UI thread: the worker opens its own connection to the record."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from core.database import Store
from core.letters.options import LetterOptions
from core.letters.pdf import RenderedLetter
from core.letters.service import make_letter


@dataclass(frozen=True, slots=True)
class LetterRequest:
    """Everything needed to make one letter again, from any thread."""

    data_dir: Path
    case_id: int
    options: LetterOptions
    edits: Mapping[str, str] = field(default_factory=dict)


def render(request: LetterRequest, destination: Path) -> RenderedLetter:
    """Write the PDF of `request` to `destination` (run it with ui.tasks.run_in_background)."""
    with Store.open(request.data_dir) as store:
        return make_letter(
            store,
            case_id=request.case_id,
            options=request.options,
            destination=destination,
            edits=request.edits,
        )
