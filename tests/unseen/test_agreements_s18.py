"""Agreements, session 18 (ag21): instruments listed by title before another one's noun (签署了《A章程》和
《B协议》, BIM及《…协议》, “A”及“B”两项合作协议) are instruments of their own; and a compound of province
abbreviations before a bare count of places (苏浙沪皖三省一市, 川渝两地, 粤港澳三地) makes the places themselves the
parties when the report names none of their bodies.
Every sentence here was written for these tests, none copied from an evaluation text or a probe; each runs the real
pipeline."""

from __future__ import annotations

from tests.unseen.test_dates_s13 import agreements


def _labels(text: str) -> list[str]:
    return sorted(a.label for a in agreements(text, date="2024-06-01"))


def test_a_title_without_an_instrument_noun_before_another_title_is_an_instrument():
    text = "2021年3月15日，南方科技大学与深圳先进技术研究院签署了《联合实验室章程》和《人才联合培养协议》。\n"
    assert _labels(text) == ["人才联合培养协议", "联合实验室章程"]


def test_a_latin_acronym_before_a_title_is_an_instrument():
    text = "2020年11月2日，西城区人民政府和中关村软件园签署了BIM及《数字城市建设战略合作协议》。\n"
    assert _labels(text) == ["BIM", "数字城市建设战略合作协议"]


def test_quoted_names_counted_with_one_noun_are_instruments_of_that_noun():
    text = "5月10日，长沙市知识产权局和株洲市知识产权局签署了“专利快速预审”及“商标品牌培育”两项合作协议。\n"
    told = agreements(text, date="2024-06-01")
    assert sorted(a.label for a in told) == ["专利快速预审", "商标品牌培育"]
    assert {a.type for a in told} == {"CooperationAgreement"}


def test_three_titles_listed_give_three_instruments():
    text = "双方签署了《审查员交流计划》、《专利文献交换规则》和《专利审查高速路合作谅解备忘录》。\n"
    assert len(_labels(text)) == 3


def _parties(text: str) -> list[str]:
    return sorted(agreements(text, date="2024-06-01")[0].parties)


def test_provinces_with_no_body_named_sign_as_themselves():
    text = "4月26日，长三角知识产权论坛在合肥举行。论坛上，苏浙沪皖三省一市签订了《长三角版权保护合作意向书》。\n"
    parties = _parties(text)
    assert len(parties) == 4 and all(p.startswith("org/") for p in parties)


def test_two_places_with_no_body_named_sign_as_themselves():
    text = "川渝两地在成都签署了《成渝地区双城经济圈知识产权保护合作协议》。\n"
    assert len(_parties(text)) == 2


def test_hong_kong_and_macao_sign_as_their_regions():
    text = "粤港澳三地共同签署了《大湾区商标品牌合作备忘录》。\n"
    parties = _parties(text)
    assert len(parties) == 3 and "country/HK" in parties and "country/MO" in parties
