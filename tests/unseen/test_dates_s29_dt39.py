"""Session 29 (dt39): what a report says was held during a campaign named a week or a month (宣传周, 活动月) took
place on one of its days the text does not tell — in its month, not on the day of the launch told before it nor on
the week's first day. Sentences written for these tests (none copied from an evaluation text), read by the real
pipeline."""

from __future__ import annotations

from tests.unseen.test_events import events, one


def test_what_is_held_during_the_week_after_its_launch_takes_the_weeks_month_not_the_launchs_day():
    found = events("4月22日，温州市知识产权宣传周启动仪式在瓯海区举办。\n宣传周期间，各县区还将举办专利导航专题讲座、"
                   "商标品牌沙龙等活动。", date="2025-04-23")
    assert one(found, "温州市知识产权宣传周启动仪式").start == "2025-04-22"
    assert one(found, "专利导航专题讲座").start == "2025-04"


def test_what_is_held_during_the_activity_of_a_week_takes_its_month_not_its_first_day():
    found = events("4月21日，温州市知识产权宣传周活动在温州大学开幕。\n活动期间，各县区举办了专利导航专题讲座、"
                   "商标品牌沙龙等活动。", date="2025-04-28")
    assert one(found, "温州市知识产权宣传周活动").start == "2025-04-21"
    assert one(found, "商标品牌沙龙").start == "2025-04"


def test_what_is_held_during_a_one_day_activity_takes_its_day():
    """Guards the ones above: an open day lasts one day, so what was held during it was held on it."""
    found = events("4月26日，温州市知识产权局举办开放日活动。\n活动期间，还举办了知识产权维权讲座。", date="2025-04-28")
    assert one(found, "知识产权维权讲座").start == "2025-04-26"
