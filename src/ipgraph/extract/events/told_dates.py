"""An event's date told of its noun in another sentence: the name gives a year at most, a sentence elsewhere gives
the day.

A report often names an event in one sentence and dates it in another, by the noun its name ends with:

- a copula equates a date and the noun, either way round (4月20日至26日是全国知识产权宣传周，…开展2022年知识产权
  宣传周活动; 宣传周的时间为4月20日—26日; 今年4月20-26日是“知识产权宣传周”的第12个年头);
- the noun opens a clause and a date with a verb of holding follows it (一个…研讨会，27日在汕头举行。“2008年…
  研讨会”由…主办): the sentence that tells the holding gives the event only by its noun, the next names it;
- a word of the report's own edition and of time, with no noun of a name (本次活动时间从2022年4月23日至2022年4月30日;
  此次活动时间为…): the date is the time of the one event of the report whose name gave its year alone
  (``this_time``).

An event whose name gives only its year (2022年知识产权宣传周, 2008年…研讨会), or no date at all when a copula
states its time, takes such a date when it falls in that year and the text tells that noun no other date: two
dates told of one noun may be two events, and then neither is taken.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ipgraph.extract.events.model import EventFact, EventRules
from ipgraph.zh.dates import DateSpan
from ipgraph.zh.grammar import clause_bounds

_OPENING = re.compile(r"\s*[，,]?\s*[于於]?\s*")
"""What stands between a noun that opens a clause and the date of its holding (研讨会，27日在…举行)."""


def told_dates(events: Iterable[EventFact], texts: list[str], dates: Callable[[int], list[DateSpan]],
               rules: EventRules) -> None:
    """Date each event whose name gives a year at most by what ``texts`` (the passages; ``dates`` gives the dates
    of the one at an index, read only for a passage that holds the noun) tell of the noun its name ends with (see
    the module's docstring). What is told of a noun is read once for all the events that end in it."""
    found = list(events)
    labels = sorted({e.label for e in found}, key=lambda label: (-len(label), label))  # the longest name wins
    told_of: dict[str, list[tuple[str, str, bool, str | None]]] = {}
    for event in found:
        if event.start is not None and len(event.start) != 4:
            continue
        found_noun = rules.type_at_end.search(event.label)
        if found_noun is None:
            continue
        noun = found_noun.group(0)
        if noun not in told_of:  # a name a mention of the noun ends ends as the noun does: those alone are tried
            ending_so = [label for label in labels if not label or label[-1] == noun[-1]]
            told_of[noun] = [(d.start, d.end, copular, ending) for i, text in enumerate(texts) if noun in text
                             for d, copular, ending in _noun_dates(text, dates(i), noun, ending_so, rules)
                             if len(d.start) > 4]
        told = {(start, end, copular) for start, end, copular, ending in told_of[noun] if ending in (None, event.label)}
        fitting = {(start, end) for start, end, copular in told
                   if (start.startswith(event.start) if event.start else copular)}
        if len(fitting) == 1 and len({(s, e) for s, e, _ in told}) == 1:
            event.start, event.end = next(iter(fitting))
    this_time(found, texts, dates, rules)


_GENERIC_TIME = r"(?:活动|活動)?的?(?:{time_of})\s*(?:{copula}|从|從|自)?\s*"
"""After a word of the report's own edition, a generic activity's time and what joins it to a date (本次活动时间从…;
此次活动时间为…): the date is of the activity the report is about, whatever its name."""


def this_time(events: list[EventFact], texts: list[str], dates: Callable[[int], list[DateSpan]],
              rules: EventRules) -> None:
    """Date the one event whose name gave only its year by the one date the report tells of "this" activity's time
    (本次活动时间从2022年4月23日至…): a report that names one such event and gives the time of its own activity once
    tells that event's days. One compiled scan of each passage, run only in a report with one such event; the dates
    are read only of a passage that prints a word of the edition (本次, 此次) with a word of time."""
    yearly = [e for e in events if e.start is not None and len(e.start) == 4]
    editions = rules.words.get("this_edition", ())
    if len(yearly) != 1 or not editions:
        return
    time = _GENERIC_TIME.format(time_of=rules.source("time_of"), copula=rules.pattern("copula").pattern)
    pattern = re.compile(f"(?:{'|'.join(map(re.escape, editions))}){time}")
    told = {(d.start, d.end) for i, text in enumerate(texts) for found in pattern.finditer(text)
            for d in dates(i) if d.begin == found.end() and len(d.start) > 4}
    event, year = yearly[0], yearly[0].start or ""
    if len(told) == 1 and year and next(iter(told))[0].startswith(year):
        event.start, event.end = next(iter(told))


def _noun_dates(text: str, dates: list[DateSpan], noun: str, labels: list[str],
                rules: EventRules) -> Iterable[tuple[DateSpan, bool, str | None]]:
    """The dates ``text`` tells of each mention of ``noun``, whether a copula told them, and the event's name the
    mention ends, if it ends one (the event's own name, or another's that the date is not this event's; ``labels``
    are the names that end in the noun's last character, longest first: a mention of …知识产权论坛 ends that name,
    not 论坛, whatever order the events were found in, so the same text gives the same dates in every process)."""
    copula = rules.pattern("copula")
    time_of = rules.source("time_of")
    for mention in re.finditer(re.escape(noun), text):
        ending = next((label for label in labels if text.endswith(label, 0, mention.end())), None)
        start, end = clause_bounds(text, mention.start())
        for date in dates:
            if not (start <= date.begin and date.finish <= end):
                continue
            if date.finish <= mention.start() and copula.match(text, date.finish) is not None:
                yield date, True, ending
            elif re.fullmatch(rf"(?:的?(?:{time_of}))?\s*(?:{copula.pattern})\s*", text[mention.end():date.begin]):
                yield date, True, ending
        following = _OPENING.match(text, mention.end())
        held = next((d for d in dates if following and d.begin == following.end()), None)
        if held is not None and rules.pattern("holding").search(text, held.finish, clause_bounds(text, held.begin)[1]):
            yield held, False, ending
