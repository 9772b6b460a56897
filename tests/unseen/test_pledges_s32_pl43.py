"""Session 32 (pl43) of the pledges: a narrator's sentence that opens a paragraph before the sentence whose verb of
speech opens a speaker's words (X将于明年举办…。甲表示，…) is read as the narrator's, not skipped as the words in front
of the speaker's — read by the real pipeline on sentences written for these tests (none copied from an evaluation
text or a probe)."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import read


def _found(text: str) -> list[tuple[str, str]]:
    return sorted((f.actor, f.quote) for f in read(text, "pledges"))


def test_a_pledge_told_before_a_body_speaks_is_read():
    text = ("3月2日，两局在北京举行年度会谈。\n\n"
            "世界知识产权组织将于明年在北京举办面向审查员的培训班。国家知识产权局表示，此次合作意义重大。")
    assert ("org/WIPO", "世界知识产权组织将于明年在北京举办面向审查员的培训班") in _found(text)


def test_a_pledge_told_before_a_person_speaks_is_read_without_him():
    text = ("3月2日，两局在北京举行年度会谈。\n\n"
            "世界知识产权组织将为发展中国家提供更多培训名额。申长雨表示，中方高度重视双方合作。")
    found = read(text, "pledges")
    assert [(f.actor, f.speaker) for f in found] == [("org/WIPO", None)]


def test_the_speakers_own_words_still_are_his():
    text = "3月2日，两局在北京举行年度会谈。\n\n申长雨表示，中方将继续支持世界知识产权组织的工作。"
    found = read(text, "pledges")
    assert [(f.actor, f.speaker) for f in found] == [("country/CN", "shen-zhang-yu")]


def test_a_bare_instruments_noun_as_subject_is_the_deal_told_before():
    text = ("3月2日，国家知识产权局与世界知识产权组织签署合作备忘录。\n\n"
            "世界知识产权组织在新闻公报中说，备忘录将涵盖专利审查、人员培训等领域。")
    assert _found(text) == []


def test_what_a_document_lays_down_is_no_pledge():
    text = ("3月2日，省知识产权局召开工作会议。\n\n"
            "省知识产权局局长张某表示，去年省政府印发《知识产权强省建设实施方案》，明确将建设一批知识产权保护中心。")
    assert _found(text) == []


def test_a_subject_of_its_own_after_the_verb_still_pledges():
    text = "3月2日，国家知识产权局与世界知识产权组织签署《合作备忘录》，明确双方将共同建设培训中心。"
    assert sorted(actor for actor, _ in _found(text)) == ["org/CNIPA", "org/WIPO"]


def test_a_clause_of_no_subject_goes_on_with_the_actors_of_the_clause_before():
    text = ("局长访问非洲回国后，国家知识产权局与商务部进行沟通，并就援助非洲知识产权工作达成共识，"
            "将共同开展能力建设系列活动。")
    assert sorted(actor for actor, _ in _found(text)) == ["org/CNIPA", "org/MOFCOM"]


def test_bodies_that_only_hold_an_occasion_are_no_subject_of_its_programme():
    text = ("本次研讨班为期三天，由国家知识产权局主办，同济大学承办，"
            "将围绕专利审查实务开展多场培训。")
    assert _found(text) == []
