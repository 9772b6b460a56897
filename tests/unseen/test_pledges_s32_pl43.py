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
