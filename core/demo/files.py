"""The demo's evidence files, drawn by Recours itself: the faint invoice (PDF), the parcel (JPEG).

Nothing is downloaded and no logo is copied. Both files come out byte for byte the same for the
same wording, so the evidence store keeps one copy however many demo cases there are, and tests
can rely on them. reportlab and Pillow are imported only here, when a demo is created.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from core.resources import resource_path

if TYPE_CHECKING:
    from PIL import Image, ImageFont
    from reportlab.pdfgen.canvas import Canvas

REGULAR_FONT: Final = "DejaVuSans"
BOLD_FONT: Final = "DejaVuSans-Bold"
FAINT_GREY: Final = 0.8
NOTICE_GREY: Final = 0.45
PHOTO_SIZE: Final = (1200, 900)
PHOTO_SEED: Final = 2008


@dataclass(frozen=True, slots=True)
class InvoiceSheet:
    """What the invoice says, already worded and formatted in the demo's language."""

    title: str
    seller_lines: tuple[str, ...]
    facts: tuple[tuple[str, str], ...]
    bill_to: str
    customer_lines: tuple[str, ...]
    columns: tuple[str, str, str]
    items: tuple[tuple[str, str, str], ...]
    total: tuple[str, str]
    payment_lines: tuple[str, ...]
    service_line: str
    demo_notice: str

    def text(self) -> str:
        """The words printed on the invoice, for search (its print is too faint to read back)."""
        lines = [self.title, *self.seller_lines]
        lines += [f"{label} {value}" for label, value in self.facts]
        lines += [self.bill_to, *self.customer_lines, " ".join(self.columns)]
        lines += [" ".join(item) for item in self.items]
        lines += [" ".join(self.total), *self.payment_lines, self.service_line, self.demo_notice]
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class ParcelLabel:
    """The carrier's label stuck on the parcel in the photo."""

    carrier: str
    service: str
    recipient_heading: str
    recipient_lines: tuple[str, ...]
    weight: str
    tracking: str


def _register_pdf_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    registered = set(pdfmetrics.getRegisteredFontNames())
    for name in (REGULAR_FONT, BOLD_FONT):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", f"{name}.ttf"))))


def write_invoice_pdf(path: Path, sheet: InvoiceSheet) -> None:
    """An A4 invoice printed in very light grey, as the customer found it in the parcel."""
    from reportlab.lib.colors import Color
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    _register_pdf_fonts()
    canvas = Canvas(
        str(path),
        pagesize=A4,
        invariant=True,
        pageCompression=True,
        initialFontName=REGULAR_FONT,  # type: ignore[arg-type]  # types-reportlab says float
    )
    canvas.setTitle(f"{sheet.title} {sheet.facts[0][1]}")
    canvas.setCreator("Recours")
    width, height = A4
    left, right = 20 * mm, width - 20 * mm
    faint = Color(FAINT_GREY, FAINT_GREY, FAINT_GREY)
    canvas.setFillColor(faint)
    canvas.setStrokeColor(faint)

    canvas.setFont(BOLD_FONT, 15)
    canvas.drawString(left, height - 25 * mm, sheet.seller_lines[0])
    _lines(canvas, sheet.seller_lines[1:], left, height - 31 * mm, size=9)
    canvas.setFont(BOLD_FONT, 20)
    canvas.drawRightString(right, height - 25 * mm, sheet.title)
    y = height - 33 * mm
    for label, value in sheet.facts:
        canvas.setFont(REGULAR_FONT, 9)
        canvas.drawRightString(right - 42 * mm, y, label)
        canvas.setFont(BOLD_FONT, 9)
        canvas.drawRightString(right, y, value)
        y -= 5 * mm

    customer_x = width / 2 + 5 * mm
    canvas.setFont(BOLD_FONT, 9)
    canvas.drawString(customer_x, height - 62 * mm, sheet.bill_to)
    _lines(canvas, sheet.customer_lines, customer_x, height - 68 * mm, size=10)

    table_top = height - 100 * mm
    quantity_x, amount_x = right - 45 * mm, right
    canvas.setLineWidth(0.6)
    canvas.line(left, table_top + 4 * mm, right, table_top + 4 * mm)
    canvas.setFont(BOLD_FONT, 9)
    canvas.drawString(left, table_top, sheet.columns[0])
    canvas.drawRightString(quantity_x, table_top, sheet.columns[1])
    canvas.drawRightString(amount_x, table_top, sheet.columns[2])
    canvas.line(left, table_top - 3 * mm, right, table_top - 3 * mm)
    y = table_top - 10 * mm
    canvas.setFont(REGULAR_FONT, 10)
    for description, quantity, amount in sheet.items:
        canvas.drawString(left, y, description)
        canvas.drawRightString(quantity_x, y, quantity)
        canvas.drawRightString(amount_x, y, amount)
        y -= 7 * mm
    canvas.line(left, y + 3 * mm, right, y + 3 * mm)
    canvas.setFont(BOLD_FONT, 11)
    canvas.drawString(quantity_x - 40 * mm, y - 4 * mm, sheet.total[0])
    canvas.drawRightString(amount_x, y - 4 * mm, sheet.total[1])
    _lines(canvas, sheet.payment_lines, left, y - 20 * mm, size=9)

    canvas.setFont(REGULAR_FONT, 9)
    canvas.drawCentredString(width / 2, 30 * mm, sheet.service_line)
    notice = Color(NOTICE_GREY, NOTICE_GREY, NOTICE_GREY)
    canvas.setFillColor(notice)
    canvas.setFont(REGULAR_FONT, 7)
    canvas.drawCentredString(width / 2, 12 * mm, sheet.demo_notice)
    canvas.showPage()
    canvas.save()


