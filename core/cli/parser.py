"""The grammar of `main.py [--data-dir DIR] COMMAND ...`, built with argparse.

Values are read while parsing by core.cli.values, whose refusals are `RecoursError`s in the
user's language. argparse's own complaints (a missing option, an unknown command) become a
`UsageError`, which the caller prints as one line with a pointer to --help instead of
argparse's usage block.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Final, NoReturn

from core.cli.values import (
    SETTLE_STATUSES,
    choice,
    choices_metavar,
    direction,
    identifier,
    minutes,
    settle_status,
    weeks,
)
from core.errors import InvalidInputError
from core.i18n import translate
from core.letters.kinds import LetterKind, SendingMode
from core.model import Channel, EvidenceKind, Jurisdiction, Language, Sector

GUI_COMMAND: Final = "gui"


class UsageError(Exception):
    """The command line does not follow the grammar; `prog` names the (sub)command."""

    def __init__(self, prog: str, detail: str) -> None:
        super().__init__(detail)
        self.prog = prog
        self.detail = detail


@dataclass(frozen=True, slots=True)
class PromiseRequest:
    """A `--promise TEXT` of `log`, with the `--due DATE` that followed it, as typed."""

    text: str
    due: str | None = None


class CommandLineParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(self.prog, message)


_USAGE_PATTERNS: Final = (
    (re.compile(r"the following arguments are required: (?P<names>.+)"), "cli.usage.required"),
    (re.compile(r"unrecognized arguments: (?P<arguments>.+)"), "cli.usage.unrecognized"),
    (
        re.compile(r"argument (?P<argument>.+?): expected (?:at least )?one argument"),
        "cli.usage.expected_value",
    ),
    (
        re.compile(
            r"argument (?P<argument>.+?): invalid choice: (?P<value>.+?) "
            r"\(choose from (?P<choices>.+)\)"
        ),
        "cli.usage.invalid_choice",
    ),
)


def describe_usage_error(error: UsageError, lang: str) -> str:
    """One line in `lang`: what is wrong with the command line, and where the help is."""
    detail = error.detail
    for pattern, message_id in _USAGE_PATTERNS:
        match = pattern.fullmatch(detail)
        if match is not None:
            detail = translate(message_id, lang, **match.groupdict())
            break
    return translate("cli.usage.line", lang, prog=error.prog, detail=detail)


class PromiseAction(argparse.Action):
    """`--promise TEXT`: one more promise made in the interaction being logged."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        promises = [*getattr(namespace, self.dest, ())]
        promises.append(PromiseRequest(text=str(values)))
        setattr(namespace, self.dest, promises)


