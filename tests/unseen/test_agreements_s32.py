"""Agreements, session 32 (ag42): two lists of the same length around 分别 pair in order (A、B分别与C、D签订: A with
C, B with D); 先后 (one after another) makes one instrument per counterpart as 分别 does; a counterpart named with
the official who signs for it (与A副主任甲、B董事长乙签署) does not end the list of counterparts; a news item's
title line that tells in one the signings its body tells one by one is no agreement of its own. Every sentence
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
