"""The embedded store: the graph's Turtle files in an on-disk Oxigraph store, built once and reused while they are
unchanged.

Oxigraph answered the library's queries 100-1000× faster than rdflib's engine
(``benchmarks/query_bench.py``; ``partners`` took seconds in rdflib), and it
loads 10⁶ triples in seconds. Each file goes into its own named graph
(``https://w3id.org/ipgraph/graph/<file stem>``, the ontology as ``…/ontology``),
the layout ``ipgraph load`` gives a remote store, and queries see the union of
them as their default graph. The store lives in the cache folder
(``.ipgraph-cache/query-store/<fingerprint>`` in a checkout, the user cache for
an installed wheel) under a fingerprint of the files' names and bytes, so a
rebuilt graph gets a new store and an unchanged one opens in milliseconds.
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

import pyoxigraph as ox

from ipgraph.errors import InputError
from ipgraph.query.library import QUERY_PREFIXES
from ipgraph.query.sparql_text import query_form

if TYPE_CHECKING:
    import rdflib

GRAPH_BASE = "https://w3id.org/ipgraph/graph/"
_READY = "ipgraph-store-ready"


def graph_iri(stem: str) -> str:
    return GRAPH_BASE + stem


def graph_files(triples: Path, ontology: Path) -> list[tuple[str, Path]]:
    """(named graph, file) for each Turtle file of the graph and for the ontology, in a fixed order."""
    files = sorted(triples.glob("*.ttl")) if triples.is_dir() else [triples]
    if not files:
        raise InputError(triples, "no Turtle files (*.ttl) to query: run 'ipgraph build' first")
    return [(graph_iri(path.stem), path) for path in files] + [(graph_iri("ontology"), ontology)]


def fingerprint(files: list[tuple[str, Path]]) -> str:
    digest = hashlib.sha256(f"pyoxigraph={ox.__version__}".encode())
    for graph, path in files:
        digest.update(f"\0{graph}\0".encode())
        try:
            digest.update(path.read_bytes())
        except OSError as error:
            raise InputError(path, f"cannot read: {error.strerror or error}") from None
    return digest.hexdigest()[:32]


def open_store(files: list[tuple[str, Path]], folder: Path | None = None) -> ox.Store:
    """A read-only store of ``files``: the one kept under ``folder`` for their fingerprint, built there when missing.

    ``folder`` None gives an in-memory store (nothing written).
    """
    if folder is None:
        store = ox.Store()
        load_files(store, files)
        return store
    return ox.Store.read_only(str(store_path(files, folder)))


def store_path(files: list[tuple[str, Path]], folder: Path) -> Path:
    """The on-disk store of ``files`` under ``folder``, built when missing.

    Building happens in a temporary sibling folder renamed into place when
    complete, so a crash or a second process never leaves a half-built store
    to be reused; stores of older fingerprints are removed.
    """
    target = folder / fingerprint(files)
    if not (target / _READY).is_file():
        _build(files, folder, target)
    return target


def _build(files: list[tuple[str, Path]], folder: Path, target: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=".building-", dir=folder))
    try:
        store = ox.Store(str(building))
        load_files(store, files)
        store.optimize()
        store.flush()
        del store
        (building / _READY).write_text("complete\n", encoding="utf-8")
        for stale in folder.iterdir():
            if stale.is_dir() and not stale.name.startswith(".") and stale != target:
                shutil.rmtree(stale, ignore_errors=True)
        try:
            building.rename(target)
        except OSError:  # another process put the same store in place first
            pass
    finally:
        shutil.rmtree(building, ignore_errors=True)


def load_files(store: ox.Store, files: list[tuple[str, Path]]) -> None:
    """Each file into its named graph; a Turtle syntax error becomes an InputError with the file and line."""
    for graph, path in files:
        try:
            store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(graph))
        except SyntaxError as error:
            raise InputError(path, f"not valid Turtle: {error.msg}", error.lineno) from None
        except OSError as error:
            raise InputError(path, f"cannot read: {error.strerror or error}") from None


@dataclass
class Result:
    """A query's answer as pyoxigraph terms, whatever engine gave it: rows for SELECT, a boolean, or triples."""

    form: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[ox.NamedNode | ox.BlankNode | ox.Literal | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)
    truncated: bool = False
    seconds: float = 0.0


def check_syntax(text: str, source: str) -> None:
    """Parse ``text`` against an empty store, so an error's line and column are those of the text as written."""
    try:
        _evaluate(ox.Store(), text)
    except SyntaxError as error:
        raise syntax_error(error, source, text) from None


