"""Session 29, organisers and partners (op39): sentences written for these tests (none copied from an evaluation
text), read by the real pipeline, one test per mechanism."""

from __future__ import annotations

from tests.unseen.test_events import events, one
from tests.unseen.test_orgs_round7 import org_names

COUNTY_PROCURATORATE = "org/xian-ren-min-jian-cha-yuan"
COUNTY_COURT = "org/xian-fa-yuan"


def test_a_list_closed_by_a_qualified_class_noun_keeps_its_partners():
    """A联合B、C等相关单位在…共同举办…: 相关 (有关, 其他) between 等 and the class noun closes the list as 等单位
    does; B and C are still the partners."""
    found = events("9月2日，西湖市知识产权局联合市委宣传部、市法院等相关单位在西湖广场共同举办了以“保护创新”"
                   "为主题的宣传活动。", date="2024-09-03")
    event = one(found, "以“保护创新”为主题的宣传活动")
    assert event.organisers == ["org/xi-hu-shi-zhi-shi-chan-quan-ju"]
    assert set(event.partners) == {"org/shi-fa-yuan", "org/shi-wei-xuan-chuan-bu"}


def test_a_theme_adverbial_printed_without_wei_leaves_the_subject_its_roles():
    """A联合B、C，以“…”主题，到…开展了…: county news often drop 为 of 以“…”为主题; the clause is still the theme's,
    and the bodies before it hold the event."""
    found = events("3月15日，东河县人民检察院联合县市场监督管理局、县法院，以“守护创新”主题，到辖区城市广场开展了"
                   "保护知识产权普法宣传活动。", date="2024-03-16")
    event = one(found, "保护知识产权普法宣传活动")
    assert event.organisers == ["org/dong-he-xian-ren-min-jian-cha-yuan"]
    assert set(event.partners) == {COUNTY_COURT, "org/xian-shi-chang-jian-du-guan-li-ju"}


def test_a_joint_verb_after_a_complete_name_cuts_a_short_body_off_it():
    """东河县市场监督管理局联合法院、科协…: the verb between a complete name and a body named short is no part of a
    name (no 东河县市场监督管理局联合法院); a thing built together (南湖大学联合研究中心) stays one name."""
    found = events("6月3日，东河县市场监督管理局联合法院、科协在县城广场举办了知识产权宣传活动。", date="2024-06-04")
    event = one(found, "知识产权宣传活动")
    assert event.organisers == ["org/dong-he-xian-shi-chang-jian-du-guan-li-ju"]
    assert not any("lian-he" in key for key in event.partners)


def test_a_thing_built_together_after_a_complete_name_stays_one_name(res):
    """南湖大学联合研究中心: what follows 联合 is a centre built together (BUILT_KINDS), no second body; and a short
    body after a complete name is cut off it (no 东河县人民检察院联合公安局)."""
    assert "南湖大学联合研究中心" in org_names("6月3日，南湖大学联合研究中心在南湖召开了知识产权研讨会。", res)
    glued = org_names("5月8日，东河县人民检察院联合公安局在广场开展知识产权宣传活动。", res)
    assert "东河县人民检察院" in glued and not any("联合" in name for name in glued)
