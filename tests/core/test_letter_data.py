"""The law and the wording as data: complete, consistent between languages, and read right."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from core.letters.facts import KNOWN_FACTS
from core.letters.kinds import LetterKind, SendingMode
from core.letters.wording import wording_for
from core.model import Jurisdiction, Language, Sector
from core.rules import rules_for

PAIRS = [(lang, law) for lang in Language for law in Jurisdiction]


@pytest.mark.parametrize("law", list(Jurisdiction))
def test_every_rule_has_a_source_a_review_status_and_known_facts(law: Jurisdiction) -> None:
    rules = rules_for(law)
    assert set(rules.reply_days) == {kind.value for kind in LetterKind}
    assert rules.paper in ("A4", "letter")
    for ground in rules.grounds:
        assert ground.source and ground.review in ("checked", "unverified")
        assert ground.applies_when <= KNOWN_FACTS, ground.id
    for body in rules.escalations:
        assert body.source and body.website.startswith("http")
    assert any(body.kind == "court" for body in rules.escalations)


@pytest.mark.parametrize(("lang", "law"), PAIRS)
def test_every_ground_body_kind_and_sending_mode_has_its_words(
    lang: Language, law: Jurisdiction
) -> None:
    words = wording_for(lang, law)
    rules = rules_for(law)
    for ground in rules.grounds:
        assert words.has(f"grounds.{ground.id}"), (lang, law, ground.id)
    for body in rules.escalations:
        assert words.has(f"bodies.{body.id}"), (lang, law, body.id)
    for kind in LetterKind:
        assert words.has(f"kind.{kind.value}.subject") and words.has(f"kind.{kind.value}.intro")
    for mode in SendingMode:
        assert words.has(f"sending.{mode.value}")


@pytest.mark.parametrize("law", list(Jurisdiction))
def test_both_languages_say_the_same_things(law: Jurisdiction) -> None:
    french, english = wording_for(Language.FR, law), wording_for(Language.EN, law)
    assert french.texts.keys() == english.texts.keys()
    for key, text in english.texts.items():
        placeholders = set(re.findall(r"{(\w+)}", text))
        assert placeholders == set(re.findall(r"{(\w+)}", french.texts[key])), key


def test_the_telecom_mediator_opens_two_months_after_the_written_complaint() -> None:
    [mediator] = [
        b
        for b in rules_for(Jurisdiction.FR).escalations_for(Sector.TELECOM)
        if b.kind == "mediator"
    ]
    assert mediator.id == "telecom_mediator"
    assert mediator.opens_on(dt.date(2026, 11, 26)) == dt.date(2027, 1, 26)
    assert mediator.opens_on(dt.date(2026, 12, 31)) == dt.date(2027, 2, 28)
    assert mediator.opens_on(dt.date(2027, 12, 31)) == dt.date(2028, 2, 29)
    assert mediator.closes_on(dt.date(2026, 11, 26)) == dt.date(2027, 11, 26)


def test_the_uk_ombudsman_waits_eight_weeks() -> None:
    [ombudsman] = [
        body
        for body in rules_for(Jurisdiction.UK).escalations_for(Sector.TELECOM)
        if body.kind == "ombudsman"
    ]
    assert ombudsman.opens_on(dt.date(2026, 11, 26)) == dt.date(2027, 1, 21)
