"""Issue 16, events, round 9 (events found on fresh text and their holders): sentences written for these tests (none
copied from an evaluation text or from the fresh texts this round read), read by the real pipeline, one test per
mechanism, named by the issue's pattern it serves."""

from __future__ import annotations

from tests.unseen.test_events import events, one

# --- 4. event labels: a name never reaches back past a verb's 了 ----------------------------------------------------


def test_4_a_name_does_not_reach_back_past_a_verb_and_its_aspect_particle():
    found = events("嘉宾们出席了开幕式并参观了展览会现场。", date="2025-03-02")
    assert found == []


def test_4_le_inside_a_word_such_as_liaojie_still_belongs_to_the_name():
    found = events("3月1日，两校在宁波举办了增进了解青年交流会。", date="2025-03-02")
    assert one(found, "增进了解青年交流会").start == "2025-03-01"


def test_4_mianxiang_inside_a_name_is_no_preposition_that_cuts_it():
    found = events("3月1日，宁波市知识产权局举办面向中东欧国家的商标品牌交流会。", date="2025-03-02")
    assert one(found, "面向中东欧国家的商标品牌交流会").organisers != []


# --- 5. the holders told in the passive: X由A、B等单位联合举办 -----------------------------------------------------


def test_5_an_event_the_subject_of_a_passive_you_clause_is_held_by_the_bodies_it_names():
    found = events("长三角商标品牌博览会由国家知识产权局和浙江省知识产权局联合举办，吸引了两百家企业参展。",
                   date="2025-03-02")
    assert len(one(found, "长三角商标品牌博览会").organisers) == 2


# --- 1/10. a transliterated name typed with a full stop between its parts is a side of the meeting ----------------


def test_10_a_transliteration_joined_by_a_full_stop_is_the_guest_of_a_meeting():
    found = events("3月1日，中国贸促会会长王海在北京会见国际商标协会会长安娜.贝克尔一行。", date="2025-03-02")
    assert one(found, "王海会见安娜.贝克尔").start == "2025-03-01"


# --- 5. adverbials of time and of repetition between the subject and its verb leave it the organiser --------------


def test_5_a_time_word_and_a_count_of_years_before_the_verb_leave_the_subject_the_organiser():
    found = events("3月1日，宁波市知识产权局当天连续第六年举办商标品牌开放日活动。", date="2025-03-02")
    assert one(found, "商标品牌开放日活动").organisers == ["org/ning-bo-shi-zhi-shi-chan-quan-ju"]


def test_5_a_count_of_times_before_the_verb_leaves_the_subject_the_organiser():
    found = events("3月1日，宁波市知识产权局第二次举办甬港知识产权交流会。", date="2025-03-02")
    assert one(found, "甬港知识产权交流会").organisers == ["org/ning-bo-shi-zhi-shi-chan-quan-ju"]


# --- 5. roles told by a role noun after 作为, and a helping verb before the verb of holding -----------------------


def test_5_a_body_told_as_the_host_by_zuowei_is_the_organiser():
    found = events("3月1日，甬港知识产权交流会在宁波举行，宁波市知识产权局作为主办方致欢迎辞。", date="2025-03-02")
    assert one(found, "甬港知识产权交流会").organisers == ["org/ning-bo-shi-zhi-shi-chan-quan-ju"]


def test_5_bodies_that_took_part_in_hosting_are_partners():
    found = events("3月1日，宁波市知识产权局在宁波举办甬港知识产权交流会，宁波大学等单位参与承办。", date="2025-03-02")
    assert one(found, "甬港知识产权交流会").partners == ["org/ning-bo-da-xue"]


# --- 10. events told with other verbs or only as a setting -------------------------------------------------------


def test_10_an_event_that_qimu_opens_was_held():
    found = events("3月1日，第三届甬港知识产权论坛在宁波启幕。", date="2025-03-02")
    assert one(found, "第三届甬港知识产权论坛").start == "2025-03-01"


def test_10_a_name_opening_with_its_editions_year_is_named_even_as_the_setting_of_a_speech():
    found = events("3月1日，宁波市知识产权局局长在2025甬港知识产权交流会上作主旨演讲。", date="2025-03-02")
    assert one(found, "2025甬港知识产权交流会").start == "2025-03-01"
