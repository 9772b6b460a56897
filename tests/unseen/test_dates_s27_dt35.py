"""Session 27 (dt35): dates given to the wrong fact — sentences written for these tests (none copied from an
evaluation text), read by the real pipeline. A date right after 记者 that a clause goes on from (记者5日从…会议上获悉)
is the day the reporter learnt the news at that meeting, not a byline's publication field; a ceremony named by its
act alone takes the fuller date of the sentence that told the act, not the year that opens the launched event's name
(2024年“…”活动于6月3日…启动), and so does a signing told at that ceremony."""

from __future__ import annotations

from tests.unseen.test_events import events, one
from tests.unseen.test_signing_dates_s11 import signed


def test_the_day_after_reporter_dates_the_meeting_the_news_was_learnt_at():
    found = events("记者5日从全市知识产权局长会议上获悉，今年全市专利授权量稳步增长。", date="2024-03-06")
    assert one(found, "全市知识产权局长会议").start == "2024-03-05"


def test_a_bracketed_today_after_reporter_dates_the_press_conference_not_the_week_it_announces():
    found = events("记者今天（12日）从省知识产权局新闻发布会上获悉，今年5月8日至14日，"
                   "全省将集中开展知识产权宣传周活动。", date="2024-04-12")
    assert one(found, "省知识产权局新闻发布会").start == "2024-04-12"


def test_a_byline_date_on_its_own_line_is_still_the_pages_not_an_events():
    """Guards the two above: a date after 记者 that no clause goes on from is a publication field."""
    found = events("本报记者 2024年5月6日\n5月3日，第二届南湖专利论坛在嘉兴举行。", date="2024-05-06")
    assert one(found, "第二届南湖专利论坛").start == "2024-05-03"


def test_a_launch_ceremony_takes_the_day_the_launched_event_opened_not_its_names_year():
    found = events("2024年“南湖专利服务行”活动于6月3日在嘉兴启动。副市长出席并致辞。\n"
                   "启动仪式上，嘉兴知识产权中心与南湖区市场监管局签署战略合作协议。", date="2024-06-05")
    assert one(found, "启动仪式").start == "2024-06-03"


def test_a_signing_at_that_ceremony_takes_its_day():
    text = ("2024年“南湖专利服务行”活动于6月3日在嘉兴启动。副市长出席并致辞。\n\n"
            "启动仪式上，嘉兴知识产权中心与南湖区市场监管局签署战略合作协议。\n")
    assert signed(text, "2024-06-05") == {"战略合作协议": "2024-06-03"}
