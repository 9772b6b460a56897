"""A company as the subject of a signing clause. One that refers back to itself (高通宣布，公司已与…达成; 该公司后来
宣布已与…达成): the word 公司 alone is no new organisation called 公司 but the company the text named last before it.
One described before its name (芬兰通信设备大厂诺基亚宣布已与…签署): the company, not the country the description
opens with. One that speaks in the clause before a clause without a subject (OPPO发表声明称，与诺基亚签署): the
speaker signs, read by name when the mention stage missed it (a brand). Kept apart from the agreement reader
(``agreements.py``), which mixes in ``CompanySigners``."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from ipgraph.extract.agreement_parties import AgreementParties, Clause
from ipgraph.extract.brand_names import ReportBrands
from ipgraph.extract.report_facts import Located
from ipgraph.extract.statements import actors, no_subject, path_of
from ipgraph.ingest.passages import Passage
from ipgraph.knowledge.gazetteer import ORG, Gazetteer
from ipgraph.zh.grammar import alternation, clauses as grammar_clauses
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


class CompanySigners(AgreementParties):
    """The subject rules for companies, mixed into the reader of a report's agreements (``agreements.py``), which
    calls ``read_companies`` once per report before reading its sentences."""

    def read_companies(self, passages: list[Passage]) -> None:
        """The report's brands (a company printed by its brand: 与诺基亚签署 in an item that prints 诺基亚宣布) and
        the verbs a company speaks or announces with, read once per report."""
        lists = self.parties.words.lists
        full = [n.details["name"] for n in self.parties.facts.of_kind(ORG) if n.details.get("name")]  # 华为技术有限公司
        self.brands = ReportBrands("\n".join(p.text for p in passages), lists.get("company_kind", ()),
                                   lists.get("not_brand", ()), self.parties.words.heads, lists.get("company_cue", ()),
                                   full, lists.get("closing", ()), lists.get("cue_gap", ()))
        self.parties.unheaded = self.brands
        self.speaking = re.compile(self.speech)
        self.companies = CompanySubjects(self.rules.words, self.speech, [cue for cue in lists.get("company_cue", ())
                                                                        if cue not in self.parties.words.heads])

    def _clause(self, sentence: str, mentions: list[Located], start: int, verb: int) -> Clause:
        """芬兰通信设备大厂诺基亚宣布已与…签署: a subject that names a company after a word of its kind is that
        company, not the country its description opens with (the mention stage finds 芬兰, not 诺基亚)."""
        clause = super()._clause(sentence, mentions, start, verb)
        withs = self.rules.with_words(sentence, start, verb)
        words = sentence[start:withs[-1].start() if withs else verb]
        if self.companies.refers_back(words, self.year):  # 高通宣布，公司已与…: the company named before, no 公司
            text, located, offset = self.before  # back to the passage before (X发布公告，…。公司与Y签订)
            places = [(sentence, mentions, start), (text, located, offset),
                      *((told, named, len(told)) for told, named in self.context[1:2])]
            found = next((parties for told, named, end in places for parties in (
                self._spoken_before(told, end, self.companies.announcing),
                self.companies.referent(told, named, end, self.gazetteer, clause.counterparts)) if parties), [])
            if found:  # none found: the clause is read as it was (a country the report infers is no company)
                return dataclasses.replace(clause, subjects=found, omitted=False)
        brand = self.brands.described_name(words)
        return dataclasses.replace(clause, subjects=[self.parties.new_party(brand, self.slug)], omitted=False) \
            if brand else clause

    def _carried(self, sentence: str, mentions: list[Located], start: int) -> list[str]:
        """OPPO发表声明称，与诺基亚签署; X表示，已与Y签订: the speaker of a clause of speech before a clause without a
        subject is its subject, read by name when the mention stage missed it (a brand)."""
        return super()._carried(sentence, mentions, start) or self._spoken_before(sentence, start, self.speaking)

    def _spoken_before(self, text: str, end: int, verbs: re.Pattern[str]) -> list[str]:
        """The speaker of the nearest clause of speech in ``text[:end]`` that names one (X表示，…; 高通宣布，公司已与…),
        read by name when the mention stage missed it (a brand)."""
        for clause in reversed(list(grammar_clauses(text[:end]))):
            spoken = verbs.search(text, clause.start(), clause.end())
            name = self.parties.name(text[clause.start():spoken.start()]) if spoken else None
            if name:
                return [self.parties.new_party(name, self.slug)]
        return []
