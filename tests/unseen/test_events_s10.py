"""Session 10, events: sentences written for these tests (none copied from an evaluation text), read by the real
pipeline, one test per mechanism."""

from __future__ import annotations

from tests.unseen.test_events import events, one

# --- a ceremony named by its act alone is the ceremony of the act told before ---------------------------------------


def test_a_signing_ceremony_told_as_a_setting_is_an_event_dated_by_the_signing():
    found = events("5月12日，宁波市知识产权局与宁波大学签署知识产权合作框架协议。"
                   "在签约仪式上，宁波大学副校长介绍了学校的科研情况。", date="2025-05-14")
    assert [(e.label, e.start) for e in found if e.type == "Ceremony"] == [("签约仪式", "2025-05-12")]


def test_a_launch_ceremony_takes_the_date_and_the_roles_of_the_event_launched():
    found = events("4月20日，我市启动2025年宁波市知识产权宣传周活动，今年宣传周活动的主题是“保护创新”。"
                   "活动由宁波市知识产权局主办，宁波大学承办。启动仪式上，宁波市知识产权局发布了年度典型案例。",
                   date="2025-04-21")
    ceremony = one(found, "启动仪式")
    assert ceremony.start == "2025-04-20"
    assert ceremony.organisers == ["org/ning-bo-shi-zhi-shi-chan-quan-ju"]
    assert ceremony.partners == ["org/ning-bo-da-xue"]


def test_a_ceremony_of_the_same_act_named_before_is_that_one_told_again():
    """Guards the two above: 签字仪式上 after a signing ceremony with a name of its own is no second ceremony."""
    found = events("5月12日，宁波市知识产权局与宁波大学举行知识产权合作协议签约仪式。"
                   "签字仪式上，双方负责人分别致辞。", date="2025-05-14")
    assert [e.label for e in found if e.type == "Ceremony"] == ["知识产权合作协议签约仪式"]
