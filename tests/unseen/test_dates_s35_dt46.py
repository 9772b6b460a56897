"""Dates, session 35 (dt46): which of the dates a sentence or paragraph tells is an event's when it tells several —
the date of a clause of its own, a day a copula states, a year a name presents, a span announced, a cover's line.
Every sentence here was written for these tests, none copied from an evaluation text; each runs the real pipeline
(tests/unseen/test_events.py's helper)."""

from __future__ import annotations

from tests.unseen.test_events import events, one


def test_a_session_dated_on_its_cover_line_after_its_other_name_and_a_space():
    text = ("某某组织成员国大会 第十二届会议(第5次特别会议) 2019年3月4日至8日,日内瓦\n\n"
            "1. 委员会第一届会议于2019年1月7日至9日举行。共有80个成员国参加会议。\n")
    found = events(text, date="2019-02-01")
    assert one(found, "某某组织成员国大会 第十二届会议").start == "2019-03-04"


def test_a_year_after_a_joint_that_opens_a_clause_dates_the_second_event():
    text = "继2019年在杭州举办首届长江知识产权论坛和2021年在成都举办第二届长江知识产权论坛之后，今年论坛移师重庆。"
    found = events(text, date="2023-05-10")
    assert one(found, "首届长江知识产权论坛").start == "2019"
    assert one(found, "第二届长江知识产权论坛").start == "2021"


def test_a_year_a_release_presents_is_not_when_it_was_held():
    text = "近日，某省人民政府新闻办公室举办2024年某省知识产权发展状况新闻发布会，发布了年度报告。"
    found = events(text, date="2025-04-20")
    assert one(found, "2024年某省知识产权发展状况新闻发布会").start is None


def test_a_year_in_a_name_of_the_reports_own_year_still_dates_it():
    """Guards the one above: a forum named for the year the report is of was held in it."""
    text = "近日，2025某省知识产权发展论坛在省会举行。"
    assert one(events(text, date="2025-04-20"), "2025某省知识产权发展论坛").start == "2025"


def test_a_later_date_that_opens_another_events_clause_is_not_the_first_events():
    text = "某市市场监管局在某县举办全市知识产权工作部署会议,5月6日上午,开展了《商标注册实务》专题培训。"
    found = events(text, date="2025-05-08")
    assert one(found, "全市知识产权工作部署会议").start is None
    assert one(found, "《商标注册实务》专题培训").start == "2025-05-06"


def test_a_day_a_copula_states_is_no_time_of_the_month_it_leads_into():
    text = ("2025年4月26日是第25个世界知识产权日，为配合学院第三届知识产权宣传月活动，学院组织举办了专利讲座。\n\n"
            "4月26日晚，学院组织举办了专利检索讲座，介绍了专利检索方法。\n")
    found = events(text, date="2025-04-28")
    assert one(found, "学院第三届知识产权宣传月").start is None
    assert one(found, "第25个世界知识产权日").start == "2025-04-26"


def test_a_day_a_copula_states_dates_what_was_held_that_day():
    """Guards the one above: 当天 refers to the stated day and dates what it tells."""
    text = "4月26日是第25个世界知识产权日，区市场监管局当天在广场举办知识产权宣传活动。"
    assert one(events(text, date="2025-04-28"), "知识产权宣传活动").start == "2025-04-26"


def test_the_day_after_an_announced_span_is_the_announcements_day():
    text = ("某署司长张三11日在北京表示，10月13日至18日，某署将与某组织在某区联合举办2025年全球知识产权能力会议。\n\n"
            "当天，某署与某组织联合举行2025年全球知识产权能力会议媒体吹风会。\n")
    found = events(text, date="2025-10-12")
    assert one(found, "2025年全球知识产权能力会议媒体吹风会").start == "2025-10-11"
    assert one(found, "2025年全球知识产权能力会议").start == "2025-10-13"


def test_what_was_held_at_the_scene_of_the_event_told_last_takes_its_day():
    text = ("4月23日上午，某区市场监管局在某某中学举行知识产权宣传周启动仪式。\n\n"
            "在某某中学活动现场，设置了宣传展板，开展了《发明与创造》专题讲座。\n")
    found = events(text, date="2025-04-25")
    assert one(found, "《发明与创造》专题讲座").start == "2025-04-23"


def test_a_week_a_copula_states_dates_the_weeks_own_series_not_another_campaign():
    """The week's days date its series; the enforcement campaign is dated no finer than the year the sentence
    prints."""
    text = ("5月14日至20日为商标宣传周，某县市场监管局制定了2025年商标宣传周活动方案，在广场举办商标宣传周系列活动，"
            "并开展商标行政保护执法行动。")
    found = events(text, date="2025-05-21")
    assert one(found, "商标宣传周系列活动").start == "2025-05-14"
    assert one(found, "商标行政保护执法行动").start == "2025"
