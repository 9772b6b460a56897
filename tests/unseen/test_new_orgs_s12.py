"""Session 12, organisations the gazetteer lacks (no): sentences written for these tests, none copied from a report
or an evaluation text, read by the real mention stage."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import read
from tests.unseen.test_people import new_orgs


def test_each_item_of_a_list_after_a_verb_of_building_is_a_body_to_be_built(res):
    """A verb of building governs the whole list after it (共同建设甲中心及乙中心): the second centre is to be built
    too, as the first is (GenericPhrases._goal_listed)."""
    found = new_orgs("两地将合作建设海峡数据服务中心及东南版权交易中心,推动资源共享。", res)
    assert not any(name.endswith("中心") for name in found), found
    assert "东海版权协会" in new_orgs("双方共同建设数据中心的平台和东海版权协会合作。", res)  # 的 ends the object


def test_a_list_after_a_verb_of_growing_into_a_role_names_the_role(res):
    """发展成为 governs both nouns joined before the head (区内创新及某贸易中心): a role, not a body."""
    found = new_orgs("规划提出推动厦门长远发展成为区内创新及版权贸易中心。", res)
    assert not any(name.endswith("中心") for name in found), found


def test_a_body_whose_member_a_subject_becomes_is_a_body(res):
    """成为 alone is no verb of growing into a role: what is become a member of (成为某协会会员单位) is a body."""
    assert "东海专利保护协会" in new_orgs("该公司去年成为东海专利保护协会会员单位。", res)


def test_a_centre_before_the_noun_of_building_it_is_a_body_to_be_built(res):
    """建设 right after a centre and before a list mark or another verb is the noun of building it (推进某中心建设、):
    the centre is a plan (starts._built); with 的 or 了 after it the centre is the verb's subject and names a body
    (某中心建设的平台), and an office before it is one that builds."""
    assert not any(name.endswith("中心") for name in new_orgs(
        "会议要求加快推进滨海知识产权运营中心建设、完善公共服务体系。", res))
    assert "滨海知识产权运营中心" in new_orgs("由滨海知识产权运营中心建设的交易平台正式上线。", res)
    assert "南京市知识产权局" in new_orgs("南京市知识产权局建设知识产权公共服务平台。", res)  # an office builds



def test_a_bank_branch_is_a_body_of_its_own_not_the_bank(res):
    """分行 and 支行 are heads (商业银行法 art. 19, 22), read forwards from the bank: 中国银行宁波市分行 signs, not the
    Bank of China; before, the branch resolved to the known bank."""
    found = read("宁波市市场监督管理局与中国银行宁波市分行签订合作协议。", "agreements")
    assert [f.parties for f in found] == [["org/ning-bo-shi-shi-chang-jian-du-guan-li-ju",
                                           "org/zhong-guo-yin-hang-ning-bo-shi-fen-hang"]]
