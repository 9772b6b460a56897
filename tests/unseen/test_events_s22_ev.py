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


# --- visits: the kind of the visit between 开展/进行 and the verb; several bodies after one word of going ------------


def test_a_working_visit_after_jinxing_is_a_meeting_of_the_two_bodies():
    found = events("6月3日，江南市知识产权局赴国家知识产权局进行工作访问。", date="2025-06-10")
    visit = one(found, "赴国家知识产权局进行工作访问")
    assert visit.type == "Meeting" and visit.start == "2025-06-03"
    assert visit.participants == ["org/jiang-nan-shi-zhi-shi-chan-quan-ju", "org/CNIPA"]


def test_each_body_listed_after_one_word_of_going_is_visited_once():
    found = events("6月3日，江南市知识产权局赴浙江大学、复旦大学法学院开展教育交流访问。", date="2025-06-10")
    labels = sorted(e.label for e in found if e.type == "Meeting")
    assert labels == ["赴复旦大学法学院开展教育交流访问", "赴浙江大学开展教育交流访问"]
    assert all(e.participants[0] == "org/jiang-nan-shi-zhi-shi-chan-quan-ju" for e in found)


def test_a_list_of_bodies_with_no_verb_of_visiting_after_it_is_no_visit():
    found = events("6月3日，江南市知识产权局前往浙江大学、复旦大学法学院参加第三届知识产权论坛。", date="2025-06-10")
    assert [e.type for e in found] == ["Forum"]
