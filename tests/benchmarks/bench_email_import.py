"""Email import in the app: the part on the window's thread must stay short for a mailbox.

Builds a mailbox of copies of the test corpus, each with its own Message-ID (300 messages by
default; `--messages N` to change), reads it as the pool thread does (`read_messages`), then
records it as the window does: every message in one transaction journaled for Undo. Prints
both times per message, and the ratio of the recording time per message against a mailbox of
20, which should stay near 1 (no cost growing with the size of the import).
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from pathlib import Path

from core.cases import create_case
from core.database import Store
from core.mail import record_email
from core.undo_log import UndoLog
from ui.evidence.email_import import ProgressTexts, read_messages
from ui.tasks import TaskControl

CORPUS = Path(__file__).resolve().parents[1] / "data" / "mail"
_MESSAGE_ID = re.compile(rb"^Message-ID: <([^>]*)>", re.MULTILINE | re.IGNORECASE)


def make_mailbox(folder: Path, count: int) -> Path:
    """`count` messages from the corpus, each made unique by its Message-ID."""
    sources = sorted(path for path in CORPUS.glob("*.eml") if _MESSAGE_ID.search(path.read_bytes()))
    folder.mkdir(parents=True)
    for index in range(count):
        source = sources[index % len(sources)]
        raw = _MESSAGE_ID.sub(
            lambda match, index=index: b"Message-ID: <%d.%s>" % (index, match.group(1)),
            source.read_bytes(),
            count=1,
        )
        (folder / f"{index:05d}-{source.name}").write_bytes(raw)
    return folder


def measure(base: Path, count: int) -> tuple[float, float]:
    """Seconds per message to read and store, and to record."""
    data_dir = base / f"data-{count}"
    data_dir.mkdir()
    with Store.open(data_dir) as store:
        case_id = create_case(store, title="Boîte", counterparty="TelecomPlus").id
    mailbox = make_mailbox(base / f"mailbox-{count}", count)
    control = TaskControl(lambda _progress: None)
    texts = ProgressTexts("", "{name}{index}{count}")
    start = time.perf_counter()
    outcome = read_messages(data_dir, case_id, [mailbox], texts, control)
    reading = time.perf_counter() - start
    with Store.open(data_dir) as store:
        undo_log = UndoLog(store)
        start = time.perf_counter()
        with undo_log.recording(), store.write():
            for item in outcome.ready:
                record_email(
                    store, case_id=case_id, ingested=item.ingested, own_addresses=["me@x.example"]
                )
        recording = time.perf_counter() - start
    return reading / count, recording / count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        small = measure(base, 20)
        large = measure(base, args.messages)
    for name, (reading, recording) in (("20", small), (str(args.messages), large)):
        print(
            f"{name} messages: read and stored {reading * 1000:.1f} ms each (pool thread), "
            f"recorded {recording * 1000:.1f} ms each (window's thread)"
        )
    print(f"recording time per message, {args.messages} against 20: {large[1] / small[1]:.2f}")


if __name__ == "__main__":
    main()
