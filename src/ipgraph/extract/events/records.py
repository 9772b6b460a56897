"""One node per real event: each event a rule finds is recorded, or adds its evidence and roles to the one told
already (the same name and date, a short form of a longer name, one session under two names, a named event dated
later). Mixed into the base of the event rules (``reader.EventReader``), whose state it keeps."""

from __future__ import annotations

import re
from pathlib import Path

from ipgraph.extract.events.compounds import JOINT
from ipgraph.extract.events.labels import abbreviated, span_of, spelled, squash, without_relative_year
from ipgraph.extract.events.model import EventFact, EventRules
from ipgraph.extract.events.names import NameFinder
from ipgraph.extract.events.retellings import retelling
from ipgraph.extract.events.same_event import core, distinct, edition, fuller, numbered
from ipgraph.extract.events.tellings import named_for_year, one_session, within_date, year_of, yearly_retold
from ipgraph.extract.events.variants import one_refined, one_told
from ipgraph.ingest.passages import Passage
from ipgraph.zh.dates import RELATIVE_YEARS
from ipgraph.zh.grammar import ORDINAL, alternation
from ipgraph.zh.time_words import YEAR

_LEADING_YEAR = re.compile(rf"^(?:{YEAR}\s*年|{alternation(tuple(RELATIVE_YEARS))})度?的?")


