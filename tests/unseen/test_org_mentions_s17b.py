"""Session 17, organisations (mn20): sentences written for these tests (none copied from an evaluation text or a
probe), read by the real mention stage, one test per mechanism."""

from __future__ import annotations

import pytest

from ipgraph.extract.facts import extract
from ipgraph.extract.mentions import mentions
from ipgraph.ingest.passages import segment
from tests.unseen.test_people import new_orgs

# --- a body's second name in brackets right after its first names the same body (一个机构两块牌子) ----------------

@pytest.mark.parametrize(("text", "first", "second"), [
    ("会议由江西省科技图书馆(江西省科学院情报研究所)承办。", "江西省科技图书馆", "江西省科学院情报研究所"),
    ("苏州大学图书馆（知识产权信息服务中心）与企业签署了服务协议。", "苏州大学图书馆", "知识产权信息服务中心"),
    ("据淮北市市场监督管理局(淮北市知识产权局)介绍,全市商标注册量稳步增长。", "淮北市市场监督管理局",
     "淮北市知识产权局"),
    ("华南理工大学法学院(知识产权学院)举办了专利代理实务讲座。", "华南理工大学法学院", "知识产权学院"),
])
def test_a_second_name_in_brackets_names_the_body_before_it(text: str, first: str, second: str, res):
    orgs = new_orgs(text, res)
    assert orgs[second].get("defines") == first, orgs
    assert {details.get("name") for details in orgs.values()} >= {first}, orgs
    assert second not in {details.get("name") for details in orgs.values()}, orgs


@pytest.mark.parametrize(("text", "short"), [
    ("福建省知识产权保护中心(以下简称保护中心)发布了年度报告。", "保护中心"),  # a short form, as before
    ("中国国际贸易促进委员会(中国贸促会)与外方签署了协议。", "中国贸促会"),
])
def test_guards_short_forms_stay_short_forms(text: str, short: str, res):
    orgs = new_orgs(text, res)
    assert "name" not in orgs.get(short, {}), orgs


def test_guard_a_known_body_in_brackets_keeps_its_own_node(res):
    """新闻出版总署（国家版权局）: the data knows the bracket's body, which stays a mention of its own node."""
    found = mentions(["省新闻出版局(国家版权局)派员参加了培训。"], res.knowledge)[0]
    assert any(m.key == "NCAC" and not m.details.get("defines") for m in found), found


def test_regression_a_second_name_is_an_alias_not_an_acronym(res):
    """Session 18: mn20 recorded the bracket's second name as the body's ``acronyms`` (written out as ip:acronym);
    a second full name is an alias (its skos:altLabel comes from the node's surface forms), while a short form
    defined the same way stays an acronym."""
    text = ("1. 据淮北市市场监督管理局(淮北市知识产权局)介绍，全市商标注册量稳步增长。\n\n"
            "2. 福建省知识产权保护中心(以下简称保护中心)发布了年度报告。\n")
    nodes = extract(segment(text), res.knowledge).nodes.values()
    details = {n.details.get("name"): n for n in nodes if n.kind == "ORG"}
    huaibei = details["淮北市市场监督管理局"]
    assert huaibei.details["acronyms"] == [] and "淮北市知识产权局" in huaibei.surface
    assert details["福建省知识产权保护中心"].details["acronyms"] == ["保护中心"]
