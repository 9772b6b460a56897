"""Session 23, organisers and partners (op29): a place in a role slot stands for its government. Sentences written
for these tests (none copied from an evaluation text or a probe), read by the real pipeline, one group per mechanism."""

from __future__ import annotations

import pytest

from tests.unseen.test_events import events, one


def holders(text: str, date: str, label: str) -> tuple[list[str], list[str]]:
    """The organisers and partners the pipeline gives the one event of that label."""
    event = one(events(text, date=date), label)
    return event.organisers, event.partners


# --- 由 names the agent mid-clause too: 论坛由某省主办 -------------------------------------------------------------


def test_provinces_listed_after_you_mid_clause_each_hold_the_event():
    assert holders("11月2日，第三届长三角专利代理论坛在合肥举行。论坛由浙江省、安徽省共同主办。", "2025-11-03",
                   "第三届长三角专利代理论坛") == (["org/zhe-jiang-sheng", "org/an-hui-sheng"], [])


# --- a zone named by a short name of its own acts as a place does ----------------------------------------------------


def test_a_zone_of_its_own_name_in_a_role_slot_is_a_partner():
    organisers, partners = holders("9月6日，2025年专利导航实务培训班在宁波开班。本次培训班由宁波市知识产权局主办，"
                                   "宁波大学法学院承办，梅山保税区协办。", "2025-09-07", "2025年专利导航实务培训班")
    assert organisers == ["org/ning-bo-shi-zhi-shi-chan-quan-ju"]
    assert "org/mei-shan-bao-shui-qu" in partners


@pytest.mark.parametrize("text", ["5月10日，國家級高新區舉辦商標品牌建設培訓班。",
                                  "5月10日，全省开发区举办商标品牌建设培训班。",
                                  "5月10日，商标品牌建设培训班在杭州举行。培训班由该开发区承办。"])
def test_a_kind_of_zone_holds_nothing(text: str):
    assert all(not e.organisers and not e.partners for e in events(text, date="2025-05-11"))


# --- a county-level division acts; a head line's 开展“…”活动 tells the event the lead dates -------------------------


def test_a_county_that_holds_an_event_is_its_organiser():
    assert holders("5月10日，桐庐县举办商标品牌建设培训班，全县80余家企业参加。", "2025-05-11",
                   "商标品牌建设培训班") == (["org/tong-lu-xian"], [])


def test_a_head_line_whose_place_carries_out_a_named_campaign_tells_that_campaign():
    organisers, _ = holders("桐庐县开展“知识产权宣传周”系列活动\n\n4月22日，桐庐县市场监管局在人民广场开展了普法宣传。",
                            "2025-04-23", "知识产权宣传周")
    assert organisers == ["org/tong-lu-xian"]


def test_a_head_line_that_carries_out_unnamed_work_tells_no_event():
    assert events("桐庐县开展知识产权保护工作\n\n4月22日，桐庐县市场监管局在人民广场开展了普法宣传。",
                  date="2025-04-23") == []
