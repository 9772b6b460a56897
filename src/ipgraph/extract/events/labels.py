"""How an event's name is compared with its other tellings: without white space, the marks that join its parts, an
acronym in brackets or a relative year; one telling of a name matches another told apart by print alone."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ipgraph.zh.dates import RELATIVE_YEARS
from ipgraph.zh.grammar import CLAUSE_BREAKS, ORDINAL, SENTENCE_ENDS

ACRONYM_BRACKET = re.compile(r"[（(][A-Za-z][A-Za-z0-9\-–&. ]{0,15}[)）]")
"""An acronym in brackets after a name, full-width or half-width as real text types it (世界知識產權組織(WIPO))."""
_RELATIVE_YEAR = re.compile(rf"^(?:{'|'.join(RELATIVE_YEARS)})的?")
"""A year named relative to the report's (今年宣传周, 去年的论坛) before an event's noun: a time, no part of a name."""
_THIS_YEAR = re.compile(rf"^(?:{'|'.join(y for y, shift in RELATIVE_YEARS.items() if shift == 0)})的?")


def squash(text: str) -> str:
    """Text without white space: how names and quotes are compared across line breaks (``str.split`` cuts at
    ``str.isspace``, which is what ``\\s`` matches; ~4,400 calls a build, a fifth of the time of ``re.sub``)."""
    return "".join(text.split())


_ACRONYM_NAMED = re.compile(r"^[^（(]*[（(]([A-Z][A-Z0-9&]{1,15})[)）]")
_DASHES_AND_QUOTES = re.compile(r"[-–—－·•‧・∙“”「」『』]")


@lru_cache(maxsize=8192)
def abbreviated(label: str) -> str:
    """A name as told with its body's acronym alone: the bracket gives the acronym of all the name before it
    (世界知识产权组织(WIPO)成员国大会 is WIPO成员国大会), so a full and a short telling compare equal."""
    return spelled(_ACRONYM_NAMED.sub(r"\1", squash(label)))


def span_of(label: str, span_nouns: tuple[str, ...]) -> str:
    """A campaign's 活动 told by the campaign's own name: “4·26知识产权宣传周”活动 is 4·26知识产权宣传周, what a
    later “知识产权宣传周”口岸宣讲活动 names again as the week its stand was part of (``span_nouns``: 宣传周,
    活动月)."""
    return label[:-2] if label.endswith("活动") and label[:-2].endswith(span_nouns) else label


def without_relative_year(name: str, this_year: bool = False) -> str:
    """The noun a relative year tells the time of (今年宣传周 is 宣传周 of this year): a bare noun, not a name of
    its own. ``this_year`` strips only this year (今年, 本年): 今年论坛 points back to the forum the report told,
    去年论坛 to an edition before it."""
    return (_THIS_YEAR if this_year else _RELATIVE_YEAR).sub("", name, count=1)


@lru_cache(maxsize=8192)  # compared with every event told before: once per label, not once per pair
def spelled(label: str) -> str:
    """A name as compared with its other tellings: without white space, the dashes and middle dots that join
    its parts (a headline's 中国东盟…研讨会 is the body's 中国—东盟…研讨会, 北京·香港 is 北京•香港) and an acronym
    in brackets (…协会（AIPPI）…大会 told again without it), and quotation marks, the corner ones of Hong Kong and
    Taiwan too (第五届「两岸专利论坛」 is 第五届两岸专利论坛)."""
    return _DASHES_AND_QUOTES.sub("", ACRONYM_BRACKET.sub("", squash(label)))


def one_name(one: str, other: str, series_tail: re.Pattern[str], type_noun: Callable[[str], str]) -> bool:
    """Two tellings of one event in a headline and its lead: the shorter name, without a series ending
    (…宣传周系列活动 is …宣传周), is the end of the longer, and holds words of its own, two characters at least,
    before its type noun and besides an edition (工作业务培训会 ends 知识产权工作业务培训会; a bare 培训会 or
    第八届会议 names nothing alone: the eighth session of which body?). Two editions of a series (第四届…论坛,
    第五届…论坛), two years or two cities end alike only in what follows their edition, year or place, so neither
    name ends the other."""
    first, second = (series_tail.sub("", spelled(label)) or spelled(label) for label in (one, other))
    shorter, longer = sorted((first, second), key=len)
    own = ORDINAL.sub("", shorter)
    return longer.endswith(shorter) and len(own) - len(type_noun(own)) >= 2 and bool(type_noun(own))


@lru_cache(maxsize=4)
def alias_inside(aliases: str) -> re.Pattern[str]:
    """A bracket defining a short name (（简称“地标大会”）) with a name going on right after it (…组委会第一次工作会议):
    the longer name runs through it, and the bracket is no part of its label; made once per knowledge folder."""
    short = rf"[^”\"」（）(){CLAUSE_BREAKS}{SENTENCE_ENDS}]{{1,20}}"
    return re.compile(rf"[（(]\s*(?:{aliases})\s*[“\"「]?{short}[”\"」]?\s*[)）](?=[\u4e00-\u9fff])")


def words_within(shorter: str, longer: str, least: int = 2, most: int = 3) -> bool:
    """The shorter name's words stand in the longer one in the same order, a few words added between them (a
    headline's 知识产权宣传周宣传活动 in the body's 坡头区知识产权安全宣传周现场宣传活动; 专利工程师培训班 in
    安徽省专利工程师岗前培训班): read greedily as the longest runs of the shorter found in turn in the longer, each
    run a word at least (``least`` characters, so no stray character matches) and no more than ``most`` runs, so a
    name is not spelled out of scattered pieces of another."""
    at, runs, rest = 0, 0, spelled(shorter)
    longer = spelled(longer)
    while rest:
        size = next((n for n in range(len(rest), least - 1, -1) if longer.find(rest[:n], at) >= 0), 0)
        runs += 1
        if not size or runs > most:
            return False
        at = longer.find(rest[:size], at) + size
        rest = rest[size:]
    return runs > 0
