"""Who speaks the answers of a press conference's transcript, for the pledge reader.

问：…中方对此有何评论？¶答：…我们将… — a paragraph that opens with an answer's label (答：) and the paragraphs after
it up to the next question are the words of who answers, though no verb of speech names him: the person the
transcript's lead names with a word of who answers (外交部发言人…主持例行记者会, pledge_words.tsv ``hosts``), if any.
我们 in the answers is the side the questions ask (中方对此有何评论？, 中方是否…: ``asks``), as a spokesperson
answers for his government, until the speaker pledges for another. A report with no question's label is no
transcript and reads as before."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ipgraph.extract.pledge_rules import PledgeRules
from ipgraph.extract.report_facts import ReportFacts
from ipgraph.extract.statements import Speaker, affiliation_of, party_words
from ipgraph.ingest.passages import Passage
from ipgraph.knowledge.gazetteer import PERSON, Gazetteer
from ipgraph.zh.grammar import alternation, sentences

_ASK_REACH = 4
"""How far a question's word may stand behind the side it asks (中方对此有何…: 对此 is one)."""
_NO_SIDE = "法案向式面针針位略"
"""What goes on a word of its own after X方 (新方法, 新方案, 中方面): no side."""


@lru_cache(maxsize=4)
def _asked_side(data_dir: Path, asks: tuple[str, ...]) -> re.Pattern[str]:
    """X方 right before a question's word (中方对此有何评论, 美方是否…), made once per process."""
    if not asks:
        return re.compile("(?!)")
    words = party_words(data_dir)
    return re.compile(f"({words.abbreviation})方(?![{_NO_SIDE}])"
                      f"[^，,。？?；;]{{0,{_ASK_REACH}}}?(?:{alternation(asks)})")


class Transcript:
    """Where a report's answers are, who speaks them and whom their 我们 stands for, read passage by passage."""

    def __init__(self, rules: PledgeRules, facts: ReportFacts, gazetteer: Gazetteer, data_dir: Path) -> None:
        self.rules = rules
        self.facts = facts
        self.gazetteer = gazetteer
        self.sides = _asked_side(data_dir, rules.asks)
        self.words = party_words(data_dir)
        self.answerer: str | None = None
        self.side: list[str] = []
        """The side the questions asked last: whom 我们 stands for in the answers."""
        self.answering = False
        self.questions = 0

    def asked(self, passages: list[Passage], index: int) -> None:
        """A question's paragraph: the answer before it ends; the first question closes the lead, whose host
        answers; a side the question asks answers from here on."""
        if not self.questions:
            self.answerer = self._host(passages[:index])
        self.questions += 1
        self.answering = False
        asked = list(self.sides.finditer(passages[index].text))
        if asked:
            self.side = self.words.compound(asked[-1].group(1))

    def ended(self) -> None:
        """A heading: what follows it is no answer."""
        self.answering = False

    def speaker(self, passage: Passage, own: Speaker | None) -> Speaker | None:
        """The speaker of a paragraph of answers: who answers, his words after the answer's label; a paragraph
        whose own opening names a speaker (甲表示…) is his."""
        label = self.rules.answered.match(passage.text) if self.questions else None
        self.answering = self.answering or label is not None
        if not self.answering or own is not None and label is None:
            return own
        organisation = affiliation_of(self.answerer, self.facts, self.gazetteer) if self.answerer else None
        return Speaker(self.answerer, organisation, label.end() if label else 0)

    def we(self, who: Speaker | None) -> list[str]:
        """Whom 我们 stands for in an answer where the speaker pledged for nobody yet: the side asked."""
        return self.side if self.answering and who is not None else []

    def _host(self, lead: list[Passage]) -> str | None:
        """The person the lead names in a sentence with a word of who answers (发言人, 主持), first."""
        for passage in lead:
            people = [m for m in self.facts.located.get(passage.slug, []) if m.kind == PERSON]
            for offset, sentence in sentences(passage.text):
                if any(word in sentence for word in self.rules.hosts):
                    named = [m for m in people if offset <= m.start < offset + len(sentence)]
                    if named:
                        return named[0].key
        return None

