"""Issue 16, round 9 of the commitments (patterns 6 and 12), found on fresh text (news items ipgraph had never seen,
not kept) and tested on sentences written for these tests, read by the real pipeline as a report of 2025 with no
author would be: instruments co-signed (会签), initialled (草签) or concluded (订立); a framework agreement named
协定; an instrument ranked first of its kind (全国首个…协议), the rank no part of its name; a verb of signing never read
across the end of a name and the verb after it (贸促会签署); a collective after instruments signed with several
counterparts (甲分别与乙、丙签订…。三方将…) counts the sides of all of them.
"""

from __future__ import annotations

from pathlib import Path

from ipgraph.extract.facts import extract
from ipgraph.extract.registry import ReportText, run_extractors
from ipgraph.ingest.corpus import ReportMeta
from ipgraph.ingest.passages import segment
from ipgraph.resources import resources
from tests.unseen.test_commitments_round4 import actions
from tests.unseen.test_commitments_round5 import pledges, read
from tests.unseen.test_commitments_round8 import agreements

# --- 6. agreements ---------------------------------------------------------------------------------------------------

def test_6_courts_that_co_sign_an_instrument_are_its_parties():
    found = agreements("3月9日，北京市高级人民法院、天津市高级人民法院和河北省高级人民法院在京会签"
                       "《商标审判协作框架协议》。")
    assert [label for label, _ in found] == ["商标审判协作框架协议"]
    assert len(found[0][1]) == 3


def test_6_initialling_and_concluding_sign_too():
    assert agreements("10月2日，国家知识产权局与欧洲专利局草签了审查合作备忘录。") == [
        ("审查合作备忘录", ["org/CNIPA", "org/EPO"])]
    assert agreements("10月2日，日本特许厅与欧洲专利局订立《检索结果共享合作协议》。") == [
        ("检索结果共享合作协议", ["org/EPO", "org/JPO"])]


def test_6_a_verb_of_signing_is_not_read_across_a_names_end_and_the_verb_after_it():
    found = agreements("开幕式上，甲市贸促会与乙省专利协会签署了人才交流合作备忘录。")
    assert [label for label, _ in found] == ["人才交流合作备忘录"]
    assert len(found[0][1]) == 2


def test_6_a_framework_agreement_named_xieding_is_an_agreement():
    assert agreements("4月1日，国家知识产权局与澳门大学签署专利信息服务战略合作框架协定。") == [
        ("专利信息服务战略合作框架协定", ["org/CNIPA", "org/ao-men-da-xue"])]


def test_6_the_rank_of_an_instrument_is_no_part_of_its_name():
    assert agreements("9月5日，国家知识产权局与欧洲专利局签订全国首个审查员交流协议。") == [
        ("审查员交流协议", ["org/CNIPA", "org/EPO"])]
    assert agreements("9月5日，国家知识产权局与欧洲专利局、日本特许厅签订首份审查协作备忘录。") == [
        ("审查协作备忘录", ["org/CNIPA", "org/EPO", "org/JPO"])]


def test_6_a_sentence_without_a_subject_in_a_report_without_author_goes_on_with_the_topic_of_the_one_before():
    found = read("近年来，中国与多个国家建立了专利合作关系。与欧洲专利局签署2024—2025年行动计划，成果丰硕。",
                 "agreements")
    assert [(f.label, f.parties, f.inferred) for f in found] == [
        ("2024—2025年行动计划", ["org/EPO"], ["country/CN"])]


def titled(title: str, body: str) -> list[tuple[str, list[str], list[str]]]:
    """The agreements of a news item whose first line is its title, not a heading."""
    knowledge, passages = resources().knowledge, segment(f"{title}\n\n{body}\n")
    meta = ReportMeta(id="round9", path=Path("round9.txt"), date="2025-12-01")
    found = run_extractors(ReportText(meta, passages, extract(passages, knowledge), knowledge))["agreements"]
    return [(f.label, sorted(f.parties), f.passages) for f in found]


def test_7_a_title_line_that_shortens_a_party_tells_the_agreement_the_body_tells():
    found = titled("乙省局与丁理工大学签订专利运营合作协议",
                   "日前，乙省知识产权局与丁理工大学正式签署专利运营合作协议。")
    parties = ["org/ding-li-gong-da-xue", "org/yi-sheng-zhi-shi-chan-quan-ju"]
    assert found == [("专利运营合作协议", parties, ["p1", "p2"])]


def test_7_but_an_agreement_with_another_counterpart_stays_one_of_its_own():
    found = titled("乙省局与丁理工大学签订专利运营合作协议",
                   "日前，乙省知识产权局与丁理工大学正式签署专利运营合作协议。乙省局还与戊大学签订专利运营合作协议。")
    assert [parties for _, parties, _ in found] == [["org/ding-li-gong-da-xue", "org/yi-sheng-zhi-shi-chan-quan-ju"],
                                                   ["org/wu-da-xue", "org/yi-sheng-ju"]]


# --- 9. treaty actions ----------------------------------------------------------------------------------------------

def test_9_a_title_ending_in_a_cooperation_instrument_noun_is_signed_as_an_agreement_not_a_treaty():
    text = "5月8日，国家知识产权局与欧洲专利局签署了《关于专利审查合作协定》。"
    assert actions(text) == set()
    assert agreements(text) == [("关于专利审查合作协定", ["org/CNIPA", "org/EPO"])]


def test_9_a_title_ending_in_the_treaty_head_alone_is_still_a_treaty():
    assert len(actions("5月8日，甲国与乙国签署了《甲乙自由贸易协定》。")) == 1


# --- 12. pledges -----------------------------------------------------------------------------------------------------

def test_12_a_collective_after_several_instruments_of_one_signatory_counts_all_their_sides():
    found = pledges("6月3日，甲县人民政府分别与乙市市场监管局、丙通信有限公司签订共建合作协议。\n\n"
                    "国家知识产权局、欧洲专利局和日本特许厅的代表应邀观礼。\n\n"
                    "根据合作协议，三方将在专利转化等方面加强协作。")
    signatories = ["org/bing-tong-xin-you-xian-gong-si", "org/jia-xian-ren-min-zheng-fu",
                   "org/yi-shi-shi-chang-jian-du-guan-li-ju"]
    assert sorted(actor for actor, _ in found) == signatories
