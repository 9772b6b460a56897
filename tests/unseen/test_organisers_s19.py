"""Session 19, organisers and partners (op23): sentences written for these tests (none copied from an evaluation
text or a probe), read by the real pipeline, one group per mechanism."""

from __future__ import annotations

import pytest

from tests.unseen.test_events import events, one
from tests.unseen.test_people import new_orgs


def holders(text: str, date: str, label: str) -> tuple[list[str], list[str]]:
    """The organisers and partners the pipeline gives the one event of that label."""
    event = one(events(text, date=date), label)
    return event.organisers, event.partners

# --- the event named as the subject of 由 keeps the sentence's roles; events named after the verb get none ---------


def test_activities_a_festival_comprises_get_none_of_its_holders():
    text = ("5月18日，第九届长江知识产权文化节在武汉开幕。本届文化节由湖北省知识产权局主办，武汉大学知识产权学院承办，"
            "包括“知识产权故事会”“创新成果展”等系列活动。")
    assert holders(text, "2024-05-20", "第九届长江知识产权文化节") == (
        ["org/hu-bei-sheng-zhi-shi-chan-quan-ju"], ["org/wu-han-da-xue-zhi-shi-chan-quan-xue-yuan"])
    assert holders(text, "2024-05-20", "创新成果展") == ([], [])


def test_items_a_campaign_mainly_comprises_are_not_held_by_its_joint_holders():
    found = events("4月22日，2024年滨江区知识产权宣传周活动在区行政中心启动。本次宣传周活动由滨江区市场监督管理局和"
                   "滨江区人民法院联合举办，主要包括专利质押融资对接会、“知识产权进校园”讲座等内容。",
                   date="2024-04-23")
    assert one(found, "2024年滨江区知识产权宣传周活动").organisers == [
        "org/bin-jiang-qu-shi-chang-jian-du-guan-li-ju", "org/bin-jiang-qu-ren-min-fa-yuan"]
    assert one(found, "“知识产权进校园”讲座").organisers == []


def test_workshops_a_forum_in_traditional_script_includes_are_not_held_by_its_organiser():
    found = events("12月5日，第三屆灣區知識產權論壇在香港舉行。本屆論壇由香港知識產權署主辦，香港生產力促進局協辦，"
                   "包括「專利檢索工作坊」及「品牌保護研討會」。", date="2025-12-06")
    assert one(found, "第三屆灣區知識產權論壇").organisers == ["org/xiang-gang-zhi-shi-chan-quan-shu"]
    for part in ("專利檢索工作坊", "品牌保護研討會"):
        assert (one(found, part).organisers, one(found, part).partners) == ([], [])


def test_a_later_clause_with_its_own_subject_still_holds_the_event_its_verb_governs():
    assert holders("6月8日，2024年中关村知识产权大会在北京开幕。大会由北京市知识产权局主办，海淀区人民政府承办，会上"
                   "北京知识产权法院与中关村科技园区管理委员会举行了知识产权司法保护合作签约仪式。", "2024-06-09",
                   "知识产权司法保护合作签约仪式") == (["org/bei-jing-zhi-shi-chan-quan-fa-yuan"],
                                                       ["org/zhong-guan-cun-ke-ji-yuan-qu-guan-li-wei-yuan-hui"])


def test_a_fronted_holder_clause_with_no_subject_still_holds_the_event_after_it():
    assert holders("9月1日，由宁波市知识产权局主办，宁波大学法学院承办，第三届甬江知识产权论坛在宁波举行。",
                   "2024-09-02", "第三届甬江知识产权论坛") == (["org/ning-bo-shi-zhi-shi-chan-quan-ju"],
                                                                ["org/ning-bo-da-xue-fa-xue-yuan"])


# --- a word that points back before a series' own name (本届专利品牌节) ties it to the edition told before ---------


@pytest.mark.parametrize(("text", "label", "organiser"), [
    ("10月9日，第六届中国国际专利品牌节在青岛开幕。本届专利品牌节由中国专利保护协会主办，青岛市知识产权局承办。",
     "第六届中国国际专利品牌节", "org/zhong-guo-zhuan-li-bao-hu-xie-hui"),
    ("6月6日，2024海峡两岸知识产权青年论坛在厦门举行。此届知识产权青年论坛由厦门大学知识产权研究院主办。",
     "2024海峡两岸知识产权青年论坛", "org/xia-men-da-xue-zhi-shi-chan-quan-yan-jiu-yuan"),
    ("11月8日，2024年中国专利周在深圳开幕。本届中国专利周由国家知识产权局和深圳市人民政府共同主办。",
     "2024年中国专利周", "org/shen-zhen-shi-ren-min-zheng-fu"),
])
def test_this_edition_named_by_its_series_name_gets_the_roles_of_its_sentence(text: str, label: str,
                                                                                  organiser: str) -> None:
    assert organiser in one(events(text, date="2024-10-10"), label).organisers


# --- the preposition 以 before a body is no part of its name (以X的志愿者为主体, 以X名义) --------------------------


def test_the_preposition_yi_before_a_body_is_not_read_into_its_name(res):
    for text, name in (("本次服务队以湖北工程学院的青年志愿者为主体，面向社区开展知识产权宣传。", "湖北工程学院"),
                       ("该中心以宜昌市知识产权保护中心名义对外开展维权援助。", "宜昌市知识产权保护中心"),
                       ("活动以常德市专利代理人协会为依托，组织专家进企业服务。", "常德市专利代理人协会")):
        found = new_orgs(text, res)
        assert name in found and f"以{name}" not in found, (text, sorted(found))


def test_the_bodies_of_yi_se_lie_keep_the_country_in_their_name(res):
    assert "以色列创新署" in new_orgs("会上，以色列创新署介绍了技术转移经验。", res)
