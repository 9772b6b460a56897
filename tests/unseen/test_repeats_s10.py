"""Session 10: a name a report has read once is read wherever it prints it again (``mentions/repeats.py``); on
sentences written for these tests (none copied from an evaluation text), read by the real pipeline."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.ingest.passages import segment
from tests.unseen.test_events import events, one

DEFINED = "南岭市知识产权研究院（以下简称“南知院”）成立于2019年，是市政府设立的研究机构。\n\n"


def _keys(text: str, res) -> dict[str, list[str]]:
    """Each passage's resolved mentions, as node keys in order."""
    facts = extract(segment(text), res.knowledge)
    return {slug: [m.key for m in located] for slug, located in facts.located.items()}


def test_a_short_form_the_report_defines_is_that_body_in_a_later_paragraph(res):
    keys = _keys(DEFINED + "去年，南知院发布了年度报告。\n", res)
    body = keys["p1"][0]
    assert body.startswith("nan-ling-shi-zhi-shi-chan-quan-yan-jiu-yuan")
    assert keys["p2"] == [body]


def test_the_body_a_short_form_names_holds_the_event_told_with_it():
    found = events(DEFINED + "5月12日，南知院举办知识产权保护论坛。\n", date="2025-05-14")
    assert one(found, "知识产权保护论坛").organisers == ["org/nan-ling-shi-zhi-shi-chan-quan-yan-jiu-yuan"]


def test_a_short_form_of_two_characters_is_not_read_again(res):
    """Guards the two above: two characters are a kind or a collective (两院, 法院), which names no one body."""
    keys = _keys("临江市中级人民法院与临江市人民检察院（以下简称“两院”）签署协议。\n\n两院将定期会商。\n", res)
    assert keys.get("p2", []) == []


def test_a_latin_short_form_is_not_read_inside_a_longer_word(res):
    """Guards the first: a defined acronym inside a code or a longer word (NIF2025, NIFTY) is no use of it, while
    the acronym standing alone is."""
    keys = _keys("北江创新基金会（NIF）成立于2019年。\n\n文件编号为NIF2025/3，NIFTY指数上涨。\n\n"
                 "NIF将继续资助研究。\n", res)
    assert keys.get("p2", []) == []
    assert keys["p3"] == keys["p1"][:1]


def test_a_short_form_announced_by_jiancheng_alone_is_defined(res):
    """Regression: only 以下简称 announced a short form, so （简称“…”） — the commoner way — defined none, and the body
    printed by its short form later was no mention (an agreement lost its party)."""
    keys = _keys("南岭市知识产权快速维权中心（简称“南岭快维中心”）成立。\n\n"
                 "南岭快维中心与北江大学签署合作协议。\n", res)
    assert keys["p2"] == [keys["p1"][0], "bei-jiang-da-xue"]
