"""Word lists from data files, and the regular expressions made of them.

Every extractor keeps its trigger words, cues and stop words in a TSV file
with one ``<list><TAB>word`` row per word (the first column is ``list``,
``kind`` or the like); here they are read once per process, and a list
becomes an alternation that tries longer words first, so that 新一轮 is
matched whole before 新, and 以及具体 before 具体.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ipgraph.errors import InputError
from ipgraph.knowledge.gazetteer import read_tsv
from ipgraph.knowledge.ontology import event_types
from ipgraph.zh.grammar import alternation, match_starts, searched


@lru_cache(maxsize=32)
def word_lists(path: Path, key: str = "list") -> dict[str, tuple[str, ...]]:
    """The words of a ``<key><TAB>word`` file by list, in the order listed."""
    lists: dict[str, tuple[str, ...]] = {}
    for row in read_tsv(path, (key, "word")):
        lists[row[key]] = (*lists.get(row[key], ()), row["word"])
    return lists


@lru_cache(maxsize=256)
def word_pattern(words: tuple[str, ...], anchored: bool = False) -> re.Pattern[str]:
    """``alternation`` compiled, once per list: rules ask for the same few patterns thousands of times."""
    if anchored:
        return re.compile(f"^(?:{alternation(words)})")
    return re.compile(searched(words))



def word_starts(words: tuple[str, ...]) -> re.Pattern[str]:
    """Where each of the words starts, as ``(?=(words))`` gives it: ``finditer`` yields every such position, words
    overlapping or not (知识产权局, 局), the longest word there in group 1 (``match_starts``)."""
    return re.compile(match_starts(f"({searched(words)})", "".join(w[0] for w in words)))


class Words(tuple[str, ...]):
    """A tuple of words that also answers ``text.startswith(words, at)`` and ``text.endswith(words, 0, at)`` by
    trying only the words that begin (or end) with the character there: with hundreds of words (the name stops),
    trying each at every character of a name was most of reading names."""

    _first: dict[str, tuple[str, ...]]
    _last: dict[str, tuple[str, ...]]

    def __new__(cls, words: tuple[str, ...]) -> Words:
        made = super().__new__(cls, words)
        made._first = _by_character(made, 0)
        made._last = _by_character(made, -1)
        return made

    def starting(self, text: str, at: int) -> bool:
        """``text.startswith(self, at)``."""
        if at < 0 or "" in self._first:
            return text.startswith(self, at)
        return text.startswith(self._first.get(text[at : at + 1], ()), at)

    def ending(self, text: str, at: int) -> bool:
        """``text.endswith(self, 0, at)``."""
        at = min(at, len(text))
        if at <= 0 or "" in self._last:
            return text.endswith(self, 0, at)
        return text.endswith(self._last.get(text[at - 1 : at], ()), 0, at)


def _by_character(words: tuple[str, ...], index: int) -> dict[str, tuple[str, ...]]:
    """The words by their character at ``index`` ("" for an empty word)."""
    found: dict[str, tuple[str, ...]] = {}
    for word in words:
        key = word[index] if word else ""
        found[key] = (*found.get(key, ()), word)
    return found


def checked(path: Path, rows: list[dict[str, str]], column: str, allowed: tuple[str, ...]) -> list[dict[str, str]]:
    """The rows, once every value of ``column`` is one of ``allowed`` (else an error at the first that is not)."""
    for row in rows:
        if row[column] not in allowed:
            raise InputError(path, f"{column} {row[column]!r} is not one of {', '.join(allowed)}", int(row["_line"]))
    return rows


@lru_cache(maxsize=4)
def event_nouns(data_dir: Path) -> tuple[dict[str, str], ...]:
    """The event nouns of knowledge/events/types.tsv, each with its ontology class and licence: the event reader
    names events by them, and the people reader knows no name holds one."""
    path = data_dir / "events" / "types.tsv"
    rows = checked(path, read_tsv(path, ("word", "type", "licence")), "type", event_types())
    return tuple(checked(path, rows, "licence", ("any", "counted", "named")))
