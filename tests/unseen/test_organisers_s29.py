"""Session 29, organisers and partners (op38): sentences written for these tests (none copied from an evaluation
text), read by the real pipeline, one test per mechanism."""

from __future__ import annotations

from tests.unseen.test_events import events, one

COUNTY_BUREAU = "org/xian-shi-chang-jian-du-guan-li-ju"
COUNTY_PROCURATORATE = "org/xian-ren-min-jian-cha-yuan"
COUNTY_COURT = "org/xian-fa-yuan"


def test_a_manner_adverb_between_the_body_and_its_verb_leaves_it_the_organiser():
    """县市场监管局积极举办…, 扎实开展“…”…, 认真组织开展2024年…: an adverb of manner stands between the subject and
    its verb of holding as 首次 or 联合 does; the body is still who held the event."""
    held = events("3月12日，县市场监管局积极举办商标品牌培训班，全县40余家企业参加。", date="2024-03-13")
    assert one(held, "商标品牌培训班").organisers == [COUNTY_BUREAU]
    carried = events("3月12日，县市场监管局扎实开展“商标护农”专项行动。", date="2024-03-13")
    assert one(carried, "“商标护农”专项行动").organisers == [COUNTY_BUREAU]


def test_joining_after_a_subject_adverb_is_a_verb_not_part_of_the_name_after_it():
    """县市场监管局还联合县检察院…: 联合 after the adverb 还 that follows a complete name joins two bodies; the
    procuratorate is a partner, not a body called 联合县人民检察院, and the bureau keeps its role."""
    found = events("6月3日，县市场监管局还联合县检察院、县公安局开展“净网护苗”专项行动。", date="2024-06-04")
    event = one(found, "“净网护苗”专项行动")
    assert event.organisers == [COUNTY_BUREAU]
    assert set(event.partners) == {COUNTY_PROCURATORATE, "org/xian-gong-an-ju"}


def test_a_manner_adverb_before_joining_keeps_both_roles():
    found = events("6月3日，县法院积极联合县司法局举办“商标维权”专题讲座。", date="2024-06-04")
    event = one(found, "“商标维权”专题讲座")
    assert (event.organisers, event.partners) == ([COUNTY_COURT], ["org/xian-si-fa-ju"])


def test_bodies_that_take_part_together_under_a_leading_body_are_its_partners():
    """由A牵头，B、C等7个部门共同参与，在…举行…: the bodies that take part together hold the event with the lead."""
    found = events("2023年4月25日，由县市场监督管理局牵头，县委宣传部、县法院等7个部门共同参与，在人民广场举行"
                   "“创新护航”知识产权宣传活动。", date="2023-04-26")
    event = one(found, "“创新护航”知识产权宣传活动")
    assert event.organisers == [COUNTY_BUREAU]
    assert set(event.partners) == {"org/xian-wei-xuan-chuan-bu", COUNTY_COURT}


def test_an_adverbial_clause_of_basis_between_the_subject_and_its_verb():
    """A，按照B统一安排，和C、D等单位，在…开展了“…”: the clause of what the work follows (按照, 根据) is set off by
    commas like a theme's (紧紧围绕…); A is still the subject, and C, D after 和 at the opening of a clause hold the
    event with it. 按照 is no part of B's name."""
    found = events("5月8日，县综合行政执法大队，按照县领导小组办公室统一部署，和县检察院、县版权局等多家单位，"
                   "在滨河广场开展了“版权护航”宣传活动。", date="2024-05-09")
    event = one(found, "“版权护航”宣传活动")
    assert event.organisers == ["org/xian-zong-he-xing-zheng-zhi-fa-da-dui"]
    assert set(event.partners) == {COUNTY_PROCURATORATE, "org/xian-ban-quan-ju"}
    alone = events("5月8日，县综合行政执法大队根据县领导小组办公室的部署，在滨河广场开展了“版权护航”宣传活动。",
                   date="2024-05-09")
    assert one(alone, "“版权护航”宣传活动").organisers == ["org/xian-zong-he-xing-zheng-zhi-fa-da-dui"]


