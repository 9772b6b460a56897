"""Session 14, organisers and partners: sentences written for these tests (none copied from an evaluation text), read
by the real pipeline, one test per mechanism."""

from __future__ import annotations

from tests.unseen.test_events import events, one

# --- a topic chain: a clause with no subject of its own shares the subject of the clauses before it -----------------


def test_a_clause_chained_by_bing_is_held_by_the_subject_of_the_clause_before():
    found = events("5月9日，宁波市知识产权局总结了上半年的工作，并在宁波大学举办第二届甬江知识产权论坛。",
                   date="2025-05-10")
    assert one(found, "第二届甬江知识产权论坛").organisers == ["org/ning-bo-shi-zhi-shi-chan-quan-ju"]


def test_a_collective_opening_the_chain_stands_for_the_sides_named_before():
    found = events("5月9日，宁波市知识产权局、台州市知识产权局召开联席会议。双方签署了合作备忘录，"
                   "主要包括：建立会商机制，举办第三届甬台知识产权论坛，联合开展宣传活动。", date="2025-05-10")
    assert one(found, "第三届甬台知识产权论坛").organisers == [
        "org/ning-bo-shi-zhi-shi-chan-quan-ju", "org/tai-zhou-shi-zhi-shi-chan-quan-ju"]


def test_a_person_opening_the_chain_holds_it_for_the_body_they_speak_for():
    found = events("奥地利专利局副局长玛丽亚·霍夫曼出席会议。玛丽亚·霍夫曼表示，希望两局加强合作，"
                   "并邀请宁波市知识产权局参加第三届中奥知识产权研讨会。", date="2025-05-10")
    assert one(found, "第三届中奥知识产权研讨会").organisers == ["org/ao-di-li-zhuan-li-ju"]


def test_a_pronoun_subject_points_back_across_sentences_to_the_holders_named():
    """我们 stands for the holders of the sentence before, with the roles that sentence's verb gives them (A与B共同举办:
    B a partner); a subjectless clause after a pronoun reaches back the same way."""
    found = events("王刚表示，为纪念两市合作十周年，今年，宁波市人民政府将与台州市人民政府共同举办一系列交流活动。"
                   "“明天，我们将在宁波举办“甬台知识产权合作十周年纪念大会”。今年9月，我们还将借中国专利周之机，在台州举办"
                   "甬台专利成果展。”王刚说。", date="2025-05-10")
    for label in ("甬台知识产权合作十周年纪念大会", "甬台专利成果展"):
        event = one(found, label)
        assert (event.organisers, event.partners) == (["org/ning-bo-shi-ren-min-zheng-fu"],
                                                      ["org/tai-zhou-shi-ren-min-zheng-fu"]), label


def test_a_clause_with_a_subject_of_its_own_breaks_the_chain():
    """Guards the ones above: the body before the verb is who held it, not the subject of the clause before."""
    found = events("5月9日，宁波市知识产权局总结了上半年的工作，宁波大学当天举办了第二届甬江知识产权论坛。",
                   date="2025-05-10")
    assert one(found, "第二届甬江知识产权论坛").organisers == ["org/ning-bo-da-xue"]


def test_without_a_pronoun_the_chain_stops_at_the_sentence_start():
    """Guards the pronoun: a subjectless clause opening a sentence does not take the subject of the sentence before."""
    found = events("5月9日，宁波市知识产权局总结了上半年的工作。同时举办第二届甬江知识产权论坛。", date="2025-05-10")
    assert one(found, "第二届甬江知识产权论坛").organisers == []


def test_a_clause_of_purpose_takes_no_holder_from_the_clause_before():
    """Guards the chain: 以便在举行X之前 says why the clause before happened, not that its subject held X."""
    found = events("5月9日，宁波市知识产权局召开第三次工作会议，以便在举行第二届甬江知识产权论坛之前完成筹备。",
                   date="2025-05-10")
    assert "org/ning-bo-shi-zhi-shi-chan-quan-ju" not in one(found, "第二届甬江知识产权论坛").organisers