class DueAction(argparse.Action):
    """`--due DATE`: when the promise just before it falls due."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        promises = [*getattr(namespace, "promises", ())]
        if not promises:
            raise InvalidInputError("cli.due_without_promise", value=values)
        if promises[-1].due is not None:
            raise InvalidInputError("cli.due_twice", promise=promises[-1].text)
        promises[-1] = replace(promises[-1], due=str(values))
        namespace.promises = promises


def build_parser(prog: str | None = None) -> CommandLineParser:
    shared = CommandLineParser(add_help=False, allow_abbrev=False)
    shared.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="the folder holding the database and evidence files",
    )
    parser = CommandLineParser(
        prog=prog,
        description="Keep the record of a dispute with a company. Without a command, "
        "the desktop app starts.",
        epilog="The data folder is --data-dir, else $RECOURS_DATA_DIR, else the per-user "
        "default. Messages follow LANG (French or English).",
        allow_abbrev=False,
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=None,
        help="the folder holding the database and evidence files",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=type(parser))

    def command(name: str, help_text: str) -> CommandLineParser:
        sub: CommandLineParser = commands.add_parser(
            name, help=help_text, description=help_text, parents=[shared], allow_abbrev=False
        )
        return sub

    command(GUI_COMMAND, "start the desktop app (the default)")

    demo = command("demo", "create the demo case (a real dispute) and print its id")
    demo.add_argument("--lang", type=choice(Language, "lang"), metavar="{fr,en}")

    cases = command("cases", "list the cases")
    cases.add_argument("--json", action="store_true", help="print a JSON list")

    show = command("show", "print a whole case")
    show.add_argument("case", type=identifier, metavar="CASE")
    show.add_argument("--json", action="store_true", help="print the documented JSON form")

    new_case = command("new-case", "open a new case and print its id")
    new_case.add_argument("--title", required=True, metavar="TEXT")
    new_case.add_argument("--counterparty", required=True, metavar="NAME")
    new_case.add_argument(
        "--jurisdiction",
        type=choice(Jurisdiction, "jurisdiction"),
        default=Jurisdiction.FR,
        metavar=choices_metavar(list(Jurisdiction)),
        help="whose consumer law applies (default FR)",
    )
    new_case.add_argument(
        "--lang",
        type=choice(Language, "lang"),
        metavar="{fr,en}",
        help="language of the letters (default: yours)",
    )
    new_case.add_argument(
        "--sector",
        type=choice(Sector, "sector"),
        default=Sector.OTHER,
        metavar=choices_metavar(list(Sector)),
    )

    _add_log_arguments(command("log", "record an interaction and the promises made in it"))

    settle = command("settle", "say whether a promise was kept")
    settle.add_argument("promise", type=identifier, metavar="PROMISE")
    settle.add_argument(
        "--status",
        required=True,
        type=settle_status,
        metavar=choices_metavar(SETTLE_STATUSES),
    )
    settle.add_argument(
        "--by", type=identifier, metavar="INTERACTION", help="the interaction that settled it"
    )
    settle.add_argument("--evidence", type=identifier, metavar="ID", help="the evidence of it")
    settle.add_argument("--note", default="", metavar="TEXT")
    settle.add_argument(
        "--on", metavar="DATE", help="when (default: the interaction's day, or today)"
    )

    attach = command("attach", "add files to a case as evidence")
    attach.add_argument("case", type=identifier, metavar="CASE")
    attach.add_argument("files", nargs="+", metavar="FILE")
    attach.add_argument("--interaction", type=identifier, metavar="ID")
    attach.add_argument(
        "--kind",
        type=choice(EvidenceKind, "kind"),
        metavar=choices_metavar(list(EvidenceKind)),
        help="what the files are (default: guessed from each file)",
    )
    attach.add_argument("--description", default="", metavar="TEXT")

    import_email = command(
        "import-email", "import emails saved as .eml files (or folders of them) into a case"
    )
    import_email.add_argument("case", type=identifier, metavar="CASE")
    import_email.add_argument("files", nargs="+", metavar="FILE", help="an .eml file or a folder")
    import_email.add_argument(
        "--me",
        action="append",
        default=[],
        metavar="ADDRESS",
        help="one of your own addresses, so what you sent is outbound (repeatable; "
        "default: $RECOURS_MY_ADDRESSES, comma-separated)",
    )

    party = command("party", "print a party of the directory, or set its contact details")
    party.add_argument(
        "party", metavar="NAME_OR_ID", help='its name, or its number ("#12" is always a number)'
    )
    party.add_argument(
        "--address",
        action="append",
        metavar="TEXT",
        help='a line of the postal address (repeat for each line; "" clears it)',
    )
    party.add_argument("--email", metavar="TEXT", help='its email address ("" clears it)')
    party.add_argument("--phone", metavar="TEXT", help='its phone number ("" clears it)')
    party.add_argument("--website", metavar="TEXT", help='its website ("" clears it)')
    party.add_argument("--json", action="store_true", help="print the documented JSON form")

    search = command("search", "search every case (accents and case ignored)")
    search.add_argument("text", metavar="TEXT")
    search.add_argument("--json", action="store_true", help="print a JSON list")

    command("check", "verify the database and every evidence fingerprint")

    export = command("export", "write cases and their evidence to one archive file (.recours)")
    export.add_argument("case", nargs="?", type=identifier, metavar="CASE")
    export.add_argument("--all", action="store_true", help="every case")
    export.add_argument("-o", "--output", required=True, metavar="FILE.recours")

    import_case = command("import-case", "import the cases of an archive; print their new ids")
    import_case.add_argument("archive", metavar="FILE")
    import_case.add_argument(
        "--restore",
        action="store_true",
        help="bring the cases back as they were, refusing those already here",
    )
    import_case.add_argument(
        "--replace",
        action="store_true",
        help="restore, replacing the cases already here",
    )

    backup = command("backup", "back up the database now and print the backup's path")
    backup.add_argument("--list", action="store_true", help="list the backups, newest first")
    restore = command(
        "restore",
        "put a backup back (default: the latest good one); the replaced database is kept aside",
    )
    restore.add_argument(
        "backup", nargs="?", metavar="BACKUP", help="a file name from backup --list, or a path"
    )

    due = command("due", "what needs your attention this week across cases, grouped by case")
    due.add_argument("--json", action="store_true", help="print the documented JSON form")
    due.add_argument("--all", action="store_true", help="every next step of every case in progress")
    due.add_argument(
        "--as-of", metavar="DATE", help="count from this day instead of today (2026-03-14...)"
    )
    due.add_argument(
        "--ombudsman-weeks",
        type=weeks,
        metavar="WEEKS",
        help="weeks before the UK telecoms ombudsman can be asked (default: the rules', 8)",
    )

    letter = command("letter", "write a letter from a case as a PDF, enclosures appended")
    letter.add_argument("case", type=identifier, metavar="CASE")
    letter.add_argument(
        "--kind",
        required=True,
        type=choice(LetterKind, "kind"),
        metavar=choices_metavar(list(LetterKind)),
    )
    letter.add_argument(
        "--lang", type=choice(Language, "lang"), metavar="{fr,en}", help="default: the case's"
    )
    letter.add_argument(
        "--jurisdiction",
        type=choice(Jurisdiction, "jurisdiction"),
        metavar=choices_metavar(list(Jurisdiction)),
        help="default: the case's",
    )
    letter.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    letter.add_argument(
        "--sent-by",
        type=choice(SendingMode, "sent-by"),
        default=SendingMode.REGISTERED,
        metavar=choices_metavar(list(SendingMode)),
        help="how it will be sent (default registered)",
    )
    letter.add_argument(
        "--tracking", default="", metavar="NUMBER", help="the postal tracking number"
    )
    letter.add_argument("--date", metavar="DATE", help="the letter's date (default today)")
    letter.add_argument(
        "--ombudsman-weeks",
        type=weeks,
        metavar="WEEKS",
        help="weeks before the UK telecoms ombudsman can be asked (default: the rules', 8)",
    )
    letter.add_argument(
        "--record",
        action="store_true",
        help="also record it on the case as sent: an outbound letter with the PDF as evidence",
    )
    return parser


def _add_log_arguments(log: CommandLineParser) -> None:
    log.add_argument("case", type=identifier, metavar="CASE")
    log.add_argument(
        "--channel",
        required=True,
        type=choice(Channel, "channel"),
        metavar=choices_metavar(list(Channel)),
    )
    log.add_argument("--summary", required=True, metavar="TEXT", help="what happened, briefly")
    log.add_argument(
        "--at",
        metavar="WHEN",
        help='"now" (default), 2026-03-14, "2026-03-14 09:30", yesterday...',
    )
    log.add_argument(
        "--direction",
        type=direction,
        metavar="{in,out,in-person}",
        help="default: in-person for a visit, in for a delivery, out otherwise",
    )
    log.add_argument("--party", metavar="NAME", help="who (found or added in the directory)")
    log.add_argument("--person", default="", metavar="NAME", help="the person you dealt with")
    log.add_argument("--details", default="", metavar="TEXT")
    log.add_argument("--reference", default="", metavar="TEXT", help="ticket or call number")
    log.add_argument("--duration", type=minutes, metavar="MINUTES")
    log.add_argument(
        "--promise",
        dest="promises",
        action=PromiseAction,
        default=(),
        metavar="TEXT",
        help="a promise made in this interaction (repeatable)",
    )
    log.add_argument(
        "--due",
        action=DueAction,
        default=argparse.SUPPRESS,
        metavar="DATE",
        help='when the promise before it falls due: 2026-03-20, 20/03/2026, "in 3 days"...',
    )


def parse_command_line(argv: Sequence[str], prog: str | None = None) -> argparse.Namespace:
    """The parsed command line; raises UsageError, RecoursError, or SystemExit for --help."""
    return build_parser(prog).parse_args(list(argv))
