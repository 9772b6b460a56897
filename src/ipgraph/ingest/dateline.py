"""A report's own date as its text prints it: a publication line, a date line or a dateline at its head.

News items and releases carry their date on a line of its own, glued above the
first paragraph (``来源:… 时间:2021-08-28 19:13:26``, ``2024-11-27 15:29``,
``Sat Sep 16 10:53:00 CEST 2023``, ``发布日期：2023年07月08日``). That date is what
a month-day (9月16日) or 今年 in the body is read against when the metadata gives
none. A date inside a sentence of the body is an event's, not the report's, so
only short lines that are not sentences count, and only at the head of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from ipgraph.knowledge.wordlists import word_lists
from ipgraph.zh.dates import NUMERIC_DATE
from ipgraph.zh.grammar import IDEOGRAPH, alternation
from ipgraph.zh.roc_years import roc_year
from ipgraph.zh.time_words import PART_OF_DAY, WEEK, WEEKDAYS, YEAR

HEAD_LINES = 6
"""How many passages from the top a date line may stand in."""
LONGEST_LINE = 80
"""A date line is short: a longer passage is a paragraph whose dates are its events'."""
_TIME = re.compile(r"^\s*\d{1,2}:\d{2}")
_FIELD_AFTER = re.compile(r"^\s*[|｜]?\s*[^\s\d|｜:：]{1,6}\s*[:：]")
"""Another field of a publication line after the date (2020-04-27 来源:…): the date is the line's own."""
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ENGLISH = re.compile(rf"\b({'|'.join(_MONTHS)})[a-z]*\.?\s+(\d{{1,2}}),?\s+(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s+"
                      rf"(?:[A-Z]{{2,5}}\s+)?)?({YEAR})\b")
SENTENCE = re.compile(r"[。！？]")
_BRACKETS = " \t\u3000【】[]()（）〔〕"
"""Brackets a page may print a date line in (【2024/12/09】 under an item): a date alone in them is alone."""
_REPUBLIC_DATE = re.compile(r"(?<![\d.])(1\d{2}|[4-9]\d)\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?![\d.])")
"""A date of Taiwan's pages in years of the Republic (日期:107-09-21, 發布日期：113/09/16): the year 1911 after the
one printed (zh/roc_years.py); read only after a publication label, where no other number stands."""
_FURNITURE = re.compile(rf"\s*(?:[（(]?(?:{'|'.join(WEEK)})[{WEEKDAYS}][）)]?\s*)?"
                        rf"(?:(?:{PART_OF_DAY}|AM|PM|am|pm)?\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*)?"
                        r"(?:[/／|｜]\s*)?[^\s，,、。；;：:！？!?]{0,8}\s*$")
"""What a page prints after the date opening its date line, up to the line's end: a weekday (星期三), a clock with
its half of the day (下午 08:38:19), and a short word of the page's furniture — the site's or column's name
(3.15诚搜网, 即時資訊, / 電子政府) or a count of views (2020-11-26 189) — no clause of an item's words."""


@lru_cache(maxsize=8)
def publication_label(knowledge: Path) -> re.Pattern[str]:
    """The label a publication date stands after (日期:2013年3月12日, 发表于:2018-03-15, 编辑: 2020-04-27): that
    date is the report's, wherever it stands. Without a colon the label opens a field (发布于2024-05-09, | 时间
    2024-05-09): after a character of a word it is that word's tail, as 时间 of 当地时间9月16日, a clock's zone. The
    labels are a page's field labels (``ingest/header_lines.tsv``) and its source and byline labels
    (``gazetteer/media_cues.tsv``), as the header lines read them."""
    own = word_lists(knowledge / "ingest" / "header_lines.tsv")
    media = word_lists(knowledge / "gazetteer" / "media_cues.tsv")
    labels = alternation((*own["field"], *media["source"], *media["reporter"]))
    return re.compile(rf"(?:(?:{labels})[于於]?\s*[:：]|(?<![\u4e00-\u9fff])(?:{labels})[于於]?)\s*$")


@lru_cache(maxsize=8)
def source_field(knowledge: Path) -> re.Pattern[str]:
    """A page's source or byline field right after a date (2011年03月31日 来源：某某网站, 2024年5月20日 编辑：甲乙):
    the date and the field are one publication line, so the date is the page's stamp, never an event's, whatever
    headline the line stands under. Only the source and byline labels (``gazetteer/media_cues.tsv``) count: a field
    of a programme (日期：9月16日 时间：9:00, 地点：) may follow an event's own date."""
    media = word_lists(knowledge / "gazetteer" / "media_cues.tsv")
    return re.compile(rf"[ \t\u3000]*(?:{alternation((*media['source'], *media['reporter']))})\s*[:：]")


TAIL_LINES = 3
"""How many passages from the bottom a publication line may stand in when the head prints none: a page's footer
(来源：某某网 2021-06-17 编辑：…, 作者：… 发布时间：2015年9月1日) under the last paragraph."""


def dateline(lines: Iterable[str], knowledge: Path) -> str | None:
    """The ISO date the head of a report prints as its own, else the date its footer prints, or None when it
    prints none; ``knowledge`` is the folder whose publication labels count."""
    label = publication_label(knowledge)
    lines = list(lines)
    head = lines[:HEAD_LINES]
    for line in (*head, *lines[max(len(head), len(lines) - TAIL_LINES):][::-1]):
        if len(line) > LONGEST_LINE or SENTENCE.search(line):
            continue
        found = line_date(line, label)
        if found:
            return found
    return None


