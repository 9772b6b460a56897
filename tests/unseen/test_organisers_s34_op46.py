"""Session 34, organisers and partners of found events (op46): sentences written for these tests (none copied from
an evaluation text or a probe), read by the real pipeline."""

from __future__ import annotations

import shutil
from pathlib import Path

from ipgraph.extract.facts import extract
from ipgraph.ingest.passages import segment
from ipgraph.knowledge.gazetteer import ORG
from ipgraph.resources import resources
from tests.unseen.test_organisers_s33_op44 import holders


def test_a_body_after_xietong_acts_beside_the_subject():
    """协同 joins two bodies as 联合 and 携手 do (joint_verbs.tsv, roles.tsv): the subject holds, the other partners."""
    text = "5月6日，嘉兴市知识产权局协同嘉兴市公安局举办知识产权刑事保护研讨会。"
    organisers, partners = holders(text, "知识产权刑事保护研讨会")
    assert organisers == ["org/jia-xing-shi-zhi-shi-chan-quan-ju"]
    assert partners == ["org/jia-xing-shi-gong-an-ju"]


def test_a_headless_counterpart_joined_to_a_named_body_before_a_verb_of_holding_is_a_body():
    """与唯品会联合举办: a brand with no head noun, shown acting beside a body named in full (acting_counterparts)."""
    text = "5月6日，嘉兴市知识产权局与拼多多联合举办电商平台商标保护座谈会。"
    organisers, partners = holders(text, "电商平台商标保护座谈会")
    assert organisers == ["org/jia-xing-shi-zhi-shi-chan-quan-ju"]
    assert partners == ["org/pin-duo-duo"]


def test_a_headless_item_of_a_list_of_bodies_in_a_role_slot_is_a_body():
    text = "5月6日，2025南湖专利运营大会在嘉兴举行。大会由嘉兴市人民政府主办，嘉兴市专利协会、禾丰智能协办。"
    _, partners = holders(text, "2025南湖专利运营大会")
    assert partners == ["org/jia-xing-shi-zhuan-li-xie-hui", "org/he-feng-zhi-neng"]


def test_a_kind_of_body_or_a_word_of_time_between_a_body_and_its_verb_is_no_counterpart():
    for text in ("5月6日，嘉兴市知识产权局与辖区企业联合举办专利申请实务培训班。",
                 "5月6日，嘉兴市知识产权局与当地高校共同举办专利申请实务培训班。",
                 "5月6日，嘉兴市知识产权局同期举办专利申请实务培训班。"):
        assert holders(text, "专利申请实务培训班")[1] == [], text


def test_the_lines_of_names_under_a_heading_that_is_a_roles_label_are_its_bodies():
    """一、组织单位 / A / B / C: a numbered heading with no colon, each body on a line of its own (fields.py)."""
    text = ("关于举办第二届嘉兴市中学生发明创意大赛的通知\n一、组织单位\n嘉兴市知识产权局\n嘉兴市教育局\n"
            "嘉兴市科学技术协会\n二、参赛对象\n嘉兴市在校中学生。\n")
    organisers, _ = holders(text, "第二届嘉兴市中学生发明创意大赛")
    assert organisers == ["org/jia-xing-shi-zhi-shi-chan-quan-ju", "org/jia-xing-shi-jiao-yu-ju",
                          "org/jia-xing-shi-ke-xue-ji-shu-xie-hui"]


def test_a_second_line_under_an_organisers_label_adds_its_body():
    text = ("关于举办第二届嘉兴市中学生发明创意大赛的通知\n主办单位：嘉兴市知识产权局\n嘉兴市教育局\n"
            "承办单位：嘉兴学院\n")
    organisers, partners = holders(text, "第二届嘉兴市中学生发明创意大赛")
    assert organisers == ["org/jia-xing-shi-zhi-shi-chan-quan-ju", "org/jia-xing-shi-jiao-yu-ju"]
    assert partners == ["org/jia-xing-xue-yuan"]


def test_an_office_contracted_with_its_field_in_quotes_is_a_body_of_the_list():
    """县“双打”办: the office of the leading group against infringement, its field printed in quotes (org_heads.tsv)."""
    text = "4月25日，平湖市市场监督管理局联合平湖市“双打”办在东湖广场举办知识产权保护宣传周集中宣传活动。"
    _, partners = holders(text, "知识产权保护宣传周集中宣传活动")
    assert partners == ["org/ping-hu-shi-shuang-da-ban"]


def test_the_words_that_show_a_counterpart_acting_are_knowledge_a_researcher_extends(tmp_path):
    """Session 29 mend: the adverbs of acting together and the verbs of a chain of roles were tuples in
    acting_counterparts.py; they are rows of knowledge/gazetteer/counterpart_cues.tsv, so 协力 is one line away."""
    text = "5月6日，嘉兴市知识产权局与拼多多协力举办电商平台商标保护座谈会。"
    assert "拼多多" not in _org_names(text, resources().knowledge)
    knowledge = tmp_path / "knowledge"
    shutil.copytree(resources().knowledge, knowledge)
    with (knowledge / "gazetteer" / "counterpart_cues.tsv").open("a", encoding="utf-8") as table:
        table.write("together\t协力\n")
    assert "拼多多" in _org_names(text, knowledge)


def _org_names(text: str, knowledge: Path) -> set[str]:
    facts = extract(segment(text), knowledge)
    return {name for node in facts.nodes.values() if node.kind == ORG for name in node.surface}
