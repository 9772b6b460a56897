"""An agreement whose telling gives no date was signed at an event the report tells and dates: its signing date is
that event's.

News of a signing dates the occasion once (5月23日，…论坛在武汉举行) and tells the signing after it without a date
of its own (开幕式上，A与B签署了合作备忘录). Three shapes say at which event an undated signing took place:

- the event is the signing's own ceremony: its name holds the instrument's (双方战略合作框架协议签约仪式 for
  战略合作框架协议);
- the signing's sentence names the event (在第21个世界知识产权日，…共同签署了…; …签字仪式在市会议中心举行，A与B签订…);
- the sentence opens with an event as its setting (开幕式上，…; 会议期间，…; 在签约仪式上，…): the event the report told
  last before it.

Each takes the date the text gives that event; where the events it could be disagree on their dates, the agreement
stays undated. Events are read first (``registry.EXTRACTORS``), so this reads their facts and writes none of theirs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from ipgraph.extract.events.model import EventFact, EventRules, load_rules, squash
from ipgraph.extract.statements import Statement
from ipgraph.ingest.passages import Passage
from ipgraph.zh.grammar import CLAUSE_BREAKS, alternation, sentences


@lru_cache(maxsize=4)
def signing_dates(data_dir: Path) -> SigningDates:
    """The dater of a knowledge folder, compiled once per process, not once per report."""
    return SigningDates(load_rules(data_dir))


class SigningDates:
    """Dates undated agreements by the events of their report."""

    def __init__(self, rules: EventRules) -> None:
        nouns = alternation((*(word for word, _, _ in rules.types), *rules.words.get("setting", ())))
        self.setting = re.compile(rf"^(?:在)?[^{CLAUSE_BREAKS}]{{0,20}}?(?:{nouns})"
                                  rf"(?:{alternation(rules.words.get('position', ()))})[{CLAUSE_BREAKS}]")
        """A sentence that opens with an event as the setting of what follows (开幕式上，; 在研讨会上，; 会议期间，)."""
        self.near = rules.pattern("day_near")
        """What says a day named is only near (世界知识产权日来临之际, 前夕): the signing was not on it."""

    def date(self, agreement: Statement, label: str, events: Sequence[EventFact],
             passages: Sequence[Passage]) -> str | None:
        """The date of the event ``agreement`` (labelled ``label``) was signed at, if the text tells which."""
        dated = [event for event in events if event.start]
        ceremony = [e for e in dated if e.type == "Ceremony" and len(squash(label)) >= 4
                    and squash(label) in squash(e.label)]
        if (date := _one_date(ceremony)) is not None:
            return date
        sentence, at = _sentence_of(agreement, passages)
        if not sentence:
            return None
        named = [e for e in dated if at in e.passages and self._on(squash(e.label), squash(sentence))]
        if named or not self.setting.match(sentence):
            return _one_date(named)
        order = {passage.slug: index for index, passage in enumerate(passages)}

        def first_told(event: EventFact) -> int:
            return min((order[slug] for slug in event.passages if slug in order), default=len(order))
        told = [e for e in dated if first_told(e) <= order[at]]
        last = max(map(first_told, told), default=-1)
        return _one_date([e for e in told if first_told(e) == last])

    def _on(self, name: str, sentence: str) -> bool:
        """Whether the sentence names the event as the occasion itself, not as a day that is near."""
        return any(not self.near.match(sentence, m.end()) for m in re.finditer(re.escape(name), sentence))


def _one_date(events: list[EventFact]) -> str | None:
    """The date the events share, if they share one."""
    dates = {event.start for event in events}
    return dates.pop() if len(dates) == 1 else None


def _sentence_of(agreement: Statement, passages: Sequence[Passage]) -> tuple[str, str]:
    """The sentence that tells the signing (it holds the agreement's quote), and its passage's slug."""
    quote = agreement.quote
    for passage in passages:
        if passage.slug in agreement.passages and quote and quote in passage.text:
            at = passage.text.index(quote)
            for offset, sentence in sentences(passage.text):
                if offset <= at < offset + len(sentence):
                    return sentence, passage.slug
    return "", ""
