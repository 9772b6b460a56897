"""Issue 16, round 5 of the commitments (patterns 6, 9 and 12), on sentences written for these tests (not taken from
any evaluation text), read by the real pipeline — passages, spaCy mentions, resolution, the registry's extractors — as
a report of 2025 with no author would be: agreements whose signatories the mention stage partly missed (a collective
counting them, a glossed name in the subject), a bare instrument title that refers back; treaties printed longer
than their name next to another, a setting between a treaty and its verb; pledges that are wishes, attributes,
effects or relations, and a speaker's 我们.
"""

from __future__ import annotations

from pathlib import Path

from ipgraph.extract.facts import extract
from ipgraph.extract.registry import ReportText, run_extractors
from ipgraph.ingest.corpus import ReportMeta
from ipgraph.ingest.passages import segment
from ipgraph.resources import resources


def read(text: str, kind: str) -> list:
    """The facts of one kind that the extractors find in ``text``, told in a report of 2025 with no author."""
    knowledge, passages = resources().knowledge, segment(f"标题\n\n{text}\n")
    meta = ReportMeta(id="round5", path=Path("round5.txt"), date="2025-12-01")
    return run_extractors(ReportText(meta, passages, extract(passages, knowledge), knowledge))[kind]


def pledges(text: str) -> list[tuple[str, str]]:
    return sorted((fact.actor, fact.quote) for fact in read(text, "pledges"))


# --- 6. agreements whose signatories the mention stage partly missed ------------------------------------------------

def test_6_a_collective_counts_a_side_the_mention_stage_missed_and_a_bare_title_refers_back():
    found = read("5月2日，国家知识产权局、世界知识产权组织与丙区商事服务局举行交流会议。会上，三方进行交流，"
                 "达成多项共识，并共同签署《知识产权保护合作会议纪要》。\n\n三方代表随后共同签署《会议纪要》。",
                 "agreements")
    assert [(f.type, f.label) for f in found] == [("Minutes", "知识产权保护合作会议纪要")]
    assert found[0].parties[:2] == ["org/CNIPA", "org/WIPO"] and len(found[0].parties) == 3
    assert len(found[0].passages) == 2  # the bare title's passage tells the same minutes


def test_6_a_glossed_name_joined_to_the_subject_signs_and_is_known_without_its_glosses():
    found = read("近日，國家知識產(chǎn)權(quán)局和世界知識產權組織以換文形式簽署《關(guān)于深化合作的安排》。",
                 "agreements")
    assert [(f.label, sorted(f.parties)) for f in found] == [
        ("關于深化合作的安排", ["org/CNIPA", "org/WIPO"])]


# --- 9. treaty actions -----------------------------------------------------------------------------------------------

def test_9_a_treaty_printed_longer_than_its_name_is_one_title_of_a_run_of_titles():
    found = read("2025年，《商标法新加坡条约》《世界知识产权组织视听表演北京条约》在老挝正式生效。", "treaty_actions")
    assert sorted((f.treaty, f.action) for f in found) == [("beijing-treaty", "EntryIntoForce"),
                                                          ("singapore-treaty", "EntryIntoForce")]


def test_9_a_setting_between_the_treaty_and_its_verb_is_no_distance():
    found = read("根据有关规定，《马拉喀什条约》于2025年5月1日在国际法律层面上生效。", "treaty_actions")
    assert [(f.treaty, f.action, f.date) for f in found] == [("marrakesh-treaty", "EntryIntoForce", "2025-05-01")]


# --- 12. pledges -----------------------------------------------------------------------------------------------------

def test_12_segments_after_a_wish_are_more_of_the_wish():
    assert pledges("国家知识产权局期待双方深化合作，提升服务水平；共同努力，加强维权援助；"
                   "合力推动，提升保护能力。") == []


def test_12_will_qualifying_a_noun_is_no_pledge():
    assert pledges("会上，中国贸促会就即将举办的博览会知识产权问题开展了深入讨论。") == []


def test_12_an_effect_or_an_outcome_said_of_nobody_is_no_pledge_of_the_speaker_nor_more_of_a_pledge():
    assert pledges("中国贸促会表示，开设远程教育平台是双方的重要合作内容，将使更多公众受益。") == []
    assert pledges("中国政府将于明年举办纪念活动，将有一系列重大安排。") == [
        ("org/CN-GOV", "中国政府将于明年举办纪念活动")]


def test_12_a_relation_with_an_actor_is_no_pledge_of_that_actor():
    assert pledges("中国贸促会表示，与国家知识产权局的合作将会更加深入。") == []


def test_12_we_in_a_speakers_words_is_whom_the_speaker_pledged_for_last():
    found = pledges("申长雨表示，今年中国政府将与世界知识产权组织共同举办纪念活动。我们还将在日内瓦举办图片展。\n\n"
                    "申长雨强调，我们将深度参与全球知识产权治理。")
    assert [actor for actor, _ in found] == ["org/CN-GOV"] * 3
