"""Session 26, organisers and partners (op34): sentences written for these tests (none copied from an evaluation
text), read by the real pipeline, one test per mechanism."""

from __future__ import annotations

from tests.unseen.test_events import events, one


def test_a_copula_with_a_role_noun_adds_the_bodies_before_it_to_the_event_referred_to():
    """A、B均为此次研讨会的共同主办单位: the bodies before the copula hold the role its noun names (主办单位 of
    roles.tsv's field label 主办单位为X) in the event the anaphoric name is tied to, beside the organiser named
    before."""
    found = events("3月2日，由宁波市版权协会等单位共同举办的“甬港版权交流研讨会”在宁波举行。\n"
                   "宁波市文化广电旅游局、宁波大学均为此次研讨会的共同主办单位。", date="2025-03-03")
    event = one(found, "甬港版权交流研讨会")
    assert set(event.organisers) >= {"org/ning-bo-shi-ban-quan-xie-hui", "org/ning-bo-da-xue"}
    assert len(event.organisers) == 3


def test_a_copula_in_traditional_script_gives_a_partner():
    found = events("3月2日，「甬港版權交流研討會」在寧波舉行。寧波大學為本次研討會的承辦單位。", date="2025-03-03")
    assert one(found, "甬港版權交流研討會").partners == ["org/ning-bo-da-xue"]


def test_a_name_in_traditional_script_before_fenbie_you_is_the_subject_of_its_roles():
    """巡迴講座分別由A和B承辦: the bare name, in traditional script, with 分别 before 由, is still the event told."""
    found = events("5月8日，第二屆甬台專利巡迴講座在寧波舉行。巡迴講座分別由寧波大學和台州學院承辦。",
                   date="2025-05-10")
    assert set(one(found, "第二屆甬台專利巡迴講座").partners) == {"org/ning-bo-da-xue", "org/tai-zhou-xue-yuan"}


def test_a_frame_of_time_between_the_subject_and_its_verb_keeps_the_subject():
    """A与B在…期间，联合举办X: the frame of time (在宣传周期间，) stands between the subject and its verb."""
    found = events("4月20日，宁波市知识产权局与宁波大学在全国知识产权宣传周期间，联合举办“专利导航”高级研修班。",
                   date="2025-04-21")
    event = one(found, "“专利导航”高级研修班")
    assert event.organisers == ["org/ning-bo-shi-zhi-shi-chan-quan-ju"]
    assert event.partners == ["org/ning-bo-da-xue"]


def test_the_subject_of_a_verb_whose_object_points_back_reads_past_a_count_and_class_noun():
    """A和B两家单位共同主办了本次论坛: the subject of a verb of holding whose object is an anaphoric name is read as
    roles_in reads a verb's subject, past the count and class noun that close the list."""
    found = events("5月8日，第三届甬台知识产权论坛在宁波举行。宁波市知识产权局和台州市知识产权局两家单位共同主办了"
                   "本次论坛。", date="2025-05-10")
    assert one(found, "第三届甬台知识产权论坛").organisers == [
        "org/ning-bo-shi-zhi-shi-chan-quan-ju", "org/tai-zhou-shi-zhi-shi-chan-quan-ju"]


def test_a_copula_with_a_bare_role_noun_in_the_clause_of_the_roles_gives_that_role():
    """本届论坛由A主办，B、C为协办单位: 为协办单位 is a verb of the partner's role as 协办 is."""
    found = events("6月8日，第四届甬台知识产权论坛在宁波举行。本届论坛由宁波市知识产权局主办，"
                   "宁波大学、台州学院为协办单位。", date="2025-06-10")
    event = one(found, "第四届甬台知识产权论坛")
    assert event.organisers == ["org/ning-bo-shi-zhi-shi-chan-quan-ju"]
    assert event.partners == ["org/ning-bo-da-xue", "org/tai-zhou-xue-yuan"]


def test_shangshu_danwei_as_the_subject_of_holding_stands_for_the_list_named_before():
    """上述单位 (the units named above) is a collective of every body of the last list, as 各方 is of its sides."""
    found = events("5月8日，宁波市知识产权局、宁波大学和台州学院签署合作协议。9月，上述单位共同举办了"
                   "第三届甬台知识产权论坛。", date="2025-10-01")
    assert one(found, "第三届甬台知识产权论坛").organisers == [
        "org/ning-bo-shi-zhi-shi-chan-quan-ju", "org/ning-bo-da-xue", "org/tai-zhou-xue-yuan"]
