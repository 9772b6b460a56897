"""Session 22 (wp25), report prose: a year and a word of a session's manner (特别, 非正式, 临时) single out no
event, so an agenda item that convenes a session (召开2027年特别会议) names none, while a session named by its
body and number, or a name of its own after the year, is still an event. Sentences written for these tests, none
copied from a report, an evaluation text or a probe."""

from __future__ import annotations

import pytest

from tests.unseen.test_events import events


@pytest.mark.parametrize("text", [
    "会议议程\n\n7. 召开2027年特别会议 (X/70/8)\n\n8. 通过报告 (X/70/9)",
    "理事会审议了秘书处的提案，同意召开2026年临时会议。",
])
def test_a_year_and_a_plain_session_noun_name_no_event(text: str) -> None:
    """The year and 特别/临时 before a bare 会议 add no name: an item of business, not a session held."""
    assert [e.label for e in events(text, "2026-01-10")] == []


@pytest.mark.parametrize("text, label", [
    ("产权组织大会第十二届特别会议于2026年5月4日在日内瓦举行。", "产权组织大会第十二届特别会议"),
    ("2026年中非知识产权论坛于5月20日在内罗毕举行。", "2026年中非知识产权论坛"),
])
def test_a_session_of_a_body_or_a_name_after_the_year_is_still_an_event(text: str, label: str) -> None:
    """A body and a number, or words of a name of its own, single the event out whatever the year."""
    assert [e.label for e in events(text, "2026-06-01")] == [label]


def test_places_every_one_of_a_level_share_no_body_with_the_named_one_after_them(res):
    """各 opens a list of levels of place (各省、自治区、直辖市): every such place, no one of them, so a body named
    after the list with 及 (…及某兵团知识产权局) lends them nothing; places named one by one still each get theirs."""
    from tests.unseen.test_people import new_orgs

    found = new_orgs("请各省、自治区、直辖市及某某建设兵团知识产权局认真组织实施。", res)
    assert not {"省", "自治区", "直辖市"} & set(found), found
    assert {d["name"] for d in new_orgs("甘肃省、青海省及宁夏回族自治区知识产权局派员参加。", res).values()} >= {
        "甘肃省知识产权局", "青海省知识产权局"}


def test_a_name_after_a_title_ends_before_tongbao(res):
    """通报 (reports to a meeting) opens the clause after an official's name, as 汇报 does (after_name.tsv): the
    name is not read on into its first character."""
    from ipgraph.extract.mentions import mentions

    found = [m.text for m in mentions(["会上,市知识产权局局长周岚通报了上半年专利执法情况。"], res.knowledge)[0]
             if m.kind == "PERSON"]
    assert found == ["周岚"]


def test_a_policy_briefing_named_by_its_kind_alone_is_no_event():
    """政策吹风会 is a kind of briefing, as 新闻发布会 is a kind of press conference (types.tsv): held with no name of
    its own it is no event; a briefing named by its body is one."""
    assert events("市政府新闻办于3月12日举行政策吹风会，介绍惠企措施。", "2026-03-20") == []
    named = events("3月12日，国务院政策例行吹风会在北京举行。", "2026-03-20")
    assert [e.label for e in named] == ["国务院政策例行吹风会"]
