"""The build cache: one report's extraction kept on disk, reused while nothing it depends on has changed.

An entry is keyed by everything one report's output depends on: the report's
bytes (its SHA-256), its metadata and where it lives, and the *rules version*
— a hash of the knowledge files (every file under ``knowledge/``), of the
package's source (``pipeline.cfg`` included), and of the versions of Python
and of the libraries whose data or output ends up in the triples (pycountry's
and babel's names, rdflib's Turtle). Editing a report rebuilds that report;
editing a gazetteer, a word list or the code rebuilds everything.

Entries are plain data, never code: JSON written atomically (a temporary file
renamed into place). Reading one can only build ipgraph's own dataclasses from
strings, numbers and lists; no constructor, no import and no unpickling runs.
An entry is a header line (format, rules version, key, SHA-256 of the body)
and the body; an entry whose header is not what this version writes, whose
body does not hash to the header's digest, or whose body names a class or a
field this version does not have is deleted, said so (``ignored``), and the
report extracted again: the cache can make a build faster, never wrong. The
digest catches a damaged or hand-edited entry; someone who can write the
folder can still forge a consistent one (there is no secret to sign with),
but the worst it can do is put wrong triples in that report's output.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import importlib.metadata
import json
import os
import re
import shutil
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path, PurePath
from typing import Any

import platformdirs

from ipgraph.errors import InputError
from ipgraph.ingest.reading import write_all_atomic
from ipgraph.resources import CACHE_ENV, Resources

CACHE_FOLDER = ".ipgraph-cache"
_LIBRARIES = ("rdflib", "spacy", "pycountry", "babel", "pypinyin")
_PACKAGE = Path(__file__).resolve().parent.parent
_FORMAT = "v2"  # the layout of the cache folder and of an entry
_HEADER = "ipgraph-cache"
_SUFFIX = ".json"
_VERSION_FOLDER = re.compile(r"v[0-9]+-[0-9a-f]{32}")


def default_cache_dir(res: Resources) -> Path:
    """``$IPGRAPH_CACHE``; else ``.ipgraph-cache`` in the checkout; else (an installed wheel) the user's cache."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    if not res.installed:
        return res.root / CACHE_FOLDER
    return Path(platformdirs.user_cache_dir("ipgraph", appauthor=False))


def rules_version(res: Resources, knowledge: str | None = None) -> str:
    """A hash of everything besides the report itself that decides a report's triples.

    The code's part is the one of the code this process runs (``_CODE``), not of the files as they are now: a
    long-running process (a test session, a notebook) that builds after its source files were edited would otherwise
    store the outputs of the old code under the new code's version. The knowledge's part is of the files as they are
    now: a build reads them again when they changed (``builder.build``), and passes the ``knowledge_version`` it
    computed for that so the folders are hashed once a build.
    """
    return hashlib.sha256(f"{_CODE}\0{knowledge or knowledge_version(res)}".encode()).hexdigest()


def knowledge_version(res: Resources) -> str:
    """A hash of the knowledge files and the ontology: they live in their own folders, apart from inputs and
    outputs, so the whole folders are hashed."""
    digest = hashlib.sha256()
    _hash_tree(digest, res.knowledge, "knowledge", lambda p: True)
    _hash_tree(digest, res.ontology.parent, "ontology", lambda p: True)  # the type closure follows the ontology
    return digest.hexdigest()


def _code_version() -> str:
    """The package's source and the versions of Python and of the libraries whose data or output ends up in the
    triples, as they were when this module was imported (with the rest of the package, at a process's start)."""
    digest = hashlib.sha256()
    names = [f"ipgraph={_version('ipgraph')}", f"python={sys.version_info[:2]}"]
    names += [f"{name}={_version(name)}" for name in _LIBRARIES]
    digest.update("\n".join(names).encode())
    _hash_tree(digest, _PACKAGE, "src", lambda p: p.suffix in (".py", ".cfg"))
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


_CODE = _code_version()
"""The code's part of the rules version, fixed at import (``rules_version``)."""


