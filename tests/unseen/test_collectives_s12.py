"""Session 12, collectives: a group word read by grammar, resolved once for every kind of fact (census on the dev
fold: 353, 373, 271, 337, 031). Sentences written for these tests, read by the real pipeline."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import read

_COURTS_AND_OFFICES = ["org/hu-nan-sheng-gao-ji-ren-min-fa-yuan", "org/hu-nan-sheng-zhi-shi-chan-quan-ju",
                       "org/jiang-xi-sheng-gao-ji-ren-min-fa-yuan", "org/jiang-xi-sheng-zhi-shi-chan-quan-ju"]


def _actors(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for pledge in read(text, "pledges"):
        out.setdefault(pledge.quote, []).append(pledge.actor)
    return {quote: sorted(actors) for quote, actors in out.items()}


def test_a_compound_of_province_abbreviations_before_a_count_stands_for_the_bodies_of_those_places():
    """湘赣两地 counts two places: it stands for every body of 湖南 and of 江西 the report named (four here), and the
    bare 两地 said again later is the same group."""
    found = _actors("5月8日，湖南省高级人民法院、江西省高级人民法院、湖南省知识产权局、江西省知识产权局四方签署"
                    "《知识产权保护合作备忘录》。今后，湘赣两地将在人才培养等方面开展合作。\n\n"
                    "此外，两地还将建立联席会议制度。")
    assert found == {"湘赣两地将在人才培养等方面开展合作": _COURTS_AND_OFFICES,
                     "两地还将建立联席会议制度": _COURTS_AND_OFFICES}


def test_a_place_of_a_compound_stands_for_its_authorities_not_for_a_university_bearing_its_name():
    found = _actors("5月8日，湖南大学、湖南省高级人民法院、江西省高级人民法院、湖南省知识产权局、江西省知识产权局签署"
                    "《知识产权保护合作备忘录》。今后，湘赣两地将在人才培养等方面开展合作。")
    assert found == {"湘赣两地将在人才培养等方面开展合作": _COURTS_AND_OFFICES}


def test_a_count_of_any_number_before_the_head_of_its_bodies_is_a_collective_not_a_name():
    """三县市场监管局 is the three bureaus listed before, not a bureau named 三县; 十二部门 closes a list it counts."""
    found = _actors("5月8日，甲市市场监管局、乙县市场监管局、丙县市场监管局在丙县召开协作会议。\n\n"
                    "下一步，三县市场监管局将定期召开协作会议。")
    assert found == {"三县市场监管局将定期召开协作会议": ["org/bing-xian-shi-chang-jian-du-guan-li-ju",
                                                          "org/jia-shi-shi-chang-jian-du-guan-li-ju",
                                                          "org/yi-xian-shi-chang-jian-du-guan-li-ju"]}


def test_a_count_is_never_an_ordinal_nor_a_word_of_its_own():
    """第三方 is a third party and 三方面 three aspects: neither stands for the three sides the text named."""
    for sentence in ("会上，第三方评估机构将提供服务。", "三方面工作将同步推进。"):
        found = _actors(f"5月8日，甲市知识产权局、乙市知识产权局、丙市知识产权局签署合作协议。\n\n{sentence}")
        assert found == {}, sentence


def test_a_count_before_the_head_of_one_body_is_part_of_that_body_s_name():
    """二十国集团 is one group and 三国合作秘书处 one secretariat: only a head of an authority each place or side has
    (海关, 法院, 市场监管局) makes a count of bodies."""
    found = _actors("5月8日，二十国集团贸易部长会议在杭州举行。会议发表声明，二十国集团将加强知识产权保护合作。")
    assert found == {"二十国集团将加强知识产权保护合作": ["org/er-shi-guo-ji-tuan"]}
