"""Issue 16, events, round 10 (events with several organisers and partners, on new annotated dev texts): sentences
written for these tests (none copied from an evaluation text), read by the real pipeline, one test per mechanism,
named by the issue's pattern it serves."""

from __future__ import annotations

from ipgraph.extract.events.labels import spelled
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


# --- 5/7. a part quoted right after its frame event (…洽谈会“…专题论坛”) takes the sentence's roles -----------------


def test_5_the_roles_of_a_sentence_go_to_the_part_quoted_after_its_frame_event():
    found = events("3月1日，由宁波市知识产权局主办、宁波大学承办的第三届甬港经贸洽谈会“知识产权专题论坛”在宁波举行。",
                   date="2025-03-02")
    part = one(found, "知识产权专题论坛")
    assert part.organisers == ["org/ning-bo-shi-zhi-shi-chan-quan-ju"] and part.partners == ["org/ning-bo-da-xue"]
    frame = one(found, "第三届甬港经贸洽谈会")
    assert frame.organisers == [] and frame.partners == []


def test_7_a_name_told_with_two_kinds_of_middle_dot_compares_equal():
    assert spelled("第五届宁波·香港知识产权论坛") == spelled("第五届宁波•香港知识产权论坛")


# --- 10/11. traditional script: head nouns and pointing words read in simplified (紀念活動, 該活動) -----------------


def test_10_a_head_noun_in_traditional_script_names_an_event():
    found = events("近日，寧波大學建校三十周年紀念活動在寧波成功舉辦。該活動由寧波市人民政府主辦。", date="2025-03-02")
    assert one(found, "寧波大學建校三十周年紀念活動").organisers == ["org/ning-bo-shi-ren-min-zheng-fu"]


def test_10_a_campaign_in_traditional_script_told_with_a_date_is_held():
    found = events("3月1日，寧波大學知識產權宣傳活動在寧波成功舉辦。", date="2025-03-02")
    assert one(found, "寧波大學知識產權宣傳活動").start == "2025-03-01"


# --- 11. what a sentence about the event told before says it was (此次培训是…第一次…培训活动) is no other event ----


def test_11_the_predicate_of_a_sentence_pointing_back_names_no_other_event():
    found = events("3月1日，宁波市知识产权培训班在宁波开班。此次培训是今年宁波市举办的第一次知识产权培训活动。",
                   date="2025-03-02")
    assert [e.label for e in found] == ["宁波市知识产权培训班"]


# --- 10. a name opening with its edition's year, told only as the setting of a speech, is held that year -------------


def test_10_a_year_named_meeting_told_as_the_setting_of_a_report_is_held_that_year():
    found = events("宁波市知识产权局局长王明在2024年宁波市知识产权工作会议上作报告。")
    assert one(found, "2024年宁波市知识产权工作会议").start == "2024"


def test_10_a_year_told_with_de_is_the_time_of_a_nameless_mention_not_an_edition():
    assert events("宁波市知识产权局局长王明在2024年的工作会议上作报告。") == []


def test_5_the_bodies_after_lianhe_are_partners_of_any_verb_of_holding():
    found = events("3月1日，宁波市知识产权局联合宁波大学召开知识产权座谈会。", date="2025-03-02")
    meeting = one(found, "知识产权座谈会")
    assert (meeting.organisers, meeting.partners) == (["org/ning-bo-shi-zhi-shi-chan-quan-ju"], ["org/ning-bo-da-xue"])


# --- 10. press events by every usual name (记者会, 记者招待会, 吹风会) are events ----------------------------------


def test_10_a_press_briefing_held_by_a_body_is_its_event():
    found = events("2月18日，宁波海关在宁波海关大楼举行2024年工作回顾记者会。", date="2025-02-19")
    assert one(found, "2024年工作回顾记者会").organisers == ["org/ning-bo-hai-guan"]


# --- 10. a page without a title that tells its own event only by its noun (是次论坛由…主办) -------------------------


def test_10_a_page_telling_its_event_only_by_its_noun_has_that_event_with_its_roles():
    found = events("是次论坛由宁波大学知识产权学院主办，并由宁波市知识产权局协办。论坛吸引了两百名观众参加。")
    forum = one(found, "论坛")
    assert (forum.organisers, forum.partners) == (["org/ning-bo-da-xue-zhi-shi-chan-quan-xue-yuan"],
                                                  ["org/ning-bo-shi-zhi-shi-chan-quan-ju"])


def test_10_a_noun_pointing_back_after_an_event_was_told_makes_no_second_event():
    found = events("3月1日，宁波市知识产权论坛在宁波举行。本次论坛由宁波大学主办。", date="2025-03-02")
    assert [(e.label, e.organisers) for e in found] == [("宁波市知识产权论坛", ["org/ning-bo-da-xue"])]
