"""Issue 16, pattern 3 (twelfth round, read on new annotated dev texts 197–232): organisations read by structure and
by complete lists of name forms — a source line names an outlet's channel after a hyphen or a middle dot (人民网-X
频道) as one outlet; the occupational bodies and federations of Taiwan and Macao end in 公会 and 总会, a court's
tribunal in 庭 and a local people's congress in 人大 after its place; the aspect particle 着 and verbs of coming to
a place (来到, 走进) end a name read leftwards; a body opened by a lone place (市政府) is the one of the place a
longer name in the report prints; a unit opening with its parent's short name takes the parent's full name where
the report prints it; on sentences written for these tests (none copied from a report or an evaluation
text)."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.ingest.passages import segment
from tests.unseen.test_orgs_round9 import org_texts
from tests.unseen.test_people import new_orgs

# --- an outlet's channel in a source line -------------------------------------------------------------------------


def test_a_source_line_names_the_channel_after_a_hyphen_as_one_outlet(res):
    """199, 207: 来源:人民网-X频道 made two outlets (人民网, X频道) and neither was the annotated one."""
    found = new_orgs("发布时间:2024-03-02 09:15:00 来源:东南网-莆田频道\n莆田市召开知识产权工作会议。", res)
    assert "东南网-莆田频道" in found
    assert "莆田频道" not in found


def test_a_source_line_names_the_channel_after_a_middle_dot(res):
    found = new_orgs("来源：荆楚网·襄阳频道\n襄阳举办专利转化对接会。", res)
    assert "荆楚网·襄阳频道" in found


def test_a_source_line_without_a_channel_ends_at_the_outlets_head(res):
    """The hyphen is no channel unless a channel's head ends what follows: the outlet stays as printed."""
    assert "南方日报" in org_texts("来源:南方日报-要闻 编辑:王红", res)


# --- heads of Taiwan's and Macao's civic bodies -----------------------------------------------------------------

def test_an_occupational_body_ends_in_gonghui(res):
    """221: 台灣專利師公會 (專利師法's name for the patent attorneys' body) was missed: 公会 was no head."""
    assert "台湾律师公会" in new_orgs("台湾律师公会理事长林某某应邀致辞。", res)


def test_a_national_federation_ends_in_zonghui(res):
    """221, 227, 231: 全国工业总会, 工会联合总会 were missed: 总会 was no head."""
    found = new_orgs("澳门街坊会联合总会与香港中华总商会签署合作备忘录。", res)
    assert {"澳门街坊会联合总会", "香港中华总商会"} <= set(found)


def test_the_adverb_zonghui_names_no_body(res):
    """总会 is also "will always": before a verb, or after a short subject, it is no head."""
    assert org_texts("企业总会遇到侵权纠纷，创新者们总会是受益者。", res) == []


def test_a_meeting_of_the_office_is_no_gonghui(res):
    """局长办公会 is a meeting: 办公会 does not end in the head 公会."""
    assert not any(t.endswith("公会") for t in org_texts("市知识产权局召开局长办公会研究部署工作。", res))


# --- a court's tribunal, a local people's congress ---------------------------------------------------------------

def test_a_courts_tribunal_is_read_forwards_from_the_court(res):
    """221: 北京一中院知識產權庭 was cut at the court: 庭 was no head."""
    found = new_orgs("宁波市中级人民法院知识产权庭庭长王某介绍了审判情况。", res)
    assert "宁波市中级人民法院知识产权庭" in found


def test_a_hearing_in_court_is_no_tribunal(res):
    """开庭, 庭审, 法庭上: 庭 inside a word or before a title names no body."""
    texts = org_texts("青州市人民法院开庭审理此案，庭审持续三小时。", res)
    assert not any(t.endswith("庭") for t in texts)


def test_a_local_peoples_congress_after_its_place(res):
    """199: 县人大副主任 was read as no body: 人大 (宪法 art. 96's 人民代表大会, as printed) after its place."""
    found = new_orgs("会议由区人大副主任陈某主持，云溪县人大常委会派员参加。", res)
    assert {"区人大", "云溪县人大常委会"} <= set(found)


def test_a_deputy_to_a_congress_is_no_body(res):
    """人大代表 is a person's role, not the congress."""
    assert not any(t.endswith("人大") for t in org_texts("多名市人大代表视察了知识产权保护中心。", res))


# --- the aspect particle and verbs of coming to a place end a name ------------------------------------------------

def test_the_aspect_particle_ends_a_name_read_leftwards(res):
    """223: 标志着行业协会 was made a body: 着 follows a verb, never inside a name."""
    assert not any("着" in t for t in org_texts("这次签约标志着软件行业协会迈出了新的一步。", res))


def test_a_verb_of_coming_to_a_place_ends_a_name(res):
    """203: 调研人员首先来到X中心 was made a body whole."""
    found = new_orgs("考察组随后来到江南知识产权运营中心，又走进华科电子股份有限公司。", res)
    assert {"江南知识产权运营中心", "华科电子股份有限公司"} <= set(found)
    assert not any(name.startswith(("来到", "走进", "随后")) for name in found)


# --- a body opened by a lone place is the one of the place a longer name prints -----------------------------------

def _org_nodes(text, res):
    """Each new organisation node of a report, as the set of the forms it is printed in."""
    return [n.surface for n in extract(segment(text), res.knowledge).of_kind("ORG") if n.is_new]


def test_a_lone_places_government_is_the_one_the_report_names_in_full(res):
    """207 (市政府 after 平顶山市政府), 047 (市检察院 after 北京市检察院): the short form is that body, one node."""
    nodes = _org_nodes("安康市政府副秘书长李某出席。\n\n最后，市政府副秘书长李某宣布活动启动。", res)
    assert any({"安康市政府", "市政府"} <= forms for forms in nodes)


def test_a_lone_places_body_stays_apart_when_two_places_have_one(res):
    """Two cities' governments: 市政府 could be either, so it is neither."""
    nodes = _org_nodes("安康市政府与汉中市政府签约。\n\n市政府将继续推进。", res)
    assert not any("市政府" in forms and len(forms) > 1 for forms in nodes)


# --- a dateline glued after a bracketed headline ----------------------------------------------------------------

def test_a_dateline_after_a_bracketed_headline_names_its_outlet(res):
    """197: the passage glues the headline (…在长沙举办) to the dateline 红网长沙9月15日讯; the outlet was lost."""
    assert "荆楚网" in new_orgs("（专利导航培训班在襄阳开班）荆楚网襄阳3月2日讯 培训班今日开班。", res)


# --- a unit opening with a short name of its parent ---------------------------------------------------------------

def test_a_unit_under_its_parents_short_name_takes_the_full_name_the_report_prints(res):
    """221: 国知局国际合作司 after 国家知识产权局: the unit is labelled with the fullest form the report prints."""
    facts = extract(segment("国家知识产权局代表团访问日本。\n\n国知局条法司副司长王某参加会谈。"), res.knowledge)
    names = {n.details.get("name") for n in facts.of_kind("ORG") if n.is_new}
    assert "国家知识产权局条法司" in names


def test_a_unit_under_a_short_name_stays_as_printed_when_the_full_name_is_not(res):
    facts = extract(segment("国知局条法司副司长王某参加会谈。"), res.knowledge)
    names = {n.details.get("name") for n in facts.of_kind("ORG") if n.is_new}
    assert "国知局条法司" in names
