"""Dates, session 13 round: shapes of date the dev texts print that were read wrong. Every sentence here was
written for these tests, none copied from an evaluation text; each runs the real pipeline
(tests/unseen/test_events.py's helper)."""

from __future__ import annotations

from pathlib import Path

from ipgraph.extract.agreement_fact import AgreementFact
from ipgraph.extract.facts import extract
from ipgraph.extract.registry import ReportText, run_extractors
from ipgraph.ingest.corpus import ReportMeta
from ipgraph.ingest.passages import segment
from ipgraph.resources import resources
from ipgraph.zh.dates import find_dates
from tests.unseen.test_events import events, one


def agreements(text: str, date: str | None = None) -> list[AgreementFact]:
    knowledge = resources().knowledge
    passages = segment(text)
    meta = ReportMeta(id="unseen", path=Path("unseen.txt"), date=date)
    return run_extractors(ReportText(meta, passages, extract(passages, knowledge), knowledge))["agreements"]


def test_a_date_in_brackets_after_today_is_the_day_not_the_reports_date():
    text = "香港知识产权署署长今日（6月15日）出席第四届亚洲知识产权论坛。"
    assert one(events(text, date="2021-06-20"), "第四届亚洲知识产权论坛").start == "2021-06-15"
    assert [d.start for d in find_dates("署长今日（6月15日）出席", 2021, "2021-06-20")] == ["2021-06-15"]
    assert [d.start for d in find_dates("署长明日(21日)出席", 2021, "2021-06-20")] == ["2021-06-21"]


def test_today_without_brackets_is_still_the_reports_day():
    assert [d.start for d in find_dates("署长今日出席论坛", 2021, "2021-06-20")] == ["2021-06-20"]


def test_a_counted_named_day_gives_an_undated_report_its_year():
    text = "在第二十五个“世界知识产权日”来临之际，4月22日，嘉兴市中级人民法院举办知识产权开放日活动。"
    assert one(events(text), "知识产权开放日活动").start == "2025-04-22"
    signed = ("本报讯 在第25个世界知识产权日到来之际，4月22日，嘉兴市市场监管局与嘉兴市中级人民法院签署了"
              "《知识产权协同保护合作备忘录》。")
    assert [a.date for a in agreements(signed)] == ["2025-04-22"]


def test_a_reports_own_date_outranks_a_counted_day():
    text = "在第二十五个世界知识产权日来临之际，4月22日，嘉兴市中级人民法院举办知识产权开放日活动。"
    assert one(events(text, date="2026-05-02"), "知识产权开放日活动").start == "2026-04-22"


def test_a_wire_datelines_day_is_what_a_day_alone_and_today_are_read_against():
    text = ("央广网重庆6月27日消息（记者李明）26日，重庆市高级人民法院与四川省高级人民法院召开"
            "第三次川渝知识产权司法协作联席会议。")
    assert one(events(text, date="2021-07-01"), "第三次川渝知识产权司法协作联席会议").start == "2021-06-26"
    today = "（中央社记者李明台北15日电）台北科技大学今天举办第四届智慧财产权论坛。"
    assert one(events(today, date="2021-06-20"), "第四届智慧财产权论坛").start == "2021-06-15"


def test_a_wire_dateline_late_in_the_year_is_of_the_year_before_a_january_posting():
    text = "新华社北京12月30日电 昨日，第四届京津冀知识产权论坛在北京举行。"
    assert one(events(text, date="2022-01-04"), "第四届京津冀知识产权论坛").start == "2021-12-29"


def test_a_weekday_with_its_date_in_brackets_is_dated_by_the_brackets():
    text = "周二（6月15日），第四届长三角知识产权论坛在苏州举行。"
    assert one(events(text, date="2021-06-20"), "第四届长三角知识产权论坛").start == "2021-06-15"


def test_a_publication_line_in_the_footer_of_a_long_page_is_the_reports_own_date():
    body = ["苏州举办第四届长三角知识产权论坛", "6月15日，第四届长三角知识产权论坛在苏州举行。",
            "论坛由苏州市人民政府主办。", "来自三省一市的代表出席论坛。",
            "与会代表围绕知识产权保护进行了交流。", "论坛还发布了合作白皮书。",
            "苏州市知识产权局局长作主旨发言。", "上海市知识产权局局长作交流发言。"]
    for footer in ("作者：李明 来源：苏州日报 发布时间：2021年6月17日", "来源：新华网 2021-06-17 编辑：王芳"):
        text = "\n\n".join([*body, footer]) + "\n"
        assert one(events(text), "第四届长三角知识产权论坛").start == "2021-06-15"
