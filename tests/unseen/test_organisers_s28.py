"""Session 28, organisers and partners (op36): sentences written for these tests (none copied from an evaluation
text), read by the real pipeline, one test per mechanism."""

from __future__ import annotations

from tests.unseen.test_events import events, one


def test_a_role_noun_the_event_possesses_names_its_holder_in_a_later_paragraph():
    """论坛的首次主办方X与Y具有…渊源: a bare type noun possesses the role noun 主办方; the body right after it holds the
    role in the forum told in an earlier paragraph, and Y, after 与 in a clause that goes on, is no holder."""
    found = events("10月9日，第三届中亚知识产权青年论坛在乌鲁木齐召开。\n"
                   "新疆大学法学院长期关注中亚知识产权制度。论坛的首次主办方新疆大学法学院与哈萨克斯坦国立大学具有深厚渊源。",
                   date="2024-10-10")
    assert one(found, "第三届中亚知识产权青年论坛").organisers == ["org/xin-jiang-da-xue-fa-xue-yuan"]


def test_each_role_noun_after_a_copula_names_its_holders():
    """本次大赛的主办单位是A，承办单位是B与C: each role noun of the sentence, after the copula 是, names its holders,
    a list joined by 与 whole where it ends its clause."""
    found = events("5月18日，第二届甬江青年专利撰写大赛在宁波举行。\n"
                   "本次大赛的主办单位是宁波市知识产权局，承办单位是宁波大学与宁波市专利协会。", date="2024-05-20")
    event = one(found, "第二届甬江青年专利撰写大赛")
    assert event.organisers == ["org/ning-bo-shi-zhi-shi-chan-quan-ju"]
    assert set(event.partners) == {"org/ning-bo-da-xue", "org/ning-bo-shi-zhuan-li-xie-hui"}


def test_a_role_noun_in_traditional_script():
    found = events("5月18日，第二屆甬港專利論壇在寧波舉行。\n論壇的協辦單位為寧波大學。", date="2024-05-20")
    assert one(found, "第二屆甬港專利論壇").partners == ["org/ning-bo-da-xue"]


def test_a_role_noun_is_no_part_of_the_name_after_it():
    """主办方X: the side of a role (name_stops.tsv) stands before the name in apposition, no part of it."""
    found = events("6月1日，第四届浙东知识产权沙龙在绍兴举行。沙龙的主办方绍兴文理学院与多家企业保持合作。",
                   date="2024-06-02")
    assert one(found, "第四届浙东知识产权沙龙").organisers == ["org/shao-xing-wen-li-xue-yuan"]
