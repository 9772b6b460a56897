"""Phrases that end in a head noun and still name no body: a kind of body (非政府组织, 各级法院, 有关部门), a count of
bodies (保护中心12家, 一个…网络), a date or a number (2022年度…), a body to be built (共建…中心)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from ipgraph.extract.mentions.spans import is_cjk
from ipgraph.knowledge.gazetteer import read_tsv
from ipgraph.knowledge.wordlists import word_lists
from ipgraph.zh.grammar import APPROXIMATE, LIST_MARKS, NUMBER, NUMERALS, WHOLE

_COUNT = rf"{NUMBER}\s*(?:多|余|餘)?"
_COUNTED = re.compile(rf"{_COUNT}[家所座批]")
"""A count after a head (保护中心12家, 快速维权中心8家): the phrase names a kind of body, of which there are so many."""
_COUNTING = re.compile(rf"(?:\d|{_COUNT}[个個家所座批名位地级級省市区县]|[{APPROXIMATE}][个個家所座批])$")
"""A count before a phrase (一个…网络, 600多名…组织, 三地海关, 两市市场监管局, 三级法院, and a count of no fixed
value: 多个…中心, 几所…大学): it describes bodies, it does not name one. Of no fixed value only with a measure word
of bodies, for 数位 is also "digital" (数位内容协会)."""

_LIST_JOINS = tuple(LIST_MARKS)
"""What joins the items of a list of names that a verb before the list governs together (、和及与)."""
_VERB_MARKS = ("了", "的")
"""Marks that end the object of a verb before a list mark (共建甲中心的平台和乙协会: 乙协会 is no object of 共建)."""
_LIST_ITEM = 20
"""The most characters of one item of such a list (an organisation's name and a little more)."""
_ALL_OF_KINDS = ("national-office", "customs", "ministry", "court", "prosecution", "police")
"""Kinds of body each place has its own of (法院, 知识产权局, 海关): after 全国 or 全省 the bare head is every one of
them. Not government: 全国人大, 全国政协 are one body of the whole country."""
_COUNTRY = "国"
"""The level of the country, after 全 (全国) as a place's suffix is a place's level (全省)."""


def may_end_stop(char: str) -> bool:
    """Whether ``char`` may end an ordinal, a date or a count (第3届, 2022年, 一家, 600多名) before which a name read
    leftwards stops (``counted_before``; OrgShapes._backward's ordinals and dates): a digit, a character that ends
    one, or a newline (``$`` stands before a last one too); elsewhere their patterns need not be searched."""
    return char.isdecimal() or char in "届次屆年月日度个個家所座批名位地级級省市区县\n"


def counted_before(text: str, at: int) -> bool:
    """A count of bodies ends at ``at`` (当地一家, 600多名): reading a name leftwards stops there, and what follows
    describes bodies of a kind, it names none."""
    return _COUNTING.search(text, max(0, at - 6), at) is not None


def counted_start(text: str, start: int) -> bool:
    """A phrase that opens with a number (2022年度…, 三方…) is a date, a count or an ordinal, no name."""
    return text[start].isdigit() or text[start] in NUMERALS


def counts_bodies(text: str, end: int, head: str) -> bool:
    """A numeral right before a head of one character counts bodies of that kind (中、日、韩五局, 三局, 两院): no
    name ends so."""
    return len(head) == 1 and text[end - 2 : end - 1] in NUMERALS and end >= 2


class GenericPhrases:
    """The words of generality and the names of kinds of body of ``generic_words.tsv``."""

    def __init__(self, data_dir: str) -> None:
        rows = read_tsv(Path(data_dir) / "gazetteer" / "generic_words.tsv", ("word", "use"))
        # A verb of building stops a name and makes the phrase after it none, as a word of generality does.
        self.opens = tuple(r["word"] for r in rows if r["use"] in ("opens", "goal"))
        self.goals = tuple(r["word"] for r in rows if r["use"] == "goal")
        self.kinds = {r["word"] for r in rows if r["use"] == "kind"}
        # A verb of building opens a plan, not a body, but is no stop: names hold it (城乡建设局).
        self.plans = tuple(r["word"] for r in rows if r["use"] == "plan")
        self.opening = (*self.opens, *self.plans)
        stops = read_tsv(Path(data_dir) / "gazetteer" / "name_stops.tsv", ("word", "lists"))
        self.class_before = tuple(r["word"] for r in (*rows, *stops) if r.get("use", r.get("lists")) == "class")
        # After a count, a noun of the class bodies belong to (两家单位) counts the names before it: they are bodies.
        self.counted_names = tuple(word_lists(Path(data_dir) / "events" / "words.tsv").get("list_class", ()))
        levels = re.escape("".join(r["suffix"] for r in read_tsv(Path(data_dir) / "gazetteer" / "place_suffixes.tsv",
                                                                 ("suffix",)) if len(r["suffix"]) == 1))
        self.whole_of = re.compile(rf"{WHOLE}[{_COUNTRY}{levels}][{levels}、（）()]*$")

    def all_of_place(self, text: str, start: int, head_start: int, kind: str) -> bool:
        """The phrase read leftwards to ``start`` ends in the whole of a level right before a bare head of a kind
        each place has its own of (充分肯定全省法院, 入选全国法院, 全省县(区、市)知识产权局): every such body of the
        country or the place, no one of them, whatever the words before it."""
        return kind in _ALL_OF_KINDS and self.whole_of.search(text, start, head_start) is not None

    def listed_as_class(self, text: str, start: int) -> bool:
        """The offices a list of places from ``start`` shares after 的 are a class after a word of joining or
        benefiting (加入了X、Y的知识产权局, 为X、Y的知识产权局工作人员举办培训), one office each where they act
        (X、Y的知识产权局与…签署; 会见了X、Y的知识产权局官员)."""
        return text.endswith(self.class_before, 0, start - 1 if text[start - 1 : start] == "了" else start)

    def names_none(self, text: str, start: int, end: int, ends_in_head: Callable[[int], bool]) -> bool:
        """The phrase names a kind of body, not one: opened by a word of generality (有关部门, 地方知识产权局), or
        read up to one, also across a list of items sharing its head (各省、自治区、直辖市知识产权局: items that
        ``ends_in_head`` says have no head of their own), or counted after its head (保护中心12家; not when a noun of
        a class follows the count: X局、Y局两家单位 counts the names) or before it
        (一个…网络), or the name of a kind of body (非政府组织), or opened by a verb of building (建设…中心); or it
        is quoted after one (共建“某学院”), or is an item of a list after one (_goal_listed)."""
        count = _COUNTED.match(text, end)
        if count and not text.startswith(self.counted_names, count.end()) or text.startswith(self.opening, start) or \
                text[start:end] in self.kinds or counted_before(text, start) or \
                start > 0 and text[start - 1] in "“\"" and text.endswith(self.opens, 0, start - 1):
            return True
        at = start
        while text[at - 1 : at] == "、" and not ends_in_head(at - 1):
            item = at - 1
            while item > 0 and item > at - 6 and is_cjk(text[item - 1]) and not text.endswith(self.opens, 0, item):
                item -= 1
            at = item
        return text.endswith(self.opens, 0, at) or self._goal_listed(text, at)

    def _goal_listed(self, text: str, at: int) -> bool:
        """The phrase at ``at`` is an item of a list that a verb of building or of growing into a role opens
        (共同建设甲中心及乙中心, 发展成为区内创新及某贸易中心): the verb's object is the whole list, each item a body to
        be built or the role, as the first is."""
        while text[at - 1 : at] in _LIST_JOINS and at > 1:
            item = at - 1
            while item > 0 and at - item <= _LIST_ITEM and is_cjk(text[item - 1]) and \
                    not text.endswith(self.goals, 0, item) and text[item - 1] not in (*_VERB_MARKS, *_LIST_JOINS):
                item -= 1  # 的 or 了 ends the verb's object before the list mark (共建甲中心的平台和乙协会)
            if text.endswith(self.goals, 0, item):
                return True
            at = item
        return False
