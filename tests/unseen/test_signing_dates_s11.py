"""Session 11: an agreement whose telling gives no date takes the date of the event it was signed at (the event its
passage tells, or one a paragraph of its story told just before: agreements._occasion); sentences written for these
tests, read by the real pipeline (events first, then agreements)."""

from __future__ import annotations

from pathlib import Path

from ipgraph.extract.facts import extract
from ipgraph.extract.registry import ReportText, run_extractors
from ipgraph.ingest.corpus import ReportMeta
from ipgraph.ingest.passages import segment
from ipgraph.resources import resources


def signed(text: str, date: str = "2025-06-20") -> dict[str, str | None]:
    """Each agreement's name and signing date."""
    knowledge = resources().knowledge
    passages = segment(text)
    meta = ReportMeta(id="unseen", path=Path("unseen.txt"), date=date)
    found = run_extractors(ReportText(meta, passages, extract(passages, knowledge), knowledge))["agreements"]
    return {fact.label: fact.date for fact in found}


def test_a_signing_at_the_opening_takes_the_date_of_the_event_opened():
    text = ("6月18日，2025年长江知识产权论坛在南京举行。来自沿江各省的专家围绕数据知识产权保护进行了交流。\n\n"
            "开幕式上，南京市知识产权局与江苏大学签署了合作备忘录。\n")
    assert signed(text) == {"合作备忘录": "2025-06-18"}


def test_a_signing_told_after_its_ceremony_takes_the_ceremony_s_date():
    text = ("6月12日，江苏大学党委书记王强一行访问南京市知识产权局，出席双方战略合作框架协议签约仪式。\n\n"
            "座谈会上，南京市知识产权局介绍了全市知识产权工作。\n\n"
            "南京市知识产权局局长李明和江苏大学党委书记王强代表双方签署了战略合作框架协议。\n")
    assert signed(text) == {"战略合作框架协议": "2025-06-12"}


def test_a_signing_in_the_sentence_of_a_dated_event_takes_its_date():
    text = ("昨日上午，知识产权质押融资合作签约仪式在市民中心举行，南京市知识产权局与南京银行签订合作协议，"
            "南京银行现场向三家企业发放贷款。\n")
    assert signed(text) == {"合作协议": "2025-06-19"}


def test_a_day_only_near_dates_no_signing():
    """Guards the one above: 世界知识产权日来临之际 names the day, but the signing was not on it."""
    text = ("在世界知识产权日来临之际，近日，南京市中级人民法院与南京市知识产权局签订知识产权协同保护合作框架协议。\n")
    assert signed(text) == {"知识产权协同保护合作框架协议": None}
