"""Issue 15, the build side: one regression test per numbered defect, named after it, with its exit code and message."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from robustness_support import REPORT, ROOT, cli, double_or_die, snapshot, write


def cached_build(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A one-report folder built once with a cache: (reports, out, cache)."""
    src, out, cache = tmp_path / "in", tmp_path / "out", tmp_path / "cache"
    write(src / "r.txt", REPORT)
    assert cli("build", src, "--out", out, "--cache", cache).exit_code == 0
    return src, out, cache


class _WritesAFile:
    """A pickle payload: unpickling it would create the marker file."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple:
        return (Path.write_text, (self.marker, "pwned"))


def test_15_1_crafted_cache_entry_never_executes(tmp_path):
    src, out, cache = cached_build(tmp_path)
    before, marker = snapshot(out), tmp_path / "marker"
    entries = sorted(cache.glob("v2-*/*.json"))
    assert len(entries) == 2  # the report and the reference graph
    for entry in entries:
        entry.write_bytes(pickle.dumps(_WritesAFile(marker)))
    result = cli("build", src, "--out", out, "--cache", cache)
    assert result.exit_code == 0, result.output
    assert not marker.exists()
    ignored = [line for line in result.stderr.splitlines() if line.startswith("note: ignored cache entry ")]
    assert len(ignored) == 2 and all("not an entry this version wrote" in line for line in ignored)
    assert "extracted 1 report: r; 0 from the cache" in result.stdout
    assert snapshot(out) == before
    assert "from the cache" in cli("build", src, "--out", out, "--cache", cache).stdout  # rewritten, usable again


def _entry(cache: Path) -> tuple[Path, dict, dict]:
    """The report's entry (the one whose body is a ReportBuild), its header and its body."""
    for path in sorted(cache.glob("v2-*/*.json")):
        head, _, body = path.read_bytes().partition(b"\n")
        data = json.loads(body)
        if isinstance(data, dict) and data.get("@", "").endswith(":ReportBuild"):
            return path, json.loads(head), data
    raise AssertionError("no report entry")


def _forge(path: Path, header: dict, body: dict) -> None:
    raw = json.dumps(body, ensure_ascii=False).encode()
    path.write_bytes(json.dumps({**header, "sha256": hashlib.sha256(raw).hexdigest()}).encode() + b"\n" + raw)


def test_15_1_forged_cache_entries_are_detected(tmp_path):
    src, out, cache = cached_build(tmp_path)
    before = snapshot(out)
    path, header, body = _entry(cache)
    edited = path.read_bytes().replace("埃及".encode(), "法国".encode())
    cases = {
        "its content does not match its digest (damaged or edited)": lambda: path.write_bytes(edited),
        "a class this version does not have (os:system)": lambda: _forge(path, header, {"@": "os:system", "=": {}}),
        "fields ReportBuild does not have": lambda: _forge(path, header, {"@": body["@"], "=": {"turtle": None}}),
        "not this report's extraction": lambda: _forge(path, header, {
            "@": body["@"], "=": {**body["="], "turtle": {"@": "bytes", "=": "Zm9yZ2Vk"}}}),
    }
    for why, forge in cases.items():
        forge()
        result = cli("build", src, "--out", out, "--cache", cache)
        assert result.exit_code == 0, result.output
        assert f"note: ignored cache entry {path}: {why}; the report was extracted again" in result.stderr
        assert snapshot(out) == before


def test_15_4_a_dying_worker_fails_only_its_own_item():
    from ipgraph.builder.parallel import Runner

    results = []
    with Runner(double_or_die, (), 2, lambda item, error: f"crashed {item}") as runner:
        for item in range(8):
            results += runner.put(item)
        results += list(runner.rest())
    assert sorted(results, key=lambda pair: pair[0]) == [(0, 0), (1, 2), (2, 4), (3, "crashed 3"), (4, 8), (5, 10),
                                                         (6, 12), (7, 14)]


WORKERS_OF_A_KILLED_BUILD = """
import os, time
from ipgraph.builder.parallel import Runner
with Runner(time.sleep, (), 2, lambda item, error: None) as runner:
    runner.put(60); runner.put(60)
    time.sleep(3)  # the workers start
    print(" ".join(str(p) for p in runner.pool._processes), flush=True)
    time.sleep(60)
"""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads process states from /proc")
def test_15_4_workers_die_with_a_killed_parent():
    parent = subprocess.Popen([sys.executable, "-c", WORKERS_OF_A_KILLED_BUILD], stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    try:
        workers = [int(p) for p in parent.stdout.readline().split()]
        assert len(workers) == 2 and all(_alive(p) for p in workers)
    finally:
        parent.kill()
        parent.wait()
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(p) for p in workers)


