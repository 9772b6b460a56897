"""One event told under variants of its name: a headline and the body, or two paragraphs, name one meeting with and
without the modifiers a name may carry or drop — a leading place (苏州市…, 浙江省…, 苏州…), the whole of the area the
report is about (全市, 全省, 全区, 全国 or 中国), the year of its edition (2024年…), the word for a campaign's
activities after its name (…宣传周活动) — so 2024年知识产权工作会议, 全市知识产权工作会议
and 苏州市2024年知识产权工作会议 told on one day are one event. What is left once they are dropped must be equal, an
edition number (第三届) included; two places or two years printed and differing are two events, and so are two
dates."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ipgraph.extract.events.labels import spelled
from ipgraph.extract.events.model import EventFact
from ipgraph.extract.mentions.spans import HAN
from ipgraph.knowledge.gazetteer import load as load_gazetteer
from ipgraph.zh.grammar import WHOLE, alternation
from ipgraph.zh.time_words import YEAR

GENERIC = "Event"
"""The type of an event whose name ends in no noun of a type (…宣传周活动)."""
DAY_RULE = "event-day"
"""The rule that makes a node of a named day (世界知识产权日)."""

_MODIFIERS = 3
"""At most a place, a year and 全市 lead a name (苏州市2024年…, 2024年全市…)."""


@lru_cache(maxsize=4)
def _leading(data_dir: Path) -> re.Pattern[str]:
    """A modifier a name may open with: a year (group ``year``), a place (``place``: a known city or province, or
    two to four characters before an area's suffix, 南京市, 浙江省, not a word the suffix begins: 市场), or the
    whole area (全市, 全国, 中国)."""
    gazetteer = load_gazetteer(data_dir)
    known = {name for city in gazetteer.cities.values() for name in (city.name_zh, *city.aliases_zh)}
    known.update(gazetteer.provinces)
    suffixes, words = alternation(gazetteer.place_suffixes), alternation(gazetteer.suffix_words)
    levels = "".join(suffix for suffix in gazetteer.place_suffixes if len(suffix) == 1)
    whole = f"(?:{WHOLE}[国{levels}]|中[国國])"  # 全国, 全省, 全市 (zh.grammar.WHOLE), 中国: the whole area
    return re.compile(rf"(?P<year>{YEAR})年度?的?|{whole}|"
                      rf"(?P<place>{HAN}{{2,4}}?(?!{words})(?:{suffixes})|{alternation(tuple(known))})")


@lru_cache(maxsize=8192)  # compared with every event told before: once per label, not once per pair
def _bare(label: str, data_dir: Path, activities: bool = True) -> tuple[str, str | None, str | None]:
    """A name without the modifiers it opens with (and, with ``activities``, the word for a campaign's activities
    it ends with), and the year and place they printed."""
    name, year, place = spelled(label), None, None
    pattern = _leading(data_dir)
    for _ in range(_MODIFIERS):
        found = pattern.match(name)
        if found is None or found.end() == len(name):
            break
        year, place = year or found.group("year"), place or found.group("place")
        name = name[found.end():]
    ending = _ACTIVITIES.search(name) if activities else None
    return (name[:ending.start()] if ending and ending.start() >= 4 else name), year, place


_ACTIVITIES = re.compile("(?<!系列)活[动動]$")
"""The word for a campaign's activities ending its name (…宣传周活动): the campaign told with or without it
(2023年全国知识产权宣传周活动 in a headline, 2023年全国知识产权宣传周 in the lead) is one. A series of them
(…宣传周系列活动) is a headline's, which ``HeadlineEvents`` reads with the lead's name."""


def one_told(known: EventFact, event: EventFact, data_dir: Path) -> bool:
    """Two names of one type that differ only by the modifiers they carry or drop, on one day or with one of them
    undated (a year of the same day's, from a name, too), tell one event; a printed place or year in each that
    differs does not. A name ending in 活动 is of no type of its own (``Event``), and may be the other's. A named
    day (世界知识产权日, ``event-day``) is no campaign of activities told without the word: 2023年世界知识产权日活动
    are the activities held for the day, not the day."""
    if known.type != event.type and GENERIC not in (known.type, event.type):
        return False
    if not (known.start is None or event.start is None
            or known.start.startswith(event.start) or event.start.startswith(known.start)):
        return False
    activities = DAY_RULE not in (known.rule, event.rule)
    (rest, year, place), (other, other_year, other_place) = (_bare(known.label, data_dir, activities),
                                                             _bare(event.label, data_dir, activities))
    if rest != other or len(rest) < 4 or spelled(known.label) == spelled(event.label):
        return False
    return (None in (year, other_year) or year == other_year) and (None in (place, other_place) or place == other_place)


_INSERTED = 4
"""At most a word of two or so characters put before a name's head (专利代理师业务培训班 for 专利代理师培训班); a
word of one character is no such word: 中日韩…局长会议 is not 中日…局长会议, a country added names other sides."""
_SERIES = re.compile("系列(?:活[动動])?$")
"""A campaign's series of activities (…宣传周系列活动): the campaign told with or without the words."""


def _unseries(name: str) -> str:
    """The name without the words of a series (``_SERIES``); most names hold none, and are not searched."""
    return _SERIES.sub("", name) if "系列" in name else name


_EDITION_OR_DATE = re.compile(r"[\d〇零一二三四五六七八九十百第届屆次期年月日]")
"""What an inserted word must not hold: an edition, a number or a date sets two events of one name apart."""


def one_refined(known: EventFact, event: EventFact, data_dir: Path) -> bool:
    """Two names of one type told on one day (or one undated), one the other with a word put in before its head
    (专利代理师培训班 and 专利代理师业务培训班; 安徽省专利工程师岗前培训班 and 全省专利工程师培训班, the modifiers
    ``one_told`` drops set aside, and a series of activities: 知识产权保护宣传周系列活动 and 知识产权宣传周): a
    telling that names the event more closely, or more loosely, not a second event. The words around the
    insertion must open and end both names (two characters at least on each side: the head noun and what it is
    of), and the word put in holds no number, edition or date (第二期 sets sessions apart)."""
    if known.type != event.type and GENERIC not in (known.type, event.type) or DAY_RULE in (known.rule, event.rule):
        return False
    if known.start != event.start and None not in (known.start, event.start):
        return False
    (one, year, place), (other, other_year, other_place) = _bare(known.label, data_dir), _bare(event.label, data_dir)
    short, long = sorted((_unseries(one), _unseries(other)), key=len)
    if not 2 <= len(long) - len(short) <= _INSERTED or len(short) < 6 \
            or None not in (year, other_year) and year != other_year \
            or None not in (place, other_place) and place != other_place:
        return False
    opening = next((i for i, (a, b) in enumerate(zip(short, long)) if a != b), len(short))
    inserted = long[opening:opening + len(long) - len(short)]
    return opening >= 2 and len(short) - opening >= 2 and long.endswith(short[opening:]) \
        and not _EDITION_OR_DATE.search(inserted)
