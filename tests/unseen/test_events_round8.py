"""Issue 16, events, round 8 (organisers ∪ partners, and events missed): sentences written for these tests (none
copied from an evaluation text), read by the real pipeline, one test per mechanism, named by the issue's pattern it
serves. Roles are read from clause structure: the subject run before a verb of holding, the object of a
preposition of guidance or support, a class noun closing the subject's list."""

from __future__ import annotations

from ipgraph.evaluate.unseen import same_actor
from tests.unseen.test_events import events, one


def held_by(found: list, label: str) -> list[str]:
    """Organisers and partners of one event: what the scorer compares (organisers ∪ partners)."""
    event = one(found, label)
    return sorted(event.organisers + event.partners)


# --- 5. organisers and partners read from the clause ------------------------------------------------------------------


def test_5_a_list_closed_by_its_class_noun_is_the_subject_of_the_verb():
    found = events("4月9日，浙江省知识产权局、浙江大学和杭州市市场监督管理局等多家单位共同主办的西湖知识产权论坛在杭州"
                   "开幕。", date="2025-04-10")
    assert len(held_by(found, "西湖知识产权论坛")) == 3


def test_5_a_list_closed_by_its_class_noun_after_the_event_is_who_helped_hold_it():
    found = events("4月9日，浙江省知识产权局主办的西湖知识产权论坛在杭州开幕，浙江大学、杭州市市场监督管理局等单位"
                   "协办。", date="2025-04-10")
    assert len(held_by(found, "西湖知识产权论坛")) == 3


def test_5_guidance_opening_the_clause_before_its_subject_is_a_partner():
    found = events("4月9日，在国家知识产权局的指导下，浙江省知识产权局在杭州举办西湖知识产权论坛。", date="2025-04-10")
    assert "org/CNIPA" in one(found, "西湖知识产权论坛").partners


def test_5_a_venue_after_the_locative_is_still_no_partner():
    found = events("4月9日，浙江省知识产权局在浙江大学举办西湖知识产权论坛。", date="2025-04-10")
    assert one(found, "西湖知识产权论坛").partners == []


def test_5_support_given_in_a_clause_of_its_own_is_a_partner():
    found = events("4月9日，浙江省知识产权局在杭州举办西湖知识产权论坛，国家知识产权局给予大力支持。",
                   date="2025-04-10")
    assert "org/CNIPA" in one(found, "西湖知识产权论坛").partners


def test_5_an_event_named_inside_the_name_held_does_not_take_the_verb_from_it():
    found = events("4月9日，浙江省知识产权局举办2025年浙江知识产权宣传周启动仪式。", date="2025-04-10")
    assert one(found, "2025年浙江知识产权宣传周启动仪式").organisers != []


def test_5_a_manner_adverbial_between_subject_and_verb_leaves_the_subject_the_organiser():
    found = events("4月9日，浙江省知识产权局以线上线下结合方式举行全省商标品牌建设推进会。", date="2025-04-10")
    assert one(found, "全省商标品牌建设推进会").organisers != []


# --- 10. events told only as a setting, with other verbs or other head nouns -----------------------------------------


def test_10_a_named_event_told_as_the_time_of_a_signing_was_held_that_day():
    found = events("4月9日，在第四届西湖知识产权论坛期间，浙江大学与杭州师范大学签署知识产权人才培养协议。",
                   date="2025-04-10")
    assert one(found, "第四届西湖知识产权论坛").start == "2025-04-09"


def test_10_a_named_event_told_as_the_place_of_a_release_was_held_that_day():
    found = events("4月9日，浙江省知识产权局在“西湖论剑”知识产权论坛上发布了年度典型案例。", date="2025-04-10")
    assert one(found, "“西湖论剑”知识产权论坛").start == "2025-04-09"


def test_10_a_session_told_as_where_a_decision_was_taken_stays_no_event():
    found = events("4月9日，在第十二届会议上通过了该决定。", date="2025-04-10")
    assert found == []


def test_10_a_campaign_carried_out_is_held_by_its_subject():
    found = events("4月9日，杭州市市场监督管理局开展“清风2025”专项执法行动。", date="2025-04-10")
    event = one(found, "“清风2025”专项执法行动")
    assert (event.start, len(event.organisers)) == ("2025-04-09", 1)


def test_10_meeting_nouns_of_official_news_name_events():
    found = events("4月9日，浙江大学举办专利成果转化对接会。4月10日，杭州市知识产权局召开知识产权宣讲会。",
                   date="2025-04-11")
    assert sorted(e.type for e in found) == ["Meeting", "Seminar"]


def test_5_a_cochair_named_after_with_is_no_partner_of_the_meeting():
    found = events("4月9日，浙江省知识产权局局长王五与新加坡知识产权局局长赵六共同主持第五次中新知识产权工作组会议。",
                   date="2025-04-10")
    assert one(found, "第五次中新知识产权工作组会议").partners == []


