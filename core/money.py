"""Amounts of money: typed by a person, totalled per currency, printed the way each language does.

Amounts are integers in the currency's smallest unit, never floats. Loyalty points are kept as
the pseudo-currency "PTS" (no decimals), since a company can take them like money.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Final

from core.errors import InvalidInputError
from core.i18n import plural_form
from core.model import Money, MoneyKind, MoneyLine

LOYALTY_POINTS: Final = "PTS"
NARROW_NO_BREAK_SPACE: Final = "\u202f"
NO_BREAK_SPACE: Final = "\u00a0"

_EXPONENT_EXCEPTIONS: Final = {
    "BHD": 3,
    "CLP": 0,
    "ISK": 0,
    "JOD": 3,
    "JPY": 0,
    "KRW": 0,
    "KWD": 3,
    "OMR": 3,
    "TND": 3,
    "VND": 0,
    LOYALTY_POINTS: 0,
}
_SYMBOLS: Final = {"EUR": "€", "GBP": "£", "USD": "$"}
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")


def currency_exponent(currency: str) -> int:
    return _EXPONENT_EXCEPTIONS.get(currency, 2)


def normalise_currency(currency: str) -> str:
    code = currency.strip().upper()
    symbol_codes = {symbol: code for code, symbol in _SYMBOLS.items()}
    code = symbol_codes.get(code, code)
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise InvalidInputError("error.bad_currency", value=currency)
    return code


def parse_amount(text: str, currency: str) -> Money:
    """Read an amount as people type it: "55", "55,50", "1 234,56", "€1,234.56", "-5".

    With both "," and "." the last one is the decimal mark. With only one of them, it is the
    decimal mark when followed by at most as many digits as the currency has decimals, and a
    thousands separator when followed by exactly three digits.
    """
    code = normalise_currency(currency)
    exponent = currency_exponent(code)
    cleaned = _SPACES.sub("", text.strip())
    for symbol in (*_SYMBOLS.values(), code, code.lower()):
        cleaned = cleaned.replace(symbol, "")
    negative = cleaned.startswith("-")
    if cleaned[:1] in ("+", "-"):
        cleaned = cleaned[1:]
    if not re.fullmatch(r"[0-9.,]*[0-9][0-9.,]*", cleaned):
        raise InvalidInputError("error.bad_amount", value=text)
    whole, fraction = _split_decimal(cleaned, exponent, text)
    if len(fraction) > exponent:
        raise InvalidInputError("error.bad_amount", value=text)
    minor = int(whole or "0") * 10**exponent + int(fraction.ljust(exponent, "0") or "0")
    return Money(-minor if negative else minor, code)


def _split_decimal(digits: str, exponent: int, original: str) -> tuple[str, str]:
    marks = [index for index, char in enumerate(digits) if char in ".,"]
    if not marks:
        return digits, ""
    kinds = {digits[index] for index in marks}
    if len(kinds) == 2:
        last = marks[-1]
        whole = digits[:last].replace(",", "").replace(".", "")
        return whole, digits[last + 1 :]
    tail = digits[marks[-1] + 1 :]
    grouped = all(len(part) == 3 for part in re.split(r"[.,]", digits)[1:])
    if len(marks) > 1 or (len(tail) == 3 and exponent < 3):
        if not grouped:
            raise InvalidInputError("error.bad_amount", value=original)
        return re.sub(r"[.,]", "", digits), ""
    return digits[: marks[-1]], tail


def _group(whole: str, separator: str) -> str:
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return separator.join(groups)


def format_money(money: Money, lang: str) -> str:
    """The amount as a person reading `lang` expects it: "1 234,56 €", "€1,234.56"."""
    exponent = currency_exponent(money.currency)
    sign = "-" if money.minor < 0 else ""
    whole, fraction = divmod(abs(money.minor), 10**exponent)
    french = lang == "fr"
    digits = _group(str(whole), NARROW_NO_BREAK_SPACE if french else ",")
    if exponent:
        digits += ("," if french else ".") + str(fraction).rjust(exponent, "0")
    if money.currency == LOYALTY_POINTS:
        word = "point" if plural_form(whole, lang) == "one" else "points"
        return f"{sign}{digits}{NO_BREAK_SPACE}{word}"
    symbol = _SYMBOLS.get(money.currency)
    if french:
        return f"{sign}{digits}{NO_BREAK_SPACE}{symbol or money.currency}"
    if symbol:
        return f"{sign}{symbol}{digits}"
    return f"{sign}{money.currency}{NO_BREAK_SPACE}{digits}"


def totals_by_kind(lines: Iterable[MoneyLine]) -> dict[str, dict[MoneyKind, int]]:
    """Per currency, the sum of each kind of line (promised, billed, paid, refunded, claimed)."""
    totals: dict[str, dict[MoneyKind, int]] = defaultdict(lambda: dict.fromkeys(MoneyKind, 0))
    for line in lines:
        totals[line.amount.currency][line.kind] += line.amount.minor
    return dict(totals)


def amount_in_dispute(lines: Iterable[MoneyLine]) -> list[Money]:
    """What the customer is fighting for, per currency.

    The amount claimed when one is stated; otherwise what was billed beyond what was promised.
    Refunds already received come off. Never below zero.
    """
    result = []
    for currency, kinds in sorted(totals_by_kind(lines).items()):
        claimed = kinds[MoneyKind.CLAIMED]
        if claimed:
            disputed = claimed - kinds[MoneyKind.REFUNDED]
        else:
            disputed = (
                kinds[MoneyKind.BILLED] - kinds[MoneyKind.PROMISED] - kinds[MoneyKind.REFUNDED]
            )
        if disputed > 0:
            result.append(Money(disputed, currency))
    return result
