"""Which events a passage tells can be the occasion a signing it does not date took place at.

A signing whose sentence prints no date (会上，双方签订了《…》; ¶ 两部门…并签订了《…》) was signed at the
event its passage, or one just before it, tells, and takes that event's day. Two kinds of event a passage
tells are no such occasion. A named day beside another event (在第24个世界知识产权日到来之际，4月19日，…召开
座谈会; 4月26日是世界知识产权日。4月19日，…召开座谈会) is what the passage's events are held for, not where
the signing was: its date beside the meeting's made the passage look dated twice, and the signing undated.
An event the signing's own passage tells after it (双方签署了《…》，并商定明年联合举办…论坛) is a plan or a
later part of the story, not the occasion of what was told before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from ipgraph.extract.events.model import EventFact
from ipgraph.ingest.passages import Passage
from ipgraph.knowledge.wordlists import word_lists
from ipgraph.zh.dates import find_dates
from ipgraph.zh.grammar import clause_bounds

NAMED_DAY = "event-day"
"""The rule of a named day (knowledge/events/days.tsv) the text names on its own."""
OCCASION_REACH = 3
"""How many passages before a signing's own the event it was signed at may be told in (¶ 开幕式上，…签署): a news
item's lead dates its occasion, and the signing may come after two paragraphs of what was said and done there (…会议
举行。¶ 申长雨表示…。¶ 会议总结了…。¶ 会后，三局签署…). A signing whose sentence opens with a word of the setting
(会上，双方签署…: ``at_setting``) reaches back to the event however far."""
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
"""An event's date told to the day: only such an event is the occasion a signing is dated by."""


def occasion_day(events: Sequence[EventFact], passage: Passage, behind: Sequence[Passage], at: int,
                 year: int | None = None, anchor: str | None = None, filed: int = 0,
                 setting: bool = False) -> str | None:
    """The day of the occasion of a signing at ``at`` in ``passage``: of the events its passage tells, or when it
    tells none, the day it opens on (``lead_day``), or of the nearest passage ``behind`` it that tells any or opens
    on a day, when they are all dated and on one day (``one_day``); within OCCASION_REACH passages unless its
    sentence opens with a word of the ``setting`` (会上，)."""
    for earlier in [passage, *reversed(behind if setting else behind[-OCCASION_REACH:])]:
        dates = {event.start for event in occasions(events, earlier, at if earlier is passage else None)}
        if dates:
            return one_day(dates)
        span = (filed, at) if earlier is passage else (0, len(earlier.text) if "。" in earlier.text else 0)
        if opened := lead_day(earlier.text, span, year, anchor):  # ¶ 9月16日，…举行座谈会。¶ 座谈会上，双方签署…
            return opened  # a line of no sentence (2018-11-02 11:27 来源：…) is the page's stamp, no story's lead
    return None


def at_setting(head: str, data_dir: Path) -> bool:
    """A signing's sentence ``head`` opens with a clause that ends in a word of the setting (会上，座谈会上，
    启动仪式上，会议期间，会后，): it points to the event told before it. The words are the event reader's own for
    the same pointing (``held_at`` and ``during`` in knowledge/events/words.tsv: 会上，…还举办了…), one list for
    both readers."""
    lists = word_lists(data_dir / "events" / "words.tsv")
    words = (*lists.get("held_at", ()), *lists.get("during", ()))
    opening = re.match(r"\s*([^，,。；;]{0,12})[，,]", head)
    return bool(words) and opening is not None and opening.group(1).rstrip().endswith(tuple(words))


def one_day(dates: set[str | None]) -> str | None:
    """The one day the events of a passage were held on: all told on it, or the others told only by its year or
    month (2023年…宣传周 and its 启动仪式 on 4月26日; an inspection on 9月16日 and the visit of that month it made):
    a campaign or a visit that holds the dated event, whose day the signing took place on. An undated event, two
    days, or no day at all leave it undated."""
    days = {d for d in dates if d and _DAY.fullmatch(d)}
    day = days.pop() if len(days) == 1 else None
    return day if day and None not in dates and all(day.startswith(d) for d in dates if d) else None


def ceremony_sides(events: Sequence[EventFact], passage: Passage, behind: Sequence[Passage], at: int,
                   signing: tuple[str, ...]) -> list[str]:
    """A与B合作签约仪式在…举行。…此次签署的战略合作协议: a signing told without its sides, at a signing ceremony (the
    one occasion of the nearest passage that tells any whose name holds a verb of ``signing``) that two or more
    organisers hold, is theirs; any other occasion says nothing of who signed."""
    for earlier in [passage, *reversed(behind[-OCCASION_REACH:])]:
        told = occasions(events, earlier, at if earlier is passage else None)
        if told:
            held = [e for e in told if any(word in e.label for word in signing) and len(e.organisers) > 1]
            return list(held[0].organisers) if len(held) == len(told) == 1 else []
    return []


def lead_day(text: str, span: tuple[int, int], year: int | None, anchor: str | None) -> str | None:
    """9月29日，…仲裁院正式成立，…出席成立大会。…成立大会上，三方签订了…: a passage whose first clause is dated to a
    day tells on that day what it goes on to tell (an occasion the event reader takes for no event: a founding, an
    unveiling, a joint meeting), when no other date stands between that day and the signing. ``span``: from where
    a wire dateline opening the passage ends (the day it was filed, no event's: ingest.dateline.wire_end) to the
    signing."""
    filed, at = span
    dates = [d for d in find_dates(text[:at], year, anchor) if d.begin >= filed]
    if len(dates) != 1 or dates[0].start != dates[0].end or dates[0].begin >= clause_bounds(text, filed)[1]:
        return None
    return dates[0].start if _DAY.fullmatch(dates[0].start) else None


def occasions(events: Iterable[EventFact], passage: Passage, signed_at: int | None = None) -> list[EventFact]:
    """The events of ``passage`` a signing may have taken place at: each it tells, without those it names only
    after ``signed_at`` (the signing's offset, when the passage is the signing's own) and without a named day
    when it tells another event."""
    told = [event for event in events if passage.slug in event.passages
            and (signed_at is None or not _told_after(event, passage, signed_at))]
    held = [event for event in told if event.rule != NAMED_DAY]
    return held or told


def _told_after(event: EventFact, passage: Passage, at: int) -> bool:
    """Whether the passage names the event only after ``at`` (its label first printed there)."""
    first = passage.text.find(event.label)
    return first >= at
