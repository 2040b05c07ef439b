"""Which party of the directory an email address belongs to, or a new one for it.

The rules, first match wins:
1. Address: a party whose `email` field holds this address (case ignored; the field may
   hold several, separated by commas or semicolons, with or without display names).
2. Domain: a party whose email addresses or `website` share the address's organisation
   domain ("mail.orange.fr", "orange.fr" and "https://www.orange.fr/" all give "orange.fr";
   "amazon.co.uk" keeps three labels). Public mailbox providers (gmail.com, laposte.net...)
   never match by domain: two people there have nothing to do with each other.
3. Name: a party whose name, without spaces, accents or punctuation, is the domain's name
   ("Orange" for orange.fr, "Bouygues Telecom" for bouyguestelecom.fr, "Amazon.fr").
4. Otherwise a new directory entry: for an organisation's address a company named after its
   domain ("boutique-exemple.fr"), for a public provider's address a person named after the
   display name (else the address); its `email` is the address, so the next message matches
   by rule 1.

When several parties match one rule, the case's counterparty wins, then the case's other
parties, then the oldest entry of the directory.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.utils import getaddresses
from enum import StrEnum
from typing import Final
from urllib.parse import urlsplit

from core.cases import get_case
from core.database import Store
from core.mail.headers import Mailbox
from core.model import Party, PartyKind
from core.parties import (
    add_party,
    case_parties,
    find_party,
    is_email_address,
    list_parties,
    name_key,
)

PUBLIC_MAIL_DOMAINS: Final = frozenset(
    {
        "aliceadsl.fr",
        "aol.com",
        "aol.fr",
        "btinternet.com",
        "club-internet.fr",
        "fastmail.com",
        "gmail.com",
        "gmx.com",
        "gmx.de",
        "gmx.fr",
        "gmx.net",
        "googlemail.com",
        "hotmail.co.uk",
        "hotmail.com",
        "hotmail.fr",
        "icloud.com",
        "laposte.net",
        "live.co.uk",
        "live.com",
        "live.fr",
        "mac.com",
        "mail.com",
        "mail.ru",
        "me.com",
        "msn.com",
        "neuf.fr",
        "outlook.com",
        "outlook.fr",
        "pm.me",
        "proton.me",
        "protonmail.com",
        "tutanota.com",
        "wanadoo.fr",
        "web.de",
        "yahoo.co.uk",
        "yahoo.com",
        "yahoo.fr",
        "yandex.com",
        "yandex.ru",
        "ymail.com",
        "zoho.com",
    }
)
_SECOND_LEVEL_LABELS: Final = frozenset(
    {"ac", "asso", "co", "com", "edu", "gouv", "gov", "ltd", "net", "nom", "org", "plc"}
)
_NOT_A_LETTER = re.compile(r"[\W_]+")
_SHORTEST_NAME_KEY: Final = 3


class MatchRule(StrEnum):
    ADDRESS = "address"
    DOMAIN = "domain"
    NAME = "name"
    CREATED = "created"


@dataclass(frozen=True, slots=True)
class PartyMatch:
    party: Party
    rule: MatchRule

    @property
    def created(self) -> bool:
        return self.rule is MatchRule.CREATED


def organisation_domain(domain: str) -> str:
    """The part of a domain that names the organisation: "mail.orange.fr" → "orange.fr".

    An approximation of the public suffix list good enough for company mail: two labels,
    three under a country's "co.", "com.", "gouv."... ("amazon.co.uk", "impots.gouv.fr").
    """
    labels = [label for label in domain.casefold().strip(".").split(".") if label]
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL_LABELS and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def is_public_mail_domain(domain: str) -> bool:
    lowered = domain.casefold().strip(".")
    return lowered in PUBLIC_MAIL_DOMAINS or organisation_domain(lowered) in PUBLIC_MAIL_DOMAINS


def party_addresses(party: Party) -> set[str]:
    """Every address written in a party's `email` field, case folded."""
    field = party.email.replace(";", ",")
    return {spec.casefold() for _, spec in getaddresses([field]) if "@" in spec}


def website_domain(website: str) -> str:
    text = website.strip()
    if not text:
        return ""
    if "://" not in text:
        text = f"//{text}"
    try:
        return (urlsplit(text).hostname or "").casefold()
    except ValueError:
        return ""


def party_domains(party: Party) -> set[str]:
    """The organisation domains of a party's addresses and website (public providers left out)."""
    domains = {address.rpartition("@")[2] for address in party_addresses(party)}
    domains.add(website_domain(party.website))
    return {
        organisation_domain(domain)
        for domain in domains
        if "." in domain and not is_public_mail_domain(domain)
    }


def _squashed(text: str) -> str:
    return _NOT_A_LETTER.sub("", name_key(text))


def _ranked_directory(store: Store, case_id: int) -> list[Party]:
    """The directory, the case's counterparty first, then its other parties, then the rest."""
    counterparty_id = get_case(store, case_id).counterparty_id
    in_case = {involved.party.id for involved in case_parties(store, case_id)}

    def rank(party: Party) -> tuple[int, int]:
        if party.id == counterparty_id:
            return (0, party.id)
        return (1 if party.id in in_case else 2, party.id)

    return sorted(list_parties(store), key=rank)


def match_party(store: Store, *, case_id: int, mailbox: Mailbox) -> PartyMatch | None:
    """The directory's party for an address by rules 1 to 3, or None."""
    directory = _ranked_directory(store, case_id)
    for party in directory:
        if mailbox.key in party_addresses(party):
            return PartyMatch(party, MatchRule.ADDRESS)
    if not mailbox.domain or is_public_mail_domain(mailbox.domain):
        return None
    domain = organisation_domain(mailbox.domain)
    for party in directory:
        if domain in party_domains(party):
            return PartyMatch(party, MatchRule.DOMAIN)
    wanted = {_squashed(domain), _squashed(domain.split(".")[0])}
    for party in directory:
        key = _squashed(party.name)
        if len(key) >= _SHORTEST_NAME_KEY and key in wanted:
            return PartyMatch(party, MatchRule.NAME)
    return None


def party_for_mailbox(store: Store, *, case_id: int, mailbox: Mailbox) -> PartyMatch:
    """The party an address belongs to, added to the directory by rule 4 when there is none."""
    found = match_party(store, case_id=case_id, mailbox=mailbox)
    if found is not None:
        return found
    if not mailbox.domain or is_public_mail_domain(mailbox.domain):
        name, kind = (mailbox.name or mailbox.address), PartyKind.PERSON
    else:
        name, kind = organisation_domain(mailbox.domain), PartyKind.COMPANY
    existing = find_party(store, name)
    if existing is not None:
        return PartyMatch(existing, MatchRule.NAME)
    email = mailbox.address if is_email_address(mailbox.address) else ""
    party = add_party(store, name=name, kind=kind, email=email)
    return PartyMatch(party, MatchRule.CREATED)
