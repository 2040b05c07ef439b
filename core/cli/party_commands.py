"""`party`: a party of the directory and its contact details, shown or set.

Letters are addressed to the postal address of the directory, so a case opened with
`new-case --counterparty NAME` needs this to give its company an address. With no option
the party is printed; with options its details are set first (one line of `--address` per
line of the address; an empty value clears a detail), then printed. `--json` prints the
party in the form of `show --json` (docs/case-json.md) for scripts.

A party is named as the user knows it: by its name first, so a party whose name is a number
("118218") is found by it; "#12" is always party number 12, and a plain number that names
no party is taken as a party number.
"""

from __future__ import annotations

import argparse
import dataclasses

from core.case_record import party_json
from core.cli.console import Console
from core.cli.values import identifier
from core.database import Store
from core.errors import InvalidInputError, NotFoundError
from core.model import Party
from core.parties import find_party, get_party, save_party

_ONE_LINE_DETAILS = ("email", "phone", "website")
_NUMBER_MARK = "#"


def find_named_party(store: Store, typed: str) -> Party:
    """The party of that name (any case, accents), else the party numbered `typed` ("3");
    "#3" is always a number."""
    cleaned = typed.strip()
    if not cleaned.startswith(_NUMBER_MARK):
        named = find_party(store, cleaned)
        if named is not None:
            return named
        try:
            return get_party(store, identifier(cleaned))
        except InvalidInputError:
            raise NotFoundError("party.not_found", name=cleaned) from None
    return get_party(store, identifier(cleaned))


def party(args: argparse.Namespace, store: Store, console: Console) -> int:
    found = find_named_party(store, args.party)
    changes = {
        "postal_address": None if args.address is None else "\n".join(args.address),
        "email": args.email,
        "phone": args.phone,
        "website": args.website,
    }
    given = {detail: value for detail, value in changes.items() if value is not None}
    if given:
        found = save_party(store, dataclasses.replace(found, **given))
    if args.json:
        console.json(party_json(found))
        return 0
    for line in party_text(found, console):
        console.line(line)
    return 0


def party_text(found: Party, console: Console) -> list[str]:
    """The party for a person: its name, then each detail, the address a line each."""
    none = console.text("party.cli.none")
    lines = [
        console.text(
            "party.cli.heading", name=found.name, id=found.id, kind=console.label(found.kind)
        ),
        console.text("party.cli.postal_address"),
    ]
    lines += [f"  {line}" for line in found.postal_address.splitlines()] or [f"  {none}"]
    for detail in _ONE_LINE_DETAILS:
        value = getattr(found, detail) or none
        lines.append(console.text(f"party.cli.{detail}", value=value))
    if found.notes.strip():
        lines.append(console.text("party.cli.notes"))
        lines += [f"  {line}" for line in found.notes.strip().splitlines()]
    return lines
