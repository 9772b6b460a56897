"""Session 15 (ev15), events: campaigns launched or carried out, told by sentences written for these tests (none
copied from an evaluation text), read by the real pipeline, one test per mechanism."""

from __future__ import annotations

from tests.unseen.test_events import events

# --- 启动 launches a named campaign as 开展 carries one out (knowledge/events/words.tsv, roles.tsv) ------------------


def test_a_named_campaign_launched_on_a_day_is_held_by_the_bodies_that_launched_it():
    found = events("6月3日，市文旅局与市公安局联合启动“护苗2024”专项行动。", date="2024-06-10")
    assert [(e.type, e.label, e.start) for e in found] == [("Campaign", "“护苗2024”专项行动", "2024-06-03")]
    assert found[0].organisers == ["org/shi-wen-lv-ju"]


def test_a_campaign_launched_in_the_past_tense_takes_the_day_told():
    found = events("9月1日，省知识产权局启动了“蓝天2024”知识产权保护专项行动。", date="2024-09-05")
    assert [(e.label, e.start) for e in found] == [("“蓝天2024”知识产权保护专项行动", "2024-09-01")]


def test_launching_work_of_no_name_or_a_launch_ceremony_is_no_campaign_and_the_ceremony_keeps_its_name():
    """Guards the verb: 启动 before a bare noun of work launches no event, and 启动仪式 is the ceremony's own name."""
    assert events("6月3日，市文旅局启动新一轮版权保护工作。", date="2024-06-10") == []
    found = events("4月21日，“净网2024”专项行动启动仪式在京举行。", date="2024-04-25")
    assert [e.label for e in found] == ["“净网2024”专项行动启动仪式"]


# --- a subject's time and place stand between it and its verb (zh/dates.py ADJUNCTS_END) ---------------------------


def test_bodies_then_a_day_then_a_place_then_the_verb_launch_the_campaign_together():
    found = events("省版权局、省公安厅9月1日在杭州联合启动“清源2024”专项行动。", date="2024-09-05")
    assert [(e.label, e.start) for e in found] == [("“清源2024”专项行动", "2024-09-01")]
    assert sorted(found[0].organisers) == ["org/sheng-ban-quan-ju", "org/sheng-gong-an-ting"]


def test_a_body_carrying_out_a_campaign_across_a_province_after_a_verb_of_deploying_carries_it_out():
    found = events("5月8日，省市场监管局在全省部署开展“铁拳2024”专项执法行动。", date="2024-05-10")
    assert [(e.label, e.start, e.organisers) for e in found] == \
        [("“铁拳2024”专项执法行动", "2024-05-08", ["org/sheng-shi-chang-jian-du-guan-li-ju"])]


# --- a campaign named for a year is one event with a telling that gives its day (events/tellings.py) ----------------


def test_a_headline_campaign_named_for_next_year_and_its_launch_in_december_are_one_campaign():
    found = events("全省启动“清风行动2021”暨商标保护执法行动\n\n"
                   "12月20日，省市场监管局召开动员会，启动“清风行动2021”暨商标保护执法行动。",
                   date="2020-12-22")
    campaigns = {(e.label, e.start) for e in found if e.type == "Campaign"}
    assert campaigns == {("“清风行动2021”", "2020-12-20"), ("商标保护执法行动", "2020-12-20")}


# --- a launch ceremony takes the roles of the campaign it launched, told first in a headline (ceremonies.py) --------


def test_a_launch_ceremony_takes_the_holders_of_the_campaign_whose_launch_the_sentence_before_told():
    found = events("我县启动知识产权宣传周活动\n\n"
                   "4月20日，我县启动2024年知识产权宣传周活动，本届宣传周的主题是“创新护航”。"
                   "活动由县市场监管局主办，县法院承办。\n"
                   "启动仪式上，县市场监管局发布了十大典型案例。", date="2024-04-22")
    ceremony = next(e for e in found if e.type == "Ceremony")
    assert (ceremony.start, ceremony.organisers) == ("2024-04-20", ["org/xian-shi-chang-jian-du-guan-li-ju"])


# --- a verb of carrying out inside the name a past verb of holding governs is no verb of its own (clauses.py) -------


def test_a_workshop_of_states_launching_a_programme_keeps_the_launch_in_its_name():
    found = events("2023年5月2日至4日举行了东非国家启动青年发明人计划的培训讲习班。", date="2023-06-01")
    assert [e.label for e in found] == ["东非国家启动青年发明人计划的培训讲习班"]


def test_launching_a_strategy_about_activities_is_no_event():
    assert events("该组织启动了一项关于能力建设活动的新战略。", date="2023-06-01") == []


# --- a ceremony named by an act that opens another event, and nothing more, is no event (rules._nameless) ----------


def test_attending_the_opening_ceremony_of_a_course_told_before_adds_no_ceremony():
    found = events("3月2日，全省商标代理人培训班在南昌开班。省局副局长李明出席开班仪式，80余人参加培训。",
                   date="2023-03-05")
    assert [e.label for e in found] == ["全省商标代理人培训班"]


def test_attending_the_closing_ceremony_of_a_fair_adds_no_ceremony_but_a_named_one_stays():
    found = events("11月9日，市长王平出席闭幕仪式。11月9日，第五届专利交易博览会闭幕仪式在宁波举行。",
                   date="2023-11-10")
    assert [e.label for e in found] == ["第五届专利交易博览会闭幕仪式"]


def test_the_opening_ceremony_of_a_forum_or_a_course_a_speaker_attended_is_a_part_of_it():
    assert [e.label for e in events("5月6日，第五届知识产权东湖论坛在武汉开幕，副省长李强出席开幕仪式并致辞。",
                                    date="2023-05-08")] == ["第五届知识产权东湖论坛"]
    assert [e.label for e in events("9月3日，省知识产权局举办专利审查实务研修班，局长王伟出席开班仪式并讲话。",
                                    date="2023-09-08")] == ["专利审查实务研修班"]
