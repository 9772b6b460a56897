"""Session 22 of the pledges: the speaker of a sentence that opens with something else, and a verb of speech with no
comma after it, each read by the real pipeline on sentences written for these tests (none copied from an evaluation
text or a probe)."""

from __future__ import annotations

import re

import pytest

from tests.unseen.test_pledges_s18 import _said

_READ = [
    # …，X局长甲今日在…上表示，…将…: the person that opens the clause of the verb of speech, though the passage opens
    # with something else (no speaker of the passage), speaks for his organisation; the first person of that clause
    # is its subject, not the one he met
    ("为落实国务院新近印发的知识产权强国建设纲要和知识产权保护规划提出的各项重点任务，"
     "国家知识产权局局长王伟今日在一场论坛上表示，今后将为外国申请人提供更多便利。",
     [("org/CNIPA", None, "今后将为外国申请人提供更多便利")]),
    ("为筹备明年在上海举办的知识产权国际论坛以及后年在日内瓦举办的合作五十周年纪念活动，"
     "国家知识产权局局长王伟在会见世界知识产权组织总干事邓鸿森时表示，下一步将深化合作。",
     [("org/CNIPA", None, "下一步将深化合作")]),
    # …his words open with an actor: that actor goes on as the subject, not the speaker's organisation
    ("为落实国务院新近印发的知识产权强国建设纲要和知识产权保护规划提出的各项重点任务，"
     "国家知识产权局局长王伟今日表示，中国高度重视知识产权保护，并将继续加大执法力度。",
     [("country/CN", None, "并将继续加大执法力度")]),
    # 甲表示乙方愿意…: a verb of speech with no comma, then a side, an actor or a collective of its own: that subject
    # pledges, not the one who speaks; with nothing between the verb and the cue, the sayer pledges
    ("会谈气氛友好。林肯表示美方愿意在工作组框架下加强执法合作。",
     [("country/US", None, "美方愿意在工作组框架下加强执法合作")]),
    ("会谈气氛友好。陈明指出世界知识产权组织将继续支持发展中国家。",
     [("org/WIPO", None, "世界知识产权组织将继续支持发展中国家")]),
    ("会谈气氛友好。日方表示将加强合作。", [("country/JP", None, "日方表示将加强合作")]),
    # a later verb of speech in the speaker's words, then a word that refers (协会): that word is the subject
    ("深圳市版权协会会长钱亮指出，版权保护工作取得明显成效，并表示协会将继续推动版权宣传。",
     [("org/shen-zhen-shi-ban-quan-xie-hui", "qian-liang", "协会将继续推动版权宣传")]),
]


@pytest.mark.parametrize(("text", "pledges"), _READ)
def test_a_speaker_inside_the_sentence_and_a_subject_after_a_verb_of_speech(
        text: str, pledges: list[tuple[str, str | None, str]]) -> None:
    assert _said(text) == sorted(pledges)


_SPOKEN = [
    # 称 is a verb of speech as 表示 is: the sayer's body pledges after it, a subject of its own after it pledges
    ("国家知识产权局局长王伟称，将为外国申请人提供更多便利。",
     [("org/CNIPA", "wang-wei", "将为外国申请人提供更多便利")]),
    ("会谈气氛友好。陈明称中方愿与各方深化执法合作。",
     [("country/CN", None, "中方愿与各方深化执法合作")]),
    # 会 with no subject right after a verb of speech, with a comma or none, opens the speaker's words: his body's
    ("国家知识产权局局长王伟称，会进一步简化商标注册手续。",
     [("org/CNIPA", "wang-wei", "会进一步简化商标注册手续")]),
    ("国家知识产权局局长王伟表示会加快审查高价值专利。",
     [("org/CNIPA", "wang-wei", "会加快审查高价值专利")]),
    # …but not the 会 of a noun (会议, 会上), nor one that foretells an effect (会有, 会使)
    ("国家知识产权局局长王伟表示，会议取得了圆满成功。", []),
    ("国家知识产权局局长王伟称，会有更多外国企业在华申请专利。", []),
    # a word that holds 称 and is no speech (名称, 称为, 堪称, 之称) opens no speaker's words
    ("该中心的名称将于明年正式更改。", []),
    ("这座城市素有“专利之城”之称，将吸引更多创新企业落户。", []),
]


@pytest.mark.parametrize(("text", "pledges"), _SPOKEN)
def test_cheng_is_a_verb_of_speech_and_a_bare_modal_after_one_is_the_speakers_bodys(
        text: str, pledges: list[tuple[str, str | None, str]]) -> None:
    assert _said(text) == sorted(pledges)


def test_a_word_that_holds_cheng_opens_no_speakers_words():
    # 名称 is no verb of speech: the passage has no speaker, as with 名字; 他称 gives it one
    named = _said("国家知识产权局局长王伟宣布了新中心的名称。新中心将于明年投入运行。")
    said = _said("国家知识产权局局长王伟宣布了新中心的名字。他称，新中心将于明年投入运行。")
    assert named and all(speaker is None for _, speaker, _ in named)
    assert {speaker for _, speaker, _ in said} == {"wang-wei"}


def test_a_guarded_word_list_matches_speech_but_not_the_words_that_hold_it():
    """zh.grammar.outside: 称 in 甲称 and 声称, never in 名称 or 称为; the pattern opens with the words' first
    characters (regression: opening with the guards' lookahead made a scan of a report a hundred times slower)."""
    from ipgraph.zh.grammar import outside

    pattern = re.compile(outside(("称", "表示"), ("名称", "称为")))
    text = "甲称，将合作。其名称为某中心，被称为样板。乙表示愿意。丙声称会来。"
    assert [m.group(0) for m in pattern.finditer(text)] == ["称", "表示", "称"]
    assert pattern.pattern.startswith("(?=[")
