"""Amounts as people type them and read them, and what is in dispute."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.errors import InvalidInputError
from core.model import Money, MoneyKind, MoneyLine
from core.money import amount_in_dispute, format_money, parse_amount, totals_by_kind

NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.mark.parametrize(
    ("typed", "currency", "minor"),
    [
        ("55", "EUR", 5500),
        ("55,5", "EUR", 5550),
        ("55.50", "eur", 5550),
        ("1 234,56", "EUR", 123456),
        (f"1{NNBSP}234,56{NBSP}€", "EUR", 123456),
        ("€1,234.56", "EUR", 123456),
        ("1.234,56", "EUR", 123456),
        ("1,234", "EUR", 123400),
        ("-5", "EUR", -500),
        ("8600", "PTS", 8600),
        ("8 600", "PTS", 8600),
        ("1000", "JPY", 1000),
        ("£12.30", "GBP", 1230),
    ],
)
def test_amounts_are_read_as_typed(typed: str, currency: str, minor: int) -> None:
    assert parse_amount(typed, currency).minor == minor


@pytest.mark.parametrize("typed", ["", "abc", "12,345,67", "1.2.3", "5,1234", "--5", "5-"])
def test_what_is_not_an_amount_is_refused(typed: str) -> None:
    with pytest.raises(InvalidInputError):
        parse_amount(typed, "EUR")


def test_an_unknown_currency_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="currency"):
        parse_amount("5", "euros")


@pytest.mark.parametrize(
    ("money", "lang", "text"),
    [
        (Money(6000, "EUR"), "fr", f"60,00{NBSP}€"),
        (Money(123456, "EUR"), "fr", f"1{NNBSP}234,56{NBSP}€"),
        (Money(123456, "EUR"), "en", "€1,234.56"),
        (Money(-500, "GBP"), "en", "-£5.00"),
        (Money(1999, "USD"), "en", "$19.99"),
        (Money(1999, "CHF"), "en", f"CHF{NBSP}19.99"),
        (Money(1999, "CHF"), "fr", f"19,99{NBSP}CHF"),
        (Money(8600, "PTS"), "fr", f"8{NNBSP}600{NBSP}points"),
        (Money(1, "PTS"), "en", f"1{NBSP}point"),
        (Money(0, "PTS"), "fr", f"0{NBSP}point"),
    ],
)
def test_amounts_print_the_way_each_language_reads_them(money: Money, lang: str, text: str) -> None:
    assert format_money(money, lang) == text


@given(st.integers(min_value=-(10**12), max_value=10**12), st.sampled_from(["EUR", "JPY", "KWD"]))
def test_what_is_printed_reads_back_the_same(minor: int, currency: str) -> None:
    for lang in ("fr", "en"):
        assert parse_amount(format_money(Money(minor, currency), lang), currency).minor == minor


def line(kind: MoneyKind, minor: int, currency: str = "EUR") -> MoneyLine:
    return MoneyLine(id=0, case_id=1, kind=kind, amount=Money(minor, currency))


def test_in_dispute_is_what_was_billed_beyond_what_was_promised() -> None:
    lines = [
        line(MoneyKind.PROMISED, 0),
        line(MoneyKind.BILLED, 5500),
        line(MoneyKind.BILLED, 500),
        line(MoneyKind.PAID, 8600, "PTS"),
    ]
    assert amount_in_dispute(lines) == [Money(6000, "EUR")]
    assert totals_by_kind(lines)["EUR"][MoneyKind.BILLED] == 6000


def test_a_stated_claim_wins_and_refunds_come_off() -> None:
    lines = [
        line(MoneyKind.BILLED, 6000),
        line(MoneyKind.CLAIMED, 16000),
        line(MoneyKind.REFUNDED, 1000),
    ]
    assert amount_in_dispute(lines) == [Money(15000, "EUR")]


def test_nothing_is_in_dispute_once_everything_is_refunded() -> None:
    assert amount_in_dispute([line(MoneyKind.BILLED, 6000), line(MoneyKind.REFUNDED, 6000)]) == []
