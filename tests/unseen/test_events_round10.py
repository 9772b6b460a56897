"""Issue 16, events, round 10 (events with several organisers and partners, on new annotated dev texts): sentences
written for these tests (none copied from an evaluation text), read by the real pipeline, one test per mechanism,
named by the issue's pattern it serves."""

from __future__ import annotations

from tests.unseen.test_events import events, one

# --- 5. 联合/携手 are prepositions: the bodies after them are partners, the subject before them the organiser -------


def test_5_the_bodies_after_xieshou_are_partners_and_the_subject_the_organiser():
    found = events("宁波市人民政府携手宁波市贸易促进会和宁波市设计中心举办的第三届甬港知识产权论坛1日在宁波开幕。",
                   date="2025-03-02")
    forum = one(found, "第三届甬港知识产权论坛")
    assert forum.organisers == ["org/ning-bo-shi-ren-min-zheng-fu"]
    assert sorted(forum.partners) == ["org/ning-bo-shi-mao-yi-cu-jin-hui", "org/ning-bo-shi-she-ji-zhong-xin"]


def test_5_the_bodies_after_lianhe_are_partners_of_the_verb_after_it():
    found = events("3月1日，宁波市知识产权局联合宁波市司法局、宁波大学等单位举办知识产权宣传活动。", date="2025-03-02")
    activity = one(found, "知识产权宣传活动")
    assert activity.organisers == ["org/ning-bo-shi-zhi-shi-chan-quan-ju"]
    assert sorted(activity.partners) == ["org/ning-bo-da-xue", "org/ning-bo-shi-si-fa-ju"]


# --- 5. a clause that is nothing but organisations is the subject of the verb after its comma ----------------------


def test_5_a_subject_clause_of_bodies_holds_the_event_told_after_its_comma():
    found = events("4月21日，宁波市中级人民法院联合宁波市司法局、宁波大学等单位，在天一广场举行了知识产权宣传活动。",
                   date="2025-04-22")
    activity = one(found, "知识产权宣传活动")
    assert activity.organisers == ["org/ning-bo-shi-zhong-ji-ren-min-fa-yuan"]
    assert sorted(activity.partners) == ["org/ning-bo-da-xue", "org/ning-bo-shi-si-fa-ju"]


def test_5_a_body_that_ends_a_clause_with_other_words_is_no_subject_after_the_comma():
    found = events("3月1日，宁波市知识产权局邀请宁波市司法局，在天一广场举行了知识产权宣传活动。", date="2025-03-02")
    assert one(found, "知识产权宣传活动").organisers == []