def line_date(line: str, label: re.Pattern[str]) -> str | None:
    """The ISO date a short line prints as a publication date, if it prints one (``label``: a
    ``publication_label``)."""
    return _numeric(line, label) or _english(line)


def _numeric(line: str, label: re.Pattern[str]) -> str | None:
    """``2024-11-27 15:29``, ``时间:2021-08-28``, ``发布日期：2023年07月08日``, ``2020-04-27 来源:``: a date with a
    time or another field after it, a label before it, or alone on its line; or opening its line with only a
    page's furniture after it (``2012/4/21 下午 08:38:19 / 某某频道``, ``2024-09-19 某某网``), or alone in brackets
    (``【2024/12/09】``); a year of the Republic after a label (``日期:107-09-21``)."""
    for match in NUMERIC_DATE.finditer(line):
        alone = not line[:match.start()].strip(_BRACKETS) and not line[match.end():].strip(_BRACKETS)
        after = line[match.end():]
        if alone or _TIME.match(after) or _FIELD_AFTER.match(after) or label.search(line[:match.start()]) \
                or not line[:match.start()].strip() and _FURNITURE.match(after):
            return _iso(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    republic = _REPUBLIC_DATE.search(line)
    if republic and label.search(line[:republic.start()]):
        return _iso(roc_year(republic.group(1)), int(republic.group(2)), int(republic.group(3)))
    return None


def _english(line: str) -> str | None:
    match = _ENGLISH.search(line)
    if match is None:
        return None
    return _iso(int(match.group(3)), _MONTHS.index(match.group(1)) + 1, int(match.group(2)))


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


WIRE_LINES = 3
"""How many passages from the top a wire dateline may open (after a headline and a picture caption)."""
_HALF_YEAR = timedelta(days=183)


@lru_cache(maxsize=8)
def _closings(knowledge: Path) -> tuple[str, ...]:
    """The words that close a wire dateline (``gazetteer/media_cues.tsv``'s dateline list)."""
    return tuple(word_lists(knowledge / "gazetteer" / "media_cues.tsv")["dateline"])


def _may_open(text: str, knowledge: Path) -> bool:
    """Whether ``text`` holds 日 and a word that closes a dateline right after it, as every wire dateline does: a
    text that holds none is not matched (most texts of a build), and the pattern, with two ideograph ranges (~2 ms
    of compiling), is compiled only when a text first does."""
    return any(f"日{word}" in text for word in _closings(knowledge))


@lru_cache(maxsize=8)
def _wire(knowledge: Path) -> re.Pattern[str]:
    """A wire dateline opening a passage or closing a bracket's outlet and reporter: the outlet and place, the
    month-day or the day alone, and the word that closes it (新华社杭州6月15日电, 央广网重庆6月27日消息,
    （中央社记者李明台北15日电）); the words are ``gazetteer/media_cues.tsv``'s dateline list."""
    words = alternation(_closings(knowledge))
    return re.compile(rf"^\s*[【（(]?\s*{IDEOGRAPH}{{2,16}}?(?:[·•]{IDEOGRAPH}{{2,8}}?)?"
                      rf"(?:(\d{{1,2}})\s*月)?\s*(\d{{1,2}})\s*日(?:{words})(?![贺賀话話])")


def wire_end(text: str, knowledge: Path) -> int:
    """Where a wire dateline opening ``text`` ends (新华社杭州6月28日电 第三届…论坛26日在杭州举行: after 电), 0 when
    it opens with none: the date in it is the day the item was filed, the report's own, never an event's, although
    the sentence runs on after it."""
    found = _wire(knowledge).match(text) if "日" in text[:40] and _may_open(text, knowledge) else None
    return found.end() if found else 0


_BYLINE = re.compile(r"\s*(?:[（(][^（()）\n]{1,30}[)）])?\s*(?:[／/][^，,。／/\n]{1,16}[，,])?\s*")
"""What a wire dateline carries after it before the item's words: the byline in brackets ((记者 张素)) and the
credit of the outlet it was relayed from after a slash (／央视新闻报道，)."""


def wire_lead(text: str, knowledge: Path) -> int:
    """Where the words of a paragraph that opens with a wire dateline begin (新华社北京3月1日电（记者 X）“…”，Y说:
    at the quotation), 0 when it opens with none: the dateline and its byline are the outlet's, no part of what
    the paragraph then says, so a quotation or a speaker that opens the words opens them after it."""
    end = wire_end(text, knowledge)
    byline = _BYLINE.match(text, end) if end else None
    return byline.end() if byline else 0


def wire_day(lines: Iterable[str], own: str | None, knowledge: Path) -> str | None:
    """The day a wire dateline at the head of the report gives (…6月15日电), in the year of ``own`` (the
    report's own date as its page gives it: a repost's date, a year, a month), the year before when it would fall
    more than half a year after it: a news item's 今天, 昨日 and day alone (26日) are of the day its dateline
    gives, not of the day a site posted it. None without ``own`` (no year), a dateline or a valid day."""
    if not own or not own[:4].isdigit():
        return None
    for index, line in enumerate(lines):
        if index >= WIRE_LINES:
            break
        found = _wire(knowledge).match(line) if _may_open(line, knowledge) else None
        if found is None:
            continue
        month = int(found.group(1)) if found.group(1) else int(own[5:7]) if len(own) >= 7 else None
        day = _iso(int(own[:4]), month, int(found.group(2))) if month else None
        if day and len(own) == 10 and date.fromisoformat(day) - date.fromisoformat(own) > _HALF_YEAR:
            day = _iso(int(own[:4]) - 1, month, int(found.group(2)))  # type: ignore[arg-type]  # month is set
        return day
    return None
