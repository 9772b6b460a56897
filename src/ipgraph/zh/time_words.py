"""A time word that stands between a subject and its verb ends the subject (局长甲23日表示, 发言人乙昨日在…时说,
部长丙当天会见): Chinese puts the time of an act after its subject and before the verb. The people stage reads a
name's end by it (mentions/given_names.py), as it does by the adverbs that stand there (after_name.tsv)."""

from __future__ import annotations

import re

from ipgraph.zh.dates import RELATIVE_DAYS, SAME_DAY, TIME_WORD

_DAY = r"(?<!\d)(?:3[01]|[12]\d|0?[1-9]|[一二三四五六七八九十]{1,3})\s*[日号號]"
"""A day of the month alone (23日, 二十三日), as a news item tells the day of an act within its dateline's month;
TIME_WORD (zh.dates) reads a month and day, a relative day and a word of a recent time."""
_PART_OF_DAY = r"(?:上午|下午|中午|晚上|晚间|晚間|早上|凌晨|晚)?"
"""The part of the day that may follow the day (23日上午, 昨天下午)."""
SUBJECT_TIME = re.compile(rf"(?:{_DAY}|{TIME_WORD.pattern}){_PART_OF_DAY}")
"""A time word as it stands right after a subject."""
_FIRSTS = frozenset("0123456789一二三四五六七八九十于於近日前不" + "".join(w[0] for w in (*RELATIVE_DAYS, *SAME_DAY))
                    + "上本这這下")
"""The characters a time word opens with (上周五 too): most places a name may end at hold none, and the pattern is
not tried there."""


def time_word_end(text: str, at: int) -> int:
    """Where the time word that starts at ``at`` ends; ``at`` when none does."""
    if text[at : at + 1] not in _FIRSTS:
        return at
    found = SUBJECT_TIME.match(text, at)
    return found.end() if found else at
