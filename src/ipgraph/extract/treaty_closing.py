"""The clauses after a treaty's own that tell more of what happened to it (《A》于2013年6月在马拉喀什通过，2016年9月30日
生效): the treaty that opens its clause stays the subject of the clauses after it that name no subject of their own.
Read for ``ipgraph.extract.treaty_actions``, which reads the verbs next to a treaty."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ipgraph.extract.report_facts import Located
from ipgraph.extract.statements import no_subject
from ipgraph.extract.treaty_rules import TreatyActionRules
from ipgraph.knowledge.gazetteer import COUNTRY, TREATY
from ipgraph.zh.grammar import BRACKETED, clause_bounds

_PLACE_END = re.compile(r"(?:在|(?<![将將])[于於])[^，,、；;。：:“”]{1,10}$")
"""，1891年在马德里缔结, ，1967年7月14日于斯德哥尔摩签订: the place a clause puts right before its verb, no subject
(dates are read apart; 将于 leads a clause)."""
_TOPIC_CLAUSES = 2
"""How many clauses in a row may close with no action verb between a treaty's clause and one that does: more tell
of something else."""
FOR_STATE_GAP = 2
"""The most characters between the state a treaty comes into force for and the verb: an adverb (在中国正式生效), no
clause of its own."""


@dataclass(frozen=True)
class Verb:
    """An action verb read next to a treaty, where the sentence prints it."""

    word: str
    action: str
    start: int
    end: int


@dataclass(frozen=True)
class _Chain:
    """The rules, the report's year and one sentence's mentions the chain of clauses is read with."""

    rules: TreatyActionRules
    year: int | None
    mentions: list[Located]

    def verbs(self, sentence: str, bounds: tuple[int, int], treaties: list[Located]) -> list[Verb]:
        """《A》于2013年6月在马拉喀什通过，2016年9月30日生效: a treaty that opens its clause is the subject of the
        verb that closes it (a final verb such as 通过, or any verb behind a treaty), and of each next clause that
        holds only a date, a place after 在 or 于 and such a verb (，1891年在马德里缔结), told as a cleft too
        (，是1967年7月在斯德哥尔摩签订的), even when its own clause closes with none (《A》达到生效门槛，将于…生效); a
        clause between them that closes with no such verb and names no one (，亦称《B》, ，为…制定了共同标准) tells
        more of the same subject, so the chain goes on after it (up to _TOPIC_CLAUSES of them in a row)."""
        (start, end), first, last = bounds, treaties[0].start, treaties[-1].end
        lead = self.rules.words.get("lead", ())
        if not no_subject(sentence[start:first].rstrip("《"), self.year, lead):
            return []
        verbs: list[Verb] = []
        clause = opening = (last + (sentence[last:last + 1] == "》"), end)
        told = 0
        while True:
            text = sentence[clause[0]:clause[1]].rstrip("了")
            cleft = text.startswith("是") and text.endswith("的") and clause != opening  # 是…签订的
            text = text[1:-1] if cleft else text
            text = self._without_place(clause[0], text)  # ，同时适用于澳门特别行政区
            verb = next(((w, a) for w, a in self.rules.final + self.rules.after if text.endswith(w)), None)
            if verb and text[:-len(verb[0])].endswith(tuple(self.rules.words.get("negation", ()))):
                break  # 《A》现时并不适用于香港: denied
            if verb is None and clause != opening:
                told += 1
                if told > _TOPIC_CLAUSES or any(m.kind != TREATY and clause[0] <= m.start < clause[1]
                                                for m in self.mentions):
                    break  # a clause of someone else's
            elif verb and clause != opening \
                    and not no_subject(_PLACE_END.sub("", self._for_state_cut(text[:-len(verb[0])], clause[0])),
                                       self.year, lead):
                break  # 《A》达到生效门槛，将于…生效: the treaty stays the subject of the clauses after its own
            if verb:
                told = 0
                at = clause[0] + cleft + len(text) - len(verb[0])
                verbs.append(Verb(verb[0], verb[1], at, at + len(verb[0])))
            if clause[1] >= len(sentence) or sentence[clause[1]] not in "，,":
                break
            clause = self._bracket_whole(sentence, (clause[1] + 1, clause_bounds(sentence, clause[1] + 1)[1]))
        return verbs

    def _without_place(self, at: int, text: str) -> str:
        """``text`` (the clause at ``at``) without the place it closes with (a place suffix after it too: 澳门特区) when
        a verb ending in a preposition takes it as object (适用于澳门特别行政区, 延伸至澳门): the clause then closes
        with that verb."""
        place = next((m for m in self.mentions if m.kind == COUNTRY and at < m.start
                      and text[m.end - at:] in ("", *self.rules.place_suffixes)), None)
        if place is None:
            return text
        front = text[:place.start - at]
        return front if front.endswith(tuple(w for w, _ in self.rules.after if w.endswith(("于", "於", "至")))) \
            else text

    def _for_state_cut(self, front: str, at: int) -> str:
        """``front`` (the words before a closing verb, from ``at``) without the state the treaty comes into force for
        right before the verb (，2022年5月5日对中国生效): that state is no subject of the clause."""
        state = next((m for m in self.mentions if m.kind == COUNTRY and at < m.start and m.end - at <= len(front)
                      and len(front) - (m.end - at) <= FOR_STATE_GAP), None)
        if state is None:
            return front
        found = [f for f in self.rules.for_state.finditer(front, 0, state.start - at) if f.end() == state.start - at]
        return front[:found[-1].start()] if found else front

    @staticmethod
    def _bracket_whole(sentence: str, clause: tuple[int, int]) -> tuple[int, int]:
        """全称为《A》（英语：…）: a clause that opens a bracket ends after it, whatever break the bracket holds."""
        opened = max(sentence.rfind("（", *clause), sentence.rfind("(", *clause))
        bracket = BRACKETED.match(sentence, opened) if opened >= 0 else None
        if bracket is None or bracket.end() <= clause[1]:
            return clause
        return clause[0], clause_bounds(sentence, bracket.end())[1]


def closing_verbs(rules: TreatyActionRules, year: int | None, sentence: str,
                  read: tuple[tuple[int, int], list[Located], list[Located]]) -> list[Verb]:
    """The verbs closing the treaty's clause and the clauses after it that tell of it; ``read`` is the treaty's
    clause, the treaties that open it and the sentence's mentions."""
    bounds, treaties, mentions = read
    return _Chain(rules, year, mentions).verbs(sentence, bounds, treaties)
