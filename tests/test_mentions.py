"""The mention pipeline on small real sentences: what counts as naming a country."""

from __future__ import annotations

from ipgraph.extract.mentions import load, mentions


def keys(text, res, kind="COUNTRY"):
    return [(m.kind, m.key) for m in mentions([text], res.knowledge)[0] if m.kind == kind]


def test_pipeline_is_assembled_from_config(res):
    nlp = load(res.knowledge)
    assert nlp.pipe_names == ["ipgraph_gazetteer", "ipgraph_org_shapes", "ipgraph_definitions", "ipgraph_people"]
    assert nlp.config["nlp"]["tokenizer"]["segmenter"] == "char"


def test_country_in_a_url_is_not_a_mention(res):
    assert keys("详见 https://example.org/赞比亚/report 。", res) == []
    assert keys("2024 年在赞比亚卢萨卡举办", res) == [("COUNTRY", "ZM")]


def test_longest_name_wins(res):
    assert keys("印度尼西亚知识产权总局", res) == [("COUNTRY", "ID")]
    assert keys("在库拉索岛威廉斯塔德举办", res) == [("COUNTRY", "CW")]


def test_blocked_contexts_name_no_country(res):
    assert keys("知识产权执法国家讲习班", res) == []
    assert keys("发展中国家和最不发达国家", res) == []
    assert keys("与法国国家工业产权局", res) == [("COUNTRY", "FR")]
