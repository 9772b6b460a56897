"""Session 30, organisers and partners (op40): sentences written for these tests (none copied from an evaluation
text), read by the real pipeline, one test per mechanism."""

from __future__ import annotations

from tests.unseen.test_events import events, one
from tests.unseen.test_new_orgs_s14 import orgs


def test_contracted_offices_after_a_bare_level_are_partners():
    """A联合区社会办、区普法办共同举办…: a place's offices printed with 办 (社会办, 普法办) after a bare 区 are the
    place's bodies (org_heads.tsv ``whole``), so the list runs on through them and each is a partner of the district
    the text named."""
    found = events("5月8日，由东港区知识产权局联合区社会办、区普法办、区法院共同举办的知识产权竞赛在区文化馆举行。",
                   date="2021-05-09")
    event = one(found, "知识产权竞赛")
    assert event.organisers == ["org/dong-gang-qu-zhi-shi-chan-quan-ju"]
    assert set(event.partners) == {"org/dong-gang-qu-she-hui-ban", "org/dong-gang-qu-pu-fa-ban",
                                   "org/dong-gang-qu-fa-yuan"}


def test_bodies_standing_as_co_hosts_of_the_event_told_before_are_its_partners():
    """A、B作为承办单位参加此次活动: 作为 and a role noun of holding (roles.tsv: X作为…承办单位) say in which role
    the bodies took part in the event a word that points back names; the verb of attending names no event."""
    found = events("6月2日，北湖市版权局在北湖广场举办版权宣传活动。北湖市公安局、北湖市司法局作为承办单位参加此次"
                   "活动。", date="2021-06-03")
    event = one(found, "版权宣传活动")
    assert event.organisers == ["org/bei-hu-shi-ban-quan-ju"]
    assert set(event.partners) == {"org/bei-hu-shi-gong-an-ju", "org/bei-hu-shi-si-fa-ju"}


def test_a_bare_event_noun_after_taking_part_as_co_organiser_names_the_event_told_before():
    """A、B作为协办单位参与了活动: with no word that points back, the bare noun still names the event told last
    (参与 is a verb of attending); the bodies are its partners."""
    found = events("9月6日，南岭县市场监督管理局在县广场举办知识产权宣传活动。南岭县律师协会、南岭县科学技术局作为"
                   "协办单位参与了活动。", date="2021-09-07")
    event = one(found, "知识产权宣传活动")
    assert set(event.partners) == {"org/nan-ling-xian-lv-shi-xie-hui", "org/nan-ling-xian-ke-xue-ji-shu-ju"}


def test_a_named_day_told_after_the_campaign_is_not_what_the_activity_points_back_to():
    """4月26日是世界知识产权日 told in the sentence before the campaign is recorded after the passage's sentences:
    此次活动 in the next paragraph still names the campaign that bodies hold, not the named day, which no one holds."""
    found = events("4月26日是世界知识产权日，今年的主题是“创新”。4月25日，西河市市场监管局在西河广场举办知识产权"
                   "宣传活动。\n西河市公安局、西河市司法局作为承办单位参加此次活动。", date="2021-04-27")
    event = one(found, "知识产权宣传活动")
    assert set(event.partners) == {"org/xi-he-shi-gong-an-ju", "org/xi-he-shi-si-fa-ju"}
    day = one(found, "世界知识产权日")
    assert not day.partners


def test_a_body_joined_by_departments_named_by_their_field_carries_out_the_operation():
    """A联合公安、文体等部门开展“…”行动: the departments after 联合 are named by their field, no body, yet the
    subject before 联合 holds the operation (roles.tsv: X联合…开展, as X联合…举办)."""
    found = events("7月13日，南岭市市场监管局联合公安、文体等部门开展打击侵权假冒“铁拳2021”集中统一行动。",
                   date="2021-07-14")
    event = one(found, "打击侵权假冒“铁拳2021”集中统一行动")
    assert event.organisers == ["org/nan-ling-shi-shi-chang-jian-du-guan-li-ju"]
    assert not event.partners


