"""Agreements, session 19 (ag23): a branch named after its parent's whole name and a place (平安银行合肥分行,
某银行浙江省分行, 某公司深圳市分公司) is one body, the parent's branch, and so one party; a verb of building right
before a head (中国建设银行) names the body, it plans none; 与 after an adverb of the subject's verb
(某局分别与甲银行) is the preposition after the subject, not a joiner of two nouns of one name; 有关 before a phrase
closed by 的 is "concerning", referring to no meetings told; a year of the ROC calendar (民國93年, 113年5月10日) is
read as its year; 两校 counts universities, and a 与 before such a collective joins signatories (由甲与乙两校校长代表
签署). Every sentence here was written for these tests, none copied from an evaluation text or a probe; each runs
the real pipeline."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.ingest.passages import segment
from ipgraph.knowledge.gazetteer import ORG
from ipgraph.zh.dates import find_dates
from tests.unseen.test_dates_s13 import agreements


def _orgs(text: str, res) -> list[str]:
    """The printed names of the organisations the mention stage makes."""
    facts = extract(segment(text), res.knowledge)
    return sorted(name for node in facts.nodes.values() if node.kind == ORG for name in node.surface)


def test_a_bank_branch_after_a_city_is_one_body(res):
    assert _orgs("嘉兴市市场监督管理局与招商银行杭州分行签订知识产权金融服务合作协议。", res) == [
        "嘉兴市市场监督管理局", "招商银行杭州分行"]


def test_a_bank_branch_after_a_province_is_one_body(res):
    assert "中国农业银行江苏省分行" in _orgs("中国农业银行江苏省分行副行长在会上介绍了专利权质押贷款情况。", res)


def test_a_bank_named_for_building_keeps_its_branch(res):
    assert _orgs("湖南省知识产权局和中国建设银行湖南省分行举行座谈。", res) == [
        "中国建设银行湖南省分行", "湖南省知识产权局"]


def test_branches_in_a_list_each_sign_one_agreement():
    text = "5月8日，苏州市知识产权局分别与兴业银行苏州分行、中国银行江苏省分行签署知识产权质押融资合作协议。\n"
    told = agreements(text, date="2024-05-09")
    assert sorted(tuple(sorted(a.parties)) for a in told) == [
        ("org/SUZHOU-IPO", "org/xing-ye-yin-hang-su-zhou-fen-hang"),
        ("org/SUZHOU-IPO", "org/zhong-guo-yin-hang-jiang-su-sheng-fen-hang")]


def test_an_adverb_before_yu_ends_the_subject_not_a_field_of_its_name(res):
    assert _orgs("绍兴市市场监督管理局分别与浙商银行、绍兴银行签订合作备忘录。", res) == [
        "浙商银行", "绍兴市市场监督管理局", "绍兴银行"]


def test_a_place_that_builds_a_centre_still_plans_it(res):
    assert _orgs("杭州建设区域知识产权交易中心。", res) == []


def test_youguan_before_a_phrase_and_de_is_concerning_not_the_meetings_told():
    """有关 before a phrase closed by 的 (签署有关商标保护合作的谅解备忘录) is "concerning": the instrument refers to no
    meetings, so the compound of a wire agency's name (中新社) or of a meeting before it names no parties."""
    wired = "中新社杭州5月6日电 浙江省知识产权局6日与香港知识产权署签署有关商标保护合作的谅解备忘录。\n"
    assert [sorted(a.parties) for a in agreements(wired, date="2024-05-06")] == [
        ["org/xiang-gang-zhi-shi-chan-quan-shu", "org/zhe-jiang-sheng-zhi-shi-chan-quan-ju"]]
    met = "中日韩知识产权局局长会议期间，日本特许厅与韩国知识产权局签署了有关外观设计审查合作的备忘录。\n"
    assert [sorted(a.parties) for a in agreements(met, date="2024-05-06")] == [["org/JPO", "org/KIPO"]]
    union = "中欧地理标志协定生效后，广东省市场监督管理局与澳门经济及科技发展局签署有关地理标志互认的合作安排。\n"
    assert [len(a.parties) for a in agreements(union, date="2024-05-06")] == [2]


def test_a_year_of_the_roc_calendar_is_read_as_its_year():
    assert [d.start for d in find_dates("雙方於民國93年4月23日簽署合作備忘錄", 2024, "2024-06-01")] == ["2004-04-23"]
    assert [d.start for d in find_dates("中華民國九十七年十月九日於臺北簽署", 2024, "2024-06-01")] == ["2008-10-09"]
    assert [d.start for d in find_dates("智慧局於112年3月8日與日本特許廳簽署", 2024, "2024-06-01")] == ["2023-03-08"]
    assert [d.start for d in find_dates("該計畫將於一一四年七月一日施行", 2024, "2024-06-01")] == ["2025-07-01"]
    assert [d.start for d in find_dates("民國一百〇五年三月修正", 2024, "2024-06-01")] == ["2016-03"]


def test_years_of_the_common_era_stay_as_they_are():
    assert [d.start for d in find_dates("二〇一九年五月签署，2021年3月续签", 2024, "2024-06-01")] == [
        "2019-05", "2021-03"]


def _parties(text: str) -> list[list[str]]:
    return [sorted(a.parties) for a in agreements(text, date="2024-04-03")]


def test_a_count_of_universities_signs_for_the_universities_named_before():
    """两校, 三校: a count of schools or universities is a collective (collectives.tsv) that stands for the ones named
    before it, so the vice-presidents who sign for them make both universities parties."""
    text = "4月2日，中山大学与华南理工大学深化知识产权人才培养合作，由两校副校长代表共同签署联合培养协议。\n"
    assert _parties(text) == [["org/hua-nan-li-gong-da-xue", "org/zhong-shan-da-xue"]]
    three = "4月2日，苏州大学、南京大学和东南大学三校在南京举行座谈，由三校分管副校长共同签署知识产权协同保护协议。\n"
    assert [len(p) for p in _parties(three)] == [3]


def test_yu_between_signatories_before_a_collective_opens_no_counterpart():
    """由甲与乙两校校长代表双方签署: 与 lists the two presidents; the collective after them tells whose they are, one
    instrument of both universities, not one with each."""
    text = "4月2日，厦门大学和集美大学举行座谈，由张荣与李清彪两校校长代表双方签署知识产权合作备忘录。\n"
    assert _parties(text) == [["org/ji-mei-da-xue", "org/xia-men-da-xue"]]
