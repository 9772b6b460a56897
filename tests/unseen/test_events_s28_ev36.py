"""Issue 16, events, session 28 (ev36): sentences written for these tests (none copied from an evaluation text),
read by the real pipeline — a named day said to be near (即将到来之际) makes no plan of the sentence it frames; a
count of one before a noun its topic words name, the subject of its verb in one clause, tells that event
(一场…竞赛在…举行); a headline's 2024年X and the body's 首届X are one event, named by the edition; a set the event
is one of (…之一的) is no event and no part of its name; a court session held for observation (观摩庭) is an event
noun; a headline's theme before a double dash (“…”——第五届…论坛) is no part of the name."""

from __future__ import annotations

import pytest

from tests.unseen.test_events import events, one

# --- a day said to be near frames the sentence: no plan (knowledge day_near after a future word) ---


@pytest.mark.parametrize("text", [
    "在第25个世界知识产权日即将到来之际，4月22日，县市场监管局举办了“知识产权进社区”宣传活动。",
    "值世界知识产权日即将来临之际，4月22日上午，县市场监管局举办了“知识产权进社区”宣传活动。",
    "在第25個世界知識產權日即將到來之際，4月22日，縣市場監管局舉辦了“知識產權進社區”宣傳活動。",
])
def test_a_day_said_to_be_near_makes_no_plan_of_its_sentence(text: str):
    found = [e for e in events(text, date="2025-04-23") if "进社区" in e.label or "進社區" in e.label]
    assert [e.start for e in found] == ["2025-04-22"]


def test_a_plan_is_still_a_plan_beside_a_day_said_to_be_near():
    """Guards the day: a future word that says no day is near still makes the unnumbered name a plan."""
    found = events("世界知识产权日即将到来，县市场监管局表示即将举办专利代理培训班。", date="2025-04-20")
    assert [e.label for e in found if "培训班" in e.label] == []


# --- a count of one before a name its topic words make, held in its own clause ---


@pytest.mark.parametrize(("text", "label", "start"), [
    ("20日上午，一场青少年知识产权知识竞赛在市图书馆举行。", "青少年知识产权知识竞赛", "2024-05-20"),
    ("20日下午，一場中小學版權知識競賽在市文化館舉行。", "中小學版權知識競賽", "2024-05-20"),
])
def test_a_count_of_one_before_a_subject_held_in_its_clause_tells_the_event(text: str, label: str, start: str):
    assert one(events(text, date="2024-05-21"), label).start == start


def test_a_described_subject_brought_in_by_a_count_of_one_is_still_no_event():
    """Guards the description: 一场面向…的研讨会 is introduced, not named, even held in its clause."""
    assert events("一场面向外贸企业的商标研讨会在宁波举行。", date="2024-05-21") == []


# --- a headline's year and the body's first edition tell one event ---


def test_a_headlines_year_and_the_bodys_first_edition_are_one_event():
    text = ("职业学院成功举办2024年专利检索技能大赛\n"
            "学院于2024年5月16日成功举办首届专利检索技能大赛，来自8个系的学生参赛。\n")
    found = [e for e in events(text, date="2024-05-18") if "大赛" in e.label]
    assert [(e.label, e.start) for e in found] == [("首届专利检索技能大赛", "2024-05-16")]


# --- a set the event is one of: no event, no part of the name (knowledge referred 之一, left_stop 之一的) ---


def test_a_set_the_event_is_one_of_is_neither_an_event_nor_part_of_its_name():
    found = events("5月8日，作为宣传周十大主题活动之一的长三角商标保护论坛在南通举行。", date="2024-05-09")
    assert [(e.label, e.start) for e in found] == [("长三角商标保护论坛", "2024-05-08")]


# --- a court session held for observation (types.tsv 观摩庭) ---


def test_a_court_session_held_for_observation_is_an_event():
    found = events("4月23日，区法院举办了“老字号”商标纠纷观摩庭。", date="2024-04-24")
    assert one(found, "“老字号”商标纠纷观摩庭").start == "2024-04-23"


# --- a double dash after a headline's theme: the name starts after it, unless an event is named before it ---


def test_a_headlines_theme_before_a_double_dash_is_no_part_of_the_name():
    found = events("“数据赋能 护航创新”——第五届海峡两岸专利论坛在厦门举行\n", date="2024-06-02")
    assert [e.label for e in found] == ["第五届海峡两岸专利论坛"]


def test_an_event_named_before_a_double_dash_keeps_the_part_after_it():
    """Guards the event before the dash: a forum and its seminar told as one name of two parts."""
    found = events("6月1日，2024海峡专利论坛——两岸专利审查实务研讨会在厦门举行。", date="2024-06-02")
    assert [e.label for e in found] == ["2024海峡专利论坛——两岸专利审查实务研讨会"]
