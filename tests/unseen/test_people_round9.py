"""Issue 16, pattern 1 (round 9): people and affiliations that the new annotated dev texts showed ipgraph reading
wrong: a body closed by a quotation mark or title marks before the title, a unit listed after a unit of a known body;
on sentences written for these tests (none is copied from a report, a fresh text or an evaluation text)."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.ingest.passages import segment
from tests.unseen.test_people_round7 import people


def test_pattern1_a_body_in_title_marks_or_quotation_marks_stands_before_the_title(res):
    assert people("《温州市律师协会》名誉会长周明远率团出席。", res) == {"周明远": ("名誉会长", "温州市律师协会")}
    assert people("「温州市律师协会」会长林晓燕致辞。", res) == {"林晓燕": ("会长", "温州市律师协会")}


def test_pattern1_a_unit_listed_after_a_unit_of_a_known_body_is_of_that_body(res):
    text = "世界知识产权组织版权司周明远司长、品牌司林晓燕副司长出席。"
    assert people(text, res)["林晓燕"] == ("副司长", "世界知识产权组织品牌司")
    text = "国家知识产权局办公室周明远副主任、规划发展司林晓燕副司长出席。"
    assert people(text, res)["林晓燕"] == ("副司长", "国家知识产权局规划发展司")


def test_pattern1_a_head_named_by_title_alone_works_for_the_government_the_report_names_short(res):
    """titles.tsv column governs: 省长 heads the 省政府 the report names, 行政长官 the 特区政府 or a government whose
    full name ends so; with none named, no body."""
    text = "省政府与温州大学签署合作协议。副省长林晓燕出席签约仪式。"
    assert people(text, res)["林晓燕"] == ("副省长", "省政府")
    text = "澳门特区行政长官周明远致辞时表示，特区政府将加强合作。"
    assert people(text, res)["周明远"] == ("行政长官", "特区政府")
    text = "澳门特别行政区政府公布了新的规章。\n\n行政长官 林晓燕\n"
    assert people(text, res)["林晓燕"] == ("行政长官", "澳门特别行政区政府")
    assert people("县长周明远出席。", res) == {"周明远": ("县长", "")}


def test_pattern1_names_before_a_count_of_people_are_people(res):
    """等, a number and 名 or 位 close a list of people's names, wherever the list stands (the object of 为, 向)."""
    assert set(people("大会为周明远、林晓燕等12名同志颁发了荣誉证书。", res)) == {"周明远", "林晓燕"}
    assert set(people("主办方向韩立新等3位专家颁发聘书。", res)) == {"韩立新"}
    assert people("温州大学等10所高校参加了培训。", res) == {}  # 所 counts schools, not people


def test_pattern1_a_head_named_by_title_alone_is_of_the_one_region_whose_government_it_heads(res):
    """With no government of the region named, only its bureaux, the head of government is tied to the region."""
    text = "澳门特别行政区政府经济局与温州大学签署协议，促进澳门特别行政区的合作。\n\n行政长官 林晓燕\n"
    facts = extract(segment(text), res.knowledge)
    assert [(p.details["name"], p.details.get("country")) for p in facts.of_kind("PERSON")] == [("林晓燕", "MO")]
    text = "香港特别行政区与澳门特别行政区加强合作。\n\n行政长官 林晓燕\n"  # two regions: whose, the text does not say
    assert [p.details.get("country", "") for p in extract(segment(text), res.knowledge).of_kind("PERSON")] == [""]
