"""Session 18, organisers and partners (op21): sentences written for these tests (none copied from an evaluation
text or a probe), read by the real pipeline, one group per mechanism."""

from __future__ import annotations

from tests.unseen.test_events import events, one

# --- a page's field lines of roles: a label of any class noun, a body on a line of its own, the event announced ----


def test_a_label_of_a_class_noun_roles_tsv_does_not_list_gives_its_verbs_role():
    found = events("关于举办第三届太湖杯知识产权知识竞赛的通知\n\n为普及知识产权知识，决定举办第三届太湖杯知识产权"
                   "知识竞赛。\n\n主办单位：无锡市知识产权局\n\n支持院校：无锡学院图书馆、无锡职业技术学院图书馆\n",
                   date="2025-04-01")
    event = next(e for e in found if e.label.endswith("第三届太湖杯知识产权知识竞赛"))
    assert event.partners == ["org/wu-xi-xue-yuan-tu-shu-guan", "org/wu-xi-zhi-ye-ji-shu-xue-yuan-tu-shu-guan"]


def test_a_body_on_a_line_of_its_own_after_a_label_is_listed_under_it():
    found = events("第五届珠江专利检索大赛报名通知\n\n为提升检索技能，决定于6月举办第五届珠江专利检索大赛。\n\n"
                   "主办单位：广州市知识产权局\n\n承办单位：广州知识产权交易中心\n\n广州大学图书馆\n\n"
                   "协办单位：广东省专利代理协会\n", date="2025-04-01")
    event = one(found, "第五届珠江专利检索大赛")
    assert "org/guang-zhou-da-xue-tu-shu-guan" in event.partners
    assert event.organisers == ["org/guang-zhou-shi-zhi-shi-chan-quan-ju"]


def test_the_labels_name_the_bodies_of_the_event_announced_not_of_the_day_it_falls_on():
    found = events("关于举办第二届大学生知识产权知识竞赛的通知\n\n值此第25个世界知识产权日来临之际，决定面向全市高校"
                   "举办“西湖杯”第二届大学生知识产权知识竞赛。\n\n主办方：杭州市知识产权局\n\n"
                   "承办方：浙江工商大学法学院\n", date="2025-04-01")
    event = one(found, "“西湖杯”第二届大学生知识产权知识竞赛")
    assert (event.organisers, event.partners) == (["org/hang-zhou-shi-zhi-shi-chan-quan-ju"],
                                                  ["org/zhe-jiang-gong-shang-da-xue-fa-xue-yuan"])
    assert one(found, "第25个世界知识产权日").organisers == []
