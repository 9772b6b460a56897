"""The build cache: one report's extraction kept on disk, reused while nothing it depends on has changed.

An entry is keyed by everything one report's output depends on: the report's
bytes (its SHA-256), its metadata and where it lives, and the *rules version*
— a hash of the knowledge files (every file under ``knowledge/``), of the package's source (``pipeline.cfg`` included), and of the
versions of Python and of the libraries whose data or output ends up in the
triples (pycountry's and babel's names, rdflib's Turtle). Editing a report
rebuilds that report; editing a gazetteer, a word list or the code rebuilds
everything.

Entries are pickled ``ReportBuild`` objects, written atomically (a temporary
file renamed into place). A cache entry that cannot be read — truncated,
corrupt, from another version of the classes — is deleted and the report is
extracted again: the cache can make a build faster, never wrong. It holds
pickles, so point ``--cache`` only at a folder you trust as you trust the code.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import pickle
import shutil
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import platformdirs

from ipgraph.ingest.reading import write_all_atomic
from ipgraph.resources import Resources

CACHE_ENV = "IPGRAPH_CACHE"
CACHE_FOLDER = ".ipgraph-cache"
_LIBRARIES = ("rdflib", "spacy", "pycountry", "babel", "pypinyin")
_PACKAGE = Path(__file__).resolve().parent.parent
_FORMAT = "v1"  # the layout of the cache folder itself


def default_cache_dir(res: Resources) -> Path:
    """``$IPGRAPH_CACHE``; else ``.ipgraph-cache`` in the checkout; else (an installed wheel) the user's cache."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    if not res.installed:
        return res.root / CACHE_FOLDER
    return Path(platformdirs.user_cache_dir("ipgraph", appauthor=False))


def rules_version(res: Resources) -> str:
    """A hash of everything besides the report itself that decides a report's triples.

    The knowledge files live in their own folder, apart from inputs and outputs, so the whole folder is hashed.
    """
    digest = hashlib.sha256()
    names = [f"ipgraph={_version('ipgraph')}", f"python={sys.version_info[:2]}"]
    names += [f"{name}={_version(name)}" for name in _LIBRARIES]
    digest.update("\n".join(names).encode())
    _hash_tree(digest, _PACKAGE, "src", lambda p: p.suffix in (".py", ".cfg"))
    _hash_tree(digest, res.knowledge, "knowledge", lambda p: True)
    _hash_tree(digest, res.ontology.parent, "ontology", lambda p: True)  # the type closure follows the ontology
    return digest.hexdigest()


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "-"


def _hash_tree(digest: Any, root: Path, label: str, wanted: Callable[[Path], bool]) -> None:
    """Every wanted file below ``root`` (hidden ones and ``__pycache__`` aside), path and bytes, in order."""
    for folder, subfolders, files in os.walk(root):
        here = Path(folder)
        subfolders[:] = sorted(d for d in subfolders if not d.startswith(".") and d != "__pycache__")
        for name in sorted(files):
            path = here / name
            if name.startswith(".") or not wanted(path):
                continue
            relative = path.relative_to(root).as_posix()
            digest.update(f"\0{label}/{relative}\0".encode())
            try:
                digest.update(path.read_bytes())
            except OSError:
                digest.update(b"\0unreadable")


class ReportCache:
    """The entries of one rules version, in ``<folder>/v1-<version>/``; entries of other versions are removed."""

    def __init__(self, folder: Path, version: str) -> None:
        self.root = folder
        self.folder = folder / f"{_FORMAT}-{version[:32]}"
        self.version = version

    def key(self, *parts: object) -> str:
        """The key of an entry: the rules version and the ``repr`` of what else its content depends on."""
        digest = hashlib.sha256(self.version.encode())
        for part in parts:
            digest.update(b"\0" + repr(part).encode())
        return digest.hexdigest()

    def load(self, key: str) -> Any | None:
        """The object stored under ``key``, or None when there is none or it cannot be read (it is then removed)."""
        path = self.folder / f"{key}.pickle"
        try:
            data = path.read_bytes()
        except OSError:
            return None
        try:
            stored_key, value = pickle.loads(data)
            if stored_key == key:
                return value
        except Exception:  # a truncated or foreign pickle can raise almost anything: it only means "not cached"
            pass
        path.unlink(missing_ok=True)
        return None

    def store(self, key: str, value: object) -> None:
        """Keep ``value`` under ``key``; a cache that cannot be written costs speed, never the build."""
        try:
            data = pickle.dumps((key, value), protocol=pickle.HIGHEST_PROTOCOL)
            write_all_atomic([(self.folder / f"{key}.pickle", data)], durable=False)
        except Exception:  # noqa: S110 - an unwritable cache folder or an unpicklable value: build on without it
            pass

    def remember(self, key: str, make: Callable[[], Any]) -> Any:
        """The value under ``key``, made and stored when it is missing."""
        value = self.load(key)
        if value is None:
            value = make()
            self.store(key, value)
        return value

    def prune(self) -> None:
        """Remove the entries of other rules versions: a code or data change has made them useless."""
        try:
            stale = [p for p in self.root.iterdir()
                     if p.is_dir() and p.name.startswith(f"{_FORMAT}-") and p != self.folder]
        except OSError:
            return
        for path in stale:
            shutil.rmtree(path, ignore_errors=True)
