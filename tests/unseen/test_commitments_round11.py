"""Issue 16, round 11 of the commitments (patterns 6, 7 and 12), found on new annotated dev texts and tested on
sentences written for these tests, read by the real pipeline: a news item's title lines shorten an instrument's name
as they shorten its parties' (签署合作备忘录 / 签署了《关于…合作的谅解备忘录》), and the title may sit under a
column name (新闻动态); a count of departments (三部门) stands for the departments the text named; signatories
counted, not named (同12家协会共同签署), sign with the subject as a group, and a relative clause of signing
(签署宣言的协会有：…) lists them; 续订 (renews) and 签立 conclude an instrument as 续签 and 签订 do; a bare head
noun before 将 (海关将…, 分会将…) in a report without an author is the organisation of that head named last, in an
earlier passage too; a verb of speech after another person's sentence (A介绍了…。B表示) makes A no
speaker of the passage; an effect foretold of a thing (双方协议的签署将使…) is no pledge of whose thing it is.
"""

from __future__ import annotations

from pathlib import Path

from ipgraph.extract.facts import extract
from ipgraph.extract.registry import ReportText, run_extractors
from ipgraph.ingest.corpus import ReportMeta
from ipgraph.ingest.passages import segment
from ipgraph.resources import resources
from tests.unseen.test_commitments_round5 import pledges, read


def news_item(text: str) -> list:
    """The agreements of ``text`` read as a news item of 2025 whose first lines are its own (no title added)."""
    knowledge, passages = resources().knowledge, segment(text)
    meta = ReportMeta(id="round11", path=Path("round11.txt"), date="2025-12-01")
    return run_extractors(ReportText(meta, passages, extract(passages, knowledge), knowledge))["agreements"]


# --- 7. duplicates --------------------------------------------------------------------------------------------------


def test_7_a_title_line_that_shortens_the_instruments_name_tells_the_one_the_body_names_in_full():
    found = news_item("工作动态\n\n国家知识产权局与世界知识产权组织签署合作备忘录\n\n发布时间：2025-03-06 10:00\n\n"
                      "3月5日，国家知识产权局与世界知识产权组织在北京签署了《关于深化专利审查领域合作的谅解备忘录》。\n")
    assert [(f.label, f.date, len(f.passages)) for f in found] == [
        ("关于深化专利审查领域合作的谅解备忘录", "2025-03-05", 2)]  # the title line and the body


def test_7_a_title_line_with_other_words_is_another_instrument():
    found = news_item("国家知识产权局与世界知识产权组织签署数据交换备忘录\n\n发布时间：2025-03-06 10:00\n\n"
                      "3月5日，国家知识产权局与世界知识产权组织在北京签署了《关于深化专利审查领域合作的谅解备忘录》。\n")
    assert len(found) == 2


# --- 6. collective signatories --------------------------------------------------------------------------------------


def test_6_a_count_of_departments_signs_for_the_departments_named_before():
    found = read("5月8日，甲市市场监管局会同甲市中级人民法院、甲市公安局召开座谈会。"
                 "三部门负责人签订了《知识产权协同保护合作协议》。", "agreements")
    assert [(f.label, len(f.parties)) for f in found] == [("知识产权协同保护合作协议", 3)]


def test_6_counterparts_counted_not_named_sign_with_the_subject_as_a_group():
    found = read("6月1日，中国专利保护协会同12家地方行业协会(联盟)在沪共同签署了《知识产权自律公约宣言》。",
                 "agreements")
    assert [(f.label, len(f.parties), f.group) for f in found] == [
        ("知识产权自律公约宣言", 1, "12家地方行业协会")]


def test_6_a_relative_clause_of_signing_lists_whom_the_count_stood_for():
    found = read("6月1日，中华商标协会同2家全国性协会在沪共同签署了《知识产权诚信宣言》。"
                 "签署宣言的协会有：中国专利保护协会、中华商标协会和中国版权协会。", "agreements")
    assert [(f.label, len(f.parties)) for f in found] == [("知识产权诚信宣言", 3)]


def test_6_xuding_and_qianli_conclude_an_instrument_and_xuding_renews_it():
    found = read("3月2日，国家知识产权局与世界知识产权组织续订了《专利审查合作谅解备忘录》。", "agreements")
    assert [(f.label, f.renewal) for f in found] == [("专利审查合作谅解备忘录", True)]
    found = read("3月2日，甲省知识产权局与世界知识产权组织签立了《技术与创新支持中心合作协议》。", "agreements")
    assert [(f.label, f.renewal) for f in found] == [("技术与创新支持中心合作协议", False)]


# --- 12. pledges ----------------------------------------------------------------------------------------------------


def test_12_a_bare_head_noun_before_jiang_is_the_organisation_of_that_head_named_passages_before():
    assert pledges("澳门海关昨日在氹仔举办知识产权讲座。\n\n海关将持续加强与商户的沟通联系。") == [
        ("org/ao-men-hai-guan", "海关将持续加强与商户的沟通联系")]


def test_12_an_effect_foretold_of_a_thing_is_no_pledge_of_whose_it_is():
    assert pledges("国家知识产权局与世界知识产权组织签署了《合作备忘录》。双方协议的签署将使两地企业受益。") == []
    assert [actor for actor, _ in pledges("国家知识产权局与世界知识产权组织签署了《合作备忘录》。"
                                          "双方将共同举办培训，这将有助于企业发展。")] == ["org/CNIPA", "org/WIPO"]


def test_12_a_verb_of_speech_after_another_persons_sentence_is_not_the_first_persons():
    assert pledges("在签约仪式上，中国贸促会副会长张立新介绍了贸促会的整体情况，未来将着眼于专利质量提升。"
                   "国家知识产权局副局长王明远表示，国家知识产权局将充分发挥资源优势。") == [
        ("org/CCPIT", "未来将着眼于专利质量提升"), ("org/CNIPA", "国家知识产权局将充分发挥资源优势")]
