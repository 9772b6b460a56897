"""Whether two tellings of an event's name are one event by their dates: the reader's merging of tellings
(``EventReader._told_before``) asks these, and takes the more precise date of the two."""

from __future__ import annotations

import re

from ipgraph.extract.events.labels import squash
from ipgraph.extract.events.model import EventFact
from ipgraph.zh.time_words import YEAR


def within_date(wider: str | None, told: str | None) -> bool:
    """The date ``told`` may be the same event's as ``wider``: no date yet, the same, or a day of that year or month
    (2023 from the name 2023知识产权…论坛, then 2023-05-23 from the body)."""
    return wider is None or told is not None and told.startswith(wider)


YEAR_OPENING = re.compile(rf"^{YEAR}年?年?度?")
"""A year that opens a name, with the 年度 of a year's review (2020年年度…, 2021年度…)."""


def yearly_retold(known: EventFact, event: EventFact) -> bool:
    """A short name (工作推进会, fewer than six characters) is told again of an event whose name opens with a year
    and ends with it (2020年年度工作推进会, 2021年度版权工作推进会 then 参加了工作推进会): the year's session retold,
    undated or of that date. A name that opens with no year may be one of many of its kind the text tells."""
    short, told = squash(event.label), squash(known.label)
    year = YEAR_OPENING.match(told)
    return len(short) >= 4 and year is not None and told[year.end():].endswith(short) \
        and within_date(event.start, known.start)


def year_of(event: EventFact, known: EventFact, rest: str, told: str) -> bool:
    """2017年成员国大会, 2015年大会 (``rest`` the name without its year): a year and the end of an event's name,
    told in that year, is that event (the year's assembly whose title line named it in full)."""
    return event.start is not None and known.start is not None and known.start.startswith(event.start) \
        and told.endswith(rest) and len(told) > len(rest)


def named_for_year(event: EventFact) -> bool:
    """An event dated only by the year its name prints (a headline's “春雷行动2020”, “剑网2017”专项行动): the year a
    campaign is named for, which need not be the year it starts (one for 2020 launched in December 2019), so a
    telling of the same name with a day of its own is the same event, and its day is the date."""
    return event.start is not None and len(event.start) == 4 and event.start in event.label


_ACRONYM = re.compile(r"[A-Z]{2,}")
"""A body named by its Latin acronym in a session's name (IGC第三十四届会议)."""


def one_session(known: EventFact, event: EventFact, numbers: tuple[int | None, int | None],
                bare: tuple[bool, bool]) -> bool:
    """A body holds each numbered session once, so two tellings of a session of one number are one session when
    one names the body by its acronym and both read the same holder from their names (IGC第三十四届会议 and
    政府间委员会第三十四届会议), their dates agreeing (one undated, or one a day of the other's span); or when one
    is the number and noun alone (``bare``: 第二届会议) with no holder and no other date, and the other's name ends
    with it: a title line's session under the body's name, which the body tells in full (发展议程…会议(IIM)第二届会议;
    a conference of its own, 第十七届…执法会议, does not end so). Two names in full of one number (巴黎联盟大会 and
    伯尔尼联盟大会 第五十五届会议 in an assemblies' report) stay two sessions."""
    if numbers[0] is None or numbers[0] != numbers[1] or "event-session" != known.rule or "event-session" != event.rule:
        return False
    for alone, other in ((known, event), (event, known)) if any(bare) else ():
        if bare[alone is event] and not alone.organisers and other.label.endswith(alone.label) \
                and within_date(alone.start, other.start):
            return True
    return bool(known.organisers) and sorted(known.organisers) == sorted(event.organisers) \
        and any(_ACRONYM.search(e.label) for e in (known, event)) \
        and (within_date(known.start, event.start) or within_date(event.start, known.start))
