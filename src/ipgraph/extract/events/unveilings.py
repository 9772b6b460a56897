"""Unveilings told by their act alone (“…中心”于…正式揭牌成立; 东湖知识产权服务站在东湖揭牌): a ceremony held.

A news item on a new centre often tells its opening only by the verb 揭牌 after the centre's name, with no ceremony
noun (揭牌仪式) a sentence rule could find. The name unveiled — a quoted title or an organisation the text named —
and the act as printed (揭牌, 揭牌成立) are the ceremony's name; it is dated by its own sentence, if at all. An act
done for someone (为…揭牌: inside a ceremony told by its noun), a plan (将…揭牌) and a passage that names the
ceremony by its noun (揭牌仪式) tell no ceremony of their own."""

from __future__ import annotations

import re
from functools import cached_property

from ipgraph.extract.events.fields import FieldEvents
from ipgraph.extract.events.model import BREAKS, EventFact
from ipgraph.extract.report_facts import within
from ipgraph.ingest.passages import Passage
from ipgraph.knowledge.gazetteer import ORG
from ipgraph.zh.grammar import FOR_SOMEONE, QUOTED, alternation, segments

_PLACE_BEFORE = rf"(?:[于在][^{BREAKS}“”]{{1,20}}?)?"
"""What may stand between the name and the act: where it was done (于老挝国立大学政法学院正式)."""


class UnveilingEvents(FieldEvents):
    """The unveiling rule over one passage, shared by the report's event rules."""

    @cached_property
    def _act(self) -> re.Pattern[str]:
        """The act as printed after the name (groups ``formal`` and ``act``): a bare 揭牌 with no adverb saying it
        was done formally (正式: ``held_adverb``) nor a word of what it opened (成立: ``unveil_result``) may be any
        plaque's; an act named as a ceremony (揭牌仪式) is the noun, not the act."""
        words = self.rules.words
        return re.compile(rf"{_PLACE_BEFORE}(?P<formal>{alternation(words.get('held_adverb', ()))})?"
                          rf"(?P<act>(?:{alternation(self._acts)})"
                          rf"(?:{alternation(words.get('unveil_result', ()))})?)(?!{self.rules.type_pattern.pattern})")

    @cached_property
    def _acts(self) -> tuple[str, ...]:
        return tuple(self.rules.words.get("unveil_act", ()))

    def _mentions(self, text: str) -> bool:
        """The text names an act of unveiling: the one cheap test before any pattern runs."""
        return any(act in text for act in self._acts)

    @cached_property
    def _told(self) -> re.Pattern[str]:
        """The ceremony named by its noun (揭牌仪式, 揭牌活动): the report tells the unveiling that way."""
        return re.compile(rf"(?:{alternation(self._acts)})(?:{self.rules.type_pattern.pattern})")

    def _unveilings(self, passages: list[Passage]) -> None:
        """Each name right before an act of unveiling, in a sentence that plans nothing, is a Ceremony labelled by
        the name and the act, on the sentence's own date or none; a report that names an unveiling ceremony by its
        noun anywhere (揭牌仪式) or told one already has told it that way."""
        told = [p for p in passages if self._mentions(p.text)]
        if not told or any(self._told.search(p.text) for p in passages) \
                or any(self._mentions(e.label) for e in self.events.values()):
            return
        for passage in told:
            self._unveiled(passage, self._year(passage))

    def _unveiled(self, passage: Passage, year: int | None) -> None:
        text = passage.text
        bodies = [m for m in self.facts.located.get(passage.slug, []) if m.kind == ORG]
        for sentence in segments(text):
            words = sentence.group(0)
            if not self._mentions(words) or self.rules.pattern("future").search(words):
                continue
            names = [(m.start() + sentence.start(), m.end() + sentence.start()) for m in QUOTED.finditer(words)]
            names += [(m.start, m.end) for m in within(bodies, sentence.start(), sentence.end())]
            done = 0  # a place inside the words before the act (于…大学正式揭牌) is no name unveiled
            for start, end in sorted(names):
                act = self._act.match(text, end)
                if act is None or start < done or text[:start].endswith(FOR_SOMEONE) \
                        or not (act.group("act") not in self._acts or act.group("formal")):
                    continue
                done = act.end()
                dates = self.dates(words, year, brackets=False)
                event = EventFact("Ceremony", text[start:end] + act.group("act"), dates[0].start if dates else None,
                                  dates[0].end if dates else None, rule="event-unveiling", confidence=0.6)
                self._add(event, passage)
