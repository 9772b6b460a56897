"""Issue 16, patterns 3 and 5 (fifteenth round, read on the whole dev fold): the bodies that act — a place that
opens a clause as the subject of a verb of holding, signing or pledging stands for its government; on sentences
written for these tests (none copied from a report or an evaluation text)."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import pledges
from tests.unseen.test_events import events, one
from tests.unseen.test_people import new_orgs

# --- 3/5. a place that acts is its government ------------------------------------------------------------------------


def test_3_a_prefecture_level_city_that_holds_an_event_is_a_government(res):
    """163: 连云港市举办… was no organiser; a city opening with a prefecture-level city of prefectures.tsv is known."""
    found = new_orgs("5月8日上午，绵阳市举办知识产权进校园活动。", res)
    assert found["绵阳市"]["kind"] == "government" and found["绵阳市"]["country"] == "CN"


def test_3_a_district_the_passage_names_inside_a_bodys_name_is_a_place_that_acts(res):
    """279: 河东区 is a place because the passage names 某市河东区人民政府; as subject of 举办 it is the district."""
    text = "日前，鼓楼区举办《某市知识产权局、南京市鼓楼区人民政府合作协议》签约仪式。"
    assert new_orgs(text, res)["鼓楼区"]["kind"] == "government"


def test_3_a_place_after_the_agent_mark_you_is_its_government(res):
    found = new_orgs("由江西省主办的知识产权培训班在南昌开班。", res)
    assert "江西省" in found and "由江西省" not in found


def test_3_a_word_that_only_ends_like_a_place_or_a_place_nobody_names_is_no_body(res):
    found = new_orgs("亚太地区将举办会议。全市举办宣传活动。青峰区举办宣传活动。", res)
    assert not {"亚太地区", "全市", "青峰区"} & set(found)


def test_3_a_place_before_a_jiang_that_marks_an_object_is_no_pledge_of_a_body(res):
    """201: 某市将X纳入Y tells what the city did with X; 将 is no future there."""
    assert "宜宾市" not in new_orgs("近年来，宜宾市将地理标志保护纳入城市发展规划。", res)
    assert "宜宾市" in new_orgs("宜宾市将进一步加强地理标志保护。", res)


def test_5_the_place_that_holds_an_event_is_its_organiser():
    found = events("4月20日，绵阳市举办2024年知识产权保护大会。", date="2024-04-21")
    assert one(found, "2024年知识产权保护大会").organisers == ["org/mian-yang-shi"]


def test_12_a_place_that_pledges_is_the_actor():
    """233: 某新区将充分发挥… is the new area's pledge (d's rule 5: a place that acts is an organisation)."""
    found = pledges("德阳高新区综合执法局与某县签订合作协议。德阳高新区将充分发挥职能作用，深化合作。")
    assert [actor for actor, _ in found] == ["org/de-yang-gao-xin-qu"], found


# --- 3. a session's number is no part of a body's name ---------------------------------------------------------------


def test_3_a_bodys_name_ends_before_the_number_of_its_session(res):
    """225: 某协会某分会一届二次理事会 was read as one body; the body is the branch, the rest names its session."""
    found = new_orgs("中国技术市场协会专利运营分会一届三次理事会会议在武汉召开。", res)
    assert "中国技术市场协会专利运营分会" in found and not any("理事会" in name for name in found), found


# --- 3/5. places of two levels share the head after their count ----------------------------------------------------


def test_3_places_counted_by_their_levels_each_have_the_body_after_the_count(res):
    """197: 某省、某市两级知识产权局 named no body; 两级 counts the listed places, as 两市 does (甲、乙两市监管局)."""
    found = new_orgs("四川省、绵阳市两级知识产权局联合开展执法检查。", res)
    assert {d["name"] for d in found.values()} == {"四川省知识产权局", "绵阳市知识产权局"}


def test_5_bodies_of_places_counted_by_their_levels_hold_the_event_together():
    found = events("5月6日，由国家知识产权局主办，四川省、绵阳市两级知识产权局共同承办的专利代理培训班在绵阳开班。",
                   date="2024-05-07")
    event = one(found, "专利代理培训班")
    assert {"org/si-chuan-sheng-zhi-shi-chan-quan-ju", "org/mian-yang-shi-zhi-shi-chan-quan-ju"} <= \
        set(event.organisers + event.partners), (event.organisers, event.partners)
