"""Session 15, more unit and media heads (研究室, 大队, 总队; 晚报, 时报, 卫视 …) and a composed unit's name that
is a known body's: sentences written for these tests, none copied from a report, an evaluation text or a probe."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.ingest.passages import segment
from tests.unseen.test_people import new_orgs


def _affiliation_keys(text: str, res) -> dict[str, str]:
    facts = extract(segment(text), res.knowledge)
    return {n.details.get("name") or n.key: n.details.get("affiliation") or "" for n in facts.of_kind("PERSON")}


def test_units_and_outlets_named_by_heads_the_list_lacked(res):
    """A research office or an enforcement brigade after its body, and newspapers, magazines and broadcasters by the
    heads of their kind, as 日报 and 电视台 were."""
    for text, name in (("最高人民检察院研究室副主任李明出席。", "最高人民检察院研究室"),
                       ("北京市市场监管综合执法总队开展专项检查。", "北京市市场监管综合执法总队"),
                       ("据钱江晚报报道，多家企业参加了展会。", "钱江晚报"),
                       ("湖南卫视与省版权局签署版权保护合作协议。", "湖南卫视")):
        assert name in new_orgs(text, res), text


def test_a_unit_composed_from_its_sibling_that_is_a_known_body_is_that_body(res):
    """最高人民法院研究室副主任甲、知识产权法庭副庭长乙: the second unit is read as the first's sibling
    (最高人民法院知识产权法庭), which the gazetteer knows: the person is tied to the known body, not a new one."""
    found = _affiliation_keys("最高人民法院研究室副主任吴敏、知识产权法庭副庭长郑川出席会议。\n", res)
    assert found["郑川"].endswith("SPC-IPC"), found
