"""Issue 16, events, session 35 (ev55): sentences written for these tests (none copied from an evaluation text or a
probe), read by the real pipeline — events the reader missed on unseen text: an event announced within the setting
of the event told last (…期间还将举办…), after a connective and under the setting's short name; matchmaking and
pitching sessions named by their kind of 对接 or 路演 in a campaign's list; 参与 as a verb in front of a name; a list
organised before the verb (组织A、B等记者开展…); 通过 before a verb of holding; words listed by 、 before a quoted
title that describe the event, no part of its name."""

from __future__ import annotations

from tests.unseen.test_events import events, one


def test_an_event_announced_within_the_setting_of_the_event_told_last_takes_its_date():
    text = ("10月9日，第五届茶叶地理标志展览会在杭州开幕。"
            "展览会期间还将举办茶叶品牌授权洽谈会，为茶企搭建平台。")
    # an exhibition told only as opening on 10月9日 runs on after it: a part held during it is dated to the month
    # (dt47's EventFact.opened), as precise as the text allows
    assert one(events(text, date="2025-10-09"), "茶叶品牌授权洽谈会").start == "2025-10"


def test_a_connective_and_a_short_name_may_open_the_setting():
    text = ("10月9日，第五届中外茶叶地理标志展览会在杭州开幕。"
            "另外，茶标展览会期间还将举办茶叶品牌授权洽谈会等一系列活动。")
    assert one(events(text, date="2025-10-09"), "茶叶品牌授权洽谈会").start == "2025-10"


def test_a_plan_with_no_setting_or_time_still_announces_nothing():
    text = "10月9日，第五届茶叶地理标志展览会在杭州开幕。主办方表示，今后还将举办茶叶品牌授权洽谈会。"
    assert "茶叶品牌授权洽谈会" not in {e.label for e in events(text, date="2025-10-09")}


def test_pitching_and_bank_matchmaking_sessions_listed_by_a_campaign_are_events():
    text = ("4月21日，全市知识产权宣传周活动启动仪式在市民中心举行。宣传周期间，市知识产权局联合市金融办等部门，"
            "将举办新材料专利推介路演、商标质押融资银企对接等活动。")
    found = events(text, date="2025-04-21")
    assert one(found, "新材料专利推介路演").start.startswith("2025-04")
    assert one(found, "商标质押融资银企对接").type == "Meeting"


def test_a_bare_pitching_session_among_the_formats_of_one_event_is_no_event():
    text = "5月8日，市局举办专利转化交流活动。此次活动包括专家讲解、项目路演、现场签约等，效果良好。"
    assert "项目路演" not in {e.label for e in events(text, date="2025-05-10")}


def test_canyu_before_a_name_is_a_verb_not_part_of_the_name():
    found = events("5月8日，县市场监管局组织参与全国商标知识问答活动。", date="2025-05-10")
    assert one(found, "全国商标知识问答活动").start == "2025-05-08"
    found = events("5月9日，县市场监管局参与了全省商标知识竞答。", date="2025-05-10")
    assert one(found, "全省商标知识竞答").start == "2025-05-09"


def test_a_list_organised_before_the_verb_leaves_the_organiser_the_subject():
    text = "9月3日至5日，省版权局组织晨报、交通广播、新闻网等媒体记者在沪开展“版权护航”主题采访活动。"
    found = one(events(text, date="2025-09-08"), "“版权护航”主题采访活动")
    assert found.start == "2025-09-03" and found.organisers


def test_words_listed_before_a_quoted_title_describe_the_event_and_are_no_part_of_its_name():
    text = "6月2日，县市场监管局通过开展商标宣传进社区、进校园“双进”活动，普及商标知识。"
    assert one(events(text, date="2025-06-03"), "“双进”活动").start == "2025-06-02"


def test_two_quoted_titles_joined_by_the_list_mark_are_still_read_as_an_enumeration():
    text = "6月2日，县市场监管局开展“护绿”、“护苗”联合宣传活动。"
    labels = {e.label for e in events(text, date="2025-06-03")}
    assert {"“护绿”联合宣传活动", "“护苗”联合宣传活动"} <= labels
