"""Session 30 (pl41) of the pledges: the sides' agreement and the 将 clause of no subject after it (双方同意…，将…)
are one pledge of theirs, while two cues of one speaker (将…，愿…) stay two; 将 before an object and a verb of
placing (将X放在…位置), 将迎来 (a date that comes) and 即将…的 past an adverb (a thing about to come) pledge nothing;
我 in an envoy's words is the envoy's state — read by the real pipeline on sentences written for these tests (none
copied from an evaluation text or a probe)."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import read


def _quotes(text: str) -> list[str]:
    return sorted({f.quote for f in read(text, "pledges")})


def test_the_sides_agreeing_and_a_bare_will_clause_after_it_are_one_pledge():
    text = ("3月5日，国家知识产权局局长会见智利经济部长一行。\n\n"
            "会见中，双方同意深化专利审查合作，将共同举办审查员培训班。")
    quotes = _quotes(text)
    assert len(quotes) == 1 and "将共同举办审查员培训班" in quotes[0]


def test_two_cues_of_one_speaker_stay_two_pledges():
    text = ("4月2日，国家知识产权局局长会见智利工业产权局局长。\n\n"
            "局长表示，国家知识产权局将继续支持两局审查员交流，愿与智方拓展商标领域合作。")
    assert len(_quotes(text)) == 2


def test_will_before_an_object_and_a_verb_of_placing_pledges_nothing():
    text = ("5月6日，商务部部长会见秘鲁外贸部长。\n\n"
            "部长表示，中方将知识产权合作放在双边经贸关系的重要位置。")
    assert _quotes(text) == []


def test_a_date_that_comes_is_no_pledge():
    text = ("6月3日，外交部发言人主持例行记者会。\n\n"
            "发言人表示，明年将迎来两国建交五十周年。")
    assert _quotes(text) == []


def test_i_in_an_envoys_words_is_the_envoys_state():
    text = ("3月3日，智利总统接受中国驻智利大使刘明远递交国书。\n\n"
            "刘明远表示：“作为新任驻智利大使，我愿同智方一道，深化两国各领域务实合作。”")
    assert [f.actor for f in read(text, "pledges")] == ["country/CN"]


def test_a_thing_about_to_come_qualified_after_an_adverb_is_no_pledge():
    text = ("7月8日，教育部部长会见秘鲁教育部长。\n\n"
            "部长介绍了中国即将正式实施的职业教育新规的主要内容。")
    assert _quotes(text) == []
