"""Session 29 (pl40) of the pledges: a side printed with a one-character abbreviation missing from
country_abbreviations.tsv (巴方, 乌方, 萨方) is the one country the report names whose name opens with that
character; a word of its own (西方 the West, 多方) and a character two named countries share are no side — read by
the real pipeline on sentences written for these tests (none copied from an evaluation text or a probe)."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import read


def _actors(text: str) -> list[str]:
    return sorted(f.actor for f in read(text, "pledges"))


def test_a_side_missing_from_the_abbreviations_is_the_one_country_named_with_its_character():
    text = ("5月8日，科技部副部长在京会见乌拉圭驻华大使一行。\n\n"
            "大使表示，乌方愿同中方在农业科技领域开展联合研究。")
    assert _actors(text) == ["country/UY"]


def test_a_side_opening_a_clause_after_the_speaker_is_that_country():
    text = ("6月2日，国家知识产权局局长会见萨尔瓦多经济部长一行。\n\n"
            "部长表示，萨方高度重视知识产权保护，愿同中方加强审查员培训合作。")
    assert "country/SV" in _actors(text)


def test_a_character_two_named_countries_share_names_no_side():
    text = ("中国、巴西和巴基斯坦代表出席会议。\n\n"
            "巴方愿同中方加强专利审查合作。")
    assert not {"country/BR", "country/PK"} & set(_actors(text))


def test_a_word_of_its_own_is_no_side_of_the_country_named_with_its_character():
    text = ("西班牙专利商标局局长访问北京。\n\n"
            "西方愿同中方加强商标审查合作。")
    assert "country/ES" not in _actors(text)
