"""Keep what re compiles of the process's patterns on disk, as Python keeps the bytecode of its modules.

A build compiles ~1,050 patterns (ours ~650, its libraries' the rest), and re parses and compiles each in Python:
a quarter of a second of CPU, a sixth of building the five bundled reports and more than segmenting them. The
patterns are the same from one run to the next, and what re makes of one (a list of integers and its groups) is a
pure function of the pattern's text and flags for a given Python. ``install`` wraps re's private compile function
so that it takes that from a store in the cache folder when the store has it, and adds it when not; the store is
written when the process exits, if it grew by a few dozen, without the patterns that went unused through eight such
writes.

What keeps this safe: an entry is used only for the very text and flags it was made from, and only by the Python
that made it (the file's name holds the interpreter's version and re's ``MAGIC``); ``_sre.compile`` validates the
code it is handed, and an entry it refuses is compiled afresh; a store that cannot be read is ignored, one that
cannot be written is not written (a read-only home), and one being written is replaced whole or not at all. The
store holds integers and strings; nothing in it is executed. Where a Python lacks the private functions, or a
probe pattern made from the store differs from re's own, re is left as it is. ``IPGRAPH_PATTERN_STORE=off`` turns
the store off (benchmarks/run.py measures a build both ways).
"""

from __future__ import annotations

import _sre
import atexit
import base64
import contextlib
import importlib
import json
import os
import sys
from array import array
from pathlib import Path
from typing import Any

from ipgraph.resources import CACHE_ENV

_NEW = sys.version_info >= (3, 11)
_re_compiler: Any = importlib.import_module("re._compiler" if _NEW else "sre_compile")
_re_parser: Any = importlib.import_module("re._parser" if _NEW else "sre_parse")

SWITCH = "IPGRAPH_PATTERN_STORE"
"""Set to ``off`` to compile every pattern afresh."""
LIMIT = 4096
"""Patterns kept at most: a build uses ~1,050."""
UNUSED = 8
"""Writes of the store a pattern outlives unused: a check between two builds keeps the build's patterns, and those
of code since edited do not pile up."""
WORTH_WRITING = 16
"""New patterns a process must have compiled for the store to be written: writing it costs as much as compiling a
hundred, and the dozen that libraries build from sets in hash order are new in every run."""
_FORMAT = 3
_LONE = "surrogatepass"
"""Written and read as UTF-8 with lone surrogates passed through: patterns hold them ([\ud800-\udfff])."""
_CODE = next((kind for kind in "IL" if array(kind).itemsize == _sre.CODESIZE), None)
"""The array type of re's code words: the code is kept as their bytes, in base64, which JSON reads ten times faster
than lists of numbers."""
_PROBES = ((r"(?P<year>\d{4})年(?:[一二三]月)?(?=[，。])", 0), (r"[^\W\d_]+ (?:WIPO|wipo)\b", 2))
"""Patterns compiled both ways at install: a Python whose re compiles them differently keeps re as it is."""

Entry = tuple[int, list[int] | str, int, dict[str, int], tuple[str | None, ...]]
"""What ``_sre.compile`` takes after the pattern: flags, code, groups, the group index and its inverse; the code as
read from the store (base64 of its words) until a pattern asks for it."""


def compiled(pattern: str, flags: int) -> Entry:
    """What re's own compile hands ``_sre.compile`` for a pattern (its steps, without the debug print)."""
    parsed = _re_parser.parse(pattern, flags)
    code = _re_compiler._code(parsed, flags)
    names = parsed.state.groupdict
    index: list[str | None] = [None] * parsed.state.groups
    for name, number in names.items():
        index[number] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, dict(names), tuple(index)


