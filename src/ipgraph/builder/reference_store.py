"""Keep the reference graph's Turtle on disk between builds, as the compiled patterns are kept.

Every build writes ``reference.ttl``: every node the knowledge files describe (~1,000 subjects), built as a graph
and written as Turtle, ~35 ms of CPU, a fortieth of building the five bundled reports. It depends on nothing a
report says: only on the code, the libraries, the knowledge files and the ontology, all of which
``cache.rules_version`` hashes. A build with the report cache keeps it there; a build without one (``--no-cache``,
``benchmarks/run.py``'s "no cache" row) made it afresh every time. Here it is kept under that version in the folder
of the compiled patterns (``compiled_patterns.store_folder``), a few files at most.

What keeps this safe: a file is used only under the very version it was made for, and only when the SHA-256 on its
first line is that of the bytes after it (a file damaged or cut short is made again and rewritten); it is written
whole or not at all, and a folder that cannot be written is not written (a read-only home). The file holds Turtle
text, which is copied to the output, never executed. ``IPGRAPH_PATTERN_STORE=off`` turns this store off with the
patterns' (``benchmarks/run.py``'s row of a build with everything made afresh).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from ipgraph.compiled_patterns import SWITCH, store_folder

KEPT = 4
"""Versions kept at most: the newest ones written (two checkouts built in turn each keep theirs)."""
_PREFIX = "reference-"
_HEADER = b"ipgraph-reference sha256="


def stored_reference(version: str, make: Callable[[], bytes]) -> bytes:
    """The reference Turtle of rules version ``version``: from the store when it holds it intact, else ``make()``,
    then stored."""
    if os.environ.get(SWITCH, "").lower() == "off":
        return make()
    path = store_folder() / f"{_PREFIX}{version[:32]}.ttl"
    kept = _read(path)
    if kept is not None:
        return kept
    made = make()
    _write(path, made)
    return made


def _read(path: Path) -> bytes | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    header, _, body = data.partition(b"\n")
    if header != _HEADER + hashlib.sha256(body).hexdigest().encode():
        return None
    return body


def _write(path: Path, body: bytes) -> None:
    """Store ``body`` (whole or not at all) and remove the oldest versions beyond ``KEPT``."""
    from ipgraph.errors import InputError
    from ipgraph.ingest.reading import write_all_atomic

    header = _HEADER + hashlib.sha256(body).hexdigest().encode() + b"\n"
    with contextlib.suppress(OSError, InputError):
        path.parent.mkdir(parents=True, exist_ok=True)
        write_all_atomic([(path, header + body)], durable=False)
        others = sorted(path.parent.glob(f"{_PREFIX}*.ttl"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in others[KEPT:]:
            old.unlink(missing_ok=True)
