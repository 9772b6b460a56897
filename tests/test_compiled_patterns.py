"""The store of compiled patterns (ipgraph.compiled_patterns) gives each pattern the code re itself would."""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import sys
from array import array
from pathlib import Path

import pytest

import ipgraph  # noqa: F401  # installs the store
from ipgraph import compiled_patterns
from ipgraph.compiled_patterns import UNUSED, Store
from ipgraph.zh.grammar import CLAUSE_BREAKS, alternation

_compiler = compiled_patterns._re_compiler
plain = getattr(_compiler.compile, "original", _compiler.compile)

# Groups named and not, lookbehinds, classes beyond Latin-1, a case-blind one, a long alternation.
PATTERNS = [
    (r"(?P<year>(?:19|20)\d{2})年(?P<month>\d{1,2})月(?:(\d{1,2})日)?", 0),
    (f"(?<![{CLAUSE_BREAKS}])[^{CLAUSE_BREAKS}]+", 0),
    (f"(?:{alternation(('研讨会', '论坛', '峰会', '交流会', '年会', '培训班', '博览会', '展览会', '会'))})", 0),
    (r"[A-Za-zÀ-ÿ]+ (?:WIPO|wipo)\b", re.IGNORECASE),
    ("[\ud800-\udfff]", 0),  # lone surrogates: the store passes them through
]


def _stored(path: Path) -> dict:
    return json.loads(path.read_bytes().decode("utf-8", "surrogatepass"))


def _compile_all(store: Store) -> list[re.Pattern[str]]:
    return [store.compile(pattern, int(flags)) for pattern, flags in PATTERNS]


def test_ipgraph_takes_patterns_from_the_store_once_imported():
    assert isinstance(getattr(_compiler.compile, "store", None), Store)


def test_patterns_from_a_written_store_are_those_re_compiles(tmp_path):
    first = Store(tmp_path / "patterns.json", worth_writing=1)
    made = _compile_all(first)
    first.save()
    second = Store(tmp_path / "patterns.json", worth_writing=1)
    read = _compile_all(second)
    assert not second.new  # every pattern came from the file
    expected = [plain(pattern, flags) for pattern, flags in PATTERNS]
    assert made == read == expected  # a pattern's == compares its code, word for word
    assert read[0].match("2024年9月16日").groupdict() == {"year": "2024", "month": "9"}
    assert read[0].match("2024年9月16日").group(3) == "16"


def test_an_entry_re_refuses_is_compiled_afresh(tmp_path):
    path = tmp_path / "patterns.json"
    first = Store(path, worth_writing=1)
    _compile_all(first)
    first.save()
    data = _stored(path)
    for row in data["patterns"]:
        row[3] = base64.b64encode(array("I", [99999, 1, 2]).tobytes()).decode()  # not code _sre accepts
    path.write_bytes(json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    store = Store(path, worth_writing=1)
    assert _compile_all(store) == [plain(pattern, flags) for pattern, flags in PATTERNS]
    assert store.new == len(PATTERNS)


@pytest.mark.parametrize("content", ["", "{not json", '{"format": 3, "patterns": [[1]]}', '{"format": 2}', "[]",
                                     '{"format": 3, "patterns": [["a", 0, 0, "!!", 0, {}, [], 0]]}'])
def test_a_store_that_cannot_be_read_is_ignored(tmp_path, content):
    path = tmp_path / "patterns.json"
    path.write_text(content, encoding="utf-8")
    store = Store(path, worth_writing=1)
    assert _compile_all(store) == [plain(pattern, flags) for pattern, flags in PATTERNS]
    store.save()
    assert _stored(path)["patterns"]  # written anew


def test_a_few_new_patterns_do_not_rewrite_the_store(tmp_path):
    """Libraries build a dozen patterns from sets in hash order, new texts in every run: rewriting the whole store at
    each exit for them cost more than compiling them."""
    store = Store(tmp_path / "patterns.json")
    _compile_all(store)
    store.save()
    assert not (tmp_path / "patterns.json").exists()


def test_a_store_that_cannot_be_written_is_not(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    store = Store(blocker / "patterns.json", worth_writing=1)  # its folder is a file
    _compile_all(store)
    store.save()  # no error
    assert blocker.read_text(encoding="utf-8") == "x"


def test_patterns_left_unused_through_eight_writes_are_dropped(tmp_path):
    path = tmp_path / "patterns.json"
    store = Store(path, worth_writing=1)
    _compile_all(store)
    store.save()
    for write in range(UNUSED + 1):
        store = Store(path, worth_writing=1)
        store.compile(f"新词{write}", 0)  # something new, so that the store is written
        store.save()
    kept = {row[0] for row in _stored(path)["patterns"]}
    assert not kept & {pattern for pattern, _ in PATTERNS}
    assert {f"新词{write}" for write in range(1, UNUSED + 1)} <= kept


def _run(code: str, cache: Path, **env: str) -> str:
    """Python run with the store in ``cache``; one hash seed, as libraries build a few patterns from sets."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "IPGRAPH_CACHE": str(cache), "PYTHONHASHSEED": "0", **env})
    assert done.returncode == 0, done.stderr
    assert not done.stderr
    return done.stdout


def test_a_process_writes_the_store_at_exit_and_the_next_reads_it(tmp_path):
    code = ("from ipgraph.compiled_patterns import _re_compiler; from ipgraph.extract.events import names; "
            "store = _re_compiler.compile.store; print(len(store.entries), store.new)")
    first = _run(code, tmp_path).split()
    (path,) = tmp_path.glob("patterns-*.json")
    written = path.stat().st_mtime_ns
    second = _run(code, tmp_path).split()
    assert int(first[1]) > 100 and second[1] == "0"
    assert int(second[0]) >= int(first[0]) > 100  # the extraction's patterns (and those compiled at exit)
    assert path.stat().st_mtime_ns == written  # nothing new: not written again


def test_the_store_can_be_turned_off(tmp_path):
    code = "from ipgraph.compiled_patterns import _re_compiler; print(hasattr(_re_compiler.compile, 'store'))"
    assert _run(code, tmp_path, IPGRAPH_PATTERN_STORE="off").strip() == "False"
    assert not list(tmp_path.glob("patterns-*.json"))


def test_each_format_of_the_store_has_a_file_of_its_own(monkeypatch, tmp_path):
    """Regression: two versions of ipgraph on one machine (a checkout and a branch's worktree) shared one file, each
    found the other's format unreadable, compiled every pattern and wrote its own: a build cost more than without
    the store."""
    monkeypatch.setenv("IPGRAPH_CACHE", str(tmp_path))
    assert compiled_patterns.store_path().name.endswith(f"-v{compiled_patterns._FORMAT}.json")
    assert compiled_patterns.store_path().parent == tmp_path