class Store:
    """The compiled patterns of one Python, read when first asked for and written back at exit if they grew."""

    def __init__(self, path: Path, worth_writing: int = WORTH_WRITING) -> None:
        self.path = path
        self.worth_writing = worth_writing
        self.entries: dict[tuple[str, int], Entry] | None = None
        self.unused: dict[tuple[str, int], int] = {}
        self.used: set[tuple[str, int]] = set()
        self.new = 0

    def compile(self, pattern: str, flags: int) -> Any:
        """The pattern, from the store when its entry is there and valid."""
        if self.entries is None:
            self.entries = self._read()
        key = (pattern, flags)
        self.used.add(key)
        entry = self.entries.get(key)
        if entry is not None:
            flags_, code, *rest = entry
            try:
                words = code if isinstance(code, list) else array(_CODE or "I", base64.b64decode(code)).tolist()
                return _sre.compile(pattern, flags_, words, *rest)
            except (RuntimeError, TypeError, ValueError, OverflowError):  # not code this re accepts: make it anew
                pass
        entry = self.entries[key] = compiled(pattern, flags)
        self.new += 1
        return _sre.compile(pattern, *entry)

    def _read(self) -> dict[tuple[str, int], Entry]:
        try:
            data = json.loads(self.path.read_bytes().decode("utf-8", _LONE))
            if data.get("format") != _FORMAT:
                return {}
            rows = data["patterns"]
            self.unused = {(row[0], row[1]): row[-1] for row in rows}
            return {(p, f): (ff, code, groups, names, tuple(index)) for p, f, ff, code, groups, names, index, _
                    in rows}
        except (OSError, ValueError, TypeError, KeyError, AttributeError, IndexError):
            self.unused = {}
            return {}

    def save(self) -> None:
        """Write the store if this process compiled what it did not hold: the patterns it used, then those left
        unused through fewer than ``UNUSED`` writes."""
        if self.new < self.worth_writing or self.entries is None:
            return
        from ipgraph.errors import InputError
        from ipgraph.ingest.reading import write_all_atomic

        unused = {key: 0 if key in self.used else self.unused.get(key, 0) + 1 for key in self.entries}
        keys = sorted(self.used) + sorted(key for key, writes in unused.items() if 0 < writes <= UNUSED)
        rows = [[p, f, *_encoded(self.entries[p, f]), unused[p, f]] for p, f in keys[:LIMIT]]
        data = json.dumps({"format": _FORMAT, "patterns": rows}, ensure_ascii=False, separators=(",", ":"))
        with contextlib.suppress(OSError, InputError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_all_atomic([(self.path, data.encode("utf-8", _LONE))], durable=False)


def _encoded(entry: Entry) -> Entry:
    flags, code, *rest = entry
    if isinstance(code, list):
        code = base64.b64encode(array(_CODE or "I", code).tobytes()).decode("ascii")
    return (flags, code, *rest)  # type: ignore[return-value]


def store_folder() -> Path:
    """``$IPGRAPH_CACHE`` or the user's cache folder: where what a process derives from the code alone is kept (the
    compiled patterns; the reference graph's Turtle, ``builder.reference_store``)."""
    folder = os.environ.get(CACHE_ENV)
    if not folder:
        import platformdirs

        folder = platformdirs.user_cache_dir("ipgraph", appauthor=False)
    return Path(folder)


def store_path() -> Path:
    """``patterns-<python>-<re MAGIC>-v<format>.json`` in ``store_folder()``: the format in the name, so that two
    versions of ipgraph on one machine keep a store each instead of rewriting one in turn (each found the other's
    unreadable and compiled every pattern)."""
    version = f"{sys.implementation.cache_tag}-{sys.version_info.micro}-{_sre.MAGIC}"
    return store_folder() / f"patterns-{version}-v{_FORMAT}.json"


def install() -> Store | None:
    """Take the process's compiled patterns from the store from now on (once); None where re is left as it is."""
    original = getattr(_re_compiler, "compile", None)
    if (os.environ.get(SWITCH, "").lower() == "off" or original is None or not hasattr(_re_compiler, "_code")
            or _CODE is None):
        return None
    if getattr(original, "store", None) is not None:
        return original.store
    try:
        if any(_sre.compile(p, *compiled(p, f)) != original(p, f) for p, f in _PROBES):
            return None
    except Exception:  # noqa: BLE001  # any failure of re's private functions: keep re as it is
        return None
    store = Store(store_path())

    def compile_(p: Any, flags: int = 0) -> Any:
        if isinstance(p, str) and not flags & _re_compiler.SRE_FLAG_DEBUG:
            return store.compile(p, int(flags))
        return original(p, flags)

    compile_.store = store  # type: ignore[attr-defined]
    compile_.original = original  # type: ignore[attr-defined]
    _re_compiler.compile = compile_
    atexit.register(store.save)
    return store
