"""Session 35, organisers and partners of found events (op47): sentences written for these tests (none copied from
an evaluation text or a probe), read by the real pipeline."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.ingest.passages import segment
from ipgraph.knowledge.gazetteer import ORG
from ipgraph.resources import resources
from tests.unseen.test_events import events, one
from tests.unseen.test_organisers_s33_op44 import holders


def test_a_theme_clause_with_yi_opens_the_object_of_the_verb_before_it():
    """A、B共同举办的以“…”为主题的X: the verb governs X, so its holders are X's, not those of the event of the next
    clause (C开展的Y)."""
    text = ("5月6日，嘉兴市组织企业参加嘉兴市知识产权局、嘉兴市商务局共同举办的以“品牌出海”为主题的商标线上培训，"
            "组织相关单位参加平湖市市场监督管理局开展的“专利检索实务”线上培训。")
    organisers, _ = holders(text, "“专利检索实务”线上培训")
    assert organisers == ["org/ping-hu-shi-shi-chang-jian-du-guan-li-ju"]


def test_a_theme_told_between_a_name_and_its_you_keeps_the_name_the_subject():
    """今年X活动的主题是“…”，由A、B牵头，会同C共同举办: the name is still the subject of 由."""
    text = ("2024年嘉兴市知识产权宣传周活动今日启动。今年宣传周活动的主题是“品牌强市”，由嘉兴市知识产权局、"
            "嘉兴市商务局牵头，会同嘉兴市中级人民法院共同举办。")
    organisers, partners = holders(text, "2024年嘉兴市知识产权宣传周活动")
    assert organisers == ["org/jia-xing-shi-zhi-shi-chan-quan-ju", "org/jia-xing-shi-shang-wu-ju"]
    assert partners == ["org/jia-xing-shi-zhong-ji-ren-min-fa-yuan"]


def test_a_known_body_in_brackets_after_a_name_the_reader_does_not_know_stands_for_it():
    """原新闻出版总署（国家版权局）与B共同承办: the bracket names the body the unknown name is (one body, two names)."""
    for bracketed in ("（国家版权局）", "(国家版权局)"):
        text = (f"6月3日，国际版权交易论坛在北京开幕。论坛由世界知识产权组织主办，原新闻出版总署{bracketed}与"
                "北京市人民政府共同承办。")
        _, partners = holders(text, "国际版权交易论坛")
        assert set(partners) == {"org/NCAC", "org/bei-jing-shi-ren-min-zheng-fu"}, bracketed


def test_the_items_of_a_list_its_count_closes_are_bodies_however_short():
    """A、B、C、D四部门联合召开X: four items and the count four: 侨联 and 科协办 are bodies though no head says so."""
    text = "9月2日，公安部、海关总署、侨联、科协办四部门联合在杭州召开跨境电商知识产权保护工作会议。"
    organisers, _ = holders(text, "跨境电商知识产权保护工作会议")
    assert organisers == ["org/MPS", "org/GACC", "org/qiao-lian", "org/ke-xie-ban"]


def test_a_count_that_disagrees_with_the_items_makes_no_body():
    text = "9月2日，公安部、海关总署、侨联、科协办三部门联合在杭州召开跨境电商知识产权保护工作会议。"
    organisers, _ = holders(text, "跨境电商知识产权保护工作会议")
    assert "org/qiao-lian" not in organisers


def test_a_bodys_press_conference_named_after_it_is_its_own():
    """国家知识产权局新闻发布会: the body speaks to the press at its own (words.tsv own_press)."""
    found = events("3月28日，国家知识产权局新闻发布会在北京举行，介绍专利转化运用专项行动进展。", date="2025-03-31")
    assert one(found, "国家知识产权局新闻发布会").organisers == ["org/CNIPA"]


def test_an_adverbial_of_guidance_opening_a_clause_before_another_event_is_that_events():
    """…举办X，在A的指导下，B联合C开展Y: A guided Y, not X."""
    text = ("4月22日，平湖市市场监督管理局在东湖广场举办知识产权宣传周集中宣传活动，在浙江省市场监督管理局的指导下，"
            "平湖市市场监督管理局联合平湖市公安局开展商标侵权专项整治行动。")
    assert "org/zhe-jiang-sheng-shi-chang-jian-du-guan-li-ju" not in holders(text, "知识产权宣传周集中宣传活动")[1]
    assert "org/zhe-jiang-sheng-shi-chang-jian-du-guan-li-ju" in holders(text, "商标侵权专项整治行动")[1]


def test_a_body_printed_with_its_other_name_in_brackets_keeps_that_printed_form_as_a_name():
    """某区市场监督管理局（知识产权局）: one body under two names; the form printed is one of its names, so a reader who
    copies it names the node (its label stays the first name)."""
    facts = extract(segment("5月6日，嘉兴市南湖区市场监督管理局（知识产权局）联合南湖区法院举办专利保护讲座。"),
                    resources().knowledge)
    names = {name for node in facts.nodes.values() if node.kind == ORG for name in node.surface}
    assert "嘉兴市南湖区市场监督管理局（知识产权局）" in names
    facts = extract(segment("5月6日，中原工学院（郑州）举办专利保护讲座。"), resources().knowledge)
    assert not any(name.endswith("（郑州）") for node in facts.nodes.values() for name in node.surface)
