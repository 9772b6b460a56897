"""A news item's head lines: the events they tell with a bare verb, and the lead below that dates them and names
who held them."""

from __future__ import annotations

import re
from functools import cached_property, lru_cache

from ipgraph.extract.events.activities import ActivityEvents
from ipgraph.extract.events.compounds import JOINT
from ipgraph.extract.events.context import roles_in
from ipgraph.extract.events.dating import retells
from ipgraph.extract.events.labels import one_name, spelled, words_within
from ipgraph.extract.events.model import BREAKS, EventFact
from ipgraph.extract.events.records import merge_roles
from ipgraph.extract.events.same_event import core, distinct, edition, numbered
from ipgraph.extract.events.tellings import within_date
from ipgraph.extract.report_facts import shifted, within
from ipgraph.ingest.passages import Passage
from ipgraph.knowledge.gazetteer import COUNTRY, ORG, PERSON
from ipgraph.zh.dates import DateSpan, find_dates
from ipgraph.zh.grammar import COMMAS, JOIN, QUOTED, SEMICOLONS, segments
from ipgraph.zh.time_words import VAGUE_TIME, YEAR

_YEAR = re.compile(YEAR)
"""A year in a name: the name of one year's edition, no summing up of an activity."""
_ACTIVITY_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{2})活[动動]$")
"""The 活动 a name of an activity may end with after its own noun (有奖竞答活动)."""


