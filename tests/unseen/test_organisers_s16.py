"""Session 16, organisers and partners (og17): sentences written for these tests (none copied from an evaluation text
or a probe), read by the real pipeline, one test per mechanism."""

from __future__ import annotations

import pytest

from tests.unseen.test_events import events, one

# --- after 在, a body named after a place, or before a room of it, is where the event was held, not who held it ----


@pytest.mark.parametrize(("sentence", "date", "label"), [
    ("第四届长三角商标研讨会于6月3日在上海同济大学举行。", "2025-06-10", "第四届长三角商标研讨会"),
    ("6月5日，全省地理标志保护工作会议在济南市山东省农业科学院顺利召开。", "2025-06-10", "全省地理标志保护工作会议"),
    ("2024年海峡两岸版权论坛于10月18日在台北市台湾大学举行。", "2024-10-20", "2024年海峡两岸版权论坛"),
])
def test_a_body_after_a_place_is_the_venue(sentence: str, date: str, label: str):
    assert one(events(sentence, date=date), label).organisers == []


@pytest.mark.parametrize(("sentence", "date", "label"), [
    ("湖州市知识产权局于5月8日上午在湖州师范学院图书馆会议室举办商标品牌培训会。", "2021-05-10", "商标品牌培训会"),
    ("5月9日，温州市知识产权局在温州医科大学大礼堂举办知识产权宣传周启动仪式。", "2021-05-10",
     "知识产权宣传周启动仪式"),
    ("6月4日，金华市商标协会在金华市图书馆一楼展厅举办商标品牌成果展。", "2021-06-10", "商标品牌成果展"),
])
def test_a_body_before_a_room_of_it_is_the_venue(sentence: str, date: str, label: str):
    event = one(events(sentence, date=date), label)
    assert len(event.organisers) == 1 and event.partners == []


def test_a_university_before_a_campus_of_it_is_the_venue():
    found = events("6月5日，第二届西湖版权论坛在浙江大学紫金港校区举办。", date="2025-06-10")
    assert one(found, "第二届西湖版权论坛").partners == []


def test_the_body_that_holds_the_event_at_a_venue_still_holds_it():
    """Guards the mechanism: the body before 在 holds the event wherever it is held; 在X的支持下 names a partner."""
    found = events("5月8日，浙江省知识产权局在杭州市余杭区举办专利导航培训班。", date="2025-05-10")
    assert one(found, "专利导航培训班").organisers == ["org/zhe-jiang-sheng-zhi-shi-chan-quan-ju"]
    found = events("5月9日，由宁波市知识产权局主办的甬江专利论坛在宁波高新区宁波大学科技园成功举行。",
                   date="2025-05-10")
    assert one(found, "甬江专利论坛").organisers == ["org/ning-bo-shi-zhi-shi-chan-quan-ju"]
    found = events("6月3日，在宁波市商标协会的大力支持下，宁波大学举办了商标实务培训班。", date="2025-06-10")
    assert one(found, "商标实务培训班").partners == ["org/ning-bo-shi-shang-biao-xie-hui"]
