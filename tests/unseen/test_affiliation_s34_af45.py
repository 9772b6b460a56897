"""Session 34, people's affiliation: a company listed after a person of another body is a body of its own (not a
unit of that body), a foreign name glossed by a bracket with a foreign body and its title (甲（某国专利局局长）和
乙（…）), a bracket holding only a body after a name and its title (甲教授（某大学）), 科 as a section's head noun
(某局某科科长), and the words after a delegation leader's name read from leading_verbs.tsv. Counted as failures on
probes (real paragraphs outside the evaluation set, annotated before the extractor ran: /tmp/af45-probes) and on
sentences of the shapes the session was asked about. Every sentence here was written for these tests, none copied
from a report, a probe or an evaluation text; each runs the real pipeline."""

from __future__ import annotations

from ipgraph.extract.mentions import neighbours
from ipgraph.knowledge.wordlists import word_lists
from tests.unseen.test_people_s13 import affiliations


def test_a_company_listed_after_a_university_head_is_no_unit_of_the_university(res):
    """东湖大学校长甲、星河公司总经理乙: 星河公司 is a company of its own, not 东湖大学星河公司."""
    found = affiliations("东湖大学校长韩立新、星河公司总经理宋明出席签约仪式。\n", res)
    assert found["韩立新"] == "东湖大学"
    assert found["宋明"] == "星河公司"


def test_a_unit_listed_after_a_bureau_head_is_still_the_bureaus(res):
    """某局局长甲、综合处处长乙: the bureau's unit, as before (only a company is kept apart)."""
    found = affiliations("洛川市知识产权局局长韩立新、综合处处长宋明出席。\n", res)
    assert found["宋明"] == "洛川市知识产权局综合处"


def test_foreign_names_glossed_by_brackets_are_each_of_their_bracket_body(res):
    """甲（某国某局局长）和乙（某国某局局长）: the second name has no Chinese surname and only the bracket ties it."""
    text = "研讨会邀请了斯蒂芬（英国知识产权局局长）和马丁（德国专利商标局局长）作主旨发言。\n"
    found = affiliations(text, res)
    assert found["斯蒂芬"] == "英国知识产权局"
    assert found["马丁"] == "德国专利商标局"


def test_a_bracket_after_a_name_and_its_title_gives_the_body(res):
    """甲教授（某大学）: the body the bracket holds is the professor's."""
    found = affiliations("韩立新教授（东湖大学）在论坛上作了发言。\n", res)
    assert found["韩立新"] == "东湖大学"


def test_a_picture_position_in_brackets_gives_no_body(res):
    """甲主任（图右）: the bracket says where the photograph shows him, no body."""
    found = affiliations("宋明主任（图右）为获奖企业颁奖。\n", res)
    assert found.get("宋明") in (None, "")


def test_ke_heads_a_section_of_the_bureau_before_it(res):
    """某局某科科长甲: the section 科 of the bureau; 科技处 and the 科长 of the bureau itself are no section."""
    found = affiliations("洛川县市场监管局知识产权科科长宋明介绍了有关情况。\n", res)
    assert found["宋明"] == "洛川县市场监管局知识产权科"
    found = affiliations("洛川市知识产权局科技处处长韩立新出席。\n", res)
    assert found["韩立新"] == "洛川市知识产权局科技处"


def test_the_words_after_a_leaders_name_are_read_from_the_knowledge_file(res):
    """leading_verbs.tsv list ``after`` (率, 带领, 带队): what follows a delegation leader's name, no Python list."""
    lead = neighbours.leading(word_lists(res.knowledge / "gazetteer" / "leading_verbs.tsv"))
    assert {"率", "带领", "带队"} <= set(lead.after_name)
    text = "洛川市知识产权局副局长韩立新率团访问东湖，代表团成员包括国际合作处处长宋明。\n"
    assert affiliations(text, res)["宋明"] == "洛川市知识产权局国际合作处"


def test_a_ministers_portfolio_before_the_title_is_no_name(res):
    """某国某部文艺大臣甲: 文艺 is the portfolio (titles.tsv column portfolio), the name follows the title."""
    found = affiliations("柬埔寨文化艺术部旅游大臣宋卡娜出席了开幕式。\n", res)
    assert "旅游" not in found
    assert found["宋卡娜"] == "KH-MCFA"  # the gazetteer's ministry


def test_a_delegation_head_of_a_foreign_office_is_the_offices(res):
    """某国特许厅代表团团长甲: 代表团 is the group the title heads; a four-character Japanese name follows it."""
    found = affiliations("日本特许厅代表团团长山田太郎一行访问了洛川市知识产权局。\n", res)
    assert found["山田太郎"] == "JPO"


def test_a_company_heads_title_names_a_company_of_a_short_trade_name(res):
    """某某公司董事长甲、总经理乙 (a two-character trade name): the company, named by its head's title
    (org_heads.tsv column titled); a kind of company (科技公司总经理) names none (generic_words.tsv)."""
    found = affiliations("星河公司董事长韩立新、总经理宋明出席签约仪式。\n", res)
    assert found["韩立新"] == "星河公司"
    assert found["宋明"] == "星河公司"
    assert affiliations("会上，一家科技公司总经理宋明介绍了经验。\n", res).get("宋明") in (None, "")


def test_names_in_a_caption_each_with_a_bracketed_body_are_people_of_those_bodies(res):
    """左起：甲（某大学）、乙（某公司）: the bracket holds the body alone; a contraction glossed by its full name
    (华政（华东政法大学）) or a body's acronym (欧专局（EPO）) is no person."""
    found = affiliations("图为签约现场，左起：韩立新（东湖大学）、宋明（星河科技有限公司）。\n", res)
    assert found["韩立新"] == "东湖大学"
    assert found["宋明"] == "星河科技有限公司"
    found = affiliations("欧专局（EPO）代表与华政（华东政法大学）师生座谈。\n", res)
    assert "华政" not in found and "欧专局" not in found
