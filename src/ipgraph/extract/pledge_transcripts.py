"""Who speaks the answers of a press conference's transcript, for the pledge reader.

问：…中方对此有何评论？¶答：…我们将… — a paragraph that opens with an answer's label (答：) and the paragraphs after
it up to the next question are the words of who answers, though no verb of speech names him: the person the
transcript's lead names with a word of who answers (外交部发言人…主持例行记者会, pledge_words.tsv ``hosts``), if any.
我们 in the answers is the side the questions ask (中方对此有何评论？, 中方是否…: ``asks``), as a spokesperson
answers for his government, until the speaker pledges for another. A paragraph that opens with a person's name
and a colon (毛宁：…, 郭雯：…) is that person's answer, as is what follows it up to the next question: a transcript
that labels each answer with who gives it. A report with no question's label is no transcript and reads as before."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ipgraph.extract.party_words import party_words
from ipgraph.extract.pledge_rules import PledgeRules
from ipgraph.extract.report_facts import ReportFacts
from ipgraph.extract.statements import Speaker, affiliation_of
from ipgraph.ingest.passages import HEADING, Passage
from ipgraph.knowledge.gazetteer import PERSON, Gazetteer
from ipgraph.zh.grammar import alternation, sentences

_ASK_REACH = 4
"""How far a question's word may stand behind the side it asks (中方对此有何…: 对此 is one)."""
_COLONS = ("：", ":")
_LABEL = 8
"""How long a name that labels an answer may be (毛宁：, 阿卜杜拉·汗：)."""
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
        self.labelled: Speaker | None = None
        self.announced: set[str] = set()
        """The host's announcements before the first question (``begin``)."""
        self.named: dict[str, str] = {}
        """The people the transcript has named so far, by name as printed: who an answer's label (毛宁：) is."""
        """Who the last answer's label names (毛宁：…): he answers until the next question."""

    def begin(self, passages: list[Passage]) -> None:
        """A transcript's paragraphs between the lead's sentence that names its host (外交部发言人毛宁主持例行记者会)
        and the first question are the host's announcements (中方将进一步优化…), spoken before anyone asks."""
        first = next((i for i, p in enumerate(passages) if self.rules.asked.match(p.text)), 0)
        hosted = next(((i, key) for i in range(first) if (key := self._host(passages[i:i + 1]))), None)
        if hosted is not None:
            self.announced = {p.slug for p in passages[hosted[0] + 1:first] if p.kind != HEADING}
            self.answerer = hosted[1]

    def asked(self, passages: list[Passage], index: int) -> None:
        """A question's paragraph: the answer before it ends; the first question closes the lead, whose host
        answers; a side the question asks answers from here on."""
        if not self.questions:
            self.answerer = self._host(passages[:index])
            for passage in passages[:index]:
                self._people(passage)
        self.questions += 1
        self.answering = False
        self.labelled = None
        asked = list(self.sides.finditer(passages[index].text))
        if asked:
            self.side = self.words.compound(asked[-1].group(1))

    def ended(self) -> None:
        """A heading: what follows it is no answer."""
        self.answering = False

    def speaker(self, passage: Passage, own: Speaker | None) -> Speaker | None:
        """The speaker of a paragraph of answers: who answers, his words after the answer's label; a paragraph
        whose own opening names a speaker (甲表示…) is his."""
        if not self.questions and own is None and passage.slug in self.announced and self.answerer:
            return Speaker(self.answerer, affiliation_of(self.answerer, self.facts, self.gazetteer), 0)
        named = self._named_answer(passage) if self.questions else None
        if named is not None:
            self.answering, self.labelled = True, named
            return named
        label = self.rules.answered.match(passage.text) if self.questions else None
        self.answering = self.answering or label is not None
        if not self.answering or own is not None and label is None:
            return own
        if self.labelled is not None and label is None:
            return Speaker(self.labelled.person, self.labelled.organisation, 0)
        organisation = affiliation_of(self.answerer, self.facts, self.gazetteer) if self.answerer else None
        return Speaker(self.answerer, organisation, label.end() if label else 0)

    def _named_answer(self, passage: Passage) -> Speaker | None:
        """毛宁：…: a paragraph that opens with a person's name and a colon is his answer, his words after it."""
        self._people(passage)
        text = passage.text.lstrip()
        colon = min((at for c in _COLONS if 0 < (at := text.find(c, 0, _LABEL + 1))), default=-1)
        key = self.named.get(text[:colon]) if colon > 0 else None
        if key is None:
            return None
        return Speaker(key, affiliation_of(key, self.facts, self.gazetteer),
                       len(passage.text) - len(text) + colon + 1)

    def _people(self, passage: Passage) -> None:
        """Learn the names of the people a passage names (the mention stage may miss a bare name before a colon)."""
        for m in self.facts.located.get(passage.slug, []):
            if m.kind == PERSON:
                self.named.setdefault(passage.text[m.start:m.end], m.key)

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