class EventRecords:
    """The report's events, one per real event, in the order first told; the reader sets the state."""

    events: dict[str, EventFact]
    order: list[str]
    rules: EventRules
    finder: NameFinder
    data_dir: Path

    def _add(self, event: EventFact, passage: Passage) -> None:
        """Record an event, or add evidence to the one already told (same name and date, or a later short form);
        a numbered one (第十九届会议) is one event however its tellings count who came."""
        key = f"{squash(event.label)}|{event.start}"
        known = self.events.get(key) or self._told_before(event) or retelling(self, event, passage.slug)
        while known is not None and passage.slug in known.passages and distinct(known, event) \
                and not ORDINAL.search(event.label):
            event.variant += 1
            known = self.events.get(f"{key}|{event.variant}")
        key += f"|{event.variant}" if event.variant else ""
        if known is not None:
            known.passages += [passage.slug] if passage.slug not in known.passages else []
            merge_roles(known, event)
            return
        event.passages.append(passage.slug)
        self.events[key] = event
        self.order.append(key)

    def _told_before(self, event: EventFact) -> EventFact | None:
        """An event already recorded whose name ends with this one's (…论坛“X”分论坛 told again as “X”分论坛), or,
        undated or of the same date, is the end of this one's (a headline's 执法合作会议 told in the body as
        第三次粤港澳…执法合作会议; a committee's 第十九届会议 named in full on another page), or, of the same date,
        has its number and the rest of its name (第二届X会议 told again as X第二次会议), or is its year and the end
        of its name (2017年成员国大会)."""
        short = spelled(event.label)
        bare = self.rules.acronym_noun(short) if event.start is None else None
        if len(short) < 6 and not ORDINAL.search(short) and not self.finder.acted(short) and not bare:
            return next((known for known in self.events.values() if yearly_retold(known, event)), None)
        unyeared, this_year = _LEADING_YEAR.sub("", short), without_relative_year(short, this_year=True)
        abbreviation, short_core, number = abbreviated(event.label), core(short), numbered(short)  # once, not per known
        alone = bool(self.rules.ordinal_noun.fullmatch(short))
        for known in self.events.values():
            told = spelled(known.label)
            if this_year != short and self.rules.series_tail.sub("", told).endswith(this_year):
                return known  # 第十一届中国专利周系列活动 told again as 今年中国专利周
            if abbreviated(known.label) == abbreviation and (within_date(known.start, event.start)
                                                             or within_date(event.start, known.start)
                                                             or named_for_year(known)):
                return self._retold(known, event)
            if bare and ORDINAL.search(told) and abbreviated(known.label).startswith(bare[0]) \
                    and told.endswith(bare[1]):
                return known
            if (told.endswith(short) or span_of(told, self.rules.span_nouns).endswith(short)) \
                    and (within_date(event.start, known.start) or known.heads_session(event)):
                return self._retold(known, event)
            if told.startswith(short + JOINT) and within_date(event.start, known.start):
                return known  # A暨B told, then A alone: the first of the names it was held under
            if short.startswith(told + JOINT) and within_date(known.start, event.start):
                known.label, known.start, known.end = event.label, event.start or known.start, event.end or known.end
                return known  # A told, then A暨B: the node takes the joined name it was held under
            if len(told) >= 6 and short.endswith(told) and within_date(known.start, event.start):
                return self._retold(known, event)
            if len(short_core) >= 6 and core(known.label) == short_core \
                    and (within_date(known.start, event.start) or within_date(event.start, known.start)):
                return self._retold(known, event)
            if event.start is not None and event.start == known.start and number is not None \
                    and number == numbered(told):
                return known
            if number is not None and one_session(known, event, ((numbered(told) or (None,))[0], number[0]),
                                                  (bool(self.rules.ordinal_noun.fullmatch(told)), alone)):
                return self._session_retold(known, event)
            if unyeared != short and year_of(event, known, unyeared, told):
                return known
            if one_told(known, event, self.data_dir):
                return self._retold(known, event)
            if one_refined(known, event, self.data_dir):
                known.label = event.label if len(squash(event.label)) > len(squash(known.label)) else known.label
                known.start, known.end = known.start or event.start, known.end or event.end
                return known
        if event.start and (len(short) >= 8 or ORDINAL.search(short) or event.rule == "event-meeting"):
            return self._dated_later(squash(event.label), event)
        return None

    @staticmethod
    def _retold(known: EventFact, event: EventFact) -> EventFact:
        """One event told first in short (a headline: 2022年中日…局长会议) and again in full (第29次中日…局长会议):
        the node takes the name and date of the full telling (a year in a headline's name is no date the body
        confirms: 近日 there gives none)."""
        if edition(event.label) and not edition(known.label) or fuller(event.label, known.label):
            known.label, known.start, known.end = event.label, event.start, event.end
        elif (within_date(known.start, event.start) or named_for_year(known)) and event.start is not None:
            known.start, known.end = event.start, event.end
        return known

    @staticmethod
    def _session_retold(known: EventFact, event: EventFact) -> EventFact:
        """One session told by two names: the node keeps the longer (the body in full, not its acronym or the
        number alone) and the more precise date."""
        if len(squash(event.label)) > len(squash(known.label)):
            known.label = event.label
        if event.start is not None and within_date(known.start, event.start):
            known.start, known.end = event.start, event.end
        return known

    def _dated_later(self, short: str, event: EventFact) -> EventFact | None:
        """A named event first told without a date (在…举行的…第二十八届缔约方会议) and dated later: one event."""
        known = self.events.get(f"{short}|None")
        if known is not None:
            known.start, known.end = event.start, event.end
        return known


def merge_roles(known: EventFact, told: EventFact) -> None:
    """An event told again adds what the new telling says of its roles (…共同主办中国-东盟…论坛 after the
    headline named it): organisers told more surely replace those told before (``holders_told``: holders named in
    a role replace those a collective stood for, 中英双方举行 then 研讨会由A、B共同举办; either replaces the inferred
    author), and so do those of a telling as sure that names every known holder and more (a headline's name opens
    with one holder, 某联盟2022年年会; the body's 本次会议由某联盟和某图书馆主办 names the other too); partners and
    participants accumulate."""
    told_more = known.holders_told() == told.holders_told() == 2 and set(known.organisers) < set(told.organisers)
    if told.organisers and (told.holders_told() > known.holders_told() or told_more):
        known.organisers, known.organiser_inferred = list(told.organisers), False
        known.organisers_stood_for = told.organisers_stood_for
    for role in ("partners", "participants"):
        have = getattr(known, role)
        have += [k for k in getattr(told, role) if k not in have and k not in known.organisers]
    known.partners = [k for k in known.partners if k not in known.organisers]
    known.participants = [k for k in known.participants if k not in known.organisers + known.partners]
