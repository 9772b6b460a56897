"""Passages → pledges: what an actor says it will do, kept apart from what happened.

One rule, ``pledge-cue``: a clause with a forward-looking cue
(knowledge/commitments/pledge_words.tsv: 将, 承诺, 致力于, 期待 …) starts a pledge
that runs to the next cue or the end of its ；-segment. Segments after it in
the sentence, and sentences that go on with it (同时, 一是 …), are pledges
too. 将 that marks an object (将企业标准转换为…) is no cue.

Who pledges: in a speaker's paragraph (a forum report), the organisation the
speaker speaks for, read only from the words after the verb of speech; in
other text, the actor named right in front of the cue (产权组织承诺…).
A planned event (第11次会议将于明年举行) is a pledge here and never an event:
the event extractor skips sentences that look forward.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import ClassVar

from ipgraph.extract.facts import Located, ReportFacts, within
from ipgraph.ingest.passages import HEADING, Passage
from ipgraph.extract.statements import ReportReader, Speaker, Statement, actors, path_of
from ipgraph.zh.grammar import SEMICOLONS, clauses as grammar_clauses, sentences
from ipgraph.knowledge.wordlists import word_lists
from ipgraph.zh.grammar import alternation

PLEDGE_RULES = {
    "pledge-cue": ("pledge from a forward-looking cue", "前瞻性用语表示的承诺",
                   "A clause with a cue of knowledge/commitments/pledge_words.tsv (将, 承诺, 致力于 …), by a speaker or a "
                   "named actor."),
}

_LABEL_CHARS = 60
_WORDS = re.compile(r"[\u4e00-\u9fffA-Za-z]")


@dataclass
class PledgeFact(Statement):
    """One forward-looking statement and who makes it; its subject is the statement as printed."""

    RULE: ClassVar[str] = "pledge-cue"
    subject: str
    actor: str
    speaker: str | None = None

    @property
    def label(self) -> str:
        return self.subject if len(self.subject) <= _LABEL_CHARS else self.subject[:_LABEL_CHARS - 1] + "…"

    @property
    def identity(self) -> str:
        return f"{self.actor}|{''.join(self.quote.split())}"


@dataclass(frozen=True)
class PledgeRules:
    cue: re.Pattern[str]
    objects: tuple[str, ...]
    continues: tuple[str, ...]


@lru_cache(maxsize=4)
def load_rules(data_dir: Path) -> PledgeRules:
    words = word_lists(data_dir / "commitments" / "pledge_words.tsv")
    return PledgeRules(re.compile(alternation(words.get("cue", ()))), words.get("object", ()),
                       words.get("continue", ()))


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    cue_end: int


class _ReportPledges(ReportReader):
    def __init__(self, facts: ReportFacts, data_dir: Path) -> None:
        super().__init__(facts, (), None, data_dir)
        self.rules = load_rules(data_dir)

    def run(self, passages: list[Passage]) -> list[PledgeFact]:
        found: dict[str, PledgeFact] = {}
        for passage in passages:
            if passage.kind == HEADING or not self.rules.cue.search(passage.text):
                continue
            mentions = self.facts.located.get(passage.slug, [])
            for pledge in self._pledges(passage, mentions, self.speaker(passage)):
                pledge.passages.append(passage.slug)
                found.setdefault(pledge.identity, pledge)
        return list(found.values())

    def _pledges(self, passage: Passage, mentions: list[Located], who: Speaker | None) -> list[PledgeFact]:
        text = passage.text
        begin = who.words_start if who else 0
        pledges, going_on = [], False
        for offset, sentence in sentences(text[begin:]):
            offset += begin
            if going_on and sentence.lstrip().startswith(self.rules.continues):
                spans = [_Span(0, len(sentence.rstrip("。")), self._opening(sentence))]
            else:
                spans = self._spans(sentence)
            going_on = bool(spans)
            for span in spans:
                actor = self._actor(mentions, text, offset + span.start, offset + span.cue_end, who)
                if actor is None:
                    continue
                quote = text[offset + span.start:offset + span.end].strip("，。；： ")
                pledges.append(PledgeFact(quote, actor, who.person if who else None, quote=quote,
                                          confidence=0.7 if who else 0.6))
        return pledges

    def _opening(self, sentence: str) -> int:
        """Where a continuing sentence's content begins: after 一是, 同时 and the comma that follows."""
        stripped = sentence.lstrip()
        word = next(w for w in self.rules.continues if stripped.startswith(w))
        at = len(sentence) - len(stripped) + len(word)
        return at + (1 if sentence[at:at + 1] in "，," else 0)

    def _spans(self, sentence: str) -> list[_Span]:
        """The pledges of a sentence: from each cue clause to the next cue clause, and the segments after ；."""
        spans: list[_Span] = []
        position = 0
        for segment in re.finditer(rf"[^{SEMICOLONS}]+[{SEMICOLONS}]?", sentence):
            clauses = list(grammar_clauses(segment.group(0)))
            cues = [(c, self._cue(c.group(0))) for c in clauses]
            starts = [(segment.start() + c.start(), segment.start() + c.start() + cue) for c, cue in cues
                      if cue is not None and _WORDS.search(c.group(0), cue)]
            if not starts and spans:
                starts = [(segment.start(), segment.start())]
            ends = [s for s, _ in starts[1:]] + [segment.end()]
            spans += [_Span(s, e, cue_end) for (s, cue_end), e in zip(starts, ends)]
            position = segment.end()
        return spans if position else []

    def _cue(self, clause: str) -> int | None:
        """Where a clause's forward-looking cue ends, or None; 将 followed by 为/成/转换 marks an object."""
        for cue in self.rules.cue.finditer(clause):
            if cue.group(0) == "将" and any(w in clause[cue.end():] for w in self.rules.objects):
                continue
            return cue.end()
        return None

    @staticmethod
    def _actor(mentions: list[Located], text: str, start: int, cue_end: int, who: Speaker | None) -> str | None:
        """The speaker's organisation, else the actor named right in front of the cue."""
        if who is not None:
            return f"org/{who.organisation}" if who.organisation else None
        before = [m for m in actors(within(mentions, start, cue_end), text, start, cue_end) if cue_end - m.end <= 4]
        return path_of(before[-1]) if before else None


def extract_pledges(passages: list[Passage], facts: ReportFacts, data_dir: Path) -> list[PledgeFact]:
    """Every forward-looking statement with the actor who makes it."""
    return _ReportPledges(facts, data_dir).run(passages)
