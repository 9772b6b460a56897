"""Dates, session 14 round: what a report's own date and its wire dateline anchor. Every sentence here was written
for these tests, none copied from an evaluation text; each runs the real pipeline (tests/unseen/test_events.py's
helper, test_dates_s13.py's for agreements)."""

from __future__ import annotations

import pytest

from ipgraph.zh.dates import find_dates
from tests.unseen.test_dates_s13 import agreements
from tests.unseen.test_events import events, one

WIRE = [("新华社杭州6月28日电 第三届浙江知识产权论坛26日在杭州举行。", "2024-07-02",
         "第三届浙江知识产权论坛", "2024-06-26"),
        ("人民网南京11月20日电 江苏省知识产权保护大会18日在南京召开。", "2024-11-22",
         "江苏省知识产权保护大会", "2024-11-18")]
LATE = [("江苏省知识产权保护大会28日在南京召开。", "2024-12-01", "江苏省知识产权保护大会", "2024-11-28"),
        ("第三届浙江知识产权论坛26日在杭州举行，浙江省知识产权局与杭州市人民政府签署了《知识产权合作备忘录》。",
         "2024-07-02", "第三届浙江知识产权论坛", "2024-06-26")]
AHEAD = [("第五届长三角知识产权论坛将于28日在合肥举行。", "2024-12-20", "第五届长三角知识产权论坛", "2024-12-28")]


@pytest.mark.parametrize(("text", "own", "name", "start"), WIRE)
def test_a_wire_datelines_date_is_no_date_of_the_event_its_sentence_tells(text, own, name, start):
    assert one(events(text, date=own), name).start == start


@pytest.mark.parametrize(("text", "own", "name", "start"), LATE)
def test_a_day_alone_far_past_the_reports_day_is_of_the_month_before(text, own, name, start):
    assert one(events(text, date=own), name).start == start


@pytest.mark.parametrize(("text", "own", "name", "start"), AHEAD)
def test_a_day_alone_a_few_days_ahead_of_the_report_is_still_of_its_month(text, own, name, start):
    assert one(events(text, date=own), name).start == start
    assert [d.start for d in find_dates("论坛26日开幕", 2024, "2024-07")] == ["2024-07-26"]  # a month: no day to pass


@pytest.mark.parametrize(("text", "own", "signed"), [
    ("新华社杭州6月28日电 浙江省知识产权局与杭州市人民政府26日签署了《知识产权合作备忘录》。", "2024-07-01",
     "2024-06-26"),
    ("江苏省知识产权局与南京大学30日签署了《知识产权战略合作协议》。", "2025-01-03", "2024-12-30")])
def test_a_signing_is_dated_by_its_own_day_not_the_dateline_nor_the_reports_month(text, own, signed):
    assert [a.date for a in agreements(text, date=own)] == [signed]


@pytest.mark.parametrize(("text", "own", "name", "start"), [
    ("财政司司长今日（5月12日）上午启程前往上海访问。在上海期间，他将拜访上海市知识产权局和上海市商务委员会。",
     "2024-05-12", "拜访上海市知识产权局", "2024-05"),
    ("4月8日，深圳市市场监管局局长率团前往香港访问。在港期间，代表团拜访了香港知识产权署和香港贸易发展局。",
     "2024-04-12", "拜访了香港知识产权署", "2024-04"),
    ("7月2日，国家知识产权局局长一行抵达巴黎，对法国进行访问。访法期间，局长一行拜访了法国国家工业产权局。",
     "2024-07-08", "拜访了法国国家工业产权局", "2024-07"),
    ("6月8日，第五届知识产权保护高峰论坛在北京举行。会议期间，主办方举办了知识产权成果展。", "2024-06-10",
     "知识产权成果展", "2024-06-08")])
def test_what_is_done_during_a_stay_dated_by_its_first_day_is_of_its_month(text, own, name, start):
    """A stay or visit (在上海期间, 访法期间) lasts days: which of them a call was paid on is not told; a one-day
    meeting's 会议期间 is its day."""
    assert one(events(text, date=own), name).start == start


@pytest.mark.parametrize(("text", "name", "start"), [
    ("4月26日，2024年甲县世界知识产权日主题活动在县政府举行。会上，举行了知识产权质押融资签约仪式。",
     "知识产权质押融资签约仪式", "2024-04-26"),
    ("11月3日，乙市知识产权服务业发展论坛在会展中心举行。活动现场，还举办了知识产权运营中心揭牌仪式。",
     "知识产权运营中心揭牌仪式", "2024-11-03"),
    ("5月18日，丙区知识产权宣传进社区活动在中心广场启动。活动中，区市场监管局组织了知识产权有奖竞答。",
     "知识产权有奖竞答", "2024-05-18")])
def test_what_an_opening_sets_at_the_event_told_before_is_held_on_its_day(text, name, start):
    """会上，活动现场，活动中，: the setting of the event told just before; what the sentence says was held there has
    its day."""
    assert one(events(text, date="2024-11-20"), name).start == start


def test_a_day_alone_its_clause_tells_as_to_come_stays_in_the_reports_month_however_far():
    """A day more than half a month past the report's day is of the month before (26日, told on the 2nd) unless its
    clause tells it as to come: 将于26日, 拟于28日 and 计划于30日 told on the 2nd are later that month."""
    assert [d.start for d in find_dates("知识产权论坛26日在杭州开幕", 2024, "2024-07-02")] == ["2024-06-26"]
    for text, day in (("知识产权论坛将于26日在杭州开幕", "2024-07-26"), ("双方拟于28日签署合作协议", "2024-07-28"),
                      ("展会计划于30日闭幕", "2024-07-30")):
        assert [d.start for d in find_dates(text, 2024, "2024-07-02")] == [day], text


def test_a_bylines_credit_after_a_wire_dateline_is_no_gloss_inside_the_events_name():
    """Regression (dt14's census): 中新社成都3月5日电（记者王芳）第二届…论坛 named the event 电（记者王芳）第二届…论坛,
    the credit's bracket read as a gloss a name goes on through (中国(上海)自由贸易试验区)."""
    told = [("中新社成都3月5日电（记者王芳）第二届西部知识产权论坛5日在成都开幕。", "第二届西部知识产权论坛"),
            ("中新社成都3月5日電（記者王芳）第二屆西部知識產權論壇5日在成都開幕。", "第二屆西部知識產權論壇"),
            ("本报北京6月3日讯（通讯员李明）首届京津冀知识产权研讨会3日在北京举行。", "首届京津冀知识产权研讨会")]
    for text, name in told:
        assert [e.label for e in events(text, date="2024-06-05")] == [name]
