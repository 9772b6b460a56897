"""Incremental and parallel builds: real builds of copies of the bundled reports, compared byte for byte.

An edited report is extracted again and the others come from the cache; the
files are those of a clean build; a change to the reference data empties the
cache's use; a corrupt entry is rebuilt; ``--jobs 2`` writes what one job
writes and reports the same problems; ``--diff`` lists the facts an edit adds.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDF, RDFS, Graph

from ipgraph.builder.build import build
from ipgraph.builder.cache import ReportCache, rules_version
from ipgraph.cli import main
from ipgraph.resources import Resources
from ipgraph.vocab import IP

from conftest import REPORT_IDS, ROOT

EDITED = "hongqiao-2024-ip-forum"
NEW_SENTENCE = "\n秘鲁代表也出席了本次分论坛。\n"


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.ttl"))}


def ipgraph(*args: object) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [str(a) for a in args], env={"IPGRAPH_HOME": str(ROOT)})
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def incremental(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """A cached build of a copy of the reports, then one report edited and built again with --diff."""
    tmp = tmp_path_factory.mktemp("incremental")
    reports = tmp / "reports"
    shutil.copytree(ROOT / "data" / "reports", reports)
    out, cache = tmp / "triples", tmp / "cache"
    first = ipgraph("build", reports, "--out", out, "--cache", cache)
    before = files(out)
    edited = reports / f"{EDITED}.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + NEW_SENTENCE, encoding="utf-8")
    second = ipgraph("build", reports, "--out", out, "--cache", cache, "--diff", "--diff-json", tmp / "diff.json")
    return {"reports": reports, "out": out, "cache": cache, "first": first, "second": second, "before": before,
            "diff": json.loads((tmp / "diff.json").read_text(encoding="utf-8"))}


def test_a_clean_build_extracts_every_report_into_the_cache(incremental):
    code, stdout, _ = incremental["first"]
    assert code == 0
    assert f"extracted 5 reports: {', '.join(sorted(REPORT_IDS))}; 0 from the cache" in stdout.splitlines()
    entries = list(Path(incremental["cache"]).glob("v2-*/*.json"))
    assert len(entries) == 7  # five reports, the reference graph, and the edited report of the second build


def test_an_edited_report_is_extracted_alone_and_the_others_come_from_the_cache(incremental):
    code, stdout, _ = incremental["second"]
    assert code == 0
    others = sorted(set(REPORT_IDS) - {EDITED})
    assert f"extracted 1 report: {EDITED}; 4 from the cache: {', '.join(others)}" in stdout.splitlines()
    cached_lines = [line for line in stdout.splitlines() if line.endswith("(from the cache)")]
    assert [line.split(":")[0] for line in cached_lines] == others


def test_a_build_from_the_cache_is_byte_identical_to_a_clean_build(incremental, res, tmp_path):
    clean = build([incremental["reports"]], tmp_path, res)
    assert clean.cache is None and all(not r.cached for r in clean.reports)
    assert files(incremental["out"]) == files(tmp_path)
    unchanged = sorted(set(incremental["before"]) - {f"{EDITED}.ttl"})
    assert {n: incremental["before"][n] for n in unchanged} == {n: files(tmp_path)[n] for n in unchanged}


def test_diff_lists_the_evidence_of_the_country_an_edit_names(incremental):
    _, stdout, _ = incremental["second"]
    lines = stdout.splitlines()
    header = next(line for line in lines if line.startswith(f"{EDITED}.ttl: +"))
    added = [line for line in lines if line.startswith("  + ipr:country/PE ip:evidence ")]
    assert len(added) == 1 and added[0].startswith(f"  + ipr:country/PE ip:evidence ipr:passage/{EDITED}/")
    assert lines.index(header) < lines.index(added[0])
    assert [line for line in lines if ".ttl: +" in line] == [header]  # unchanged files are not listed
    changed = incremental["diff"]["files"]
    assert [Path(f["file"]).name for f in changed] == [f"{EDITED}.ttl"]
    evidence = [t for t in changed[0]["added"] if t[:2] == ["<https://w3id.org/ipgraph/id/country/PE>",
                                                            "<https://w3id.org/ipgraph/ontology#evidence>"]]
    assert len(evidence) == 1 and incremental["diff"]["added"] == len(changed[0]["added"]) > 1


def test_diff_after_a_build_that_changes_nothing(incremental):
    code, stdout, _ = ipgraph("build", incremental["reports"], "--out", incremental["out"],
                              "--cache", incremental["cache"], "--diff")
    assert code == 0
    assert "no triples added or removed since the last build" in stdout.splitlines()
    assert "extracted 0 reports; 5 from the cache: " in stdout


@pytest.fixture
def project(tmp_path: Path) -> Resources:
    """A copy of the knowledge files, the ontology (the build types nodes by its classes) and the reports."""
    shutil.copytree(ROOT / "knowledge", tmp_path / "knowledge")
    shutil.copytree(ROOT / "data", tmp_path / "data", ignore=shutil.ignore_patterns("triples"))
    shutil.copytree(ROOT / "ontology", tmp_path / "ontology")
    return Resources(tmp_path)


def test_a_change_to_the_reference_data_invalidates_the_cache(project, tmp_path):
    report, out, cache = project.reports / f"{EDITED}.txt", tmp_path / "out", tmp_path / "cache"
    first = build([report], out, project, cache=cache)
    again = build([report], out, project, cache=cache)
    assert [r.cached for r in first.reports] == [False] and [r.cached for r in again.reports] == [True]
    words = project.knowledge / "events" / "words.tsv"
    words.write_text(words.read_text(encoding="utf-8") + "# a comment a researcher added\n", encoding="utf-8")
    changed = build([report], out, project, cache=cache)
    assert [r.cached for r in changed.reports] == [False]
    assert len(list(cache.glob("v2-*"))) == 1  # the entries of the old version are gone


def test_the_rules_version_ignores_reports_and_outputs(project):
    version = rules_version(project)
    (project.reports / f"{EDITED}.txt").write_text("changed\n", encoding="utf-8")
    (project.triples).mkdir(exist_ok=True)
    (project.triples / "x.ttl").write_text("# output\n", encoding="utf-8")
    assert rules_version(project) == version
    (project.knowledge / "gazetteer" / "cities.tsv").write_bytes(
        (project.knowledge / "gazetteer" / "cities.tsv").read_bytes() + b"# edited\n")
    assert rules_version(project) != version


def test_a_corrupt_cache_entry_is_ignored_and_rebuilt(project, tmp_path):
    report, cache = project.reports / f"{EDITED}.txt", tmp_path / "cache"
    first = build([report], tmp_path / "a", project, cache=cache)
    entries = sorted(cache.glob("v2-*/*.json"))
    assert len(entries) == 2
    for entry, junk in zip(entries, (b"\x80\x05 not a pickle", b"")):
        entry.write_bytes(junk)
    again = build([report], tmp_path / "b", project, cache=cache)
    assert again.ok and [r.cached for r in again.reports] == [False]
    assert files(tmp_path / "a") == files(tmp_path / "b")
    assert [r.cached for r in build([report], tmp_path / "c", project, cache=cache).reports] == [True]
    assert first.reports[0].turtle == again.reports[0].turtle


def test_a_cache_entry_stored_under_another_key_is_not_used(tmp_path):
    cache = ReportCache(tmp_path, "version")
    cache.store(cache.key("a"), "value of a")
    (cache.folder / f"{cache.key('b')}.json").write_bytes((cache.folder / f"{cache.key('a')}.json").read_bytes())
    assert cache.load(cache.key("a")) == "value of a"
    assert cache.load(cache.key("b")) is None
    assert not (cache.folder / f"{cache.key('b')}.json").exists()


def test_two_jobs_write_the_same_files_and_problems_as_one(res, tmp_path):
    reports = tmp_path / "reports"
    shutil.copytree(ROOT / "data" / "reports", reports)
    (reports / "runaway.txt").write_text("# 标题\n\n" + "知识产权保护" * 700_000 + "\n", encoding="utf-8")
    (reports / "blank.txt").write_text("  \n", encoding="utf-8")
    one = build([reports], tmp_path / "one", res)
    two = build([reports], tmp_path / "two", res, jobs=2)
    assert files(tmp_path / "two") == files(tmp_path / "one")
    assert len(files(tmp_path / "two")) == 6 and [str(p) for p in two.problems] == [str(p) for p in one.problems]
    assert [str(p) for p in two.problems] == [
        f"{reports / 'blank.txt'}: empty report (nothing but white space): skipped",
        f"{reports / 'runaway.txt'}:3: passage ¶1 is 4,200,000 characters long (the longest extracted is "
        "4,000,000): the conversion lost its line breaks or sentence punctuation; repair the text and build again"]
    assert two.failed == [reports / "runaway.txt"] and two.skipped == [reports / "blank.txt"]
    assert [r.meta.id for r in two.reports] == sorted(REPORT_IDS)


_VERSIONS = """
import sys
from pathlib import Path
from ipgraph.builder.cache import rules_version
from ipgraph.resources import Resources
res = Resources(Path(sys.argv[1]))
print(rules_version(res))
if len(sys.argv) > 2:  # the source edited while this process runs, as a long test session or a notebook may see
    Path(sys.argv[2]).write_text(Path(sys.argv[2]).read_text(encoding="utf-8") + "# edited\\n", encoding="utf-8")
    print(rules_version(res))
