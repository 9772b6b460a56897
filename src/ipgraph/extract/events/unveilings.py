"""Unveilings told by their act alone (“…中心”于…正式揭牌成立; 东湖知识产权服务站在东湖揭牌): a ceremony held.

A news item on a new centre often tells its opening only by the verb 揭牌 after the centre's name, with no ceremony
noun (揭牌仪式) a sentence rule could find. The name unveiled — a quoted title or an organisation the text named —
and the act as printed (揭牌, 揭牌成立) are the ceremony's name; it is dated by its own sentence, if at all. An act
done for someone (为…揭牌: inside a ceremony told by its noun), a plan (将…揭牌) and a passage that names the
ceremony by its noun (揭牌仪式) tell no ceremony of their own."""

from __future__ import annotations

import re

from ipgraph.extract.events.fields import FieldEvents
from ipgraph.extract.events.model import BREAKS, EventFact
from ipgraph.extract.report_facts import within
from ipgraph.ingest.passages import Passage
from ipgraph.knowledge.gazetteer import ORG
from ipgraph.zh.grammar import QUOTED, segments

_ACT = re.compile(rf"(?:[于在][^{BREAKS}“”]{{1,20}}?)?(?P<formal>正式|顺利|成功|隆重)?"
                  r"(?P<act>揭牌(?:成立|启用|运行)?)(?!仪式|活动)")
"""What may stand between the name and the act (于老挝国立大学政法学院正式), and the act as printed: a bare 揭牌
with no word saying it was done formally (正式) nor what it opened (成立, 启用) may be any plaque's."""
_TOLD = re.compile("揭牌(?:仪式|活动|式)")
"""The ceremony named by its noun: the report tells the unveiling that way."""
_FOR = ("为", "給", "给")
"""A name after these is what someone unveiled at a ceremony told otherwise (副省长为…研究院揭牌)."""


class UnveilingEvents(FieldEvents):
    """The unveiling rule over one passage, shared by the report's event rules."""

    def _unveilings(self, passages: list[Passage]) -> None:
        """Each name right before an act of unveiling, in a sentence that plans nothing, is a Ceremony labelled by
        the name and the act, on the sentence's own date or none; a report that names an unveiling ceremony by its
        noun anywhere (揭牌仪式) or told one already has told it that way."""
        if not any("揭牌" in p.text for p in passages) or any(_TOLD.search(p.text) for p in passages) \
                or any("揭牌" in e.label for e in self.events.values()):
            return
        for passage in (p for p in passages if "揭牌" in p.text):
            self._unveiled(passage, self._year(passage))

    def _unveiled(self, passage: Passage, year: int | None) -> None:
        text = passage.text
        bodies = [m for m in self.facts.located.get(passage.slug, []) if m.kind == ORG]
        for sentence in segments(text):
            words = sentence.group(0)
            if "揭牌" not in words or self.rules.pattern("future").search(words):
                continue
            names = [(m.start() + sentence.start(), m.end() + sentence.start()) for m in QUOTED.finditer(words)]
            names += [(m.start, m.end) for m in within(bodies, sentence.start(), sentence.end())]
            done = 0  # a place inside the words before the act (于…大学正式揭牌) is no name unveiled
            for start, end in sorted(names):
                act = _ACT.match(text, end)
                if act is None or start < done or text[:start].endswith(_FOR) \
                        or not (act.group("act") != "揭牌" or act.group("formal")):
                    continue
                done = act.end()
                dates = self.dates(words, year, brackets=False)
                event = EventFact("Ceremony", text[start:end] + act.group("act"), dates[0].start if dates else None,
                                  dates[0].end if dates else None, rule="event-unveiling", confidence=0.6)
                self._add(event, passage)
