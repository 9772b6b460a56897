"""Session 35, people's affiliation: a state printed by its official long name before a head's title (某某共和国总统,
瑞士联邦主席), the government of a Chinese area a head's title names going by both of its names (某市人民政府 and
某市政府, as annotators and reports write either), a district printed before its head's title (某区副区长: the
district's people's government, not the district), a body printed short going by its full name too (某市检察院:
某市人民检察院), a faculty listed after a university's head (the university's), verbs that end a name (接见, 参观),
and a known unit's name printed after another body (that body's unit). Counted as failures on the pooled people
probes' develop half and the dev fold; every sentence here was written for these tests, none copied from a report, a
probe or an evaluation text; each runs the real pipeline."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.ingest.passages import segment


def _facts(text: str, res):
    return extract(segment(text + "\n"), res.knowledge)


def _person(facts, name: str):
    return next(n for n in facts.of_kind("PERSON") if (n.details.get("name") or n.key) == name)


def _body(facts, person) -> tuple[str, set[str]]:
    """The name of the body a person is tied to and every name it goes by."""
    body = next(n for n in facts.of_kind("ORG") if n.key == person.details.get("affiliation"))
    return body.details.get("name") or body.key, set(body.surface) | set(body.details.get("also_named", ()))


def test_a_head_after_his_states_official_name_is_of_that_state(res):
    """某某共和国总统甲, 某某联邦主席乙: the official long name of a state is the state's name."""
    facts = _facts("法兰西共和国总统马克西姆和瑞士联邦主席贝尔托共同出席了开幕式。", res)
    assert _person(facts, "马克西姆").details.get("country") == "FR"
    assert _person(facts, "贝尔托").details.get("country") == "CH"


def test_a_kingdoms_official_name_before_a_heads_title_ties_the_head_to_it(res):
    """某王国总理甲: the state of the official name, as of its short name."""
    facts = _facts("泰王国总理帕拉育会见了代表团。", res)
    assert _person(facts, "帕拉育").details.get("country") == "TH"


def test_a_districts_head_is_of_its_peoples_government_by_both_names(res):
    """某区副区长甲: 某区人民政府 (also 某区政府), not the district 某区; a Japanese 知事 stays with his 县."""
    facts = _facts("滨江区副区长韩立新在启动仪式上致辞。", res)
    name, names = _body(facts, _person(facts, "韩立新"))
    assert name == "滨江区人民政府"
    assert {"滨江区人民政府", "滨江区政府"} <= names
    facts = _facts("静冈县知事铃木康友出席。", res)
    assert _body(facts, _person(facts, "铃木康友"))[0] == "静冈县"


def test_a_vice_governor_named_by_title_alone_is_of_the_provinces_government_by_both_names(res):
    """本届活动在某省举办，副省长甲出席: the province's government, 某省政府 and 某省人民政府."""
    facts = _facts("本届宣传周在江西省举办，副省长韩立新出席启动仪式。", res)
    assert {"江西省人民政府", "江西省政府"} <= _body(facts, _person(facts, "韩立新"))[1]


def test_a_procuratorate_printed_short_goes_by_its_statutory_name_too(res):
    """某市检察院副检察长甲: the node is named as printed and also 某市人民检察院."""
    facts = _facts("洛川市检察院副检察长宋明介绍了办案情况。", res)
    name, names = _body(facts, _person(facts, "宋明"))
    assert name == "洛川市检察院"
    assert "洛川市人民检察院" in names


def test_a_faculty_listed_after_a_universitys_head_is_the_universitys(res):
    """某大学副校长甲、法学院院长乙: 乙 is of the university's law faculty (a faculty named by its discipline alone);
    a department listed after the faculty's dean is the university's too (某大学科技处), not the faculty's; a company
    listed after the university's head stays a body of its own."""
    facts = _facts("青川大学副校长宋明、法学院院长韩立新出席。", res)
    assert _body(facts, _person(facts, "韩立新"))[0] == "青川大学法学院"
    facts = _facts("青川大学法学院院长韩立新，科技处处长王强出席。", res)
    assert _body(facts, _person(facts, "王强"))[0] == "青川大学科技处"
    facts = _facts("青川大学校长宋明、星河公司总经理韩立新出席。", res)
    assert _body(facts, _person(facts, "韩立新"))[0] == "星河公司"


def test_verbs_after_a_name_end_it(res):
    """局长甲乙接见了…, 参观, 慰问, 致欢迎辞 (after_name.tsv): the name ends before the verb, and is found."""
    for verb in ("接见了代表团", "参观了展览", "慰问了一线干警", "致欢迎辞", "亲切会见了代表团"):
        facts = _facts(f"洛川市知识产权局局长韩立新{verb}。", res)
        assert _body(facts, _person(facts, "韩立新"))[0] == "洛川市知识产权局", verb


def test_a_known_units_name_after_another_body_is_that_bodys_unit(res):
    """某局版权管理司司长甲: 版权管理司 is also one of WIPO's divisions (the gazetteer), but printed after another body
    it is that body's unit; printed after WIPO's name, or alone, it stays WIPO's."""
    facts = _facts("东湖市版权局版权管理司司长韩立新表示。", res)
    name, _ = _body(facts, _person(facts, "韩立新"))
    assert name == "东湖市版权局版权管理司"
    facts = _facts("世界知识产权组织版权管理司司长韩立新表示。", res)
    assert _person(facts, "韩立新").details.get("affiliation") == "WIPO-CMD"


def test_a_chain_of_an_areas_post_and_a_bodys_post_holds_both(res):
    """某区副区长、某管委会主任甲: a post at the district's people's government and one at the committee."""
    facts = _facts("滨江区副区长、滨江软件园管委会主任韩立新致辞。", res)
    person = _person(facts, "韩立新")
    assert _body(facts, person)[0] == "滨江软件园管委会"
    also = next(n for n in facts.of_kind("ORG") if n.key == person.details.get("also"))
    assert also.details.get("name") == "滨江区人民政府"
