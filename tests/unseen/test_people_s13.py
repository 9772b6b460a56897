"""Session 13 round, people and their affiliation: the shapes of Chinese that tie a person to a body, on sentences
written for these tests (none copied from a report or an evaluation text)."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.ingest.passages import segment


def affiliations(text, res):
    """Each person's name and the name of the body the report ties them to."""
    facts = extract(segment(text), res.knowledge)
    names = {n.key: n.details.get("name") or n.key for n in facts.of_kind("ORG")}
    return {n.details.get("name") or n.key: names.get(n.details.get("affiliation") or "", "")
            for n in facts.of_kind("PERSON")}


# --- a writer credited on the source line of an outlet ----------------------------------------------------------------


def test_a_writer_credited_on_an_outlets_source_line_writes_for_it(res):
    """249, 349, 377: 来源:某报 作者:甲 (or 作者:甲 来源:某报) are fields of one record, so the writer is the
    outlet's."""
    text = "来源:江南晨报 作者:石一鸣 编辑:王小红 2023-05-06 10:12\n\n本市举办知识产权宣传周活动。"
    assert affiliations(text, res).get("石一鸣") == "江南晨报"
    text = "作者:孔令秋 来源:华夏资讯网 发布时间:2022年3月1日\n\n本市举办知识产权宣传周活动。"
    assert affiliations(text, res).get("孔令秋") == "华夏资讯网"


def test_an_anonymous_credit_on_a_source_line_names_no_one(res):
    """作者:佚名 says the writer is not named: a credit names a person only by a surname, on a source line too."""
    text = "来源:江南晨报 作者:佚名 2023-05-06\n\n本市举办知识产权宣传周活动。"
    assert "佚名" not in affiliations(text, res)
