"""Session 31, organisations not in the gazetteer in committee documents: a body named after the instrument or
programme it serves, printed in title marks before its head (《某公约》秘书处, “某框架”工作组), and a conference's
bureau (主席团). Sentences written for these tests, read by the real pipeline."""

from __future__ import annotations

from tests.unseen.test_new_orgs_s14 import orgs


def _names(text: str, res) -> set[str]:
    return {name for names in orgs(text, res) for name in names}


def test_a_secretariat_named_after_its_treaty_keeps_the_title(res):
    """《某公约》秘书处 is the treaty's secretariat: the title marks say where its name starts."""
    names = _names("会上,《保护非物质文化遗产公约》秘书处代表介绍了名录的审议进展。", res)
    assert "《保护非物质文化遗产公约》秘书处" in names


def test_a_conferences_bureau_is_an_organ_named_from_its_conference(res):
    """主席团 ends the name of a conference's bureau, read back over the treaty title the conference serves."""
    names = _names("7月3日,《防治荒漠化公约》缔约方大会主席团在线召开会议。", res)
    assert "《防治荒漠化公约》缔约方大会主席团" in names


def test_a_working_group_named_after_a_quoted_programme_keeps_the_quotation(res):
    """“某框架”不限名额工作组(短称): the quoted programme is the group's own name, not a phrase before it (the
    bracketed short form is what names a 工作组 a body)."""
    names = _names("“2030年海洋科学行动框架”不限名额工作组(OSAF)共同主席出席会议。", res)
    assert "“2030年海洋科学行动框架”不限名额工作组" in names


def test_a_work_in_title_marks_that_is_no_treaty_does_not_open_a_body_name(res):
    """After a title that ends in no treaty's head (《议事规则》, 《年度报告》) the body is named alone."""
    names = _names("委员会通过了《年度报告》委员会成员随后离会。", res)
    assert not any("《" in n for n in names)


def test_a_bureau_mentioned_alone_is_no_body(res):
    """A bare 主席团 (当选为主席团成员) names no body of its own."""
    assert not any(n.endswith("主席团") for n in _names("她当选为主席团成员。", res))
