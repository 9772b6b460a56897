"""Issue 16, roles round 1 (organisers ∪ partners of found events, on the dev fold with its new texts): sentences
written for these tests (none copied from an evaluation text), read by the real pipeline, one test per mechanism,
named by the issue's pattern it serves."""

from __future__ import annotations

from tests.unseen.test_events import events

# --- 5. bodies joined by 与/联合 before a verb of a role other than organising share that role ------------------------


def test_5_two_bodies_joined_by_yu_before_chengban_are_both_partners():
    found = events("3月1日，舟山举办海洋知识产权宣传周活动。"
                   "本次活动由舟山市知识产权局主办，浙江海洋大学与舟山市司法局承办。", date="2025-03-02")
    activity = next(e for e in found if e.organisers)
    assert activity.organisers == ["org/zhou-shan-shi-zhi-shi-chan-quan-ju"]
    assert sorted(activity.partners) == ["org/zhe-jiang-hai-yang-da-xue", "org/zhou-shan-shi-si-fa-ju"]


def test_5_bodies_joined_by_yu_before_the_organising_verb_stay_organiser_and_partner():
    found = events("3月1日，舟山市知识产权局与浙江海洋大学共同举办第二届海洋知识产权论坛。", date="2025-03-02")
    forum = next(e for e in found if e.label == "第二届海洋知识产权论坛")
    assert forum.organisers == ["org/zhou-shan-shi-zhi-shi-chan-quan-ju"]
    assert forum.partners == ["org/zhe-jiang-hai-yang-da-xue"]


# --- 5. the organiser in another sentence: a verb of holding with the event's bare head noun tells it again ----------


def test_5_a_later_sentence_holding_the_bare_head_noun_names_the_organiser():
    found = events("举办一场海洋知识产权研讨会。5月8日，舟山市中级人民法院举办研讨会，邀请渔业企业代表参加。",
                   date="2025-05-09")
    seminar = next(e for e in found if e.label.endswith("海洋知识产权研讨会"))
    assert seminar.organisers == ["org/zhou-shan-shi-zhong-ji-ren-min-fa-yuan"]


# --- 5. bodies in a clause that modifies the event's name (A与B承办的论坛在…举行) are not the subject of 举行 ---------


def test_5_the_first_body_of_a_chengban_clause_before_the_name_is_no_organiser():
    found = events("3月1日，由舟山市知识产权局主办，浙江海洋大学与舟山市司法局承办的第二届海洋知识产权论坛在舟山举行。",
                   date="2025-03-02")
    forum = next(e for e in found if e.label == "第二届海洋知识产权论坛")
    assert forum.organisers == ["org/zhou-shan-shi-zhi-shi-chan-quan-ju"]
    assert sorted(forum.partners) == ["org/zhe-jiang-hai-yang-da-xue", "org/zhou-shan-shi-si-fa-ju"]
