"""Agreements, session 29 (ag38): a zone or a city printed right after 与 before the verb of signing
(分别与某高新区签署) is the counterpart that signs, as a place opening the clause is the subject that does; a
passage that opens on a day dates a signing it tells later by no event the event reader takes (…成立。…成立大会上，
三方签订…); an arbitration commission printed 仲裁委 after its city is a body, the one its full name (仲裁委员会)
names. Every sentence here was written for these tests, none copied from an evaluation text or a probe; each runs
the real pipeline."""

from __future__ import annotations

from tests.unseen.test_dates_s13 import agreements


def test_a_zone_after_with_is_the_counterpart_each_university_signs_with():
    text = "日前，青岛科技大学、山东理工大学和烟台大学分别与青岛高新区签署了知识产权运营合作框架协议。\n"
    found = agreements(text, date="2023-05-10")
    assert len(found) == 3
    assert all(len(a.parties) == 2 and any("gao-xin-qu" in p for p in a.parties) for a in found)


def test_a_city_after_with_signs_too():
    text = "绍兴市知识产权局近日与诸暨市签订了知识产权强县建设合作协议。\n"
    found = agreements(text, date="2023-05-10")
    assert [len(a.parties) for a in found] == [2]


def test_a_place_after_with_that_does_not_sign_stays_a_place():
    text = "绍兴市知识产权局与诸暨市市场监督管理局签订了知识产权保护合作协议，并与诸暨市企业座谈。\n"
    found = agreements(text, date="2023-05-10")
    assert [len(a.parties) for a in found] == [2]


def test_a_signing_in_a_passage_that_opens_on_a_day_has_that_day():
    text = ("5月12日，由丽水仲裁委员会和丽水市市场监督管理局共建的丽水知识产权调解中心在莲都区揭牌成立，"
            "丽水市副市长甲出席成立仪式。成立仪式上，丽水仲裁委、丽水市市场监督管理局与丽水学院三方签订了"
            "知识产权纠纷调解合作协议。\n")
    found = agreements(text, date="2023-05-20")
    assert [a.date for a in found] == ["2023-05-12"]


def test_no_day_is_carried_over_another_date_or_a_vague_time():
    two = ("5月12日，丽水知识产权调解中心揭牌成立。该中心于2021年3月开始筹建。成立仪式上，丽水仲裁委员会与丽水学院"
           "签订了知识产权纠纷调解合作协议。\n")
    # the unveiling told by its act (揭牌成立, events/unveilings.py, session 33) is an event the reader takes: the
    # founding ceremony the signing was done at is that event, on its day, whatever date the text tells between
    assert [a.date for a in agreements(two, date="2023-05-20")] == ["2023-05-12"]
    vague = "5月12日，丽水知识产权调解中心揭牌成立。近日，丽水仲裁委员会与丽水学院签订了知识产权纠纷调解合作协议。\n"
    assert [a.date for a in agreements(vague, date="2023-05-20")] == [None]


def test_an_arbitration_commission_printed_short_is_the_one_named_in_full():
    text = ("丽水仲裁委员会主任甲出席活动。\n"
            "活动上，丽水仲裁委与丽水学院签订了知识产权纠纷调解合作协议。\n")
    found = agreements(text, date="2023-05-20")
    assert len(found) == 1
    assert sorted(found[0].parties) == ["org/li-shui-xue-yuan", "org/li-shui-zhong-cai-wei-yuan-hui"]


def test_the_day_of_a_wire_dateline_is_no_signings_occasion():
    text = "新华社杭州5月12日电 青禾科技公司与远山电子公司宣布签订长期专利交叉许可协议，双方将互相许可标准专利。\n"
    assert [a.date for a in agreements(text, date="2023-05-13")] == [None]


def test_bodies_of_one_state_listed_after_with_sign_one_instrument():
    text = "丽水市市场监督管理局与丽水市中级人民法院、丽水市人民检察院签署了知识产权协同保护合作备忘录。\n"
    found = agreements(text, date="2023-05-20")
    assert [len(a.parties) for a in found] == [3]


def test_respectively_still_makes_one_instrument_each_with_bodies_of_one_state():
    text = "丽水市市场监督管理局分别与丽水市中级人民法院、丽水市人民检察院签署了知识产权协同保护合作备忘录。\n"
    found = agreements(text, date="2023-05-20")
    assert [len(a.parties) for a in found] == [2, 2]


def test_a_body_signing_with_the_bodies_of_other_states_signs_one_each():
    text = "国家知识产权局与日本特许厅、韩国特许厅签署了专利审查合作备忘录。\n"
    found = agreements(text, date="2023-05-20")
    assert [len(a.parties) for a in found] == [2, 2]
