"""The year a report is written in, told by the count of a named day it is written for.

A report that prints no date of its own (no metadata date, no date line) still
says which year it speaks in when it counts a named day: 在第23个世界知识产权日
到来之际, 迎接第十七個世界知識產權日, 第22个“4·26”世界知识产权日 — one writes
so only in the days around that day, so the count (from the year the day was
first held, ``knowledge/events/days.tsv``) is the year its month-days (4月22日)
belong to. Without it, 4月22日 is no date at all and the named day's own date
(04-26) is the only dated thing the sentence holds, which the event or agreement
then takes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from ipgraph.extract.events.loading import load_rules
from ipgraph.zh.grammar import NUMBER, alternation, chinese_number

_QUOTED_DATE = r"[“「‘]?\s*\d{1,2}\s*[·•.]\s*\d{1,2}\s*[”」’]?"
"""The day's month and day printed before its name, quoted or not (“4·26”世界知识产权日)."""


@lru_cache(maxsize=4)
def _counted(knowledge: Path) -> tuple[re.Pattern[str], dict[str, int]]:
    """The pattern of a counted named day (第N个 + the day, quotes allowed between) and each day's first year."""
    days = {word: first for word, _, _, first in load_rules(knowledge).days}
    pattern = re.compile(rf"第({NUMBER})\s*[个個]\s*(?:{_QUOTED_DATE}\s*)?[“「]?\s*({alternation(tuple(days))})")
    return pattern, days


def counted_year(texts: Iterable[str], knowledge: Path) -> str | None:
    """The year (``YYYY``) the first counted named day of ``texts`` falls in (第23个世界知识产权日: 2023), or None
    when the texts count none."""
    pattern, days = _counted(knowledge)
    if not days:
        return None
    for text in texts:
        if "第" not in text or not any(word in text for word in days):
            continue
        found = pattern.search(text)
        if found:
            number = found.group(1)
            count = int(number) if number.isdigit() else chinese_number(number)
            return f"{days[found.group(2)] - 1 + count:04d}" if 0 < count < 100 else None
    return None
