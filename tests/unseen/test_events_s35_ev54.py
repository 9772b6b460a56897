"""Issue 16, events, session 35 (ev54): sentences written for these tests (none copied from an evaluation text or a
probe), read by the real pipeline — campaigns, activities and recurring days as events: a list of activities after a
verb of holding closed by 等 with the class noun left unsaid, or given after 活动 by 如; a list that points back to an
event told before, undated; 并 before a second verb of one subject; an event going on (正在…举行); a part of the day
after a clause's time; 组织 as a verb only after its subject's name; a named day joined by 暨 to a campaign; the head
nouns of contests and activities (评比, 征答, 发表会, 赛事活动, 邀请赛, 选拔赛)."""

from __future__ import annotations

from tests.unseen.test_events import events, one


def test_a_list_closed_by_deng_with_the_class_noun_unsaid_is_one_event_per_item():
    text = "5月8日，市知识产权局举办商标品牌推介会等活动，并开展中学生发明创意课堂、版权保护专题讲座、专利知识竞答等。"
    found = events(text, date="2025-05-10")
    for label in ("中学生发明创意课堂", "版权保护专题讲座", "专利知识竞答"):
        assert one(found, label).start == "2025-05-08"


def test_a_verb_of_including_closed_by_deng_lists_formats_of_one_event_not_events():
    text = "6月3日，此次交流活动内容丰富，包括主旨演讲、案例研讨、项目推介、实地参观等，效果良好。"
    labels = {e.label for e in events(text, date="2025-06-05")}
    assert not labels & {"主旨演讲", "案例研讨", "项目推介", "实地参观"}


def test_activities_given_after_the_class_noun_by_ru_are_events_of_the_sentences_date():
    text = ("4月21日，县一中举办一系列形式多样的宣传活动，"
            "如专利知识展板、第三届发明创意竞赛、版权手抄报评比、商标系列讲座等。")
    found = events(text, date="2025-04-22")
    assert one(found, "版权手抄报评比").start == "2025-04-21"
    assert one(found, "商标系列讲座").type == "TrainingCourse"
    assert "专利知识展板" not in {e.label for e in found}


def test_a_list_pointing_back_to_an_event_told_lists_its_parts_undated():
    text = ("由县市场监管局主办的以“创新护航”为主题的知识产权宣传周系列活动正在县中学举行。"
            "本次宣传周系列活动期间，将举办多项活动，如知识产权手抄报评比、专利系列专题讲座等。")
    found = events(text)
    assert one(found, "知识产权宣传周系列活动").organisers
    assert one(found, "知识产权手抄报评比").start is None
    assert one(found, "专利系列专题讲座").start is None


def test_bing_before_a_second_verb_gives_it_the_first_verbs_subject():
    text = "4月24日上午，南湖区召开知识产权工作会议，并举办“创新南湖”主题活动。"
    found = events(text, date="2025-04-25")
    assert one(found, "“创新南湖”主题活动").start == "2025-04-24"


def test_a_part_of_the_day_after_the_clauses_time_keeps_the_verb_the_clauses():
    text = "县局开展知识产权宣传周活动。二是4月23日下午在人民广场开展集中宣传咨询活动。"
    assert one(events(text, date="2025-04-28"), "集中宣传咨询活动").start == "2025-04-23"


def test_zuzhi_after_a_subjects_name_holds_the_contest_it_governs():
    found = events("东湖保护中心组织青年知识产权辩论大赛，西湖服务中心举办专利导航论坛。", date="2025-05-01")
    assert one(found, "青年知识产权辩论大赛").organisers


def test_zuzhi_inside_a_name_stops_no_name():
    found = events("9月5日，该中心举办了国际组织知识产权合作论坛。", date="2025-09-08")
    assert one(found, "国际组织知识产权合作论坛").start == "2025-09-05"


def test_a_named_day_joined_by_ji_to_a_campaign_is_an_event_of_its_own():
    text = "为做好第25个世界知识产权日暨2025年知识产权宣传周宣传工作，区市场监管局开展“五进”宣传。"
    assert one(events(text, date="2025-04-28"), "第25个世界知识产权日").start == "2025-04-26"


def test_a_years_contest_activities_and_their_heads_are_events():
    text = "定于2025年6月至9月举办2025年浙江省中学生知识产权赛事活动。"
    found = events(text, date="2025-05-20")
    assert one(found, "2025年浙江省中学生知识产权赛事活动").start == "2025-06"


def test_a_campaign_weeks_activities_are_a_campaign_and_its_theme_may_stand_before_you():
    text = ("2025年全省知识产权宣传周活动于4月20日启动。今年宣传周活动的主题是“护航创新”，"
            "由省知识产权局、省市场监督管理局两部门牵头，会同省高级人民法院等12家单位共同举办。")
    event = one(events(text, date="2025-04-22"), "2025年全省知识产权宣传周活动")
    assert event.type == "Campaign"
    assert len(event.organisers) == 2 and event.partners


def test_shoukan_governs_the_ceremony_watched_though_undated():
    found = events("本次宣传周活动内容包括走访园区企业；组织收看省局知识产权宣传周启动仪式；张贴宣传海报。")
    assert one(found, "省局知识产权宣传周启动仪式").type == "Ceremony"


def test_huo_after_an_event_noun_offers_a_choice_of_kinds_not_an_event():
    found = events("5月10日，省中心专家还将在高校举办专利维权讲座或论坛。", date="2025-05-08")
    assert not {e.label for e in found} & {"专利维权讲座", "专利维权讲座或论坛"}


def test_a_setting_placed_first_dates_what_was_held_there():
    text = ("4月23日上午，区市场监管局在实验中学举行知识产权宣传周启动仪式。"
            "在实验中学活动现场，开展了《发明从身边开始》专题讲座。")
    assert one(events(text, date="2025-04-25"), "《发明从身边开始》专题讲座").start == "2025-04-23"
