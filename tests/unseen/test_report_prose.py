"""Issue 16, patterns 11 and 12 in report prose (committee documents, annual reports): sentences written for these
tests (none copied from an evaluation text or a collected passage), read by the real pipeline."""

from __future__ import annotations

from pathlib import Path

from ipgraph.extract.events import EventFact
from ipgraph.extract.facts import extract
from ipgraph.extract.registry import ReportText, run_extractors
from ipgraph.ingest.corpus import ReportMeta
from ipgraph.ingest.passages import segment
from ipgraph.resources import resources


def facts(text: str, kind: str, date: str | None = None, author: tuple[str, ...] = ()) -> list:
    knowledge = resources().knowledge
    passages = segment(text)
    meta = ReportMeta(id="prose", path=Path("prose.txt"), date=date, author=author)
    return run_extractors(ReportText(meta, passages, extract(passages, knowledge), knowledge))[kind]


def labels(found: list[EventFact]) -> list[str]:
    return [e.label for e in found]


# --- 11. a past session named only as the owner of its report or its discussions is a reference -------------------

def test_11_a_session_whose_report_is_adopted_is_no_event():
    text = "议程第3项：通过商标法常设委员会第四十届会议的报告。鉴于无人提出意见，主席宣布通过该报告。"
    assert labels(facts(text, "events", date="2024-05-10")) == []


def test_11_the_discussions_of_the_previous_session_are_no_event():
    text = "各代表团在上届 SCT 会议的非正式讨论中参加了交流。"  # 参加 alone would make it an event attended
    assert labels(facts(text, "events", date="2024-05-10")) == []


def test_11_a_session_told_as_held_is_still_an_event():
    text = "商标法常设委员会第四十一届会议于2024年11月4日至7日举行，会议通过了第四十届会议的报告。"
    assert labels(facts(text, "events", date="2024-12-01")) == ["商标法常设委员会第四十一届会议"]


# --- 12. in a committee report a delegation speaks for its country --------------------------------------------------

def test_12_a_subjectless_pledge_after_a_delegation_is_its_countrys():
    found = facts("议程第6项。智利代表团表示，将继续向发展中国家提供专利审查培训。", "pledges", date="2024-05-10")
    assert [(p.actor, p.quote) for p in found] == [("country/CL", "将继续向发展中国家提供专利审查培训")]


def test_12_a_delegation_that_only_hopes_pledges_nothing():
    found = facts("智利代表团表示，希望秘书处尽快完成这项研究。", "pledges", date="2024-05-10")
    assert found == []
