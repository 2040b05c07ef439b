"""`party`: a party of the directory and its contact details, shown or set.

Letters are addressed to the postal address of the directory, so a case opened with
`new-case --counterparty NAME` needs this to give its company an address. With no option
the party is printed; with options its details are set first (one line of `--address` per
line of the address; an empty value clears a detail), then printed. `--json` prints the
party in the form of `show --json` (docs/case-json.md) for scripts.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
from typing import Any

from core.cli.console import Console
from core.database import Store
from core.errors import NotFoundError
from core.model import Party
from core.parties import find_party, get_party, save_party

_ID = re.compile(r"#?[0-9]{1,19}")
_ONE_LINE_DETAILS = ("email", "phone", "website")


def find_named_party(store: Store, typed: str) -> Party:
    """The party numbered `typed` ("3", "#3"), else the one of that name (any case, accents)."""
    cleaned = typed.strip()
    if _ID.fullmatch(cleaned):
        return get_party(store, int(cleaned.removeprefix("#")))
    found = find_party(store, cleaned)
    if found is None:
        raise NotFoundError("party.not_found", name=cleaned)
    return found


def party_json(party: Party) -> dict[str, Any]:
    return dataclasses.asdict(party) | {"kind": party.kind.value}


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
