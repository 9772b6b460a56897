"""Issue 16, events, session 30 (ev42): sentences written for these tests (none copied from an evaluation text or a
probe), read by the real pipeline.

- A group going to the report's own body, named by its word for itself (某协会一行来访我院, 甲和乙来我校洽谈), makes a
  trip: a Meeting of the visitors, with the own body as its other side only when the report's author is known (a
  school's news names its faculties and its guests' partners before itself, so the first …大学 is no safe guess).
- A group met by its word alone (校长会见了参访团, 总干事会见了代表团) is the group whose visit was told before: the
  meeting is part of that visit (one event) when the host speaks for no body or for the one visited; else it is a
  meeting of its own whose other side is the visitors told."""

from __future__ import annotations

from tests.unseen.test_events import events, one


def test_a_group_coming_to_the_reports_own_body_is_a_trip_of_its_visitors():
    text = "3月8日上午，宁波市版权协会一行来访我院，双方就版权保护开展座谈交流。"
    trip = one(events(text, date="2023-03-10"), "宁波市版权协会一行来访我院")
    assert trip.type == "Meeting" and trip.start == "2023-03-08"
    assert trip.participants == ["org/ning-bo-shi-ban-quan-xie-hui"]  # no guess at which 院 the report is


def test_the_own_body_visited_is_the_reports_author_when_known():
    text = "3月8日上午，宁波市版权协会一行来访我局，双方就版权保护开展座谈交流。"
    trip = one(events(text, date="2023-03-10", author=("CNIPA",)), "宁波市版权协会一行来访我局")
    assert trip.participants == ["org/ning-bo-shi-ban-quan-xie-hui", "org/CNIPA"]


def test_a_visit_to_the_own_body_without_a_word_of_leading_needs_its_verb_after():
    found = events("5月12日，温州市商标协会秘书长陈立明来我校洽谈合作事宜。", date="2021-05-13")
    assert one(found, "来我校洽谈").start == "2021-05-12"
    assert not [e for e in events("5月12日，我校学生来我校图书馆自习。", date="2021-05-13") if e.type == "Meeting"]


def test_a_group_met_by_its_word_is_part_of_the_visit_told_before():
    text = ("4月9日，台州学院法学院院长周明一行来校考察。"
            "期间，校长李华会见了参访团，双方就知识产权人才培养进行了交流。")
    meetings = [e for e in events(text, date="2022-04-11") if e.type == "Meeting"]
    assert len(meetings) == 1 and meetings[0].start == "2022-04-09"


def test_a_group_met_by_a_host_of_another_body_is_a_meeting_of_its_own_with_the_visitors():
    text = ("日前，国家知识产权局副局长王强率代表团访问了欧洲专利局。"
            "访问期间，世界知识产权组织总干事高锐会见了代表团。")
    met = one(events(text, date="2013-06-20"), "高锐会见代表团")
    assert "org/WIPO" in met.participants and "org/CNIPA" in met.participants


def test_a_delegation_head_named_after_the_group_word_is_still_the_one_met():
    text = "5月6日，国家知识产权局局长申长雨会见了代表团团长马丁·施密特。"
    assert [e for e in events(text, date="2019-05-07") if "施密特" in e.label]


# --- A和B举行会谈: a coordinated pair of bodies before a verb of talks, no 与, no person named ------------------------

def test_two_bodies_coordinated_before_talks_are_the_two_sides():
    found = events("6月3日，国家知识产权局和欧洲专利局在北京举行会谈，双方就审查合作交换了意见。", date="2020-06-05")
    talks = [e for e in found if e.type == "Meeting"]
    assert len(talks) == 1 and talks[0].participants == ["org/CNIPA", "org/EPO"] and talks[0].start == "2020-06-03"


def test_a_pair_whose_talks_are_not_their_own_holding_is_no_meeting_of_theirs():
    for text in ("国家知识产权局和欧洲专利局的代表出席了会谈。",
                 "6月3日，国家知识产权局、欧洲专利局和日本特许厅举行三方会谈。"):
        assert not [e for e in events(text, date="2020-06-05") if e.type == "Meeting" and "org/EPO" in e.participants
                    and "org/CNIPA" in e.participants and "三方" not in e.label], text


# --- a meeting told again by other words (headline 会见, body 会谈) is one event --------------------------------------

def test_a_meeting_told_again_with_another_verb_is_one_event():
    text = ("国家知识产权局局长申长雨会见欧洲专利局局长安东尼奥·坎普诺斯\n"
            "6月8日，国家知识产权局局长申长雨同来访的欧洲专利局局长安东尼奥·坎普诺斯举行会谈。\n")
    meetings = [e for e in events(text, date="2019-06-09") if e.type == "Meeting"]
    assert len(meetings) == 1 and meetings[0].start == "2019-06-08"
    assert set(meetings[0].participants) == {"org/CNIPA", "org/EPO"}


def test_meetings_with_other_sides_or_on_other_days_stay_apart():
    text = ("6月8日，国家知识产权局局长申长雨会见了欧洲专利局局长安东尼奥·坎普诺斯。"
            "6月10日，国家知识产权局局长申长雨会见了欧洲专利局副局长李明。"
            "6月10日，国家知识产权局局长申长雨会见了日本特许厅长官森清。")
    meetings = [e for e in events(text, date="2019-06-11") if e.type == "Meeting"]
    assert len(meetings) == 3, [e.label for e in meetings]
