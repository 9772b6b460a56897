"""Regression (session 29; ag47 saw it): a body named by a place and its head alone (湖南大学) was read as a short
form of a longer body of that place (湖南科技大学) printed in the same report, so two universities became one node
and a party or an employer was lost. A short form keeps a character of each word of the full name; a place alone
before the head keeps none of the words the longer name prints after that place (科技), so it is a body of its own.
A place before its level suffix in the full name (朝阳 in 北京市朝阳区人民法院) still contracts."""

from __future__ import annotations

from tests.unseen.test_new_orgs_s13 import orgs
from tests.unseen.test_people_pledges_s11 import employers


def test_a_place_and_a_head_alone_is_no_short_form_of_a_longer_body_of_that_place(res):
    found = orgs("中南大学、湖南大学、湖南科技大学分别与星河公司签署了合作协议。", res)
    assert ("湖南大学",) in found and ("湖南科技大学",) in found
    found = orgs("北京理工大学与北京大学共同举办知识产权论坛。", res)
    assert ("北京大学",) in found and ("北京理工大学",) in found


def test_a_district_before_its_level_still_contracts(res):
    text = "北京市朝阳区人民法院副院长刘建国介绍，朝阳法院庭长陈思远主持。"
    assert employers(text, res)["陈思远"] == "北京市朝阳区人民法院"