class ForeignEntry(ValueError):
    """A cache entry this version did not write: its text says why it was ignored."""


def encode(value: object) -> object:
    """``value`` as JSON data, each non-JSON type tagged so that ``decode`` gives back an equal object.

    Dataclasses of ipgraph's own modules are the only classes written; anything else is a bug, found on storing.
    """
    kind = type(value)
    if kind in _PLAIN:  # most values of an entry: the exact types first, without walking the checks below
        return value
    if isinstance(value, list):
        return [encode(v) for v in value]
    layout = _LAYOUTS.get(kind) or _layout(value)
    if layout:
        tag, names = layout
        return {"@": tag, "=": {name: encode(getattr(value, name)) for name in names}}
    if isinstance(value, (bool, int, float, str)):  # a subclass (an rdflib term is a str)
        return value
    if isinstance(value, Counter):
        return {"@": "counter", "=": [[encode(k), encode(v)] for k, v in value.items()]}
    if isinstance(value, dict):
        return {"@": "dict", "=": [[encode(k), encode(v)] for k, v in value.items()]}
    if isinstance(value, tuple):
        return {"@": "tuple", "=": [encode(v) for v in value]}
    if isinstance(value, (set, frozenset)):
        return {"@": type(value).__name__, "=": sorted((encode(v) for v in value), key=json.dumps)}
    if isinstance(value, bytes):
        return {"@": "bytes", "=": base64.b64encode(value).decode("ascii")}
    if isinstance(value, PurePath):
        return {"@": "path", "=": str(value)}
    raise TypeError(f"cannot cache a {type(value).__name__}")


_PLAIN = frozenset((type(None), bool, int, float, str))
_LAYOUTS: dict[type, tuple[str, tuple[str, ...]]] = {}
"""Each dataclass written so far: its tag and its fields' names (``dataclasses.fields`` costs a call per value)."""


def _layout(value: object) -> tuple[str, tuple[str, ...]] | None:
    """The tag and fields of ``value``'s class if it is an ipgraph dataclass (kept in ``_LAYOUTS``), else None."""
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return None
    cls = type(value)
    if not cls.__module__.startswith("ipgraph."):
        raise TypeError(f"not an ipgraph dataclass: {cls.__module__}.{cls.__qualname__}")
    layout = _LAYOUTS[cls] = (f"{cls.__module__}:{cls.__qualname__}", tuple(f.name for f in dataclasses.fields(cls)))
    return layout


_CONTAINERS: dict[str, Callable[[Any], object]] = {
    "counter": lambda items: Counter({_hashable(decode(k)): decode(v) for k, v in items}),
    "dict": lambda items: {_hashable(decode(k)): decode(v) for k, v in items},
    "tuple": lambda items: tuple(decode(v) for v in items),
    "set": lambda items: {_hashable(decode(v)) for v in items},
    "frozenset": lambda items: frozenset(_hashable(decode(v)) for v in items),
    "bytes": lambda text: base64.b64decode(text.encode("ascii"), validate=True),
    "path": lambda text: Path(_str(text)),
}


def decode(data: object) -> Any:
    """The object ``encode`` gave ``data`` for; ``ForeignEntry`` for anything ``encode`` never writes.

    A dataclass is made without calling its ``__init__`` (which could run code), only when its class is one of
    ipgraph's already imported, and only with exactly the fields it declares.
    """
    if data is None or isinstance(data, (bool, int, float, str)):
        return data
    if isinstance(data, list):
        return [decode(v) for v in data]
    if not isinstance(data, dict) or set(data) != {"@", "="} or not isinstance(data["@"], str):
        raise ForeignEntry("an object that is not one of the cache's tagged values")
    tag, body = data["@"], data["="]
    if tag in _CONTAINERS:
        try:
            return _CONTAINERS[tag](body)
        except (TypeError, ValueError, AttributeError) as error:
            raise ForeignEntry(f"a malformed {tag}") from error
    return _dataclass(tag, body)


