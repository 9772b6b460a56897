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
from ipgraph.zh.grammar import alternation


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
    body = alternation(words)
    return re.compile(f"^(?:{body})" if anchored else body)


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
    return tuple(checked(path, rows, "licence", ("any", "counted")))