class HeadlineEvents(ActivityEvents):
    """A headline's event: told with a bare verb (X走进社区举办…讲座), dated and given its holders by the lead."""

    def _headline_date(self, passages: list[Passage]) -> None:
        """A news item's headline tells its event without a date (…一行赴X调研); the lead a few lines below dates
        it (3月14日上午，X…开展调研): the first passage that opens with a date after a field label (时间：…) or
        whose first dated sentence names one of the event's sides (or a body the headline names: the venue of
        …活动在X举办) gives an undated headline event its date (a
        year alone, a name's edition, gives way to the day of that year; a campaign of that year, a period, keeps
        it). The lead's date is a day or a month of
        the item's own year: a year alone there is history (1973年…). A page may print its title again under its
        source line (a headline, a date line, the title): every line above the first that ends a sentence heads it.
        A page with no head line opens with its lead: it stands as the headline only when it prints no date, for
        one that does (5月20日是…日，为配合…月活动，…举办了…) gave its events the dates it meant to give."""
        if len(passages) < 2:
            return
        head = self._head(passages)
        at = {p.slug: i for i, p in enumerate(head or [p for p in passages[:1]
                                                      if not find_dates(p.text, self._year(p), self.own_date)])}
        for event in [e for e in self.events.values() if e.passages[:1] and e.passages[0] in at]:
            index = at[event.passages[0]]
            self._roles_from_lead(event, passages[len(head):][:1] if head else [])
            named = {f"org/{m.key}" for m in self.context(passages[index]).orgs()}
            sides = set(event.organisers + event.participants) | named
            for lead in passages[index + 1:index + 5]:
                date = self._lead_date(lead, sides, event.label)
                if date is None:
                    continue
                if event.start is None or len(event.start) == 4 and date.start.startswith(event.start) \
                        and event.type != "Campaign":
                    event.start, event.end = date.start, date.end
                break

    def _headline_retold(self, passages: list[Passage]) -> None:
        """A news item's headline restates the event its lead tells, in a shorter or looser name (headline
        中英…研讨会在伦敦举行, lead 英国-中国…研讨会12月8日在伦敦召开; headline X与Y论坛, lead X Y论坛暨Z论坛):
        an event of a headline and the first event of the lead that end in the same type noun, are held at the
        same place and on the same day (or the headline's undated) are one event, under the lead's name; so are a
        headline's event and an event of the lead of the same type and dates whose names end alike
        (``labels.one_name``: 某市召开知识产权工作业务培训会 told as 某市知识产权局召开工作业务培训会, the body's name
        into the organiser's; …宣传周系列活动 told as 2022年…宣传周)."""
        head = self._head(passages)
        lead = passages[len(head)].slug if head and len(passages) > len(head) else None
        told = [self.events[k] for k in self.order if self.events[k].passages[:1] == [lead]]
        if lead is None or not told:
            return
        for key in [k for k in self.order if self.events[k].passages[:1] and self.events[k].passages[0]
                    in self.head_lines]:
            headline = self.events[key]
            body = next((e for e in told if e.type == headline.type and (
                e is told[0] and self._same_venue(headline, e)
                or (within_date(headline.start, e.start) or within_date(e.start, headline.start))
                and one_name(headline.label, e.label, self.rules.series_tail, self._type_noun))), None)
            if body is not None:
                merge_roles(body, headline)
                body.passages[:0] = [p for p in headline.passages if p not in body.passages]
                self.order.remove(key)
                del self.events[key]

    def _headline_renamed(self) -> None:
        """A headline and the body may name one activity in two ways, neither ending the other (headline
        2023年知识产权宣传周宣传活动, body 2023年某区知识产权安全宣传周现场宣传活动; headline 某省专利工程师岗前培训班,
        body 全省专利工程师培训班): one event, when exactly one body event is of the headline's type, on the same day
        or with one undated, held by the same body or with one holder untold, ends in the same type noun, and the
        words of one name, without its year, edition or scope word (全省, 全市), stand in order in the other's
        (``labels.words_within``). The node takes the body's name, as its sentence tells it, unless a scope word
        there stands for the place the headline names (全省…), the more precise date, and the roles of both."""
        for key in [k for k in self.order if self.events[k].passages[:1] and self.events[k].passages[0]
                    in self.head_lines]:
            if key not in self.events:
                continue
            headline = self.events[key]
            same = [k for k in self.order if k != key and self.events[k].passages[:1]
                    and self.events[k].passages[0] not in self.head_lines
                    and self._renamed(headline, self.events[k])]
            if len(same) != 1:
                continue
            body = self.events[same[0]]
            kept, told = (headline, body) if self._scope.match(core(body.label)) else (body, headline)
            units = self._units_within(kept.organisers, told.organisers)
            merge_roles(kept, told)
            kept.organisers = units or kept.organisers
            if told.start is not None and (kept.start is None or len(told.start) > len(kept.start)):
                kept.start, kept.end = told.start, told.end
            kept.passages += [p for p in told.passages if p not in kept.passages]
            gone = key if kept is body else same[0]
            self.order.remove(gone)
            del self.events[gone]

    def _renamed(self, one: EventFact, other: EventFact) -> bool:
        """One activity told under two names (``_headline_renamed``): the same words before two nouns of a meeting
        (headline 全省知识产权工作大会, body 2025年全省知识产权工作会议; 中日知识产权交流会 told as 中日知识产权座谈会)
        are one meeting called two ways, whatever types the nouns give."""
        noun, other_noun = self._type_noun(one.label), self._type_noun(other.label)
        alike = one.type == other.type and noun == other_noun
        kin = not alike and bool(noun and other_noun) and len(self._bare(one.label)) - len(noun) >= 4 \
            and self._bare(one.label)[:-len(noun)] == self._bare(other.label)[:-len(other_noun)]
        number = numbered(one.label) if noun and not alike else None
        if not noun or not alike and not kin \
                and (number is None or number[0] != (numbered(other.label) or (None,))[0]):
            return False  # a kind named in a headline (第六次政策对话) is read with its number only
        if distinct(one, other) or not self._same_holders(one, other) \
                or not (within_date(one.start, other.start) or within_date(other.start, one.start)):
            return False
        shorter, longer = sorted((self._bare(one.label), self._bare(other.label)), key=len)
        if kin:
            return True
        if alike:
            return len(shorter) - len(noun) >= 2 and words_within(shorter, longer)
        return self._kind_named(shorter, longer)

    def _kind_named(self, shorter: str, longer: str) -> bool:
        """A headline may name a meeting by its kind (第六次政策对话, …座谈) where the body adds the noun of a
        meeting after that kind (第六次…政策对话会议, …座谈会): the shorter name's words stand in order in the
        longer, and its noun right before the longer's noun or opening it."""
        noun, other = self._type_noun(shorter), self._type_noun(longer)
        return bool(noun and other) and len(shorter) - len(noun) >= 2 and words_within(shorter, longer) \
            and (longer.endswith(noun + other) or other != noun and other.startswith(noun))

    def _summary_retold(self, passages: list[Passage]) -> None:
        """A news item's lead may sum up the activities it then tells one by one (开展知识产权主题讲座、…及趣味知识
        竞答等一系列活动; then 在“…”系列讲座中…, 举办知识产权有奖竞答活动): an event the lead lists under a plain
        name (no quoted title, edition or year) and the one event a later paragraph tells that ends in its noun
        (``_retells_item``) are one event, told first in the lead, under the later telling's name and with its
        holders: the lead's subject holds the whole series (法学院…开展…等一系列活动), the paragraph tells who held
        each (该院学生会…举办). Only an item of a list sums up (A、B及C等活动): the lead's own event told alone
        (…开展知识产权宣传周活动) is no summary of a themed week told later. A lead that tells one event only sums up
        nothing; two later events of the noun, or two listed ones, leave each alone."""
        head = self._head(passages)
        if len(passages) <= len(head) + 1:
            return
        lead = passages[len(head)].slug
        listed = [k for k in self.order if self.events[k].passages[:1] == [lead]]
        later = [k for k in self.order if self.events[k].passages[:1]
                 and self.events[k].passages[0] not in self.head_lines and self.events[k].passages[0] != lead]
        if len(listed) < 2 or not later:
            return
        text = self.passages[lead].text
        named = [text[m.start:m.end] for m in self.facts.located.get(lead, []) if m.kind in (ORG, COUNTRY)]
        for key in [k for k in listed if self._plain(self.events[k].label, named)
                    and _listed(text, self.events[k].label)]:
            summed = self.events[key]
            same = [k for k in later if k in self.events and self._retells_item(summed, self.events[k])]
            if len(same) != 1 or sum(self._retells_item(self.events[k], self.events[same[0]])
                                     for k in listed if k in self.events) != 1:
                continue
            told = self.events[same[0]]
            if told.start is None or summed.start is not None and len(summed.start) > len(told.start):
                told.start, told.end = summed.start, summed.end
            told.passages[:0] = [p for p in summed.passages if p not in told.passages]
            self.order.remove(key)
            del self.events[key]

    @staticmethod
    def _plain(label: str, named: list[str]) -> bool:
        """A name that sums an activity up (知识产权主题讲座): no quoted title, edition or year of its own, nor a body
        or country the lead names (国家知识产权局团委与天津大学团委合作协议签约仪式 is that ceremony's own name)."""
        return QUOTED.search(label) is None and not edition(label) and _YEAR.search(label) is None \
            and not any(name in label for name in named)

    def _retells_item(self, summed: EventFact, told: EventFact) -> bool:
        """A later telling of an activity the lead listed: its name ends in the same noun (the 活动 a name may add
        aside: 竞答, 有奖竞答活动), on the same day or with one undated, held by the same body or with one holder
        untold, and no two places, counts or stops tell them apart."""
        noun = self._item_noun(summed.label)
        return bool(noun) and noun == self._item_noun(told.label) and summed.label != told.label \
            and not distinct(summed, told) and self._same_holders(summed, told) \
            and (within_date(summed.start, told.start) or within_date(told.start, summed.start))

    def _item_noun(self, label: str) -> str:
        """The type noun a name ends with, past a trailing 活动 that only calls it an activity (有奖竞答活动: 竞答)
        and a 系列 that says there were several (系列讲座: 讲座)."""
        bare = _ACTIVITY_TAIL.sub("", spelled(label))
        return self._type_noun(bare).removeprefix("系列")

    def _same_holders(self, one: EventFact, other: EventFact) -> bool:
        """Held by the same body, by a place and that place's own body (东湖区, 东湖区市场监督管理局), or with no
        holder other on one side."""
        ours, theirs = one.organisers, other.organisers
        return not ours or not theirs or bool(set(ours) & set(theirs)) \
            or bool(self._units_within(ours, theirs) or self._units_within(theirs, ours))

    def _bare(self, label: str) -> str:
        """A name without the year or edition in front of it and the scope word after them (2023年, 全省)."""
        return self._scope.sub("", core(label), count=1)

    @cached_property
    def _scope(self) -> re.Pattern[str]:
        return re.compile(f"^(?:{self.rules.source('scope_province')}|{self.rules.source('scope_prefecture')})")

    def _same_venue(self, headline: EventFact, body: EventFact) -> bool:
        """The same type noun ending both names, the same place printed after them, the same day or none."""
        venue, lead_venue = self._venue_after(headline), self._venue_after(body)
        return bool(self._type_noun(headline.label)) and self._type_noun(headline.label) == \
            self._type_noun(body.label) and venue is not None and lead_venue is not None \
            and _same_place(venue, lead_venue) and headline.start in (None, body.start)

    def _venue_after(self, event: EventFact) -> str | None:
        """The place its first telling says the event was held at, as printed (…研讨会12月8日在伦敦召开: 伦敦)."""
        text = self.passages[event.passages[0]].text
        at = text.find(event.label)
        found = re.compile(rf"[^{BREAKS}]{{0,16}}?在([^{BREAKS}]{{1,20}}?)(?:{self.rules.source('holding')})")\
            .match(text, at + len(event.label)) if at >= 0 else None
        return found.group(1) if found else None

    def _type_noun(self, label: str) -> str:
        """The longest type noun an event's name ends with (研讨会, 论坛), or nothing."""
        return max((w for w in self.rules.type_of_word if label.endswith(w)), key=len, default="")

    def _lead_date(self, lead: Passage, sides: set[str], label: str) -> DateSpan | None:
        sentence = next(iter(segments(lead.text)), None)
        dates = self.dates(sentence.group(0), self._year(lead)) if sentence else []
        own_year = self.own_date[:4] if self.own_date else None
        if not dates or sentence is None or len(dates[0].start) < 7 or own_year not in (None, dates[0].start[:4]) \
                or VAGUE_TIME.search(sentence.group(0), dates[0].finish):  # 3月20日讯…近日，…: when is not said
            return None
        labelled = re.fullmatch(rf"[^{BREAKS}\d]{{1,6}}[:：]\s*", sentence.group(0)[:dates[0].begin]) is not None
        named = {f"org/{m.key}" for m in self.context(lead, sentence.start(), sentence.end()).orgs()}
        return dates[0] if labelled or sides & named or self._unit_named(sides, named) \
            or retells(sentence.group(0), label, self.rules) else None

    def _unit_named(self, sides: set[str], named: set[str]) -> bool:
        """The lead names a body of a place or body the headline named as the event's side (headline 某区开展…活动,
        lead 4月22日，某区市场监管局、某区文旅体局等单位…开展了…): that unit's act is the headline's."""
        return any(self._units_within([side], [body]) for side in sides for body in named)

    def _roles_from_lead(self, event: EventFact, lead: list[Passage]) -> None:
        """The lead's first sentence tells the headline's event again, a verb of holding or carrying out before the
        noun its name ends with (headline 海关走进社区举办保护知识产权讲座; lead …，澳门海关今日举行讲座；A、B等单位
        在…组织开展了以…为主题的…宣教活动), naming no event but the headline's (``_lead_retells``): the roles it
        gives are the event's, when no line of its own gave one (the body opening a clause before the verb, when no
        role pattern reads one), and the lead is one more passage telling it; a county the headline names as the
        holder gives way to the county's own body the lead names (``_units_within``)."""
        sentence = next(iter(segments(lead[0].text)), None) if lead else None
        if sentence is None or event.organisers and not event.organiser_inferred and not self._placed_holder(event):
            return
        heads = [w for w in self.rules.type_of_word if event.label.endswith(w)]
        noun = re.escape(min(heads, key=len)) if heads else None
        staged = rf"(?:{self.rules.staging})[^{BREAKS}]{{0,40}}?{noun}"
        mentions = shifted(within(self.facts.located.get(lead[0].slug, []), sentence.start(), sentence.end()),
                           sentence.start())
        verb = re.search(staged, _quotes_closed(sentence.group(0))) if noun is not None else None
        if verb is None or not all(
                self._lead_retells(event.label, name.label) for name in self.finder.names(sentence.group(0), mentions)):
            return
        roles = roles_in(self.context(lead[0], sentence.start(), sentence.end()), self.rules)
        roles["organiser"] = roles["organiser"] or self._clause_subject(lead[0], sentence.start(),
                                                                        sentence.start() + verb.start())
        if event.organisers and not event.organiser_inferred:
            event.organisers = self._units_within(event.organisers, roles["organiser"]) or event.organisers
            return
        again = EventFact(event.type, event.label)
        again.organisers, again.partners = roles["organiser"], roles["partner"]
        merge_roles(event, again)
        event.passages += [lead[0].slug] if lead[0].slug not in event.passages else []

    def _lead_retells(self, headline: str, name: str) -> bool:
        """An event the lead names is the headline's told again (汉阴开展2020年知识产权宣传周活动, lead 县市场监管局…
        开展知识产权宣传周活动): its name ends the headline's, without a year or the headline's counted tail
        (…宣传周”活动: 活动), so the lead's holder is the headline event's."""
        if one_name(headline, name, self.rules.series_tail, self._type_noun):
            return True
        bare = self._counted_tail.sub("", spelled(headline))
        return bare != spelled(headline) and one_name(bare, name, self.rules.series_tail, self._type_noun)

    @property
    def _counted_tail(self) -> re.Pattern[str]:
        return _counted_tail("|".join(re.escape(w) for w, _, licence in self.rules.types if licence == "counted"))

    def _placed_holder(self, event: EventFact) -> bool:
        """The headline's holder is a place (巫山县开展…活动): the body the lead names for it may be more precise."""
        nodes = [self.facts.nodes.get((ORG, k.removeprefix("org/"))) for k in event.organisers]
        return all(n is not None and n.key not in self.organisations and n.details.get("kind") == "government"
                   for n in nodes)

    def _clause_subject(self, passage: Passage, start: int, verb: int) -> list[str]:
        """在…之际，县市场监管局自4月20日至26日，在全县范围内开展…活动: the one body before the lead's verb, opening
        its clause (after the sentence's start or a comma), is the verb's subject across the adjunct clauses after
        it; none when another body or a person stands before the verb."""
        named = [m for m in within(self.facts.located.get(passage.slug, []), start, verb) if m.kind in (ORG, PERSON)]
        text = passage.text
        opens = named[0].start == start or text[named[0].start - 1] in COMMAS + SEMICOLONS if len(named) == 1 else False
        return [f"org/{named[0].key}"] if opens and named[0].kind == ORG else []

    def _units_within(self, holders: list[str], told: list[str]) -> list[str]:
        """The bodies the lead names whose name opens with a holder's the headline gave (巫山县 → 巫山县市场监管局):
        the place's or body's own unit that held the event; none unless each holder has one."""
        def surfaces(key: str) -> set[str]:
            node = self.facts.nodes.get((ORG, key.removeprefix("org/")))
            return node.surface | {node.details.get("name") or ""} - {""} if node else set()
        units = [t for t in told if t not in holders and any(
            s.startswith(h) and s != h for h in (x for k in holders for x in surfaces(k)) for s in surfaces(t))]
        return units if len(units) == len(holders) else []


