"""Days a text names against another day rather than prints: 今天, 昨日 and 上周五 against the report's own day,
同日, 次日 and 前一天 against the date told last, and a date printed in brackets after such a word (今日（6月15日）),
which stands for the word. ``dates.find_dates`` adds them to the dates it scans."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from ipgraph.zh.date_span import DateSpan
from ipgraph.zh.grammar import alternation
from ipgraph.zh.time_words import (
    NEXT_DAY,
    PART_OF_DAY,
    PREVIOUS_DAY,
    RELATIVE_DAY,
    RELATIVE_DAY_MARK,
    RELATIVE_DAYS,
    RELATIVE_LASTING,
    RELATIVE_WEEKS,
    RIGHT_AFTER,
    SAME_DAY,
    VAGUE_TIME,
    WEEK,
    WEEKDAYS,
)

_BRACKETS_OPENED = re.compile(rf"(?:{alternation(tuple(RELATIVE_DAYS))}|(?:{'|'.join(WEEK)})[{WEEKDAYS}]"
                              rf"|{VAGUE_TIME.pattern})\s*[（(]\s*$")
"""A day named relative to the report's, a weekday, or a recent time, whose date the text prints in brackets after
it (今日（6月15日）, 明日(17日), 周二（6月15日）, 日前（9月16日）), as a government release dates its day: the bracketed
date is the day, whatever the report's own date says or the vague word leaves untold."""


def said_in_brackets(text: str, span: DateSpan) -> DateSpan:
    """The date in the brackets after 今日 or 周二 (今日（6月15日）) stands for the word too: the word is read no more
    against the report's date (a release posted days later), and the date is no note on the word before it."""
    if text[span.finish:span.finish + 1] not in (")", "）") or text[span.begin - 1:span.begin] not in ("(", "（"):
        return span
    word = _BRACKETS_OPENED.search(text, max(0, span.begin - 6), span.begin)
    return DateSpan(span.start, span.end, word.start(), span.finish + 1) if word else span


def relative_days(text: str, own: date | None, told: list[DateSpan]) -> list[DateSpan]:
    """The days 今天, 昨日, 上周五 name against the report's own day; none for a word whose date a span of ``told``
    already prints (今日（6月15日）)."""
    if own is None or RELATIVE_DAY_MARK.search(text) is None:
        return []
    found = []
    for match in RELATIVE_DAY.finditer(text):
        if any(span.begin <= match.start() < span.finish for span in told):
            continue
        day = _weekday(own, match) if match.group("week") else \
            (own + timedelta(days=RELATIVE_DAYS[match.group(0)])).isoformat()
        last = date.fromisoformat(day) + timedelta(days=RELATIVE_LASTING.get(match.group(0), 0))
        found.append(DateSpan(day, last.isoformat(), match.start(), match.end()))
    return found


REFERRING = re.compile("|".join((*SAME_DAY, *NEXT_DAY, *(f"{w[0]}(?<!提{w[0]}){w[1:]}" for w in PREVIOUS_DAY))))
"""同日, 次日, 前一天; not 提前一天 (a day in advance: no date told). The lookbehind follows a word's first character:
one that opens a branch would cost re its quick scan for the branches' first characters (five times slower)."""
_PART_OF_DAY = re.compile(rf"\s*(?:{PART_OF_DAY}|{alternation(RIGHT_AFTER)})(?=\s*[，,])")
"""A sentence that opens with a part of the day alone (…4月26日是…。上午，A开展…), or with a word of what came right
after (随后，…), goes on with that day too (a pattern of its own: in REFERRING's alternation it would cost re
the quick scan for the words' first characters)."""


def referred_day(text: str, last: DateSpan | None) -> DateSpan | None:
    """The date a sentence that prints none takes from the date told last: 同日, 当天 that date, 次日 the day after
    it, 前一天 the day before its first (when it was a day: the day after a month is not told)."""
    found = _referring(text) if last is not None else None
    if found is None or last is None:
        return None
    word, begin, finish = found
    before = word in PREVIOUS_DAY
    if word not in NEXT_DAY and not before:
        return DateSpan(last.start, last.end, begin, finish)
    if len(last.end) != 10:
        return None
    day = (date.fromisoformat(last.start) - timedelta(days=1) if before
           else date.fromisoformat(last.end) + timedelta(days=1)).isoformat()
    return DateSpan(day, day, begin, finish)


@lru_cache(maxsize=4096)  # the event rules date each sentence and passage several times, each rule from its start
def _referring(text: str) -> tuple[str, int, int] | None:
    """The word of ``referred_day`` that refers to the date told last, and where it stands."""
    found = _PART_OF_DAY.match(text) or REFERRING.search(text)
    return (found.group(0), found.start(), found.end()) if found else None


def _weekday(own: date, match: re.Match[str]) -> str:
    """上周五, 本周二: the day of that week, weeks starting on Monday as 周 counts them."""
    monday = own - timedelta(days=own.weekday())
    return (monday + timedelta(weeks=RELATIVE_WEEKS[match.group("week")],
                               days=min(WEEKDAYS.index(match.group("weekday")), 6))).isoformat()


def range_to_come(text: str, span: DateSpan) -> bool:
    """A span of days the clause after it tells as to come (甲5日表示，5月12日至16日，乙将举办…): the days of what is
    announced, never the day 同日 or 当天 refers to — that is a day the item told of as past, the announcement's."""
    return span.start != span.end and _ANNOUNCED.match(text, span.finish) is not None


_ANNOUNCED = re.compile(r"[^。；;！!？?]{0,30}?[将將拟擬](?!近)")
"""From the end of a date to a word that tells its clause as to come (将, 拟), within its sentence."""
