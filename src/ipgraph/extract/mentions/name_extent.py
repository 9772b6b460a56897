"""How far a new organisation's name reaches from its anchor: forwards from a place or a known body to a head
(埃及知识产权局, 欧洲专利局审查部), and backwards from a head to where the name starts (中华商标协会). Kept apart
from ``organisations.py``, which gathers the candidates these readings give and makes the mentions (its ``ahead``,
``_forward`` and ``_backward``, which the other readers of names call, are these)."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from spacy.tokens import Span

from ipgraph.extract.mentions.generic import counted_before, may_end_stop
from ipgraph.extract.mentions.joined_nouns import NOUN_JOINS, joins_nouns, listed_nouns
from ipgraph.extract.mentions.reach import REACH, titled_before, within_reach
from ipgraph.extract.mentions.spans import is_cjk
from ipgraph.extract.mentions.starts import (
    COPULA,
    LATIN_NAME,
    acting_for,
    joined_to_name,
    joint_verb_at,
    posted_if_needed,
)
from ipgraph.knowledge.gazetteer import CITY, COUNTRY
from ipgraph.zh.grammar import NAME_DOTS, NUMERALS, ORDINAL, POSTED, SHORT_FORM_WORDS

if TYPE_CHECKING:  # OrgShapes calls these readers, passing itself
    from ipgraph.extract.mentions.organisations import OrgShapes

_BRACKET = re.compile(rf"[（(](?!{SHORT_FORM_WORDS})[^（）()]{{1,10}}[）)]")
"""A short bracket a name is read across (中国（深圳）知识产权保护中心): a place or a gloss in it, no break; not one
that defines a short form (某中心（以下简称“某中心”）某部: the name ends before it, definitions.py reads it)."""
_ORDINAL_END = re.compile(ORDINAL.pattern.replace("第", "第?") + "$")
"""An ordinal ending where a name would start (第29次中日…局长会议): the name of a session, not of a body."""
_SESSION = re.compile(ORDINAL.pattern.replace("第", "第?"))
"""A session's number after a complete name (某协会分会一届二次理事会): the body's name ends before it."""
_COUNT_OPENINGS = frozenset(NUMERALS)
"""What a count of places closing a list (``lists.list_closers``' second pattern: 两市) opens with."""
_DATE_END = re.compile(r"\d\s*(?:[年月日]|年度)$")
"""A date where a name would start (2021年泉州法院, 2022年度全市法院): no name holds one; reading leftwards stops."""


def stops_ahead(shapes: OrgShapes, text: str, found: list[Span]) -> tuple[list[int], dict[int, int]]:
    """What a name read forwards meets (``forward``), read once for a passage's every anchor: where the mentions
    that end one start, in order (no country or city, no gloss in brackets); each place's start → its end."""
    places = (COUNTRY, CITY)
    return sorted(m.start_char for m in found if m.label_ not in places and not (
        text[m.start_char - 1] in "(（" and text[m.end_char : m.end_char + 1] in (")", "）"))), \
        shapes.counties.starts(text) | {m.start_char: m.end_char for m in found if m.label_ in places}


def forward(shapes: OrgShapes, text: str, begin: int, found: list[Span], complete: bool = False,
            unit: bool = False, ahead: tuple[list[int], dict[int, int]] | None = None) -> int | None:
    """The furthest end of a name that goes on from ``begin`` (after a place or an organisation) to a head
    within the clause, before a function word, a verb, a count of listed places (甲、乙两地知识产权局: lists.py
    names each place's), the next organisation or person (中国与埃及知识产权局 is Egypt's), or a place after a
    complete name (香港中通社香港中通社 is two; ``complete``: the name before ``begin`` already ends in a head,
    so 以及/和/、 after it join names, not nouns: 某大学学院以及某集团); after an
    organisation (``unit``) the head of a unit of two characters or more right after it ends a name too
    (国务院办公厅)."""
    if begin < len(text) and text[begin - 1 : begin + 1].startswith(("(", "（")) or \
            (complete or unit) and text.startswith(COPULA, begin):
        return None  # 某大学系教育部直属高校: after a body's head, 系 is "is", no department opening a unit
    cuts, place_ends = stops_ahead(shapes, text, found) if ahead is None else ahead
    cut = bisect_left(cuts, begin)
    limit = min(len(text), begin + shapes.max_chars, cuts[cut] if cut < len(cuts) else len(text))
    # a place or a bare 省/市 opens another name once one is found (…监管局联合省知识产权局); 高新区分局 does not
    lone, zones = shapes.lone_places, shapes.zones
    best, joined, at, listed = None, begin, begin, False
    while at < limit and not ((best is not None or complete) and (
            at in place_ends or text[at] in lone and not text.endswith(zones, 0, at + 1))):
        bracket = _BRACKET.match(text, at) if text[at] in "（(" else None
        if bracket and not shapes.byline.search(bracket.group(0)) or at in place_ends:
            at = bracket.end() if bracket else place_ends[at]  # a known place wins over a break in it: 维也纳
            continue
        if not is_cjk(text[at]) and (complete or not listed_nouns(shapes, text, begin, at, best, found, limit)) \
                or shapes.breaks(text, at) and (complete or not joins_nouns(shapes, text, begin, at, best, found)) or \
                shapes.stops.starting(text, at) or joint_verb_at(shapes, text, at, begin) or \
                (best is not None or complete or unit) and _SESSION.match(text, at) or \
                text[at] in _COUNT_OPENINGS and shapes.closers[1].match(text, at):  # a count opens with a numeral
            break
        joined = at + 1 if text[at] in NOUN_JOINS or text[at] == "、" else joined
        listed = listed or text[at] == "、"
        at += 1
        head = shapes.head_at(text, at)
        own_words = 0 if listed or head is not None and (unit and head.unit_after(begin, at) or head.whole) else 1
        if head is not None and at - len(head.head) >= joined + own_words and \
                posted_if_needed(head, text, begin - 1, at):
            best = at
    return best


def backward(shapes: OrgShapes, text: str, head_start: int, found: list[Span]) -> int:
    """Where a name ending in a head starts: read leftwards (as far as reach.py allows) over its characters and
    brackets (an acronym's after a head: 国际保护知识产权协会(AIPPI)中国分会) to punctuation, a function word, a
    verb before names, another name, or a place (中国发明协会, unless a bracket or another place precedes it:
    中国中山(灯饰)…中心); the place or body a mission is posted at is in its name (我驻欧盟使团)."""
    ends, counties = {s.end_char: s for s in found}, shapes.counties.ends(text)
    at = head_start
    while at > 0 and (head_start - at < REACH or within_reach(shapes, text, at, head_start, ends)) and \
            (at in counties or not shapes.stops.ending(text, at)) and not (may_end_stop(text[at - 1]) and (
                _ORDINAL_END.search(text, max(0, at - 8), at) or _DATE_END.search(text, max(0, at - 4), at)
                or counted_before(text, at))):
        if at <= head_start and (joined_to_name(shapes, text, at, head_start, ends)
                                 or acting_for(shapes, text, at, head_start)):
            break  # 江苏省知识产权局联合南京大学, 甲代表省委: two bodies, or one acting for another
        if at < head_start and shapes.province.match(text, at) and text[at - 1 : at] not in ("）", ")") and \
                at not in ends:
            break  # a province with its suffix starts the name, as a place does: 对江苏省知识产权局
        mention = ends.get(at)
        if mention is None and at in counties:
            at = counties[at]  # a county the list knows is one place, whatever words it holds: 会同县
            continue
        if mention is not None:
            if text[mention.start_char - 1 : mention.start_char] == POSTED:
                at = mention.start_char - 1
                continue
            if mention.label_ not in (COUNTRY, CITY):
                break
            at = mention.start_char
            if at in ends or text[at - 1 : at] in ("）", ")"):
                continue
            break
        char = text[at - 1]
        if char in "）)":
            opening = max(text.rfind("（", 0, at), text.rfind("(", 0, at))
            if opening < 0 or not _BRACKET.fullmatch(text, opening, at) or shapes.byline.search(text, opening, at) \
                    or text[opening + 1 : at - 1].isascii() and shapes.head_at(text, opening) is None:
                break
            at = opening
        elif (title := titled_before(shapes, text, at)) is not None:
            at = title  # a body named after the instrument it serves: 《某公约》秘书处, “某框架”工作组
        elif is_cjk(char) and not shapes.breaks(text, at - 1) or \
                char in NAME_DOTS and is_cjk(text[at - 2 : at - 1] or "-") and is_cjk(text[at : at + 1] or "-"):
            at -= 1  # a dot between two characters joins a transliterated name: 爱德华多·蒙德拉内大学
        else:
            latin = LATIN_NAME.search(text, max(0, at - 24), at) if at == head_start else None
            return latin.start() if latin else at
    return at
