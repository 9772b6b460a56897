"""Issue 16, pattern 1 (round 5): people in text not tuned on: the writers a dateline credits, a two-character
byline of no known surname, a transliterated name whose dot the page lost, a married name with two surnames, a
foreign name after its country, 老师 as a title, and the body a report defined a short name for; on sentences written
for these tests (none is copied from a report or an evaluation text)."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.ingest.passages import segment
from tests.unseen.test_people_round4 import employers, found


def names(text, res):
    return [(name, role) for name, role, _ in found(text, res)]


def test_pattern1_the_bracket_after_a_dateline_credits_its_writers(res):
    text = "本报杭州5月8日电 (沈立平、韩雪梅)首届数字版权论坛在杭州举行。"
    assert names(text, res) == [("沈立平", ""), ("韩雪梅", "")]


def test_pattern1_a_reporter_after_a_dateline_works_for_the_agency(res):
    text = "新华社上海4月2日电（记者 周晓岚）一场商标保护研讨会在上海举行。"
    assert employers(text, res) == [("周晓岚", "新华社")]


def test_pattern1_a_bracket_after_any_day_is_no_byline(res):
    assert names("会议定于5月8日(周五)召开。", res) == []


def test_pattern1_a_spaced_two_character_byline_needs_no_known_surname(res):
    assert names("论坛在掌声中落下帷幕。\n（若 水）", res) == [("若 水", "")]


def test_pattern1_a_transliterated_name_whose_dot_the_page_lost(res):
    assert names("联合国秘书长安东尼奥?古特雷斯出席开幕式。", res) == [("安东尼奥?古特雷斯", "秘书长")]


def test_pattern1_a_lost_dot_outside_a_name_is_a_question_mark(res):
    assert names("这项合作能否持续?答案是肯定的。", res) == []
    assert names("这位局长怎么看?大家认为合作重要。", res) == []  # a question after a title


def test_pattern1_a_married_name_keeps_both_surnames(res):
    assert names("会上，叶刘淑仪表示，两地将深化合作。", res) == [("叶刘淑仪", "")]
    assert names("会后，范徐丽泰指出，合作成果丰硕。", res) == [("范徐丽泰", "")]
    assert names("立法会主席范徐丽泰致辞。", res) == [("范徐丽泰", "主席")]


def test_pattern1_a_name_and_the_verb_after_it_are_no_married_name(res):
    assert names("协会副会长李明表示，将加强交流。", res) == [("李明", "副会长")]
    assert names("研究中心主任崔国斌参与讨论。", res)[0][0] == "崔国斌"


def test_pattern1_teacher_is_a_title(res):
    assert employers("浙江大学周晓梅老师出席。", res) == [("周晓梅", "浙江大学")]


def test_pattern1_a_foreign_name_after_its_country_and_de(res):
    assert names("会议感谢了即将离任的主席——瑞典的林德斯特伦大使。", res) == [("林德斯特伦", "大使")]


def test_pattern1_a_group_before_a_title_said_of_groups_is_no_person(res):
    assert names("来自德国的合作伙伴代表出席。", res) == []


def test_pattern1_a_person_of_a_body_the_report_named_short_works_for_that_body(res):
    text = ("签约\n\n临川市云溪区人民法院(以下简称“云溪区人民法院”)与临川大学签署协议。\n\n"
            "云溪区人民法院副院长周立群出席。\n")
    facts = extract(segment(text), res.knowledge)
    court = {n.key for n in facts.of_kind("ORG") if "临川市云溪区人民法院" in n.surface}
    people = {n.details["name"]: n.details.get("affiliation") for n in facts.of_kind("PERSON")}
    assert court and people == {"周立群": court.pop()}


def test_pattern1_civil_service_ranks_and_professional_titles(res):
    assert names("临川市财政局四级主任科员刘晓东参加培训。", res) == [("刘晓东", "四级主任科员")]
    assert names("仲裁员韩立新、正高级经济师周海宁出席。", res) == [("韩立新", "仲裁员"), ("周海宁", "正高级经济师")]


def test_pattern1_an_adverb_after_a_subject_ends_no_married_name(res):
    assert "周陈立则" not in [name for name, _ in names("会上，周陈立则表示，双方将深化合作。", res)]
    assert names("日本特许厅长官山本义则出席。", res) == [("山本义则", "长官")]  # 则 in a name of Japan


def test_pattern1_a_title_whose_last_character_starts_a_longer_one(res):
    assert names("日方代表团团长、特许厅长官林永明表示。", res) == [("林永明", "长官")]


def test_pattern1_names_that_open_a_clause_before_signing_or_being_elected(res):
    assert names("双方由王建国、刘志强签署合作协议。", res) == [("王建国", ""), ("刘志强", "")]
    assert names("孙海涛当选为委员会主席。", res)[0][0] == "孙海涛"
    assert names("會上，張建華說，合作成果豐碩。", res) == [("張建華", "")]


def test_pattern1_a_chinese_citys_government_is_its_peoples_government(res):
    (_, _, details), = found("时任北京市市长陈立新出席闭幕式。", res)
    assert details["government_of"]["name"] == "北京市人民政府"
    (_, _, details), = found("日本兵库县知事井上义雄出席。", res)
    assert details["government_of"]["name"] == "兵库县"  # a prefecture of Japan is named as printed


def test_pattern1_a_group_before_a_title_said_of_its_members_is_no_person(res):
    assert names("临川市中级人民法院干警代表和临川大学师生代表参加活动。", res) == []
    assert names("市贸促会相关负责人介绍了情况。", res) == []
    assert names("会上，韩栋代表代表团作一般性发言。", res) == [("韩栋", "代表")]  # a name opening its clause
    assert names("双方由周毅代表签字。", res) == [("周毅", "代表")]  # or after 由, the mark of its agent


def test_pattern1_a_verb_after_a_surname_like_adverb_is_no_given_name(res):
    assert "曾指出" not in [name for name, _ in names("知名学者郑立言教授曾指出，保护需要平衡。", res)]


def test_pattern1_a_unit_listed_after_a_person_of_a_body_is_that_bodys_unit(res):
    text = "会议\n\n临川市知识产权局局长韩立新、法规处处长周海宁、综合处处长孙明哲出席。\n"
    facts = extract(segment(text), res.knowledge)
    names_of = {n.key: n.details.get("name") for n in facts.of_kind("ORG")}
    people = {n.details["name"]: names_of.get(n.details.get("affiliation")) for n in facts.of_kind("PERSON")}
    assert people == {"韩立新": "临川市知识产权局", "周海宁": "临川市知识产权局法规处",
                      "孙明哲": "临川市知识产权局综合处"}


def test_pattern1_a_unit_after_a_person_of_no_body_stays_as_printed(res):
    assert employers("院长韩立新、法规处处长周海宁出席。", res)[-1] == ("周海宁", "法规处")


def test_pattern1_a_name_before_its_title_after_a_verb_whose_object_it_is(res):
    assert names("会上，孙明哲会见韩立新局长。", res) == [("孙明哲", ""), ("韩立新", "局长")]
    text = "临川市知识产权局局长孙明哲陪同周海宁副市长参观展览。"
    assert employers(text, res) == [("孙明哲", "临川市知识产权局"), ("周海宁", "")]  # not of the bureau