def syntax_error(error: SyntaxError, source: str, text: str) -> InputError:
    """An InputError at the line and column of the mistake, with Oxigraph's account of what it expected.

    Oxigraph says "error at LINE:COLUMN: …" but, backtracking, often places
    it at the end of the query; rdflib's parser stops at the start of the
    clause that fails, which is where a person should look, so its position
    is used when it finds the query wrong too.
    """
    message = str(error.msg if error.msg else error)
    head, _, expected = message.partition(": ")
    line, column = _rdflib_position(text)
    if line is None and head.startswith("error at "):
        found = re.match(r"(\d+):(\d+)", head.removeprefix("error at "))
        line, column = (int(found[1]), int(found[2])) if found else (None, None)
    expected = " ".join(expected.split())
    if len(expected) > 200:
        expected = expected[:199] + "…"
    where = f"column {column}: " if column is not None else ""
    return InputError(source, f"{where}SPARQL syntax error: {expected or message}", line)


def _rdflib_position(text: str) -> tuple[int | None, int | None]:
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        parseQuery(text)
    except ParseBaseException as error:
        return error.lineno, error.col
    except Exception:  # noqa: BLE001 - rdflib failing otherwise says nothing about where the mistake is
        pass
    return None, None


def _evaluate(store: ox.Store, text: str):  # noqa: ANN202 - pyoxigraph's three result types
    return store.query(text, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True)


def run(store: ox.Store, text: str, source: str, limit: int | None = None) -> Result:
    """Evaluate a query on the store's union graph; at most ``limit`` rows or triples are kept."""
    started = time.perf_counter()
    try:
        answer = _evaluate(store, text)
        result = collect(answer, query_form(text), limit)
    except SyntaxError as error:
        raise syntax_error(error, source, text) from None
    except (OSError, ValueError, RuntimeError) as error:
        raise InputError(source, f"the query failed: {error}") from None
    result.seconds = time.perf_counter() - started
    return result


def collect(answer: ox.QueryBoolean | ox.QuerySolutions | Iterable[ox.Triple], form: str,
            limit: int | None) -> Result:
    """pyoxigraph's lazy answer read into a Result, stopping after ``limit`` rows."""
    if isinstance(answer, ox.QueryBoolean):
        return Result("ASK", boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        names = [v.value for v in answer.variables]
        rows, truncated = _take((tuple(solution[n] for n in names) for solution in answer), limit)
        return Result("SELECT", names, rows, truncated=truncated)
    triples, truncated = _take(iter(answer), limit)
    return Result(form if form in ("CONSTRUCT", "DESCRIBE") else "CONSTRUCT", triples=triples, truncated=truncated)


_Item = TypeVar("_Item")


def _take(items: Iterable[_Item], limit: int | None) -> tuple[list[_Item], bool]:
    taken: list[_Item] = []
    for item in items:
        if limit is not None and len(taken) >= limit:
            return taken, True
        taken.append(item)
    return taken, False


def serialise(triples: Iterable[ox.Triple] | Iterable[ox.Quad], fmt: ox.RdfFormat,
              prefixes: dict[str, str] | None = None) -> bytes:
    """``ox.serialize`` into memory: written to a buffer, the bytes are never None as its return value may be."""
    buffer = io.BytesIO()
    ox.serialize(triples, buffer, format=fmt, prefixes=prefixes)
    return buffer.getvalue()


def run_rdflib(graph: rdflib.Graph, text: str) -> Result:
    """The same query in rdflib's engine, answered as pyoxigraph terms: the cross-check that the library is portable."""
    from rdflib import BNode, Literal, URIRef
    from rdflib.query import ResultRow
    from rdflib.term import Node

    def term(node: object) -> ox.NamedNode | ox.BlankNode | ox.Literal:
        if isinstance(node, URIRef):
            return ox.NamedNode(str(node))
        if isinstance(node, BNode):
            return ox.BlankNode(str(node))
        assert isinstance(node, Literal)
        if node.language:
            return ox.Literal(str(node), language=node.language)
        return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)) if node.datatype else None)

    started = time.perf_counter()
    answer = graph.query(text, initNs=QUERY_PREFIXES)
    if answer.type == "ASK":
        result = Result("ASK", boolean=bool(answer.askAnswer))
    elif answer.type == "SELECT":
        names = [str(v) for v in answer.vars or ()]
        # rdflib types an answer's items for all three forms at once; a SELECT answer yields ResultRows.
        rows = [cast(ResultRow, row) for row in answer]
        result = Result("SELECT", names, [tuple(None if row[n] is None else term(row[n]) for n in names)
                                          for row in rows])
    else:
        # A graph answer yields triples, whose subject is never a literal and whose predicate is an IRI.
        triples = [cast("tuple[Node, Node, Node]", triple) for triple in answer]
        result = Result(query_form(text), triples=[
            ox.Triple(cast("ox.NamedNode | ox.BlankNode", term(s)), cast(ox.NamedNode, term(p)), term(o))
            for s, p, o in triples])
    result.seconds = time.perf_counter() - started
    return result
