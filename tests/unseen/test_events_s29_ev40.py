"""Issue 16, events, session 29 (ev40): sentences written for these tests (none copied from an evaluation text or a
probe), read by the real pipeline — talks of a series named before their verb (A与B举行第二次局长会谈) are that one
session, both sides taking part, and no side is read inside its name (二次两局 before 局长); an ordinal further back,
in a name the sentence tells of a side (同出席第五届…论坛的…局长乙举行会谈), names no session of the talks; a relative
span of days (今明两天) starts on the report's own day; a body printed right before its own unit
(中宣部版权管理局) is not a second holder of what the unit holds."""

from __future__ import annotations

import pytest

from tests.unseen.test_events import events, one

# --- talks of a series: events/meetings.MeetingFinder (session), events/talks.py (_take_part) ----------------------


@pytest.mark.parametrize("text, label", [
    ("4月2日，甲局长王明与来访的美国专利商标局局长史密斯举行了第三次两局局长会谈。", "第三次两局局长会谈"),
    ("4月2日，王明局长與來訪的美國專利商標局局長史密斯舉行了第三次兩局局長會談。", "第三次兩局局長會談"),
])
def test_talks_of_a_series_between_two_people_are_that_session(text: str, label: str):
    found = events(text, date="2018-05-01")
    assert [e.label for e in found if e.type == "Meeting"] == [label]
    talks = one(found, label)
    assert talks.start == "2018-04-02"
    assert "org/USPTO" in talks.participants and talks.partners == [] and talks.organisers == []


def test_talks_of_a_series_between_two_bodies_are_that_session():
    found = events("6月5日，国家知识产权局与美国专利商标局举行第四次局长会谈。", date="2018-07-01")
    assert [e.label for e in found if e.type == "Meeting"] == ["第四次局长会谈"]
    talks = one(found, "第四次局长会谈")
    assert talks.participants == ["org/CNIPA", "org/USPTO"]
    assert talks.organisers == [] and talks.partners == []


def test_an_ordinal_in_a_name_told_of_a_side_names_no_session():
    found = events("3日，国家知识产权局副局长李华同前来出席第五届中欧专利论坛的欧洲专利局局长坎普诺斯举行会谈。",
                   date="2018-12-20")
    talks = one(found, "李华与坎普诺斯会谈")
    assert set(talks.participants) == {"org/CNIPA", "org/EPO"}


def test_talks_without_a_series_keep_their_sides_label():
    found = events("5月6日，国家知识产权局局长申长雨与欧洲专利局局长坎普诺斯举行了双边会谈。", date="2018-07-01")
    assert set(one(found, "申长雨与坎普诺斯会谈").participants) == {"org/CNIPA", "org/EPO"}


# --- a relative span of days: zh/time_words.RELATIVE_LASTING -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "由甲出版社承办的2021国际出版论坛将于今明两天在上海举行。",
    "由甲出版社承辦的2021國際出版論壇將於今明兩天在上海舉行。",
])
def test_today_and_tomorrow_start_on_the_reports_day(text: str):
    forum = next(e for e in events(text, date="2021-09-14") if "论坛" in e.label or "論壇" in e.label)
    assert forum.start == "2021-09-14"
    assert forum.end == "2021-09-15"


# --- a body printed before its own unit: events/reader.EventReader._units_only -------------------------------------

def test_a_body_printed_before_its_own_unit_is_not_a_second_holder():
    found = events("5月12日，中宣部版权管理局、上海市版权局共同主办的2022年版权保护研讨会在上海举行。",
                   date="2022-05-20")
    seminar = next(e for e in found if "研讨会" in e.label)
    assert "org/CPD-CAB" in seminar.organisers and "org/CPD" not in seminar.organisers


def test_a_body_holding_alone_stays_the_holder():
    found = events("5月12日，中宣部主办的2022年版权保护研讨会在上海举行。", date="2022-05-20")
    seminar = next(e for e in found if "研讨会" in e.label)
    assert seminar.organisers == ["org/CPD"]
