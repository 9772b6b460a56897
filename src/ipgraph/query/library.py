"""The saved queries in ``queries/``: their headers, and parameters bound as RDF terms, never pasted as text.

A library query starts with comment lines that say what it is::

    # title: Events in a country in a year
    # answers: every event held in one country in one year, with type, dates, place and mode.
    # param: country iri ipcountry:ZM  the host country
    # param: year integer 2024  the year the event starts

A parameter is a variable of the query (``?country``). Binding turns the
value into an RDF term of the declared type (``iri``, ``string``,
``integer``, ``date``), checked and written in N-Triples syntax by
pyoxigraph, and puts it in a ``VALUES`` block at the start of the query's
WHERE group and of each sub-SELECT's (so a subquery is evaluated for that
value only, as with substitution): the value can only ever be that one term,
whatever it contains, and the same text runs in the embedded store, in
rdflib and on any endpoint.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pyoxigraph as ox

from ipgraph.errors import InputError
from ipgraph.query.sparql_text import undeclared_prefixes, variables, where_group_starts
from ipgraph.vocab import IPR, PREFIXES

XSD = "http://www.w3.org/2001/XMLSchema#"
# One prefix per kind of node, so researchers write iporg:WIPO where ipr:org/WIPO is not valid SPARQL. The names
# carry "ip" because the bare ones are taken (org: is W3C ORG, which the graph reuses).
KIND_PREFIXES: dict[str, str] = {f"ip{kind}": str(IPR[f"{kind}/"]) for kind in (
    "org", "country", "city", "person", "treaty", "sdg", "da", "report", "event", "agreement", "pledge", "rule")}
QUERY_PREFIXES: dict[str, str] = {**{name: str(ns) for name, ns in PREFIXES.items()}, **KIND_PREFIXES}
_HEADER = re.compile(r"#\s*(title|answers|param):\s*(.*)")
_PARAM = re.compile(r"([A-Za-z_]\w*)\s+(iri|string|integer|date)\s+(\S+)\s*(.*)")


@dataclass(frozen=True)
class Param:
    name: str
    kind: str
    default: str
    help: str = ""

    def term(self, value: str, source: str) -> ox.NamedNode | ox.Literal:
        """``value`` as an RDF term of this parameter's type; an InputError names the parameter when it is not one."""
        try:
            return _TERM_MAKERS[self.kind](value if self.kind == "string" else value.strip())
        except ValueError as error:
            raise InputError(source, f"parameter {self.name}={value!r} is not a valid {self.kind}: {error}") from None


def _iri(value: str) -> ox.NamedNode:
    """A full IRI (``<…>`` or bare) or a prefixed name with one of the query prefixes (``iporg:WIPO``)."""
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1]
    prefix, colon, local = value.partition(":")
    if colon and prefix in QUERY_PREFIXES and not local.startswith("//"):
        value = QUERY_PREFIXES[prefix] + local
    elif not re.match(r"[A-Za-z][A-Za-z0-9+.\-]*://", value):
        raise ValueError(f"write a full IRI or a prefixed name ({', '.join(sorted(KIND_PREFIXES))}, …)")
    return ox.NamedNode(value)


def _integer(value: str) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD + "integer"))


def _date(value: str) -> ox.Literal:
    return ox.Literal(date.fromisoformat(value).isoformat(), datatype=ox.NamedNode(XSD + "date"))


_TERM_MAKERS: dict[str, Callable[[str], ox.NamedNode | ox.Literal]] = {
    "iri": _iri, "string": ox.Literal, "integer": _integer, "date": _date}


@dataclass(frozen=True)
class Query:
    """A query's text with what its header says; a query from a file or stdin may have no header."""

    name: str
    text: str
    source: str
    title: str = ""
    answers: str = ""
    params: tuple[Param, ...] = field(default_factory=tuple)

    def bind(self, values: dict[str, str]) -> str:
        """The query text with each parameter (given or default) fixed to one term by a leading VALUES block."""
        declared = {p.name: p for p in self.params}
        for name in values:
            if name not in declared and name not in variables(self.text):
                known = ", ".join(declared) or "none"
                raise InputError(self.source, f"unknown parameter {name!r} (the query's parameters: {known})")
        terms = {name: param.term(values.get(name, param.default), self.source) for name, param in declared.items()}
        terms |= {name: Param(name, "string", "").term(v, self.source)
                  for name, v in values.items() if name not in declared}
        if not terms:
            return self.text
        starts = where_group_starts(self.text)
        if not starts:
            raise InputError(self.source, "cannot bind parameters: the query has no WHERE group")
        names = " ".join(f"?{name}" for name in terms)
        row = " ".join(str(term) for term in terms.values())
        clause = f" VALUES ({names}) {{ ({row}) }} "
        pieces = [self.text[begin:end] for begin, end in zip([0, *starts], [*starts, len(self.text)])]
        return clause.join(pieces)


def with_prefixes(text: str) -> str:
    """The query with PREFIX lines for the ipgraph prefixes it uses undeclared, for stores that know none of them.

    The embedded store and the endpoint take the prefixes as defaults; a
    remote store needs them written, on one line put before the query.
    """
    missing = [name for name in undeclared_prefixes(text) if name in QUERY_PREFIXES]
    if not missing:
        return text
    return " ".join(f"PREFIX {name}: <{QUERY_PREFIXES[name]}>" for name in missing) + "\n" + text


def parse_query(text: str, name: str, source: str) -> Query:
    """The query and the header comments at its top (lines before the first line that is not a comment)."""
    title, answers, params = "", "", []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.startswith("#"):
            break
        match = _HEADER.match(line)
        if match is None:
            continue
        key, value = match.groups()
        if key == "title":
            title = value.strip()
        elif key == "answers":
            answers = (answers + " " + value.strip()).strip()
        else:
            param = _PARAM.match(value)
            if param is None:
                raise InputError(source, "a parameter line reads 'param: NAME iri|string|integer|date DEFAULT help'",
                                 number)
            params.append(Param(*param.groups()))
            params[-1].term(params[-1].default, f"{source}:{number}")
    return Query(name, text, source, title, answers, tuple(params))


def library_dir() -> Path:
    """``queries/`` in the checkout, or the copy inside an installed wheel."""
    from ipgraph.resources import resources

    return resources().root / "queries"


def library(folder: Path | None = None) -> list[Query]:
    """Every saved query, by name."""
    folder = folder or library_dir()
    return [read_query_file(path, path.stem) for path in sorted(folder.glob("*.rq"))]


def read_query_file(path: Path, name: str | None = None) -> Query:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(path, f"cannot read the query: {error}") from None
    return parse_query(text, name or path.stem, str(path))


def resolve(spec: str, folder: Path | None = None) -> Query:
    """NAME of a saved query, a FILE, or ``-`` for standard input."""
    if spec == "-":
        return parse_query(sys.stdin.read(), "stdin", "<stdin>")
    path = Path(spec)
    if path.suffix == ".rq" or path.is_file():
        if not path.is_file():
            raise InputError(path, "no such query file")
        return read_query_file(path)
    folder = folder or library_dir()
    saved = folder / f"{spec}.rq"
    if not saved.is_file():
        names = ", ".join(q.name for q in library(folder))
        raise InputError(spec, f"no saved query by that name (ipgraph query --list shows them: {names})")
    return read_query_file(saved, spec)
