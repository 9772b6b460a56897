"""Issue 16, events, session 33 (ev47): sentences written for these tests (none copied from an evaluation text or a
probe), read by the real pipeline — several events in one sentence: a list's last items (A、B和C) are named in full,
each its own, and share the organiser named once before the first; an event told inside another's opening (开幕式上，
…举行了…仪式) was held on that event's day; the first edition (首届) gives a name of its own as 第三届 does; a
classroom (课堂) is an event noun, so a list of them parts at its 、; a batch (一批) is no part of a name."""

from __future__ import annotations

import pytest

from tests.unseen.test_events import events, one


def test_the_last_items_of_a_list_are_named_in_full_and_share_its_organiser():
    text = "5月8日，西岭区市场监管局先后举办了中小企业专利对接会、商标品牌推介会和知识产权保护专题培训班。"
    found = events(text, date="2024-05-10")
    for label in ("中小企业专利对接会", "商标品牌推介会", "知识产权保护专题培训班"):
        event = one(found, label)
        assert event.start == "2024-05-08"
        assert event.organisers == ["org/xi-ling-qu-shi-chang-jian-du-guan-li-ju"]


def test_a_last_item_that_repeats_the_modifier_still_shares_it():
    text = "6月3日，南屏市举办了青年创新论坛、南屏市知识产权局局长座谈会和局长联席会。"
    found = events(text, date="2024-06-10")
    assert one(found, "南屏市知识产权局局长联席会")


def test_an_event_told_at_another_ones_opening_was_held_that_day():
    text = ("9月12日，第五届西岭知识产权论坛在西岭开幕。"
            "开幕式上，西岭区市场监管局举行了西岭知识产权服务站揭牌仪式。")
    found = events(text, date="2024-09-15")
    assert one(found, "西岭知识产权服务站揭牌仪式").start == "2024-09-12"


def test_a_batch_of_signings_is_one_ceremony_named_without_the_batch():
    text = "9月12日，第五届西岭知识产权论坛在西岭开幕。开幕式上，与会嘉宾见证了一批专利转化项目签约仪式。"
    assert one(events(text, date="2024-09-15"), "专利转化项目签约仪式").start == "2024-09-12"


def test_the_first_edition_names_an_event_of_a_noun_too_common_alone():
    found = events("6月19日，首届东湖青年创客比赛在东湖举行。", date="2024-06-20")
    assert one(found, "首届东湖青年创客比赛").start == "2024-06-19"
    assert events("6月19日，东湖青年创客比赛在东湖举行。", date="2024-06-20") == []


def test_classrooms_listed_are_events_each():
    text = "4月24日，东湖区知识产权局开展了中学生普法线上课堂、商标保护专题讲座等活动。"
    found = events(text, date="2024-04-28")
    assert one(found, "中学生普法线上课堂").type == "TrainingCourse"
    assert one(found, "商标保护专题讲座")


def test_examples_after_an_activity_noun_are_held_events():
    text = "4月26日，东湖区市场监管局举办了一系列宣传活动，如知识产权知识竞赛、商标保护专题讲座等。"
    found = events(text, date="2024-05-10")
    assert one(found, "知识产权知识竞赛").start == "2024-04-26"
    assert one(found, "商标保护专题讲座")


def test_a_roadshow_or_matchmaking_activity_is_an_event():
    found = events("4月26日，东湖区市场监管局举办了高校专利转化对接活动和2024年专利转化路演活动。", date="2024-05-10")
    assert one(found, "高校专利转化对接活动").type == "Meeting"
    assert one(found, "2024年专利转化路演活动").start == "2024-04-26"


def test_an_unveiling_told_by_its_act_alone_is_a_ceremony():
    text = "在双方代表共同见证下，“东湖—南屏知识产权交流中心”于南屏大学正式揭牌成立。"
    found = events(text, date="2024-05-10")
    assert [e.label for e in found] == ["“东湖—南屏知识产权交流中心”揭牌成立"]
    assert found[0].type == "Ceremony"


@pytest.mark.parametrize("text", [
    "4月26日，副区长为东湖区知识产权服务站揭牌。",  # done at a ceremony told otherwise
    "东湖区知识产权服务站将于5月正式揭牌。",  # a plan
    "4月26日，东湖区知识产权服务站揭牌仪式在东湖举行。区长为“东湖区知识产权服务站”正式揭牌。",  # told by its noun
])
def test_an_unveiling_done_for_someone_planned_or_told_by_its_noun_is_no_second_event(text: str):
    assert not [e for e in events(text, date="2024-05-10") if e.rule == "event-unveiling"]


@pytest.mark.parametrize(("text", "label"), [
    ("5月9日，“西岭知识产权维权援助工作站”在西岭镇揭牌启用。", "“西岭知识产权维权援助工作站”揭牌启用"),  # unveil_result
    ("5月9日，“西岭知识产权维权援助工作站”在西岭镇隆重揭牌。", "“西岭知识产权维权援助工作站”揭牌"),  # a held_adverb
])
def test_the_words_of_an_unveiling_come_from_the_event_word_lists(text: str, label: str):
    """Session 29 mend: the act, what it opened and how it was done are rows of knowledge/events/words.tsv
    (unveil_act, unveil_result, held_adverb), not words in the module."""
    found = [e for e in events(text, date="2024-05-10") if e.rule == "event-unveiling"]
    assert [(e.label, e.start) for e in found] == [(label, "2024-05-09")]


def test_a_bare_unveiling_with_no_word_of_manner_or_result_is_any_plaques():
    found = events("5月9日，“西岭知识产权服务站”揭牌。", date="2024-05-10")
    assert not [e for e in found if e.rule == "event-unveiling"]
