"""A document's cover page: the body, its session and the session's dates and place, each on a line of its own
(执法咨询委员会 / 第十七届会议 / 2025年2月4日至6日，日内瓦), the title block of the committee documents of WIPO and
the other UN bodies. The session line names the event, the line after it dates and places it, and the line before it
names who holds it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ipgraph.extract.events.labels import squash
from ipgraph.extract.events.model import BREAKS
from ipgraph.ingest.passages import Passage
from ipgraph.zh.grammar import COMMAS

if TYPE_CHECKING:
    from ipgraph.extract.events.reader import EventReader


def cover_pages(reader: EventReader, passages: list[Passage]) -> None:
    """An undated event named by a line alone takes the date and place of the line after it when that line is
    only a date and a place, and is held by the organisation the line before names when that line names nothing
    else."""
    at = {p.slug: i for i, p in enumerate(passages)}
    for event in reader.events.values():
        index = at.get(event.passages[0]) if event.passages else None
        if event.start is not None or index is None or squash(passages[index].text) != squash(event.label):
            continue
        after = passages[index + 1] if index + 1 < len(passages) else None
        dates = reader.dates(after.text, reader._year(after)) if after else []
        if after is None or not dates or after.text[:dates[0].begin].strip() \
                or not re.fullmatch(rf"[{COMMAS}\s]*[^{BREAKS}\d]{{0,12}}", after.text[dates[0].finish:]):
            continue
        event.start, event.end = dates[0].start, dates[0].end
        event.city, event.country, _ = reader._place(reader.context(after))
        before = passages[index - 1] if index else None
        named = reader.context(before).orgs() if before and len(before.text) <= 30 else []
        if named and (not event.organisers or event.organiser_inferred):
            event.organisers, event.organiser_inferred = [f"org/{named[0].key}"], False
