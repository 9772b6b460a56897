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


def test_an_opening_ceremony_told_as_a_setting_is_part_of_the_event_it_opens_no_event_of_its_own():
    """Guards the three above: 开幕仪式上 after a forum opened is the forum's part (README.a rule 12)."""
    found = events("5月8日，第三届甬港知识产权论坛在宁波开幕。在开幕仪式上，宁波市副市长致辞。", date="2025-05-09")
    assert [e.label for e in found] == ["第三届甬港知识产权论坛"]


# --- a headline tells its event with a bare verb; the lead that tells it again names who held it -------------------


def test_a_headline_with_a_bare_verb_of_holding_tells_an_event_the_lead_gives_its_organiser():
    found = events("宁波海关走进社区举办知识产权保护讲座\n\n"
                   "为提升市民的知识产权意识，宁波海关今日（12日）举行讲座，向社区居民介绍相关法律。",
                   date="2025-06-12")
    assert [(e.label, e.organisers) for e in found] == [("知识产权保护讲座", ["org/ning-bo-hai-guan"])]


def test_a_day_in_brackets_after_today_is_a_time_adverbial_between_subject_and_verb():
    found = events("宁波海关今日（12日）举办第三届甬港知识产权论坛。", date="2025-06-12")
    assert one(found, "第三届甬港知识产权论坛").organisers == ["org/ning-bo-hai-guan"]


def test_a_leads_dateline_day_before_jinri_does_not_date_the_headlines_event():
    """Guards the headline's event: a dateline's day (…3月20日讯) is the news's; 近日 says the event's is not told."""
    found = events("宁波召开知识产权强市建设工作推进会\n\n"
                   "宁波网3月20日讯 近日，宁波市知识产权局在宁波市市场监管局召开宁波市知识产权强市建设工作推进会。",
                   date="2025-03-21")
    assert [e.start for e in found] == [None]


# --- the parts an event is said to include are events held within it -----------------------------------------------


def test_the_events_a_forum_is_said_to_include_are_held_in_its_month():
    found = events("7月24日，第三届中国—东盟知识产权论坛在南宁开幕。本次论坛活动将持续两天，"
                   "主要包括东盟知识产权审查员研讨班、企业实地调研等活动。", date="2025-07-25")
    assert one(found, "东盟知识产权审查员研讨班").start == "2025-07"
    assert not [e for e in found if "调研" in e.label]


def test_one_part_of_an_activity_pointed_back_to_is_an_event_and_a_year_in_its_name_no_date():
    """The part is held on the one day the activity was (session 15: the real-text annotation of this shape dates the
    part by the activity's day, not its month)."""
    found = events("4月26日，宁波市2025年世界知识产权日主题活动在天一广场举行。"
                   "此次活动涵盖宁波市2024年知识产权成果展，多家单位制作了展板。", date="2025-04-27")
    assert one(found, "宁波市2024年知识产权成果展").start == "2025-04-26"


def test_a_count_of_sessions_an_event_is_said_to_include_is_no_event():
    """Guards the two above: 该活动包括四场会议 counts the sessions, naming none."""
    found = events("4月4日，第五届甬港知识产权论坛在宁波举行。该活动包括四场会议，汇集了多方代表。", date="2025-04-05")
    assert [e.label for e in found] == ["第五届甬港知识产权论坛"]


# --- a person named once with a title is that person wherever the report prints the name again ---------------------


def test_a_person_met_by_name_alone_is_the_person_a_sentence_before_named_with_a_title():
    found = events("3月4日，宁波市知识产权局局长陈立新率团访问新加坡。"
                   "访问期间，新加坡知识产权局局长邓文辉会见了陈立新一行。", date="2025-03-06")
    assert [e.label for e in found if e.type == "Meeting"][-1] == "邓文辉会见陈立新"


def test_a_person_named_again_by_name_alone_is_the_visitor_of_the_body_visited():
    found = events("宁波市知识产权局局长陈立新3月4日启程前往北京。在京期间，陈立新拜访了国家知识产权局。",
                   date="2025-03-03")
    assert one(found, "拜访了国家知识产权局").participants == ["org/ning-bo-shi-zhi-shi-chan-quan-ju", "org/CNIPA"]


# --- a headline restates its lead's event in a looser name: one event, under the lead's name ------------------------


def test_a_headlines_event_in_a_looser_name_held_where_the_lead_says_is_the_leads_event():
    found = events("中德专利研讨会在柏林举行\n\n"
                   "5月6日，德国-中国专利研讨会在柏林召开。研讨会由德国专利商标局和国家知识产权局共同举办。",
                   date="2025-05-08")
    assert [(e.label, e.start) for e in found] == [("德国-中国专利研讨会", "2025-05-06")]


def test_a_headlines_event_of_another_kind_or_place_stays_an_event_of_its_own():
    """Guards the rule above: the headline's forum is not the lead's seminar, nor a seminar held elsewhere."""
    found = events("中德专利论坛在柏林举行\n\n5月6日，德国-中国专利研讨会在柏林召开。", date="2025-05-08")
    assert len(found) == 2
    found = events("中德专利研讨会在慕尼黑举行\n\n5月6日，德国-中国专利研讨会在柏林召开。", date="2025-05-08")
    assert len(found) == 2