@lru_cache(maxsize=4)
def _counted_tail(counted: str) -> re.Pattern[str]:
    """A noun too common to name a kind of event (活动) ending a name after what names it; made once per knowledge
    folder."""
    return re.compile(f"(?:{counted})$")


def _quotes_closed(text: str) -> str:
    """The text with what quotation marks hold blanked, offsets kept: a theme's commas (以“A，B”为主题的…活动) break
    no clause."""
    return QUOTED.sub(lambda m: m.group(0)[0] + "　" * (len(m.group(0)) - 2) + m.group(0)[-1], text)


def _same_place(one: str, other: str) -> bool:
    """Two venues as printed are one place when one is the other with a wider place before it (乌兰巴托, 蒙古乌兰巴托):
    a headline drops the country its lead names."""
    return one.endswith(other) or other.endswith(one)


def _listed(text: str, label: str) -> bool:
    """The name stands in the text as an item of a list: a coordinator (、, 及, 和, 以及) or the 暨 of names held
    together right before or after it, past its quotes."""
    at = text.find(label)
    return at >= 0 and (_AFTER_JOIN.search(text, 0, at) is not None
                        or _BEFORE_JOIN.match(text, at + len(label)) is not None)


_AFTER_JOIN = re.compile(rf"(?:{JOIN}|{JOINT})[“”\"「」\s]*$")
_BEFORE_JOIN = re.compile(rf"[“”\"「」\s]*(?:{JOIN}|{JOINT})")
