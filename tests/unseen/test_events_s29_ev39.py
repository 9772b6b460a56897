"""Issue 16, events, session 29 (ev39): sentences written for these tests (none copied from an evaluation text or a
probe), read by the real pipeline — a numbered session named after two bodies joined before its number (A与B第五次
局长会议) is their meeting, both sides its participants and no one its organiser, and another event so named (A与B
第二届研讨会) is held by both; a side of a bilateral meeting whose clause names no body of theirs speaks for the state
whose title the person bears (以色列总理甲, 希腊驻华大使乙) or for the body the report ties the person to elsewhere; a
lecture meeting (演讲会) is an event noun as a report meeting (报告会) is; an acronym glossing a common noun in
brackets ((CEO), （AI）) gives an activity no name of its own (capitals outside brackets still do)."""

from __future__ import annotations

import pytest

from tests.unseen.test_events import events, one

# --- two bodies joined before a session's number: events/sessions.session_holders ---------------------------------


@pytest.mark.parametrize("text, label", [
    ("6月3日，国家知识产权局与欧洲专利局第九次局长会议在杭州举行。", "国家知识产权局与欧洲专利局第九次局长会议"),
    ("11月4日，國家知識產權局與歐洲專利局第九次局長會議在杭州舉行。", "國家知識產權局與歐洲專利局第九次局長會議"),
    ("9月9日，国家知识产权局和智利工业产权局第3次混合工作组会议在圣地亚哥召开。",
     "国家知识产权局和智利工业产权局第3次混合工作组会议"),
])
def test_a_session_named_after_two_joined_bodies_is_their_meeting(text: str, label: str):
    meeting = one(events(text, date="2019-12-01"), label)
    assert meeting.type == "Meeting"
    assert meeting.organisers == [] and meeting.partners == []
    assert len(meeting.participants) == 2 and all(k.startswith("org/") for k in meeting.participants)
    assert "org/CNIPA" in meeting.participants


def test_another_event_named_after_two_joined_bodies_is_held_by_both():
    found = events("5月20日，国家知识产权局与智利工业产权局第二届专利审查研讨会在北京开幕。", date="2019-12-01")
    seminar = one(found, "国家知识产权局与智利工业产权局第二届专利审查研讨会")
    assert seminar.organisers == ["org/CNIPA", "org/CL-INAPI"]


def test_a_session_of_one_body_is_still_that_bodys():
    found = events("7月8日，世界知识产权组织计划和预算委员会第四十届会议在日内瓦开幕。", date="2019-12-01")
    session = one(found, "世界知识产权组织计划和预算委员会第四十届会议")
    assert len(session.organisers) == 1 and session.participants == []


# --- the sides of a bilateral meeting: events/meetings.MeetingFinder._orgs, talks._spoken_for ----------------------


@pytest.mark.parametrize("text, state", [
    ("6月3日，国务院副总理刘延东在北京会见以色列总理内塔尼亚胡。", "country/IL"),
    ("6月3日，国家知识产权局副局长卢鹏起在京会见希腊驻华大使埃夫耶尼奥斯·卡尔佩里斯一行。", "country/GR"),
    ("6月3日，智利总统皮涅拉会见了国家知识产权局局长申长雨。", "country/CL"),
])
def test_a_side_that_speaks_for_a_state_is_the_state(text: str, state: str):
    meetings = [e for e in events(text, date="2019-12-01") if e.type == "Meeting"]
    assert len(meetings) == 1 and state in meetings[0].participants and len(meetings[0].participants) == 2


def test_a_body_in_the_clause_still_wins_over_the_state():
    text = "6月3日，国家知识产权局局长申长雨会见了智利工业产权局局长马丁内斯。"
    meetings = [e for e in events(text, date="2019-12-01") if e.type == "Meeting"]
    assert meetings[0].participants == ["org/CNIPA", "org/CL-INAPI"]


def test_a_state_named_far_before_the_title_is_no_side():
    text = "6月3日，国家知识产权局局长申长雨会见了来自智利的一家大型铜矿企业的法务总监何塞·马丁内斯先生。"
    meeting = one(events(text, date="2019-12-01"), "申长雨会见何塞·马丁内斯")
    assert meeting.participants == ["org/CNIPA"]


def test_a_guest_named_with_the_body_before_speaks_for_it_when_met_again():
    text = ("6月3日至5日，欧亚专利局副局长法耶措夫先生一行访问国家知识产权局。"
            "6月3日上午，国家知识产权局副局长甘绍宁会见了此次来访的法耶措夫一行。")
    meeting = one(events(text, date="2019-12-01"), "甘绍宁会见法耶措夫")
    assert meeting.participants == ["org/CNIPA", "org/EAPO"]


# --- a lecture meeting is an event noun as a report meeting is: knowledge/events/types.tsv 演讲会 -------------------


def test_a_lecture_meeting_is_an_event_as_a_report_meeting_is():
    found = events("3月28日，北京大学法学院在北京举办知识产权主题演讲会。", date="2019-04-01")
    assert [(e.type, e.label, e.start) for e in found] == [("Seminar", "知识产权主题演讲会", "2019-03-28")]


# --- an acronym glossing a common noun gives no name of its own: events/names.py _describe --------------------------


def test_an_activity_with_an_acronym_glossing_a_noun_is_no_named_event():
    text = "近年来，浙江省通过举办两岸知识产权论坛、组织企业高层管理人员(CEO)赴港培训交流等方式，不断深化合作。"
    assert [e.label for e in events(text, date="2019-12-01") if "CEO" in e.label] == []


def test_a_dated_or_held_event_with_a_glossed_acronym_is_still_one():
    found = events("11月5日，世界知识产权组织在哈拉雷举办人工智能（AI）和商业新技术趋势区域讲习班。", date="2019-12-01")
    assert one(found, "人工智能（AI）和商业新技术趋势区域讲习班").start == "2019-11-05"
    found = events("浙江省知识产权局还组织了首席执行官（CEO）知识产权培训班。", date="2019-12-01")
    assert one(found, "首席执行官（CEO）知识产权培训班").type == "TrainingCourse"
