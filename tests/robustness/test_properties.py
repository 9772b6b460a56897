"""Property-based tests: whatever the text, the normaliser, segmenter, decoder, metadata reader, date parser and
acronym-definition finder never crash, and every offset they return lies inside the text."""

from __future__ import annotations

import datetime
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings, strategies as st

from ipgraph.errors import InputError
from ipgraph.extract.mentions import analyse
from ipgraph.ingest.corpus import read_metadata
from ipgraph.ingest.passages import BULLET, FOOTNOTE, HEADING, PARAGRAPH, TABLE_ROW, normalise, segment
from ipgraph.ingest.reading import _CONTROL_TABLE, _MAGIC, decode
from ipgraph.ingest.textnorm import clean_line, join_fragments, mask_urls
from ipgraph.zh.dates import find_dates

from robustness_support import ROOT

EXAMPLES = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of what the reports are made of, so that generated text reaches every branch of the segmenter.
PIECES = ["知识产权", "保护", "中国", "埃及", "法国", "世界知识产权组织", "（WIPO）", "（以下简称“产权组织”）", "。",
          "：", "；", "，", "、", "《", "》", "（", "）", "(", ")", "[", "]", "\n", "\n\n", "\r\n", "  ", "\t",
          "\u3000", "\x0c", "\x01", "1. ", "12. ", "- ", "• ", "\uf0b7 ", "一、", "（二）", "附件一", "建议 1",
          "建议 2*", "亮点 ", "活动/成果 ", "[1: 注释]", "[2:", "<sup>3</sup>", "[footnoteRef:4]", "# ", "## 标题",
          "CDIP/33/2", "附件一第17页", "目录......12", "https://www.wipo.int/x", "[链接](https://a.org)",
          "<https://b.org>", "5", "\n   ", "专栏 1", "可持续发展目标 3：健康", "Rev.", "---", "ABC", "abc def", "\\_",
          "2024年", "3月", "26日", "至", "和", "27日", "10月31日至11月1日", "9月12至13日", "2023年1月31日至2月1日",
          "2月30日", "13月"]
REPORT_TEXT = st.one_of(st.lists(st.sampled_from(PIECES), max_size=80).map("".join), st.text(max_size=300))
KINDS = {PARAGRAPH, BULLET, FOOTNOTE, HEADING, TABLE_ROW}
FOLDED = re.compile(r"[ \t\u3000\u00a0\uf000-\uf0ff]")


@EXAMPLES
@given(st.one_of(st.lists(st.sampled_from(PIECES), max_size=30).map("".join), st.text(max_size=200)))
def test_clean_line_never_grows_and_folds_every_space(line):
    cleaned = clean_line(line)
    assert len(cleaned) <= len(line)
    assert cleaned == cleaned.strip()
    assert "  " not in cleaned and FOLDED.sub(" ", cleaned) == cleaned  # tabs, ideographic spaces… became " "
    assert len(mask_urls(line)) == len(line)


@EXAMPLES
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=20)), max_size=20))
def test_join_fragments_keeps_every_fragment_in_order(fragments):
    joined = join_fragments(fragments)
    kept = [f for f in fragments if f]
    assert sum(map(len, kept)) <= len(joined) <= sum(map(len, kept)) + max(0, len(kept) - 1)
    position = 0
    for fragment in kept:
        position = joined.index(fragment, position) + len(fragment)


@EXAMPLES
@given(REPORT_TEXT)
def test_segment_gives_ordered_passages_inside_the_text(text):
    passages = segment(text)
    slugs = {p.slug for p in passages if p.kind == FOOTNOTE}
    for position, passage in enumerate(passages, start=1):
        assert 0 <= passage.start < passage.end <= len(text)
        assert passage.text and passage.kind in KINDS and passage.position == position
        assert set(passage.footnotes) <= slugs
    assert [p.start for p in passages] == sorted(p.start for p in passages)


@EXAMPLES
@given(REPORT_TEXT)
def test_normalise_never_grows_the_text(text):
    assert len(normalise(text)) <= len(text)


@EXAMPLES
@given(st.binary(max_size=400))
def test_decode_reads_or_refuses_any_bytes(data):
    try:
        decoded = decode(data, Path("r.txt"))
    except InputError as error:
        assert str(error).startswith("r.txt")
    else:
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", decoded.text)


@EXAMPLES
@given(st.text(max_size=200), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "gb18030"]))
def test_decode_gives_back_any_text_with_offsets_intact(text, encoding):
    """Every character comes back where it was; only control characters are read as spaces or line breaks."""
    data = text.encode(encoding)
    assume("\x00" not in text and not text.startswith("\ufeff") and not any(data.startswith(m) for m, _ in _MAGIC))
    try:
        decoded = decode(data, Path("r.txt"))
    except InputError:  # GB18030 bytes can look like damaged UTF-8: refused, which is the safe answer
        assume(encoding != "gb18030")
        raise
    if encoding != "gb18030" or decoded.encoding == "gb18030":
        assert decoded.text == text.translate(_CONTROL_TABLE)


TOML_PIECES = ["[[report]]\n", "[[reports]]\n", "[report]\n", 'id = "a"\n', 'id = "A b"\n', "id = 3\n",
               'file = "a.txt"\n', 'file = "../x"\n', 'date = "2024-02-30"\n', "date = 2024-10-11\n", 'date = "2024"\n',
               'titel = "x"\n', 'author = ["WIPO"]\n', "author = [1]\n", 'period = "2024-01/2023-12"\n',
               'language = "zh"\n', "= \n", '"', "\n", "# comment\n", 'title = """多行\n标题"""\n']


@EXAMPLES
@given(st.one_of(st.lists(st.sampled_from(TOML_PIECES), max_size=12).map("".join), st.text(max_size=100)))
def test_read_metadata_reports_every_mistake_as_an_error_or_a_problem(toml):
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "a.txt").write_text("报告\n", encoding="utf-8")
        (Path(folder) / "reports.toml").write_text(toml, encoding="utf-8", errors="surrogatepass")
        try:
            metadata = read_metadata(Path(folder))
        except InputError as error:
            assert str(error).startswith(str(Path(folder) / "reports.toml"))
        else:
            lines = toml.count("\n") + 1
            assert all(p.line is None or 1 <= p.line <= lines for p in metadata.problems)


ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _valid(value: str) -> bool:
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        datetime.date(*parts[:3])
    except ValueError:
        return False
    return ISO.match(value) is not None


@EXAMPLES
@given(REPORT_TEXT, st.one_of(st.none(), st.integers(1900, 2100)))
def test_find_dates_gives_valid_dates_inside_the_text(text, year):
    for span in find_dates(text, year):
        assert 0 <= span.begin < span.finish <= len(text)
        assert _valid(span.start) and _valid(span.end)
        common = min(len(span.start), len(span.end))
        assert span.start[:common] <= span.end[:common]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.lists(st.sampled_from(PIECES), max_size=40).map("".join), st.text(max_size=80)),
                min_size=1, max_size=3))
def test_acronym_definitions_and_mentions_lie_inside_their_passage(texts):
    for text, found in zip(texts, analyse(texts, ROOT / "knowledge")):
        for mention in [*found.mentions, *found.definitions, *found.candidates]:
            assert 0 <= mention.start < mention.end <= len(text)
            assert mention.text == text[mention.start : mention.end]
