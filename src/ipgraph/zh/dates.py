"""Chinese date expressions → (start, end) at the precision the text gives.

Handles every form in the reports: ``2024 年 3 月 26 日和 27 日``,
``5 月 1 日、2 日、8 日、15 日和 16 日``, ``10 月 31 日至 11 月 1 日``,
``9月12至13日``, ``2023年1月31日至2月1日``, a month or a year alone; a year or
month the text leaves out is carried from the one before (or from context).
Invalid calendar dates are dropped, never guessed. The scanner is one linear
regex pass, so no input can make it backtrack; it only tries positions that hold a digit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ipgraph.zh.grammar import COORDINATORS, RANGE, alternation

_JOINS = f"(?:{alternation(RANGE + COORDINATORS)})"
"""What joins two dates: a range (至, 到, –) or a list (、, 和)."""
YEAR = r"(?:19|20)\d{2}"
"""A year as reports print one: 1900–2099."""
LEADING_DATE = re.compile(rf"\s*(?:{YEAR}\s*年(?:\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日)?)?)?\s*")
"""A date that opens a phrase and starts with its year (2024年3月签署的…), with the spaces around it."""
_ATOM = re.compile(
    r"(?=\d)"
    rf"(?:(?P<y>{YEAR})\s*年\s*)?"
    r"(?:(?P<m>1[0-2]|0?[1-9])\s*月\s*)?"
    rf"(?:(?P<d>3[01]|[12]\d|0?[1-9])\s*(?:日|号|(?=\s*{_JOINS}\s*\d{{1,2}}\s*日)))?"
)
_JOIN = re.compile(rf"\s*{_JOINS}\s*")


@dataclass(frozen=True)
class DateSpan:
    """A date or date range found in text, with ISO values at their precision and where it stands."""

    start: str
    end: str
    begin: int
    finish: int


def _iso(year: int | None, month: int | None, day: int | None) -> str | None:
    if year is None:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _atoms(text: str) -> list[tuple[int, int, int | None, int | None, int | None]]:
    found = []
    for match in _ATOM.finditer(text):
        if match.end() == match.start() or not (match.group("y") or match.group("m")) and not match.group("d"):
            continue
        y, m, d = (int(match.group(k)) if match.group(k) else None for k in "ymd")
        if y is None and m is None and not _joined_to_previous(text, found, match.start()):
            continue
        found.append((match.start(), match.end(), y, m, d))
    return found


def _joined_to_previous(text: str, found: list, start: int) -> bool:
    return bool(found) and _JOIN.fullmatch(text[found[-1][1]:start]) is not None


def find_dates(text: str, year: int | None = None) -> list[DateSpan]:
    """Every date expression in ``text``; ``year`` is the year to assume when the text gives none."""
    spans: list[DateSpan] = []
    group: list[tuple[int, int, int | None, int | None, int | None]] = []
    for atom in _atoms(text):
        if group and not _JOIN.fullmatch(text[group[-1][1]:atom[0]]):
            year = _close(group, spans, year)
            group = []
        group.append(atom)
    if group:
        _close(group, spans, year)
    return spans


def _close(group: list, spans: list[DateSpan], year: int | None) -> int | None:
    """Resolve one run of joined atoms into a span, carrying year and month forward."""
    values = []
    current_year, current_month = year, None
    for _, _, y, m, d in group:
        current_year = y if y is not None else current_year
        if m is not None:
            current_month = m
        elif y is not None:
            current_month = None
        month = current_month if (m is not None or d is not None) else None
        values.append(_iso(current_year, month, d))
    if values and None not in values:
        spans.append(DateSpan(values[0], values[-1], group[0][0], group[-1][1]))
        if values[-1] < values[0]:
            spans[-1] = DateSpan(values[0], values[0], group[0][0], group[-1][1])
    return current_year
