"""How a letter looks: the styles, the first page with its address blocks, the body, the
tables, the list of enclosures and each enclosure's header page, as reportlab flowables.

Every piece of user text is escaped before reportlab reads it as markup (a summary holding
`<b>` or `&` prints exactly as typed), and the blanks left for the user are highlighted.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING, Any, Final
from xml.sax.saxutils import escape

from core.i18n import translate
from core.letters.draft import Block, BlockKind, LetterDraft
from core.letters.enclosures import Form, PreparedEnclosure
from core.letters.fonts import SANS, SERIF
from core.letters.typography import french_spacing, unbreakable_for_print
from core.letters.wording import wording_for
from core.model import Language

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, Paragraph

MM: Final = 72 / 25.4
_BLANK_COLOUR: Final = "#fff0a0"
_RULE_COLOUR: Final = "#9a9a9a"
_HEADER_FILL: Final = "#ececec"


def markup(text: str, blank_pattern: str = "", *, french: bool = False) -> str:
    """User text as reportlab paragraph markup: escaped, line breaks kept, blanks marked, the
    spaces that must not break kept whole (and French's before : ; ! ? » and after «)."""
    escaped = escape(unbreakable_for_print(french_spacing(text) if french else text))
    if blank_pattern:
        escaped = re.sub(
            blank_pattern,
            lambda found: f'<font backColor="{_BLANK_COLOUR}">{found.group(0)}</font>',
            escaped,
        )
    return escaped.replace("\r\n", "\n").replace("\n", "<br/>")


def prose(text: str, draft: LetterDraft) -> str:
    """The letter's text as markup, set in the typography of the letter's language."""
    return markup(text, draft.blank_pattern, french=draft.language is Language.FR)


class Styles:
    def __init__(self) -> None:
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_LEFT, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        self.body = ParagraphStyle(
            "body", fontName=SERIF, fontSize=10.2, leading=14.2, spaceAfter=5, alignment=TA_LEFT
        )
        self.small = ParagraphStyle(
            "small", parent=self.body, fontSize=9.4, leading=12.6, spaceAfter=0
        )
        self.right = ParagraphStyle("right", parent=self.body, alignment=TA_RIGHT, spaceAfter=0)
        self.strong = ParagraphStyle("strong", parent=self.body, fontName=f"{SERIF}-Bold")
        self.heading = ParagraphStyle(
            "heading",
            fontName=f"{SANS}-Bold",
            fontSize=10.6,
            leading=14,
            spaceBefore=9,
            spaceAfter=4,
        )
        self.fact_heading = ParagraphStyle(
            "fact_heading",
            fontName=f"{SANS}-Bold",
            fontSize=8.8,
            leading=11.5,
            spaceBefore=4,
            spaceAfter=1,
            textColor=colors.HexColor("#333333"),
        )
        self.fact = ParagraphStyle("fact", parent=self.body, leftIndent=4 * MM, spaceAfter=3)
        self.quote = ParagraphStyle(
            "quote",
            parent=self.body,
            leftIndent=8 * MM,
            rightIndent=4 * MM,
            fontName=f"{SERIF}-Italic",
        )
        self.cell = ParagraphStyle("cell", fontName=SERIF, fontSize=8.4, leading=10.4)
        self.cell_head = ParagraphStyle(
            "cell_head", parent=self.cell, fontName=f"{SANS}-Bold", fontSize=8
        )
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)
        self.signature = ParagraphStyle("signature", parent=self.body, leftIndent=95 * MM)
        self.enclosure_title = ParagraphStyle(
            "enclosure_title", fontName=f"{SANS}-Bold", fontSize=13, leading=17, spaceAfter=6
        )
        self.mono = ParagraphStyle("mono", fontName=SANS, fontSize=8.6, leading=11)


class PageMarker:
    """Remembers on which page of the reportlab document a flowable landed."""

    def __init__(self) -> None:
        self.pages: dict[str, int] = {}

    def flowable(self, name: str) -> Flowable:
        from reportlab.platypus import Flowable

        pages = self.pages

        class Mark(Flowable):
            def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
                return (0, 0)

            def draw(self) -> None:
                pages[name] = self.canv.getPageNumber() - 1

        return Mark()


def page_size(draft: LetterDraft) -> tuple[float, float]:
    from reportlab.lib.pagesizes import A4, LETTER

    return LETTER if draft.paper == "letter" else A4


def text_width(draft: LetterDraft) -> float:
    """The width paragraphs and tables get: the page less its margins and the frame's padding."""
    return page_size(draft)[0] - 42 * MM - 12


