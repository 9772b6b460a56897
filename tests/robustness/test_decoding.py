"""Bytes users have: every encoding is read or refused with the file, byte offset and line."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from ipgraph.errors import InputError
from ipgraph.ingest import reading
from ipgraph.ingest.reading import decode, read_text

from robustness_support import REPORT, cli, snapshot, write

P = Path("r.txt")


def refused(data: bytes) -> str:
    with pytest.raises(InputError) as caught:
        decode(data, P)
    return str(caught.value)


# -- encodings that are read -----------------------------------------------------------------------

@pytest.mark.parametrize(("data", "encoding", "notice"), [
    (REPORT.encode("utf-8"), "utf-8", None),
    (codecs.BOM_UTF8 + REPORT.encode("utf-8"), "utf-8-sig", None),
    (REPORT.encode("utf-16"), "utf-16", "read as UTF-16"),
    (codecs.BOM_UTF16_BE + REPORT.encode("utf-16-be"), "utf-16", "read as UTF-16"),
    (REPORT.encode("utf-32"), "utf-32", "read as UTF-32"),
    (REPORT.encode("utf-16-le"), "utf-16-le", "read as UTF-16LE without a byte-order mark"),
    (REPORT.encode("utf-16-be"), "utf-16-be", "read as UTF-16BE without a byte-order mark"),
    (REPORT.encode("gb18030"), "gb18030", "read as GB18030"),
    (REPORT.encode("gbk"), "gb18030", "read as GB18030"),
])
def test_every_encoding_users_have_gives_the_same_text(data, encoding, notice):
    decoded = decode(data, P)
    assert (decoded.text, decoded.encoding, decoded.notice) == (REPORT, encoding, notice)


def test_control_characters_are_read_as_spaces_one_for_one():
    """Offsets into the decoded text must hold, so nothing is deleted; a form feed still breaks the line."""
    decoded = decode("第一页\x0c第二页\x01\x1b[1m粗\x7f体\r\n".encode(), P)
    assert decoded.text == "第一页\n第二页  [1m粗 体\r\n"
    assert decoded.notice == "4 control characters read as spaces"


def test_gbk_report_builds_with_a_notice(tmp_path):
    write(tmp_path / "in" / "gbk.txt", REPORT.encode("gbk"))
    result = cli("build", tmp_path / "in", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    line = result.stdout.splitlines()[0]
    assert line.startswith("gbk: 4 passages, ")
    assert line.endswith("[read as GB18030; not in reports.toml: id and title taken from the file]")


# -- bytes that are refused ------------------------------------------------------------------------

def test_damaged_utf8_names_the_byte_offset_and_line():
    head = "标题\n第二行\n".encode()
    message = refused(head + "第三行".encode() + b"\xff" + "尾".encode())
    offset = len(head) + len("第三行".encode())
    assert message == (f"r.txt:3: undecodable byte 0xff at byte offset {offset}: invalid UTF-8 (invalid start byte) "
                       "in a file that is UTF-8 up to there: it is damaged or mixes encodings")


def test_utf8_cut_short_in_the_middle_of_a_character():
    data = "知识产权保护\n".encode() + "合".encode()[:2]
    assert refused(data) == (f"r.txt:2: undecodable byte 0xe5 at byte offset {len(data) - 2}: invalid UTF-8 "
                             "(unexpected end of data) in a file that is UTF-8 up to there: it is damaged or "
                             "mixes encodings")


def test_bytes_no_encoding_reads():
    assert refused(b"report\nline two\n\xff\xfe\xfd") == ("r.txt:3: undecodable byte 0xff at byte offset 16: "
                                                        "the file is not UTF-8, UTF-16 or GB18030")


def test_gb18030_damaged_deep_inside_names_where_gb18030_stops():
    data = "中文报告\n".encode("gb18030") + b"\x81\x20"
    assert refused(data) == "r.txt:2: undecodable byte 0x81 at byte offset 9: the file is not UTF-8, UTF-16 or GB18030"


def test_utf16_with_a_byte_order_mark_but_broken():
    data = codecs.BOM_UTF16_LE + "行一\n行二".encode("utf-16-le") + b"\x00\xd8"  # a lone high surrogate
    assert refused(data) == ("r.txt:2: undecodable bytes at byte offset 12 (unexpected end of data): the file starts "
                             "with a UTF-16 byte-order mark but is not valid UTF-16")


@pytest.mark.parametrize(("data", "message"), [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "r.txt: binary file (a PDF document), not a text report: save it as plain text "
                                       "(UTF-8) first"),
    (b"PK\x03\x04\x14\x00\x06\x00", "r.txt: binary file (a ZIP archive (a .docx, .xlsx, .odt or .zip file)), not a "
                                    "text report: save it as plain text (UTF-8) first"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "r.txt: binary file (a Microsoft Office 97-2003 document (.doc, .xls)), "
                                              "not a text report: save it as plain text (UTF-8) first"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "r.txt: binary file (a PNG image), not a text report: save it as plain text "
                                   "(UTF-8) first"),
    (b"abc\x00\x01\x02\x03" * 40, "r.txt: binary file (NUL byte at byte offset 3), not a text report "
                                  "(tried UTF-16LE and UTF-16BE without a byte-order mark)"),
])
def test_binary_files_are_refused(data, message):
    assert refused(data) == message


def test_a_file_too_big_to_be_a_report_is_refused_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_REPORT_BYTES", 2 * 2**20)
    path = write(tmp_path / "big.txt", b"a" * (3 * 2**20))
    with pytest.raises(InputError) as caught:
        read_text(path)
    assert str(caught.value) == f"{path}: file is 3 MB; the largest report read is 2 MB (is it really a text report?)"


def test_build_reports_each_bad_file_and_builds_the_rest(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    write(src / "good.txt", REPORT)
    write(src / "broken.txt", REPORT.encode()[:40] + b"\xff" + REPORT.encode()[40:])
    write(src / "scan.txt", b"%PDF-1.4\n")
    write(src / "nul.txt", b"\x00\x00")
    result = cli("build", src, "--out", out)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[1:] == [
        f"error: {src / 'broken.txt'}:3: undecodable byte 0xff at byte offset 40: invalid UTF-8 (invalid start byte) "
        "in a file that is UTF-8 up to there: it is damaged or mixes encodings",
        f"error: {src / 'nul.txt'}: binary file (NUL byte at byte offset 0), not a text report "
        "(tried UTF-16LE and UTF-16BE without a byte-order mark)",
        f"error: {src / 'scan.txt'}: binary file (a PDF document), not a text report: save it as plain text (UTF-8) "
        "first",
        f"wrote 2 files to {out}; not written (previous files kept): broken.txt, nul.txt, scan.txt; build failed: "
        "3 errors",
    ]
    assert sorted(snapshot(out)) == ["good.ttl", "reference.ttl"]


# -- empty reports ---------------------------------------------------------------------------------

@pytest.mark.parametrize("data", [b"", b" \n\t\r\n", "\u3000\n\n".encode(), codecs.BOM_UTF8, codecs.BOM_UTF16_LE])
def test_an_empty_report_is_skipped_with_a_warning(tmp_path, data):
    src, out = tmp_path / "in", tmp_path / "out"
    write(src / "a.txt", REPORT)
    write(src / "empty.txt", data)
    result = cli("build", src, "--out", out)
    assert result.exit_code == 0, result.output
    assert f"warning: {src / 'empty.txt'}: empty report (nothing but white space): skipped" in result.stderr
    assert result.stdout.splitlines()[-1] == f"wrote 2 files to {out}; skipped (empty): empty.txt"
    assert sorted(snapshot(out)) == ["a.ttl", "reference.ttl"]


def test_an_empty_report_fails_a_strict_build(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    write(src / "a.txt", REPORT)
    write(src / "empty.txt", "")
    result = cli("build", src, "--out", out, "--strict")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (f"wrote 2 files to {out}; skipped (empty): empty.txt; build failed: "
                                              "1 warning under --strict")


def test_a_file_that_never_ends_is_refused_past_the_limit(monkeypatch):
    monkeypatch.setattr(reading, "MAX_REPORT_BYTES", 2**20)
    zero = Path("/dev/zero")
    if not zero.exists():
        pytest.skip("no /dev/zero")
    with pytest.raises(InputError) as caught:
        read_text(zero)
    assert str(caught.value) == ("/dev/zero: file is over 1 MB; the largest report read is 1 MB "
                                 "(is it really a text report?)")


def test_a_report_that_cannot_be_read_is_named(tmp_path):
    with pytest.raises(InputError) as caught:
        read_text(tmp_path)
    assert str(caught.value) == f"{tmp_path}: cannot read: Is a directory"
