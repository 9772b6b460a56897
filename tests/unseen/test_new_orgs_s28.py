"""Session 28, organisations not in the gazetteer: the State Council's short forms and earlier names of its
departments, contracted heads after a place, trade names listed among companies, and a verb before a bare head.
Sentences written for these tests, read by the real pipeline."""

from __future__ import annotations

from tests.unseen.test_new_orgs_s14 import orgs


def _names(text: str, res) -> set[str]:
    return {name for names in orgs(text, res) for name in names}


def test_the_short_forms_the_state_councils_notices_print(res):
    """国家发展改革委 and 卫生健康委 are how the State Council's notices print two of its departments
    (headless_names.tsv): each is the department, keyed by its full name, as 发改委 is."""
    found = orgs("国家发展改革委、卫生健康委和住房城乡建设部联合印发了实施方案。", res)
    assert found[("国家发展改革委",)] == "国家发展和改革委员会"
    assert found[("卫生健康委",)] == "国家卫生健康委员会"
    assert found[("住房城乡建设部",)] == "住房和城乡建设部"


def test_a_citys_development_and_reform_commission_printed_short(res):
    """发展改革委 after a place, or after a bare 市, is the place's commission, not the national one."""
    names = _names("会议由嘉兴市发展改革委主持,市卫生健康委和市发展改革委有关负责人参加。", res)
    assert {"嘉兴市发展改革委", "市卫生健康委", "市发展改革委"} <= names


def test_a_departments_name_before_the_2018_reform(res):
    """Older reports name the departments as they were then (农业部, 文化部): each is a body of its own."""
    found = orgs("2009年,农业部与环境保护部在京召开座谈会。", res)
    assert found[("农业部",)] == "农业部"
    assert found[("环境保护部",)] == "环境保护部"


def test_a_contracted_head_after_a_place_ends_the_name_before_a_joining_word(res):
    """A head that is a body's whole name contracted (发改委, 卫健委) names the place's body right after the place:
    与 or 和 after it joins a second body, whose name is read on its own."""
    names = _names("会上,宁波市发改委与工信部签署了合作备忘录。", res)
    assert "宁波市发改委" in names and not any("与" in n for n in names)
    names = _names("湖州市卫健委和市场监管局派员参加。", res)
    assert "湖州市卫健委" in names and not any("和" in n for n in names)


def test_a_places_lawyers_association_printed_short(res):
    """省律协, 市工商联: a place's branch of a people's organisation printed contracted after the place."""
    names = _names("省律协副会长陈刚、市工商联秘书长周宁出席了活动。", res)
    assert {"省律协", "市工商联"} <= names


def test_a_national_body_printed_with_china_keeps_its_key(res):
    """中国科协 stays the national association (its full name), whatever the branches printed after it."""
    found = orgs("中国科协和南京市科协共同主办了论坛。", res)
    assert found.get(("中国科协",)) == "中国科学技术协会"


def test_trade_names_of_two_characters_listed_among_companies(res):
    """Listed next to a company, a trade name of two characters and a company's head is a company too (博世集团);
    a dash joins the parts of a transliterated name (惠普—康柏公司)."""
    names = _names("代表团参观了德国西门子公司、博世集团、惠普—康柏公司和宝马集团。", res)
    assert {"博世集团", "惠普—康柏公司", "宝马集团"} <= names


def test_two_characters_alone_before_a_companys_head_name_none(res):
    """Not in a list of companies, two characters before 集团 still name no body (投资集团 is a kind)."""
    assert "投资集团" not in _names("该市鼓励投资集团参与园区建设。", res)


def test_a_verb_before_a_bare_head_is_no_part_of_its_name(res):
    """实现 stands before what it achieves (实现海关执法与刑事执法衔接): reading leftwards from 海关 stops at it."""
    assert not any(n.startswith("实现") for n in _names("双方将实现海关执法与公安机关刑事执法的有效衔接。", res))


def test_units_listed_after_a_unit_named_by_its_bodys_own_word(res):
    """局条法司 in the bureau's own report is its department; the departments listed after it (保护司、运用促进司)
    are its departments too, as after a unit printed with its body's full name."""
    names = _names("会上,局条法司、保护司、运用促进司和办公室负责人分别作了介绍。", res)
    assert {"条法司", "保护司", "运用促进司"} <= names
