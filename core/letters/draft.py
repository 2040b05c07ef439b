"""A letter as text the user can still change: blocks of paragraphs, facts and tables, each
with a stable key, and the edits the user made, kept apart so they survive a rebuild."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from core.i18n import translate
from core.letters.kinds import LetterKind
from core.model import Jurisdiction, Language

if TYPE_CHECKING:
    from core.timeline_chart.model import TimelineChart


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    QUOTE = "quote"
    FACT = "fact"
    TABLE = "table"
    CHART = "chart"


@dataclass(frozen=True, slots=True)
class Block:
    """One piece of the body. A QUOTE is set apart (what is asked, what was promised); a FACT
    has a dated `heading` over its `text`; a TABLE has
    `rows`, the first being the column headings; `total` marks a table's last row as a sum;
    a CHART is the draft's `chart` under its `heading`, with `text` as its caption."""

    key: str
    kind: BlockKind
    text: str = ""
    heading: str = ""
    rows: tuple[tuple[str, ...], ...] = ()
    total: bool = False


@dataclass(frozen=True, slots=True)
class Enclosure:
    number: int
    evidence_id: int
    title: str


@dataclass(frozen=True, slots=True)
class LetterWarning:
    """Something the user should know before sending: a blank left to fill in, a missing file.

    `blanks` says where the blanks the warning is about are printed: pairs of the key of an
    editable text (see `editable_texts`) and the blank in it. The warning holds while any
    of those texts still shows its blank, and goes once the user has written over them all.
    """

    message_id: str
    params: Mapping[str, object] = field(default_factory=dict)
    blanks: tuple[tuple[str, str], ...] = ()

    def holds_in(self, texts: Mapping[str, str]) -> bool:
        """Whether the warning still applies to a draft whose editable texts are `texts`."""
        return not self.blanks or any(blank in texts.get(key, "") for key, blank in self.blanks)

    def describe(self, lang: str) -> str:
        params = dict(self.params)
        problem = params.pop("problem", None)
        if problem is not None:
            params["reason"] = translate(f"letter.problem_{problem}", lang)
        return translate(self.message_id, lang, **params)


@dataclass(frozen=True, slots=True)
class LetterDraft:
    case_id: int
    kind: LetterKind
    language: Language
    jurisdiction: Jurisdiction
    letter_date: dt.date
    paper: str
    sender: str
    recipient: str
    place_and_date: str
    sending: str
    subject: str
    subject_text: str
    references: str
    salutation: str
    blocks: tuple[Block, ...]
    closing: str
    signature: str
    enclosures: tuple[Enclosure, ...]
    reply_due: dt.date | None
    footer_reference: str
    author: str
    title: str
    blank_pattern: str
    warnings: tuple[LetterWarning, ...] = ()
    chart: TimelineChart | None = None


def editable_texts(draft: LetterDraft) -> dict[str, str]:
    """Every piece of text the user may change, by key, in reading order."""
    texts = {
        "sender": draft.sender,
        "recipient": draft.recipient,
        "place_and_date": draft.place_and_date,
        "sending": draft.sending,
        "subject": draft.subject,
        "references": draft.references,
        "salutation": draft.salutation,
    }
    for block in draft.blocks:
        if block.kind is BlockKind.TABLE:
            for row_number, row in enumerate(block.rows):
                for column, cell in enumerate(row):
                    texts[f"{block.key}.{row_number}.{column}"] = cell
            continue
        if block.kind is BlockKind.FACT:
            texts[f"{block.key}.heading"] = block.heading
        texts[block.key] = block.text
    texts["closing"] = draft.closing
    texts["signature"] = draft.signature
    for enclosure in draft.enclosures:
        texts[f"enclosure.{enclosure.number}"] = enclosure.title
    return texts


def apply_edits(draft: LetterDraft, edits: Mapping[str, str]) -> LetterDraft:
    """The draft with the user's edits in place. Edits to pieces the draft no longer has (a
    fact left out since) are ignored, not lost: they stay in `edits`."""
    if not edits:
        return draft
    edited = replace(
        draft,
        sender=edits.get("sender", draft.sender),
        recipient=edits.get("recipient", draft.recipient),
        place_and_date=edits.get("place_and_date", draft.place_and_date),
        sending=edits.get("sending", draft.sending),
        subject=edits.get("subject", draft.subject),
        references=edits.get("references", draft.references),
        salutation=edits.get("salutation", draft.salutation),
        closing=edits.get("closing", draft.closing),
        signature=edits.get("signature", draft.signature),
        blocks=tuple(_edited_block(block, edits) for block in draft.blocks),
        enclosures=tuple(
            replace(item, title=edits.get(f"enclosure.{item.number}", item.title))
            for item in draft.enclosures
        ),
    )
    texts = editable_texts(edited)
    return replace(
        edited, warnings=tuple(warning for warning in draft.warnings if warning.holds_in(texts))
    )


def _edited_block(block: Block, edits: Mapping[str, str]) -> Block:
    if block.kind is BlockKind.TABLE:
        rows = tuple(
            tuple(
                edits.get(f"{block.key}.{row_number}.{column}", cell)
                for column, cell in enumerate(row)
            )
            for row_number, row in enumerate(block.rows)
        )
        return replace(block, rows=rows)
    return replace(
        block,
        text=edits.get(block.key, block.text),
        heading=edits.get(f"{block.key}.heading", block.heading),
    )