def _lines(canvas: Canvas, lines: tuple[str, ...], x: float, y: float, *, size: float) -> None:
    canvas.setFont(REGULAR_FONT, size)
    for line in lines:
        canvas.drawString(x, y, line)
        y -= size * 1.45


def write_parcel_jpeg(path: Path, label: ParcelLabel) -> None:
    """A photo-like picture of the big parcel on the depot counter, the phone box beside it."""
    from PIL import Image, ImageDraw, ImageFilter

    width, height = PHOTO_SIZE
    photo = _backdrop(width, height)
    shadow = Image.new("L", PHOTO_SIZE, 0)
    ImageDraw.Draw(shadow).ellipse((210, 700, 1010, 800), fill=150)
    ImageDraw.Draw(shadow).ellipse((985, 735, 1130, 780), fill=130)
    shadow = shadow.filter(ImageFilter.GaussianBlur(28))
    photo.paste((40, 34, 28), mask=shadow)

    draw = ImageDraw.Draw(photo)
    front = ((230, 360), (830, 360), (830, 760), (230, 760))
    top = ((230, 360), (830, 360), (960, 280), (360, 280))
    side = ((830, 360), (960, 280), (960, 670), (830, 760))
    draw.polygon(top, fill=(214, 176, 128), outline=(120, 88, 54))
    draw.polygon(side, fill=(160, 120, 78), outline=(110, 80, 48))
    draw.polygon(front, fill=(194, 152, 104), outline=(120, 88, 54))
    draw.line(((295, 320), (895, 320)), fill=(150, 112, 70), width=3)
    tape = (224, 196, 150)
    draw.polygon(((505, 280), (575, 280), (565, 360), (495, 360)), fill=tape)
    draw.polygon(((495, 360), (565, 360), (565, 470), (495, 470)), fill=tape)
    _draw_label(photo, label, (560, 468, 810, 735))
    _draw_phone_box(photo, (1000, 762))

    grain = Image.frombytes("L", PHOTO_SIZE, random.Random(PHOTO_SEED).randbytes(width * height))
    photo = Image.blend(photo, Image.merge("RGB", (grain, grain, grain)), 0.05)
    vignette = Image.radial_gradient("L").resize(PHOTO_SIZE).point(lambda value: value * 0.55)
    photo.paste((0, 0, 0), mask=vignette)
    photo = photo.filter(ImageFilter.GaussianBlur(0.7))
    photo.save(path, format="JPEG", quality=86, optimize=True)


