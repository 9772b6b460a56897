"""Agreements, session 33 (ag45): an instrument named by an anaphor after the verb (签订该框架协议) is the one the
report told before, not a second agreement; a comma between the list of counterparts and the verb (甲先后与乙局副主任
某、丙集团董事长某，签署了…) leaves them the signing's counterparts; 换文 and a signed 合作框架 are instruments (the
latter never named in passing: 在…合作框架下); a title line's signing takes the day of the body's dated ceremony of its
sides; a titled instrument of one named side stands beside the report's other agreements; a place alone before 与
(宁波市与某集团) is a side of its own, not the start of the name after it. Every sentence here was
written for these tests, none copied from an evaluation text or a probe; each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_agreements_s33 import _sides
from tests.unseen.test_dates_s13 import agreements


def test_an_instrument_named_by_an_anaphor_is_the_one_told_before():
    text = ("5月8日，青禾市中级人民法院与远山区人民政府签订知识产权司法保护合作框架协议。"
            "据悉，青禾中院与远山区政府随后签订该框架协议。\n")
    found = agreements(text, date="2024-05-10")
    assert [a.label for a in found] == ["知识产权司法保护合作框架协议"]
    assert _sides(found) == [["qing-he-shi-zhong-ji-ren-min-fa-yuan", "yuan-shan-qu-ren-min-zheng-fu"]]


def test_an_anaphor_with_nothing_told_before_stands():
    text = "5月8日，青禾大学与远山科技集团签订上述合作协议。\n"
    assert [a.label for a in agreements(text, date="2024-05-10")] == ["上述合作协议"]


def test_a_comma_before_the_verb_keeps_the_listed_counterparts():
    text = ("5月8日，青禾大学举行创新周，青禾大学校长王明出席。"
            "在嘉宾的见证下，王明先后与远山高新区管理委员会副主任张华、"
            "白石科技集团董事长李强，签署了“产业合作备忘录\"，分别建立孵化中心和联合实验室。\n")
    university = "org/qing-he-da-xue"
    assert {frozenset(a.parties) for a in agreements(text, date="2024-05-10")} == {
        frozenset({university, "org/bai-shi-ke-ji-ji-tuan"}),
        frozenset({university, "org/yuan-shan-gao-xin-qu-guan-li-wei-yuan-hui"})}


def test_an_exchange_of_notes_is_an_instrument():
    text = "5月8日，远山国与白石国签署关于知识产权合作的换文。\n"
    assert [a.label for a in agreements(text, date="2024-05-10")] == ["关于知识产权合作的换文"]


def test_a_title_line_signing_takes_the_day_of_the_bodys_ceremony():
    text = ("青禾市知识产权局与远山大学签署战略合作协议\n\n"
            "5月8日，青禾市知识产权局与远山大学在青禾举行签约仪式。局长王明与校长李强出席。\n")
    found = agreements(text, date="2024-05-10")
    assert [(a.label, a.date) for a in found] == [("战略合作协议", "2024-05-08")]


def test_a_titled_instrument_with_one_named_side_stands_beside_the_others():
    text = ("5月8日，青禾市知识产权局与华芯签署《专利导航合作协议》。\n\n"
            "青禾市知识产权局还与远山大学签署战略合作协议。\n")
    labels = sorted(a.label for a in agreements(text, date="2024-05-10"))
    assert labels == ["专利导航合作协议", "战略合作协议"]


def test_a_cooperation_framework_is_an_instrument_only_where_a_verb_signs_it():
    assert [a.label for a in agreements("5月8日，青禾市知识产权局与远山大学签署合作框架。\n",
                                        date="2024-05-10")] == ["合作框架"]
    assert agreements("5月8日，青禾局与远山局在两局合作框架下持续深化合作。\n", date="2024-05-10") == []


def test_a_place_alone_before_yu_is_a_side_of_its_own():
    found = agreements("5月8日，宁波市与远山集团签署战略合作协议。\n", date="2024-05-10")
    assert _sides(found) == [["ning-bo-shi", "yuan-shan-ji-tuan"]]
