"""One event told under variants of its name: a headline and the body, or two paragraphs, name one meeting with and
without the modifiers a name may carry or drop — a leading place (苏州市…, 浙江省…, 苏州…), the whole of the area the
report is about (全市, 全省, 全区), the year of its edition (2024年…) — so 2024年知识产权工作会议, 全市知识产权工作会议
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
from ipgraph.zh.dates import YEAR
from ipgraph.zh.grammar import WHOLE, alternation

_MODIFIERS = 3
"""At most a place, a year and 全市 lead a name (苏州市2024年…, 2024年全市…)."""


@lru_cache(maxsize=4)
def _leading(data_dir: Path) -> re.Pattern[str]:
    """A modifier a name may open with: a year (group ``year``), a place (``place``: a known city or province, or
    two to four characters before an area's suffix, 南京市, 浙江省, not a word the suffix begins: 市场), or the
    whole area (全市)."""
    gazetteer = load_gazetteer(data_dir)
    known = {name for city in gazetteer.cities.values() for name in (city.name_zh, *city.aliases_zh)}
    known.update(gazetteer.provinces)
    suffixes, words = alternation(gazetteer.place_suffixes), alternation(gazetteer.suffix_words)
    levels = "".join(suffix for suffix in gazetteer.place_suffixes if len(suffix) == 1)
    whole = f"{WHOLE}[国{levels}]"  # 全国, 全省, 全市 (zh.grammar.WHOLE): the whole of the area, no place named
    return re.compile(rf"(?P<year>{YEAR})年度?的?|{whole}|"
                      rf"(?P<place>{HAN}{{2,4}}?(?!{words})(?:{suffixes})|{alternation(tuple(known))})")


@lru_cache(maxsize=8192)  # compared with every event told before: once per label, not once per pair
def _bare(label: str, data_dir: Path) -> tuple[str, str | None, str | None]:
    """A name without the modifiers it opens with, and the year and place they printed."""
    name, year, place = spelled(label), None, None
    pattern = _leading(data_dir)
    for _ in range(_MODIFIERS):
        found = pattern.match(name)
        if found is None or found.end() == len(name):
            break
        year, place = year or found.group("year"), place or found.group("place")
        name = name[found.end():]
    return name, year, place


def one_told(known: EventFact, event: EventFact, data_dir: Path) -> bool:
    """Two names of one type that differ only by the modifiers they carry or drop, on one day or with one of them
    undated (a year of the same day's, from a name, too), tell one event; a printed place or year in each that
    differs does not."""
    if known.type != event.type or not (known.start is None or event.start is None
                                        or known.start.startswith(event.start) or event.start.startswith(known.start)):
        return False
    (rest, year, place), (other, other_year, other_place) = _bare(known.label, data_dir), _bare(event.label, data_dir)
    if rest != other or len(rest) < 4 or spelled(known.label) == spelled(event.label):
        return False
    return (None in (year, other_year) or year == other_year) and (None in (place, other_place) or place == other_place)
