"""Session 23 (round 3) of the pledges: who speaks in a paragraph of a meeting report where several sides speak in turn.
A later sentence that opens with a sayer of its own (双方表示, 双方一致认为) is that sayer's, not the person's the
paragraph opened with; words with no sayer of their own run on as his; the person who opens the clause of the verb
speaks (会见甲时，乙表示); a name of two characters printed bare again (王明表示) is the person named before.
Sentences written for these tests (none copied from an evaluation text or a probe)."""

from __future__ import annotations

from ipgraph.extract.mentions import mentions
from tests.unseen.test_commitments_round5 import read


def _said(text: str) -> list[tuple[str, str | None, str]]:
    return sorted(((f.actor, f.speaker, f.quote) for f in read(text, "pledges")), key=str)


def test_the_sides_who_speak_in_a_later_sentence_pledge_without_the_person_who_opened_the_paragraph():
    # 双方表示 right after a meeting: the sides say it, both pledge, no person speaks
    assert _said("3月5日，甲省知识产权局局长王明会见了乙国工业产权局局长马里奥·罗西一行。双方表示，将进一步加强在"
                 "专利审查领域的合作。") == [
        ("org/jia-sheng-zhi-shi-chan-quan-ju", None, "将进一步加强在专利审查领域的合作"),
        ("org/yi-guo-gong-ye-chan-quan-ju", None, "将进一步加强在专利审查领域的合作")]


def test_a_side_that_opens_a_later_sentence_with_its_own_verb_of_speech_takes_the_words_from_the_person():
    # 王明 welcomes (表示欢迎); then, after a lead clause, the sides agree and pledge: no speaker
    said = _said("3月5日，甲省知识产权局局长王明会见了乙国工业产权局局长马里奥·罗西一行。\n"
                 "王明对罗西一行的来访表示欢迎。会谈中，双方一致认为两局合作前景广阔，双方将共同举办培训班。")
    assert {speaker for _, speaker, _ in said} == {None}


def test_words_with_no_sayer_of_their_own_run_on_as_the_speakers():
    # 王明表示，…。合作文件签署后，双方将…: the sentence has no sayer, the words are still his
    said = _said("甲省知识产权局局长王明与乙国工业产权局局长马里奥·罗西签署合作备忘录。\n王明表示，两局合作基础良好。"
                 "合作文件签署后，双方将制订工作计划，细化合作举措。")
    assert {speaker for _, speaker, _ in said} == {"wang-ming"}


def test_the_person_who_opens_the_clause_of_the_verb_speaks_not_the_one_met():
    assert _said("9月3日，商务部部长李强在京会见了来访的丙国贸易部长安娜·米勒。\n"
                 "会见安娜·米勒时，李强表示，中方愿与丙方一道，深化经贸合作。") == [
        ("country/CN", "li-qiang", "中方愿与丙方一道，深化经贸合作")]


def test_a_two_character_name_printed_bare_again_opens_its_paragraph_as_speaker():
    # each side's head speaks in his own paragraph, named bare: 申雨 and 高峰 are the people of the first sentence
    said = _said("4月2日，国家知识产权局局长申雨在京会见丁国专利局局长高峰。\n申雨表示，中方愿与丁方加强审查合作。\n"
                 "高峰表示，丁方将继续支持两局合作。")
    assert [(speaker, quote) for _, speaker, quote in said] == [
        ("shen-yu", "中方愿与丁方加强审查合作"), ("gao-feng", "丁方将继续支持两局合作")]


def _people_in(texts: list[str], res) -> list[list[str]]:
    return [[m.text for m in passage if m.kind == "PERSON"] for passage in mentions(texts, res.knowledge)]


def test_a_two_character_name_is_read_again_only_where_it_opens_a_clause_before_a_word_that_follows_a_name(res):
    # read again: 申雨表示 opens its passage, ，申雨还 a clause; not read: 申雨 inside a word run, nor 申雨 in a title
    # line above the sentence that names him, nor 申雨 before a word that never follows a name
    assert _people_in(["申雨高峰会谈", "4月2日，国家知识产权局局长申雨在京会见丁国专利局局长高峰。",
                       "申雨表示，两局合作良好。", "会后，申雨还参观了展览。", "重申雨季防汛要求。", "申雨季节性调整"],
                      res) == [
        [], ["申雨", "高峰"], ["申雨"], ["申雨"], [], []]
