"""Session 28, people of association meetings, court lectures and forums: a title after a body and its 的 is a post
at that body (来自某法院的庭长甲); bodies and people on either side of one 的 pair up in order when the counts match,
and not at all when they do not; a 等 closes a list of names sharing a title (法官甲、乙等人给在场的老师…); bare
names right after a body that opens its clause are its people (某处甲、乙参加座谈; 某协会丙担任秘书长); the term of
a body's board between the body and a title (某研究会第七届理事会副理事长) leaves the title the body's; a bare 会长 or
秘书长 heads the report's association; 法官 is a title, and no title inside 执法官员; a patent agency (代办处) and a
department (系) are units. Counted as failures on probes (real paragraphs outside the evaluation set, annotated
before the extractor ran: /tmp/af36-probes). Every sentence here was written for these tests, none copied from a
report, a probe or an evaluation text; each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_people_s13 import affiliations


def test_a_title_after_a_body_and_its_de_is_a_post_there(res):
    text = "来自东岭省高级人民法院的庭长罗秋燕为同学们作讲座。\n"
    assert affiliations(text, res).get("罗秋燕") == "东岭省高级人民法院"


def test_judges_listed_after_a_lecturer_of_a_court_are_its_judges(res):
    """法官 is a title; the 等 after the last name closes the list, whatever title the clause names after it."""
    text = "来自东岭省高级人民法院的庭长罗秋燕，法官钱志远、周海波等人给在场的老师同学们作讲座。\n"
    found = affiliations(text, res)
    assert found.get("钱志远") == "东岭省高级人民法院"
    assert found.get("周海波") == "东岭省高级人民法院"


def test_bodies_and_people_around_one_de_pair_in_order(res):
    text = "来自东岭大学、西川大学的罗秋燕教授、钱志远教授出席会议。\n"
    found = affiliations(text, res)
    assert found.get("罗秋燕") == "东岭大学"
    assert found.get("钱志远") == "西川大学"


def test_bodies_and_people_of_unequal_counts_pair_not_at_all(res):
    """Three bodies and two people: the text does not say who is whose, so no body is said."""
    text = "来自东岭大学、西川大学和北山大学的罗秋燕、钱志远出席会议。\n"
    found = affiliations(text, res)
    assert found.get("罗秋燕") == "" and found.get("钱志远") == ""


def test_one_body_before_de_keeps_all_its_people(res):
    text = "来自东岭大学的罗秋燕、钱志远出席会议。\n"
    found = affiliations(text, res)
    assert found.get("罗秋燕") == found.get("钱志远") == "东岭大学"


def test_bare_names_after_a_body_opening_the_clause_are_its_people(res):
    text = "东岭市知识产权局西川代办处邓安平、韩立新参加了座谈交流。\n"
    found = affiliations(text, res)
    assert found.get("邓安平") == found.get("韩立新") == "东岭市知识产权局西川代办处"


def test_a_name_between_an_association_and_danren_is_its_officer(res):
    text = "经过投票，东岭专利代理协会周海波担任秘书长职务。\n"
    assert affiliations(text, res).get("周海波") == "东岭专利代理协会"


def test_a_body_inside_a_clause_ties_no_bare_name(res):
    """Only a body that opens its clause: 会见东岭大学甲 is no person of the university read this way."""
    text = "东岭市知识产权局高度评价了协会的工作。\n"
    assert affiliations(text, res) == {}


def test_the_term_of_a_board_leaves_the_title_the_bodys(res):
    text = "东岭大学知识产权研究中心主任、东岭知识产权研究会第七届理事会副理事长罗秋燕教授出席会议。\n"
    assert affiliations(text, res).get("罗秋燕") in ("东岭大学知识产权研究中心", "东岭知识产权研究会")


def test_a_bare_association_title_heads_the_reports_association(res):
    text = "东岭市商标协会召开理事会。张旗康会长讲话，东岭区工商局严海虹副局长、邵伟彬副秘书长讲话。\n"
    found = affiliations(text, res)
    assert found.get("张旗康") == "东岭市商标协会"
    assert found.get("邵伟彬") == "东岭市商标协会"
    assert found.get("严海虹") == "东岭区工商局"


def test_a_governments_deputy_secretary_general_stays_its(res):
    text = "东岭市商标协会召开理事会。东岭市人民政府副秘书长罗秋燕出席。\n"
    assert affiliations(text, res).get("罗秋燕") == "东岭市人民政府"


def test_a_judge_of_a_court(res):
    text = "会议由东岭市中级人民法院法官罗秋燕主持。\n"
    assert affiliations(text, res).get("罗秋燕") == "东岭市中级人民法院"


def test_no_title_inside_a_noun_of_staff(res):
    text = "主要受众包括专门从事数字盗版调查的高级执法官员。\n"
    assert affiliations(text, res) == {}


def test_a_patent_agency_of_a_known_office_is_its_unit(res):
    text = "国家知识产权局专利局西川代办处冯立群处长一行到协会考察。\n"
    assert affiliations(text, res).get("冯立群") == "国家知识产权局专利局西川代办处"


def test_a_department_of_a_faculty_is_a_unit(res):
    text = "东岭大学法学院知识产权系主任钱志远出席。\n"
    assert affiliations(text, res).get("钱志远") == "东岭大学法学院知识产权系"


def test_xi_after_a_bodys_head_is_the_copula(res):
    """某局系全市主管部门: 系 is "is", no department of the bureau."""
    text = "东岭市知识产权局系全市知识产权主管部门，局长罗秋燕出席。\n"
    assert affiliations(text, res).get("罗秋燕") == "东岭市知识产权局"


def test_bodies_an_invitation_of_our_own_names_are_guests(res):
    """应我会邀请: the association named before its coming is a guest, so 我会 and a bare 秘书长 are the host's."""
    text = ("应我会邀请，西川区知识产权协会黄殿英秘书长一行来到东岭，与东岭市知识产权保护协会进行交流。"
            "交流会由我会常务副会长兼秘书长杨勇斌主持。\n")
    found = affiliations(text, res)
    assert found.get("黄殿英") == "西川区知识产权协会"
    assert found.get("杨勇斌") == "东岭市知识产权保护协会"


def test_guests_are_read_in_traditional_characters_too(res):
    text = ("應我會邀請，西川區知識產權協會黃殿英秘書長一行來到東嶺，與東嶺市知識產權保護協會進行交流。"
            "交流會由我會常務副會長兼秘書長楊勇斌主持。\n")
    assert affiliations(text, res).get("楊勇斌") == "東嶺市知識產權保護協會"


def test_three_bodies_and_three_titled_names_pair_in_order(res):
    """分别 closes the list of names as a verb does, so the three names meet the three bodies."""
    text = "来自东岭大学、西川大学、北山大学的教授罗秋燕、钱志远、周海波分别作主题报告。\n"
    found = affiliations(text, res)
    assert (found.get("罗秋燕"), found.get("钱志远"), found.get("周海波")) == ("东岭大学", "西川大学", "北山大学")


def test_a_group_title_after_de_says_no_post(res):
    """某局的嘉宾甲: a title also said of a group's members names whom the body receives or sends, no post of it."""
    text = "东岭市知识产权局的嘉宾罗秋燕出席。\n"
    assert affiliations(text, res).get("罗秋燕") == ""


def test_changqi_after_an_agency_names_no_one(res):
    """某代办处长期以来: 处长 shares its 长 with 长期 (for a long time); 期以来 is no name."""
    text = "协会对国家知识产权局专利局西川代办处长期以来的支持表示感谢。\n"
    assert affiliations(text, res) == {}
