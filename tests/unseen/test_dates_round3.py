"""Issue 16, pattern 2, third round: an event told in one sentence and dated in another, a clock's zone before a
date, the day after a date of the same sentence. Every sentence here was
written for these tests, none copied from an evaluation text; the event tests run the real pipeline
(tests/unseen/test_events.py's helper)."""

from __future__ import annotations

from ipgraph.ingest.dateline import dateline
from ipgraph.resources import resources
from ipgraph.zh.dates import find_dates
from tests.unseen.test_events import events, one


def test_2_a_paragraphs_heading_sentence_takes_the_date_that_opens_the_next_sentence():
    text = ("举办一场商标品牌培育座谈会。5月9日上午，温州市市场监管局召开座谈会，邀请二十家企业代表交流品牌建设经验。\n"
            "召开一次专利导航推进会。会议部署了下半年的专利导航工作。")
    found = events(text, date="2024-05-12")
    assert one(found, "商标品牌培育座谈会").start == "2024-05-09"
    assert one(found, "专利导航推进会").start is None


def test_2_a_short_sentence_with_a_subject_or_a_clause_of_its_own_is_no_heading_and_takes_no_later_date():
    text = "为培育本地品牌，温州市举办了商标品牌培育座谈会。5月9日，市局还开展了执法检查。"
    assert one(events(text, date="2024-05-12"), "商标品牌培育座谈会").start is None
    told = "第二届瓯江商标品牌论坛日前在温州举行。5月9日，与会代表参观了品牌指导站。"
    assert one(events(told, date="2024-05-12"), "第二届瓯江商标品牌论坛").start is None


def test_2_a_recent_time_word_of_the_events_clause_leaves_a_date_told_before_it_to_another_action():
    text = "5月9日，记者从温州市市场监管局获悉，第二届瓯江商标品牌论坛日前在温州举行。"
    assert one(events(text, date="2024-05-12"), "第二届瓯江商标品牌论坛").start is None
    later = "5月9日，记者获悉，第二届瓯江商标品牌论坛将于6月3日在温州举行。"
    assert one(events(later, date="2024-05-12"), "第二届瓯江商标品牌论坛").start == "2024-06-03"
    assert [d.start for d in find_dates("5月16日前完成报名", 2024, "2024-05-12")] == ["2024-05-16"]


def test_2_an_event_noun_as_the_next_sentences_subject_dates_the_event_told_without_a_day():
    text = "近日，第五届中泰地理标志研讨会在清迈举行。研讨会于11月6日开幕，两国百余名代表参加。"
    assert one(events(text, date="2024-11-10"), "第五届中泰地理标志研讨会").start == "2024-11-06"
    headline = "第五届中泰地理标志研讨会在清迈举行\n\n11月6日上午，研讨会在清迈开幕。"
    assert one(events(headline, date="2024-11-10"), "第五届中泰地理标志研讨会").start == "2024-11-06"


def test_2_a_retelling_gives_no_closing_day_as_the_start_and_never_moves_a_day_already_told():
    closing = "近日，第五届中泰地理标志研讨会在清迈举行。研讨会于11月8日闭幕。"
    assert one(events(closing, date="2024-11-10"), "第五届中泰地理标志研讨会").start is None
    dated = "11月6日，第五届中泰地理标志研讨会在清迈举行。研讨会于11月8日在曼谷举行了第二场。"
    assert one(events(dated, date="2024-11-10"), "第五届中泰地理标志研讨会").start == "2024-11-06"
    earlier = "近日，第五届中泰地理标志研讨会在清迈举行。研讨会在2023年9月举办的第四届研讨会基础上扩大了规模。"
    assert one(events(earlier, date="2024-11-10"), "第五届中泰地理标志研讨会").start is None


def test_2_a_time_zone_before_a_date_is_no_publication_label():
    assert find_dates("当地时间11月6日，北京时间11月7日", 2024, "2024-11-10")[0].start == "2024-11-06"
    assert one(events("当地时间11月6日，第五届中泰地理标志研讨会在清迈举行。", date="2024-11-10"),
               "第五届中泰地理标志研讨会").start == "2024-11-06"
    text = ("中泰地理标志合作取得新进展\n发布时间2024-11-10 浏览量：35\n"
            "当地时间11月6日，第五届中泰地理标志研讨会在清迈举行。")
    assert dateline(text.splitlines(), resources().knowledge) == "2024-11-10"


def test_2_next_day_in_the_sentence_of_its_date_is_the_day_after_it():
    assert [(d.start, d.end) for d in find_dates("代表团11月5日抵达曼谷，次日前往清迈", 2024, "2024-11-10")] == [
        ("2024-11-05", "2024-11-05"), ("2024-11-06", "2024-11-06")]
    assert one(events("中方代表团于11月5日抵达清迈，次日出席了第五届中泰地理标志研讨会。", date="2024-11-10"),
               "第五届中泰地理标志研讨会").start == "2024-11-06"


def test_2_a_lead_that_retells_the_headlines_event_by_its_noun_dates_it():
    text = "第二届瓯江商标品牌论坛在温州举行\n\n5月9日，由温州市市场监管局主办的论坛在温州举行。"
    assert one(events(text, date="2024-05-12"), "第二届瓯江商标品牌论坛").start == "2024-05-09"
    framed = "第二届瓯江商标品牌论坛在温州举行\n\n5月9日，第二届瓯江商标品牌论坛“数字商标分论坛”在温州举办。"
    found = events(framed, date="2024-05-12")
    assert one(found, "第二届瓯江商标品牌论坛").start == "2024-05"
    assert one(found, "数字商标分论坛").start == "2024-05-09"


def test_regression_next_day_opening_a_paragraph_counts_once_from_the_day_printed():
    """Session 18 (found by rt21): the rules read a sentence and its clauses, each through ``EventReader.dates``;
    次日 counted from the day it had itself referred to, so a paragraph opening with it moved two days on; a later
    sentence's 翌日 still counts on from the day referred to."""
    text = ("2024年9月16日，国家知识产权局代表团抵达日内瓦。\n\n"
            "次日，代表团出席了世界知识产权组织举办的知识产权与创新研讨会。")
    assert one(events(text, date="2024-09-20"), "知识产权与创新研讨会").start == "2024-09-17"
    moved = ("11月5日，代表团抵达曼谷。\n\n次日，代表团参加了中泰商标品牌研讨会。\n\n"
             "翌日，代表团又出席了地理标志推介会。")
    found = events(moved, date="2024-11-10")
    assert (one(found, "中泰商标品牌研讨会").start, one(found, "地理标志推介会").start) == ("2024-11-06", "2024-11-07")
