"""Agreements, session 34 (wp43, committee documents and white papers): an instrument told before its signing
verb, as committee reports translated into Chinese tell it (与X的合作协议已于2023年3月签署). Every sentence here was
written for these tests, none copied from an evaluation text; each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_dates_s13 import agreements


def test_a_signing_after_its_instrument_dated_by_month_alone():
    text = "《中非知识产权合作谅解备忘录》于2023年3月在北京签署，双方将开展联合培训。"
    found = agreements(text, date="2024-05-01")
    assert [(a.label, a.date) for a in found] == [("中非知识产权合作谅解备忘录", "2023-03")]


def test_a_signing_after_its_instrument_dated_by_year_alone():
    found = agreements("中国与南非的《知识产权合作谅解备忘录》于2022年在约翰内斯堡签署。", date="2024-05-01")
    assert [(a.label, a.date) for a in found] == [("知识产权合作谅解备忘录", "2022")]


def test_the_years_in_a_name_are_no_signing_date():
    found = agreements("双方签署《2025年工作计划》。", date="2024-12-01")
    assert [a.label for a in found] == ["2025年工作计划"] and found[0].date != "2025"


def test_an_instrument_with_one_counterpart_before_it_is_theirs():
    text = "在本报告所述期间，与坦桑尼亚政府的合作协议已于2023年3月签署，项目随即启动。"
    found = agreements(text, date="2024-05-01")
    assert [(a.label, a.date) for a in found] == [("合作协议", "2023-03")]
    assert found[0].parties == ["org/tan-sang-ni-ya-zheng-fu"]


def test_a_topic_instrument_signed_by_named_sides_in_a_month():
    text = "商标审查合作备忘录于2023年11月由青禾国知识产权局与远山国专利局签署。"
    found = agreements(text, date="2024-05-01")
    assert [(a.label, a.date) for a in found] == [("商标审查合作备忘录", "2023-11")]
    assert len(found[0].parties) == 2


def test_a_years_review_listing_signings_joined_by_a_dunhao_gives_each_its_counterpart():
    text = "2024年，与青禾国知识产权局签署合作谅解备忘录、与远山国专利局签订年度合作计划、与白河国科技部续签合作协议。"
    found = agreements(text, date="2025-04-01")
    assert [(a.label, [p.rsplit("/", 1)[1] for p in a.parties]) for a in found] == [
        ("合作谅解备忘录", ["qing-he-guo-zhi-shi-chan-quan-ju"]),
        ("年度合作计划", ["yuan-shan-guo-zhuan-li-ju"]),
        ("合作协议", ["bai-he-guo-ke-ji-bu"])]


def test_a_list_of_counterparts_of_one_signing_stays_one_clause():
    found = agreements("青禾市知识产权局与远山区人民政府、白河区人民政府签署合作协议。", date="2025-04-01")
    assert sorted(len(a.parties) for a in found) in ([2, 2], [3])


def test_counterparts_counted_and_not_named_sign_no_agreement():
    text = "全年与12个国家签署知识产权合作文件，与23个国家签订合作协议，与远山国专利局签署合作备忘录。"
    assert [a.label for a in agreements(text, date="2025-04-01")] == ["合作备忘录"]
