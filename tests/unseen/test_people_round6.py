"""Issue 16, pattern 1 (round 6): the affiliations of people in text not tuned on: a school's and an anaphoric word
for a body (我校, 该局), the writers a dateline or a picture credit names with their outlet, and the chief executive of
a special administrative region; on sentences written for these tests (none is copied from a report or an
evaluation text)."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.ingest.passages import segment


def affiliations(text, res):
    """Each person's name with the label of the body the report ties the person to, and the person's state."""
    facts = extract(segment(text), res.knowledge)
    names = {n.key: n.details.get("name") for n in facts.of_kind("ORG")}
    return {p.details["name"]: (names.get(p.details.get("affiliation"), ""), p.details.get("country", ""))
            for p in facts.of_kind("PERSON")}


def test_pattern1_a_schools_word_for_itself_is_the_university_the_report_names(res):
    text = "温州大学与温州市知识产权局签署战略合作协议。\n\n我校党委书记周明远、副校长林晓燕出席签约仪式。\n"
    assert affiliations(text, res) == {"周明远": ("温州大学", ""), "林晓燕": ("温州大学", "")}


def test_pattern1_an_anaphoric_word_for_a_body_is_the_body_told_before(res):
    text = "温州市知识产权局与温州大学签署协议。\n\n该局局长周明远表示，将共建服务平台。\n"
    assert affiliations(text, res) == {"周明远": ("温州市知识产权局", "")}


def test_pattern1_a_picture_credit_names_the_photographers_outlet(res):
    assert affiliations("签约现场（中新社 林晓燕摄）", res) == {"林晓燕": ("中新社", "")}


def test_pattern1_a_writer_the_papers_own_dateline_credits_works_for_the_paper(res):
    text = ("本报讯 (韩立新)5月8日，两省召开知识产权保护联席会议。\n来源：温州新闻网\n\n"
            "温州日报记者随后采访了与会代表。\n")
    assert affiliations(text, res)["韩立新"] == ("温州日报", "")


def test_pattern1_the_chief_executive_of_a_special_administrative_region(res):
    text = "澳门特别行政区行政长官梁振宁在开幕式上表示，澳门将加强知识产权保护。"
    assert affiliations(text, res) == {"梁振宁": ("", "MO")}
