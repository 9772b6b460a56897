"""Issue 16, events, session 23: sentences written for these tests (none copied from an evaluation text), read by the
real pipeline, one test per mechanism — quoted titles listed before one shared head noun, a pivot holder (A组织B开展…),
a sentence that opens with a part of the day alone, and 拉开序幕 after an event's name."""

from __future__ import annotations

from tests.unseen.test_events import events, one

# --- quoted titles listed before one head: each titles an event of its own ---------------------------------


def test_two_quoted_titles_joined_by_he_before_one_noun_are_two_events():
    found = events("5月9日，江南市知识产权局举办“专利进社区”和“商标走进乡村”活动。", date="2025-06-10")
    for label in ("“专利进社区”活动", "“商标走进乡村”活动"):
        event = one(found, label)
        assert event.start == "2025-05-09" and event.organisers == ["org/jiang-nan-shi-zhi-shi-chan-quan-ju"]


def test_three_quoted_titles_listed_with_dun_and_he_are_three_events():
    found = events("5月9日，江南市知识产权局举办“护苗”、“清风”和“远航”宣传活动。", date="2025-06-10")
    assert {"“护苗”宣传活动", "“清风”宣传活动", "“远航”宣传活动"} <= {e.label for e in found}


def test_one_quoted_title_before_the_noun_stays_one_event():
    found = events("5月9日，江南市知识产权局举办“专利进社区”活动。", date="2025-06-10")
    assert [e.label for e in found] == ["“专利进社区”活动"]


def test_books_listed_before_one_noun_are_the_topics_of_one_event():
    found = events("5月9日，江南市知识产权局举办《专利法》和《商标法》宣讲会。", date="2025-06-10")
    assert [e.label for e in found] == ["《专利法》和《商标法》宣讲会"]


# --- a pivot: A组织B(在…)开展 Y — A had B do it, so A holds it ------------------------------------------------


def test_a_body_that_has_its_students_carry_out_a_titled_activity_organises_it():
    found = events("5月9日，江南大学法学院组织学生在东湖广场开展“法治同行”普法活动。", date="2025-06-10")
    event = one(found, "“法治同行”普法活动")
    assert event.start == "2025-05-09" and event.organisers == ["org/jiang-nan-da-xue-fa-xue-yuan"]


def test_a_body_that_sends_its_students_to_attend_holds_nothing():
    found = events("5月9日，江南大学法学院组织学生参加“法治同行”普法活动。", date="2025-06-10")
    assert all("jiang-nan-da-xue-fa-xue-yuan" not in e.organisers for e in found)


# --- a part of the day alone opening a sentence goes on with the day told before -----------------------------


def test_a_sentence_opening_with_shangwu_takes_the_day_told_before():
    found = events("5月9日是江南市科技活动日。上午，江南市中级人民法院在市图书馆开展“知产护航”主题宣传活动。",
                   date="2025-06-10")
    assert one(found, "“知产护航”主题宣传活动").start == "2025-05-09"


# --- 拉开序幕 after an event's name says it was held ----------------------------------------------------------


def test_an_activity_that_raises_its_curtain_in_a_square_is_held():
    found = events("5月9日，“青春护创新”活动在东湖广场拉开序幕，师生踊跃参与。", date="2025-06-10")
    assert one(found, "“青春护创新”活动").start == "2025-05-09"