def _backdrop(width: int, height: int) -> Image.Image:
    """A wall above a counter top, lit from the upper left."""
    from PIL import Image

    photo = Image.new("RGB", (width, height))
    counter_top = 600
    for y in range(height):
        if y < counter_top:
            shade = 1.0 - 0.25 * y / counter_top
            colour = (int(226 * shade), int(222 * shade), int(208 * shade))
        else:
            shade = 0.9 - 0.3 * (y - counter_top) / (height - counter_top)
            colour = (int(150 * shade), int(146 * shade), int(140 * shade))
        photo.paste(colour, (0, y, width, y + 1))
    photo.paste((120, 116, 110), (0, counter_top, width, counter_top + 6))
    return photo


def _font(bold: bool, size: int) -> ImageFont.FreeTypeFont:
    from PIL import ImageFont

    name = BOLD_FONT if bold else REGULAR_FONT
    return ImageFont.truetype(str(resource_path("fonts", f"{name}.ttf")), size)


def _draw_label(photo: Image.Image, label: ParcelLabel, box: tuple[int, int, int, int]) -> None:
    """A shipping label: a coloured band with the carrier's name, address lines and a barcode."""
    from PIL import ImageDraw

    draw = ImageDraw.Draw(photo)
    left, top, right, bottom = box
    draw.rectangle(box, fill=(246, 246, 242), outline=(170, 170, 165))
    draw.rectangle((left, top, right, top + 56), fill=(24, 62, 130))
    draw.text((left + 10, top + 6), label.carrier.upper(), font=_font(True, 20), fill="white")
    draw.text((left + 10, top + 34), label.service, font=_font(True, 13), fill=(255, 196, 0))
    y = top + 66
    draw.text((left + 10, y), label.recipient_heading, font=_font(True, 11), fill=(60, 60, 60))
    y += 17
    for line in label.recipient_lines:
        draw.text((left + 10, y), line, font=_font(False, 13), fill=(30, 30, 30))
        y += 17
    draw.text((left + 10, y + 4), label.weight, font=_font(False, 11), fill=(60, 60, 60))
    bars = random.Random(label.tracking)
    x, bar_top, bar_bottom = left + 12, bottom - 62, bottom - 24
    while x < right - 14:
        thickness = bars.choice((1, 1, 2, 3))
        draw.rectangle((x, bar_top, x + thickness - 1, bar_bottom), fill=(20, 20, 20))
        x += thickness + bars.choice((1, 2, 2, 3))
    draw.text(
        ((left + right) // 2, bottom - 8),
        label.tracking,
        font=_font(False, 11),
        fill=(30, 30, 30),
        anchor="md",
    )


def _draw_phone_box(photo: Image.Image, bottom_left: tuple[int, int]) -> None:
    """The phone's own small white box standing beside the parcel, for scale."""
    from PIL import ImageDraw

    draw = ImageDraw.Draw(photo)
    x, y = bottom_left
    width, height, depth_x, depth_y = 86, 150, 24, 16
    edge = (150, 150, 150)
    front = ((x, y - height), (x + width, y - height), (x + width, y), (x, y))
    top = (
        (x, y - height),
        (x + width, y - height),
        (x + width + depth_x, y - height - depth_y),
        (x + depth_x, y - height - depth_y),
    )
    side = (
        (x + width, y - height),
        (x + width + depth_x, y - height - depth_y),
        (x + width + depth_x, y - depth_y),
        (x + width, y),
    )
    draw.polygon(front, fill=(238, 238, 236), outline=edge)
    draw.polygon(top, fill=(250, 250, 248), outline=edge)
    draw.polygon(side, fill=(205, 205, 203), outline=edge)
    draw.rounded_rectangle(
        (x + 24, y - height + 22, x + width - 24, y - 34), radius=7, fill=(40, 40, 44)
    )
