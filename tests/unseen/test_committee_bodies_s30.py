"""Session 30 (wp39), committee documents and official reports: a body the gazetteer does not know that holds
numbered sessions is read from its session's number (…理事会第十二届年会, …工作组第五次会议), however its name opens
and whatever nouns a joining word puts in it (渔业和水产养殖委员会); and a session named only as the agent of an
approval (…会议批准的项目) is a reference, no event held.
Sentences written for these tests, none copied from a report, an evaluation text or a probe."""

from __future__ import annotations

import pytest
from rdflib import RDFS

from ipgraph.builder.build import build
from ipgraph.check import load_graph
from ipgraph.vocab import IP
from tests.unseen.test_events import events, one
from tests.unseen.test_new_orgs_s14 import orgs


def _names(text: str, res) -> set[str]:
    return {name for names in orgs(text, res) for name in names}


@pytest.mark.parametrize("text, body", [
    ("亚洲水资源理事会第十二届年会于2021年5月在马尼拉举行。", "亚洲水资源理事会"),
    ("海洋观测协调委员会第七次会议在青岛召开。", "海洋观测协调委员会"),
    ("南亚气候信息网络第三次会议于2019年10月在加德满都举行。", "南亚气候信息网络"),
])
def test_a_body_whose_session_number_follows_it_is_read_without_a_place(text: str, body: str, res) -> None:
    """委员会, 理事会 (a body's organs) and the heads of groups and networks name a body alone only after a place or
    a known body; a session's number right after the name says the words before the head are a body's name."""
    assert body in _names(text, res)


def test_nouns_joined_in_a_bodys_name_before_its_session_are_one_name(res) -> None:
    """和 in the name of a body whose session follows joins two nouns of its name (渔业和水产养殖), no two bodies."""
    assert "渔业和水产养殖委员会" in _names("渔业和水产养殖委员会第九届会议于2018年在罗马召开。", res)


def test_the_body_read_from_its_session_holds_it_and_its_earlier_sessions() -> None:
    """The body read from its session's number holds that session, and the earlier sessions a later sentence tells
    by number alone after the body's name (…理事会曾于2009年在昆明召开第六届年会)."""
    text = ("亚洲水资源理事会第十二届年会10日在马尼拉开幕。亚洲水资源理事会是一个区域性非政府组织,"
            "曾于2009年在昆明召开第六届年会。")
    found = events(text, "2021-05-11")
    session = one(found, "亚洲水资源理事会第十二届年会")
    assert session.start == "2021-05-10" and len(session.organisers) == 1
    assert one(found, "第六届年会").organisers == session.organisers


REFERRING = {
    "approved": "亚太合作中心工作组会议举行\n2021年3月2日,亚太合作中心工作组会议在中心秘书处举行。\n"
                "中心秘书处表示,将落实好中心第七次联合理事会会议批准的15个项目。\n",
}


@pytest.fixture(scope="module")
def referring(tmp_path_factory: pytest.TempPathFactory, res) -> dict[str, set[str]]:
    """Each report of ``REFERRING`` built as a user builds a folder: the labels of the events of each."""
    folder = tmp_path_factory.mktemp("committee-references")
    for rid, text in REFERRING.items():
        (folder / f"{rid}.txt").write_text(text, encoding="utf-8")
    (folder / "reports.toml").write_text("".join(
        f'[[report]]\nid = "{rid}"\nfile = "{rid}.txt"\nlanguage = "zh"\ndate = "2021-03-03"\n\n' for rid in REFERRING),
        encoding="utf-8")
    result = build([folder], folder / "triples", res)
    assert result.ok, result.problems
    g = load_graph(sorted((folder / "triples").glob("*.ttl")))
    labels: dict[str, set[str]] = {rid: set() for rid in REFERRING}
    for node in {n for n in g.subjects(IP.startDate, None)} | {n for n in g.subjects(IP.rule, None)
                                                               if "/rule/event" in str(g.value(n, IP.rule))}:
        for rid in REFERRING:
            if any(f"passage/{rid}/" in str(e) for e in g.objects(node, IP.evidence)):
                labels[rid].add(str(g.value(node, RDFS.label)))
    return labels


def test_a_session_that_approved_projects_is_a_reference_not_a_session_held(referring: dict[str, set[str]]) -> None:
    """…会议批准的项目 names the session as the agent of an approval (as …会议通过的《…》): no event held."""
    assert "亚太合作中心工作组会议" in referring["approved"]
    assert not [label for label in referring["approved"] if "联合理事会" in label]


@pytest.mark.parametrize("text, body", [
    ("中国—非盟中心第二届理事会会议于2020年在北京召开。", "中国—非盟中心"),
    ("2019年9月,中國—東盟中心舉辦了教育交流周。", "中國—東盟中心"),
    ("中国-东盟农业技术转移中心举办培训班。", "中国-东盟农业技术转移中心"),
])
def test_two_sides_joined_by_a_dash_open_the_name_of_their_body(text: str, body: str, res) -> None:
    """A dash joins two sides into the name of the body they set up (中国—东盟中心): the name opens at the first
    side, even when the head follows the second side with no words of its own."""
    assert body in _names(text, res)


def test_a_dash_before_a_kind_each_side_has_joins_no_body(res) -> None:
    """中国—东盟知识产权局局长会议 is a meeting of each side's office (ONE_PER_PLACE), and 产权组织-某局暑期班 a
    programme of two bodies: neither names one body of both."""
    assert not [n for n in _names("中国—东盟知识产权局局长会议在南宁举行。", res) if "—" in n]
    assert not [n for n in _names("产权组织-墨西哥知识产权局暑期班开班。", res) if "-" in n]


def test_a_body_opening_the_events_name_holds_it_when_no_sentence_says_who_does() -> None:
    """中国—东盟中心年度评估会议: the body whose name opens the event's name holds it (no organiser told)."""
    found = events("2017年6月8日,中国—东盟中心年度评估会议在中心秘书处举行。东盟十国代表出席。", "2017-06-09")
    assert one(found, "中国—东盟中心年度评估会议").organisers == ["org/zhong-guo-dong-meng-zhong-xin"]


def test_this_editions_holders_are_not_given_to_an_earlier_edition_told_after_it() -> None:
    """本届年会由…主办 after the text recalls earlier editions (曾于2012年在昆明召开第八届年会) names the edition the
    report is about, the latest begun by its date, not the edition told last (该 would point to that one)."""
    text = ("亚洲水资源理事会第十二届年会10日在马尼拉开幕。亚洲水资源理事会曾于2009年在昆明召开第六届年会,"
            "2015年在曼谷召开第九届年会。本届年会由亚洲水资源理事会主办,亚洲水资源研究协会为合作单位。")
    found = events(text, "2021-05-11")
    assert len(one(found, "亚洲水资源理事会第十二届年会").partners) == 1
    assert one(found, "第九届年会").partners == []
