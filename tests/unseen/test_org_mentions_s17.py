"""Session 17, organisations as actors (mn19): sentences written for these tests (none copied from an evaluation
text or a probe), read by the real mention stage, one test per mechanism."""

from __future__ import annotations

import pytest

from tests.unseen.test_people import new_orgs


def _names(text: str, res) -> set[str]:
    return {details["name"] for details in new_orgs(text, res).values()}


# --- places listed before 等地 / 两地 share the head after it: each place's body, named without 地 ------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("苏州、无锡、常州等地市场监管局联合开展了商标执法检查。", {"苏州市场监管局", "无锡市场监管局", "常州市场监管局"}),
    ("杭州、宁波两地知识产权局签署了专利执法协作协议。", {"杭州知识产权局", "宁波知识产权局"}),
    ("成都、重庆、西安三地中级人民法院共同发布了典型案例。",
     {"成都中级人民法院", "重庆中级人民法院", "西安中级人民法院"}),
    ("会议由一家律师事务所、温州、台州等地市场监管局共同承办。", {"温州市场监管局", "台州市场监管局"}),
])
def test_places_counted_or_closed_by_di_share_the_head(text: str, expected: set[str], res):
    names = _names(text, res)
    assert expected <= names, names
    assert not any("地" in name for name in names), names


@pytest.mark.parametrize("text", [
    "巡回讲座先后在南京、合肥等地举办。",  # 等地 before a verb: places only
    "江西省、湖南省等地方政府部门的代表参加了座谈。",  # 地方政府部门: a class of bodies, "local government departments"
    "粤港澳海关去年联合开展了三次执法行动。",  # joined abbreviations before a body each place has: several, no one
    "双方约定交换该组织全球数据中心所载的药品名称信息。",  # read over 数据, a data centre is a facility (中心)
    "报告提出要加快构建“全面开放新格局”。",  # in quotes 格局 is still a word, no 局
])
def test_guards_no_body(text: str, res):
    assert not _names(text, res)


# --- a name that opens with joined province abbreviations (粤港, 京津冀) opens with places ---------------------------

_JOINED_PLACES = [
    ("京津冀知识产权保护协作工作小组召开了第三次全体会议。", "京津冀知识产权保护协作工作小组"),
    ("沪苏浙皖知识产权执法协作小组发布了十大案例。", "沪苏浙皖知识产权执法协作小组"),
    ("粤澳知识产权合作工作组今天在珠海举行会议。", "粤澳知识产权合作工作组"),
    ("据闽台商标合作专责小组介绍,双方今年已完成十项合作。", "闽台商标合作专责小组"),
]


# --- nouns of a field that hold a function word's character (数据, 证据, 票据) are read over ----------------------

_FIELD_NOUNS = [
    ("会上,江苏省大数据管理中心介绍了数据知识产权登记工作。", "江苏省大数据管理中心"),
    ("日前,国家数据局印发了工作方案。", "国家数据局"),
    ("上海票据交易所与市知识产权局签署合作协议。", "上海票据交易所"),
    ("西南政法大学证据法学研究中心承办了本次研讨会。", "西南政法大学证据法学研究中心"),
]


def test_a_function_word_still_ends_a_name(res):
    """Guard: 根据 is a function word, so the name after it starts after it."""
    assert _names("根据浙江省大数据发展管理局的通知,各地开展了登记工作。", res) == {"浙江省大数据发展管理局"}


# --- faculties of one university listed with the university written once ---------------------------------------

_FACULTIES = [
    ("由复旦大学法学院、知识产权研究中心联合主办。", "复旦大学知识产权研究中心"),
    ("清华大学法学院、公共管理学院联合主办了论坛。", "清华大学公共管理学院"),
    ("中国社会科学院法学研究所、国际法研究所联合举办了研讨会。", "中国社会科学院国际法研究所"),
]


def test_bodies_of_their_own_listed_after_a_body_keep_their_names(res):
    """Guard: a listed item that opens with a place names a body of its own."""
    names = _names("中国政法大学知识产权研究中心、广州市知识产权局和深圳市律师协会联合承办。", res)
    assert {"广州市知识产权局", "深圳市律师协会"} <= names


@pytest.mark.parametrize(("text", "name"), [*_JOINED_PLACES, *_FIELD_NOUNS, *_FACULTIES])
def test_a_body_the_sentence_names_is_read_with_its_full_name(text: str, name: str, res):
    """_JOINED_PLACES: a name opening with joined province abbreviations opens with places (a joint body);
    _FIELD_NOUNS: 数据, 证据, 票据 hold a function word's character and are read over (break_words.tsv);
    _FACULTIES: a faculty listed after a faculty is of the same university, named with it."""
    assert name in _names(text, res)


def test_a_quoted_data_centre_set_up_by_an_agreement_is_a_body(res):
    """The quotation marks make a name of a data centre (org_heads.tsv 中心, not_after 数据, asked with quoted)."""
    assert "南湖数据中心" in _names("双方签署协议，共同建立“南湖数据中心”。", res)

