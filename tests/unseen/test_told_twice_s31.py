"""Issue 16, session 31 (dd41): one event told twice makes one node — sentences written for these tests (none copied
from an evaluation text), read by the real pipeline. A list of people met that 一行 closes is one party met: one
meeting, not one per name. A year right after a list's joint qualifies the list's next noun (及2019年…企业代表), no
time of the event the sentence retells. A name told again in short (工作推进会 after 2020年年度工作推进会) is that
event. An activity joined by 暨 to the forum it was held as (…主题活动暨…论坛) is one event. Talks held on a visit
with the body visited (拜访X，并与X的Y会谈) are that visit. A letter congratulating the activity (致信祝贺活动举办)
names no event of its own: no name reaches back past 祝贺."""

from __future__ import annotations

from tests.unseen.test_events import events, one


def test_people_met_as_one_group_are_one_meeting():
    found = events("5月6日，省版权局局长甲某在杭州会见了北方出版协会会长乙某和协会会员单位代表一行。"
                   "局办公室负责同志参加了会见。", date="2022-05-07")
    meetings = [e for e in found if "会见" in e.label]
    assert [e.label for e in meetings] == ["甲某会见乙某"]


def test_people_met_one_by_one_are_still_two_meetings():
    found = events("5月6日，省版权局局长甲某在杭州会见了北方出版协会会长乙某和南方书局总经理丙某。",
                   date="2022-05-07")
    assert sorted(e.label for e in found if "会见" in e.label) == ["甲某会见丙某", "甲某会见乙某"]


def test_a_year_after_a_lists_joint_dates_no_retold_meeting():
    found = events("4月8日，东城区版权局召开了2021年度版权工作推进会，局长丁某出席会议并讲话。"
                   "辖区出版单位负责人及2020年区级版权示范单位代表共计30余人参加了工作推进会。", date="2021-04-09")
    assert [(e.label, e.start) for e in found] == [("2021年度版权工作推进会", "2021-04-08")]


def test_a_list_of_years_still_dates_the_event():
    found = events("2019年和2020年，西城区版权局举办了版权保护培训班。", date="2021-01-05")
    assert one(found, "版权保护培训班").start == "2019"


def test_an_activity_held_as_a_forum_is_one_event():
    found = events("6月3日，市版权局主办的2023年版权主题宣传活动暨长三角版权协同发展论坛在南京举行。",
                   date="2023-06-04")
    assert [e.label for e in found] == ["2023年版权主题宣传活动暨长三角版权协同发展论坛"]


def test_talks_held_on_a_visit_to_the_body_are_the_visit():
    found = events("3月5日，省版权局局长甲某率队拜访南方出版协会，并与协会乙某会长就深化合作进行了会谈。",
                   date="2022-03-06")
    assert [e.label for e in found] == ["拜访南方出版协会"]


def test_talks_with_another_body_after_a_visit_are_their_own():
    found = events("3月5日，省版权局局长甲某率队拜访南方出版协会，并与北方版权中心主任乙某进行了会谈。",
                   date="2022-03-06")
    assert sorted(e.label for e in found) == ["拜访南方出版协会", "甲某与乙某会谈"]


def test_a_letter_congratulating_the_activity_names_no_second_event():
    found = events("4月26日，国家版权局在北京举办《南方条约》生效纪念活动。"
                   "南方版权组织总干事甲某致信祝贺活动举办，副总干事乙某视频致辞。", date="2022-04-27")
    assert [e.label for e in found] == ["《南方条约》生效纪念活动"]