def listed(tmp_path: Path, file: str = "r.txt", extra: str = "") -> tuple[Path, Path]:
    """A folder with r.txt listed in reports.toml, built once: (reports, out)."""
    src, out = tmp_path / "in", tmp_path / "out"
    write(src / "r.txt", REPORT)
    write(src / "reports.toml", f'[[report]]\nid = "r"\nfile = "{file}"\ntitle = "好报告"\n{extra}')
    return src, out


@pytest.mark.parametrize(("file", "message"), [
    ("r.txx", "3: listed file 'r.txx' does not exist"),
    ("../r.txt", "3: file '../r.txt' must name a file in {src} (no folders, no '..')"),
])
def test_15_5_a_bad_file_value_never_replaces_good_output(tmp_path, file, message):
    src, out = listed(tmp_path)
    assert cli("build", src, "--out", out).exit_code == 0
    before = snapshot(out)
    write(src / "reports.toml", (src / "reports.toml").read_text(encoding="utf-8").replace('"r.txt"', f'"{file}"'))
    result = cli("build", src, "--out", out)
    assert result.exit_code == 1
    toml = src / "reports.toml"
    assert f"error: {toml}:{message.format(src=src)}" in result.stderr
    assert (f"error: {src / 'r.txt'}: not built: {toml} has a broken [[report]] table (line 3) that may describe "
            "this file; fix it, or list this file with its own table") in result.stderr
    assert snapshot(out) == before


def test_15_5_a_dangling_reports_toml_link_is_an_error(tmp_path):
    src, out = listed(tmp_path)
    assert cli("build", src, "--out", out).exit_code == 0
    before = snapshot(out)
    (src / "reports.toml").unlink()
    (src / "reports.toml").symlink_to(tmp_path / "gone.toml")
    result = cli("build", src, "--out", out)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (f"error: {src / 'reports.toml'}: cannot read: it is a link to "
                                              f"'{tmp_path / 'gone.toml'}', which does not exist")
    assert snapshot(out) == before


def test_15_5_a_folder_of_empty_reports_is_a_failure(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    write(src / "blank.txt", " \n")
    result = cli("build", src, "--out", out)
    assert result.exit_code == 1
    assert f"error: {src}: every report is empty: nothing to build, nothing written" in result.stderr
    assert not out.exists()


def test_15_10_an_unknown_author_is_refused_at_metadata_reading(tmp_path):
    src, out = listed(tmp_path, extra='author = ["WIPPO"]\n')
    result = cli("build", src, "--out", out)
    assert result.exit_code == 1
    assert (f"error: {src / 'reports.toml'}:5: author 'WIPPO' is not in knowledge/gazetteer/organisations.tsv "
            "(did you mean 'WIPO'?): add the organisation there or correct the key") in result.stderr
    assert not (out / "r.ttl").exists()


def built(tmp_path: Path) -> tuple[Path, Path, dict[str, bytes]]:
    src, out = tmp_path / "in", tmp_path / "out"
    write(src / "r.txt", REPORT)
    assert cli("build", src, "--out", out).exit_code == 0
    return src, out, snapshot(out)


def test_15_10_a_second_build_into_a_locked_folder_fails(tmp_path, monkeypatch):
    import fcntl

    from ipgraph.builder import lock

    src, out, before = built(tmp_path)
    monkeypatch.setattr(lock, "LOCK_WAIT_SECONDS", 0.3)
    held = os.open(out, os.O_RDONLY)  # as the other build holds it
    try:
        fcntl.flock(held, fcntl.LOCK_EX)
        result = cli("build", src, "--out", out)
    finally:
        os.close(held)
    assert result.exit_code == 75
    assert result.stderr.splitlines()[-1] == (
        f"error: {out}: another ipgraph build is writing to this folder (it holds its lock); waited 0.3 s: run "
        "this build again when it has finished")
    assert snapshot(out) == before
    assert cli("build", src, "--out", out).exit_code == 0  # the lock is free again


def test_15_10_diff_json_to_an_unwritable_path_fails_and_writes_nothing(tmp_path):
    src, out, before = built(tmp_path)
    write(src / "r.txt", REPORT + "3. 秘鲁代表也出席了会议。\n")
    blocker = write(tmp_path / "file", "not a folder")
    result = cli("build", src, "--out", out, "--diff-json", blocker / "diff.json")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1].startswith(f"error: {blocker}")
    assert f"error: {blocker}: cannot write: File exists" in result.stderr
    assert snapshot(out) == before


