"""Session 14, agreements. A compound of country abbreviations ends before a character that opens a word of its own
(中欧新的…协议 is China's and the EU's, not Singapore's too; 中美法律…: no France). Census of the dev fold: rt-215;
the shape (an abbreviation run followed by 新的, 新型, 新法律) shows in rt-213, rt-215, rt-245. Sentences written
for these tests, read by the real pipeline.
A body after 会同 (together with) signs beside the subject, as after 联合 (A会同B与C签订: A, B and C); the shape
(A会同B) shows in rt-033, rt-205, rt-377."""

from __future__ import annotations

import pytest

from tests.unseen.test_commitments_round5 import read


@pytest.mark.parametrize(("sentence", "parties"), [
    ("中国商务部部长王明与欧盟贸易委员史密斯签署了中欧新的知识产权合作协议。", ["org/MOFCOM", "org/EU"]),
    ("中美双方签署了中美法律服务合作备忘录。", ["country/CN", "country/US"]),
    ("中法双方签署了中法新型伙伴关系合作协议。", ["country/CN", "country/FR"]),
    ("日前，中俄新的专利审查高速路协议在北京签署。", ["country/CN", "country/RU"]),
])
def test_a_compound_of_abbreviations_ends_before_a_word_of_its_own(sentence: str, parties: list[str]) -> None:
    assert [f.parties for f in read(sentence, "agreements")] == [parties]


def test_singapore_is_still_read_inside_a_compound() -> None:
    """新 stands for Singapore where no word of its own opens with it (中新两国)."""
    found = read("中新两国签署了知识产权合作备忘录。", "agreements")
    assert [f.parties for f in found] == [["country/CN", "country/SG"]]


_SCIENCE, _UNIVERSITY, _CUSTOMS = "org/ning-bo-shi-ke-ji-ju", "org/ning-bo-da-xue", "org/ning-bo-hai-guan"


@pytest.mark.parametrize(("sentence", "first", "partner"), [
    ("宁波市科技局会同宁波大学与宁波海关签署了三方合作协议。", _SCIENCE, _UNIVERSITY),
    ("杭州市市场监督管理局会同浙江大学与宁波市知识产权保护中心签订专利导航合作协议。",
     "org/hang-zhou-shi-shi-chang-jian-du-guan-li-ju", "org/zhe-jiang-da-xue"),
    ("省知识产权局会同省高级人民法院与省人民检察院签署了知识产权协同保护框架协议。",
     "org/sheng-zhi-shi-chan-quan-ju", "org/sheng-gao-ji-ren-min-fa-yuan"),
])
def test_a_body_joined_to_the_subject_by_hui_tong_signs_too(sentence: str, first: str, partner: str) -> None:
    """会同 (together with) is a verb of acting beside, as 联合 is (joint_verbs.tsv): the body before it and the one
    after it both sign, one instrument with the counterpart after 与."""
    found = read(sentence, "agreements")
    assert len(found) == 1 and found[0].parties[:2] == [first, partner] and len(found[0].parties) == 3


def test_a_countrys_name_printed_before_its_body_is_no_item_of_a_list_of_offices():
    """Regression (session 14): 中国国家版权局和英国知识产权局签署… read 中国 (printed before 国家版权局) as an item
    of a list sharing 英国知识产权局's head, so 中国知识产权局 (CNIPA) signed too; A、B的知识产权局 still gives
    each country's office."""
    [signed] = read("2010年，中国国家版权局和英国知识产权局签署《版权战略合作备忘录》。", "agreements")
    assert "org/CNIPA" not in signed.parties and "org/NCAC" in signed.parties, signed.parties
    [listed] = read("智利、哥伦比亚、秘鲁的知识产权局签署合作备忘录。", "agreements")
    assert len(listed.parties) == 3, listed.parties
