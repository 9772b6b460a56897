"""Reading Turtle: which files to check, and parsing them into an rdflib graph, refusing what cannot be read.

pyoxigraph parses (about 10× faster than rdflib's parser) straight into an rdflib
graph; rdflib parses when pyoxigraph is not importable. Anything unreadable is an
``InputError`` naming the file and, where there is one, the line.
"""

from __future__ import annotations

import re
import stat
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from rdflib import XSD, BNode, Graph, Literal, URIRef
from rdflib.term import Node

from ipgraph.errors import InputError
from ipgraph.vocab import PREFIXES

try:  # a fast Turtle parser (Rust); rdflib's own parser is the fallback
    import pyoxigraph
except ImportError:  # pragma: no cover - depends on the environment
    pyoxigraph = None  # type: ignore[assignment]

REFERENCE_FILE = "reference.ttl"
MAX_FILE_BYTES = 1 << 30
"""The largest Turtle file check reads (1 GiB, about 7 million triples of ipgraph's graph): a bigger one would
not fit in memory once parsed; split it (one file per report, as ``ipgraph build`` writes)."""


def turtle_files(paths: Iterable[Path]) -> list[Path]:
    """The Turtle files to check; a report file brings the reference data beside it."""
    files: list[Path] = []
    paths = list(paths)
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.glob("*.ttl")))
        elif path.exists():
            files.append(path)
            sibling = path.parent / REFERENCE_FILE
            if sibling.exists():
                files.append(sibling)
        else:
            raise InputError(path, "no such file or folder")
    if not files:
        raise InputError(Path(", ".join(str(p) for p in paths)), "no Turtle files to check")
    return list(dict.fromkeys(files))


def load_graph(files: list[Path]) -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, replace=True)
    for path in files:
        parse_turtle(path, graph)
    return graph


def merge(graphs: Iterable[Graph]) -> Graph:
    merged = Graph()
    for graph in graphs:
        for triple in graph:
            merged.add(triple)
        for prefix, namespace in graph.namespaces():
            merged.bind(prefix, namespace, override=False)
    return merged


def parse_turtle(path: Path, graph: Graph) -> None:
    """Parse one Turtle file into ``graph``; anything unreadable becomes an InputError with its line."""
    data = read_turtle_bytes(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise InputError(path, f"not UTF-8 (byte offset {error.start}); Turtle files must be UTF-8", line) from None
    if pyoxigraph is not None:
        _parse_oxigraph(path, data, graph)
        return
    try:
        graph.parse(data=text, format="turtle", publicID=path.resolve().as_uri())
    except Exception as error:  # noqa: BLE001 - rdflib raises many types for bad syntax
        raise InputError(path, f"invalid Turtle: {_syntax_message(error)}", _syntax_line(error)) from None


def read_turtle_bytes(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES, without a byte order mark: a FIFO or a device
    (``/dev/zero``) would never end, and a larger file would not fit in memory once parsed."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise InputError(path, "not a regular file (a pipe, a device or a socket); check reads Turtle files")
        if info.st_size > MAX_FILE_BYTES:
            raise InputError(path, f"too large: {info.st_size:,} bytes, over the limit of {MAX_FILE_BYTES:,} "
                                   "bytes for one Turtle file; split it into several files")
        data = path.read_bytes()
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror}") from None
    if not data.strip():
        raise InputError(path, "empty file: no triples")
    return data.removeprefix(b"\xef\xbb\xbf")


_XSD_STRING = str(XSD.string)
_RDF_STAR = "quoted triples (RDF-star << … >>) are not supported: ipgraph's graph is plain RDF 1.1"


def _parse_oxigraph(path: Path, data: bytes, graph: Graph) -> None:
    """pyoxigraph parses; its terms become rdflib terms (shared, so equal literals are one object)."""
    term = _term_converter(path, data)
    add = graph.store.add
    try:
        for quad in pyoxigraph.parse(data, pyoxigraph.RdfFormat.TURTLE, base_iri=path.resolve().as_uri(),
                                     rename_blank_nodes=True, without_named_graphs=True):
            add((term(quad.subject), term(quad.predicate), term(quad.object)), graph)
    except SyntaxError as error:
        match = re.match(r"Parser error at line \d+ (?:between columns (\d+) and \d+|column (\d+)): (.*)$",
                         str(error.msg), flags=re.DOTALL)
        message = f"{match.group(3)} (column {match.group(1) or match.group(2)})" if match else str(error.msg)
        raise InputError(path, f"invalid Turtle: {message}", error.lineno) from None


def _term_converter(path: Path, data: bytes) -> Callable:
    iris: dict[str, URIRef] = {}
    literals: dict[tuple, Literal] = {}
    blanks: dict[str, BNode] = {}
    named, literal_type, blank = pyoxigraph.NamedNode, pyoxigraph.Literal, pyoxigraph.BlankNode

    def term(t: Any) -> Node:  # t: a pyoxigraph term; the hot path of parsing
        kind = type(t)
        if kind is named:
            iri = iris.get(t.value)
            if iri is None:
                iri = iris[t.value] = URIRef(t.value)
            return iri
        if kind is literal_type:
            key = (t.value, t.language, t.datatype.value)
            literal = literals.get(key)
            if literal is None:
                literal = literals[key] = _literal(t)
            return literal
        if kind is not blank:  # a quoted triple (RDF-star / RDF 1.2 triple term)
            raise InputError(path, _RDF_STAR, _first_line_with(data, b"<<"))
        bnode = blanks.get(t.value)
        if bnode is None:
            bnode = blanks[t.value] = BNode(t.value)
        return bnode

    return term


def _literal(t: pyoxigraph.Literal) -> Literal:
    if t.language:
        return Literal(t.value, lang=t.language)
    datatype = t.datatype.value
    return Literal(t.value, datatype=None if datatype == _XSD_STRING else URIRef(datatype))


def _first_line_with(data: bytes, needle: bytes) -> int | None:
    at = data.find(needle)
    return data.count(b"\n", 0, at) + 1 if at >= 0 else None


def _syntax_line(error: Exception) -> int | None:
    lines = getattr(error, "lines", None)
    if isinstance(lines, int):
        return lines + 1
    match = re.search(r"line (\d+)", str(error))
    return int(match.group(1)) if match else None


def _syntax_message(error: Exception) -> str:
    text = re.sub(r"\s+", " ", str(error)).strip()
    text = text.split(" at ^ in:", 1)[0]
    return re.sub(r"^at line \d+ of <[^>]*>:\s*", "", text)[:300]
