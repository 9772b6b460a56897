"""Ceremonies named by their act alone (签约仪式, 揭牌仪式, 启动仪式): the ceremony of the act the report told before.

A news item tells the act first (5月22日，A与B签署…协议; 4月22日，我市启动…宣传周活动; …工作站正式揭牌成立) and
then the ceremony by the act's noun alone (在签约仪式上，…; 启动仪式上，…; …出席揭牌仪式): one occasion told twice.
The ceremony takes the date of the sentence that told the act, and, when the act launched an event the report
names (启动…活动), that event's organisers and partners: the actors of the first telling carry to the later one.
"""

from __future__ import annotations

import re
from functools import cached_property

from ipgraph.extract.events.headlines import HeadlineEvents
from ipgraph.extract.events.labels import spelled, squash
from ipgraph.extract.events.model import EventFact
from ipgraph.extract.events.records import merge_roles
from ipgraph.ingest.passages import Passage
from ipgraph.zh.grammar import alternation, segments


class CeremonyEvents(HeadlineEvents):
    """Dates and roles of ceremonies named by their act alone, from the sentence that told the act."""

    @cached_property
    def _act_ceremony(self) -> re.Pattern[str]:
        """A name that is an act (``ceremony_act``) and a type noun and nothing more: group ``act``."""
        acts = alternation(self.rules.words.get("ceremony_act", ()))
        return re.compile(rf"(?P<act>{acts})(?:{self.rules.type_pattern.pattern})")

    def own_act(self, label: str) -> bool:
        """The name is an act and a type noun alone, and the act is one of its own (签约仪式, 启动仪式), not the
        opening or closing of another event (开幕仪式, 开班仪式: ``part_act``), which is no event of its own."""
        act = self._act_ceremony.fullmatch(squash(label))
        return act is not None and not self.rules.has("part_act", act.group("act"))

    def _ceremonies_of_acts(self, passages: list[Passage]) -> None:
        """Each undated ceremony named by its act alone takes the first date of the last sentence before it that
        tells the act (for a signing, any verb of signing: 签约仪式 after A与B签署…) and dates it — the first told
        to the month or day, as a year beside a fuller date is the edition's (2019年“…”活动于12月2日…启动); an event
        that sentence names after the act's verb (启动2023年…宣传周活动) lends the ceremony its organisers and partners
        when no sentence named the ceremony's own. A ceremony of the same act the report named before (签约仪式 after
…合作协议签字仪式: any act of signing) is that one told again."""
        for key in list(self.order):
            event = self.events[key]
            act = self._act_ceremony.fullmatch(squash(event.label))
            if event.start is not None or act is None or not event.passages:
                continue
            verbs = re.compile(alternation(self._act_verbs(act.group("act"))))
            named = next((self.events[k] for k in self.order[:self.order.index(key)]
                          if self.events[k].type == event.type and verbs.search(spelled(self.events[k].label))), None)
            if named is not None:
                self._retell(named, key)
                continue
            told = self._act_told(passages, event, verbs)
            if told is None:
                continue
            passage, words, verb_end = told
            dates = self.dates(words, self._year(passage))  # a year beside a fuller date is the edition's:
            date = next((d for d in dates if len(d.start) > len("2019")), dates[0])  # 2019年…活动于12月2日…启动
            event.start, event.end = date.start, date.end
            launched = next((e for e in self.events.values() if e is not event and passage.slug in e.passages
                             and e.organisers and 0 <= words.find(e.label) and words.find(e.label) + len(e.label)
                             > verb_end), None)
            if launched is not None and not event.organisers:
                event.organisers = list(launched.organisers)
                event.organiser_inferred = launched.organiser_inferred
                event.partners = [k for k in launched.partners if k not in event.organisers]

    def _act_verbs(self, act: str) -> tuple[str, ...]:
        """The verbs that tell the act a ceremony is named by: any act of signing for a signing (签约仪式 after
        A与B签署…), any verb of launching for a launch (启动仪式 after …宣传周活动拉开序幕), else the act itself."""
        for kind in ("signing_act", "launch_act"):
            if act in (verbs := self.rules.words.get(kind, ())):
                return verbs
        return (act,)

    def _retell(self, named: EventFact, key: str) -> None:
        """The ceremony told by its act alone is one the report named before (…合作协议签约仪式 … 签字仪式上，…):
        that one told again."""
        event = self.events.pop(key)
        self.order.remove(key)
        named.passages += [slug for slug in event.passages if slug not in named.passages]
        merge_roles(named, event)

    def _act_told(self, passages: list[Passage], event: EventFact, verbs: re.Pattern[str]) \
            -> tuple[Passage, str, int] | None:
        """The last sentence before the ceremony's first telling that tells its act after a date (a headline run
        into the lead, …在线签约…2020年5月20日…签署, tells it at the second verb): its passage, its words and where
        the act's verb ends in them. One that gives the act a year alone (…宣布2023年…宣传周正式启动: the year of
        the launched event's name) tells it only when no sentence before gives the act a fuller date (4月21日，…
        宣传周活动…拉开序幕)."""
        told: dict[bool, tuple[Passage, str, int]] = {}
        for passage in passages:
            for sentence in segments(passage.text):
                words = sentence.group(0)
                if passage.slug == event.passages[0] and event.label in words:
                    return told.get(True) or told.get(False)
                dates = self.dates(words, self._year(passage)) if verbs.search(words) else []
                verb = verbs.search(words, dates[0].finish) if dates else None
                if verb is not None:
                    told[any(len(d.start) > len("2023") for d in dates)] = passage, words, verb.end()
        return told.get(True) or told.get(False)