def test_5_a_verb_other_words_precede_gives_roles_only_in_the_event_it_governs():
    found = events("结合6月3日至5日举行的第八届长江博览会，江苏省知识产权局与南京市人民政府在南京共同主办长江知识产权"
                   "论坛。", date="2025-06-06")
    assert (held_by(found, "第八届长江博览会"), len(held_by(found, "长江知识产权论坛"))) == ([], 2)


def test_5_a_body_with_its_acronym_in_half_width_brackets_holds_its_numbered_session():
    found = events("10月3日，世界知识产权组织(WIPO)成员国大会第六十五届会议在日内瓦举行。", date="2025-10-04")
    assert one(found, "世界知识产权组织(WIPO)成员国大会第六十五届会议").organisers == ["org/WIPO"]


def test_10_a_ceremony_that_is_the_subject_of_carrying_on_in_a_manner_was_held():
    found = events("4月9日，两院知识产权人才培养协议签约仪式以线上视频方式进行。", date="2025-04-10")
    assert one(found, "两院知识产权人才培养协议签约仪式").start == "2025-04-09"


def test_5_support_with_an_adverb_before_it_is_still_a_partner():
    found = events("4月9日，在杭州市知识产权局的大力支持下，浙江大学在杭州举办西湖知识产权论坛。", date="2025-04-10")
    assert len(one(found, "西湖知识产权论坛").partners) == 1


def test_5_support_in_the_relative_clause_of_an_event_held_is_a_partner_and_keeps_the_event():
    found = events("4月9日，浙江省知识产权局主办、浙江大学支持的西湖知识产权论坛在杭州开幕。", date="2025-04-10")
    assert len(held_by(found, "西湖知识产权论坛")) == 2


def test_5_bodies_that_jointly_assist_are_partners():
    found = events("4月9日，由浙江省知识产权局主办，浙江大学、杭州师范大学联合承办的西湖知识产权论坛在杭州开幕。",
                   date="2025-04-10")
    assert len(one(found, "西湖知识产权论坛").partners) == 2


def test_10_a_named_event_whose_curtain_rises_was_held():
    found = events("4月9日，第三届西湖知识产权论坛在杭州拉开帷幕。", date="2025-04-10")
    assert one(found, "第三届西湖知识产权论坛").start == "2025-04-09"


def test_5_a_body_that_assisted_in_the_past_is_a_partner_and_no_part_of_the_name():
    found = events("4月9日，杭州师范大学在杭州承办了第三届西湖知识产权论坛。", date="2025-04-10")
    assert len(one(found, "第三届西湖知识产权论坛").partners) == 1


def test_5_the_subject_of_a_bare_verb_of_holding_is_the_organiser():
    found = events("4月9日，杭州市知识产权局举行知识产权维权援助中心揭牌仪式。", date="2025-04-10")
    assert len(one(found, "知识产权维权援助中心揭牌仪式").organisers) == 1


# --- the scorer: a node several reports name is compared by each of its labels ------------------------------------


def test_scorer_a_found_organisation_agrees_by_any_of_the_labels_reports_give_it():
    assert same_actor("new:广东省市场监管局", "new:广东省市场监督管理局|广东省市场监管局")
    assert not same_actor("new:广东省知识产权局", "new:广东省市场监督管理局|广东省市场监管局")


def test_scorer_a_found_organisation_agrees_by_the_short_form_the_text_printed():
    """Regression: roles and parties compared a new body by its rdfs:label alone, so a body the text names only by
    its short form (中国残联), labelled with the full name it stands for, was a wrong actor."""
    from rdflib import RDFS, SKOS, Graph, Literal

    from ipgraph.evaluate.unseen import GraphFacts
    from ipgraph.vocab import IP, IPR

    graph, body = Graph(), IPR["org/zhong-guo-can-ji-ren-lian-he-hui"]
    graph.add((body, IP.rule, IPR["rule/org-shape"]))
    graph.add((body, RDFS.label, Literal("中国残疾人联合会", lang="zh")))
    graph.add((body, SKOS.altLabel, Literal("中国残联", lang="zh")))
    assert same_actor("new:中国残联", GraphFacts(graph, {}).key(body))
    assert not same_actor("new:中国科协", GraphFacts(graph, {}).key(body))


# --- 10. a bilateral meeting with a body's delegation --------------------------------------------------------------


def test_10_meeting_a_bodys_delegation_is_a_meeting_with_that_body():
    found = events("4月9日，浙江省知识产权局局长王五在杭州会见了来访的德国专利商标局代表团。", date="2025-04-10")
    meeting = next(e for e in found if e.type == "Meeting")
    assert (meeting.start, len(meeting.participants)) == ("2025-04-09", 2)


# --- 5. a body named by a word that points to it --------------------------------------------------------------------


def test_5_a_body_that_refers_to_itself_by_its_head_noun_holds_the_event():
    found = events("杭州市知识产权局发布年度白皮书。4月9日，我局在杭州举办西湖知识产权论坛。", date="2025-04-10")
    assert len(one(found, "西湖知识产权论坛").organisers) == 1
