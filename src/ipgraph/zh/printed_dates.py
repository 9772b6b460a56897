"""Dates in the forms a page prints without 年 and 月 between the parts: a date line's or a table's separators
(2024-09-16, 2024.9.16), and digits a web template ran together (2024111920日, 2012124日至5日). ``zh.dates`` reads
them with its spoken forms, once for every text it reads for dates."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from ipgraph.zh.time_words import YEAR

Printed = tuple[str, str, int, int]
"""A printed date's first and last day (ISO) and where it stands (begin, finish)."""

_SEPARATED = re.compile(rf"(?<![\d.])({YEAR})([-/.])(0?[1-9]|1[0-2])\2(3[01]|[12]\d|0?[1-9])(?![\d.])")
"""A date written with one separator between its parts (2024-09-16, 2024.9.16, 2024/9/16), as a page's date line
or a table prints one; the same separator twice, so a period (2019-2023) or a number with a decimal is none."""
_DAY = r"(?:0[1-9]|[12]\d|3[01])"
_COMPACT = re.compile(rf"(?<!\d)({YEAR})(0[1-9]|1[0-2])({_DAY})({_DAY})?日")
"""Digits run together by a web template (2024111920日: 19 to 20 November 2024): year, month, day, and an end day."""
_GLUED = re.compile(rf"(?<!\d)({YEAR})(\d)(\d)(\d)日\s*(?:[至到~～—–-]\s*(3[01]|[12]\d|[1-9])\s*日)?")
"""Three digits run together after a year, a one-digit month or day among them (2012124日至5日): 1月24日 or
12月4日, which the digits alone do not tell; the end day of a range told after it does, being later than the first
(至5日: the 4th). Without such an end the date is left unread, never guessed."""


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def separated(text: str) -> Iterator[Printed]:
    """Every date of ``text`` printed with separators."""
    if "-" not in text and "/" not in text and "." not in text:  # _SEPARATED's separators
        return
    for match in _SEPARATED.finditer(text):
        day = _iso(int(match.group(1)), int(match.group(3)), int(match.group(4)))
        if day:
            yield day, day, match.start(), match.end()


def compact(text: str) -> Iterator[Printed]:
    """Every date of ``text`` whose digits a template ran together, two for the month and each day (_COMPACT), or
    three for the month and the day with the range's end after them (_GLUED)."""
    if "日" not in text:  # both end with it
        return
    for match in _COMPACT.finditer(text):
        y, m, d = (int(match.group(i)) for i in (1, 2, 3))
        start, end = _iso(y, m, d), _iso(y, m, int(match.group(4) or d))
        if start and end and end >= start:
            yield start, end, match.start(), match.end()
    for match in _GLUED.finditer(text):
        if match.group(5) is None:
            continue
        year, (a, b, c), last = int(match.group(1)), match.group(2, 3, 4), int(match.group(5))
        readings = {(start, _iso(year, month, last)) for month, day in ((int(a), int(b + c)), (int(a + b), int(c)))
                    if a != "0" and (start := _iso(year, month, day)) and day < last}
        if len(readings) == 1:
            start, end = readings.pop()
            if end:
                yield start, end, match.start(), match.end()
