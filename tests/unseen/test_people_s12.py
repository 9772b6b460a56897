"""Session 12 round, people and their affiliation: the shapes of Chinese that make a name a person's and tie the person
to a body, on sentences written for these tests (none copied from a report or an evaluation text)."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.extract.mentions import mentions
from ipgraph.ingest.passages import segment


def people(text, res):
    """Each person the mentions find, with the body printed before the title."""
    return {m.text: m.details.get("affiliation_text", "") for m in mentions([text], res.knowledge)[0]
            if m.kind == "PERSON"}


def affiliations(text, res):
    """Each person's name and the key of the body the report ties them to."""
    facts = extract(segment(text), res.knowledge)
    return {n.details.get("name") or n.key: n.details.get("affiliation") for n in facts.of_kind("PERSON")}


# --- a foreign name spelled in sound characters, printed without its dots --------------------------------------------


def test_a_foreign_name_without_dots_after_a_title_is_a_person(res):
    """215, 289, 309: 财政部长姆努钦、, 贸易委员德古赫特签署, 政务次官威尔科克斯和: no Chinese surname opens the name,
    and every character of it spells a sound."""
    found = people("加拿大外交部政务次官萨宾娜出席，能源部长奥利维拉、贸易代表瓦格纳等人陪同。", res)
    assert {"萨宾娜", "奥利维拉", "瓦格纳"} <= set(found), found


def test_a_foreign_name_without_dots_before_a_title_is_a_person(res):
    """289: 和特朗普总统的指示: a run of sound characters after a coordinator, before a title."""
    assert "奥朗德" in people("根据两国元首和奥朗德总统的共识，双方举行会谈。", res)
    assert "奥朗德" in people("国家主席会见奥朗德总统。", res)  # after a verb whose object is the person


def test_a_country_spelled_in_sounds_or_a_clause_after_a_title_is_no_name(res):
    """A country before a title is a place (阿根廷总统), and words after a title that spell no sound are no name."""
    found = people("阿根廷总统出席会议，部长加强了合作。", res)
    assert "阿根廷" not in found and not any(name.startswith("加强") for name in found), found


# --- a head named by title alone is the head of the report's body of that head noun ----------------------------------


def test_a_head_named_by_title_alone_works_for_the_reports_body_of_that_head(res):
    """213 (署长甲 in a customs release), 349 (甲局长 in an office's news), 345 (副校长甲 at a university): the title's
    head noun names the body as 省长 names the 省政府."""
    text = "中国海关总署与新加坡关税局举行会谈。会后，署长丁建华、副署长温立新会见了来访代表。"
    assert affiliations(text, res)["丁建华"] == "GACC"
    assert affiliations(text, res)["温立新"] == "GACC"
    text = "代表团访问了南洋理工大学。副校长林志强陪同参观了实验室。"
    assert affiliations(text, res)["林志强"] == "nan-yang-li-gong-da-xue"


def test_a_body_printed_short_before_the_title_comes_before_the_head_noun_of_the_title(res):
    """The head noun of 局长 is a fallback: a body printed short before the title (市场监督管理局局长甲) is the one the
    report prints in full, not the first body ending in 局."""
    text = "国家知识产权局与温州市市场监督管理局签署协议。市场监督管理局局长周明远致辞。"
    assert affiliations(text, res)["周明远"] == "wen-zhou-shi-shi-chang-jian-du-guan-li-ju"
