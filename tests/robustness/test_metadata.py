"""Mistakes in reports.toml: named with file and line; errors fail their report, warnings only under --strict."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipgraph.errors import InputError
from ipgraph.ingest.corpus import read_metadata

from robustness_support import REPORT, cli, snapshot, write

GOOD = '''[[report]]
id = "good"
file = "good.txt"
title = "好报告"
'''


def folder(tmp_path: Path, toml: str, *files: str) -> Path:
    src = tmp_path / "in"
    for name in files:
        write(src / name, REPORT)
    write(src / "reports.toml", toml)
    return src


def problems(src: Path) -> list[tuple[str, str]]:
    return [(p.severity, str(p)) for p in read_metadata(src).problems]


@pytest.mark.parametrize(("table", "expected"), [
    ('id = "b"\nfile = "b.txt"\ntitel = "x"\n',
     ("warning", "9: unknown key 'titel' in [[report]] (did you mean 'title'?): ignored")),
    ('id = "b"\nfile = "b.txt"\nfoo = 1\n',
     ("warning", "9: unknown key 'foo' in [[report]] (known keys: author, date, encoding, file, id, identifier, "
                 "language, meeting, period, publisher, source, title): ignored")),
    ('id = "b"\nfile = "b.txt"\ndate = "2024-13-01"\n',
     ("error", "9: date '2024-13-01' is not a valid date: write YYYY, YYYY-MM or YYYY-MM-DD")),
    ('id = "b"\nfile = "b.txt"\ndate = "2023-02-29"\n',
     ("error", "9: date '2023-02-29' is not a valid date: write YYYY, YYYY-MM or YYYY-MM-DD")),
    ('id = "b"\nfile = "b.txt"\ndate = "11/10/2024"\n',
     ("error", "9: date '11/10/2024' is not a valid date: write YYYY, YYYY-MM or YYYY-MM-DD")),
    ('id = "b"\nfile = "b.txt"\ndate = 2024-10-11T09:00:00\n',
     ("error", "9: date 2024-10-11 09:00:00 is not a valid date: write YYYY, YYYY-MM or YYYY-MM-DD")),
    ('id = "b"\nfile = "b.txt"\nperiod = "2024-12/2024-01"\n',
     ("error", "9: period '2024-12/2024-01' ends before it starts")),
    ('id = "b"\nfile = "b.txt"\nperiod = "2024"\n',
     ("error", "9: period '2024' is not a valid interval: write start/end as YYYY, YYYY-MM or YYYY-MM-DD "
               "(e.g. 2024-01/2024-12)")),
    ('id = "b"\nfile = "b.txt"\ntitle = 3\n', ("error", "9: title must be a string, not a number")),
    ('id = "b"\nfile = "b.txt"\nlanguage = "Chinese (simplified)"\n',
     ("error", "9: language 'Chinese (simplified)' is not a language tag such as 'zh' or 'en-GB'")),
    ('id = "b"\nfile = "b.txt"\nauthor = "World IP Organization"\n',
     ("error", "9: author 'World IP Organization' is not an organisation key (as in "
               "knowledge/gazetteer/organisations.tsv)")),
    ('id = "b"\nfile = "b.txt"\nauthor = [1, 2]\n',
     ("error", '9: author must be a list of organisation keys, e.g. ["WIPO"]')),
    ('file = "b.txt"\n', ("error", "6: [[report]] has no id: add id = \"...\" (lower-case letters, digits and '-')")),
    ('id = "Report B"\nfile = "b.txt"\n',
     ("error", "7: id 'Report B' must be lower-case letters, digits and '-' (it becomes part of an IRI)")),
    ('id = "reference"\nfile = "b.txt"\n',
     ("error", "7: id 'reference' is reserved (reference.ttl holds the reference data)")),
    ('id = "b"\nfile = "../b.txt"\n',
     ("error", "8: file '../b.txt' must name a file in {src} (no folders, no '..')")),
    ('id = "b"\nfile = "c.txt"\n', ("error", "8: listed file 'c.txt' does not exist")),
    ('id = "c"\n', ("error", "7: listed file 'c.txt' does not exist")),
    ('id = "b"\nfile = "b.doc"\n',
     ("warning", "8: listed file 'b.doc' is never read: report files end in .txt or .md")),
])
def test_each_metadata_mistake_is_named_with_its_line(tmp_path, table, expected):
    src = folder(tmp_path, GOOD + "\n[[report]]\n" + table, "good.txt", "b.txt", "b.doc")
    severity, message = expected
    assert problems(src) == [(severity, f"{src / 'reports.toml'}:{message.format(src=src)}")]


def test_two_tables_with_one_id_both_fail(tmp_path):
    src = folder(tmp_path, GOOD + '\n[[report]]\nid = "good"\nfile = "b.txt"\n', "good.txt", "b.txt")
    toml = src / "reports.toml"
    assert problems(src) == [
        ("error", f"{toml}:2: id 'good' is also used by the [[report]] at line 6: each report needs its own id"),
        ("error", f"{toml}:7: id 'good' is also used by the [[report]] at line 1: each report needs its own id"),
    ]


def test_two_tables_with_one_file_both_fail(tmp_path):
    src = folder(tmp_path, GOOD + '\n[[report]]\nid = "other"\nfile = "good.txt"\n', "good.txt")
    toml = src / "reports.toml"
    own = "each report needs its own file"
    assert problems(src) == [
        ("error", f"{toml}:3: file 'good.txt' is also used by the [[report]] at line 6: {own}"),
        ("error", f"{toml}:8: file 'good.txt' is also used by the [[report]] at line 1: {own}"),
    ]


def test_an_unknown_table_is_a_warning(tmp_path):
    src = folder(tmp_path, GOOD + '\n[[reports]]\nid = "x"\n', "good.txt")
    assert problems(src) == [("warning", f"{src / 'reports.toml'}:6: unknown table or key 'reports': ignored "
                                         "(each report is described in a [[report]] table)")]


@pytest.mark.parametrize(("toml", "message"), [
    ('[[report]]\nid = "a"\ntitle = "no closing quote\n',
     "{toml}:3: not valid TOML: Illegal character '\\n' (column 26)"),
    ('[[report]]\nid = "a"\nid = "b"\n', "{toml}:3: not valid TOML: Cannot overwrite a value (column 9)"),
    ('[report]\nid = "a"\n', "{toml}:1: 'report' must be an array of tables, each written [[report]]"),
])
def test_metadata_that_cannot_be_used_stops_the_build(tmp_path, toml, message):
    src = folder(tmp_path, toml, "a.txt")
    out = tmp_path / "out"
    result = cli("build", src, "--out", out)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == "error: " + message.format(toml=src / "reports.toml")
    assert not out.exists()


def test_metadata_that_is_not_utf8_stops_the_build(tmp_path):
    src = folder(tmp_path, "", "a.txt")
    write(src / "reports.toml", '[[report]]\nid = "a"\ntitle = "报告"\n'.encode("gbk"))
    with pytest.raises(InputError) as caught:
        read_metadata(src)
    assert str(caught.value) == (f"{src / 'reports.toml'}:3: not UTF-8 (undecodable byte 0xb1 at byte offset 29): "
                                 "save reports.toml as UTF-8")


def test_a_metadata_error_fails_its_report_only(tmp_path):
    src = folder(tmp_path, GOOD + '\n[[report]]\nid = "b"\nfile = "b.txt"\ndate = "2024-02-30"\n', "good.txt", "b.txt")
    out = tmp_path / "out"
    write(out / "b.ttl", "# the previous build's b.ttl\n")
    result = cli("build", src, "--out", out)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[1:] == [
        f"error: {src / 'reports.toml'}:9: date '2024-02-30' is not a valid date: write YYYY, YYYY-MM or YYYY-MM-DD",
        f"wrote 2 files to {out}; not written (previous files kept): b.txt; build failed: 1 error",
    ]
    assert snapshot(out)["b.ttl"] == b"# the previous build's b.ttl\n"
    assert sorted(snapshot(out)) == ["b.ttl", "good.ttl", "reference.ttl"]


def test_a_warning_passes_but_fails_a_strict_build(tmp_path):
    src = folder(tmp_path, GOOD + "publsher = \"x\"\n", "good.txt")
    out = tmp_path / "out"
    warning = (f"warning: {src / 'reports.toml'}:5: unknown key 'publsher' in [[report]] (did you mean 'publisher'?): "
               "ignored")
    relaxed = cli("build", src, "--out", out)
    assert relaxed.exit_code == 0
    assert warning in relaxed.stderr.splitlines()
    before = snapshot(out)
    strict = cli("build", src, "--out", out, "--strict")
    assert strict.exit_code == 1
    assert strict.stderr.splitlines()[1:] == [
        warning,
        f"wrote 1 file to {out}; not written (previous files kept): good.txt; build failed: 1 warning under --strict",
    ]
    assert snapshot(out) == before


def test_a_missing_listed_file_fails_a_folder_build_but_not_a_build_of_another_file(tmp_path):
    src = folder(tmp_path, GOOD + '\n[[report]]\nid = "gone"\n', "good.txt")
    out = tmp_path / "out"
    whole = cli("build", src, "--out", out)
    assert whole.exit_code == 1
    assert whole.stderr.splitlines()[1:] == [f"error: {src / 'reports.toml'}:7: listed file 'gone.txt' does not exist",
                                             f"wrote 2 files to {out}; build failed: 1 error"]
    assert sorted(snapshot(out)) == ["good.ttl", "reference.ttl"]
    one = cli("build", src / "good.txt", "--out", out)
    assert one.exit_code == 0, one.output
    assert "gone.txt" not in one.output


def test_an_inferred_id_that_clashes_fails_both_reports(tmp_path):
    src = folder(tmp_path, GOOD.replace('id = "good"', 'id = "other"'), "good.txt", "other.txt")
    out = tmp_path / "out"
    result = cli("build", src, "--out", out)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[1:3] == [
        f"error: {src / 'good.txt'}: report id 'other' is also the id of {src / 'other.txt'}: give each its own id in "
        "reports.toml",
        f"error: {src / 'other.txt'}: report id 'other' is also the id of {src / 'good.txt'}: give each its own id in "
        "reports.toml",
    ]
    assert sorted(snapshot(out)) == ["reference.ttl"]


def test_a_report_file_named_reference_is_refused(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    write(src / "reference.txt", REPORT)
    result = cli("build", src, "--out", out)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[1] == (f"error: {src / 'reference.txt'}: report id 'reference' is reserved for "
                                             "the reference data: list it in reports.toml with another id")


def test_a_toml_date_is_accepted(tmp_path):
    src = folder(tmp_path, GOOD + "date = 2024-10-11\n", "good.txt")
    assert read_metadata(src).reports["good.txt"].date == "2024-10-11"
