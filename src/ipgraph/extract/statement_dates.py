"""The date a commitment was made: what a clause states, else the year a one-year report covers. Shared by the
agreement and treaty-action readers (``statements.py`` holds how they read who acts)."""

from __future__ import annotations

from collections.abc import Sequence

from ipgraph.ingest.passages import FOOTNOTE, Passage
from ipgraph.zh.dates import DateSpan, after_recent, find_dates, referred_day
from ipgraph.zh.time_words import NEXT_DAY, PREVIOUS_DAY, SAME_DAY


def covered_year(period: str | None) -> str | None:
    """The year a report covers, when its period lies within one calendar year (2023-01/2023-12 → 2023)."""
    if not period or "/" not in period:
        return None
    start, end = period.split("/", 1)
    return start[:4] if start[:4] == end[:4] else None


def stated_date(sentence: str, clause: tuple[int, int], at: int, year: int | None,
                as_of: tuple[str, ...], anchor: str | None = None) -> tuple[str | None, bool]:
    """The date a clause gives for what happens at ``at``, and whether the sentence only gives a cut-off.

    A date in the clause wins, then the last one before ``at`` (after 近日 only a day between it and ``at``:
    ``after_recent``). A date after 截至 (as of) is a cut-off, not the day something happened: the second value
    is then true. ``anchor``: the report's own date, which a relative date (今日生效, 昨日…签署) is read against."""
    spans = after_recent(sentence, find_dates(sentence, year, anchor), at)
    cut_off = [d for d in spans if sentence[max(0, d.begin - 3):d.begin].endswith(as_of)] if as_of else []
    usable: list[DateSpan] = [d for d in spans if d not in cut_off]
    in_clause = [d for d in usable if clause[0] <= d.begin < clause[1]]
    before = [d for d in usable if d.finish <= at]
    chosen = in_clause[0] if in_clause else (before[-1] if before else None)
    return (chosen.start if chosen else None), bool(cut_off) and chosen is None


def fallback_date(passage: Passage, report_year: str | None) -> str | None:
    """The year a one-year report covers stands for an undated activity it reports; a footnote's background does not."""
    return None if passage.kind == FOOTNOTE else report_year


_REFERRING_WORDS = (*SAME_DAY, *NEXT_DAY, *PREVIOUS_DAY)


def referred_date(head: str, told: Sequence[str], year: int | None, anchor: str | None = None) -> str | None:
    """次日，A与B签署了…; 当天下午，双方签订…: a signing whose sentence prints no date but, before its verb
    (``head``), a word that counts from the date told before it (zh.time_words SAME_DAY, NEXT_DAY, PREVIOUS_DAY)
    was signed on that date, or the day after (before) it — the last date the texts ``told`` before the sentence
    print, nearest first — not on the first day of the event its passage tells (论坛9月16日开幕。次日，…签署: the
    17th). None when no such word stands there or nothing before it is dated."""
    if not any(word in head for word in _REFERRING_WORDS):
        return None
    for text in told:
        found = find_dates(text, year, anchor)
        if found:
            day = referred_day(head, found[-1])
            return day.start if day else None
    return None
