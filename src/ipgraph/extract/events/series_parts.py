"""A series dated by its parts: a news item whose headline tells a series of activities without a date
(法学院举办…系列活动; …知识产权周系列活动成功举办) goes on to tell its parts, each on its day (4月14日，…知识竞赛…；
4月18日，…). The series ran over those days: when every dated event of the item falls in one month, the series
took place in that month — which day it began the item does not say, so the month, not its first part's day.
Parts in different months leave it undated: the item then tells more than the series.
"""

from __future__ import annotations

from collections.abc import Iterable

from ipgraph.extract.events.model import EventFact, EventRules

_MONTH = len("2000-01")
_PARTS = 2
"""The fewest dated parts that date a series: one dated event may be a background fact, not a part."""


def dated_by_parts(events: Iterable[EventFact], head: set[str], rules: EventRules) -> None:
    """Each undated event told in the headline (``head``: its passages' slugs) whose name is a series' (words.tsv
    ``part_series``: 系列) takes the month every other dated event of the item falls in, when at least ``_PARTS``
    of them are dated to a month or finer and all in one month."""
    told = list(events)
    words = rules.words.get("part_series", ())
    for series in told:
        if series.start is not None or not series.passages or series.passages[0] not in head \
                or not any(w in series.label for w in words):
            continue
        months = [e.start[:_MONTH] for e in told if e is not series and e.start and len(e.start) >= _MONTH]
        if len(months) >= _PARTS and len(set(months)) == 1:
            series.start = series.end = months[0]
