"""Treaty actions, session 28 (tr37): an entry into force told in a dated relative clause on the treaty. Every
sentence here was written for these tests, none copied from an evaluation text or a probe; each runs the real
pipeline.

A treaty qualified by a dated clause that closes with 生效的 (2005年3月1日生效的《A》) comes into force then: the
treaty's own act, with no actor, or the state's when the clause names it after 在 or 对 (2008年在泰国生效的《A》).
Undated (已生效的《A》) the clause says the treaty is in force, no act. What the sentence says after such a treaty
(…《A》将…扩展到…) is said of the treaty, not a forecast that takes the act as its topic."""

from __future__ import annotations

from tests.unseen.test_treaties_s16 import _acts


def test_a_dated_relative_clause_of_entry_into_force_is_the_treatys_own_act():
    text = "2005年3月1日生效的《商标法新加坡条约》统一了各国的商标注册程序。\n"
    assert ("singapore-treaty", "EntryIntoForce", [], "2005-03-01") in _acts(text)


def test_the_state_named_after_zai_in_the_relative_clause_is_the_actor():
    text = "按照2008年6月在泰国生效的《专利合作条约》，泰国申请人可以提交国际申请。\n"
    assert ("pct", "EntryIntoForce", ["country/TH"], "2008-06") in _acts(text)


def test_an_undated_relative_clause_of_entry_into_force_is_no_act():
    text = "目前已生效的《视听表演北京条约》为表演者提供了保护。\n"
    assert not [act for act in _acts(text) if act[1] == "EntryIntoForce"]


def test_what_follows_a_treaty_with_a_dated_relative_clause_is_said_of_the_treaty():
    text = "2016年9月30日生效的《马拉喀什条约》将版权例外扩展到阅读障碍者。\n"
    assert ("marrakesh-treaty", "EntryIntoForce", [], "2016-09-30") in _acts(text)


def test_a_relative_clause_dated_only_by_an_as_of_date_is_no_act():
    text = "截至2023年底已生效的《专利合作条约》共有157个缔约国。\n"
    assert not [act for act in _acts(text) if act[1] == "EntryIntoForce"]


def test_a_dated_relative_clause_of_accession_is_told_whatever_follows():
    text = "中国2001年加入的《与贸易有关的知识产权协定》将继续发挥作用。\n"
    assert ("trips", "Accession", ["country/CN"], "2001") in _acts(text)


def test_a_date_in_the_clause_before_an_undated_relative_clause_is_not_its_date():
    text = "2024年，已生效的《视听表演北京条约》继续保护表演者。\n"
    assert not [act for act in _acts(text) if act[1] == "EntryIntoForce"]
