"""Session 15, organisers and partners (og15) on text nobody read: sentences written for these tests (none copied
from an evaluation text or a probe), read by the real pipeline, one test per mechanism."""

from __future__ import annotations

import pytest

from tests.unseen.test_events import events, one

JN_AMR = "org/jiang-nan-shi-shi-chang-jian-du-guan-li-ju"
JN_CENTRE = "org/jiang-nan-shi-zhi-shi-chan-quan-bao-hu-zhong-xin"
LJ_AMR, LJ_OFFICE = "org/lin-jiang-shi-shi-chang-jian-du-guan-li-ju", "org/lin-jiang-shi-zhi-shi-chan-quan-ju"

# --- a list whose last item is a class of bodies, no name (A、B和X主管部门主办): the named bodies hold the event ----


@pytest.mark.parametrize(("text", "label", "role", "bodies"), [
    ("9月3日，在国家知识产权局指导下，江南市知识产权保护中心、江南市市场监督管理局和周边五市知识产权主管部门"
     "联合主办的2025年江南专利转化对接会在江南市举办。", "2025年江南专利转化对接会", "organisers", [JN_AMR, JN_CENTRE]),
    ("5月12日，首届长三角商标品牌论坛在湖州举行。论坛由湖州市市场监督管理局主办，湖州市商标协会及有关单位承办。",
     "首届长三角商标品牌论坛", "partners", ["org/hu-zhou-shi-shang-biao-xie-hui"]),
    ("11月8日，临江市知识产权局、临江市市场监督管理局以及市内多家服务机构共同主办的2024临江知识产权服务周"
     "启动仪式在临江举行。", "2024临江知识产权服务周启动仪式", "organisers", [LJ_AMR, LJ_OFFICE]),
    ("6月9日，临江知识产权保护工作站揭牌仪式在临江举行。临江市中级人民法院、临江市市场监督管理局及部分企业代表"
     "出席仪式。", "临江知识产权保护工作站揭牌仪式", "participants",
     [LJ_AMR, "org/lin-jiang-shi-zhong-ji-ren-min-fa-yuan"]),
], ids=["he-zhuguan-bumen", "ji-youguan-danwei", "yiji-duojia-jigou", "ji-qiye-daibiao"])
def test_a_list_closed_by_a_class_of_bodies_keeps_its_named_members(text: str, label: str, role: str,
                                                                     bodies: list[str]) -> None:
    event = one(events(text, date="2025-01-01"), label)
    assert sorted(getattr(event, role)) == bodies, getattr(event, role)


def test_an_item_naming_a_body_before_its_units_is_no_class_of_bodies():
    text = "5月12日，湖州知识产权论坛由湖州市商标协会和浙江省知识产权局有关部门共同主办。"
    forum = one(events(text, date="2025-05-13"), "湖州知识产权论坛")
    assert forum.organisers != ["org/hu-zhou-shi-shang-biao-xie-hui"], forum.organisers


# --- a scope word opening an event's name (全市…会议, 全省法院…会议) stands for the one place of its level named ---


@pytest.mark.parametrize(("text", "label", "holder"), [
    ("芜湖市开展知识产权宣传周活动\n4月20日，芜湖市各部门联动开展宣传活动。\n"
     "4月21日，召开全市知识产权保护工作联席会议成员单位座谈会。",
     "全市知识产权保护工作联席会议成员单位座谈会", "org/wu-hu-shi"),
    ("江西法院知识产权审判工作报告\n一年来，江西法院坚持严格保护。\n3月18日，全省法院知识产权审判工作推进会在南昌召开。",
     "全省法院知识产权审判工作推进会", "org/jiang-xi-fa-yuan"),
    ("北京市部署知识产权保护工作\n3月2日，北京市召开知识产权保护大会。\n3月9日，全市知识产权保护中心建设工作会议召开。",
     "全市知识产权保护中心建设工作会议", "org/bei-jing-shi"),
], ids=["quanshi-city", "quansheng-fayuan-courts", "quanshi-municipality"])
def test_a_scope_word_stands_for_the_place_the_report_names(text: str, label: str, holder: str) -> None:
    event = one(events(text, date="2025-06-04"), label)
    assert event.organisers == [holder], event.organisers


def test_a_scope_word_with_two_places_of_its_level_names_no_holder():
    text = "5月8日，湖州市、嘉兴市联合开展宣传。5月9日，全市商标品牌工作会议召开。"
    meeting = one(events(text, date="2025-06-04"), "全市商标品牌工作会议")
    assert meeting.organisers == [], meeting.organisers


# --- a pivot: X组织B参加Y sends B to Y; X holds nothing there (og-held, adopted) -----------------------------------


@pytest.mark.parametrize(("text", "label", "holders"), [
    ("5月10日，江南市中级人民法院组织辖区三家基层法院参加由国家版权局主办的第九届中国国际版权博览会。",
     "第九届中国国际版权博览会", ["org/NCAC"]),
    ("5月10日，江南市知识产权局组织20家企业出席2025年江南知识产权交易会。", "2025年江南知识产权交易会", []),
    ("5月10日，临江市商务局组织本市企业参加了第三届中国国际进口博览会。", "第三届中国国际进口博览会", []),
], ids=["zuzhi-canjia-you-zhuban", "zuzhi-chuxi", "zuzhi-canjia-le"])
def test_a_body_that_sends_others_to_an_event_does_not_hold_it(text: str, label: str, holders: list[str]) -> None:
    event = one(events(text, date="2025-06-04"), label)
    assert event.organisers == holders, event.organisers


def test_a_body_that_organises_the_holding_still_holds_the_event():
    meeting = one(events("5月10日，江南市知识产权局组织召开2025年江南专利工作会议。", date="2025-06-04"),
                  "2025年江南专利工作会议")
    assert meeting.organisers == ["org/jiang-nan-shi-zhi-shi-chan-quan-ju"], meeting.organisers
