"""Dates, session 34 (dt44): a date told apart from the event's name. Every sentence here was written for these
tests, none copied from an evaluation text; each runs the real pipeline (tests/unseen/test_events.py's helper)."""

from __future__ import annotations

from tests.unseen.test_dates_s13 import agreements
from tests.unseen.test_events import events, one


def test_a_scene_word_of_a_meeting_dates_what_was_launched_there():
    text = "9月16日上午，江城市知识产权保护大会召开。会议现场，“江城高价值专利大赛”活动启动。\n"
    assert one(events(text, date="2023-09-20"), "“江城高价值专利大赛”活动").start == "2023-09-16"


def test_a_scene_word_of_a_launch_dates_the_signing_there():
    text = ("4月20日，江城市知识产权宣传周启动仪式在江城举行。启动现场，江城、河口两市代表共同签署了"
            "《江河知识产权保护协作协议》。\n")
    signed = [a for a in agreements(text, date="2023-04-25") if "协作协议" in a.label]
    assert [a.date for a in signed] == ["2023-04-20"]


def test_this_activitys_time_told_later_dates_the_one_event_named_with_its_year():
    text = ("江城市科协举办2022年江城市知识产权宣传周。\n"
            "本次活动时间从2022年4月23日至2022年4月30日，江城市知识产权协会将组织好各项工作。\n")
    week = one(events(text, date="2022-05-10"), "2022年江城市知识产权宣传周")
    assert (week.start, week.end) == ("2022-04-23", "2022-04-30")


def test_a_connective_opening_the_sentence_leaves_the_event_pointed_back_to_as_the_subject():
    text = ("9月16日，江城市知识产权局举办江城知识产权论坛。\n"
            "此外，本次论坛还举办了专利转化对接会。\n")
    assert one(events(text, date="2023-09-20"), "专利转化对接会").start == "2023-09-16"


def test_the_day_after_as_geti_counts_on_from_the_date_told_before():
    text = "9月16日，江城知识产权论坛在江城开幕。隔天，江城市知识产权局举办了专利转化对接会。\n"
    assert one(events(text, date="2023-09-20"), "专利转化对接会").start == "2023-09-17"


def test_a_date_in_brackets_after_a_vague_recent_time_is_the_day():
    text = "日前（9月16日），江城知识产权论坛在江城举行。\n"
    assert one(events(text, date="2023-09-20"), "江城知识产权论坛").start == "2023-09-16"
    signed = agreements("近日（9月15日），江城市知识产权局与河口大学签署了《知识产权人才培养合作协议》。\n",
                        date="2023-09-20")
    assert [a.date for a in signed] == ["2023-09-15"]
    assert one(events("日前，江城知识产权论坛在江城举行。\n", date="2023-09-20"), "江城知识产权论坛").start is None


def test_qijian_opening_a_sentence_is_during_the_event_told_before():
    one_day = "9月16日，江城知识产权论坛在江城举行。其间，江城市知识产权局举办了专利转化对接会。\n"
    assert one(events(one_day, date="2023-09-20"), "专利转化对接会").start == "2023-09-16"
    days = "9月16日至18日，江城知识产权论坛在江城举行。其间，江城市知识产权局举办了专利转化对接会。\n"
    assert one(events(days, date="2023-09-20"), "专利转化对接会").start == "2023-09"
