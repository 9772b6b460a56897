"""The reference data read at load the cheaper way gives what the library ways gave: CLDR's territory names read
from each locale's own file, phrase-matcher patterns given as token ids, TSV rows cut at tabs, text literals made
without rdflib's casts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import babel
import pytest
from rdflib import Literal, URIRef

from ipgraph.errors import InputError
from ipgraph.extract.agreement_tellings import date_field
from ipgraph.extract.mentions import load, mentions
from ipgraph.extract.mentions.bare_counties import BareCounties
from ipgraph.extract.mentions.spans import character_doc, character_ids
from ipgraph.knowledge.gazetteer import _cldr_territories, load as load_gazetteer, read_tsv
from ipgraph.rdf.graph import text, typed
from ipgraph.zh.folding import Folding


def test_cldr_territories_are_babels_merged_names() -> None:
    assert _cldr_territories("zh") == dict(babel.Locale("zh").territories)
    hant = _cldr_territories("zh_Hant")
    assert hant == dict(babel.Locale.parse("zh_Hant").territories)
    assert {**hant, **_cldr_territories("zh_Hant_HK")} == dict(babel.Locale.parse("zh_Hant_HK").territories)


def test_territory_names_are_read_without_babels_date_and_number_classes() -> None:
    code = ("import sys; from ipgraph.knowledge.gazetteer import _cldr_territories; "
            "names = _cldr_territories('zh_Hant'); print(names['TW'], 'babel.dates' in sys.modules, "
            "'babel.numbers' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["台灣", "False", "False"]


def test_the_pipeline_is_made_with_its_config_settings_without_spacys_training_defaults(res) -> None:
    assert load(res.knowledge).get_pipe("ipgraph_org_shapes").max_chars == 20  # pipeline.cfg's, not the default 16
    code = ("import sys; from ipgraph.extract.mentions import load; from ipgraph.resources import resources; "
            "load(resources().knowledge); print('spacy_loggers' in sys.modules)")  # the training section's logger
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split() == [
        "False"]


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


@pytest.mark.parametrize(("value", "lang"), [("国家知识产权局", "zh"), ("Madrid Agreement", "en"), ("CNIPA", None),
                                             ("", "zh"), ("引号\"与\\反斜杠\n换行", "zh-Hant"), ("x", "")])
def test_a_text_literal_is_rdflibs(value: str, lang: str | None) -> None:
    made, rdflibs = text(value, lang), Literal(value, lang=lang)
    assert (made, made.language, made.datatype, made.value, made.ill_typed, hash(made), made.n3()) == (
        rdflibs, rdflibs.language, rdflibs.datatype, rdflibs.value, rdflibs.ill_typed, hash(rdflibs), rdflibs.n3())


def test_a_malformed_language_tag_is_still_refused() -> None:
    with pytest.raises(ValueError):
        text("名称", "not a tag")


@pytest.mark.parametrize("value", [0, 7, 123456, -3])
@pytest.mark.parametrize("datatype", ["integer", "nonNegativeInteger"])
def test_a_count_is_rdflibs(value: int, datatype: str) -> None:
    iri = URIRef(f"http://www.w3.org/2001/XMLSchema#{datatype}")
    made, rdflibs = typed(value, iri), Literal(value, datatype=iri)
    assert (made, made.language, made.datatype, made.value, made.ill_typed, hash(made), made.n3()) == (
        rdflibs, rdflibs.language, rdflibs.datatype, rdflibs.value, rdflibs.ill_typed, hash(rdflibs), rdflibs.n3())


def test_a_tsv_file_read_again_after_a_change_gives_its_new_rows(tmp_path: Path) -> None:
    path = tmp_path / "words.tsv"
    path.write_text("word\tnote\n甲\t一\n", encoding="utf-8")
    assert [r["word"] for r in read_tsv(path, ("word",))] == ["甲"]
    assert [r["note"] for r in read_tsv(path, ("word", "note"))] == ["一"]  # another reader, other columns
    path.write_text("word\tnote\n乙\t二\n丙\n", encoding="utf-8")
    assert [(r["word"], r["note"]) for r in read_tsv(path, ("word",))] == [("乙", "二"), ("丙", "")]
    with pytest.raises(InputError) as error:
        read_tsv(path, ("word", "kind"))
    assert "header lacks column(s) kind" in str(error.value)
    with pytest.raises(InputError) as error:
        read_tsv(tmp_path / "missing.tsv", ("word",))
    assert "cannot read" in str(error.value)


def test_the_signing_date_field_opens_with_its_verbs_not_a_lookahead() -> None:
    field = date_field(("签署", "签订", "发布", "缔结"), ("发布",), ("日期", "时间"))
    assert not field.pattern.startswith("(?=")
    lines = ("备忘录原文  签订日期：2025年3月1日", "缔结时间:1999年", "发布时间：2025年3月2日")
    found = [field.search(line) for line in lines]
    assert [m.group(0) if m else None for m in found] == ["签订日期：", "缔结时间:", None]


def test_joined_titles_are_found_from_the_characters_titles_open_with(res) -> None:
    people = load(res.knowledge).get_pipe("ipgraph_people")
    assert people.title.pattern.startswith("(?=[")  # not a repeat of prefixes, tried in full at every position
    text = "会上，市场监管局党组书记、局长赵明远和某公司副总经理暨法务长钱立新分别致辞。"
    assert [m.group(0) for m in people.title.finditer(text)] == ["党组书记、局长", "副总经理暨法务长"]
    assert [m.text for m in mentions([text], res.knowledge)[0] if m.kind == "PERSON"] == ["赵明远", "钱立新"]


@pytest.mark.parametrize("text", ["甲市知识产权局與乙大學簽署合作協議", "甲市（乙区）知识产权局举办培训班",
                                  "ＷＩＰＯ研讨会", "plain ascii", ""])
def test_folding_is_translating(text: str) -> None:
    """A text with no character to fold is returned as it is; any other is translated one for one."""
    table = Folding({ord("與"): "与", ord("學"): "学", ord("簽"): "签", ord("協"): "协", ord("議"): "议",
                     ord("（"): "(", ord("Ｗ"): "W"})
    assert table.fold(text) == text.translate(table)


def test_bare_county_stems_are_cut_at_their_longest_suffix(res) -> None:
    """The suffixes are tried by last character (sp34): each county keeps the stem the plain search gave."""
    gazetteer = load_gazetteer(res.knowledge)
    suffixes = sorted(gazetteer.place_suffixes, key=len, reverse=True)
    plain = {county: next((county[: -len(s)] for s in suffixes if county.endswith(s)), "")
             for county in gazetteer.counties}
    assert BareCounties(gazetteer).stem_of == plain
