"""Agreements, session 33 (ag44): a counterpart's short form given in a bracket of either width (A(以下简称“甲”)、B)
does not end the list of counterparts; 共建 (to build jointly) ends the name read leftwards from a head, so the side
before it is no part of the body to be built; a passage that opens on the setting of the event told before it
(活动中，) was told on that passage's day; an instrument after 有关 (签订有关合作协议) that the titled ones told
later name with all its sides is one of them told again; 互签 signs; 同 right after a head noun is "with"
(某局同某大学签署); places listed or joined by 与 before a count in 地 and a head they share
(甲市与乙市两地知识产权局) are that many bodies of that head. Every sentence here was written for these tests, none
copied from an evaluation text or a probe; each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_dates_s13 import agreements


def _sides(found: list) -> list[list[str]]:
    return sorted(sorted(p.removeprefix("org/") for p in a.parties) for a in found)


def test_a_short_form_in_brackets_does_not_end_the_list_of_counterparts():
    for opens, closes in (("(", ")"), ("（", "）")):
        text = (f"5月8日，青禾区管委会与远山市知识产权保护中心{opens}以下简称“保护中心”{closes}、"
                f"白石交通建设集团有限公司{opens}以下简称“白石集团”{closes}分别签订合作协议。\n")
        assert _sides(agreements(text, date="2024-05-10")) == [
            ["bai-shi-jiao-tong-jian-she-ji-tuan-you-xian-gong-si", "qing-he-qu-guan-wei-hui"],
            ["qing-he-qu-guan-wei-hui", "yuan-shan-shi-zhi-shi-chan-quan-bao-hu-zhong-xin"]]


def test_building_jointly_ends_the_name_of_the_side_before_it():
    text = "5月8日，青禾市知识产权局与远山师范大学共建知识产权学院签约揭牌仪式在远山举行。\n"
    assert _sides(agreements(text, date="2024-05-10")) == [["qing-he-shi-zhi-shi-chan-quan-ju",
                                                            "yuan-shan-shi-fan-da-xue"]]


def test_a_passage_opening_on_the_events_setting_has_the_day_of_the_passage_before():
    text = ("5月8日，青禾区管委会在白石会展中心举办产业云签约活动。\n"
            "活动中，青禾区管委会与远山市知识产权保护中心签订《专利导航合作备忘录》。\n")
    assert [a.date for a in agreements(text, date="2024-05-20")] == ["2024-05-08"]


def test_an_instrument_after_youguan_is_the_titled_ones_told_again():
    text = ("5月8日，青禾区管委会分别与远山市知识产权保护中心、白石交通建设集团有限公司签订有关合作协议。\n"
            "青禾区管委会与远山市知识产权保护中心签订《专利导航合作备忘录》。"
            "青禾区管委会还与白石交通建设集团有限公司签署《数据服务合作协议》。\n")
    found = agreements(text, date="2024-05-20")
    assert sorted(a.label for a in found) == ["专利导航合作备忘录", "数据服务合作协议"]
    assert {a.date for a in found} == {"2024-05-08"}


def test_huqian_signs():
    text = "5月8日，青禾市知识产权局与远山大学互签合作备忘录。\n"
    assert [a.label for a in agreements(text, date="2024-05-10")] == ["合作备忘录"]


def test_tong_after_a_head_noun_is_with_and_ends_the_name_before_it():
    text = "5月8日，青禾市知识产权局同远山大学签署合作协议。\n"
    assert _sides(agreements(text, date="2024-05-10")) == [["qing-he-shi-zhi-shi-chan-quan-ju", "yuan-shan-da-xue"]]
    alumni = "5月8日，远山大学同学会与青禾大学签署合作协议。\n"  # 同学 (schoolmates) holds 同: one name
    assert _sides(agreements(alumni, date="2024-05-10")) == [["qing-he-da-xue", "yuan-shan-da-xue-tong-xue-hui"]]


def test_places_before_a_count_in_di_and_a_shared_head_are_that_many_bodies():
    for joined in ("、", "与"):
        text = f"5月8日，青禾市{joined}远山市两地知识产权局在青禾签署《跨区域协作协议》。\n"
        assert _sides(agreements(text, date="2024-05-10")) == [["qing-he-shi-zhi-shi-chan-quan-ju",
                                                                "yuan-shan-shi-zhi-shi-chan-quan-ju"]]
