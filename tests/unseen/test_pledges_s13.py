"""Session 13, pledges and their actor, on sentences written for these tests (not taken from any evaluation text),
read by the real pipeline: a pledge's subject printed as a list of short forms or pointing head nouns of bodies the
report named in full before (该中心和实验室将…, 长河公司未来也将…)."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import pledges


def test_a_subject_of_pointing_head_nouns_is_each_body_named_before_with_that_head():
    found = pledges("会上，东方大学与长河集团签署合作备忘录，分别建立“东湖数据中心”和“海洋材料联合实验室”。"
                    "该中心和实验室将共同开展关键技术攻关。")
    assert sorted(actor for actor, _ in found) == ["org/dong-hu-shu-ju-zhong-xin",
                                                   "org/hai-yang-cai-liao-lian-he-shi-yan-shi"]


def test_a_short_form_subject_is_the_body_it_shortens_not_the_speakers():
    found = pledges("东方大学校长王明表示，东方大学今天和美国长河发明公司签署合作备忘录，"
                    "长河公司未来也将协助东方大学设立技术转移办公室。")
    assert [actor for actor, _ in found] == ["org/mei-guo-chang-he-fa-ming-gong-si"]


def test_an_aim_to_become_is_no_pledge_of_its_own():
    found = pledges("会上，东方大学与长河集团签署合作备忘录，建立“东湖数据中心”。"
                    "该中心将开展关键技术攻关，并致力成为区域数据服务平台。")
    assert [quote for _, quote in found] == ["该中心将开展关键技术攻关，并致力成为区域数据服务平台"]  # one pledge
