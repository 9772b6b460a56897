"""Issue 16, pattern 1 (round 4): people whose body the mentions did not find, lists of names before their
titles, bodies with a bracketed other name, titles missing before, and bylines; on sentences written for these tests
(none is copied from a report or an evaluation text)."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.extract.mentions import mentions
from ipgraph.ingest.passages import segment


def found(text, res):
    """(name, role, details) of each new person found in one passage."""
    return [(m.text, m.details.get("role", ""), m.details)
            for m in mentions([text], res.knowledge)[0] if m.kind == "PERSON" and not m.key]


def employers(text, res):
    """(name, the body printed before the person or its short form) of each new person found."""
    return [(name, d.get("affiliation") or d.get("affiliation_text") or d.get("affiliation_short", ""))
            for name, _, d in found(text, res)]


def test_pattern1_a_name_before_its_title_after_the_head_of_a_body_not_found(res):
    text = "出席会议的还有海棠湾发展促进局周明远局长、综合协调处林晓燕副处长;规划建设局陈思源科长等。"
    assert [(name, role) for name, role, _ in found(text, res)] == [
        ("周明远", "局长"), ("林晓燕", "副处长"), ("陈思源", "科长")]
    assert dict(employers(text, res))["林晓燕"] == "综合协调处"


def test_pattern1_a_head_inside_another_word_licenses_no_name(res):
    assert found("他顾全大局刘明远局长的意见未被采纳。", res) == []


def test_pattern1_names_before_titles_listed_share_the_body_printed_first(res):
    text = "云溪区农业农村委员会高志远副主任、刘佳宁副主任及相关人员参加了座谈。"
    assert employers(text, res) == [("高志远", "云溪区农业农村委员会"), ("刘佳宁", "云溪区农业农村委员会")]


def test_pattern1_a_name_after_and_keeps_its_own_body(res):
    text = "云溪区农业农村委员会高志远副主任和浙江大学孙明哲教授出席。"
    assert employers(text, res) == [("高志远", "云溪区农业农村委员会"), ("孙明哲", "浙江大学")]


def test_pattern1_a_body_with_its_other_name_in_brackets_before_the_person(res):
    text = "临川市市场监督管理局（知识产权局）韩志刚副局长介绍了有关情况。"
    assert employers(text, res) == [("韩志刚", "临川市市场监督管理局")]


def test_pattern1_a_city_title_repeating_the_city_suffix(res):
    (name, role, details), = found("杭州市市长赵文博出席开幕式。", res)
    assert (name, role, details["government_of"]["name"]) == ("赵文博", "市长", "杭州市人民政府")


def test_pattern1_titles_state_secretary_and_judge(res):
    assert [(name, role) for name, role, _ in found("老挝科学技术部国务秘书本桑出席。", res)] == [("本桑", "国务秘书")]
    text = "临川市中级人民法院党组成员、二级高级法官周立仁介绍,全市法院审结案件逾千件。"
    assert [(name, role) for name, role, _ in found(text, res)] == [("周立仁", "党组成员、二级高级法官")]


def test_pattern1_a_byline_in_square_brackets_names_each_editor(res):
    assert [(name, role) for name, role, _ in found("[责任编辑:孙一凡 周雨桐]", res)] == [
        ("孙一凡", "责任编辑"), ("周雨桐", "责任编辑")]


def test_pattern1_a_credit_before_the_next_credit_line_is_no_role(res):
    people = found("示范区建设成效明显。(文 韩立新)编辑:吴思远", res)
    assert [(name, role) for name, role, _ in people] == [("韩立新", ""), ("吴思远", "编辑")]


def test_pattern1_people_after_a_bodys_word_for_itself_work_for_the_body_the_report_names(res):
    text = "临川市知识产权研究院与云溪区农业农村委员会签署合作协议。\n\n我院孙立群副院长、周文博教授出席签约仪式。\n"
    facts = extract(segment(text), res.knowledge)
    institute = next(n.key for n in facts.of_kind("ORG") if n.details.get("name") == "临川市知识产权研究院")
    people = {n.details["name"]: n.details.get("affiliation") for n in facts.of_kind("PERSON")}
    assert people == {"孙立群": institute, "周文博": institute}


def test_pattern1_a_body_tied_to_the_name_by_de(res):
    assert employers("研讨会由浙江大学的王立群教授主持。", res) == [("王立群", "浙江大学")]


def test_pattern1_a_list_item_glossed_in_latin_still_passes_its_body_on(res):
    text = "美国驻广州总领事馆经济领事白明远(Mark Bailey)、商务专员林可欣(Karen Lin)出席座谈。"
    assert [(name, role) for name, role, _ in found(text, res)] == [("白明远", "经济领事"), ("林可欣", "商务专员")]
    assert employers(text, res) == [("白明远", "美国驻广州总领事馆"), ("林可欣", "美国驻广州总领事馆")]


def test_pattern1_title_director_general_of_a_directorate(res):
    assert employers("欧盟委员会贸易总司副总司长Anna Berg出席。", res) == [("Anna Berg", "欧盟委员会贸易总司")]


def test_pattern1_credit_lines_outside_brackets(res):
    assert [(name, role) for name, role, _ in found("文/张立新 图/李明远", res)] == [("张立新", ""), ("李明远", "")]
    assert [name for name, _, _ in found("摄影：孙晓梅", res)] == ["孙晓梅"]
    assert [name for name, _, _ in found("作者:林思远", res)] == ["林思远"]


def test_pattern1_a_name_glossed_in_brackets_before_its_title(res):
    assert [(name, role) for name, role, _ in found("高明哲（Martin Gao）总干事出席闭幕式。", res)] == [
        ("高明哲", "总干事")]


def test_pattern1_latin_names_with_apostrophes_and_inner_capitals(res):
    text = "美国驻华大使馆知识产权参赞Sean O'Brien、美国驻上海总领事馆商务领事Ian McLeod出席。"
    assert [(name, role) for name, role, _ in found(text, res)] == [("Sean O'Brien", "知识产权参赞"),
                                                                     ("Ian McLeod", "商务领事")]


def test_pattern1_more_verbs_end_a_name_after_a_title(res):
    assert [name for name, _, _ in found("某省外事办公室副主任周立新陪同访问。", res)] == ["周立新"]
    assert [name for name, _, _ in found("省委副书记王立平视察了保护中心。", res)] == ["王立平"]


def test_pattern1_a_name_set_off_by_spaces_after_its_title(res):
    assert [(name, role) for name, role, _ in found("临川市知识产权局副局长 周立仁 出席会议。", res)] == [
        ("周立仁", "副局长")]
    assert found("主任 会议 召开", res) == []


def test_a_title_after_a_defined_short_form_names_the_body_it_was_defined_for(res):
    """Regression: 上海市普陀区人民法院(以下简称"普陀区人民法院") … 普陀区人民法院副院长X made the person's
    affiliation a key of its own for the short form, a node never made: `ipgraph check` failed on the real-text
    build (dangling reference, and an affiliation that is no organisation)."""
    text = ("北京市海淀区人民法院（以下简称“海淀区人民法院”）与清华大学签署合作协议。"
            "海淀区人民法院副院长张明远出席仪式。\n")
    facts = extract(segment(text), res.knowledge)
    person = facts.nodes[("PERSON", "zhang-ming-yuan")]
    assert person.details["affiliation"] == "bei-jing-shi-hai-dian-qu-ren-min-fa-yuan"
    assert ("ORG", person.details["affiliation"]) in facts.nodes