def test_a_bare_meeting_noun_refers_back_to_the_congress_told_before():
    """…大会在…举行。会议由A主办，B、C协办: 会议, the word for a sitting of any kind, names the congress told last when
    no meeting was told, and the roles of its sentence are the congress's."""
    found = events("9月6日，第五届专利运营大会在宁波举行。\n会议由宁波市知识产权局主办，宁波大学协办。",
                   date="2024-09-07")
    event = one(found, "第五届专利运营大会")
    assert event.organisers == ["org/ning-bo-shi-zhi-shi-chan-quan-ju"]
    assert event.partners == ["org/ning-bo-da-xue"]


def test_the_bodies_whose_support_an_event_had_are_its_partners():
    """…，得到了A、B的大力支持; 本次活动得到了A的支持 in a later paragraph: the pattern says 的, so the noun the
    bodies possess is the support the pattern names."""
    same = events("5月16日，“护航创新”主题活动在县实验中学举行，得到了县检察院、县法院的大力支持。", date="2024-05-17")
    assert set(one(same, "“护航创新”主题活动").partners) == {COUNTY_PROCURATORATE, COUNTY_COURT}
    later = events("5月16日，“护航创新”主题活动在县实验中学举行。\n本次活动得到了县检察院的支持。", date="2024-05-17")
    assert one(later, "“护航创新”主题活动").partners == [COUNTY_PROCURATORATE]


def test_the_national_week_carried_out_without_a_year_is_that_years_campaign():
    """县检察院…开展知识产权宣传周活动 in a dated sentence: the week is one campaign of its own name (words.tsv
    proper_campaign), this year's edition, held by the body that carries it out, though printed without a year or
    quotes; a kind of work after the same verb (开展知识产权宣传活动) is still no event."""
    found = events("4月21日，县人民检察院多形式开展知识产权宣传周活动。", date="2024-04-22")
    assert one(found, "知识产权宣传周").organisers == [COUNTY_PROCURATORATE]
    # told at a place on a day, it is one: clauses.on_site
    assert events("4月21日，县人民检察院开展知识产权宣传活动。", date="2024-04-22") == []


def test_a_quoted_theme_before_a_bare_campaign_noun_names_it():
    """开展以“…”为主题的宣传活动: the quoted theme singles the campaign out, as 主题为“…”的 does; the bodies that carry
    it out hold it."""
    found = events("4月21日，县市场监管局联合县法院在人民广场开展以“守护原创”为主题的宣传活动。", date="2024-04-22")
    event = one(found, "以“守护原创”为主题的宣传活动")
    assert (event.organisers, event.partners) == ([COUNTY_BUREAU], [COUNTY_COURT])


def test_a_rural_commercial_bank_short_name_closes_the_list_of_partners():
    """…、平江农商行等单位在…开展: 农商行 ends a bank's short name as 银行 does (org_heads.tsv), so the list before
    等单位 is all bodies and the verb after the place still governs the event."""
    found = events("4月21日，县市场监管局联合县版权局、平江农商行等单位在人民广场开展以“守护原创”为主题的宣传活动。",
                   date="2024-04-22")
    event = one(found, "以“守护原创”为主题的宣传活动")
    assert event.organisers == [COUNTY_BUREAU]
    assert set(event.partners) == {"org/xian-ban-quan-ju", "org/ping-jiang-nong-shang-hang"}


def test_several_days_lately_is_a_recent_time_for_a_campaign_carried_out():
    """连日来，某院多形式开展知识产权宣传周活动: 连日来 says the work went on over recent days without saying when (as
    近日 does), so the week carried out is an event, undated, and the body carrying it out holds it."""
    found = events("连日来，县人民检察院多形式开展知识产权宣传周活动。", date="2024-04-25")
    event = one(found, "知识产权宣传周")
    assert (event.organisers, event.start) == ([COUNTY_PROCURATORATE], None)