def test_bodies_that_jointly_carry_out_an_undated_operation_all_hold_it():
    """近日，A、B等部门联合开展…“…行动”: an operation told undated is read by its roles alone; 联合 right before
    the verb is the subject's manner, and the bodies of the list closed by 等部门 hold it (X联合…开展)."""
    found = events("近日，北湖市委网信办、北湖市公安局等部门联合开展打击网络侵权盗版专项治理“清朗行动”。",
                   date="2021-03-02")
    event = one(found, "清朗行动")
    assert set(event.organisers) == {"org/bei-hu-shi-wei-wang-xin-ban", "org/bei-hu-shi-gong-an-ju"}


def test_a_brigade_printed_without_its_place_holds_the_event():
    """经侦大队联合A在广场开展…: county news print their own police or enforcement brigade without the county; 大队
    after two characters names it (org_heads.tsv ``alone``), so the event is held and A is its partner."""
    found = events("4月20日，经侦大队联合嘉鱼县市场监督管理局在和平广场开展知识产权宣传活动。", date="2022-04-21")
    event = one(found, "知识产权宣传活动")
    assert event.organisers == ["org/jing-zhen-da-dui"]
    assert event.partners == ["org/jia-yu-xian-shi-chang-jian-du-guan-li-ju"]


def test_a_squad_of_a_brigade_is_one_body_and_a_count_of_brigades_names_none():
    """森林警察大队治安中队: the squad (中队) is read forwards from its brigade, one body that holds the event; 两个大队
    is a count of brigades, no body's name."""
    found = events("4月20日，森林警察大队治安中队联合香格里拉市市场监督管理局到步行街开展知识产权宣传活动。",
                   date="2022-04-21")
    event = one(found, "知识产权宣传活动")
    assert event.organisers == ["org/sen-lin-jing-cha-da-dui-zhi-an-zhong-dui"]
    counted = events("5月3日，嘉鱼县公安局两个大队在和平广场开展知识产权宣传活动。", date="2022-05-04")
    assert all("da-dui" not in key for e in counted for key in e.organisers + e.partners)


def test_the_supporting_bodies_that_end_a_chain_of_roles_are_partners():
    """此次活动由A指导，B主办，C承办，D、E支持。: 支持 ending its clause is the last link of the chain (roles.tsv:
    X支持。), so D and E are partners as C is; 支持 with an object gives no role."""
    found = events("8月5日，嘉鱼县知识产权宣传活动在和平广场举行。此次活动由咸宁市市场监督管理局指导，嘉鱼县市场监督"
                   "管理局主办，嘉鱼县律师协会承办，嘉鱼县人民法院、嘉鱼县人民检察院支持。", date="2022-08-06")
    event = one(found, "嘉鱼县知识产权宣传活动")
    assert event.organisers == ["org/jia-yu-xian-shi-chang-jian-du-guan-li-ju"]
    assert {"org/jia-yu-xian-ren-min-fa-yuan", "org/jia-yu-xian-ren-min-jian-cha-yuan"} <= set(event.partners)
    objected = events("8月5日，嘉鱼县市场监督管理局在和平广场举办知识产权宣传活动，嘉鱼县人民法院支持企业参与评选。",
                      date="2022-08-06")
    assert "org/jia-yu-xian-ren-min-fa-yuan" not in one(objected, "知识产权宣传活动").partners


def test_a_district_science_association_is_a_partner_and_the_national_one_ends_at_he(res):
    """区科协 after a bare level is the district's association (科协 ``whole``), so a list runs on through it;
    中国科协和某局: 协和 is no word there (break_words.tsv holds 协和医 only), so 和 joins two bodies and the national
    body keeps its key."""
    found = events("5月8日，东港区知识产权局联合区科协、区法院在区文化馆举办知识产权竞赛。", date="2021-05-09")
    event = one(found, "知识产权竞赛")
    assert set(event.partners) == {"org/dong-gang-qu-ke-xie", "org/dong-gang-qu-fa-yuan"}
    found = orgs("中国科协和南京市知识产权局共同主办了论坛。", res)
    assert found.get(("中国科协",)) == "中国科学技术协会" and ("南京市知识产权局",) in found
