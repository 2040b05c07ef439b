"""The words of the chart: lane names, tooltips, milestone labels, in the chart's language.

Every sentence comes from `resources/messages/<lang>.toml`, section `[chart]`; dates are
written the way letters write them (core.letters.dates), shortened where room is scarce.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache, lru_cache

from core.i18n import FALLBACK_LANGUAGE, catalog
from core.letters.dates import clock_time, long_date
from core.letters.register import Letter
from core.model import Channel, Direction, Interaction, Jurisdiction, Language, Party, Promise
from core.timeline_chart.model import State, Symbol

CAPTION_CHARACTERS = 60
"""A caption beside a bar stops here ("…"); the tooltip and the list keep the whole text."""


@dataclass(frozen=True, slots=True)
class ChartWords:
    language: Language
    jurisdiction: Jurisdiction

    def __call__(self, key: str, /, **params: object) -> str:
        return _template(self.language.value, key).format(**params)

    def long_date(self, day: dt.date) -> str:
        return _long_date(day, self.language, self.jurisdiction)

    def short_date(self, day: dt.date) -> str:
        """ "16 Nov 2026", "Nov 16, 2026", "16 nov. 2026": for labels drawn on the chart."""
        month = self("months").split()[day.month - 1]
        us = self.language is Language.EN and self.jurisdiction is Jurisdiction.US
        key = "tick.day_year_us" if us else "tick.day_year"
        return self(key, day=day.day, month=month, year=day.year)

    def legend(self, symbol: Symbol) -> str:
        return self(f"legend.{symbol.value}")

    def state(self, state: State) -> str:
        return self(f"state.{state.value}")

    def interaction_tip(self, interaction: Interaction, party: Party | None) -> str:
        """When, how and with whom, then what: written for each of up to 10,000 marks, so
        the parts that repeat (a day, a channel and direction) are written once."""
        day = self.long_date(interaction.occurred.day)
        time = interaction.occurred.time
        when = (
            day
            if time is None
            else self(
                "tip.when_time",
                date=day,
                time=clock_time(time, self.language, self.jurisdiction),
            )
        )
        lines = [
            _interaction_heading(self, interaction.channel, interaction.direction).replace(
                _WHEN, when
            )
        ]
        who = ", ".join(part for part in (party.name if party else "", interaction.person) if part)
        if who:
            lines.append(who)
        if interaction.summary:
            lines.append(interaction.summary)
        return "\n".join(lines)

    def promise_tip(self, promise: Promise, state: State, made: dt.date) -> str:
        due = (
            self("tip.due", date=self.long_date(promise.due_on))
            if promise.due_on is not None
            else self("tip.no_due")
        )
        lines = [f"“{promise.text}”", f"{self('tip.made', date=self.long_date(made))}, {due}"]
        if state is State.OVERDUE and promise.due_on is not None:
            lines.append(self("tip.overdue", date=self.long_date(promise.due_on)))
        elif state is State.PENDING:
            lines.append(self("tip.pending"))
        elif promise.settled_on is not None:
            settled = self(
                "tip.settled", state=self.state(state), date=self.long_date(promise.settled_on)
            )
            lines.append(_capitalised(settled))
        else:
            lines.append(_capitalised(self.state(state)))
        if promise.settlement_note.strip():
            lines.append(promise.settlement_note.strip())
        return "\n".join(lines)

    def letter_tip(self, letter: Letter, state: State) -> str:
        sent = self("tip.sent", date=self.long_date(letter.letter_date))
        if letter.reply_due_on is not None:
            sent = f"{sent}, {self('tip.reply_due', date=self.long_date(letter.reply_due_on))}"
        if state is State.ANSWERED and letter.reply_received_on is not None:
            outcome = self("tip.answered", date=self.long_date(letter.reply_received_on))
        elif state is State.UNANSWERED and letter.reply_due_on is not None:
            outcome = self("tip.unanswered", date=self.long_date(letter.reply_due_on))
        else:
            outcome = self("tip.awaited")
        return "\n".join((letter.subject, sent, outcome))


_WHEN = "\x00when\x00"


@cache
def _interaction_heading(words: ChartWords, channel: Channel, direction: Direction) -> str:
    """ "<when> · Phone, received", with a mark where the moment goes."""
    return words(
        "tip.interaction",
        when=_WHEN,
        channel=words(f"lane.{channel.value}"),
        direction=words(f"direction.{direction.value}"),
    )


@lru_cache(maxsize=4096)
def _long_date(day: dt.date, language: Language, jurisdiction: Jurisdiction) -> str:
    return long_date(day, language, jurisdiction)


@cache
def _template(lang: str, key: str) -> str:
    """A sentence of the `[chart]` section, looked up once: a chart of 10,000 interactions
    asks for the same few thousands of times."""
    message_id = f"chart.{key}"
    return catalog(lang).get(message_id) or catalog(FALLBACK_LANGUAGE).get(message_id, message_id)


def caption(text: str) -> str:
    """The first line of a text, cut to a caption's length."""
    line = " ".join(text.split())
    if len(line) <= CAPTION_CHARACTERS:
        return line
    return line[: CAPTION_CHARACTERS - 1].rstrip() + "…"


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
