"""What every event rule shares: the report's state, one node per real event (kept in ``records.py``), and an
event's place, mode and roles."""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ipgraph.extract.events.chains import chained_holders, collective_holders
from ipgraph.extract.events.context import Context, attendees, roles_in, run_after
from ipgraph.extract.events.dating import (
    HEAD_LINES,
    during_told,
    learnt_on,
    objects_year,
    reviewed_year,
    spans_days,
    stamped,
)
from ipgraph.extract.events.joint_chain import joint_holders
from ipgraph.extract.events.kinds import mode_of
from ipgraph.extract.events.labels import squash
from ipgraph.extract.events.loading import load_rules
from ipgraph.extract.events.meetings import finders
from ipgraph.extract.events.model import BREAKS, PLACE_CONNECTOR, EventFact
from ipgraph.extract.events.names import EventName, NameFinder
from ipgraph.extract.events.owners import name_owner, opening_owner, scope_places
from ipgraph.extract.events.records import EventRecords
from ipgraph.extract.events.sessions import session_holders
from ipgraph.extract.events.variants import DAY_RULE
from ipgraph.extract.report_facts import Located, ReportFacts, within
from ipgraph.ingest.dateline import publication_label, wire_end
from ipgraph.ingest.passages import Passage
from ipgraph.knowledge.gazetteer import CITY, COUNTRY, ORG, TREATY, load as load_gazetteer
from ipgraph.zh.dates import DateSpan, find_dates, referred_day
from ipgraph.zh.grammar import CLAUSE_BREAKS, NUMBER, SENTENCE_ENDS, alternation, chinese_number
from ipgraph.zh.relative_days import range_to_come
from ipgraph.zh.time_words import HOLDING_TIME, VAGUE_TIME, YEAR, deadline

if TYPE_CHECKING:
    from ipgraph.extract.parties import PartyReader


_OPENING = 24
_YEARS = re.compile(rf"({YEAR})\s*年")
"""How far into a sentence an opening that says when it happened (会议期间, 同期) may reach."""
_AT_MARKER = re.compile(r"[在于]\s*")
_OPENING_YEAR = re.compile(rf"[\d.\s]*(?:{YEAR}\s*年[^{BREAKS}]{{0,8}}[{BREAKS}])?\s*")


