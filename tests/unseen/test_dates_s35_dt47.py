"""Dates, session 35 (dt47): an event takes the time of the scene or the event it is told within — a part an
event's clause adds by 并有, an event 正在这里 under way at a scene just dated — and 访问期间 does not reach back past
news told only as recent to another event's date. Every sentence here was written for these tests, none copied from
an evaluation text; each runs the real pipeline (tests/unseen/test_events.py's helper)."""

from __future__ import annotations

from tests.unseen.test_events import events, one


def test_a_part_an_events_clause_adds_by_bing_you_is_held_on_its_day():
    text = ("某某局今天上午在市文化广场举办“2021年某某创新日庆祝活动”。"
            "今日在市文化广场的某某创新日庆祝活动，并有“青年设计作品发布会”，邀请学生团体演出。")
    found = events(text, date="2021-05-10")
    assert one(found, "青年设计作品发布会").start == "2021-05-10"


def test_an_event_under_way_here_is_on_the_day_of_the_scene_told_before():
    text = ("5月12日上午，某县实验中学内一场特别的宣传活动正在开展。"
            "由某县市场监管局主办的知识产权宣传周系列活动正在这里举行，吸引大量学生驻足。")
    found = events(text, date="2021-05-14")
    assert one(found, "知识产权宣传周系列活动").start == "2021-05-12"


def test_during_a_visit_told_as_recent_is_not_the_month_of_an_earlier_event():
    text = ("今年9月于天津成功举办的“中某知识产权合作论坛”取得丰硕成果。日前，某省知识产权局代表团访问瑞士。"
            "在瑞士期间，代表团出席了中瑞知识产权座谈会。")
    found = events(text, date="2024-11-20")
    assert one(found, "中某知识产权合作论坛").start == "2024-09"
    assert one(found, "中瑞知识产权座谈会").start is None


def test_during_a_visit_dated_by_its_own_days_is_still_its_month():
    """Guards the one above: a visit told with its days dates what was held during it."""
    text = "9月15日至18日，代表团访问瑞士。在瑞士期间，代表团出席了中瑞知识产权座谈会。"
    assert one(events(text, date="2024-11-20"), "中瑞知识产权座谈会").start == "2024-09"


def test_during_an_event_told_only_as_opening_is_its_month():
    text = "10月14日，第十届某某知识产权博览会在大连开幕。博览会期间，举办了某某专利奖颁奖大会。"
    found = events(text, date="2024-11-20")
    assert one(found, "第十届某某知识产权博览会").start == "2024-10-14"
    assert one(found, "某某专利奖颁奖大会").start == "2024-10"


def test_at_the_opening_ceremony_of_an_event_told_as_opening_is_its_first_day():
    text = "10月14日，第十届某某知识产权博览会在大连开幕。开幕式上，与会嘉宾见证了某某专利合作项目签约仪式。"
    found = events(text, date="2024-11-20")
    assert one(found, "某某专利合作项目签约仪式").start == "2024-10-14"


def test_during_an_event_held_on_one_day_is_that_day():
    """Guards the two above: 举行 tells no opening, so the meeting was that day."""
    text = "10月14日，某某知识产权座谈会在大连举行。会议期间，举办了某某专利成果展示会。"
    assert one(events(text, date="2024-11-20"), "某某专利成果展示会").start == "2024-10-14"
