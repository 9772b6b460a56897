"""Session 11, events found and their start dates: sentences written for these tests (none copied from an
evaluation text), read by the real pipeline, one test per mechanism."""

from __future__ import annotations

from tests.unseen.test_events import events

# --- a group led or gone to a place is a trip: a Meeting of the visitors (events/trips.py) --------------------------


def test_a_delegation_led_to_a_district_is_a_trip_of_the_body_that_led_it():
    found = events("5月9日，温州市市场监管局副局长陈立一行来到鹿城区，就商标品牌指导站建设开展调研。",
                   date="2025-05-10")
    assert [(e.type, e.start, e.participants) for e in found] == \
        [("Meeting", "2025-05-09", ["org/wen-zhou-shi-shi-chang-jian-du-guan-li-ju"])]


def test_a_group_arrived_at_a_district_names_the_district_so_the_headline_trip_is_the_same():
    found = events("温州市市场监管局一行来鹿城区调研\n\n温州市市场监管局副局长陈立一行到达鹿城区，开展调研。",
                   date="2025-05-10")
    assert [e.label for e in found] == ["温州市市场监管局一行来鹿城区调研"]


def test_a_trip_led_to_a_named_body_has_that_body_as_its_other_side():
    found = events("嘉兴市人民检察院检察长周明率队到湖州市人民检察院交流知识产权检察工作。", date="2025-05-10")
    assert [e.participants for e in found] == [["org/jia-xing-shi-ren-min-jian-cha-yuan",
                                                "org/hu-zhou-shi-ren-min-jian-cha-yuan"]]


def test_a_delegation_to_a_city_named_by_one_character_is_a_trip():
    labels = [e.label for e in events("澳门律师公会主席黄文上任后首次率领代表团访沪。", date="2025-05-10")]
    assert labels == ["率领代表团访沪"]


def test_a_trip_told_in_the_headline_and_again_in_the_lead_is_one_trip():
    found = events("温州市市场监管局一行来鹿城区调研\n\n"
                   "近日，温州市市场监管局副局长陈立一行来到鹿城区，就商标品牌指导站建设开展调研。",
                   date="2025-05-10")
    assert [e.label for e in found] == ["温州市市场监管局一行来鹿城区调研"]
    assert len(found[0].passages) == 2


def test_going_to_a_city_to_visit_it_is_a_trip_without_a_word_of_leading():
    found = events("商务厅厅长王平今日（8日）启程前往广州访问。", date="2025-05-08")
    assert [(e.label, e.start) for e in found] == [("前往广州访问", "2025-05-08")]


def test_a_group_sent_to_a_kind_of_place_or_a_visit_with_no_place_is_no_trip():
    """Guards the trips above: 到企业 names no place, 来访 no destination, and 赴京参加 goes to attend, not visit."""
    assert events("温州市市场监管局局长陈立率队到企业走访。宁波大学代表团一行来访，双方座谈。"
                  "宁波市知识产权局局长赴京参加培训。", date="2025-05-10") == []


def test_a_trip_whose_verb_of_visiting_is_carried_out_after_the_place_is_read_as_its_verb():
    labels = [e.label for e in events("温州市市场监管局局长陈立带队到鹿城区开展调研。", date="2025-05-10")]
    assert labels == ["带队到鹿城区开展调研"]


def test_a_group_gone_to_attend_an_event_makes_no_trip_the_event_is_what_it_attends():
    """Guards the trips above: 来到上海出席 goes to the forum, which is the event told."""
    found = events("5月9日，宁波大学校长李强率团来到上海出席第三届长三角知识产权论坛。", date="2025-05-10")
    assert [e.label for e in found] == ["第三届长三角知识产权论坛"]


def test_a_group_sent_to_every_district_makes_no_trip():
    assert events("温州市市场监管局局长陈立带队到各区调研。", date="2025-05-10") == []
