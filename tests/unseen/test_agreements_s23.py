"""Agreements, session 23 (ag28): a company a news item prints by a bare Chinese brand (与诺基亚签署) is a party
where the item shows that name acting as a company elsewhere (X宣布, X发表声明, X公司) or lists it with a Latin-script
brand (OPPO与X); a subject that names a company after a word of its kind (芬兰通信设备大厂X宣布) is that company,
not the country its description opens with; and a brand is the company the item names in full (X科技有限公司).
Every sentence here was written for these tests, none copied from an evaluation text or a probe; each runs the
real pipeline."""

from __future__ import annotations

from tests.unseen.test_dates_s13 import agreements


def _parties(text: str) -> list[list[str]]:
    return sorted(sorted(a.parties) for a in agreements(text, date="2024-06-01"))


def test_a_bare_brand_that_announces_elsewhere_is_a_party():
    text = "5月3日，朗维达宣布与云岫签署全球专利交叉许可协议。云岫表示，双方将结束全部未决诉讼。\n"
    assert _parties(text) == [["org/lang-wei-da", "org/yun-xiu"]]


def test_a_bare_brand_listed_with_a_latin_brand_is_a_party():
    text = "2019年，ZETA与青禾签订了为期三年的许可协议。\n"
    assert _parties(text) == [["org/qing-he", "org/zeta"]]


def test_a_bare_word_the_item_never_shows_acting_is_no_party():
    text = "该省知识产权局与内陆签署合作协议，内陆地区的企业将受益。\n"
    assert all("org/nei-lu" not in parties for parties in _parties(text))


def test_a_word_of_a_party_place_is_no_brand():
    text = "某市知识产权局与企业签署合作协议。企业表示将加强保护。\n"
    assert all("org/qi-ye" not in parties for parties in _parties(text))


def test_a_subject_described_by_its_kind_is_the_company_not_its_country():
    text = "6月2日，芬兰通信设备制造商朗维达宣布已与中国手机厂商vivo签署专利许可协议。\n"
    assert _parties(text) == [["org/lang-wei-da", "org/vivo"]]


def test_a_brand_is_the_company_the_item_names_in_full():
    text = "青禾科技有限公司成立于2010年。5月3日，朗维达宣布与青禾签署专利许可协议。\n"
    assert _parties(text) == [["org/lang-wei-da", "org/qing-he-ke-ji-you-xian-gong-si"]]


def test_the_speaker_of_a_clause_of_speech_before_is_the_subject():
    text = "1月9日，ZETA发表声明称，与朗维达签署全球专利许可协议。朗维达亦于同日发表声明，称双方将撤回诉讼。\n"
    assert _parties(text) == [["org/lang-wei-da", "org/zeta"]]


def test_a_word_before_a_verb_of_issuing_is_no_brand():
    text = "两国元首举行会谈。会后发表联合声明，会后双方与某某签署合作协议。\n"
    assert all("org/hui-hou" not in parties for parties in _parties(text))


def test_bare_brands_listed_before_a_verb_of_announcing_are_parties():
    text = "近期，朗维达与云岫宣布签订长期专利交叉许可协议。\n"
    assert _parties(text) == [["org/lang-wei-da", "org/yun-xiu"]]
