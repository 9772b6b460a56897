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
