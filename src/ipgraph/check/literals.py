"""Typed literals: whether a value is valid for its datatype, and the span of days a date may mean."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from rdflib import XSD, Literal
from rdflib.term import Node

from ipgraph.check.naming import qname

DATE_TYPES = {XSD.date, XSD.gYearMonth, XSD.gYear}
CHECKED_TYPES = {XSD.date, XSD.gYearMonth, XSD.gYear, XSD.dateTime, XSD.integer, XSD.nonNegativeInteger,
                 XSD.positiveInteger, XSD.int, XSD.long, XSD.decimal, XSD.double, XSD.float, XSD.boolean}
_TZ = r"(?:Z|[+-](?:0\d|1[0-4]):[0-5]\d)?"
_LEXICAL = {
    XSD.date: re.compile(rf"-?(\d{{4,}})-(\d\d)-(\d\d){_TZ}"),
    XSD.gYearMonth: re.compile(rf"-?(\d{{4,}})-(\d\d){_TZ}"),
    XSD.gYear: re.compile(rf"-?(\d{{4,}}){_TZ}"),
}
_WRITTEN = {XSD.date: "YYYY-MM-DD", XSD.gYearMonth: "YYYY-MM", XSD.gYear: "YYYY"}
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def literal_problem(value: Literal) -> str | None:
    """Why a typed literal is not valid for its datatype, or None when it is."""
    datatype = value.datatype
    pattern = _LEXICAL.get(datatype)  # type: ignore[arg-type]
    if pattern is not None:
        return _date_problem(value, pattern)
    if getattr(value, "ill_typed", None) is True:
        return f'"{value}" is not a valid {qname(datatype)}'
    return None


def _date_problem(value: Literal, pattern: re.Pattern) -> str | None:
    datatype, text = value.datatype, str(value)
    match = pattern.fullmatch(text)
    if not match:
        return f'"{text}" is not a valid {qname(datatype)}: write it as {_WRITTEN[datatype]}'  # type: ignore[index]
    if datatype == XSD.gYear:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12:
        return f'"{text}" is not a valid {qname(datatype)}: there is no month {month:02d}'
    if datatype == XSD.date:
        day = int(match.group(3))
        last = monthrange(year, month)[1] if 1 <= year <= 9999 else 31
        if not 1 <= day <= last:
            return f'"{text}" is not a real calendar date: {_MONTHS[month - 1]} {year} has {last} days'
    return None


def date_interval(value: Node | None) -> tuple[date, date] | None:
    """The first and last day a date literal may mean (2024-05 → 1–31 May 2024), or None if it is no valid date."""
    if not isinstance(value, Literal) or value.datatype not in DATE_TYPES or literal_problem(value):
        return None
    match = _LEXICAL[value.datatype].fullmatch(str(value))
    assert match is not None  # literal_problem has matched it
    year = int(match.group(1))
    if not 1 <= year <= 9999:
        return None
    if value.datatype == XSD.gYear:
        return date(year, 1, 1), date(year, 12, 31)
    month = int(match.group(2))
    if value.datatype == XSD.gYearMonth:
        return date(year, month, 1), date(year, month, monthrange(year, month)[1])
    day = date(year, month, int(match.group(3)))
    return day, day
