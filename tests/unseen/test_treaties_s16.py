"""Treaty actions, session 16 round 3 (ag17). Every sentence here was written for these tests, none copied from an
evaluation text or a probe; each runs the real pipeline.

A state accedes (ratifies, signs …) a treaty once: the same act told again with a coarser date (1994年 after
1994年1月1日) or, where the report tells that act of one actor only, without its actor (…，成为《A》成员) is the act
told with its date, not a second act.

An accession verb that closes its clause has no object: the states that open the clause accede to the one treaty
the passage names, with adverbs and times between them and the verb (菲律宾于…加入，柬埔寨也在…加入), and 参加 is
such a verb only there (中国于…参加。)."""

from __future__ import annotations

from pathlib import Path

from ipgraph.extract.facts import extract
from ipgraph.extract.registry import ReportText, run_extractors
from ipgraph.extract.treaty_actions import TreatyActionFact
from ipgraph.ingest.corpus import ReportMeta
from ipgraph.ingest.passages import segment
from ipgraph.resources import resources


def treaty_actions(text: str, date: str = "2024-06-01") -> list[TreatyActionFact]:
    knowledge = resources().knowledge
    passages = segment(text)
    meta = ReportMeta(id="unseen", path=Path("unseen.txt"), date=date)
    return run_extractors(ReportText(meta, passages, extract(passages, knowledge), knowledge))["treaty_actions"]


def _acts(text: str) -> list[tuple[str, str, list[str], str | None]]:
    return [(a.treaty, a.action, a.actors, a.date) for a in treaty_actions(text)]


def test_an_accession_told_again_with_its_year_only_is_the_accession_told_with_its_day():
    text = ("1994年1月1日，中国正式加入《专利合作条约》。此后，中国于1994年加入《专利合作条约》的意义逐渐显现，"
            "国际专利申请量快速增长。\n")
    assert _acts(text) == [("pct", "Accession", ["country/CN"], "1994-01-01")]


def test_a_ratification_told_again_with_its_year_is_one_ratification():
    text = "土耳其于2023年3月1日批准《新加坡条约》。土耳其2023年批准《新加坡条约》，是该国商标制度的一件大事。\n"
    assert _acts(text) == [("singapore-treaty", "Ratification", ["country/TR"], "2023-03-01")]


def test_an_entry_into_force_told_again_with_its_year_is_one_entry_into_force():
    text = ("《视听表演北京条约》于2020年4月28日正式生效。2020年，《视听表演北京条约》生效，"
            "表演者的权利得到更充分的保护。\n")
    assert _acts(text) == [("beijing-treaty", "EntryIntoForce", [], "2020-04-28")]


def test_an_actorless_telling_of_the_one_actors_accession_is_that_accession():
    text = "2022年2月5日，中国正式加入《海牙协定》，2022年2月5日起成为《海牙协定》成员。\n"
    assert _acts(text) == [("hague-agreement", "Accession", ["country/CN"], "2022-02-05")]


def test_two_states_acceding_in_one_year_stay_two_acts_and_an_actorless_retelling_stays_apart():
    text = ("巴西于2019年10月2日加入《马德里议定书》，印度尼西亚于2018年1月2日加入《马德里议定书》。"
            "两国加入《马德里议定书》以后，商标申请量增长。\n")
    acts = _acts(text)
    assert ("madrid-protocol", "Accession", ["country/BR"], "2019-10-02") in acts
    assert ("madrid-protocol", "Accession", ["country/ID"], "2018-01-02") in acts


def test_states_opening_a_clause_that_an_accession_verb_closes_accede_to_the_passages_treaty():
    text = "《马德里议定书》是商标国际注册体系的两部条约之一，菲律宾于2012年7月25日加入，柬埔寨也在2015年6月5日加入。\n"
    acts = _acts(text)
    assert ("madrid-protocol", "Accession", ["country/PH"], "2012-07-25") in acts
    assert ("madrid-protocol", "Accession", ["country/KH"], "2015-06-05") in acts


def test_joining_without_an_object_is_an_accession():
    text = "《专利合作条约》于1978年生效，此后成员不断增加。中国于1994年1月1日参加。\n"
    assert ("pct", "Accession", ["country/CN"], "1994-01-01") in _acts(text)


def test_adverbs_and_a_later_year_leave_the_states_the_subject_but_not_the_year_before():
    text = "韩国在2014年加入《海牙协定》后，日本与美国也相继在次年加入，中国则于2022年2月5日加入。\n"
    acts = _acts(text)
    assert ("hague-agreement", "Accession", ["country/JP"], None) in acts
    assert ("hague-agreement", "Accession", ["country/US"], None) in acts
    assert ("hague-agreement", "Accession", ["country/CN"], "2022-02-05") in acts


def test_a_delegation_joining_a_meeting_accedes_to_nothing():
    assert _acts("《海牙协定》成员国大会召开，中国代表团于2019年5月参加。\n") == []
