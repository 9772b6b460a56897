"""Session 20 (ev21): a noun too common to name an event alone (活动) names one when a verb of holding governs it and
a quoted title opens its name, with at most a few topic words between (开展“…”知识产权宣讲活动, 开展了“…”系列活动).
Sentences written for these tests, none copied from a report, an evaluation text or a probe."""

from __future__ import annotations

from tests.unseen.test_events import events


def _labels(text: str, date: str) -> list[str]:
    return [e.label for e in events(text, date)]


def test_a_quoted_title_before_a_common_noun_a_verb_holds_names_one_event():
    """The title singles out one event: a verb of holding after the body and its place (在…开展), a past verb
    (开展了), 举办; topic words between the title and the noun (知识产权宣讲, 专项服务) or none."""
    for text, date, label, start in (
            ("5月8日，莱西市市场监督管理局在莱西市实验小学开展“创意点亮童年”知识产权宣讲活动。", "2023-05-10",
             "“创意点亮童年”知识产权宣讲活动", "2023-05-08"),
            ("6月3日，苏州市文化馆开展了“守护原创 尊重版权”系列活动，吸引市民参与。", "2023-06-05",
             "“守护原创 尊重版权”系列活动", "2023-06-03"),
            ("10月12日，温州市科学技术局在温州高新区开展“专利服务直通车”活动。", "2023-10-13",
             "“专利服务直通车”活动", "2023-10-12"),
            ("9月9日，浙江大学图书馆举办“读懂专利”主题活动。", "2023-09-10", "“读懂专利”主题活动", "2023-09-09"),
            ("11月3日，宁波市知识产权保护中心开展“护航出海”专项服务活动，为外贸企业答疑。", "2023-11-05",
             "“护航出海”专项服务活动", "2023-11-03")):
        found = events(text, date)
        assert [(e.label, e.start) for e in found] == [(label, start)], text


def test_a_title_joined_by_de_a_list_or_no_verb_of_holding_names_no_event():
    """“…”的活动 says what an activity was about; a list closed by 等系列活动 counts several; a title with no verb
    holding the noun (…活动取得实效) or a plan (将开展) tells of no event held."""
    for text, date in (
            ("7月2日，嘉兴市科学技术局开展“知识产权走进企业”的活动。", "2023-07-03"),
            ("4月20日，绍兴市越城区市场监督管理局开展知识产权讲座、“小小发明家”评选等系列活动。", "2023-04-22"),
            ("据悉，“创意点亮童年”知识产权宣讲活动取得实效。", "2023-05-10"),
            ("下一步，莱西市市场监督管理局将开展“创意点亮童年”知识产权宣讲活动。", "2023-05-10")):
        assert not [label for label in _labels(text, date) if "“" in label], text
