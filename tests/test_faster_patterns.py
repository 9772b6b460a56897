"""Patterns rewritten for speed (session 34, sp32) find what their plain forms found: the plain form is written
here as it was, and both are run over sentences of our own."""

from __future__ import annotations

import re

from ipgraph.extract.events.listed import _ordinals
from ipgraph.extract.events.model import BREAKS, CLAUSE_CHAR
from ipgraph.extract.mentions.given_names import TRANSLITERATED, transliterated
from ipgraph.zh.dates import DateSpan, referred_day
from ipgraph.zh.grammar import CLAUSE_BREAKS, ITEM_COPULA, ITEM_OPENING, SENTENCE_ENDS
from ipgraph.zh.time_words import VAGUE_TIME

SENTENCES = [
    "一是加强执法协作；二是举办培训班，三是开展宣传。",
    "十是完善机制：一是二是，他说九是",
    "会见了让·皮埃尔·马丁和安娜•彼得罗娃，双方就合作交换意见。",
    "第五届宁波•香港知识产权论坛上，帕特里克·蒂普先生致辞。",
    "··让·马，甲乙丙丁戊己庚辛壬癸·子丑·寅",
    "共有1,200名代表，会期3.5天，14:30开幕，议程1:2通过。",
    "一是",
    "",
]


def test_item_opening_marks_the_items_the_plain_pattern_marked() -> None:
    plain = re.compile(rf"(^|[{CLAUSE_BREAKS}{SENTENCE_ENDS}]){ITEM_COPULA}")
    for sentence in SENTENCES:
        assert ITEM_OPENING.sub("，，", sentence) == plain.sub(r"\1，，", sentence)


def test_clause_char_accepts_what_the_plain_pattern_accepted() -> None:
    plain = re.compile(rf"(?:(?!(?<=\d)[,.:](?=\d))[^{BREAKS}]|(?<=\d)[,.:](?=\d))+")
    faster = re.compile(f"{CLAUSE_CHAR}+")
    for sentence in SENTENCES:
        assert [m.span() for m in faster.finditer(sentence)] == [m.span() for m in plain.finditer(sentence)]


def test_transliterated_finds_every_dotted_name_finditer_found() -> None:
    for sentence in SENTENCES:
        assert [m.span() for m in transliterated(sentence)] == [m.span() for m in TRANSLITERATED.finditer(sentence)]
    assert [m.group(0) for m in transliterated(SENTENCES[2])] == ["让·皮埃尔·马丁", "安娜•彼得罗娃"]


def test_the_day_before_is_referred_but_a_day_in_advance_is_not() -> None:
    told = DateSpan("2024-09-16", "2024-09-16", 0, 10)
    assert referred_day("前一天，研究院举办了培训班。", told).start == "2024-09-15"
    assert referred_day("材料需提前一天报送。", told) is None
    assert referred_day("次日，双方签署协议。", told).start == "2024-09-17"


def test_vague_time_finds_what_its_leading_lookbehind_found() -> None:
    """Session 35 (sp34): the lookbehind of 日前 stands after 日, so every branch opens with its character."""
    plain = re.compile(r"(?:近日|近期|连日来|連日來|前不久|不久前|(?<![\d〇一二三四五六七八九十])日前)")
    sentences = [*SENTENCES, "日前，甲市举办培训班；16日前报名，十日前截止。", "近日日前前不久不久前连日来連日來近期",
                 "截至3月1日前后，乙局日前发布通知", "日前", "9日前"]
    for sentence in sentences:
        for start in range(len(sentence) + 1):  # searched from inside the text too, as the event rules do
            assert [m.span() for m in VAGUE_TIME.finditer(sentence, start)] == \
                   [m.span() for m in plain.finditer(sentence, start)]


def test_listed_sessions_are_split_and_a_single_one_is_left_whole() -> None:
    assert _ordinals("甲组织专家组第58次、第59次会议") == ["甲组织专家组第58次会议", "甲组织专家组第59次会议"]
    assert _ordinals("甲组织专家组第58次会议") == ["甲组织专家组第58次会议"]
    assert _ordinals("乙论坛第一届和丙论坛") == ["乙论坛第一届和丙论坛"]
