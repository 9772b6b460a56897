"""Session 36, pledges for recall (pl48): subjects that name the pledging actors as a group (a region, a group with
members named inside it), a clause with no subject after an agreement's terms, a sentence joined to the pledge
before it, 将为 as the future, a wire dateline's byline that is no actor, and a title line that sums up the body.
Each read by the real pipeline on sentences written for these tests (none copied from an evaluation text or a
probe)."""

from __future__ import annotations

from pathlib import Path

from ipgraph.extract.facts import extract
from ipgraph.extract.registry import ReportText, run_extractors
from ipgraph.ingest.corpus import ReportMeta
from ipgraph.ingest.passages import segment
from ipgraph.resources import resources
from tests.unseen.test_commitments_round5 import read


def _pledges(text: str) -> list[tuple[str, str]]:
    return sorted((fact.actor, fact.quote) for fact in read(text, "pledges"))


def _actors(text: str) -> list[str]:
    return sorted({actor for actor, _ in _pledges(text)})


def test_a_region_nobody_speaks_for_is_its_divisions_and_a_speaker_of_one_pledges_for_his_body():
    assert _actors("京津冀地区将共同建设知识产权保护中心。") == \
        ["org/bei-jing-shi", "org/he-bei-sheng", "org/tian-jin-shi"]
    assert _actors("北京市知识产权局局长张三表示，京津冀将加强合作。") == ["org/bei-jing-shi-zhi-shi-chan-quan-ju"]
    # in traditional characters too; a region's forecast is no pledge
    assert _actors("粵港澳大灣區將加強知識產權合作。") == ["country/HK", "country/MO", "org/guang-dong-sheng"]
    assert _pledges("长三角地区将迎来更多发展机遇。") == []


def test_a_group_with_members_named_inside_it_pledges_for_those_named():
    assert _actors("包括日本在内的各成员国将加强审查合作。") == ["country/JP"]


def test_a_clause_with_no_subject_after_an_agreements_terms_is_its_parties_pledge_but_not_after_a_plan():
    signed = "甲市知识产权局与乙市知识产权局签署《合作协议》。"
    parties = ["org/jia-shi-zhi-shi-chan-quan-ju", "org/yi-shi-zhi-shi-chan-quan-ju"]
    assert _actors(signed + "协议约定，将共建服务平台。") == parties
    assert _actors(signed + "根据《合作协议》，将共建服务平台。") == parties
    assert _pledges("甲市知识产权局印发《实施方案》。《方案》明确，将共建服务平台。") == []


def test_a_sentence_joined_to_the_pledge_before_goes_on_with_its_actor():
    pledges = _pledges("杭州市知识产权局将建立协作机制。并将建立联席会议制度。此外，还将举办培训班。")
    assert [a for a, _ in pledges] == ["org/hang-zhou-shi-zhi-shi-chan-quan-ju"] * 3
    # a word of a setting is no join: the sentence has a subject of its own
    assert len(_pledges("杭州市知识产权局将建立协作机制。会上还将举办培训。")) == 1


def test_will_before_the_preposition_of_whom_it_serves_is_the_future_whatever_its_object_holds():
    assert _actors("杭州市知识产权局将为以数字经济为代表的新兴产业提供服务。") == \
        ["org/hang-zhou-shi-zhi-shi-chan-quan-ju"]
    assert _pledges("杭州市知识产权局将企业标准转换为地方标准。") == []


def test_a_wire_datelines_byline_names_no_actor_and_is_no_part_of_the_quote():
    assert _pledges("新华社杭州4月19日电（记者张三）杭州市知识产权局将加强合作。") == [
        ("org/hang-zhou-shi-zhi-shi-chan-quan-ju", "杭州市知识产权局将加强合作")]


def test_a_title_line_that_sums_up_the_body_in_words_of_its_own_is_no_pledge():
    text = "京津冀将共建知识产权保护体系\n\n近日，北京市知识产权局表示，将与天津市知识产权局签署协议，共同打击侵权。\n"
    knowledge, passages = resources().knowledge, segment(text)
    meta = ReportMeta(id="pl48", path=Path("pl48.txt"), date="2025-12-01")
    found = run_extractors(ReportText(meta, passages, extract(passages, knowledge), knowledge))["pledges"]
    assert [f.quote for f in found] == ["将与天津市知识产权局签署协议，共同打击侵权"]