def letter_story(
    draft: LetterDraft,
    enclosures: list[PreparedEnclosure],
    styles: Styles,
    marker: PageMarker,
) -> list[Flowable]:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    def text(value: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(prose(value, draft), style)

    width = text_width(draft)
    addresses = Table(
        [[text(draft.sender, styles.small), ""], ["", text(draft.recipient, styles.body)]],
        colWidths=[width - 78 * MM, 78 * MM],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 10 * MM),
            ]
        ),
    )
    story: list[Flowable] = [
        marker.flowable("letter"),
        addresses,
        Spacer(0, 8 * MM),
        text(draft.place_and_date, styles.right),
        Spacer(0, 6 * MM),
        text(draft.sending, styles.strong),
        text(draft.subject, styles.strong),
    ]
    if draft.references:
        story.append(text(draft.references, styles.small))
    story += [Spacer(0, 5 * MM), text(draft.salutation, styles.body)]
    for block in draft.blocks:
        story += _block(block, draft, styles, width)
    closing: list[Flowable] = [
        Spacer(0, 2 * MM),
        text(draft.closing, styles.body),
        Spacer(0, 16 * MM),
        text(draft.signature, styles.signature),
    ]
    story.append(KeepTogether(closing))
    if draft.enclosures:
        words = wording_for(draft.language, draft.jurisdiction)
        listing: list[Flowable] = [
            Spacer(0, 6 * MM),
            Paragraph(prose(words("letter.enclosures_heading"), draft), styles.heading),
        ]
        appended = {prepared.enclosure.number for prepared in enclosures if prepared.appended}
        for enclosure in draft.enclosures:
            key = (
                "letter.enclosure_item"
                if enclosure.number in appended
                else "letter.enclosure_not_appended"
            )
            reason = next(
                (
                    translate(f"letter.problem_{prepared.problem}", draft.language.value)
                    for prepared in enclosures
                    if prepared.enclosure.number == enclosure.number and prepared.problem
                ),
                "",
            )
            line = words(key, number=enclosure.number, title=enclosure.title, reason=reason)
            listing.append(text(line, styles.small))
        story.append(KeepTogether(listing))
    return story


def _block(block: Block, draft: LetterDraft, styles: Styles, width: float) -> list[Flowable]:
    from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph

    def text(value: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(prose(value, draft), style)

    match block.kind:
        case BlockKind.HEADING:
            return [CondPageBreak(30 * MM), text(block.text, styles.heading)]
        case BlockKind.QUOTE:
            return [text(block.text, styles.quote)]
        case BlockKind.FACT:
            return [
                KeepTogether(
                    [text(block.heading, styles.fact_heading), text(block.text, styles.fact)]
                )
            ]
        case BlockKind.TABLE:
            return [_table(block, draft, styles, width)]
        case BlockKind.CHART:
            return _chart(block, draft, styles, width)
        case _:
            return [text(block.text, styles.body)]


def _chart(block: Block, draft: LetterDraft, styles: Styles, width: float) -> list[Flowable]:
    """The case at a glance, kept on one page with its heading and caption."""
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    from core.timeline_chart.drawing import chart_drawing

    if draft.chart is None:
        return []
    return [
        KeepTogether(
            [
                Paragraph(prose(block.heading, draft), styles.heading),
                chart_drawing(draft.chart, width),
                Spacer(0, 2 * MM),
                Paragraph(prose(block.text, draft), styles.small),
            ]
        )
    ]


def _table(block: Block, draft: LetterDraft, styles: Styles, width: float) -> Flowable:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    columns = len(block.rows[0]) if block.rows else 1
    numeric = {columns - 1} if columns == 3 else set()
    shares = {6: (0.14, 0.17, 0.26, 0.12, 0.24, 0.07), 3: (0.22, 0.56, 0.22)}.get(
        columns, tuple(1 / columns for _ in range(columns))
    )
    cells = [
        [
            Paragraph(
                prose(cell, draft),
                styles.cell_head
                if row_number == 0
                else styles.cell_right
                if column in numeric
                else styles.cell,
            )
            for column, cell in enumerate(row)
        ]
        for row_number, row in enumerate(block.rows)
    ]
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), SERIF),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(_HEADER_FILL)),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(_RULE_COLOUR)),
        ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.HexColor(_RULE_COLOUR)),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if block.total:
        commands += [
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, colors.black),
            ("FONTNAME", (0, -1), (-1, -1), f"{SERIF}-Bold"),
        ]
        last = cells[-1]
        cells[-1] = [Paragraph(f"<b>{paragraph.text}</b>", paragraph.style) for paragraph in last]
    return Table(
        cells,
        colWidths=[width * share for share in shares],
        repeatRows=1,
        style=TableStyle(commands),
        spaceBefore=2,
        spaceAfter=8,
    )


def enclosure_story(
    draft: LetterDraft, prepared: PreparedEnclosure, styles: Styles, marker: PageMarker
) -> list[Flowable]:
    from reportlab.platypus import Image, PageBreak, Paragraph, Preformatted, Spacer

    words = wording_for(draft.language, draft.jurisdiction)
    number = prepared.enclosure.number
    story: list[Flowable] = [
        PageBreak(),
        marker.flowable(f"enclosure-{number}"),
        Paragraph(
            prose(words("letter.enclosure_title_page", number=number), draft),
            styles.enclosure_title,
        ),
        Paragraph(prose(prepared.enclosure.title, draft), styles.body),
        Paragraph(
            prose(words("letter.enclosure_copy_note", sha256=prepared.sha256), draft), styles.mono
        ),
        Spacer(0, 6 * MM),
    ]
    page_width, page_height = page_size(draft)
    if prepared.form is Form.IMAGE:
        width, height = prepared.image_size
        room_width = page_width - 42 * MM
        room_height = page_height - 40 * MM - 45 * MM
        scale = min(room_width / width, room_height / height)
        story.append(Image(io.BytesIO(prepared.image), width=width * scale, height=height * scale))
    elif prepared.form is Form.TEXT:
        story.append(Preformatted(_wrap(prepared.text, 95), styles.mono))
    return story


def _wrap(text: str, columns: int) -> str:
    import textwrap

    lines: list[str] = []
    for line in text.splitlines() or [""]:
        lines += textwrap.wrap(line, columns, replace_whitespace=False) or [""]
    return "\n".join(lines)
