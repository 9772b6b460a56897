"""Issue 16, events, session 22: sentences written for these tests (none copied from an evaluation text), read by the
real pipeline, one test per mechanism — the adverbial of an event's theme between its holder and the verb, and visits
told by their kind (教育交流访问) or to several bodies listed after one word of going."""

from __future__ import annotations

from tests.unseen.test_events import events, one

# --- the theme adverbial: 围绕…主题 / 以“…”为主题 between the subject and its verb of holding -----------------------


def test_a_theme_told_with_weirao_between_the_court_and_its_verb_leaves_the_court_the_organiser():
    found = events("5月8日，江南市中级人民法院紧紧围绕“护航创新 服务发展”的主题开展“知识产权宣传周”活动。",
                   date="2025-06-10")
    event = one(found, "“知识产权宣传周”活动")
    assert event.start == "2025-05-08" and event.organisers == ["org/jiang-nan-shi-zhong-ji-ren-min-fa-yuan"]


def test_a_theme_told_with_yi_wei_zhuti_is_an_adverbial_too():
    found = events("5月8日，江南市中级人民法院以“护航创新”为主题开展“知识产权宣传周”活动。", date="2025-06-10")
    assert one(found, "“知识产权宣传周”活动").organisers == ["org/jiang-nan-shi-zhong-ji-ren-min-fa-yuan"]


def test_an_unquoted_topic_after_weirao_still_leaves_the_subject_its_verb():
    found = events("5月8日，江南市中级人民法院围绕商业秘密保护开展“知识产权宣传周”活动。", date="2025-06-10")
    assert one(found, "“知识产权宣传周”活动").organisers == ["org/jiang-nan-shi-zhong-ji-ren-min-fa-yuan"]
