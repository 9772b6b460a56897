"""The words and patterns a party the mention stage left is read with (PartyReader, in parties.py): collectives
(双方), country abbreviations (中欧), head nouns and titles, the words around a name (knowledge/commitments/
party_names.tsv); read once per process."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ipgraph.extract.collectives import CollectiveWords, collective_words
from ipgraph.extract.mentions.generic import GenericPhrases
from ipgraph.knowledge.gazetteer import load as load_gazetteer, read_tsv
from ipgraph.knowledge.wordlists import word_lists
from ipgraph.zh.grammar import CLAUSE_BREAKS, SENTENCE_ENDS, alternation

_NAME_CHARS = r"[\u4e00-\u9fffA-Za-z0-9()（）·]"
TITLE_AND_NAME = 12
"""How far a title may stand after the body it follows (A局局长X): the reach of a titled name."""


@dataclass(frozen=True)
class PartyWords:
    """Words that read a party the mention stage left: collectives (双方), abbreviations (中欧), words around a name."""

    collectives: CollectiveWords
    abbreviations: dict[str, str]
    heads: tuple[str, ...]
    titles: tuple[str, ...]
    lists: dict[str, tuple[str, ...]]
    abbreviation: str
    """One abbreviation, as a pattern: never the first character of a word of its own (新的, 法律: own_word of
    party_names.tsv), so a compound ends before it (中欧新的…协议 is China's and the EU's, not Singapore's)."""

    first_abbreviation: str
    """``abbreviation`` where a run starts: its character first (re looks for the class in C, where a run opening with
    the lookahead is tried at every position), the lookahead then read from that character, looking behind."""

    @property
    def abbreviation_run(self) -> re.Pattern[str]:
        return re.compile(f"{self.first_abbreviation}{self.abbreviation}+" if self.abbreviations else "(?!)")

    def compound(self, text: str) -> list[str]:
        """日韩, 中法, 中日韩: the parties a compound of country abbreviations names."""
        return list(dict.fromkeys(self.abbreviations[c] for c in text))


@lru_cache(maxsize=4)
def party_words(data_dir: Path) -> PartyWords:
    folder = data_dir / "commitments"
    abbreviations = {r["abbreviation"]: r["node"]
                     for r in read_tsv(folder / "country_abbreviations.tsv", ("abbreviation", "node"))}
    lists = dict(word_lists(folder / "party_names.tsv"))  # a copy: word_lists' dict is shared through its cache
    lists["not_name"] = (*lists.get("not_name", ()), *GenericPhrases(str(data_dir)).opens)  # 全球最大…: no body
    gazetteer = load_gazetteer(data_dir)
    heads = tuple(dict.fromkeys((*(h.head for h in gazetteer.org_heads), *lists.get("head", ()))))
    own, chars = alternation(lists.get("own_word", ())), "".join(map(re.escape, abbreviations))
    return PartyWords(collective_words(data_dir), abbreviations, heads, gazetteer.titles, lists,
                      f"(?:(?!{own})[{chars}])" if abbreviations else "(?!)", f"[{chars}](?<!(?={own})(?s:.))")


@lru_cache(maxsize=4)
def party_patterns(data_dir: Path) -> tuple[re.Pattern[str], ...]:
    """The patterns a PartyReader reads with, made once per process: each report's extractors make their own
    reader, and joining the word lists into alternations was 1% of a build."""
    words = party_words(data_dir)
    heads, titles = alternation(words.heads), alternation(words.titles)
    bodies = tuple(h for h in words.heads if h not in words.lists.get("head", ()))
    return (words.collectives.pattern,
            re.compile(f"{_NAME_CHARS}{{1,28}}?(?:{heads})"),
            re.compile(f"({_NAME_CHARS}{{1,28}}?(?:{heads}))"
                       f"(?=[^{CLAUSE_BREAKS}{SENTENCE_ENDS}]{{0,{TITLE_AND_NAME}}}?(?:{titles}))"),
            re.compile(f"^(?:{alternation(words.lists.get('opening', ()))})+"),
            re.compile(f"(?:{alternation(words.lists.get('closing', ()))}|了)+$"),
            re.compile(f"(?:{alternation(words.lists.get('deixis', ()))})?"
                       f"({alternation(bodies + words.lists.get('referent', ()))})"),
            re.compile(f"({words.abbreviation})方"))
