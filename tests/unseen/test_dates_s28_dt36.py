"""Session 28 (dt36): dates given to the wrong fact in reports of a propaganda week and of a year's work — sentences
written for these tests (none copied from an evaluation text), read by the real pipeline. A named day is the
occasion of a week, not what 宣传周期间 spans; a year right after a verb's 了 opens the verb's object (通报了2023年…
工作情况), not the event's time; a launch ceremony told by its act alone takes the day the launched event opened
(…拉开序幕), not the year of the event's name in a later 宣布…启动; a signing framed by 近年来， is no occasion's."""

from __future__ import annotations

from tests.unseen.test_events import events, one
from tests.unseen.test_signing_dates_s11 import signed

# --- 期间 after a named day ---------------------------------------------------------------------------------------


def test_what_is_held_during_a_week_after_a_named_day_takes_the_weeks_month_not_the_day():
    found = events("日前，为庆祝第24个世界知识产权日，嘉兴市知识产权办公室下发通知，组织各成员单位于4月20日至26日"
                   "在全市开展知识产权宣传周活动。\n宣传周期间，各部门将举办南湖专利沙龙、专利代理人座谈会等活动。",
                   date="2024-04-12")
    assert one(found, "南湖专利沙龙").start == "2024-04"
    assert one(found, "第24个世界知识产权日").start == "2024-04-26"


# --- a year that opens a verb's object ---------------------------------------------------------------------------


def test_the_year_of_the_work_a_meeting_reviewed_is_not_the_meetings_date():
    found = events("嘉兴市知识产权局召开全市知识产权工作会议，总结了2023年工作，部署了2024年重点任务。",
                   date="2024-02-22")
    assert one(found, "全市知识产权工作会议").start not in ("2023", "2024")


def test_a_year_that_opens_the_name_after_the_verb_is_still_the_events():
    """Guards the one above: 举办了2024年… names the event with its year; the year is the edition's."""
    found = events("嘉兴市知识产权局举办了2024年南湖专利论坛。", date="2024-05-10")
    assert one(found, "2024年南湖专利论坛").start == "2024"


# --- a launch ceremony told after 拉开序幕 ------------------------------------------------------------------------


def test_a_launch_ceremony_takes_the_day_the_week_opened_not_the_year_of_its_name():
    found = events("4月21日，2024年嘉兴市知识产权宣传周活动在嘉兴学院拉开序幕。副市长宣布2024年嘉兴市知识产权宣传周"
                   "正式启动。启动仪式上，市市场监管局副局长通报了2023年全市知识产权工作情况。", date="2024-04-22")
    assert one(found, "启动仪式").start == "2024-04-21"


# --- 近年来， before a signing ---------------------------------------------------------------------------------------


def test_a_signing_in_a_retrospect_over_recent_years_is_not_dated_by_the_days_event():
    text = ("4月21日，2024年嘉兴市知识产权宣传周活动在嘉兴学院拉开序幕。\n\n"
            "据悉，近年来，嘉兴市知识产权工作取得了丰硕成果。南湖专利服务站与嘉兴学院签订合作协议。\n")
    assert signed(text, "2024-04-22") == {"合作协议": None}


def test_recent_years_modifying_a_noun_frames_no_retrospect():
    """Guards the one above: 对近年来在…做出贡献的… names who is awarded; the signing is the day's."""
    text = ("11月5日下午，嘉兴专利品牌峰会在南湖举办。\n\n"
            "峰会对近年来在专利运营方面做出突出贡献的10家企业进行了表彰。南湖区市场监管局与嘉兴学院现场签订合作备忘录。\n")
    assert signed(text, "2024-11-06") == {"合作备忘录": "2024-11-05"}
