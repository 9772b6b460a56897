"""A company that refers back to itself as the subject of a signing clause (高通宣布，公司已与…达成; 该公司后来宣布已
与…达成): the word 公司 alone is no new organisation called 公司 but the company the text named last before it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ipgraph.extract.report_facts import Located
from ipgraph.extract.statements import actors, no_subject, path_of
from ipgraph.knowledge.gazetteer import ORG, Gazetteer
from ipgraph.zh.grammar import alternation
from ipgraph.zh.time_words import PARTS_OF_DAY

_COMPANY_KINDS = frozenset({"company", "other"})
"""The gazetteer kinds a company may be filed under: a known office, court, university or outlet is never the
referent of 公司."""

class CompanySubjects:
    """Reads a subject made of a company's word for itself (``self_noun`` of signing.tsv) and finds its referent."""

    def __init__(self, words: dict[str, tuple[str, ...]], speech: str, announcing: Iterable[str]) -> None:
        nouns, anaphors, lead, gap = (words.get(name, ()) for name in ("self_noun", "anaphor", "lead", "self_noun_gap"))
        self.around = lead + gap + PARTS_OF_DAY
        """What may stand around the noun besides dates: lead words, ``self_noun_gap`` (后来, 宣布) and the part of a
        day after a date (公司于1月16日上午与…)."""
        self.opening = re.compile(f"(?:{alternation(anaphors)})?(?:{alternation(nouns)})") if nouns else None
        self.announcing = re.compile(f"{speech}|{alternation(tuple(announcing))}")
        """A verb a company speaks or announces with (表示, 宣布): who says so is the company 公司 then goes on with."""

    def refers_back(self, words: str, year: int | None) -> bool:
        """Whether ``words`` (a subject before 与 or the verb) are only the noun, with dates and lead words around
        it (公司已, 该公司后来宣布已, 公司于2021年1月16日上午): a name that merely ends so (某某公司) is a name."""
        found = self.opening.match(words.strip()) if self.opening else None
        return found is not None and no_subject(words.strip()[found.end():], year, self.around)

    @staticmethod
    def referent(passage: str, mentions: list[Located], before: int, gazetteer: Gazetteer,
                 counterparts: list[str]) -> list[str]:
        """The organisation named last in ``passage[:before]`` that may be a company and is no counterpart of the
        clause (鉴于X…，公司与X签订: X is the other side, not the company)."""
        for mention in reversed(actors(mentions, passage, 0, before, (ORG,))):
            known = gazetteer.organisations.get(mention.key)
            if path_of(mention) not in counterparts and (known is None or known.kind in _COMPANY_KINDS):
                return [path_of(mention)]
        return []
