"""The holder an event's own name gives when no sentence names one: a body that opens the name with the year of
its edition (最高人民法院2017年…新闻发布会), or the place a scope word opening it stands for (全市…联络员会议 in a
report on 连云港市, 全省法院…工作会议 in one on 浙江法院)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ipgraph.extract.events.labels import ACRONYM_BRACKET
from ipgraph.extract.report_facts import Located
from ipgraph.ingest.passages import Passage
from ipgraph.knowledge.gazetteer import ORG
from ipgraph.zh.grammar import JOIN_OR_WITH, ORDINAL
from ipgraph.zh.time_words import YEAR

if TYPE_CHECKING:
    from ipgraph.extract.events.reader import EventReader


def name_owner(reader: EventReader, passage: Passage, label: tuple[int, int] | None) -> list[str]:
    """The body the event's own name says holds it, by its year (``yearly_owner``) or its scope (``scope_owner``)."""
    if label is None:
        return []
    return yearly_owner(passage.text, reader.facts.located.get(passage.slug, []), label) \
        or scope_owner(reader, passage.text[label[0]:label[1]])


def yearly_owner(text: str, mentions: list[Located], label: tuple[int, int]) -> list[str]:
    """A body that opens the event's own name with the year of its edition right after it (最高人民法院2017年…新闻
    发布会, 世界知识产权组织（WIPO）2020年…暑期学校; or right before the name read, when the name starts at the
    year) holds that year's event: its organiser when no sentence names one."""
    for first in (m for m in mentions if m.kind == ORG and m.end <= label[1]):
        after = ACRONYM_BRACKET.match(text, first.end)
        year_at = after.end() if after else first.end
        if (first.start == label[0] or year_at == label[0]) and _OWN_YEAR.match(text, year_at):
            return [f"org/{first.key}"]
    return []


def opening_owner(text: str, mentions: list[Located], label: tuple[int, int] | None) -> list[str]:
    """A body whose name opens a meeting's own name, words of the meeting's own after it (中国—东盟中心中期评估会议,
    某协会工作组会议), holds it when no sentence names who does: the name says whose meeting it is, as a year after
    the body does (``yearly_owner``); not one joined to another body (A与B…会议: their talks, ``sessions.py``). Only
    for a meeting (a ceremony's or a fair's name opens with what it unveils or shows: 某分公司揭牌仪式) in a report with
    no author (an author's report names its joint bodies' meetings as its own), and not a numbered session, whose
    holder is the organ before its number (世卫组织执委会第153届会议: the board's, not WHO's; ``session_body``)."""
    first = next((m for m in mentions if label and m.kind == ORG and m.start == label[0] and m.end < label[1]), None)
    if first is None or label is None or ORDINAL.search(text, label[0], label[1]):  # a session: session_body's
        return []
    after = ACRONYM_BRACKET.match(text, first.end)
    return [] if _JOINED_AFTER.match(text, after.end() if after else first.end) else [f"org/{first.key}"]


_JOINED_AFTER = re.compile(rf"\s*(?:{JOIN_OR_WITH})")
"""A word joining a second body right after the first (A与B, A、B): the name opens with both."""
_OWN_YEAR = re.compile(rf"\s*{YEAR}\s*年?\s*(?![-–—至到\d])")
"""The year of a body's edition right after its name (2017年…, 2024…), not the first year of a range (2020-2021年)."""


@lru_cache(maxsize=4)
def scope_places(provinces: tuple[str, ...], prefectures: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The names of China's places a scope word may mean, as a body's name opens with them: a province with or
    without 省 (浙江法院, 浙江省法院), a prefecture-level city with or without 市, a municipality with 市 (上海市);
    made once per gazetteer."""
    return {"province": (*provinces, *(p + "省" for p in provinces)),
            "prefecture": (*prefectures, *(p + "市" for p in (*prefectures, *provinces)))}


def scope_owner(reader: EventReader, name: str) -> list[str]:
    """全市…会议, 全省法院…会议: the scope word (words.tsv: scope_province, scope_prefecture) stands for the place of
    its level the report names, so the event is held by that place's body the report names: the place's body of the
    head printed after the scope word
    (全省法院 → 浙江法院, 浙江省法院), else the place itself as a body (连云港市). Only one such body in the report:
    with two places of that level, the word says which of them no better than the text does."""
    level, scope = next(((lv, w) for lv in reader.places for w in reader.rules.words.get(f"scope_{lv}", ())
                         if name.startswith(w)), ("", ""))
    if not level:
        return []
    found: dict[str, int] = {}  # each body and the length of the head it shares with the name
    for passage in reader.passages.values():
        for mention in reader.facts.located.get(passage.slug, []):
            surface = passage.text[mention.start:mention.end]
            if mention.kind != ORG:
                continue
            for place in reader.places[level]:
                head = surface[len(place):] if surface.startswith(place) else None
                if head is not None and name.startswith(head, len(scope)) and (head or surface == place):
                    found[f"org/{mention.key}"] = max(found.get(f"org/{mention.key}", 0), len(head))
    best = max(found.values(), default=0)
    owners = [key for key, length in found.items() if length == best]
    return owners if len(owners) == 1 else []
