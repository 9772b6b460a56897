"""Dates listed in one coordination (今年3月、4月; 9月12、14日): each date on its own, for a rule that makes one event
per date listed (events/rules._occasions, events/itineraries.py)."""

from __future__ import annotations

import re

from ipgraph.zh.dates import DATE_JOIN, DATE_RANGES, DateSpan, find_dates

_LISTED_MONTH = re.compile(r".*?\d{1,2}\s*月")
_DAY_ALONE = re.compile(r"\d{1,2}\s*[日号]")
"""A list of days of one month: its month printed once, before the first (9月12日和14日; 9月12、14日)."""


def listed_dates(text: str, span: DateSpan, anchor: str | None = None) -> list[DateSpan]:
    """The dates one coordinated date lists (今年3月、4月 → 2016-03, 2016-04), each on its own, days of one month
    listed after it (9月12日和14日, 9月12、14日) in that month; [] when it lists none (a range: 3月至4月)."""
    inner = text[span.begin:span.finish]
    parts = re.split(DATE_JOIN.pattern, inner)
    if len(parts) < 2 or any(word in inner for word in DATE_RANGES):
        return []
    month = _LISTED_MONTH.match(parts[0])
    if month is not None and _DAY_ALONE.fullmatch(parts[-1]):
        first = parts[0] if parts[0].endswith(("日", "号")) else parts[0] + "日"
        parts = [first] + [month.group(0) + part if _DAY_ALONE.fullmatch(part) else part for part in parts[1:]]
    found = [find_dates(part, int(span.start[:4]), anchor) for part in parts]
    return [dates[0] for dates in found] if all(len(dates) == 1 for dates in found) else []
