"""The demo's evidence: the invoice and the parcel photo, worded, drawn and attached to the case.

The amounts live here because the invoice prints them and the money lines must agree with it.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Final

from core.database import Store
from core.demo.files import InvoiceSheet, ParcelLabel, write_invoice_pdf, write_parcel_jpeg
from core.demo.texts import DemoTexts
from core.evidence import attach_evidence, save_evidence, set_extracted_text
from core.model import Case, Evidence, EvidenceKind, Interaction, Money, Party
from core.money import LOYALTY_POINTS, format_money

EURO: Final = "EUR"
LOYALTY_POINTS_SPENT: Final = 8600
PHONE_PRICE_CENTS: Final = 5500
SHIPPING_CENTS: Final = 500


def attach_demo_files(
    store: Store,
    case: Case,
    texts: DemoTexts,
    parties: Mapping[str, Party],
    *,
    depot_visit: Interaction,
    invoice_date: dt.date,
) -> Evidence:
    """Draw the invoice and the parcel photo in a scratch folder and file them as evidence.

    Both are linked to the depot visit, where the customer found them; the invoice is returned.
    """
    sheet = _invoice_sheet(texts, case, parties, invoice_date)
    with tempfile.TemporaryDirectory(prefix="recours-demo-") as scratch:
        invoice_path = Path(scratch) / texts["invoice.file_name"]
        photo_path = Path(scratch) / texts["photo.file_name"]
        write_invoice_pdf(invoice_path, sheet)
        write_parcel_jpeg(photo_path, _parcel_label(texts, case))
        invoice = attach_evidence(
            store,
            case_id=case.id,
            source=invoice_path,
            interaction_id=depot_visit.id,
            kind=EvidenceKind.INVOICE,
            description=texts["invoice.description"],
            document_date=invoice_date,
        ).evidence
        attach_evidence(
            store,
            case_id=case.id,
            source=photo_path,
            interaction_id=depot_visit.id,
            kind=EvidenceKind.PHOTO,
            description=texts["photo.description"],
            document_date=depot_visit.occurred.day,
        )
    invoice = save_evidence(store, replace(invoice, amount=invoice_total()))
    set_extracted_text(store, invoice.id, sheet.text())
    return invoice


def invoice_total() -> Money:
    """What the invoice asks for: the phone and its shipping."""
    return Money(PHONE_PRICE_CENTS + SHIPPING_CENTS, EURO)


def _invoice_sheet(
    texts: DemoTexts, case: Case, parties: Mapping[str, Party], invoice_date: dt.date
) -> InvoiceSheet:
    lang = case.language.value
    orange = parties["orange"]
    service_phone = parties["customer_service"].phone or texts["parties.customer_service.phone"]
    reference = {name: texts[f"references.{name}_value"] for name in ("customer", "order")}
    return InvoiceSheet(
        title=texts["invoice.title"],
        seller_lines=(
            orange.name,
            texts["invoice.seller_activity"],
            *texts["parties.orange.postal_address"].splitlines(),
        ),
        facts=(
            (texts["invoice.number"], texts["references.invoice_value"]),
            (texts["invoice.date"], texts.date(invoice_date)),
            (texts["references.customer_label"], reference["customer"]),
            (texts["references.order_label"], reference["order"]),
        ),
        bill_to=texts["invoice.bill_to"],
        customer_lines=(case.sender.name, *case.sender.postal_address.splitlines()),
        columns=(
            texts["invoice.column_item"],
            texts["invoice.column_quantity"],
            texts["invoice.column_amount"],
        ),
        items=(
            (texts["invoice.item_phone"], "1", format_money(Money(PHONE_PRICE_CENTS, EURO), lang)),
            (texts["invoice.item_shipping"], "1", format_money(Money(SHIPPING_CENTS, EURO), lang)),
        ),
        total=(texts["invoice.total"], format_money(invoice_total(), lang)),
        payment_lines=(
            texts["invoice.points"].format(
                points=format_money(Money(LOYALTY_POINTS_SPENT, LOYALTY_POINTS), lang)
            ),
            texts["invoice.amount_due"].format(amount=format_money(invoice_total(), lang)),
        ),
        service_line=texts["invoice.service"].format(phone=service_phone),
        demo_notice=texts["invoice.demo_notice"],
    )


def _parcel_label(texts: DemoTexts, case: Case) -> ParcelLabel:
    return ParcelLabel(
        carrier=texts["parties.chronopost.name"],
        service=texts["photo.service"],
        recipient_heading=texts["photo.recipient"],
        recipient_lines=(
            case.sender.name.upper(),
            *case.sender.postal_address.upper().splitlines(),
        ),
        weight=texts["photo.weight"],
        tracking=texts["references.tracking_value"],
    )
