"""Agreements, session 34 (ag46): pairs of sides listed before one verb (甲与乙、丙与丁等签署…) sign one instrument
each; a word naming a kind of instrument (首次签署此类协议) names none; a side the mention stage missed between 与 and
an instrument named before its verb (甲与乙公司战略合作协议签订) is a party, not part of the name; the ceremony of an
instrument named by its bare noun (举行合作协议签字仪式) is its signing, unless the sentence names the instruments
signed at it; a holding verb after a noun (合作协议签约) adds no second noun; 完成 stands in front of a name; a college
printed as its place and 高专 is a body; two bodies of one head joined after a place (某市大学与某大学) are two names;
a title line's bare noun (签署合作备忘录) is the body's instrument told short; 续约 renews a contract it holds. Every
sentence here was written for these tests, none copied from an evaluation text or a probe; each runs the real
pipeline."""

from __future__ import annotations

from tests.unseen.test_dates_s13 import agreements


def _parties(text: str) -> list[list[str]]:
    return [a.parties for a in agreements(text, date="2024-05-10")]


def test_pairs_listed_before_the_verb_sign_one_instrument_each():
    text = "5月8日，青禾市与远山市、白石县与红河县等签署友好城市关系协议书。\n"
    assert _parties(text) == [["org/qing-he-shi", "org/yuan-shan-shi"], ["org/bai-shi-xian", "org/hong-he-xian"]]


def test_one_pair_and_a_second_counterpart_are_no_pairs():
    text = "5月8日，青禾大学与远山科技集团、白石大学签署产学研合作协议。\n"
    assert _parties(text) == [["org/qing-he-da-xue", "org/yuan-shan-ke-ji-ji-tuan", "org/bai-shi-da-xue"]]


def test_a_kind_of_instrument_names_none():
    text = "5月8日，青禾大学与远山科技集团签署知识产权合作协议，这是两家单位首次签署此类协议。\n"
    assert [a.label for a in agreements(text, date="2024-05-10")] == ["知识产权合作协议"]


def test_a_side_unread_before_an_instrument_named_before_its_verb_is_a_party():
    text = "5月8日，青禾大学与远山重工股份有限公司战略合作协议正式签订。\n"
    found = agreements(text, date="2024-05-10")
    assert [a.label for a in found] == ["战略合作协议"]
    assert found[0].parties == ["org/qing-he-da-xue", "org/yuan-shan-zhong-gong-gu-fen-you-xian-gong-si"]


def test_the_ceremony_of_a_bare_noun_is_its_signing():
    text = "5月8日，青禾大学与远山重工股份有限公司举行合作协议签字仪式。\n"
    found = agreements(text, date="2024-05-10")
    assert [(a.label, a.date) for a in found] == [("合作协议", "2024-05-08")]


def test_a_ceremony_of_a_bare_noun_with_its_instruments_named_is_theirs():
    text = ("5月8日，青禾大学与远山市知识产权局举行合作协议签署仪式，双方签署了知识产权人才培养合作协议和"
            "共建实习基地协议。\n")
    assert [a.label for a in agreements(text, date="2024-05-10")] == ["知识产权人才培养合作协议", "共建实习基地协议"]


def test_a_holding_verb_after_a_noun_adds_no_second_noun():
    text = "5月8日，青禾大学与远山重工股份有限公司举行合作协议签约仪式。\n"
    assert [a.label for a in agreements(text, date="2024-05-10")] == ["合作协议"]


def test_a_completed_signing_names_the_instrument_after_its_front_word():
    text = "5月8日，青禾大学与远山重工股份有限公司完成战略合作协议签约。\n"
    assert [a.label for a in agreements(text, date="2024-05-10")] == ["战略合作协议"]


def test_a_college_printed_as_its_place_and_gaozhuan_is_a_party():
    text = "5月8日，远山重工股份有限公司、青禾大学、白石高专等单位现场签订合作协议。\n"
    assert "org/bai-shi-gao-zhuan" in _parties(text)[0]


def test_a_memorandum_printed_mou_is_an_instrument():
    text = "5月8日，青禾大学与远山重工股份有限公司签署了MoU。\n"
    assert [a.type for a in agreements(text, date="2024-05-10")] == ["MemorandumOfUnderstanding"]


def test_two_universities_joined_after_a_place_are_two_sides():
    for joint in ("与", "和"):
        text = f"5月8日，杭州大学{joint}青禾大学签署学术合作协议。\n"
        assert _parties(text) == [["org/hang-zhou-da-xue", "org/qing-he-da-xue"]]


def test_a_body_whose_name_holds_a_joint_after_a_common_noun_stays_one():
    text = "5月8日，青禾大学与肯尼亚公司与知识产权注册局签署合作备忘录。\n"
    assert _parties(text) == [["org/qing-he-da-xue", "org/ken-ni-ya-gong-si-yu-zhi-shi-chan-quan-zhu-ce-ju"]]


def test_a_title_lines_bare_noun_is_the_bodys_instrument_told_short():
    text = ("青禾市知识产权局与远山市知识产权局签署合作备忘录\n"
            "5月8日，青禾市知识产权局与远山市知识产权局签署知识产权执法协作谅解备忘录。\n")
    found = agreements(text, date="2024-05-10")
    assert [(a.label, a.date) for a in found] == [("知识产权执法协作谅解备忘录", "2024-05-08")]


def test_a_renewed_contract_is_a_renewal_held_by_its_verb():
    text = "5月8日，青禾大学与远山重工股份有限公司续约，继续开展产学研合作。\n"
    found = agreements(text, date="2024-05-10")
    assert [(a.renewal, a.date) for a in found] == [(True, "2024-05-08")]
    assert found[0].parties == ["org/qing-he-da-xue", "org/yuan-shan-zhong-gong-gu-fen-you-xian-gong-si"]
