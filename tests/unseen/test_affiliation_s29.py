"""Session 29, people of association meetings, signing ceremonies and visits: a unit named for its work whose verb
stands right before its head, opened by a bare 省 (省某某协调指导处), is a body of the report's own province, not a
unit of the body listed before it; a zone's branch after a body opened by a bare 市 (市某局高新区分局) is one name;
负责同志 is a title as 负责人 is; officers elected or appointed with 为 (选举甲为会长、乙为秘书长) are people of the
body the title names, as 监事长 and 理事长 name an association's. Counted as failures on probes (real paragraphs
outside the evaluation set, annotated before the extractor ran: /tmp/af38-probes). Every sentence here was written
for these tests, none copied from a report, a probe or an evaluation text; each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_people_s13 import affiliations


def test_a_unit_named_for_its_work_after_a_bare_province_is_read(res):
    """指导 stops a name read leftwards (在某局指导下); right before 处 it names what the unit does."""
    text = "省版权协调指导处处长罗秋燕出席会议。\n"
    assert affiliations(text, res).get("罗秋燕") == "省版权协调指导处"


def test_a_bare_province_unit_listed_after_a_bureau_is_not_its_unit(res):
    text = "省市场监管局局长钱志远，省版权协调指导处处长罗秋燕，省市场监管局法规处处长周海波出席会议。\n"
    found = affiliations(text, res)
    assert found.get("罗秋燕") == "省版权协调指导处"
    assert found.get("周海波") == "省市场监管局法规处"


def test_a_market_unit_listed_after_a_bureau_stays_its_unit(res):
    """市场 is a word, no bare 市: 市场处 after a bureau's head is the bureau's."""
    text = "东岭市知识产权局局长钱志远、市场处处长罗秋燕出席会议。\n"
    assert affiliations(text, res).get("罗秋燕") == "东岭市知识产权局市场处"


def test_a_zone_branch_after_a_bare_city_bureau_is_one_name(res):
    text = "会上，市市场监管局经开区分局局长罗秋燕介绍了情况。\n"
    assert affiliations(text, res).get("罗秋燕") == "市市场监管局经开区分局"


def test_a_responsible_comrade_is_a_title(res):
    text = "活动中，东岭市版权局主要负责同志罗秋燕介绍了工作情况。\n"
    assert affiliations(text, res).get("罗秋燕") == "东岭市版权局"


def test_officers_elected_with_wei_are_the_associations(res):
    text = "东岭市版权协会召开会员大会，选举罗秋燕为新一届理事会会长、钱志远为秘书长、周海波为新一届监事会监事长。\n"
    found = affiliations(text, res)
    assert found.get("罗秋燕") == found.get("钱志远") == found.get("周海波") == "东岭市版权协会"


def test_an_appointed_director_of_a_bureau(res):
    text = "东岭市人民政府决定，任命罗秋燕为东岭市版权局局长。\n"
    assert affiliations(text, res).get("罗秋燕") == "东岭市版权局"


def test_wei_after_a_plain_subject_names_no_one(res):
    """为 here is "for": no verb of appointing opens the clause, so no name stands before it."""
    text = "会议认为知识产权为东岭市版权局长期工作提供了保障。\n"
    assert affiliations(text, res) == {}



def test_xi_after_a_university_is_the_copula(res):
    """某大学系教育部直属高校: 系 right after the university's name is "is"; no 某大学系教育部, and the head named by
    title alone after it is the university's."""
    text = "东岭大学系教育部直属高校，校长罗秋燕出席会议。\n"
    found = affiliations(text, res)
    assert found.get("罗秋燕") == "东岭大学"


def test_a_body_after_xi_is_read_without_the_body_before(res):
    """某公司系某协会会员: the association's name starts after 系, not at the company's."""
    text = "东岭科技公司系东岭市版权协会会员单位，协会会长罗秋燕出席。\n"
    assert "东岭科技公司系东岭市版权协会" not in affiliations(text, res).values()
    assert affiliations(text, res).get("罗秋燕") == "东岭市版权协会"


def test_xi_in_xitong_stays_in_the_name(res):
    text = "东岭大学系统工程研究所所长罗秋燕出席会议。\n"
    assert affiliations(text, res).get("罗秋燕") == "东岭大学系统工程研究所"
