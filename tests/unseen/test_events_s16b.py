"""Session 16 round 3b (ev18), events: a generic event noun counted or qualified rather than named — a word of
variety closing its modifier (丰富的, 众多的, 各式各样的), or a count of one opening the clause of a nameless subject
(一场…的讲座，5日在…举行) — is no event (events/plurals.py); and a name stops at a verb of inviting, announcing
or carrying out (邀请…进行讲座, 宣布…开幕). Sentences written for these tests (none copied from a probe or an
evaluation text), read by the real pipeline."""

from __future__ import annotations

import pytest

from tests.unseen.test_events import events

# --- a word of variety closing the modifier before the noun: events of several kinds (knowledge variety) -------------


@pytest.mark.parametrize(("text", "date"), [
    ("6月3日，县市场监管局在文化广场开展了丰富的知识产权宣传活动，发放资料五百余份。", "2023-06-05"),
    ("11月8日，学校面向师生举办了众多的版权普及讲座，参与者踊跃。", "2022-11-10"),
    ("9月15日，区科技局组织了各式各样的专利培训，覆盖企业八十余家。", "2024-09-18"),
    ("3月20日，市版权局開展了豐富的版權宣傳活動，吸引市民駐足。", "2021-03-22"),
])
def test_an_event_noun_qualified_by_a_word_of_variety_names_no_event(text: str, date: str):
    assert events(text, date=date) == []


def test_a_named_event_beside_a_qualified_one_is_still_read():
    """Guards the variety word: only the mention it qualifies is dropped."""
    found = events("5月10日，市知识产权局举办2024年专利代理人培训班，并开展了内容丰富的宣传活动。", date="2024-05-12")
    assert [(e.label, e.start) for e in found] == [("2024年专利代理人培训班", "2024-05-10")]


# --- a count of one opening the clause of a nameless subject: introduced, not named (knowledge indefinite) ------------


@pytest.mark.parametrize(("text", "date", "label"), [
    ("一场面向高校科研人员的专利转化研讨会，14日在武汉举行。“2023年高校专利转化研讨会”由湖北省知识产权局主办。",
     "2023-06-15", "2023年高校专利转化研讨会"),
    ("一个专为外贸企业而设的商标保护讲座，昨日在宁波举办。“甬商商标保护讲座”由宁波市市场监管局主办。",
     "2022-08-19", "甬商商标保护讲座"),
    ("一項為本地初創企業度身訂造的知識產權交流會，8日在澳門舉行。“2024澳門初創知識產權交流會”由澳門經濟及科技發展局主辦。",
     "2024-03-09", "2024澳門初創知識產權交流會"),
])
def test_a_nameless_subject_brought_in_by_a_count_of_one_is_no_second_event(text: str, date: str, label: str):
    assert [e.label for e in events(text, date=date)] == [label]


def test_a_count_of_one_after_a_verb_of_holding_is_left_to_the_verb():
    """Guards the clause opening: 举办了一场…研讨会 is the object of the verb, not a subject brought in."""
    found = events("4月2日，省知识产权局在合肥举办了一场第五届长三角专利研讨会。", date="2024-04-03")
    assert [e.label for e in found] == ["第五届长三角专利研讨会"]


# --- a name never reaches back past a verb of inviting, announcing or carrying out (knowledge left_stop; 进行 is a
# carry_out verb like 开展: a bare noun after it is a kind of work, no event) ---------------------------------------


@pytest.mark.parametrize(("text", "date"), [
    ("10月12日，县知识产权局组织了专利代理实务培训，并邀请律师进行讲座。", "2022-10-14"),
    ("5月16日，学院举办了商标法律知识培训班，还邀请专利审查员进行辅导讲座。", "2024-05-18"),
    ("3月9日，市商务局開展了外貿企業知識產權培訓，並邀請資深代理人進行專題講座。", "2023-03-11"),
])
def test_a_talk_an_invited_speaker_gives_is_no_event_beside_the_course_it_belongs_to(text: str, date: str):
    assert len(events(text, date=date)) == 1


def test_an_opened_congress_is_named_without_whoever_announced_it():
    found = events("9月1日，主持人宣布第五届专利代理人大会开幕。", date="2024-09-02")
    assert [e.label for e in found] == ["第五届专利代理人大会"]


def test_an_invitational_contest_keeps_its_whole_name():
    """Guards 邀请: inside 邀请赛 it stops no name."""
    found = events("6月8日，第三届长三角知识产权邀请赛颁奖仪式在嘉兴举行。", date="2024-06-10")
    assert [e.label for e in found] == ["第三届长三角知识产权邀请赛颁奖仪式"]
