"""What opens the counterparts of a signing (A与B签署, A同B签署). 和 joins a list (A和B签署: both sign, no one with
the other), except where a time word stands before it (A今天和B签署, A近日和B签署, A于3月5日和B签署): a list's
joint never follows a word of when, so 和 is the preposition there, as 与 is after one (A日前与B签署). The words
are knowledge (knowledge/commitments/signing.tsv, lists ``with`` and ``timed_with``); the time words are the date
grammar's (``zh.time_words.TIME_WORD``). A match of the timed form starts at the time word: the subject ends before it.
"""

from __future__ import annotations

import re

from ipgraph.zh.grammar import NUMERALS, alternation
from ipgraph.zh.time_words import TIME_WORD


def with_pattern(words: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    """与/同, or 和 with the time word in front of it; not 3月5日和6日, where 和 joins two days."""
    timed = f"(?:{TIME_WORD.pattern})\\s*(?:{alternation(words.get('timed_with', ()))})(?!\\s*[\\d{NUMERALS}])"
    return re.compile(f"{timed}|{alternation(words.get('with', ()))}")


def summing_collective(collective: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """A collective between a 与 at ``start`` and the verb at ``end`` that sums the sides up (由甲与乙两校校长代表签署,
    甲与乙双方签署): the 与 joins signatories. Not one that closes a list of counterparts with its count
    (与烟台、潍坊、威海等三市中院签署: the count is the list's)."""
    found = collective.search(text, start, end)
    return found is not None and not any(mark in text[start:found.start()] for mark in ("等", "、", "，"))