def test_15_10_stale_temporary_files_are_cleaned_by_the_next_build(tmp_path):
    src, out, before = built(tmp_path)
    stale = [write(out / ".r.ttl.k3j_9x0a.tmp", "half"), write(out / ".reference.ttl.abcdefgh.tmp", "")]
    mine = write(out / ".notes.tmp", "a user's file")
    assert cli("build", src, "--out", out).exit_code == 0
    assert not any(p.exists() for p in stale) and mine.exists()


def test_15_10_upper_case_suffixes_are_read(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    write(src / "SHOUTED.TXT", REPORT)
    result = cli("build", src, "--out", out)
    assert result.exit_code == 0, result.output
    assert (out / "shouted.ttl").exists()


def test_15_10_one_file_under_two_spellings_is_built_once(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    report = write(src / "r.txt", REPORT)
    result = cli("build", report, src / "." / "r.txt", src, "--out", out)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.glob("*.ttl")) == ["r.ttl", "reference.ttl"]


def test_15_10_an_interrupt_after_the_renames_says_what_was_written(tmp_path, monkeypatch):
    from ipgraph.builder import build as build_module

    src, out = tmp_path / "in", tmp_path / "out"
    write(src / "r.txt", REPORT)

    def interrupted_tidy(self: object) -> None:
        raise KeyboardInterrupt  # Ctrl-C as it lands right after the files are in place

    monkeypatch.setattr(build_module.ReportCache, "prune", interrupted_tidy)
    result = cli("build", src, "--out", out, "--cache", tmp_path / "cache")
    assert result.exit_code == 130
    assert result.stderr.splitlines()[-1] == (f"error: build interrupted after it wrote 2 files to {out}: the new "
                                              "output is complete; only the cache may not have been tidied")
    assert sorted(p.name for p in out.glob("*.ttl")) == ["r.ttl", "reference.ttl"]


def test_15_9_a_fifo_given_directly_is_refused(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = cli("build", fifo, "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (f"error: {fifo}: not a regular file (a pipe, a device or a socket): "
                                              "give a report file or folder")


@pytest.mark.skipif(os.geteuid() == 0, reason="root enters any folder")
def test_15_7_a_folder_without_execute_permission(tmp_path):
    src = tmp_path / "in"
    write(src / "r.txt", REPORT)
    src.chmod(0o644)
    try:
        result = cli("build", src, "--out", tmp_path / "out")
    finally:
        src.chmod(0o755)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (f"error: {src}: cannot read the folder: no permission to list it or "
                                              "open its files (it needs read and execute permission)")


TRADITIONAL = "世界智慧財產權組織與經濟部智慧財產局在臺北舉辦了智慧財產權執法研討會。\n各國代表出席了會議。\n"


def test_15_6_big5_is_never_read_as_gb18030(tmp_path):
    from ipgraph.ingest.reading import decode

    decoded = decode(TRADITIONAL.encode("big5"), Path("big5.txt"))
    assert (decoded.text, decoded.notice) == (TRADITIONAL, "read as Big5")


def test_15_6_short_bomless_utf16le_chinese_is_not_read_as_big_endian():
    from ipgraph.ingest.reading import decode

    for text in ("一、中国一\n", "一、背景", "知识产权一年一度"):
        decoded = decode(text.encode("utf-16-le"), Path("r.txt"))
        assert (decoded.text, decoded.encoding) == (text, "utf-16-le")
        assert decode(text.encode("utf-16-be"), Path("r.txt")).text == text


def test_15_6_bomless_utf16_without_nul_bytes_is_never_read_as_gb18030():
    from ipgraph.errors import InputError
    from ipgraph.ingest.reading import decode

    assert decode("中国".encode("utf-16-be"), Path("r.txt")).text == "中国"  # not GB18030, not UTF-8: UTF-16BE
    with pytest.raises(InputError) as caught:
        decode("知识产权".encode("utf-16-le"), Path("r.txt"))  # GB18030 reads it too, as 鍂茓Cg
    assert str(caught.value).startswith("r.txt: cannot tell the encoding: the bytes read as GB18030 and as UTF-16 "
                                        "without a byte-order mark (tried UTF-8, UTF-16LE, UTF-16BE, GB18030); state")


def test_15_6_an_undecidable_encoding_is_refused_naming_what_was_tried(tmp_path):
    from ipgraph.errors import InputError
    from ipgraph.ingest.reading import decode

    with pytest.raises(InputError) as caught:
        decode("一一".encode("utf-16-le"), Path("r.txt"))  # or "NN" (U+004E) in UTF-16BE
    assert str(caught.value) == (
        "r.txt: cannot tell the encoding: UTF-16 without a byte-order mark, and both byte orders give plausible text "
        "(tried UTF-16LE, UTF-16BE); state the encoding as encoding = \"...\" in the report's [[report]] table of "
        "reports.toml (a Python codec name such as \"big5\" or \"utf-16-le\"), or save the file as UTF-8")


def test_15_6_the_encoding_can_be_stated_in_reports_toml(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    write(src / "r.txt", "一一".encode("utf-16-le"))
    write(src / "reports.toml", '[[report]]\nid = "r"\nencoding = "utf-16-le"\n')
    result = cli("build", src, "--out", out)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith("r: 1 passages")
    assert result.stdout.splitlines()[0].endswith("[read as UTF-16LE without a byte-order mark]")
    write(src / "reports.toml", '[[report]]\nid = "r"\nencoding = "klingon"\n')
    result = cli("build", src, "--out", out)
    assert result.exit_code == 1
    assert (f"error: {src / 'reports.toml'}:3: encoding 'klingon' is not an encoding Python knows (e.g. \"big5\", "
            "\"gb18030\", \"utf-16-le\")") in result.stderr


GOLD = ROOT / "tests" / "gold"
GOLD_FILES = {"actors": "actors-organisations.jsonl", "events": "events-ace.jsonl",
              "agreements": "commitments-agreements.jsonl", "pledges": "commitments-pledges.jsonl",
              "sdg": "commitments-sdg.jsonl"}
GOOD_ROWS = {name: json.loads((GOLD / file).read_text(encoding="utf-8").splitlines()[0])
             for name, file in GOLD_FILES.items()}


def _malformed(name: str) -> list[tuple[str, str]]:
    """(line, message) pairs: one broken annotation of the set each, with the message it must give."""
    row = GOOD_ROWS[name]
    first = next(iter(row))
    cases = [("{", "not valid JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"),
             ("[1, 2]", "not a valid annotation: not a JSON object"),
             ("null", "not a valid annotation: not a JSON object"),
             ("\"text\"", "not a valid annotation: not a JSON object"),
             ("[" * 100_000, "not valid JSON: maximum recursion depth exceeded while decoding a JSON array from a "
                             "unicode string"),
             (json.dumps({k: v for k, v in row.items() if k != "report"}), "not a valid annotation: missing 'report'"),
             (json.dumps({**row, "report": 7}), "not a valid annotation: 'report' must be a string, not 7"),
             (json.dumps({**row, "quote": None}), "not a valid annotation: 'quote' must be a string, not null"),
             (json.dumps({**row, "locator": ["1"]}), "not a valid annotation: 'locator' must be a string, not [\"1\"]")]
    assert first == "report"
    extra = {"actors": [(json.dumps({**row, "kind": "planet"}), "not a valid annotation: 'kind' must be one of "
                         "organisation, person, treaty, country, city, not \"planet\"")],
             "events": [(json.dumps({**row, "organisers": "WIPO"}), "not a valid annotation: 'organisers' must be a "
                                                                   "list of strings, not \"WIPO\"")],
             "agreements": [(json.dumps({**row, "renewal": "no"}), "not a valid annotation: 'renewal' must be true or "
                                                                  "false, not \"no\"")],
             "pledges": [(json.dumps({**row, "speaker": 1}), "not a valid annotation: 'speaker' must be a string or "
                                                            "null, not 1")],
             "sdg": [(json.dumps({k: v for k, v in row.items() if k != "passage"}), "not a valid annotation: missing "
                                                                                  "'passage'")]}
    return cases + extra[name]


@pytest.mark.parametrize("name", list(GOLD_FILES))
def test_15_7_malformed_gold_files_are_named_not_tracebacks(tmp_path, name):
    for index, (line, message) in enumerate(_malformed(name)):
        gold = tmp_path / str(index)
        write(gold / "scope.json", (GOLD / "scope.json").read_bytes())
        path = write(gold / GOLD_FILES[name], json.dumps(GOOD_ROWS[name], ensure_ascii=False) + "\n" + line + "\n")
        result = cli("eval", "--gold", gold, "--set", name)
        assert (result.exit_code, result.stderr) == (2, f"error: {path}:2: {message}\n"), line[:40]


@pytest.mark.parametrize(("scope", "message"), [
    (None, "cannot read: No such file or directory"),
    ("{", "not valid JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"),
    ("[]", "no scope 'sdg': add \"sdg\": {report id: scope} to it"),
    ('{"sdg": {"wipo-sdg-2023": [100]}}', "scope 'sdg' must map each report id to \"all\", [first, last] paragraph "
                                          "numbers or a heading"),
])
def test_15_7_a_malformed_scope_is_named(tmp_path, scope, message):
    write(tmp_path / GOLD_FILES["sdg"], (GOLD / GOLD_FILES["sdg"]).read_bytes())
    if scope is not None:
        write(tmp_path / "scope.json", scope)
    result = cli("eval", "--gold", tmp_path, "--set", "sdg")
    assert (result.exit_code, result.stderr) == (2, f"error: {tmp_path / 'scope.json'}: {message}\n")


def test_15_7_no_gold_at_all_is_an_error_not_a_perfect_recall(tmp_path):
    result = cli("eval", "--gold", tmp_path, "--set", "actors")
    assert result.exit_code == 2
    assert result.stderr == (f"error: {tmp_path}: no annotations for the set 'actors': no non-empty actors-*.jsonl "
                             "file here (without gold there is nothing to score)\n")


def test_15_7_a_gazetteer_key_with_a_space_is_refused(tmp_path):
    import shutil

    for part in ("knowledge", "ontology", "shapes"):
        shutil.copytree(ROOT / part, tmp_path / "project" / part)
    table = tmp_path / "project" / "knowledge" / "gazetteer" / "organisations.tsv"
    lines = table.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.append("WIPO X\t产权组织某处\t\tWIPO Somewhere\t\tigo\t\t\n")
    table.write_text("".join(lines), encoding="utf-8")
    write(tmp_path / "in" / "r.txt", REPORT)
    result = cli("build", tmp_path / "in", "--out", tmp_path / "out", "--no-cache",
                 env={"IPGRAPH_HOME": str(tmp_path / "project")})
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        f"error: {table}:{len(lines)}: key 'WIPO X' is not a key: ASCII letters, digits, '.', '_' and '-', starting "
        "with a letter or digit (it becomes part of an IRI)")
    assert not (tmp_path / "out").exists()


PIECES = [REPORT, "1. 中国与埃及举办了研讨会。\n", "# 标题\n", "\n", "\x00", "\xff", "一一", " "]
TOML = ["[[report]]\n", 'id = "a"\n', 'id = "b"\n', 'file = "a.txt"\n', 'file = "b.TXT"\n', 'file = "../a.txt"\n',
        'file = "gone.txt"\n', 'author = ["WIPO"]\n', 'author = ["NOPE"]\n', 'encoding = "big5"\n',
        'encoding = "utf-16-le"\n', 'date = "2024-02-30"\n', "x = [[[[1]]]]\n", '"', "\n"]
REPORT_BYTES = st.one_of(st.binary(max_size=200),
                         st.lists(st.sampled_from(PIECES), max_size=6).map(lambda p: "".join(p).encode("utf-8")),
                         st.sampled_from([TRADITIONAL.encode("big5"), REPORT.encode("utf-16-le"), b""]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(a=REPORT_BYTES, b=REPORT_BYTES, toml=st.one_of(st.none(), st.lists(st.sampled_from(TOML), max_size=10)
                                                        .map("".join)))
def test_15_property_any_bytes_and_metadata_build_or_fail_cleanly(tmp_path_factory, a, b, toml):
    tmp = tmp_path_factory.mktemp("prop")
    src, out = tmp / "in", tmp / "out"
    write(src / "a.txt", a)
    write(src / "b.TXT", b)
    if toml is not None:
        write(src / "reports.toml", toml)
    previous = {name: write(out / name, f"# previous {name}\n") for name in ("a.ttl", "b.ttl", "reference.ttl")}
    before = snapshot(out)
    result = cli("build", src, "--out", out, "--no-cache")
    assert result.exit_code in (0, 1, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    if result.exit_code == 2:
        assert snapshot(out) == before
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    built = {line.split(":")[0] for line in result.stdout.splitlines() if " passages, " in line}
    for name in ("a", "b"):
        if any(f"{src / name}." in line for line in errors) and name not in built:  # failed: its file kept
            assert previous[f"{name}.ttl"].read_bytes() == before[f"{name}.ttl"]


def test_15_9_an_oversized_reports_toml_is_refused_unread(tmp_path):
    src, out = listed(tmp_path)
    write(src / "reports.toml", "# padding\n" * 500_000)
    result = cli("build", src, "--out", out)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (f"error: {src / 'reports.toml'}: is over 4 MB: too large for a "
                                              "metadata file")
    assert not out.exists()
