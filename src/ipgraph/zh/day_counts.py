"""Whether a day in Chinese digits with no month (十七日) is a day of the month or a count of days: the date reader
(dates.py) asks before it reads one as a date."""

import re

from ipgraph.zh.time_words import PART_OF_DAY

_DAY_TOLD = re.compile("[于於]$")
"""What makes a day in Chinese digits with no month a day of the month, not a count: the preposition of time before
it (於十七日由…簽署)."""
_COUNTING = re.compile("(?:连续|連續|一连|一連|为期|為期|历时|歷時|长达|長達)$")
"""Words that count the days after them (连续三日晚上): a part of the day after the count leaves it a count."""
_PART_OF_DAY = re.compile(f"{PART_OF_DAY}|[晚早]")
"""The parts of a day that may follow a day in Chinese digits (二十日上午, 十七日晚): no count of days takes them."""
_WITHIN = re.compile("[内內后後]|之[内內]|以[内內]")
"""A count of days after the preposition (于三日内完成, 於三日後): a span, not a day."""


def count_of_days(text: str, match: re.Match[str]) -> bool:
    """A day in Chinese digits with no month before it (本月 and 上月 are months) is a count of days (为期三日,
    连续三日), no date, unless the preposition of time stands right before it or a part of the day right after it
    (於十七日, 二十日上午)."""
    day = match.group("d")
    if not day or day.isascii() or match.group("m") or match.group("relm"):
        return False
    after = text[match.end():match.end() + 2]
    if _PART_OF_DAY.match(after) and _COUNTING.search(text, max(0, match.start() - 2), match.start()) is None:
        return False
    return _DAY_TOLD.search(text, max(0, match.start() - 2), match.start()) is None or _WITHIN.match(after) is not None
