"""Session 24 (ev32), events in the prose of long reports (work summaries, white papers): the organising committee
or plan of an event is no event, past a noun that only calls it activities too; a named edition opening the
sentence as the time of what was done was held. Sentences written for these tests (none copied from a report, an
evaluation text or a probe), read by the real pipeline."""

from __future__ import annotations

from tests.unseen.test_events import events

# --- a word after the event noun that names no event, past a filler noun (events/names.py _not_event) ---------------


def test_the_organising_committee_of_a_publicity_week_is_no_event():
    found = events("4月，区知识产权局召开联络员会议，研究全市知识产权宣传周组委会下发的文件。", date="2021-05-10")
    assert "Campaign" not in [e.type for e in found]


def test_the_plan_of_a_weeks_activities_is_no_event_though_activities_stand_between():
    found = events("3月，区知识产权局召开会议，传达了全市知识产权宣传周活动方案。", date="2021-05-10")
    assert "Campaign" not in [e.type for e in found]
    found = events("3月，区知识产权局召开会议，研究了全市知识产权宣传周活动组委会的通知。", date="2021-05-10")
    assert "Campaign" not in [e.type for e in found]


def test_the_work_plan_of_a_week_is_no_event():
    found = events("3月，区知识产权局召开联络员会议，研究制定“4·26”知识产权宣传周活动工作计划。", date="2021-05-10")
    assert "Campaign" not in [e.type for e in found]
    found = events("3月，区知识产权局印发全市知识产权宣传周工作方案。", date="2021-05-10")
    assert "Campaign" not in [e.type for e in found]


def test_a_meeting_or_workshop_named_for_the_work_of_a_week_is_still_one():
    found = events("4月18日，区知识产权局召开知识产权宣传周工作部署会。", date="2021-05-10")
    assert [e.label for e in found] == ["知识产权宣传周工作部署会"]
    found = events("4月18日，区知识产权局举办专利培训工作坊。", date="2021-05-10")
    assert [e.label for e in found] == ["专利培训工作坊"]


def test_a_forums_organising_committee_holding_a_briefing_is_no_forum():
    assert [e.label for e in events("5月8日，第六届海峡知识产权论坛组委会召开筹备会。", date="2021-05-10")
            if e.type == "Forum"] == []


def test_a_week_whose_activities_are_launched_is_still_told():
    found = events("4月20日，2021年全市知识产权宣传周活动在市民广场启动。", date="2021-05-10")
    assert [e.start for e in found if "宣传周" in e.label] == ["2021-04-20"]


# --- a named edition opening the sentence as its time (events/rules.py _setting) ------------------------------------


def test_a_year_named_week_opening_the_sentence_with_during_was_held():
    found = events("2021年全省知识产权宣传周期间，各市共开展普法宣传活动150余场。", date="2021-05-10")
    assert [(e.type, e.label, e.start) for e in found] == [("Campaign", "2021年全省知识产权宣传周", "2021")]


def test_a_numbered_edition_opening_the_sentence_with_during_was_held():
    found = events("第九届中国专利周期间，各地开展专利转化对接活动近百场。", date="2015-12-01")
    assert [e.label for e in found] == ["第九届中国专利周"]


def test_an_unnamed_week_opening_the_sentence_is_no_event():
    assert events("宣传周期间，各市共开展普法宣传活动150余场。", date="2021-05-10") == []


def test_an_edition_opening_a_sentence_of_plans_is_not_held():
    assert events("2022年服贸会期间，双方还将签署合作备忘录。", date="2021-05-10") == []


# --- a year inside a 《…》 title dates nothing after it (zh/grammar.py in_title, zh/dates.py) ----------------------


def test_a_plans_year_span_in_its_title_is_not_the_year_of_the_day_after_it():
    found = events("为落实《知识产权保护规划（2021—2030年）》，5月12日，某区管委会主办的“2023年某区知识产权服务月”"
                   "活动在科创中心举办。", date="2023-05-15")
    assert [e.start for e in found if "服务月" in e.label] == ["2023-05-12"]


def test_a_year_opening_the_sentence_still_dates_the_day_after_a_title():
    found = events("2021年，为落实《纲要》，6月3日，某市知识产权局举办第二届知识产权运营论坛。", date="2022-02-01")
    assert [e.start for e in found] == ["2021-06-03"]


def test_the_year_of_a_dated_title_still_reads_as_a_date_of_its_own():
    from ipgraph.zh.dates import find_dates
    spans = find_dates("根据《2022年工作要点》，3月8日召开会议。", 2023, "2023-03-10")
    assert [s.start for s in spans] == ["2022", "2023-03-08"]
