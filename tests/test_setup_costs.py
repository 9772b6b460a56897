"""The reference data read at load the cheaper way gives what the library ways gave: CLDR's territory names read
from each locale's own file, phrase-matcher patterns given as token ids, TSV rows cut at tabs."""

from __future__ import annotations

from pathlib import Path

import babel
import pytest

from ipgraph.errors import InputError
from ipgraph.extract.mentions import load, mentions
from ipgraph.extract.mentions.spans import character_doc, character_ids
from ipgraph.knowledge.gazetteer import _cldr_territories, read_tsv


def test_cldr_territories_are_babels_merged_names() -> None:
    assert _cldr_territories("zh") == dict(babel.Locale("zh").territories)
    hant = _cldr_territories("zh_Hant")
    assert hant == dict(babel.Locale.parse("zh_Hant").territories)
    assert {**hant, **_cldr_territories("zh_Hant_HK")} == dict(babel.Locale.parse("zh_Hant_HK").territories)


@pytest.mark.parametrize("text", ["湖北省知识产权局", "WIPO 总部 ", "Ａ公司  与 IP5", "东盟\t秘书处"])
def test_character_ids_are_the_tokens_of_a_character_doc(res, text: str) -> None:
    vocab = load(res.knowledge).vocab
    assert character_ids(vocab, text) == tuple(token.orth for token in character_doc(vocab, text))


def test_names_given_as_ids_are_still_found(res) -> None:
    found = [(m.kind, m.text) for m in mentions(["代表团访问了日内瓦的世界知识产权组织总部。"], res.knowledge)[0]]
    assert ("ORG", "世界知识产权组织") in found


def test_tsv_cells_are_what_lies_between_tabs(tmp_path: Path) -> None:
    path = tmp_path / "words.tsv"
    path.write_text('# a comment\nword\tnote\textra\n"引号\t a, b \n单\n\n# later\n末\t"\t', encoding="utf-8")
    rows = read_tsv(path, ("word", "note"))
    assert [(r["word"], r["note"], r["extra"], r["_line"]) for r in rows] == [
        ('"引号', "a, b", "", "3"), ("单", "", "", "4"), ("末", '"', "", "7")]


def test_a_row_with_too_many_cells_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "words.tsv"
    path.write_text("word\tnote\n甲\t乙\n丙\t丁\t戊\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_tsv(path, ("word",))
    assert "3 cells, header has 2" in str(error.value) and "3" in str(error.value)
