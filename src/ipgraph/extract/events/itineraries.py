"""One event held at several stops, an itinerary: one event per stop.

An adverb of succession (先后, 分别, 相继: ``succession`` in knowledge/events/words.tsv) that stands right before the
places or the occasions it is held at or for, listed before the verb that holds it, tells of as many holdings as
the list has items: 巡讲活动先后在许昌、漯河举行 is two, one in each city; 先后为“春季花市”及“冬季市集”举办…讲座
is two talks, one for each fair; 分别于5月12日和5月14日在A、B举办… pairs each date with its place. The stops are
where the events differ, so each is an event of its own even on one day (``EventFact.stop``); a list the adverb does
not govern (A、B分别举办…: each body held its own, named apart) or a single place (分别在北京举行) tells of one;
the places may also stand before the adverb (在秘鲁、印尼和南非分别举办了国家讲习班: three workshops). Without an
adverb, places each followed by its own date in brackets (在肯尼亚（2023年5月）和坦桑尼亚（2023年9月）举办了…研讨会, as
committee reports print them) are stops too, each on its bracketed date.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ipgraph.extract.events.fact import EventFact
from ipgraph.extract.report_facts import Located
from ipgraph.knowledge.gazetteer import CITY
from ipgraph.zh.date_lists import listed_dates
from ipgraph.zh.dates import DateSpan, find_dates
from ipgraph.zh.grammar import CLAUSE_BREAKS, JOIN_OR_WITH, SENTENCE_ENDS

if TYPE_CHECKING:
    from ipgraph.extract.events.model import EventRules
    from ipgraph.extract.events.names import EventName

_ITEM = r"(?:“[^”]{1,30}”|[^、，。；：和及与“”\s]{1,14}?)"
_JOINS = re.compile(r"\s*(?:、|以及|和|及|与)\s*(?![^“”]*”)")
_CLAUSE_END = re.compile(rf"[{CLAUSE_BREAKS}{SENTENCE_ENDS}]")


def _object(sentence: str, at: int) -> str:
    """What the verb ending at ``at`` holds, up to the clause's end."""
    end = _CLAUSE_END.search(sentence, at)
    return sentence[at : end.start() if end else len(sentence)]


_STOPS = rf"(?P<stops>{_ITEM}(?:\s*{JOIN_OR_WITH}\s*{_ITEM})+)"
"""Two or more stops joined by 、 和 及 以及 与."""
_GAP = 2
"""The most characters between the verb and a name it governs (举办了…, 举办一场…)."""


@lru_cache(maxsize=4)
def _stops_after(holding: str) -> re.Pattern[str]:
    """After the adverb: its dates (于…), then 在/为/赴/到 and two or more stops joined by 、 和 及 与, then the verb;
    compiled once per list of verbs."""
    return re.compile(rf"(?:于[^{CLAUSE_BREAKS}{SENTENCE_ENDS}在为赴到]{{1,24}}?)?[在为赴到]\s*"
                      rf"{_STOPS}\s*(?P<verb>{holding})")


_DATED_ITEM = rf"{_ITEM}\s*[（(][^（）()、和及与]{{4,20}}[）)]"
"""A place with its own date in brackets (肯尼亚（2023年5月）): no join inside the brackets."""


@lru_cache(maxsize=4)
def _dated_stops(holding: str) -> re.Pattern[str]:
    """在A（date）和B（date）举办了…: two or more places each dated in brackets, then the verb; compiled once per list
    of verbs."""
    listed = rf"{_DATED_ITEM}(?:\s*{JOIN_OR_WITH}\s*{_DATED_ITEM})+"
    return re.compile(rf"[在赴到]\s*(?P<stops>{listed})\s*(?P<verb>{holding})")


@lru_cache(maxsize=4)
def _stops_before(holding: str, succession: str) -> re.Pattern[str]:
    """The places listed after 在 before the adverb, the verb right after it (在A、B和C分别举办了…: the committee
    documents' order); compiled once per list of verbs."""
    return re.compile(rf"[在赴到]\s*{_STOPS}\s*(?:{succession})\s*"
                      rf"(?P<verb>{holding})")


def stops(sentence: str, name: EventName, rules: EventRules) -> list[tuple[int, int]]:
    """Where in ``sentence`` each stop of the named event is printed, in order; [] unless an adverb of succession
    lists two or more right before the verb that holds it, or stands between them and the verb (see the module's
    docstring)."""
    listing = _stops_after(rules.pattern("holding").pattern)
    before = _stops_before(rules.pattern("holding").pattern, rules.pattern("succession").pattern)
    for adverb in rules.pattern("succession").finditer(sentence):
        after = listing.match(sentence, adverb.end()) or next(
            (m for m in before.finditer(sentence, 0, adverb.end() + 8) if m.end("stops") <= adverb.start()
             and not _JOINS.search(_object(sentence, m.end()))), None)
        if after is None:  # 在A、B和C分别举办了X和Y: the places and the events go in pairs, no stops of one
            continue
        subject = name.end <= adverb.start() and sentence[name.end:adverb.start()].strip() == ""  # 活动先后在A、B举行
        governed = 0 <= name.start - after.end() <= _GAP  # 先后在A、B举办巡讲活动
        if not (subject or governed):
            continue
        listed, begin = after.group("stops"), after.start("stops")
        spans, at = [], 0
        for join in _JOINS.finditer(listed):
            spans.append((begin + at, begin + join.start()))
            at = join.end()
        spans.append((begin + at, begin + len(listed)))
        return spans
    bracketed = sentence.count("（") + sentence.count("(") > 1  # a cheap test before the pattern runs
    dated = next((m for m in _dated_stops(rules.pattern("holding").pattern).finditer(sentence)
                  if 0 <= name.start - m.end() <= _GAP), None) if bracketed else None
    return [(dated.start("stops") + item.start("place"), dated.start("stops") + item.end("place"))
            for item in re.finditer(rf"(?P<place>{_ITEM})\s*[（(]", dated.group("stops"))] if dated else []


def stop_events(event: EventFact, sentence: str, name: EventName, date: DateSpan | None, rules: EventRules,
                located: list[Located], offset: int, own_date: str | None) -> list[EventFact]:
    """The event once per stop (see the module's docstring), each in its stop's city when the stop is one (the
    passage's ``located`` mentions, the sentence starting at ``offset``) and on its own date when the dates are
    listed as the stops are; ``[event]`` when the sentence lists no stops."""
    spans = stops(sentence, name, rules)
    if len(spans) < 2:
        return [event]
    places = [m for m in located if m.kind == CITY and offset <= m.start and m.end <= offset + len(sentence)]
    dates = listed_dates(sentence, date, own_date) if date is not None else []
    if len(dates) != len(spans):  # 在A（2023年5月）和B（2023年9月）: each stop's date in the brackets after it
        bracketed = [find_dates(sentence[end:sentence.find("）", end) + 1 or end + 20], None, own_date)
                     for _, end in spans]
        dates = [found[0] for found in bracketed] if all(bracketed) else dates
    made = []
    for index, (begin, end) in enumerate(spans):
        city = next((m.key for m in places if begin <= m.start - offset and m.end - offset <= end), None)
        when = dates[index] if len(dates) == len(spans) else date
        made.append(replace(event, stop=sentence[begin:end], city=city or (event.city if index == 0 else None),
                            start=when.start if when else event.start, end=when.end if when else event.end,
                            organisers=list(event.organisers), partners=list(event.partners),
                            sponsors=list(event.sponsors), participants=list(event.participants), passages=[]))
    return made
