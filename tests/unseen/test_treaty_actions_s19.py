"""Treaty actions, session 19 round 1 (tr23). Every sentence here was written for these tests, none copied from an
evaluation text or a probe; each runs the real pipeline, and each that expects fewer acts failed on main.

An act sought or required is not done: an adverb of haste or hope (早日, 尽早, 尽快), of a condition to be met (才能,
方可) or a verb of striving (争取) in front of the verb, or between the treaty and a verb behind it (推进《A》早日生效).
What an instrument lays down is no act: after a clause of the sentence that ends in 规定 or 条款 (根据条约规定，…;
该条约规定，…; 按照…生效条款，…), a clause that tells no date of its own tells the rule's content; one that tells a
date still tells the act.
An act a forecast takes as its topic did not happen, with an adverb between them too (《A》的生效也将…, 必将, 无疑将).
以 marks a purpose (以缔结《A》) only where it is no part of 以来, 以后 … or of a naming (以我国城市命名的《A》). A
description set before a treaty with a dash (…首个版权条约——《A》生效) is no subject: the treaty is, and the act
names no actor there."""

from __future__ import annotations

import pytest

from tests.unseen.test_treaties_s16 import _acts


@pytest.mark.parametrize("text", [
    "各方携手推进《马拉喀什条约》早日生效。\n",
    "特区政府正争取澳门加入《工业品外观设计国际注册海牙协定》。\n",
    "研究机构建议我国尽早加入《工业品外观设计国际注册海牙协定》。\n",
    "只有足够多的国家交存批准书，《商标法新加坡条约》才能生效。\n",
])
def test_an_act_sought_or_required_is_not_done(text):
    assert _acts(text) == []


@pytest.mark.parametrize("text", [
    "《商标法新加坡条约》于2006年3月27日通过。根据条约规定，条约将在第十份批准书交存满三个月时生效。\n",
    "《世界知识产权组织版权条约》于1996年12月20日通过。该条约规定，在三十个国家交存批准书后，该条约将生效。\n",
    "《工业品外观设计国际注册海牙协定》于1999年7月2日通过。按照该协定的生效条款，该协定须在六个国家交存批准书时"
    "方可生效。\n",
])
def test_what_a_treaty_lays_down_is_no_act(text):
    assert [action for _, action, _, _ in _acts(text)] == ["Adoption"]


@pytest.mark.parametrize(("text", "act"), [
    ("《商标法新加坡条约》于2006年3月27日通过。根据条约第28条的规定，条约于2009年3月16日生效。\n",
     ("singapore-treaty", "EntryIntoForce", [], "2009-03-16")),
    ("根据条约规定，中国于2021年10月23日批准《马拉喀什条约》。\n",
     ("marrakesh-treaty", "Ratification", ["country/CN"], "2021-10-23")),
    ("按照《商标国际注册马德里协定有关议定书》的有关规定，1995年12月1日，中国正式成为《马德里议定书》的缔约方。\n",
     ("madrid-protocol", "Accession", ["country/CN"], "1995-12-01")),
])
def test_a_dated_act_told_under_a_rule_is_still_told(text, act):
    assert act in _acts(text)


@pytest.mark.parametrize("text", [
    "《商标法新加坡条约》的生效也将为企业带来便利。\n",
    "《视听表演北京条约》的实施必将惠及广大表演者。\n",
    "《工业品外观设计国际注册海牙协定》的落实又将为设计企业出海提供便利。\n",
])
def test_an_act_a_hedged_forecast_takes_as_topic_did_not_happen(text):
    assert _acts(text) == []


@pytest.mark.parametrize(("text", "act"), [
    ("改革开放以来中国加入了《保护工业产权巴黎公约》。\n", ("paris-convention", "Accession", ["country/CN"], None)),
    ("中国入世以后正式加入《与贸易有关的知识产权协定》。\n", ("trips", "Accession", ["country/CN"], None)),
    ("以日内瓦命名的《里斯本协定日内瓦文本》于2020年2月26日生效。\n",
     ("geneva-act-lisbon", "EntryIntoForce", [], "2020-02-26")),
])
def test_a_yi_of_since_or_of_naming_marks_no_purpose(text, act):
    assert act in _acts(text)


@pytest.mark.parametrize(("text", "act"), [
    ("我国参与缔结的首个版权条约——《视听表演北京条约》于2020年4月28日生效。\n",
     ("beijing-treaty", "EntryIntoForce", [], "2020-04-28")),
    ("由中国代表团推动缔结的国际条约——《马拉喀什条约》于2016年9月30日生效。\n",
     ("marrakesh-treaty", "EntryIntoForce", [], "2016-09-30")),
    ("美国主导谈判的条约——《世界知识产权组织版权条约》于2002年3月6日生效。\n",
     ("wct", "EntryIntoForce", [], "2002-03-06")),
])
def test_a_description_set_before_the_treaty_with_a_dash_names_no_actor(text, act):
    assert act in _acts(text)
