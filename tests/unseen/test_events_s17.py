"""Session 19 (ev19), events found at all: corner brackets 「…」 and 『…』 are quotation marks (zh/grammar.QUOTED),
so a title printed in them names its event without the bracket; a verb of carrying out names the edition of a year
(开展2024年…宣传周活动); a quoted title opening its clause as the scene of what the clause tells (「…」座談會上，…)
was held. Sentences written for these tests (none copied from a probe or an evaluation text), read by the real
pipeline."""

from __future__ import annotations

import pytest

from tests.unseen.test_events import events

# --- corner brackets are quotation marks: the title inside them is the name, without the bracket ------------------


@pytest.mark.parametrize(("text", "date", "label", "start"), [
    ("本會於5月8日在會展中心舉行「2024中小企商標保護研討會」，逾百名會員出席。", "2024-05-10",
     "2024中小企商標保護研討會", "2024-05-08"),
    ("由知識產權署主辦的『創意香港專利講座』於11月18日在中央圖書館舉行。", "2023-11-20", "創意香港專利講座",
     "2023-11-18"),
    ("經濟局將於9月舉行「第三屆澳門品牌論壇」，歡迎業界報名參加。", "2022-08-01", "第三屆澳門品牌論壇", "2022-09"),
])
def test_a_title_in_corner_brackets_names_its_event_without_them(text: str, date: str, label: str, start: str):
    assert [(e.label, e.start) for e in events(text, date=date)] == [(label, start)]


def test_a_title_in_corner_brackets_before_its_noun_is_read_whole():
    """The colon inside the title no longer cuts the name (main read 人工智能與創作」分享會)."""
    found = events("協會昨日在灣仔舉辦「版權新趨勢：人工智能與創作」分享會，吸引近百人參加。", date="2021-03-05")
    assert [(e.label, e.start) for e in found] == [("「版權新趨勢：人工智能與創作」分享會", "2021-03-04")]


def test_a_full_stop_inside_corner_brackets_does_not_end_the_sentence():
    found = events("6月2日，市版權局舉辦「原創。守護」版權講座，市民踴躍參與。", date="2024-06-03")
    assert [(e.label, e.start) for e in found] == [("「原創。守護」版權講座", "2024-06-02")]


# --- a verb of carrying out names the edition of a year ----------------------------------------------------------


@pytest.mark.parametrize(("text", "date", "label", "start"), [
    ("5月10日，县市场监管局开展2024年知识产权宣传周活动。", "2024-05-12", "2024年知识产权宣传周", "2024-05-10"),
    ("11月30日，市版权局联合市教育局开展2022年版权进校园宣传活动。", "2022-12-02", "2022年版权进校园宣传活动",
     "2022-11-30"),
    ("区科技局围绕创新主题，深入开展2023年专利法宣传月活动。", "2023-04-28", "2023年专利法宣传月", "2023"),
])
def test_a_verb_of_carrying_out_names_the_edition_of_a_year(text: str, date: str, label: str, start: str):
    assert [(e.label, e.start) for e in events(text, date=date)] == [(label, start)]


def test_a_verb_of_carrying_out_still_names_no_generic_activity():
    """Guards the edition: without a year of its own the activity is no event."""
    assert events("5月10日，县市场监管局开展知识产权宣传活动，发放资料三百份。", date="2024-05-12") == []


# --- a quoted title opening its clause as the scene of what it tells was held -----------------------------------


@pytest.mark.parametrize(("text", "date", "label"), [
    ("7月8日，行业协会举办知识产权系列活动。「專利布局實務」座談會上，由王主任主持討論。", "2024-07-09",
     "「專利布局實務」座談會"),
    ("5月18日，市贸促会组织企业交流。在“品牌出海”沙龙上，多家企业分享了海外维权经验。", "2023-05-20", "“品牌出海”沙龙"),
    ("10月9日，学院迎来校友返校。同时，“青年发明家”分享会上，三位得主讲述了创作历程。", "2022-10-11",
     "“青年发明家”分享会"),
])
def test_a_quoted_title_opening_its_clause_as_the_scene_was_held(text: str, date: str, label: str):
    assert label in [e.label for e in events(text, date=date)]


def test_an_unquoted_scene_names_no_event():
    """Guards the scene: a bare noun as the setting is the event told before, no second one."""
    assert events("5月18日，市贸促会组织企业交流。在沙龙上，多家企业分享了经验。", date="2023-05-20") == []


# --- an exhibition named for what it shows (…成就展, …作品展, …精品展, …标志展): knowledge/events/types.tsv ------


@pytest.mark.parametrize(("text", "date", "label", "start"), [
    ("9月20日，市知识产权局在会展中心举办“2024年专利转化成就展”。", "2024-09-22", "2024年专利转化成就展", "2024-09-20"),
    ("5月6日，第三届青少年版权作品展在市图书馆开幕。", "2023-05-08", "第三届青少年版权作品展", "2023-05-06"),
    ("10月8日，“非遗地理标志精品展”在省博物馆举行，展出产品三百余件。", "2022-10-09", "非遗地理标志精品展",
     "2022-10-08"),
])
def test_an_exhibition_named_for_what_it_shows_is_an_event(text: str, date: str, label: str, start: str):
    assert [(e.label, e.start) for e in events(text, date=date)] == [(label, start)]