"""


def test_the_rules_version_is_the_one_of_the_code_the_process_runs(tmp_path):
    """Regression: the code's part of the version was hashed from the files at each build, so a process that had
    imported older code and built after an edit stored the old code's outputs under the new code's version."""
    shutil.copytree(ROOT / "src" / "ipgraph", tmp_path / "src" / "ipgraph",
                    ignore=shutil.ignore_patterns("__pycache__"))
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "src")}

    def versions(*args: str) -> list[str]:
        run = subprocess.run([sys.executable, "-c", _VERSIONS, str(ROOT), *args], env=env, capture_output=True,
                             text=True, check=True)
        return run.stdout.split()

    before, while_edited = versions(str(tmp_path / "src" / "ipgraph" / "extract" / "facts.py"))
    assert while_edited == before  # this process still runs the code it imported
    assert versions() != [before]  # a new process runs the edited code


def test_a_knowledge_file_edited_between_two_builds_of_one_process_is_read_again(project, tmp_path):
    """Regression: the loaders keep what they read for the life of a process, so a notebook that added a title to
    titles.tsv and built again got the old reading, and stored it in the cache under the new knowledge's version."""
    folder, cache = tmp_path / "mine", tmp_path / "cache"
    folder.mkdir()
    (folder / "note.txt").write_text("2024年5月8日，温州大学首席知识官王立明出席会议并致辞。\n", encoding="utf-8")

    def people() -> set[str]:
        build([folder], tmp_path / "out", project, cache=cache)
        graph = Graph().parse(tmp_path / "out" / "note.ttl")
        return {str(graph.value(p, RDFS.label)) for p in graph.subjects(RDF.type, IP.Person)}

    assert people() == set()  # 首席知识官 is no title the knowledge files know
    titles = project.knowledge / "gazetteer" / "titles.tsv"
    titles.write_text(titles.read_text(encoding="utf-8") + "首席知识官\t\t\t\n", encoding="utf-8")
    assert people() == {"王立明"}


def test_a_broken_knowledge_file_is_said_once_and_nothing_is_written(project, tmp_path):
    """Regression: an empty word in a knowledge file was reported once per report, and the build still wrote the
    reference file beside the kept outputs; it is the input as a whole that is unusable (exit 2, nothing written)."""
    words = project.knowledge / "events" / "words.tsv"
    lines = words.read_text(encoding="utf-8").count("\n")
    words.write_text(words.read_text(encoding="utf-8") + "theme_lead\t \n", encoding="utf-8")
    shutil.copytree(ROOT / "shapes", tmp_path / "shapes")  # with the ontology, what makes tmp_path IPGRAPH_HOME
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(project.reports), "--out", str(out), "--no-cache"],
                                env={"IPGRAPH_HOME": str(tmp_path)})
    assert result.exit_code == 2
    assert result.stderr.count("empty word") == 1
    assert f"words.tsv:{lines + 1}: empty word" in result.stderr
    assert not out.exists()
