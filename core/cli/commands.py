"""What each headless command does: parse what was typed, call the core, print the result.

The commands that change the record, and those that move files in or out (archives,
letters), are here with the table of every command; those that only read and print the
record are in core.cli.report_commands, `backup` and `restore` in core.cli.backup_commands.

Ids printed for scripts have a fixed form in every language (docs/case-json.md):
`new-case` and `demo` print the bare case id; `log` prints "interaction N" then
"promise N" per promise; `attach` prints "evidence N SHA256 FILE" per file.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import Final

from core.cases import create_case, get_case
from core.cli.backup_commands import backup
from core.cli.console import Console
from core.cli.parser import PromiseRequest
from core.cli.party_commands import party
from core.cli.report_commands import cases, check, due, find, show
from core.clock import local_now, today
from core.database import Store
from core.dates import parse_day, parse_due_date, parse_moment
from core.errors import InvalidInputError, RecoursError
from core.evidence import attach_evidence
from core.interactions import add_interaction
from core.model import Channel, Direction, Language, Moment
from core.parties import find_or_add_party
from core.promises import add_promise, settle_promise

Command = Callable[[argparse.Namespace, Store, Console], int]

_DEFAULT_DIRECTIONS: Final = {
    Channel.VISIT: Direction.IN_PERSON,
    Channel.DELIVERY: Direction.INBOUND,
}


def user_language(console: Console) -> Language:
    return Language(console.lang)


def demo(args: argparse.Namespace, store: Store, console: Console) -> int:
    from core.demo import create_demo_case

    case = create_demo_case(store, lang=args.lang or user_language(console))
    console.line(str(case.id))
    return 0


def new_case(args: argparse.Namespace, store: Store, console: Console) -> int:
    case = create_case(
        store,
        title=args.title,
        counterparty=args.counterparty,
        jurisdiction=args.jurisdiction,
        language=args.lang or user_language(console),
        sector=args.sector,
    )
    console.line(str(case.id))
    return 0


def log(args: argparse.Namespace, store: Store, console: Console) -> int:
    """One interaction and its promises, written together or not at all."""
    occurred = parse_moment(args.at, now=local_now()) if args.at else Moment.of(local_now())
    requests: list[PromiseRequest] = list(args.promises)
    dues = [
        None if request.due is None else parse_due_date(request.due, today=occurred.day)
        for request in requests
    ]
    if any(due is not None and due < occurred.day for due in dues):
        raise InvalidInputError("error.due_before_made")
    direction = args.direction or _DEFAULT_DIRECTIONS.get(args.channel, Direction.OUTBOUND)
    with store.write():
        party_id = None
        if args.party is not None:
            party_id = find_or_add_party(store, name=args.party).id
        interaction = add_interaction(
            store,
            case_id=args.case,
            occurred=occurred,
            channel=args.channel,
            direction=direction,
            summary=args.summary,
            party_id=party_id,
            person=args.person,
            details=args.details,
            reference=args.reference,
            duration_minutes=args.duration,
        )
        promises = [
            add_promise(
                store,
                case_id=args.case,
                text=request.text,
                interaction_id=interaction.id,
                due_on=due,
            )
            for request, due in zip(requests, dues, strict=True)
        ]
    console.line(f"interaction {interaction.id}")
    for promise in promises:
        console.line(f"promise {promise.id}")
    return 0


def settle(args: argparse.Namespace, store: Store, console: Console) -> int:
    on = parse_day(args.on, today=today()) if args.on else None
    promise = settle_promise(
        store,
        promise_id=args.promise,
        status=args.status,
        on=on,
        by_interaction_id=args.by,
        by_evidence_id=args.evidence,
        note=args.note,
    )
    if promise.settled_on is None:
        console.say("cli.settle.reopened", id=promise.id)
    else:
        console.say(
            "cli.settle.done",
            id=promise.id,
            status=console.label(promise.status),
            day=promise.settled_on.isoformat(),
        )
    return 0


def attach(args: argparse.Namespace, store: Store, console: Console) -> int:
    """Each file in turn; on the first that fails, stop and say which files were kept."""
    for attached, name in enumerate(args.files):
        try:
            result = attach_evidence(
                store,
                case_id=args.case,
                source=Path(name),
                interaction_id=args.interaction,
                kind=args.kind,
                description=args.description,
            )
        except RecoursError as error:
            message = error.describe(console.lang)
            if attached:
                message += " " + console.count("cli.attach.kept_before", attached)
            console.warn(message)
            return 1
        evidence = result.evidence
        console.line(f"evidence {evidence.id} {evidence.sha256} {name}")
        if result.already_attached:
            console.warn(
                console.text("cli.attach.already", file=name, case=evidence.case_id, id=evidence.id)
            )
    return 0


MY_ADDRESSES_VARIABLE: Final = "RECOURS_MY_ADDRESSES"


def import_email(args: argparse.Namespace, store: Store, console: Console) -> int:
    """Messages oldest first; one that cannot be read is reported, the others still go in.

    Prints "interaction N FILE" per message (for a duplicate, the interaction that already
    holds it, with a note on stderr); fails only when some file could not be imported.
    """
    from core.mail import import_emails
    from core.text_extraction import extract_pending

    own = list(args.me) or [
        address
        for address in os.environ.get(MY_ADDRESSES_VARIABLE, "").split(",")
        if address.strip()
    ]
    get_case(store, args.case)
    if not own:
        console.warn(console.text("mail.cli.no_addresses"))
    results = import_emails(
        store, case_id=args.case, sources=[Path(name) for name in args.files], own_addresses=own
    )
    failed = False
    new_evidence: list[int] = []
    for result in results:
        shown = result.source if result.path is None else str(result.path)
        if result.error is not None or result.interaction is None:
            failed = True
            reason = "" if result.error is None else result.error.describe(console.lang)
            console.warn(console.text("mail.cli.problem", file=shown, text=reason))
            continue
        console.line(f"interaction {result.interaction.id} {shown}")
        if result.duplicate:
            console.warn(console.text("mail.cli.already", file=shown, id=result.interaction.id))
        for warning in result.warnings:
            text = warning.describe(console.lang)
            console.warn(console.text("mail.cli.problem", file=shown, text=text))
        new_evidence += [evidence.id for evidence in result.attachments]
        if result.message_evidence is not None:
            new_evidence.append(result.message_evidence.id)
    if new_evidence:
        extract_pending(store, evidence_ids=new_evidence)
    return 1 if failed else 0


def export(args: argparse.Namespace, store: Store, console: Console) -> int:
    """One case (or --all) with its evidence, in one archive file."""
    from core.archive import export_cases
    from core.cli.render import format_size

    report = export_cases(
        store,
        case_ids=None if args.case is None else [args.case],
        all_cases=args.all,
        destination=Path(args.output),
    )
    size = format_size(report.archive_bytes, console.lang)
    console.line(
        console.count("archive.exported", len(report.cases), path=report.destination, size=size)
    )
    return 0


def import_case(args: argparse.Namespace, store: Store, console: Console) -> int:
    """The cases of an archive, as new cases or restored; their new ids, one per line."""
    from core.archive import ImportMode, import_archive

    restoring = args.restore or args.replace
    report = import_archive(
        store,
        source=Path(args.archive).expanduser().absolute(),
        mode=ImportMode.RESTORE if restoring else ImportMode.NEW,
        replace=args.replace,
    )
    for imported in report.cases:
        console.line(str(imported.case_id))
    return 0


def letter(args: argparse.Namespace, store: Store, console: Console) -> int:
    from core.deadlines import DeadlineSettings
    from core.letters.options import LetterOptions
    from core.letters.service import make_letter

    case = get_case(store, args.case)
    options = LetterOptions(
        kind=args.kind,
        language=args.lang or case.language,
        jurisdiction=args.jurisdiction or case.jurisdiction,
        letter_date=parse_day(args.date, today=today()) if args.date else today(),
        sending_mode=args.sent_by,
        tracking_number=args.tracking,
        deadline_settings=DeadlineSettings(ombudsman_weeks=args.ombudsman_weeks),
    )
    destination = Path(args.output).expanduser().absolute()
    rendered = make_letter(store, case_id=case.id, options=options, destination=destination)
    for warning in rendered.warnings:
        console.warn(warning.describe(console.lang))
    console.line(console.count("cli.letter.written", rendered.pages, path=rendered.path))
    if args.record:
        from core.letters.register import record_letter

        recorded = record_letter(
            store,
            draft=rendered.draft,
            options=options,
            edits={},
            pdf=rendered.path,
            recipient_party_id=None,
        )
        console.line(f"letter {recorded.id}")
    return 0


COMMANDS: Final[dict[str, Command]] = {
    "demo": demo,
    "cases": cases,
    "show": show,
    "new-case": new_case,
    "party": party,
    "log": log,
    "settle": settle,
    "attach": attach,
    "import-email": import_email,
    "search": find,
    "check": check,
    "export": export,
    "import-case": import_case,
    "backup": backup,
    "due": due,
    "letter": letter,
}
