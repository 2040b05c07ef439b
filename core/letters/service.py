"""Making a letter from a case in one call: the draft, the user's edits, the enclosures, the PDF.

The command line and the desktop app both come here, so they write the same PDF.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from core.case_record import CaseRecord, load_case_record
from core.database import Store
from core.evidence import evidence_path
from core.letters.compose import build_draft
from core.letters.draft import LetterDraft, apply_edits
from core.letters.enclosures import PreparedEnclosure, Problem, prepare
from core.letters.options import LetterOptions
from core.letters.pdf import RenderedLetter, render_letter
from core.letters.register import Letter, list_letters


def letter_draft(
    record: CaseRecord,
    options: LetterOptions,
    edits: Mapping[str, str] | None = None,
    *,
    letters: Sequence[Letter] = (),
) -> LetterDraft:
    """The draft as the user last left it: built from the record (and the case's letters
    sent before), their edits applied."""
    return apply_edits(build_draft(record, options, letters=letters), edits or {})


def prepare_enclosures(
    store: Store, record: CaseRecord, draft: LetterDraft
) -> list[PreparedEnclosure]:
    evidence = {item.id: item for item in record.evidence}
    prepared = []
    for enclosure in draft.enclosures:
        item = evidence.get(enclosure.evidence_id)
        if item is None:
            prepared.append(PreparedEnclosure(enclosure, "", None, Problem.MISSING))
            continue
        prepared.append(
            prepare(enclosure, evidence_path(store, item), item.media_type, item.sha256)
        )
    return prepared


def make_letter(
    store: Store,
    *,
    case_id: int,
    options: LetterOptions,
    destination: Path,
    edits: Mapping[str, str] | None = None,
    invariant: bool = False,
) -> RenderedLetter:
    """Write the letter `options` describes for a case to `destination`, with its enclosures."""
    record = load_case_record(store, case_id, today=options.letter_date)
    draft = letter_draft(record, options, edits, letters=list_letters(store, case_id))
    return render_letter(
        draft, prepare_enclosures(store, record, draft), destination, invariant=invariant
    )
