"""Issue 16, events, session 34 (ev50): sentences written for these tests (none copied from an evaluation text or a
probe), read by the real pipeline — two events told in one sentence: two names joined by 和/及 each whole when the
second ends in the first's noun with words of its own (…分论坛和…分论坛) or has a modifier of its own (…成就展和
中欧专利审查研讨会), or opens as the first does (中法…研讨会及中法…座谈会); an opening ceremony joined by 暨 to
another event (…峰会开幕式暨…签约仪式) is the event opened and the other; a stop word inside an event noun (就 in
成就展) stops no name; an award ceremony (颁奖大会) told as the setting of the awarding is a ceremony held; an event's
length (为期三天) gives its last day."""

from __future__ import annotations

from tests.unseen.test_events import events, one


def test_two_sub_forums_of_one_noun_each_keep_their_own_modifier():
    text = "第三届淮海知识产权论坛期间，举办了淮海商标品牌建设分论坛和数据知识产权分论坛。"
    labels = {e.label for e in events(text, date="2025-05-10")}
    assert {"淮海商标品牌建设分论坛", "数据知识产权分论坛"} <= labels
    assert "淮海商标品牌建设数据知识产权分论坛" not in labels


def test_two_training_courses_of_one_noun_are_two_events_named_as_printed():
    text = "4月18日，县知识产权局举办专利检索培训班和地理标志培训班。"
    labels = {e.label for e in events(text, date="2025-04-20")}
    assert {"专利检索培训班", "地理标志培训班"} <= labels


def test_a_second_name_opening_as_the_first_does_is_its_own_event():
    text = "6月12日，中意知识产权研讨会及中意外观设计合作座谈会在罗马召开。"
    found = events(text, date="2025-06-15")
    assert one(found, "中意知识产权研讨会").start == "2025-06-12"
    assert one(found, "中意外观设计合作座谈会").start == "2025-06-12"


def test_a_stop_word_inside_an_event_noun_stops_no_name_and_both_events_are_read():
    text = "省知识产权局与省商务厅在昆明联合举办滇企知识产权保护成就展和中老专利审查研讨会。"
    labels = {e.label for e in events(text, date="2025-07-01")}
    assert {"滇企知识产权保护成就展", "中老专利审查研讨会"} <= labels


def test_a_numbered_award_ceremony_told_as_a_setting_was_held():
    found = events("在第七届湖西专利奖颁奖大会上，市领导为获奖企业颁奖。", date="2025-09-02")
    assert one(found, "第七届湖西专利奖颁奖大会").type == "Ceremony"


def test_a_length_told_after_the_opening_gives_the_last_day():
    found = events("8月6日，第四届滨江知识产权论坛在宁波开幕，为期3天。", date="2025-08-08")
    event = one(found, "第四届滨江知识产权论坛")
    assert (event.start, event.end) == ("2025-08-06", "2025-08-08")


def test_a_length_in_the_next_sentence_gives_the_last_day_but_a_count_of_other_work_does_not():
    told = events("第四届滨江知识产权论坛于8月6日在宁波开幕。本届论坛为期两天。", date="2025-08-08")
    assert one(told, "第四届滨江知识产权论坛").end == "2025-08-07"
    other = events("8月6日，第四届滨江知识产权论坛在宁波举行。此前，该局连续5天开展了执法检查。", date="2025-08-08")
    assert one(other, "第四届滨江知识产权论坛").end == "2025-08-06"


def test_a_length_before_a_name_is_its_own_and_not_the_opened_events():
    text = "9月3日，第二届甬江知识产权峰会在宁波开幕，同期举办为期两天的商标代理人培训班。"
    found = events(text, date="2025-09-05")
    assert one(found, "第二届甬江知识产权峰会").end == "2025-09-03"
    assert one(found, "商标代理人培训班").end == "2025-09-04"


def test_an_opening_ceremony_joined_to_a_signing_is_the_summit_held_and_the_signing():
    text = "6月18日，第二届瓯江知识产权峰会开幕式暨重点专利转化项目签约仪式在温州举行。"
    found = events(text, date="2025-06-20")
    assert one(found, "第二届瓯江知识产权峰会").start == "2025-06-18"
    assert one(found, "重点专利转化项目签约仪式").start == "2025-06-18"


def test_an_opening_ceremony_joined_to_the_main_forum_is_the_forum_alone():
    found = events("10月9日，2025钱塘知识产权论坛开幕式暨主论坛在杭州举行。", date="2025-10-10")
    assert [e.label for e in found] == ["2025钱塘知识产权论坛"]
