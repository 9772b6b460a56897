"""Session 31, a signing told by a verb that holds its instrument (签约: sign a contract) with no instrument noun: the
sides before it signed one instrument, named by what the ceremony is about; told again (出席签约仪式) it is one; a
report that names an instrument keeps only that one; a 签约 of fewer than two sides is none. Sentences written for
these tests, read by the real pipeline."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import read


def test_a_ceremony_of_signing_with_no_instrument_named_is_an_agreement_of_its_sides():
    found = read("5月12日，青州市知识产权保护中心党支部与潍坊学院法学院党支部举行党建共建签约仪式。"
                 "双方负责人出席签约仪式。", "agreements")
    assert [f.label for f in found] == ["党建共建协议"]
    assert [len(f.parties) for f in found] == [2]
    assert found[0].date and found[0].date.endswith("05-12")


def test_sides_that_sign_with_a_named_body_by_the_verb_alone_sign_one_instrument():
    found = read("9月8日，淮安市市场监督管理局与淮阴工学院在淮安顺利签约，双方将共建知识产权服务站。", "agreements")
    assert [f.label for f in found] == ["协议"]
    assert [len(f.parties) for f in found] == [2]


def test_a_named_instrument_keeps_the_verb_alone_from_making_another():
    found = read("3月2日，丽水市市场监督管理局与丽水学院签署《知识产权战略合作协议》。"
                 "此次签约标志着双方合作进入新阶段。丽水市市场监督管理局与丽水学院还将共同签约更多项目。", "agreements")
    assert [f.label for f in found] == ["知识产权战略合作协议"]


def test_a_signing_of_fewer_than_two_sides_told_by_the_verb_alone_is_none():
    assert read("本届展会共有32个项目现场签约，签约金额超过5亿元。", "agreements") == []
