"""Session 30 (dt40): a date that bounds an act (请于10月1日前…, 截至3月4日) is no day anything was held, and a
year-end review whose title names the year before its own (“2023年…十件大事”, published in 2024) tells month-days
of that year. Sentences written for these tests (none copied from an evaluation text), read by the real pipeline."""

from __future__ import annotations

from tests.unseen.test_events import events, one


def test_a_deadline_for_an_event_to_come_is_not_its_date():
    found = events("东海知识产权协会将于11月15日前向“2027东海知识产权博览会”承办单位发出确认函。", date="2026-08-10")
    assert one(found, "2027东海知识产权博览会").start in (None, "2027")


def test_a_deadline_with_a_clock_is_not_the_date_of_the_contest_named_after_it():
    found = events("第三届青年专利检索大赛将于2026年10月20日在宁波举行，请选手于2026年10月9日17:00前报名。",
                   date="2026-09-01")
    assert one(found, "第三届青年专利检索大赛").start == "2026-10-20"


def test_the_eve_of_a_day_is_no_deadline():
    """Guards the one above: 前夕 is the day before, the date the sentence gives the event."""
    found = events("9月30日前夕，东海市知识产权局举办知识产权进社区宣讲会。", date="2026-10-02")
    assert one(found, "知识产权进社区宣讲会").start == "2026-09-30"


def test_a_review_of_the_year_before_dates_its_month_days_in_that_year():
    found = events("“2025年东海法院知识产权工作十件大事”发布\n2026-03-02\n一、召开全市法院知识产权审判工作会议。\n"
                   "5月12日，全市法院知识产权审判工作会议在东海召开。", date="2026-03-02")
    assert one(found, "全市法院知识产权审判工作会议").start == "2025-05-12"


def test_a_report_of_this_year_keeps_its_year():
    """Guards the one above: a title without a review word leaves month-days in the report's year."""
    found = events("2025年度东海市知识产权工作总结会召开\n2026-01-20\n"
                   "1月19日，2025年度东海市知识产权工作总结会在东海召开。", date="2026-01-20")
    assert one(found, "2025年度东海市知识产权工作总结会").start == "2026-01-19"
