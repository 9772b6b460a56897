"""Session 14, organisations not in the gazetteer: sentences written for these tests, read by the real pipeline."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.ingest.passages import segment
from ipgraph.knowledge.gazetteer import ORG
from tests.unseen.test_people_s13 import affiliations


def orgs(text: str, res) -> dict[tuple[str, ...], str]:
    """Each organisation node's printed names, with the name it is keyed by."""
    facts = extract(segment(text), res.knowledge)
    return {tuple(sorted(node.surface)): str(node.details.get("name") or "") for node in facts.nodes.values()
            if node.kind == ORG}


def test_a_deputys_title_repeating_the_head_names_the_body(res):
    """A title that repeats the head of the noun before it names that body's officer, with the modifiers a title
    takes (title_prefixes.tsv: 副, 常务): 文化局副局长 names 文化局 as 文化局局长 does, though 局 alone names none."""
    assert ("文化局",) in orgs("文化局副局长李明出席会议并讲话。", res)
    assert ("宣传部",) in orgs("宣传部副部长王芳作报告。", res)
    assert ("交通局",) in orgs("交通局常务副局长赵刚参加调研。", res)


def test_the_director_of_an_office_names_the_office(res):
    """主任 heads an office (办公室, a unit's head): the office before the title is a body."""
    assert ("校长办公室",) in orgs("会议由校长办公室主任李华主持。", res)
    assert ("党政办公室",) in orgs("党政办公室主任刘洋宣读了通知。", res)


def test_a_title_of_another_head_names_no_body(res):
    """A title that does not repeat the head (局 … 主任) leaves a bare head unnamed."""
    assert orgs("文化局主任科员李明参加了会议。", res) == {}


def test_a_titled_word_that_names_nothing_stays_unnamed(res):
    """A word blockers.tsv says names nothing (最高法院: any state's highest court) is no body before a title either:
    the report's 最高法 is not written out inside it (最高人民法院院)."""
    found = orgs("最高法发布年度报告\n近日最高人民法院召开发布会。最高法院副院长王明表示将加强研究。", res)
    assert set(found) == {("最高人民法院", "最高法")}


def test_a_verb_whose_object_is_the_name_stops_it_leftwards(res):
    """A name read leftwards from its head stops after a verb that takes it as object (name_stops.tsv: 设置, 导致,
    关注, 呈现, 发布, 建议), as after 设立 or 推动: the verb and the words before it are the clause's."""
    found = orgs("专家建议北方大学设置知识产权运营办公室。", res)
    assert ("北方大学",) in found and ("知识产权运营办公室",) in found
    assert orgs("资金短缺导致大学科研成果难以转化。", res) == {}
    assert orgs("会长王明关注协会的会务情况。", res) == {}
    assert ("江苏法院",) in orgs("展会向观众集中呈现江苏法院的审判成果。", res)
    assert ("湖北省知识产权局",) in orgs("省政府发布湖北省知识产权局的年度报告。", res)


def test_a_units_two_fields_joined_by_he_or_yu_are_one_name(res):
    """A unit's head that names a body only after a place or a parent (处, 局) ends a name over 和/与 when the words
    before the joining word open with a place or hold the parent's head (joined_nouns.py): the unit's two fields of
    work, one name."""
    found = orgs("上海市科学技术委员会成果转化和知识产权处处长李明出席。", res)
    assert ("上海市科学技术委员会成果转化和知识产权处",) in found
    found = orgs("青岛市市场监管局知识产权保护与执法处组织培训。", res)
    assert ("青岛市市场监管局知识产权保护与执法处",) in found
    assert ("高新区科技与知识产权处",) in orgs("高新区科技与知识产权处负责人出席。", res)


def test_joined_nouns_before_a_bare_head_or_after_a_place_stay_apart(res):
    """Nouns joined before a bare head name nothing (宣传与执法处); a place right after the joining word starts a name
    of its own (甲市及乙县市场监督管理局: two places' bodies)."""
    assert orgs("会议强调要加强宣传与执法处的协作。", res) == {}
    found = orgs("此次活动联合福州市及闽侯县市场监督管理局开展宣传。", res)
    assert ("闽侯县市场监督管理局",) in found


def test_a_title_before_the_words_a_join_follows_makes_them_a_persons_name(res):
    """Regression (session 14): 某大学校长甲与乙研究院院长丙 read 甲与乙研究院 as one body, where the head's stem (乙)
    was too short to name a body alone and the reading went on over 与; the title before 甲 makes 甲 a person."""
    told = [("东江大学校长张伟与南岭研究院院长李国华出席。\n", {"张伟": "东江大学", "李国华": "南岭研究院"}),
            ("东江大学校长陈明远与南岭研究院院长李国华今天签署合作备忘录。\n",
             {"陈明远": "东江大学", "李国华": "南岭研究院"}),
            ("河源市政府副市长王立群与东湖研究院院长赵方签署合作协议。\n",
             {"王立群": "河源市政府", "赵方": "东湖研究院"})]
    for text, people in told:
        assert affiliations(text, res) == people
        assert not any("与" in name for names in orgs(text, res) for name in names)


def test_a_short_form_told_after_the_full_name_keeps_the_full_names_kind(res):
    """Regression (session 14; a real-text build failed `ipgraph check`, ip:kind MaxCount): 上海局 after
    上海市知识产权局 gave the node the kind a bare 局 has, so two reports gave one body two kinds. The fullest
    name's head says what the body is, whichever form is told last."""
    for text in ("上海市知识产权局局长张三率队赴昆明调研。上海局将与云南省知识产权局加强合作。\n",
                 "上海市知识产权局（以下简称上海局）与云南省知识产权局签署合作协议。\n"):
        nodes = extract(segment(text), res.knowledge).of_kind(ORG)
        kinds = {n.details.get("name"): n.details.get("kind") for n in nodes}
        assert kinds["上海市知识产权局"] == kinds["云南省知识产权局"], kinds
