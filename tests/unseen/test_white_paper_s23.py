"""Session 23 (wpa28), the prose of IP protection white papers: a class of bodies carrying out a named campaign, the
centres of places listed before one shared head, and verbs that end a name. Sentences written for these tests (none
copied from a report, an evaluation text or a probe), read by the real pipeline."""

from __future__ import annotations

from tests.unseen.test_events import events
from tests.unseen.test_people import new_orgs

# --- every body of a kind as the subject of 开展 (events/clauses.py class_subject, model.py every_body) -------------


def test_the_police_of_the_whole_country_carry_out_a_named_campaign_of_the_year():
    found = events("2022年，全国公安机关深入开展“长风2022”专项行动，破获侵权案件一万余起。", date="2023-01-10")
    assert [(e.type, e.label, e.start, e.organisers) for e in found] == \
        [("Campaign", "“长风2022”专项行动", "2022", [])]


def test_the_courts_of_every_level_and_the_customs_of_a_province_carry_out_named_campaigns():
    found = events("2023年，各级人民法院组织开展“春晖2023”专项行动。", date="2024-02-01")
    assert [(e.label, e.start) for e in found] == [("“春晖2023”专项行动", "2023")]
    found = events("2023年，全省海关开展“护苗2023”专项执法行动。", date="2024-02-01")
    assert [(e.label, e.start) for e in found] == [("“护苗2023”专项执法行动", "2023")]


def test_a_class_of_bodies_carrying_out_unnamed_work_holds_no_event():
    """Guards the licence: the class is a subject, but 开展 still needs a name of its own after it."""
    assert events("2022年，全国公安机关开展打击侵权假冒工作，成效明显。", date="2023-01-10") == []


# --- places listed before a place's centre share its head (mentions/lists.py shared_by_places) ----------------------


def test_cities_listed_before_a_city_protection_centre_each_have_one(res):
    found = new_orgs("省知识产权局与漳州、南平保护中心建立了案件移送机制。", res)
    assert {"漳州保护中心", "南平保护中心"} <= {d["name"] for d in found.values()}


def test_places_listed_before_a_company_do_not_share_it(res):
    found = new_orgs("福州、莆田鞋业有限公司联合参展。", res)
    assert "福州鞋业有限公司" not in {d["name"] for d in found.values()}


# --- verbs that end a name read leftwards or forwards (name_stops.tsv) and heads that are no name (org_heads.tsv) ---


def test_an_office_approving_a_centre_is_not_part_of_the_centres_name(res):
    for text in ("国家知识产权局批复建设中国(江西)知识产权保护中心。",
                 "国家知识产权局同意建设中国(江西)知识产权保护中心。"):
        assert [d["name"] for d in new_orgs(text, res).values()] == ["中国(江西)知识产权保护中心"], text


def test_a_ministry_giving_play_to_a_mechanism_names_no_unit(res):
    assert new_orgs("市场监管总局发挥部际协调机制作用，推进专项整治。", res) == {}


def test_a_protection_net_and_customs_recordation_are_no_bodies(res):
    assert new_orgs("两地快速维权中心初步织密了一张知识产权保护网。", res) == {}
    assert new_orgs("全年核准知识产权海关保护备案两万件。", res) == {}
