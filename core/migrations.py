"""Every change to the database schema, in order, from the first one on.

Each migration runs once, inside a transaction together with its record in
`_sqlite_migrations` (sqlite-utils `Migrations`), and ends by setting `PRAGMA user_version` to
its position. That number lets `core.database` see an up-to-date file without importing
sqlite-utils, which keeps start-up and read-only commands light.

Never edit a migration that has shipped: add a new one.
"""

from __future__ import annotations

from typing import Final

from sqlite_utils import Database, Migrations

from core.database import SCHEMA_VERSION

MIGRATION_SET: Final = "recours"
SEARCH_TOKENIZER: Final = "unicode61 remove_diacritics 2"

migrations = Migrations(MIGRATION_SET)


def _enum_check(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{value}'" for value in values)
    return f"CHECK ({column} IN ({quoted}))"


CASE_STATUSES: Final = ("open", "awaiting_reply", "escalated", "resolved", "closed")
JURISDICTIONS: Final = ("FR", "UK", "US", "EU")
LANGUAGES: Final = ("fr", "en")
SECTORS: Final = ("telecom", "energy", "bank", "insurance", "retail", "transport", "other")
PARTY_KINDS: Final = ("company", "department", "person", "mediator", "regulator", "court", "other")
PARTY_ROLES: Final = (
    "seller",
    "sales",
    "carrier",
    "customer_service",
    "complaints",
    "agent",
    "mediator",
    "regulator",
    "other",
)
CHANNELS: Final = ("phone", "email", "letter", "visit", "chat", "sms", "delivery", "web", "other")
DIRECTIONS: Final = ("inbound", "outbound", "in_person")
PROMISE_STATUSES: Final = ("pending", "kept", "broken", "partly_kept", "withdrawn")
EVIDENCE_KINDS: Final = (
    "invoice",
    "receipt",
    "photo",
    "email",
    "letter",
    "contract",
    "screenshot",
    "other",
)
MONEY_KINDS: Final = ("promised", "billed", "paid", "refunded", "claimed")


@migrations(name="0001_case_record")
def create_case_record(db: Database) -> None:
    """Cases, the party directory, interactions, promises, evidence and money."""
    statements = [
        f"""
        CREATE TABLE parties (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            kind TEXT NOT NULL DEFAULT 'company' {_enum_check("kind", PARTY_KINDS)},
            organisation_id INTEGER REFERENCES parties(id) ON DELETE SET NULL,
            postal_address TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            website TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        ) STRICT
        """,
        f"""
        CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            counterparty_id INTEGER NOT NULL REFERENCES parties(id) ON DELETE RESTRICT,
            status TEXT NOT NULL DEFAULT 'open' {_enum_check("status", CASE_STATUSES)},
            jurisdiction TEXT NOT NULL DEFAULT 'FR' {_enum_check("jurisdiction", JURISDICTIONS)},
            language TEXT NOT NULL DEFAULT 'fr' {_enum_check("language", LANGUAGES)},
            sector TEXT NOT NULL DEFAULT 'other' {_enum_check("sector", SECTORS)},
            desired_outcome TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            sender_name TEXT NOT NULL DEFAULT '',
            sender_address TEXT NOT NULL DEFAULT '',
            sender_email TEXT NOT NULL DEFAULT '',
            sender_phone TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            closed_at TEXT
        ) STRICT
        """,
        f"""
        CREATE TABLE case_parties (
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            party_id INTEGER NOT NULL REFERENCES parties(id) ON DELETE CASCADE,
            role TEXT NOT NULL {_enum_check("role", PARTY_ROLES)},
            PRIMARY KEY (case_id, party_id, role)
        ) STRICT
        """,
        """
        CREATE TABLE case_references (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            label TEXT NOT NULL CHECK (length(trim(label)) > 0),
            value TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0
        ) STRICT
        """,
        f"""
        CREATE TABLE interactions (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            occurred_at TEXT NOT NULL,
            channel TEXT NOT NULL {_enum_check("channel", CHANNELS)},
            direction TEXT NOT NULL {_enum_check("direction", DIRECTIONS)},
            party_id INTEGER REFERENCES parties(id) ON DELETE SET NULL,
            person TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL CHECK (length(trim(summary)) > 0),
            details TEXT NOT NULL DEFAULT '',
            reference TEXT NOT NULL DEFAULT '',
            duration_minutes INTEGER CHECK (duration_minutes >= 0),
            created_at TEXT NOT NULL
        ) STRICT
        """,
        f"""
        CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            interaction_id INTEGER REFERENCES interactions(id) ON DELETE SET NULL,
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            original_name TEXT NOT NULL,
            media_type TEXT NOT NULL,
            size INTEGER NOT NULL CHECK (size > 0),
            added_at TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'other' {_enum_check("kind", EVIDENCE_KINDS)},
            description TEXT NOT NULL DEFAULT '',
            document_date TEXT,
            amount_minor INTEGER,
            currency TEXT,
            extracted_text TEXT NOT NULL DEFAULT '',
            UNIQUE (case_id, sha256)
        ) STRICT
        """,
        f"""
        CREATE TABLE promises (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            interaction_id INTEGER REFERENCES interactions(id) ON DELETE SET NULL,
            party_id INTEGER REFERENCES parties(id) ON DELETE SET NULL,
            person TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            made_on TEXT,
            due_on TEXT,
            status TEXT NOT NULL DEFAULT 'pending' {_enum_check("status", PROMISE_STATUSES)},
            settled_on TEXT,
            settled_by_interaction_id INTEGER REFERENCES interactions(id) ON DELETE SET NULL,
            settled_by_evidence_id INTEGER REFERENCES evidence(id) ON DELETE SET NULL,
            settlement_note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        ) STRICT
        """,
        f"""
        CREATE TABLE promise_events (
            id INTEGER PRIMARY KEY,
            promise_id INTEGER NOT NULL REFERENCES promises(id) ON DELETE CASCADE,
            recorded_at TEXT NOT NULL,
            status TEXT NOT NULL {_enum_check("status", PROMISE_STATUSES)},
            note TEXT NOT NULL DEFAULT '',
            interaction_id INTEGER REFERENCES interactions(id) ON DELETE SET NULL,
            evidence_id INTEGER REFERENCES evidence(id) ON DELETE SET NULL
        ) STRICT
        """,
        f"""
        CREATE TABLE money_lines (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            kind TEXT NOT NULL {_enum_check("kind", MONEY_KINDS)},
            label TEXT NOT NULL DEFAULT '',
            amount_minor INTEGER NOT NULL,
            currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
            occurred_on TEXT,
            interaction_id INTEGER REFERENCES interactions(id) ON DELETE SET NULL,
            evidence_id INTEGER REFERENCES evidence(id) ON DELETE SET NULL,
            promise_id INTEGER REFERENCES promises(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL
        ) STRICT
        """,
        "CREATE INDEX parties_organisation ON parties(organisation_id)",
        "CREATE INDEX cases_counterparty ON cases(counterparty_id)",
        "CREATE INDEX case_parties_party ON case_parties(party_id)",
        "CREATE INDEX case_references_case ON case_references(case_id, position)",
        "CREATE INDEX interactions_case_time ON interactions(case_id, occurred_at)",
        "CREATE INDEX interactions_party ON interactions(party_id)",
        "CREATE INDEX evidence_interaction ON evidence(interaction_id)",
        "CREATE INDEX evidence_sha256 ON evidence(sha256)",
        "CREATE INDEX promises_case ON promises(case_id, due_on)",
        "CREATE INDEX promises_interaction ON promises(interaction_id)",
        "CREATE INDEX promises_party ON promises(party_id)",
        "CREATE INDEX promises_settled_interaction ON promises(settled_by_interaction_id)",
        "CREATE INDEX promises_settled_evidence ON promises(settled_by_evidence_id)",
        "CREATE INDEX promise_events_promise ON promise_events(promise_id, id)",
        "CREATE INDEX promise_events_interaction ON promise_events(interaction_id)",
        "CREATE INDEX promise_events_evidence ON promise_events(evidence_id)",
        "CREATE INDEX money_lines_case ON money_lines(case_id)",
        "CREATE INDEX money_lines_interaction ON money_lines(interaction_id)",
        "CREATE INDEX money_lines_evidence ON money_lines(evidence_id)",
        "CREATE INDEX money_lines_promise ON money_lines(promise_id)",
    ]
    for statement in statements:
        db.execute(statement)
    db.execute("PRAGMA user_version = 1")


@migrations(name="0002_full_text_search")
def index_for_search(db: Database) -> None:
    """Full-text indexes that ignore case and accents, filled from the rows already there."""
    searchable = {
        "cases": ["title", "desired_outcome", "notes"],
        "parties": ["name", "notes"],
        "interactions": ["summary", "details", "person", "reference"],
        "promises": ["text", "person", "settlement_note"],
        "evidence": ["original_name", "description", "extracted_text"],
    }
    for table, columns in searchable.items():
        db.table(table).enable_fts(columns, create_triggers=True, tokenize=SEARCH_TOKENIZER)
    db.execute("PRAGMA user_version = 2")


LETTER_KINDS: Final = (
    "complaint",
    "reminder",
    "formal_notice",
    "mediator_referral",
    "call_confirmation",
)
SENDING_MODES: Final = (
    "registered",
    "electronic_registered",
    "tracked",
    "ordinary_post",
    "email",
    "hand_delivery",
)


@migrations(name="0003_letters")
def create_letters(db: Database) -> None:
    """The letters made from a case, how each was sent, and when its reply falls due."""
    db.execute(
        f"""
        CREATE TABLE letters (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            kind TEXT NOT NULL {_enum_check("kind", LETTER_KINDS)},
            language TEXT NOT NULL {_enum_check("language", LANGUAGES)},
            jurisdiction TEXT NOT NULL {_enum_check("jurisdiction", JURISDICTIONS)},
            letter_date TEXT NOT NULL,
            subject TEXT NOT NULL,
            options_json TEXT NOT NULL DEFAULT '{{}}',
            edits_json TEXT NOT NULL DEFAULT '{{}}',
            interaction_id INTEGER REFERENCES interactions(id) ON DELETE SET NULL,
            evidence_id INTEGER REFERENCES evidence(id) ON DELETE SET NULL,
            reply_due_on TEXT,
            sending_mode TEXT NOT NULL {_enum_check("sending_mode", SENDING_MODES)},
            tracking_number TEXT NOT NULL DEFAULT '',
            posted_on TEXT,
            receipt_returned_on TEXT,
            unclaimed INTEGER NOT NULL DEFAULT 0 CHECK (unclaimed IN (0, 1)),
            reply_received_on TEXT,
            created_at TEXT NOT NULL
        ) STRICT
        """
    )
    db.execute("CREATE INDEX letters_case ON letters(case_id, letter_date)")
    db.execute("CREATE INDEX letters_interaction ON letters(interaction_id)")
    db.execute("CREATE INDEX letters_evidence ON letters(evidence_id)")
    db.execute("PRAGMA user_version = 3")


@migrations(name="0004_mail_import")
def remember_mail_and_extraction(db: Database) -> None:
    """The Message-ID of an imported email, to skip it when imported again, and when the text
    of each piece of evidence was read, so reading is done once (even when it finds none)."""
    db.execute("ALTER TABLE interactions ADD COLUMN message_id TEXT")
    db.execute(
        "CREATE INDEX interactions_message_id ON interactions(case_id, message_id) "
        "WHERE message_id IS NOT NULL"
    )
    db.execute("ALTER TABLE evidence ADD COLUMN text_extracted_at TEXT")
    db.execute("UPDATE evidence SET text_extracted_at = added_at WHERE extracted_text != ''")
    db.execute("CREATE INDEX evidence_text_pending ON evidence(id) WHERE text_extracted_at IS NULL")
    db.execute("PRAGMA user_version = 4")


@migrations(name="0005_search_by_client")
def index_the_sender_for_search(db: Database) -> None:
    """The name a case's letters are signed with joins its search index: an advocate keeping
    cases for several people finds a client's cases by the client's name."""
    cases = db.table("cases")
    cases.disable_fts()
    cases.enable_fts(
        ["title", "desired_outcome", "notes", "sender_name"],
        create_triggers=True,
        tokenize=SEARCH_TOKENIZER,
    )
    db.execute("PRAGMA user_version = 5")


def apply_pending(db: Database) -> None:
    """Bring the schema up to date; a no-op on a current database."""
    migrations.apply(db)
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version != SCHEMA_VERSION:
        raise RuntimeError(f"migrations end at schema {version}, code expects {SCHEMA_VERSION}")
