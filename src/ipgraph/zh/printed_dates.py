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
_RUN = re.compile(rf"(?<!\d)({YEAR})(?:(0[1-9]|1[0-2])({_DAY})({_DAY})?|(?P<glued>\d{{3}}))日"
                  rf"(?(glued)\s*(?:[至到~～—–-]\s*(?P<last>3[01]|[12]\d|[1-9])\s*日)?)")
"""Digits run together by a web template: year, month, day and an end day, two digits each (2024111920日: 19 to
20 November 2024); or three digits after the year, a one-digit month or day among them (2012124日至5日), 1月24日
or 12月4日, which the digits alone do not tell; the end day of a range told after them does, being later than the
first (至5日: the 4th). Without such an end the date is left unread, never guessed. One pattern, one scan."""


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
    """Every date of ``text`` whose digits a template ran together (_RUN)."""
    if "日" not in text:  # _RUN ends with it
        return
    for match in _RUN.finditer(text):
        year = int(match.group(1))
        if match.group("glued") is None:
            m, d = int(match.group(2)), int(match.group(3))
            start, end = _iso(year, m, d), _iso(year, m, int(match.group(4) or d))
        elif match.group("last") is not None:
            start, end = _glued(year, match.group("glued"), int(match.group("last")))
        else:
            continue
        if start and end and end >= start:
            yield start, end, match.start(), match.end()


def _glued(year: int, digits: str, last: int) -> tuple[str | None, str | None]:
    """The one reading of three glued digits whose day is before the range's ``last`` day; none when both are."""
    a, b, c = digits[0], digits[1], digits[2]
    readings = {(start, _iso(year, month, last)) for month, day in ((int(a), int(b + c)), (int(a + b), int(c)))
                if a != "0" and (start := _iso(year, month, day)) and day < last}
    return readings.pop() if len(readings) == 1 else (None, None)
