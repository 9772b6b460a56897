"""The word lists of signing (knowledge/commitments: instruments.tsv, signing.tsv, treaty_bodies.tsv) read once
into ``AgreementRules``, with the patterns built from them: the knowledge every reader of agreements, pledges and
treaty actions shares, kept apart from the grammar of who signs (``ipgraph.extract.agreement_parties``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from ipgraph.errors import InputError
from ipgraph.extract.counterparts import with_pattern
from ipgraph.knowledge.gazetteer import read_tsv
from ipgraph.knowledge.ontology import agreement_types
from ipgraph.knowledge.wordlists import word_lists, word_pattern
from ipgraph.zh.grammar import NUMBER, alternation


@dataclass(frozen=True)
class AgreementRules:
    nouns: dict[str, str]
    words: dict[str, tuple[str, ...]]
    treaty_bodies: dict[str, str]

    def regex(self, name: str) -> re.Pattern[str]:
        return word_pattern(self.words.get(name, ()))

    @cached_property
    def signing(self) -> re.Pattern[str]:
        """The verbs of signing; one is not read where its end begins another (贸促会签署: 签署 signs there, not
        会签)."""
        words = self.words.get("sign", ())
        overlapping = {w: [v[k:] for v in words for k in range(1, len(v)) if v != w and w.endswith(v[:k])]
                       for w in sorted(words, key=len, reverse=True)}
        return re.compile("|".join(f"{re.escape(w)}(?!{alternation(tuple(tails))})" if tails else re.escape(w)
                                   for w, tails in overlapping.items()))

    @cached_property
    def contracting(self) -> re.Pattern[str]:
        """The verbs of signing that name no content of an instrument (签署, 签订; not 交换 of 数据交换备忘录 nor
        发布 of 信息发布协议): one inside what would be an instrument's name begins another signing."""
        content = {*self.words.get("issue", ()), *self.words.get("exchange", ())}
        return word_pattern(tuple(w for w in self.words.get("sign", ()) if w not in content))

    @cached_property
    def _with(self) -> re.Pattern[str]:
        return with_pattern(self.words)

    def with_words(self, text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
        """Each 与/同 of ``text[start:end]`` that joins a counterpart: not the 同 of a longer word (共同签署, 同时,
        同意), which would make the predicate after it a party; and 和 after a time word."""
        inside = [(w.start(), w.end()) for w in self.regex("not_with").finditer(text)]
        return [found for found in self._with.finditer(text, start, len(text) if end is None else end)
                if not any(a <= found.start() < b for a, b in inside)]

    @cached_property
    def summing(self) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
        """What counts the signings of a summary (agreement_summaries.py): a count after the instrument (协议84份),
        a loose count of the counterparts after 等 or 与 (等多个国家, 与30多个国家: not 在众多嘉宾见证下), any count
        of two or more right after 与, where no counterpart is named (与12个国家签署…文件), and a repeated signing
        (连续数年)."""
        words = self.words
        measure, counter = alternation(words.get("measure", ())), alternation(words.get("counter", ()))
        return (re.compile(f"\\s*(?![一1](?:{measure}))({NUMBER})[多余]?(?:{measure})"),
                re.compile(f"等\\s*(?:{NUMBER}[多余]\\s*(?:{counter})|{alternation(words.get('loose', ()))})"
                           f"|(?:{alternation(words.get('with', ()))})\\s*(?:(?![一1](?:{counter})){NUMBER}[多余]?\\s*"
                           f"(?:{counter})|{alternation(words.get('loose', ()))})"),
                word_pattern(words.get("series", ())))

    @property
    def noun_regex(self) -> re.Pattern[str]:
        return word_pattern(tuple(sorted(self.nouns, key=len, reverse=True)))


@lru_cache(maxsize=4)
def load_rules(data_dir: Path) -> AgreementRules:
    folder = data_dir / "commitments"
    path = folder / "instruments.tsv"
    nouns = {}
    classes = agreement_types()
    for row in read_tsv(path, ("noun", "class")):
        if row["class"] not in classes:
            raise InputError(path, f"class must be one of {', '.join(classes)}, not {row['class']!r}",
                             int(row["_line"]))
        nouns[row["noun"]] = row["class"]
    bodies = {r["treaty"]: r["org"] for r in read_tsv(folder / "treaty_bodies.tsv", ("treaty", "org"))}
    return AgreementRules(nouns, word_lists(folder / "signing.tsv"), bodies)
