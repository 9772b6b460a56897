"""Treaty actions, session 20 (tr25): acts that are not acts. Every sentence here was written for these tests, none
copied from an evaluation text or a probe; each runs the real pipeline.

An act a judgement takes as its topic (批准《A》意义重大, 《A》落地实施充分体现了…) or that starts a span of time
(加入《A》以来), in a clause without a date, is told as a given, not as happening there; with its date it is told
(自2007年加入《A》以来). A verb of extension with no territory after it (条约适用于…作品) tells what the treaty covers.
A verb after 的 with a conjunction before the treaty (A的签署及《B》…) is a noun of the other treaty. An application
or a purpose opening the clause (申请加入《A》, 为我国批准《A》做好准备) is no act. An act told again undated and
without an actor of its own (…签署了《A》。…最终签署《A》，…) is the act told with its date."""

from __future__ import annotations

import pytest

from tests.unseen.test_treaties_s16 import _acts


def _told(text: str) -> list[tuple[str, str]]:
    return [(treaty, action) for treaty, action, _, _ in _acts(text)]


@pytest.mark.parametrize(("text", "act"), [
    ("专家指出，我国批准《马拉喀什条约》意义重大。\n", ("marrakesh-treaty", "Ratification")),
    ("该司负责人表示，《海牙协定》在我国落地实施充分体现了对设计的重视。\n", ("hague-agreement", "Implementation")),
    ("加入《专利合作条约》以来，我国创新主体的海外布局明显加快。\n", ("pct", "Accession")),
    ("文章认为，《新加坡条约》的签署标志着商标程序协调迈出了一步。\n", ("singapore-treaty", "Signature")),
])
def test_an_undated_act_judged_or_starting_a_span_of_time_is_no_act(text, act):
    assert act not in _told(text)


@pytest.mark.parametrize(("text", "act"), [
    ("我国自2007年加入《专利合作条约》以来，申请量稳步增长。\n", ("pct", "Accession")),
    ("2014年4月24日，全国人大常委会批准《视听表演北京条约》，意义重大。\n", ("beijing-treaty", "Ratification")),
    ("经中央人民政府同意，《专利合作条约》亦适用于香港特别行政区。\n", ("pct", "Implementation")),
])
def test_a_dated_act_and_an_extension_to_a_territory_stay_acts(text, act):
    assert act in _told(text)


def test_an_extension_verb_without_a_territory_tells_what_the_treaty_covers():
    text = "《马拉喀什条约》适用于以文字、符号形式表现的作品。\n"
    assert ("marrakesh-treaty", "Implementation") not in _told(text)


def test_a_verb_after_de_and_a_conjunction_acts_on_no_treaty_after_them():
    text = "《巴黎公约》的签署及《海牙协定》的实施，都推动了工业产权保护。\n"
    assert ("hague-agreement", "Signature") not in _told(text)


@pytest.mark.parametrize(("text", "act"), [
    ("该国政府已正式申请加入《商标国际注册马德里协定有关议定书》。\n", ("madrid-protocol", "Accession")),
    ("修法工作的完成，为我国批准《马拉喀什条约》做好了准备。\n", ("marrakesh-treaty", "Ratification")),
])
def test_an_application_or_a_purpose_is_no_act(text, act):
    assert act not in _told(text)


def test_an_act_told_again_undated_without_an_actor_is_the_dated_act():
    text = ("2012年6月26日，中国、美国和巴西签署了《视听表演北京条约》。\n"
            "经过多年谈判，最终签署《视听表演北京条约》，为表演者提供了国际保护。\n")
    assert _told(text).count(("beijing-treaty", "Signature")) == 3


@pytest.mark.parametrize("text", [
    "该国专利局于2001年成为《专利合作条约》受理局、国际检索单位和国际初步审查单位。\n",
    "某国知识产权局宣布成为马德里体系下的指定局。\n",
])
def test_becoming_an_office_under_a_treaty_is_a_role_not_an_accession(text):
    assert not any(action == "Accession" for _, action in _told(text))


def test_becoming_a_party_or_member_of_a_treaty_is_an_accession():
    assert ("marrakesh-treaty", "Accession") in _told("2022年5月5日，某国成为《马拉喀什条约》第90个缔约方。\n")


@pytest.mark.parametrize("text", [
    "《商标法新加坡条约》是一部已有50多个国家加入的国际条约。\n",
    "《新加坡条约》有望于明年在该国生效。\n",
    "世界知识产权组织欢迎该国成为《马拉喀什条约》缔约方。\n",
    "《北京条约》的生效实施标志着表演者保护进入新阶段。\n",
])
def test_a_tally_a_hope_a_welcome_and_a_judged_act_are_no_acts(text):
    assert _told(text) == []


def test_an_implementation_that_a_span_of_time_starts_from_goes_on_and_is_told():
    assert ("hague-agreement", "Implementation") in _told("《海牙协定》实施以来，外观设计国际申请持续增加。\n")
