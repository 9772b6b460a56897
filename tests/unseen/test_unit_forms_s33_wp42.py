"""Session 33 (wp42), bodies in committee documents and white papers: a unit the gazetteer lists under one of its
parent's names is known under the parent's other names and acronym (WIPO标准委员会, 世界知识产权组织司法研究所),
and a short form a text defines may keep a Latin acronym before its characters (下简称“INTERPOL培训局”,
（“ACR调解院”）). Sentences written for these tests, read by the real pipeline."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.ingest.passages import segment
from ipgraph.knowledge.gazetteer import ORG


def _nodes(text: str, res) -> dict[str, set[str]]:
    """Each organisation node's key, with the names it was printed under."""
    facts = extract(segment(text), res.knowledge)
    return {node_key[1]: set(node.surface) for node_key, node in facts.nodes.items() if node.kind == ORG}


def test_a_unit_printed_under_another_name_of_its_parent_is_that_unit(res):
    """产权组织司法研究所 and 产权组织标准委员会 are listed; the acronym or the full name of the parent before the
    unit's own words names the same unit, not a new body."""
    nodes = _nodes("会后，世界知识产权组织司法研究所与WIPO标准委员会的代表交流了意见。", res)
    assert nodes == {"WIPO-JI": {"世界知识产权组织司法研究所"}, "WIPO-CWS": {"WIPO标准委员会"}}


def test_the_parents_acronym_before_a_working_group_names_that_group(res):
    """经合组织打击非法贸易工作组 is listed: OECD, the parent's acronym, before the same words names it too."""
    assert set(_nodes("OECD打击非法贸易工作组发布报告。", res)) == {"OECD-TFCIT"}


def test_a_short_form_keeping_a_latin_acronym_names_the_body_it_follows(res):
    """下简称 announces the short form; without it, the short form's characters come from the full name."""
    nodes = _nodes("双方请国际刑警组织能力提升和培训局(下简称“INTERPOL培训局”)提供课程。"
                   "此后，INTERPOL培训局又派出专家。", res)
    assert nodes == {"INTERPOL-CBTD": {"国际刑警组织能力提升和培训局", "INTERPOL培训局"}}
    nodes = _nodes("该局与亚洲版权调解研究院（“ACR调解院”）合作。ACR调解院随后发布指南。", res)
    assert [names for names in nodes.values() if "ACR调解院" in names] == [{"亚洲版权调解研究院", "ACR调解院"}]
