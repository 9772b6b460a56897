"""Agreements, session 24 (ag31): a title that names the states (中日签署…) tells the agreement the body tells of
their bodies (国家知识产权局与日本特许厅签署…), and a title of other states keeps its own; a brand is not read as a
clause that runs on after it into the other company (华为很高兴与小米公司); a wire's weekday glued to the subject
(当地时间周三青禾宣布…) is no part of its name. Every sentence here was written for these tests, none copied from an
evaluation text or a probe; each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_dates_s13 import agreements


def _parties(text: str) -> list[list[str]]:
    return sorted(sorted(a.parties) for a in agreements(text, date="2024-06-01"))


def test_a_title_naming_the_states_is_the_bodys_agreement():
    text = ("中日签署专利审查合作备忘录\n"
            "5月6日，国家知识产权局与日本特许厅在东京签署了《专利审查合作备忘录》，双方将加强审查员交流。\n")
    found = agreements(text, date="2024-06-01")
    assert [(sorted(a.parties), a.date) for a in found] == [(["org/CNIPA", "org/JPO"], "2024-05-06")]


def test_a_title_of_other_states_stays_its_own():
    text = ("中美签署专利审查合作备忘录\n"
            "5月6日，国家知识产权局与日本特许厅在东京签署了《专利审查合作备忘录》。\n")
    assert len(agreements(text, date="2024-06-01")) == 2


def test_a_brand_is_not_a_clause_that_runs_into_the_other_company():
    text = ("青禾、远山达成全球专利交叉许可协议\n"
            "今日，青禾和远山宣布达成全球专利交叉许可协议。青禾法务部部长表示：“青禾很高兴与远山公司达成许可。”\n")
    parties = {p for a in agreements(text, date="2024-06-01") for p in a.parties}
    assert not any("gao-xing" in p for p in parties)


def test_a_weekday_glued_to_the_subject_is_no_part_of_its_name():
    text = "外媒消息，当地时间周三青禾宣布和VOLTA达成新的专利授权协议。\n"
    assert _parties(text) == [["org/qing-he", "org/volta"]]
