"""Agreements, session 32 (ag43): a list of places whose last item alone carries the head (甲区、乙县市场监管局)
shares that head whole, its 市 the 市场 of the head and not a second suffix of the place, and a count of the places
before the head (三地市场监管局) is no part of any name; an instrument whose name opens with regions joined
(《内地与澳门…安排》) names them its sides, 内地 being the mainland (China), though not inside 国内地方 or 省内地市.
Every sentence here was written for these tests, none copied from an evaluation text or a probe; each runs the
real pipeline."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.ingest.passages import segment
from tests.unseen.test_dates_s13 import agreements


def _parties(text: str) -> list[str]:
    return sorted({p.removeprefix("org/") for a in agreements(text, date="2024-03-10") for p in a.parties})


def test_a_head_opening_with_shi_is_shared_whole_by_the_listed_places():
    parties = _parties("7月10日，青山市市场监管局与远川市甲山区、乙河区、丙水县市场监管局签署知识产权合作备忘录。\n")
    assert "yi-he-qu-shi-chang-jian-guan-ju" in parties
    assert "bing-shui-xian-shi-chang-jian-guan-ju" in parties
    assert not any(p.endswith("qu-chang-jian-guan-ju") for p in parties)


def test_a_count_of_places_before_the_head_is_no_part_of_a_name():
    parties = _parties("7月10日，青山市市场监管局与远川市甲山区、乙河区、丙水县三地市场监管局签署"
                       "知识产权合作备忘录。\n")
    assert "bing-shui-xian-shi-chang-jian-guan-ju" in parties
    assert not any("san-di" in p for p in parties)


def test_an_instrument_named_for_two_regions_joined_is_theirs():
    found = agreements("日前，《内地与澳门关于建立更紧密经贸关系的安排》补充协议在澳门签署。\n", date="2024-03-10")
    assert any(sorted(a.parties) == ["country/CN", "country/MO"] for a in found)


def test_one_country_opening_a_title_is_no_side_of_it():
    assert _parties("3月2日，青禾大学与远山制药有限公司签署《中国专利信息合作协议》。\n") == [
        "qing-he-da-xue", "yuan-shan-zhi-yao-you-xian-gong-si"]


def test_neidi_inside_domestic_or_provincial_words_names_no_country(res):
    facts = extract(segment("会议强调，国内地方政府应加强知识产权保护，省内地市要形成合力。\n"), res.knowledge)
    assert not any(kind == "COUNTRY" for kind, _ in facts.nodes)
    facts = extract(segment("内地与香港的知识产权交流日益密切。\n"), res.knowledge)
    assert ("COUNTRY", "CN") in facts.nodes