def _dataclass(tag: str, body: object) -> object:
    module, _, name = tag.partition(":")
    cls = getattr(sys.modules.get(module) if module.startswith("ipgraph.") else None, name, None)
    if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
        raise ForeignEntry(f"a class this version does not have ({tag[:80]})")
    fields = [f.name for f in dataclasses.fields(cls)]
    if not isinstance(body, dict) or sorted(body) != sorted(fields):
        raise ForeignEntry(f"fields {cls.__qualname__} does not have")
    value = object.__new__(cls)
    for field in fields:
        object.__setattr__(value, field, decode(body[field]))
    return value


def _hashable(value: object) -> object:
    hash(value)  # a TypeError for a list or dict where a key must be: the entry is not ours
    return value


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("not a string")
    return value


class ReportCache:
    """The entries of one rules version, in ``<folder>/v1-<version>/``; entries of other versions are removed."""

    def __init__(self, folder: Path, version: str) -> None:
        self.root = folder
        self.folder = folder / f"{_FORMAT}-{version[:32]}"
        self.version = version
        self.ignored: list[str] = []
        """Entries found but not used, each with why: what this version did not write is never trusted."""

    def key(self, *parts: object) -> str:
        """The key of an entry: the rules version and the ``repr`` of what else its content depends on."""
        digest = hashlib.sha256(self.version.encode())
        for part in parts:
            digest.update(b"\0" + repr(part).encode())
        return digest.hexdigest()

    def entry(self, key: str) -> Path:
        """The file that holds the entry under ``key``."""
        return self.folder / f"{key}{_SUFFIX}"

    def load(self, key: str) -> Any | None:
        """The value stored under ``key``, or None when there is none or it is not an entry this version wrote.

        An entry that is not is removed, and why is added to ``ignored``.
        """
        path = self.entry(key)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        try:
            return self._read(key, data)
        except ForeignEntry as why:
            self.ignored.append(f"{path}: {why}")
        except (ValueError, RecursionError) as error:  # not JSON, not UTF-8, nested beyond reason
            self.ignored.append(f"{path}: not an entry this version wrote ({type(error).__name__})")
        path.unlink(missing_ok=True)
        return None

    def _read(self, key: str, data: bytes) -> Any:
        head, newline, body = data.partition(b"\n")
        header = json.loads(head) if newline else None
        expected = {"format": f"{_HEADER}/{_FORMAT}", "rules": self.version, "key": key}
        if not isinstance(header, dict) or {k: header.get(k) for k in expected} != expected:
            raise ForeignEntry("not an entry this version wrote (format, rules version or key differ)")
        if header.get("sha256") != hashlib.sha256(body).hexdigest():
            raise ForeignEntry("its content does not match its digest (damaged or edited)")
        return decode(json.loads(body))

    def store(self, key: str, value: object) -> None:
        """Keep ``value`` under ``key``; a cache that cannot be written costs speed, never the build."""
        body = json.dumps(encode(value), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        header = {"format": f"{_HEADER}/{_FORMAT}", "rules": self.version, "key": key,
                  "sha256": hashlib.sha256(body).hexdigest()}
        try:
            write_all_atomic([(self.entry(key), json.dumps(header).encode() + b"\n" + body)],
                             durable=False)
        except InputError:  # an unwritable cache folder: build on without it
            pass

    def remember(self, key: str, make: Callable[[], Any], kind: type) -> Any:
        """The value under ``key`` if it is a ``kind``, else made and stored."""
        value = self.load(key)
        if value is not None and not isinstance(value, kind):
            self.ignored.append(f"{self.entry(key)}: not a {kind.__name__}")
            value = None
        if value is None:
            value = make()
            self.store(key, value)
        return value

    def prune(self) -> None:
        """Remove the entries of other rules versions and formats: a code or data change has made them useless."""
        try:
            stale = [p for p in self.root.iterdir()
                     if p.is_dir() and _VERSION_FOLDER.match(p.name) and p != self.folder]
        except OSError:
            return
        for path in stale:
            shutil.rmtree(path, ignore_errors=True)
