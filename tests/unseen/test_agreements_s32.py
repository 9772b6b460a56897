"""Agreements, session 32 (ag42): two lists of the same length around 分别 pair in order (A、B分别与C、D签订: A with
C, B with D); 先后 (one after another) makes one instrument per counterpart as 分别 does; a counterpart named with
the official who signs for it (与A副主任甲、B董事长乙签署) does not end the list of counterparts; a news item's
title line that tells in one the signings its body tells one by one is no agreement of its own; a list closed by
its count (A、B、C三方签订) names that many sides; a signing told by 签约 alone beside named instruments is one of its
own when told as an act with a side of its own, not as a ceremony nor on the title line. Every sentence
here was written for these tests, none copied from an evaluation text or a probe; each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_dates_s13 import agreements


def _pairs(found: list) -> list[list[str]]:
    return sorted(sorted(p.removeprefix("org/") for p in a.parties) for a in found)


def test_two_lists_of_one_length_around_fenbie_pair_in_order():
    text = ("3月2日，青禾大学化学学院、物理学院分别与远山制药有限公司、白石光电科技有限公司签订项目合作协议。\n")
    found = agreements(text, date="2024-03-10")
    assert _pairs(found) == [["bai-shi-guang-dian-ke-ji-you-xian-gong-si", "qing-he-da-xue-wu-li-xue-yuan"],
                             ["qing-he-da-xue-hua-xue-xue-yuan", "yuan-shan-zhi-yao-you-xian-gong-si"]]


def test_one_signatory_fenbie_with_a_list_still_signs_with_each():
    text = "3月2日，青禾大学分别与远山制药有限公司、白石光电科技有限公司签订项目合作协议。\n"
    found = agreements(text, date="2024-03-10")
    assert len(found) == 2
    assert all(any("qing-he-da-xue" in p for p in a.parties) and len(a.parties) == 2 for a in found)


def test_xianhou_makes_one_instrument_per_counterpart():
    text = "3月2日，青禾大学先后与远山制药有限公司、白石光电科技有限公司签署了《产学研合作备忘录》。\n"
    found = agreements(text, date="2024-03-10")
    assert [len(a.parties) for a in found] == [2, 2]


def test_a_counterpart_named_with_its_signing_official_does_not_end_the_list():
    text = ("3月2日，青禾大学与远山制药有限公司副总经理郑立群、白石光电科技有限公司董事长韩东签署了"
            "《产学研合作备忘录》。\n")
    parties = {p for a in agreements(text, date="2024-03-10") for p in a.parties}
    assert {"org/yuan-shan-zhi-yao-you-xian-gong-si", "org/bai-shi-guang-dian-ke-ji-you-xian-gong-si"} <= parties


def test_a_title_line_summing_up_the_bodys_signings_is_no_agreement_of_its_own():
    text = ("青禾投资集团与远山区政府、白石区政府签署合作协议\n"
            "近日，青禾投资集团分别与远山区人民政府、白石区人民政府签署《远山科技园共建合作协议》《白石创新港建设合作协议》。"
            "两个协议将推动园区建设。\n")
    found = agreements(text, date="2024-03-10")
    assert sorted(a.label for a in found) == ["白石创新港建设合作协议", "远山科技园共建合作协议"]


def test_a_list_closed_by_its_count_names_that_many_sides():
    text = "5月6日，青禾创投集团、白石控股、黑水资本三方签订了科创基金投资意向协议。\n"
    found = agreements(text, date="2024-05-10")
    assert len(found) == 1
    assert len(found[0].parties) == 3 and not found[0].unnamed


def test_signatories_before_a_collective_are_no_sides_of_their_own():
    text = ("12月3日，青禾职业学院与远山电梯有限公司举行校企合作签约仪式。"
            "仪式上，赵立新和钱海代表校企双方签订校企合作框架协议。\n")
    found = agreements(text, date="2024-12-10")
    assert [sorted(a.parties) for a in found] == [["org/qing-he-zhi-ye-xue-yuan",
                                                    "org/yuan-shan-dian-ti-you-xian-gong-si"]]


def test_a_signing_told_by_qianyue_beside_a_named_instrument_is_another_agreement():
    text = ("7月2日，白石市政府与青禾投资集团有限公司签署全面战略合作协议。同时，白石市产业基金与青禾投资集团有限公司、"
            "远山股权投资管理有限公司三方签约，合作设立白石科创基金。\n")
    found = agreements(text, date="2024-07-10")
    assert sorted(len(a.parties) for a in found) == [2, 3]


def test_a_signing_ceremony_beside_the_instruments_signed_at_it_is_none_of_its_own():
    text = ("日前，“白石高新区与市属高校科技合作”签约仪式在白石高新区举行，青禾大学、远山大学分别与白石高新区"
            "签署了科技合作框架协议。\n")
    found = agreements(text, date="2024-07-10")
    assert len(found) == 2
    assert all(any("bai-shi-gao-xin-qu" in p for p in a.parties) for a in found)


def test_a_held_signing_on_the_title_line_is_the_bodys_instrument_again():
    text = ("法学院与远山市中级人民法院合作签约\n"
            "3月4日，青禾大学法学院和远山市中级人民法院合作签约仪式在远山市中级人民法院举行，两院签署全面战略合作协议。\n")
    assert [a.label for a in agreements(text, date="2024-03-10")] == ["全面战略合作协议"]


def test_the_states_of_a_collective_are_no_list_to_pair_with_the_counterparts():
    text = ("中国国家市场监督管理总局重视与智利的合作，双方高层互访频繁，已与智利工业产权局和智利竞争法庭分别签署了"
            "合作谅解备忘录。\n")
    assert all(len(a.parties) == 2 for a in agreements(text, date="2024-03-10"))
