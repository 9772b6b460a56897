"""A document's cover page: the body, its session and the session's dates and place, each on a line of its own
(执法咨询委员会 / 第十七届会议 / 2025年2月4日至6日，日内瓦), the title block of the committee documents of WIPO and
the other UN bodies. The session line names the event, the line after it dates and places it, and the line before it
names who holds it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ipgraph.extract.events.dating import GLOSS
from ipgraph.extract.events.labels import squash
from ipgraph.extract.events.model import BREAKS, EventFact
from ipgraph.extract.report_facts import Located
from ipgraph.ingest.passages import Passage
from ipgraph.zh.grammar import COLONS, COMMAS

if TYPE_CHECKING:
    from ipgraph.extract.events.reader import EventReader


def cover_pages(reader: EventReader, passages: list[Passage]) -> None:
    """An event named by a line alone takes, when undated, the date and place of the line after it if that line is
    only a date and a place, and is then held by the organisation the line before names when that line names
    nothing else. A line that names the body, a colon and the session (产权组织成员国大会：第六十一届系列会议, a
    meeting page's title) says who holds it, whether or not the text dates it again below."""
    at = {p.slug: i for i, p in enumerate(passages)}
    for event in reader.events.values():
        index = at.get(event.passages[0]) if event.passages else None
        if index is None:
            continue
        line = passages[index].text
        title = _TITLED.match(line)
        if title and _names_alone(line[title.end():], event.label):
            _held_by(event, reader.context(passages[index], 0, title.end()).orgs())
        elif _names_alone(line, event.label):
            title = None
        else:
            continue
        if event.start is not None:
            continue
        after = passages[index + 1] if index + 1 < len(passages) else None
        dates = reader.dates(after.text, reader._year(after)) if after else []
        if after is None or not dates or not _date_line(after.text, dates[0].begin, dates[0].finish):
            continue
        event.start, event.end = dates[0].start, dates[0].end
        event.city, event.country, _ = reader._place(reader.context(after))
        _held_by(event, _body_above(reader, passages, index) if title is None else [])


def _body_above(reader: EventReader, passages: list[Passage], index: int) -> list[Located]:
    """The organisations the short line above the session line names: the body's line, or the one above the agenda
    item a session document is filed under (粮食和农业遗传资源委员会 / 暂定议程议题3.1 / 第十七届例会:
    words.tsv agenda_item)."""
    items = reader.rules.words.get("agenda_item", ())
    for above in passages[max(0, index - 2) : index][::-1]:
        named = reader.context(above).orgs() if len(above.text) <= 30 else []
        if named or len(above.text) > 30 or not any(w in above.text for w in items):
            return named
    return []


_TITLED = re.compile(rf"[^{BREAKS}]{{2,30}}[{COLONS}]\s*")
"""A title line's body before a colon (产权组织成员国大会：), the session's name after it."""


def _held_by(event: EventFact, named: list[Located]) -> None:
    """The first organisation the title names holds the event, unless the text named its holders."""
    if named and (not event.organisers or event.organiser_inferred):
        event.organisers, event.organiser_inferred = [f"org/{named[0].key}"], False


def _names_alone(line: str, label: str) -> bool:
    """The line is the event's name and nothing else: its name, its name with its other name in brackets after it
    (第三十六届会议(第18次特别会议)), or its number alone that a later telling of the session in full named
    (第八十四届会议, then 计划委员会第八十四届会议 told undated in the text)."""
    line, label = squash(line), squash(label)
    return line == label or line.startswith(label) and GLOSS.fullmatch(line, len(label)) is not None \
        or len(line) < len(label) and label.endswith(line)


_DATE_OPENS = ("", "(", "（")
_PLACE_AFTER = re.compile(rf"[{COMMAS}\s]*[^{BREAKS}\d]{{0,12}}")
"""After a cover's date: its place (，日内瓦), and in brackets what the document is ((…，罗马)报告)."""


def _date_line(text: str, begin: int, finish: int) -> bool:
    """A line that is only a date and a place (2016年10月3日至11日,日内瓦), or that opens with them in brackets
    before the document's title the session's name began on the line before ((2004年5月10-14日,罗马)报告)."""
    return text[:begin].strip() in _DATE_OPENS and _PLACE_AFTER.fullmatch(text, finish) is not None
