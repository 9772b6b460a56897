"""Session 30 (dt40): a date that bounds an act (请于10月1日前…, 截至3月4日) is no day anything was held; a
year-end review whose title names the year before its own (“2023年…十件大事”, published in 2024) tells month-days
of that year; a headline's event takes the lead's date when the lead names a unit of the headline's holder or
prints the headline's whole name; 当天 reaches past a year that is only a verb's object (表彰了2025年度…). Sentences
written for these tests (none copied from an evaluation text), read by the real pipeline."""

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


def test_a_day_before_going_somewhere_is_no_deadline():
    """Guards the deadline: 前往 (to go to) opens with 前, the day before it is the day of the trip."""
    found = events("6月10日前往东海市参加第五届东海知识产权论坛。", date="2026-06-12")
    assert one(found, "第五届东海知识产权论坛").start == "2026-06-10"


def test_a_review_of_the_year_before_dates_its_month_days_in_that_year():
    found = events("“2025年东海法院知识产权工作十件大事”发布\n2026-03-02\n一、召开全市法院知识产权审判工作会议。\n"
                   "5月12日，全市法院知识产权审判工作会议在东海召开。", date="2026-03-02")
    assert one(found, "全市法院知识产权审判工作会议").start == "2025-05-12"


def test_a_report_of_this_year_keeps_its_year():
    """Guards the one above: a title without a review word leaves month-days in the report's year."""
    found = events("2025年度东海市知识产权工作总结会召开\n2026-01-20\n"
                   "1月19日，2025年度东海市知识产权工作总结会在东海召开。", date="2026-01-20")
    assert one(found, "2025年度东海市知识产权工作总结会").start == "2026-01-19"


def test_a_headline_holder_place_is_dated_by_the_lead_naming_its_own_bureau():
    found = events("东湖区开展“护航创新”知识产权宣传活动\n2026-04-25\n4月24日，东湖区市场监管局、东湖区文化局等单位在"
                   "中心广场组织开展了以“尊重知识”为主题的宣教活动。", date="2026-04-25")
    assert one(found, "“护航创新”知识产权宣传活动").start == "2026-04-24"


def test_a_lead_that_prints_the_headlines_whole_name_dates_it():
    found = events("我区开展专利转化和商标品牌宣传活动\n时间：2026-04-27\n4月23日，我区在滨江公园开展专利转化和商标品牌"
                   "宣传活动，提高市民保护知识产权的意识。", date="2026-04-27")
    assert one(found, "专利转化和商标品牌宣传活动").start == "2026-04-23"


def test_the_same_day_reaches_past_a_year_that_is_an_objects():
    found = events("记者 王某\n导报讯 昨天上午，东湖启动知识产权宣传周活动。\n"
                   "当天还召开了知识产权工作推进会，表彰了2025年度商标品牌示范企业。", date="2026-04-25")
    assert one(found, "知识产权工作推进会").start == "2026-04-24"