class EventReader(EventRecords):
    def __init__(self, passages: list[Passage], facts: ReportFacts, author: tuple[str, ...], year: int | None,
                 data_dir: Path, own_date: str | None = None) -> None:
        self.passages = {p.slug: p for p in passages}
        self.facts = facts
        self.author = [f"org/{key}" for key in author]
        self.year = reviewed_year(passages[0].text if passages else "", own_date, load_rules(data_dir)) \
            or (int(own_date[:4]) if own_date else year)
        self.own_date = own_date
        self.last_date: DateSpan | None = None
        """The date told last: what 同日 and 当天 refer to."""
        self.vague_after: DateSpan | None = None
        """The date told last when a later sentence told its news only as recent (日前，代表团访问瑞士。): 访问期间
        after it is the recent news's time, which the text does not tell, not that date's (another event's)."""
        self.referring: tuple[str, DateSpan | None] = ("", None)
        """The text that last referred to a day (次日) and the date it counted from: the rules read a sentence and
        its clauses, and a re-read counts from the same day (else 次日 moves a day each time); a new sentence that
        says 翌日 counts on from the day referred to."""
        self.rules = load_rules(data_dir)
        self.finder = NameFinder(self.rules)
        gazetteer = load_gazetteer(data_dir)
        self.meetings, self.visits = finders(data_dir)
        self.cities = gazetteer.cities
        self.organisations = gazetteer.organisations
        self.places = scope_places(gazetteer.provinces, gazetteer.prefectures)
        self.publication = publication_label(data_dir)
        self.events: dict[str, EventFact] = {}
        self.order: list[str] = []
        self.covered: dict[str, list[tuple[int, int]]] = {}
        self.data_dir = data_dir

    @cached_property
    def parties(self) -> PartyReader:
        """The commitment readers' resolver of collectives (双方, 三地海关): imported here, since the statements
        module reads the event package's connector at import time."""
        from ipgraph.extract.parties import PartyReader

        return PartyReader(self.facts, self.data_dir)

    @cached_property
    def _pointed(self) -> re.Pattern[str]:
        """A word that points (该, 本, 我: deixis), a head noun, a time or none (于5月6日), a place or co-holder (在…,
        与X…), a verb of holding."""
        from ipgraph.extract.party_words import party_words
        deixis = alternation(party_words(self.data_dir).lists.get("deixis", ("该",)))
        return re.compile(rf"(?:^|[{BREAKS}])\s*(?:{deixis})([\u4e00-\u9fff]{{1,3}}?)(?:{HOLDING_TIME})?"
                          rf"(?:[在与和同][^{BREAKS}]{{1,15}})?(?:{self.rules.source('holding')})")

    def _body_referred(self, passage: Passage, clause: Context) -> list[str]:
        """该局/我局/本院 + a verb of holding: the body told last whose name ends with that head (…产权局 … 该局)."""
        found = self._pointed.search(clause.text)
        if found is None:
            return []
        head, at = found.group(1), clause.origin + found.start(1)
        earlier = [p for p in self.passages.values() if p.start < passage.start][::-1]
        for told in [passage, *earlier]:
            for mention in reversed(self.facts.located.get(told.slug, [])):
                if mention.kind == ORG and (told is not passage or mention.end <= at) \
                        and told.text[mention.start:mention.end].endswith(head):
                    return [f"org/{mention.key}"]
        return []

    @staticmethod
    def _head(passages: list[Passage]) -> list[Passage]:
        """A news item's head lines (its title, a subtitle): the first passages, above the first one that ends a
        sentence."""
        body = next((i for i, p in enumerate(passages) if re.search(f"[{SENTENCE_ENDS}]", p.text)), len(passages))
        return passages[:min(body, HEAD_LINES)]

    @cached_property
    def head_lines(self) -> set[str]:
        return {p.slug for p in self._head(list(self.passages.values()))}

    def context(self, passage: Passage, start: int = 0, end: int | None = None) -> Context:
        """The stretch of the passage with its mentions, made once: the rules read each sentence again, each from
        its start (a third of the stretches asked for were made before), and no rule changes a Context."""
        key = (passage.slug, passage.text, start, end)
        made = self._contexts.get(key)
        if made is None:
            made = self._contexts[key] = Context(passage.text, self.facts.located.get(passage.slug, []), start, end)
        return made

    @cached_property
    def _contexts(self) -> dict[tuple[str, str, int, int | None], Context]:
        return {}

    @cached_property
    def _printed(self) -> dict[tuple[str, int | None, str | None, bool], list[DateSpan]]:
        """The printed dates ``dates`` keeps of a text, by what they depend on: the rules date each sentence again,
        each from the date told before the passage (four in ten readings were made before); the rest of ``dates``
        reads the state the rule is in."""
        return {}

    def _year(self, passage: Passage) -> int | None:
        """The year a month-day of the passage takes: the report's own date's, else (a report covering a period)
        the first year the passage prints; a report dated by neither gives none (a year its passage prints may be
        a statistic's: 2018年，中国内地占…)."""
        years = [int(y) for y in _YEARS.findall(passage.text)]
        return years[0] if years and not self.own_date and self.year is not None else self.year

    def dates(self, text: str, year: int | None, brackets: bool = True) -> list[DateSpan]:
        """The dates of a stretch of text, read against the report's own date; ``brackets=False`` leaves out a
        date in brackets, the word before it's (国际妇女节（2023年3月8日）); 同日 or 当天 (次日) in a sentence that
        prints no date but that day's year (当日，2025年…启动仪式) is the date told last (the day after it; a year
        alone, 自2010年…以来, is history), and a day alone (24日) of its month, on a page dated by nothing (nor by a
        period) too; a named day is its date; a date after a publication label (日期:), a release's stamp (2023年09
        月20日 10:31 来源:…) or a wire dateline's (…6月28日电) is the report's own; a deadline's (于9月1日前) none."""
        days = [span for span, _, _ in self.named_days(text) if span
                and not self.rules.pattern("day_near").match(text, span.finish)]
        last = self.last_date.start if self.last_date else None
        told = last if last and (last <= self.own_date if self.own_date else self.year is None) else None
        key = (text, year, told, brackets)  # what the printed dates kept depend on (``days`` on the text alone)
        printed = self._printed.get(key)
        if printed is None:
            filed = wire_end(text, self.data_dir)
            printed = self._printed[key] = [
                d for d in find_dates(text, year, self.own_date, told)
                if (brackets or not (text[d.begin - 1:d.begin] == "（" and text[d.finish:d.finish + 1] == "）"))
                and not any(s.begin <= d.begin < s.finish for s in days) and not deadline(text, d.begin, d.finish)
                and not (self.publication.search(text, max(0, d.begin - 8), d.begin)
                         and not learnt_on(text, d, self.rules.pattern("learnt", anchored=True)))
                and not stamped(text, d, filed, self.data_dir)]
        found = sorted(printed + days, key=lambda d: d.begin)
        said, before = self.referring
        anchor = before if said and (text in said or said in text) else self.last_date
        referred = referred_day(text, anchor) if all(len(d.start) == len("2010") for d in found) else None
        if referred is not None and not all(referred.start.startswith(d.start) or objects_year(text, d)
                                            for d in found):
            referred = None  # 当日…自2010年以来: another time's year; 当日，2025年…启动仪式: the day's edition
        self.referring = (text, anchor) if referred else ("", None) if found else self.referring
        found = [referred] if referred else found
        fuller = [d for d in found if len(d.start) > len("2010")]
        fuller = [d for d in fuller if not range_to_come(text, d)] or fuller
        if fuller:  # 4月22日，…举办2011年…活动。当天…: the day, not the edition's year after it, is told last
            self.last_date = fuller[-1]
        elif not found and self.last_date is not self.vague_after and VAGUE_TIME.search(text):  # searched once a date
            self.vague_after = self.last_date
        return found

    @cached_property
    def _day_pattern(self) -> re.Pattern[str]:
        """A named day ending a clause, before a phrase of time (之际), or quoted with no event's name going on."""
        after = self.rules.source("day_after") + "|" + self.rules.source("day_near")
        return re.compile(rf"(?:({YEAR})\s*年|第({NUMBER})[个個]|\d{{1,2}}\s*[·•.]\s*\d{{1,2}})?"
                          rf"({alternation(tuple(day[0] for day in self.rules.days))})"
                          rf"(?=[{CLAUSE_BREAKS}{SENTENCE_ENDS}\s]|[”」](?!{self.rules.name_goes_on})|{after}|$)")

    @cached_property
    def _days(self) -> dict[str, tuple[str, str, int]]:
        return {word: (month_day, kind, first) for word, month_day, kind, first in self.rules.days}

    def during(self, sentence: str) -> list[DateSpan]:
        """A sentence that opens 活动期间 or 同期 tells of what was held during the
        event told last: it takes that event's date (活动期间举办了…图片展、…仪式), its day when the event lasted one,
        else its month, as far as the text tells which day. A numbered session of a body (大会第51届会议) runs for
        days although the text dates only its opening: what was held during it took place in its month. A named
        day is an occasion (为庆祝…世界知识产权日，…开展宣传周活动), never what 宣传周期间 spans. An event told only
        as opening that day (…峰会在南京开幕: ``EventFact.opened``) went on past it, so 会议期间 is its month;
        its opening ceremony (开幕式上) is its first day."""
        if not self.rules.words.get("during") or self.rules.during_words.search(sentence, 0, _OPENING) is None:
            return []
        opening = self.rules.during.match(sentence[:_OPENING])
        if opening is None:
            told = self.rules.during_told.match(sentence[:_OPENING])
            last = self.last_date if self.last_date is not self.vague_after else None
            return during_told(last, told, self.rules) if told else []
        held = (e for e in map(self.events.get, reversed(self.order)) if e and e.start and e.rule != DAY_RULE)
        dated = next(held, None)
        if dated is None or not dated.start:
            return during_told(self.last_date, opening, self.rules)
        if len(dated.start) == len("2000-01-01") and self.rules.pattern("opening_act").search(
                opening.group(0).translate(self.rules.simplifying)):  # 开幕式上: its opening, on its first day
            return [DateSpan(dated.start, dated.start, opening.start(), opening.end())]
        one_day = dated.end in (None, dated.start) and not dated.opened and dated.rule != "event-session" \
            and not spans_days(self.rules, opening.group(0).lstrip()) and not spans_days(self.rules, dated.label)
        start, end = (dated.start, dated.end or dated.start) if one_day else (dated.start[:7], dated.start[:7])
        return [DateSpan(start, end, opening.start(), opening.end())]

    def named_days(self, text: str) -> list[tuple[DateSpan | None, str, str]]:
        """The named days (knowledge/events/days.tsv) a text names on its own, as dates: the year printed before
        the day, else the one its number counts (第21个: the 21st since the first), else the report's own, else
        none (the day is still told); with the day's name as printed and its event type."""
        dates = self._days
        if not any(word in text for word in dates):
            return []
        found = []
        for match in self._day_pattern.finditer(text):
            month_day, kind, first = dates[match.group(3)]
            number = match.group(2)
            year = int(match.group(1)) if match.group(1) else \
                first - 1 + (int(number) if number.isdigit() else chinese_number(number)) if number else self.year
            day = f"{year:04d}-{month_day}" if year else ""
            found.append((DateSpan(day, day, match.start(), match.end()) if day else None, match.group(0), kind))
        return found

    def _lead_roles(self, passage: Passage) -> dict[str, list[str]]:
        """The roles the paragraph a list hangs from tells (read once per paragraph: each item's events ask)."""
        lead = self.passages.get(passage.parent or "")
        if lead is None:
            return {}
        if lead.slug not in self._leads:
            self._leads[lead.slug] = roles_in(self.context(lead), self.rules)
        return self._leads[lead.slug]

    @cached_property
    def _leads(self) -> dict[str, dict[str, list[str]]]:
        return {}

    @cached_property
    def _before(self) -> dict[str, str]:
        """Each passage's slug → the slug of the passage before it."""
        slugs = list(self.passages)
        return dict(zip(slugs[1:], slugs))

    def _acting_unit(self, passage: Passage) -> list[str]:
        """The unit of the author that a subject-less item's paragraph, or the paragraph its list hangs from (or
        the one before that, when it only says 以下…：), opens with as subject (2023年，马德里注册部开展了多项活动):
        the unit, not the whole author, held what the item tells of."""
        lead = self.passages.get(passage.parent or "")
        chain = [passage] + ([lead] if lead else [])
        if lead and self._before.get(lead.slug):
            chain.append(self.passages[self._before[lead.slug]])
        opening = _OPENING_YEAR
        for told in chain:
            for mention in self.facts.located.get(told.slug, []):
                opens = opening.fullmatch(told.text[:mention.start])
                path = f"org/{mention.key}"
                if mention.kind == ORG and opens and path not in self.author and self._part_of_author(path):
                    return [path]
        return []

    def _units_only(self, holders: list[str], context: Context) -> list[str]:
        """Holders among which a unit stands right after the body it belongs to (中宣部版权管理局 read as 中宣部
        and 版权管理局): the unit holds; its body, printed only to say whose unit it is, does not."""
        if len(holders) < 2:
            return holders
        mentions = context.mentions
        owners = {f"org/{a.key}" for a, b in zip(mentions, mentions[1:])
                  if a.kind == ORG == b.kind and f"org/{b.key}" in holders and a.end <= b.start
                  and not context.text[a.end:b.start].strip()
                  and b.key in self.organisations and self.organisations[b.key].parent == a.key}
        return [k for k in holders if k not in owners]

    def _part_of_author(self, path: str) -> bool:
        """The actor is the report's author or one of its units (树立尊重知识产权风尚司 of WIPO)."""
        key, seen = path.removeprefix("org/"), set()
        while key and key not in seen:
            if f"org/{key}" in self.author:
                return True
            seen.add(key)
            key = self.organisations[key].parent if key in self.organisations else ""
        return False

    def _fill(self, event: EventFact, passage: Passage, header: Context, body: Context,
              label: tuple[int, int] | None = None, attended: bool = False, after: Context | None = None,
              mode_text: str | None = None, inferable: bool = True,
              names: list[tuple[int, int]] | None = None) -> None:
        """Place, mode, roles and attendance from the event's header and the text that describes it.

        When the header does not say where, a city the following description names is the venue
        (会议为日内瓦的年轻学生提供了…). ``names`` are the spans of the event names of the sentence (its own
        by default): what is said inside a name is no role.
        """
        event.city, event.country, placed = self._place(header)
        if not placed and after is not None and event.type != "Webinar":
            city, country, _ = self._place(after, venue=False, cities_only=True)
            event.city, event.country = city or event.city, country or event.country
        event.mode = mode_of(event.label, header.text if mode_text is None else mode_text, body.text, event.type,
                             placed or event.city is not None, self.rules)
        roles = roles_in(body, self.rules, label, [n for n in names or [] if n != label])
        lead = self._lead_roles(passage).get("organiser", [])
        named = self._units_only(list(dict.fromkeys(roles["organiser"] + lead)), body)
        event.organisers = named or collective_holders(self, passage, header) or self._body_referred(passage, header)
        event.organisers_stood_for = bool(event.organisers) and not named
        event.participants = roles["participant"]
        named_in_label = self._label_mentions(passage, label)
        held, sides = ([], []) if event.organisers else session_holders(self.rules, bool(self.author), passage.text,
            named_in_label, event.type == "Meeting", (self.facts.located.get(passage.slug, []), label))
        event.participants += [k for k in sides if k not in event.participants]
        event.organisers = event.organisers or held or ([] if sides else self._body_told_before(
            passage, event.label, label) or name_owner(self, passage, label) or (opening_owner(
                passage.text, named_in_label, label) if event.type == "Meeting" and not self.author else []))
        chained = {} if event.organisers or sides else chained_holders(self, passage, label) \
            or joint_holders(self, passage, label)
        event.organisers = event.organisers or chained.get("organiser", [])
        inferable = inferable or bool(roles.get("held_with"))
        if not event.organisers and self.author and inferable and not attended and not sides \
                and not any(self._part_of_author(k) for k in event.participants):
            event.organisers, event.organiser_inferred = self._acting_unit(passage) or list(self.author), True
        cobranded = [f"org/{m.key}" for m in named_in_label if m.kind == ORG
                     and self._cobranded(passage.text, m, named_in_label)]
        event.partners = [k for k in dict.fromkeys(roles["partner"] + cobranded + chained.get("partner", []))
                          if k not in event.organisers]
        event.sponsors = roles["sponsor"]
        event.participants = [k for k in event.participants if k not in event.organisers + event.partners]
        event.attendees = attendees(body, self.rules)

    def _body_told_before(self, passage: Passage, name: str, label: tuple[int, int] | None) -> list[str]:
        """A session named by its number alone (在…举行的第三十届会议期间, 委员会讨论了…) is one of the body the
        paragraph told of last before it (CDIP在…下讨论了…): a body's head noun (委员会, 工作组) ends its name."""
        bare = self.rules.ordinal_noun.fullmatch(squash(name))
        if label is None or bare is None or not self.rules.words.get("body_head"):
            return []
        heads = tuple(self.rules.words["body_head"])
        for mention in reversed(self.facts.located.get(passage.slug, [])):
            known = self.organisations.get(mention.key)
            full = known.name_zh if known else passage.text[mention.start:mention.end]
            if mention.kind == ORG and mention.end <= label[0] and full.endswith(heads):
                return [f"org/{mention.key}"]
        return []

    def _inferable(self, name: EventName, holding: bool, in_label: list[Located]) -> bool:
        """Whether the author may be the unsaid organiser: not of a session of a body it is not part of that the
        sentence does not say was held (第九次中日韩领导人会议发布…), nor of a treaty's meeting of the parties
        unless the clause says its unsaid subject held it with others (与世界知识产权组织联合举办…, in ``_fill``)."""
        if not (name.session or name.decision):
            return True
        if any(m.kind == TREATY for m in in_label):
            return False
        return holding and not name.decision or any(m.kind == ORG and self._part_of_author(f"org/{m.key}")
                                                    for m in in_label)

    def _label_mentions(self, passage: Passage, label: tuple[int, int] | None) -> list[Located]:
        if label is None:
            return []
        return within(self.facts.located.get(passage.slug, []), label[0], label[1])

    @staticmethod
    def _cobranded(text: str, mention: Located, in_label: list[Located]) -> bool:
        """The organisation is joined to another organisation by a hyphen in the event's name (产权组织-世贸组织…
        课程): the two hold it together. Joined to a country (中国-东盟…论坛, 产权组织-巴西…暑期班) it only names
        the region or the pair the event is about: that is no partner."""
        before = text[mention.start - 1:mention.start] in ("-", "–", "—")
        after = re.match(r"(?:（[^（）]{1,20}）)?\s?[-–—]\s?", text[mention.end:])
        other = [m for m in in_label if m is not mention and (
            before and 0 <= mention.start - 1 - m.end <= 1 or after and m.start == mention.end + after.end())]
        return any(m.kind == ORG for m in other)

    def _place(self, context: Context, venue: bool = True, cities_only: bool = False) \
            -> tuple[str | None, str | None, bool]:
        """City and country where the event was held, and whether the text names a venue (a city, or 在/于 a place).

        A country inside an organisation's name (墨西哥知识产权局), in brackets after
        one (伊比利亚美洲大学（墨西哥）), joined by a hyphen (产权组织-巴西…), or that
        participants come from (来自…) is not the venue; 来自罗马尼亚各地 is. After
        在/于, an organisation is a venue too (在哈马德·本·哈利法大学); a venue in
        two countries (在智利和巴西) gives no country.
        """
        places = [m for m in context.mentions if m.kind in (CITY, COUNTRY) and self._is_venue(context, m)]
        if venue:
            at = self._venue(context, places)
            if at is not None:
                return at
        city = next((m for m in places if m.kind == CITY), None)
        if city is not None:
            return city.key, self._country_of(city), True
        country = next((m.key for m in places if m.kind == COUNTRY), None)
        return None, None if cities_only else country, False

    def _is_venue(self, context: Context, mention: Located) -> bool:
        text = context.text
        inside = any(o.start <= mention.start and mention.end <= o.end for o in context.mentions
                     if o.kind == ORG and o is not mention)
        gloss = text[mention.start - 1:mention.start] == "（" and any(
            o.end == mention.start - 1 for o in context.mentions if o.kind == ORG)
        cobrand = text[mention.start - 1:mention.start] in ("-", "–") or text[mention.end:mention.end + 1] in ("-", "–")
        origin = text[:mention.start].endswith("来自") and not text[mention.end:].startswith("各地")
        located = text[:mention.start].endswith("位于")
        return not (inside or gloss or cobrand or origin or located)

    def _venue(self, context: Context, places: list[Located]) -> tuple[str | None, str | None, bool] | None:
        """The places right after 在/于: one city or country, or organisations in one country; places in
        several countries are no single venue."""
        among = sorted(places + [m for m in context.orgs() if m.key in self.organisations],
                       key=lambda m: (m.start, -m.end))
        for marker in _AT_MARKER.finditer(context.text):
            run = run_after(context, marker.end(), (CITY, COUNTRY, ORG), PLACE_CONNECTOR, among)
            if not run or run[0].start != marker.end():
                continue
            countries = {self._country_of(m) for m in run}
            if countries == {None}:
                continue
            if len(countries) != 1:
                return None, None, False
            city = next((m.key for m in run if m.kind == CITY), None)
            return city, countries.pop(), True
        return None

    def _country_of(self, mention: Located) -> str | None:
        if mention.kind == COUNTRY:
            return mention.key
        if mention.kind == CITY:
            return self.cities[mention.key].country if mention.key in self.cities else None
        organisation = self.organisations.get(mention.key)
        return organisation.country or None if organisation else None
