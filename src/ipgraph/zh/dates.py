"""Chinese date expressions → (start, end) at the precision the text gives.

Handles every form in the reports: ``2024 年 3 月 26 日和 27 日``,
``5 月 1 日、2 日、8 日、15 日和 16 日``, ``10 月 31 日至 11 月 1 日``,
``9月12至13日``, ``2023年1月31日至2月1日``, a month or a year alone, digits a template ran together
(``2024111920日``), Chinese digits (``二〇一七年一月二十三日``), years of the ROC calendar (``民國93年``,
``113年5月10日``: roc_years.py); a year or month the text leaves out is carried from the one before (or from context).
Invalid calendar dates are dropped, never guessed. The scanner is one linear
regex pass, so no input can make it backtrack; it only tries positions that hold a digit
or a relative year.

A report's own date (its metadata date, dateline or publication line), when the
caller gives it as ``anchor``, dates what the text says relative to it: 今年, 去年
and 明年 are its year and the ones around it; a month-day takes its year (the year
before when that would put the day more than half a year after the report: a
January item telling of 12月20日); a day alone (6日晚) takes its year and month. On a page without a date of
its own, a day alone takes the month the text told last (4月20日至26日…。24日上午…), when the caller gives it.
近日, 日前 and their kind give no date: how recent is not said.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache

from ipgraph.zh.date_span import DateSpan
from ipgraph.zh.day_counts import count_of_days
from ipgraph.zh.grammar import (
    COORDINATORS,
    GOING,
    LOCATIVES,
    RANGE,
    alternation,
    chinese_number,
    clause_bounds,
    in_title,
)
from ipgraph.zh.printed_dates import compact, separated
from ipgraph.zh.relative_days import REFERRING, referred_day, relative_days, said_in_brackets
from ipgraph.zh.roc_years import ROC, ROC_YEAR, roc_year
from ipgraph.zh.time_words import (
    PART_OF_DAY,
    TIME_WORD,
    VAGUE_TIME,
    YEAR,
)

DASHES = ("—", "－", "～", "〜")
"""Dashes and tildes a range of dates is printed with beside RANGE's (9月16—18日, 11月5日～7日): between two dates
they join a range, while between two names a dash pairs them (中国—东盟), so they are the dates' own."""
DATE_RANGES = RANGE + DASHES
_JOINS = f"(?:{alternation(DATE_RANGES + COORDINATORS)})"
"""What joins two dates: a range (至, 到, –) or a list (、, 和)."""
LEADING_DATE = re.compile(rf"\s*(?:{YEAR}\s*年(?:\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日)?)?)?\s*")
"""A date that opens a phrase and starts with its year (2024年3月签署的…), with the spaces around it."""
RELATIVE_YEARS = {"今年": 0, "本年": 0, "当年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}
"""Years named relative to the report's own date."""
RELATIVE_MONTHS = {"上个月": -1, "上個月": -1, "上月": -1, "本月": 0, "下个月": 1, "下個月": 1, "下月": 1}
"""Months named relative to the report's own date (上月16日: the 16th of the month before the report's)."""
_HAN_DIGITS = "〇零○一二三四五六七八九"
_HAN_VALUE = {"〇": 0, "零": 0, "○": 0} | {c: i for i, c in enumerate("一二三四五六七八九", start=1)}
_HAN_YEAR = rf"(?:一[八九]|二[〇零○])[{_HAN_DIGITS}]{{2}}"
"""A year written in Chinese digits, as official documents and white papers date themselves (二〇一七年)."""
_OLD_YEAR = r"18\d{2}"
"""A year of the nineteenth century, a date only with its 年 (the Paris Convention 1883年在巴黎缔结, the Berne
Convention 1886年通过 or 一八八六年, the Madrid Agreement 1891年签订): the treaties that founded the field were made
then, while a bare 18xx is as often a count (1850家), which is why YEAR, read without 年 in many patterns, stays 19xx
and 20xx."""
_HAN_MONTH = "(?:十[一二]?|[一二三四五六七八九])"
_HAN_DAY = "(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
DATELINE_DAY = rf"(?:\d{{1,2}}|{_HAN_MONTH})月(?:\d{{1,2}}|{_HAN_DAY})日"
"""A month and a day as a dateline prints them, in digits or in Chinese ones (7月6日电; 六月十九日電)."""
_BARE_RANGE = rf"\s*{alternation(DATE_RANGES)}\s*{YEAR}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}(?![\d年月])"
"""A range of two full dates printed without 日, as a heading of a session gives it (2012年10月1-2012年10月9): the
first day's number before the range, the last at the line's end, are days, as a number after 月 elsewhere need not be
(2012年10月1项…)."""
_ATOM = re.compile(
    rf"(?=\d|[{_HAN_DIGITS}十]|{'|'.join(RELATIVE_YEARS)}|{alternation(tuple(RELATIVE_MONTHS))}|{'|'.join(ROC)})"
    rf"(?:(?:(?P<y>{YEAR}|{_OLD_YEAR}|{_HAN_YEAR})\s*年|(?P<roc>{ROC_YEAR})\s*年"
    rf"|(?P<rel>{'|'.join(RELATIVE_YEARS)}))\s*)?"
    rf"(?:(?P<m>1[0-2]|0?[1-9]|{_HAN_MONTH})\s*月\s*|(?P<relm>{alternation(tuple(RELATIVE_MONTHS))})\s*)?"
    rf"(?:(?P<d>3[01]|[12]\d|0?[1-9]|{_HAN_DAY})\s*(?:日|号|(?=\s*{_JOINS}\s*(?:\d{{1,2}}|{_HAN_DAY})\s*日)"
    rf"|(?(m)(?(y)(?={_BARE_RANGE}|[ \t]*(?:\n|$))|(?!))|(?!))))?"
    # Never empty: nine in ten places that start like a date (一, a digit) hold none, and each empty match cost the
    # loop in _atoms a turn; a match with none of the four parts fails here instead, leaving the others as they were.
    r"(?(y)|(?(roc)|(?(rel)|(?(m)|(?(relm)|(?(d)|(?!)))))))"
)
DATE_JOIN = re.compile(rf"\s*{_JOINS}\s*")
_ATOM_MARK = re.compile("[年月日号]")
"""What every date _ATOM reads holds (a year, month or day word, 今年 and 上月 too): two in three of the sentences the
event reader asks about hold none, and _ATOM tries every character of them."""
LASTING = re.compile(r"\s*(?:一连|一連|连续|連續)[\d一两兩二三四五六七八九十]+\s*(?:天|日|周|週|个月|個月)")
"""How long an action went on, told as an adverbial after its subject (香港海关一连三天举办…): no date, and the
subject before it still governs the verb after it."""
_LASTING_END = re.compile(LASTING.pattern + r"\s*$")


def lasting_before(text: str, at: int) -> int:
    """Where a LASTING adverbial that ends at ``at`` starts (``at`` itself when none does), so the verb after it is
    read with the subject before it."""
    found = _LASTING_END.search(text, max(0, at - 12), at)
    return found.start() if found else at


_LENGTH = ("为期", "為期", "历时", "歷時", "会期", "會期")
"""The words that give an event's length as a predicate (论坛为期三天); 连续 and 持续 are adverbs of another verb."""
_LASTING_DAYS = re.compile(rf"(?:一连|一連|连续|連續|{'|'.join(_LENGTH)}|持续|持續)"
                           r"(\d+|[一两兩二三四五六七八九十]+)\s*(?:天|日)")
CLOSING = ("闭幕", "閉幕", "落幕", "落下帷幕", "闭幕式", "閉幕式")
"""Words after a dated name that make the date the day it closed (…论坛9月16日在京闭幕), not the day it began."""
_CLOSING = re.compile(rf"[^，,；;。]{{0,24}}?(?:{alternation(CLOSING)})")


def lasting_end(text: str, start: str) -> str | None:
    """The last day of something that began on ``start`` (ISO day) and went on for the days ``text`` counts
    (一连三天, 为期三天: the day and the two after it); None when the text counts no days."""
    return _lasting(text, start, 1)


def _lasting(text: str, day: str, direction: int) -> str | None:
    found = _LASTING_DAYS.search(text)
    if found is None or len(day) != 10:
        return None
    days = int(found.group(1)) if found.group(1).isdigit() else chinese_number(found.group(1).replace("兩", "两"))
    return (date.fromisoformat(day) + timedelta(days=direction * (days - 1))).isoformat() if 1 < days < 32 else None


def closing_day(text: str, at: int, span: DateSpan | None, told: str, begin: int = -1) -> DateSpan | None:
    """The dates of something whose name ends at ``at``: a day the clause after it says it closed on (…9月16日在
    日内瓦闭幕) is its last, and the days ``told`` counts (为期三天, 历时7天: the sentence, or the one after it,
    本届论坛为期三天) give its first; a day the clause after it says it opened on (…于5月9日在南京开幕，为期3天)
    is its first, and the count its last (``_opening_day``); a day without a count stays as it is."""
    if span is None or span.start != span.end or len(span.start) != 10:
        return span
    if not _CLOSING.match(text, at):
        return _opening_day(text, at, span, told, begin)
    first = _lasting(told, span.start, -1)
    return DateSpan(first, span.end, span.begin, span.finish) if first else span


_OPENING = re.compile(r"[^，,；;。]{0,24}?(?:[开開][幕班营營]|拉[开開]帷幕|[举舉][行办辦]|召[开開])")
"""Words after a name dated by one day that make the day its first (…论坛5月9日在南京开幕)."""
_OWN_COUNT = re.compile(rf"(?:{'|'.join(_LENGTH)})[^，,；;。的]{{1,4}}$")
"""A count of days right before a name, ending in 的 (为期三天的第七届…论坛): the name's own length."""


def _opening_day(text: str, at: int, span: DateSpan, told: str, begin: int) -> DateSpan:
    """The last day of a name (starting at ``begin``, ending at ``at``) dated by one day, its first: by its own
    length before it (举办为期两天的…培训班), or, when the clause after it says it opened or was held that day, by
    a length ``told`` gives as a predicate (…开幕，为期3天; 本届论坛为期三天), not one that opens another name
    there (同期举办为期两天的培训班)."""
    before = text[max(0, begin - 12):begin].removesuffix("的") if begin > 0 and text[:begin].endswith("的") else ""
    own = _OWN_COUNT.search(before)
    if own is None and not _OPENING.match(text, at):
        return span
    predicates = (m.group(0) for m in _LASTING_DAYS.finditer(told)
                  if m.group(0).startswith(_LENGTH) and not told.startswith("的", m.end()))
    counted = own.group(0) if own else next(predicates, "")
    last = _lasting(counted, span.start, 1)
    return DateSpan(span.start, last, span.begin, span.finish) if last else span


NUMERIC_DATE = re.compile(rf"(?<!\d)({YEAR})\s*[-/.年]\s*(\d{{1,2}})\s*[-/.月]\s*(\d{{1,2}})(?!\d)\s*日?")
"""A full date in digits, with separators or 年/月 (2024-09-16, 2024.9.16, 2024年09月16日): what a publication line
prints."""
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
"""Full-width digits (９月１６日), as a typeset page prints them: the same dates, one character each."""
_FULL_WIDTH_DIGIT = re.compile("[０-９]")
_BRACKETED = re.compile(r"([今昨前明本])[（(](\d{1,3})[)）]([日年])")
"""今(6)日, 昨（5）日, 今(113)年: Taiwan's and Macao's papers print the day or year 今 and 昨 stand for in brackets
inside the word; read with the brackets as spaces (one character each), it is the day alone (6日) or the year it
prints, which the report's own date anchors as any other."""
"""Whether a text needs that table: translating a text with a table costs ~10 µs, ~3,600 texts a build."""
ADJUNCTS_END = re.compile(rf"(?:[自从從]?(?:{TIME_WORD.pattern})(?:{PART_OF_DAY})?[起始]?)?"
                          rf"\s*(?:(?:{alternation(LOCATIVES + GOING)})[^，,、；;。：:“”]{{1,10}})?$")
"""The adjuncts a Chinese clause puts between its subject and its verb, time (and part of the day) before place,
ending a text (国家版权局等四部门7月25日在京(启动), 省局在全省(开展), 4月24日上午在广场(开展)), a time it runs from
(自1月26日起) and a place gone to (到步行街(开展), 赴北辰区(调研), 前往社区(开展)): what is before them is the
subject."""


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


_Atom = tuple[int, int, int | None, int | None, int | None]
"""One date expression's start, end, year, month and day (each None when it does not say)."""


def _atoms(text: str, anchor: date | None, told: str | None = None, dated: bool = False) -> list[_Atom]:
    found: list[_Atom] = []
    if _ATOM_MARK.search(text) is None:
        return found
    for match in _ATOM.finditer(text):
        relative = match.group("rel") if anchor is not None else None
        month = match.group("relm") if anchor is not None else None
        if match.end() == match.start() or not (match.group("y") or match.group("roc") or match.group("m")
                                                 or relative or month) and not match.group("d"):
            continue
        if count_of_days(text, match) and not _joined_to_previous(text, found, match.start()):
            continue
        y, m, d = (_number(match.group(k)) if match.group(k) else None for k in "ymd")
        if match.group("roc"):
            y = roc_year(match.group("roc"))
        if relative:
            y = anchor.year + RELATIVE_YEARS[relative]  # type: ignore[union-attr]  # None when there is no anchor
        if month:
            y, m = _month_from(anchor, RELATIVE_MONTHS[month])  # type: ignore[arg-type]  # None without an anchor
        if y is None and m is None and not _joined_to_previous(text, found, match.start()):
            if not _day_of_anchor_month(text, match.start(), anchor, told):
                continue
            late = dated and not _to_come(text, match.start())  # 26日 told on the 2nd, not 将于26日
            y, m = (int(told[:4]), int(told[5:7])) if told and len(told) >= 7 else \
                _month_of_day(anchor, d, late)  # type: ignore[arg-type]  # _day_of_anchor_month needs one
        found.append((match.start(), match.end(), y, m, d))
    return found


LATE_DAYS = 15
"""How far past the report's own day a day alone (26日) may fall and still be of the report's month: a day to come
(将于28日举行, told on the 20th; a day its clause tells as to come is so however far). Further past it, the report
tells what was done in the month before (26日, told on the 2nd): half a month, as a month-day more than half a year
past the report's date is of the year before."""


def _month_of_day(anchor: date, day: int | None, dated: bool) -> tuple[int | None, int]:
    """The month a day alone is of, with its year when that is not the default's: the anchor's month, or the one
    before when the day falls more than LATE_DAYS past the anchor's day (``dated``: the anchor is a day, not a month's
    first standing for the month)."""
    if dated and day is not None and day - anchor.day > LATE_DAYS:
        return _month_from(anchor, -1)
    return None, anchor.month


_TO_COME = re.compile("[将將拟擬](?!近)|计划|計劃|预计|預計")
"""Words of a day to come before a day alone in its clause (将于28日, 拟于20日): the day is not of the month before."""


def _to_come(text: str, at: int) -> bool:
    """The clause a day alone at ``at`` stands in tells of it as to come (将于28日举行), before the day."""
    return _TO_COME.search(text, clause_bounds(text, at)[0], at) is not None


def _month_from(anchor: date, months: int) -> tuple[int, int]:
    """The year and month ``months`` after the anchor's (-1: the month before, across a new year)."""
    count = anchor.year * 12 + anchor.month - 1 + months
    return count // 12, count % 12 + 1


def _number(value: str) -> int:
    """A date part in Arabic or Chinese digits: 2017, 二〇一七 (digit by digit), 二十三 (counted)."""
    if value.isdigit() and value.isascii():
        return int(value)
    if len(value) == 4:
        return int("".join(str(_HAN_VALUE[c]) for c in value))
    return chinese_number(value)


def _day_of_anchor_month(text: str, at: int, anchor: date | None, told: str | None = None) -> bool:
    """A day alone (6日晚在日内瓦举行) is a day of the report's month when the report has a full date, or of the
    month told last when the text told one (an undated page: 4月20日至26日…。24日上午…); never a number's tail
    (第12日, 2012日)."""
    known = anchor is not None or told is not None and len(told) >= 7
    return known and not re.search(r"[\d第每数前后]$", text[:at])


def _month_anchor(value: str | None) -> date | None:
    """A report dated by its month alone (2017-10) still gives 今年, 上月 and a day alone (6日) their year and month:
    its month's first day stands for it (no 昨天 is read against it)."""
    try:
        return date.fromisoformat(f"{value}-01") if value and len(value) == 7 else None
    except ValueError:
        return None


def anchor_date(value: str | None) -> date | None:
    """The report's own date as a day, when it gives one: an ISO ``YYYY-MM-DD`` (a month or year alone is no day)."""
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def _joined_to_previous(text: str, found: list[_Atom], start: int) -> bool:
    return bool(found) and DATE_JOIN.fullmatch(text[found[-1][1]:start]) is not None


def find_dates(text: str, year: int | None = None, anchor: str | None = None,
               told: str | None = None) -> list[DateSpan]:
    """Every date expression in ``text``; ``year`` is the year to assume when the text gives none, ``anchor`` the
    report's own date (ISO) that relative and partial dates are read against, ``told`` the date the text told
    last (ISO): a day alone (30日) is of its month, as a reader takes it (9月28日…。30日…), else of the anchor's."""
    return list(_dates(text, year, anchor, told))


@lru_cache(maxsize=4096)  # the event reader asks again for the same sentence as it weighs each name in it
def _dates(text: str, year: int | None, anchor: str | None, told: str | None) -> tuple[DateSpan, ...]:
    text = text.translate(_FULL_WIDTH_DIGITS) if _FULL_WIDTH_DIGIT.search(text) else text
    text = _BRACKETED.sub(r"\1 \2 \3", text) if "(" in text or "（" in text else text
    spans: list[DateSpan] = []
    group: list[_Atom] = []
    day = anchor_date(anchor)
    own = day or _month_anchor(anchor)
    for atom in _atoms(text, own, told, day is not None):
        if group and not DATE_JOIN.fullmatch(text[group[-1][1]:atom[0]]):
            carried = _close(text, group, spans, year, own)
            year = year if len(group) == 1 and group[0][3] is None and relative_clause(text, group[0][1]) \
                or in_title(text, group[0][0]) else carried  # 《纲要（2021—2035年）》，4月25日: not 2035's
            group = []
        group.append(atom)
    if group:
        _close(text, group, spans, year, own)
    spans = [said_in_brackets(text, span) for span in spans]
    printed = [DateSpan(*p) for p in (*compact(text), *separated(text))]
    spans = [s for s in spans if not any(p.begin <= s.begin < p.finish for p in printed)] if printed else spans
    found = sorted(spans + printed + relative_days(text, day, spans),
                   key=lambda span: span.begin)
    return tuple(sorted(found + _referring_days(text, found), key=lambda span: span.begin))


def _referring_days(text: str, found: list[DateSpan]) -> list[DateSpan]:
    """次日, 当天 after a date of the same text (9月16日抵达日内瓦，次日出席…): the day after that date, or that
    date, standing where the word stands, so what the clause after it tells takes its own day."""
    days = []
    for match in REFERRING.finditer(text) if found else ():
        last = next((d for d in reversed(found) if d.finish <= match.start()), None)
        day = referred_day(match.group(0), last)
        if day is not None:
            days.append(DateSpan(day.start, day.end, match.start(), match.end()))
    return days


_RELATIVE_CLAUSE = re.compile(r"[^，,；;。：:在於于]{0,6}?的")


def relative_clause(text: str, at: int) -> int | None:
    """Where the 的 ends when the date that ends at ``at`` opens a relative clause of a noun (2018年签订的协定,
    成立于2016年的协会): the date is that noun's; a place's 的 (在葡萄牙的波尔图) is none."""
    found = _RELATIVE_CLAUSE.match(text, at)
    return found.end() if found else None


def _close(text: str, group: list[_Atom], spans: list[DateSpan], year: int | None,
           anchor: date | None = None) -> int | None:
    """Resolve one run of joined atoms into a span, carrying year and month forward; a range that runs into an
    earlier month without printing a year runs into the next year (12月30日至1月2日)."""
    values = []
    current_year, current_month = _year_of(group[0], year, anchor), None
    for index, (begin, _, y, m, d) in enumerate(group):
        if y is None and m is not None and current_month is not None and m < current_month \
                and current_year is not None and _ranged(text[group[index - 1][1]:begin]):
            current_year += 1
        current_year = y if y is not None else current_year
        if m is not None:
            current_month = m
        elif y is not None:
            current_month = None
        month = current_month if (m is not None or d is not None) else None
        values.append(_iso(current_year, month, d))
    isos = [v for v in values if v is not None]
    if isos and len(isos) == len(values):
        spans.append(DateSpan(isos[0], isos[-1], group[0][0], group[-1][1]))
        if isos[-1] < isos[0]:
            spans[-1] = DateSpan(isos[0], isos[0], group[0][0], group[-1][1])
    return current_year


def _ranged(join: str) -> bool:
    """The join between two dates is a range's (至, –), not a list's (、)."""
    return any(word in join for word in DATE_RANGES)


def _year_of(atom: tuple, year: int | None, anchor: date | None) -> int | None:
    """The year a run of dates opens in: the one it prints, else the default, stepped back a year when a
    month-day would fall more than half a year after the report's own date."""
    _, _, y, m, d = atom
    if y is not None or anchor is None or year != anchor.year or m is None:
        return year
    try:
        told = date(anchor.year, m, d or 1)
    except ValueError:
        return year
    return year - 1 if (told - anchor).days > 183 else year


def after_recent(text: str, spans: Sequence[DateSpan], at: int) -> list[DateSpan]:
    """The dates that may date what happens at ``at`` when a word of a recent time (近日, 日前) stands before it in
    ``text``: that word says when — the day is not told — so a date printed before it is another action's (记者昨日
    获悉，近日…签订: the day the news was learnt) and a date coarser than a day after it is no time of the act (日前，…
    签约仪式暨2023年…大会: a year in a name); only a day told between the word and ``at`` (近日，…于3月5日签署), or in
    brackets after the word (近日（3月5日）), is the act's. Without such a word every span may."""
    recent = list(VAGUE_TIME.finditer(text, 0, at))
    if not recent:
        return list(spans)
    word = recent[-1]  # a span that holds the word is the day it said in brackets (日前（9月16日）)
    return [span for span in spans if (word.end() <= span.begin or span.begin <= word.start() < span.finish)
            and span.finish <= at and len(span.start) == 10]


_SOME_DAY = "2000-12-15"
"""A day against which a day alone (27日) or a relative one (今天) is read where only its place matters."""


def without_times(text: str, year: int | None, words: tuple[str, ...] = ()) -> str:
    """``text`` once every date in it is gone, with the preposition that frames one (于11日签署): what is left tells
    whether a clause has a subject. A day alone (27日与…签订) or a relative one (今天) is as much a time as a full
    date, whatever the report's own date, which is not needed to know that the words are no subject; a word among
    ``words`` that ends in such a preposition (将于) stays whole, and a preposition before no date (在《A》…) stays."""
    for found in reversed(find_dates(text, year, _SOME_DAY)):
        before = text[:found.begin]
        framed = before.endswith(LOCATIVES) and not before.endswith(tuple(w for w in words if len(w) > 1))
        text = text[:found.begin - framed] + text[found.finish:]
    return text
