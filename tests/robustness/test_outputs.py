"""Outputs are all or nothing: a failed report keeps its previous file, an interrupted build changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

import ipgraph.builder.build as build_module
from ipgraph.builder.build import build
from ipgraph.errors import InputError, Interrupted
from ipgraph.ingest import reading

from robustness_support import REPORT, cli, snapshot, write


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    for name in ("a.txt", "b.txt", "c.txt"):
        write(src / name, REPORT + f"3. 本报告编号为{name[0]}。\n")
    return src


@pytest.fixture
def previous(tmp_path: Path) -> Path:
    """An output folder holding a previous build's files, which must survive every failed build."""
    out = tmp_path / "out"
    for name in ("a.ttl", "b.ttl", "c.ttl", "reference.ttl"):
        write(out / name, f"# previous {name}\n")
    return out


def test_a_report_that_trips_a_bug_costs_that_report_only(reports, previous, res, monkeypatch):
    real = build_module.extract

    def extract(passages, data_dir):
        if any("编号为b" in p.text for p in passages):
            raise RuntimeError("boom\nin two lines")
        return real(passages, data_dir)

    monkeypatch.setattr(build_module, "extract", extract)
    result = build([reports], previous, res)
    assert [str(p) for p in result.problems] == [
        f"{reports / 'b.txt'}: could not be built: RuntimeError: boom in two lines (a bug in ipgraph; please report "
        "it with this file)"]
    assert result.exit_code() == 1
    assert [r.meta.id for r in result.reports] == ["a", "c"]
    assert (previous / "b.ttl").read_bytes() == b"# previous b.ttl\n"
    assert (previous / "a.ttl").read_bytes().startswith(b"@prefix")


def test_fail_fast_stops_at_the_first_failure_and_writes_nothing(reports, previous):
    write(reports / "b.txt", b"\xfd\xfe\xff")
    before = snapshot(previous)
    result = cli("build", reports, "--out", previous, "--fail-fast")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines()[1:] == [
        f"error: {reports / 'b.txt'}:1: undecodable byte 0xff at byte offset 2: the file is not UTF-8, UTF-16 or "
        "GB18030",
        f"stopped at the first failure (--fail-fast): nothing written, {previous} is as it was",
    ]
    assert snapshot(previous) == before


def test_fail_fast_does_not_build_the_reports_after_the_failure(reports, previous, res):
    write(reports / "a.txt", "")
    seen: list[str] = []
    result = build([reports], previous, res, progress=lambda p: seen.append(p.name), strict=True, fail_fast=True)
    assert seen == ["a.txt"]
    assert result.stopped and result.exit_code() == 1 and result.written == []


def test_exit_0_when_every_report_is_built(reports, tmp_path):
    result = cli("build", reports, "--out", tmp_path / "out")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1] == f"wrote 4 files to {tmp_path / 'out'}"


@pytest.mark.parametrize(("args", "message"), [
    (["{tmp}/nowhere"], "error: {tmp}/nowhere: no such file or folder"),
    (["{tmp}/empty-folder"], "error: {tmp}/empty-folder: no report files (.txt or .md) to build"),
])
def test_exit_2_when_there_is_nothing_to_build(tmp_path, args, message):
    (tmp_path / "empty-folder").mkdir()
    result = cli("build", *[a.format(tmp=tmp_path) for a in args], "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == message.format(tmp=tmp_path)
    assert not (tmp_path / "out").exists()


def test_exit_2_when_the_output_folder_cannot_be_written(reports, tmp_path):
    blocker = write(tmp_path / "out", "a file where a folder should be\n")
    result = cli("build", reports, "--out", blocker / "triples")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == f"error: {blocker / 'triples'}: cannot write: Not a directory"
    assert blocker.read_text() == "a file where a folder should be\n"
    assert cli("build", reports, "--out", blocker).exit_code == 2  # click refuses a file given as --out


def test_a_failure_while_writing_replaces_nothing_and_leaves_no_temporary_files(reports, previous, res, monkeypatch):
    real, calls = reading._stage, []

    def stage(path, data):
        calls.append(path.name)
        if len(calls) == 3:
            raise OSError(28, "No space left on device", str(path))
        return real(path, data)

    monkeypatch.setattr(reading, "_stage", stage)
    before = snapshot(previous)
    with pytest.raises(InputError) as caught:
        build([reports], previous, res)
    assert str(caught.value) == f"{previous / 'c.ttl'}: cannot write: No space left on device"
    assert snapshot(previous) == before


def test_ctrl_c_while_writing_replaces_nothing(reports, previous, res, monkeypatch):
    real, calls = reading._stage, []

    def stage(path, data):
        calls.append(path.name)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(path, data)

    monkeypatch.setattr(reading, "_stage", stage)
    before = snapshot(previous)
    with pytest.raises(Interrupted) as caught:
        build([reports], previous, res)
    assert str(caught.value) == (f"build interrupted while writing to {previous}: "
                                 f"nothing was written, {previous} is as it was")
    assert snapshot(previous) == before


def test_ctrl_c_while_building_names_the_report_and_writes_nothing(reports, previous, monkeypatch):
    real = build_module.extract

    def extract(passages, data_dir):
        if any("编号为b" in p.text for p in passages):
            raise KeyboardInterrupt
        return real(passages, data_dir)

    monkeypatch.setattr(build_module, "extract", extract)
    before = snapshot(previous)
    result = cli("build", reports, "--out", previous)
    assert result.exit_code == 130
    assert result.stderr.splitlines()[-1] == (f"error: build interrupted while building {reports / 'b.txt'} (report 2 "
                                              f"of 3): nothing was written, {previous} is as it was")
    assert snapshot(previous) == before


def test_a_runaway_passage_fails_its_report_with_its_line(reports, previous):
    write(reports / "b.txt", "# 标题\n\n" + "知识产权保护" * 700_000 + "\n")
    result = cli("build", reports, "--out", previous)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[1] == (
        f"error: {reports / 'b.txt'}:3: passage ¶1 is 4,200,000 characters long (the longest extracted is "
        "4,000,000): the conversion lost its line breaks or sentence punctuation; repair the text and build again")
    assert (previous / "b.ttl").read_bytes() == b"# previous b.ttl\n"
