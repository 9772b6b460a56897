"""A query's answer written out: the W3C SPARQL 1.1 results formats, and a table or Markdown for people.

JSON (https://www.w3.org/TR/sparql11-results-json/), XML
(https://www.w3.org/TR/rdf-sparql-XMLres/), CSV and TSV
(https://www.w3.org/TR/sparql11-results-csv-tsv/) are written here from
pyoxigraph terms, so an answer from rdflib or from a remote endpoint is
written the same way as one from the embedded store. CONSTRUCT and DESCRIBE
answers are RDF: Turtle, N-Triples or JSON-LD.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from ipgraph.query.library import QUERY_PREFIXES
from ipgraph.query.store import Result, serialise

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
TABLE_FORMATS = ("table", "csv", "tsv", "json", "markdown", "xml")
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
                 "rdfxml": ox.RdfFormat.RDF_XML}
MEDIA_TYPES = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
               "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8",
               "turtle": "text/turtle; charset=utf-8", "ntriples": "application/n-triples",
               "jsonld": "application/ld+json", "rdfxml": "application/rdf+xml", "table": "text/plain; charset=utf-8",
               "markdown": "text/markdown; charset=utf-8"}
Term = ox.NamedNode | ox.BlankNode | ox.Literal | None


def render(result: Result, fmt: str) -> str:
    """The answer in ``fmt``; a graph answer is Turtle unless ``fmt`` names an RDF format."""
    if result.form in ("CONSTRUCT", "DESCRIBE"):
        return render_graph(result, fmt if fmt in GRAPH_FORMATS else "turtle")
    return {"json": to_json, "xml": to_xml, "csv": to_csv, "tsv": to_tsv, "table": to_table,
            "markdown": to_markdown}[fmt](result)


def render_graph(result: Result, fmt: str) -> str:
    """RDF in ``fmt``; Turtle declares the ipgraph prefixes its terms use, no others."""
    if not result.triples:
        return ""
    prefixes = None
    if fmt == "turtle":
        iris = {t.value for triple in result.triples for t in (triple.subject, triple.predicate, triple.object)
                if isinstance(t, ox.NamedNode)}
        iris |= {t.datatype.value for triple in result.triples for t in (triple.object,) if isinstance(t, ox.Literal)}
        prefixes = {name: ns for name, ns in QUERY_PREFIXES.items() if any(iri.startswith(ns) for iri in iris)}
    return serialise(result.triples, GRAPH_FORMATS[fmt], prefixes).decode("utf-8")


def _json_term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    found = {"type": "literal", "value": term.value}
    if term.language:
        found["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        found["datatype"] = term.datatype.value
    return found


def to_json(result: Result) -> str:
    if result.form == "ASK":
        return json.dumps({"head": {}, "boolean": result.boolean})
    bindings = [{name: _json_term(term) for name, term in zip(result.variables, row) if term is not None}
                for row in result.rows]
    return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}}, ensure_ascii=False)


def _xml_term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
    if term.datatype.value != XSD_STRING:
        return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
    return f"<literal>{escape(term.value)}</literal>"


def to_xml(result: Result) -> str:
    head = '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'
    if result.form == "ASK":
        return head + f"<head/>\n<boolean>{'true' if result.boolean else 'false'}</boolean>\n</sparql>\n"
    parts = [head, "<head>", *(f"<variable name={quoteattr(v)}/>" for v in result.variables), "</head>\n<results>\n"]
    for row in result.rows:
        cells = "".join(f"<binding name={quoteattr(name)}>{_xml_term(term)}</binding>"
                        for name, term in zip(result.variables, row) if term is not None)
        parts.append(f"<result>{cells}</result>\n")
    parts.append("</results>\n</sparql>\n")
    return "".join(parts)


def _csv_value(term: Term) -> str:
    if term is None:
        return ""
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


def to_csv(result: Result) -> str:
    """CSV as the W3C writes it: values only (no datatypes or languages), CRLF line ends, RFC 4180 quoting."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if result.form == "ASK":
        writer.writerows([["boolean"], ["true" if result.boolean else "false"]])
        return out.getvalue()
    writer.writerow(result.variables)
    writer.writerows([_csv_value(term) for term in row] for row in result.rows)
    return out.getvalue()


def to_tsv(result: Result) -> str:
    """TSV as the W3C writes it: ``?name`` headers and every value in Turtle/N-Triples syntax, so types survive."""
    if result.form == "ASK":
        return "?boolean\n" + ('"true"' if result.boolean else '"false"') + "^^<http://www.w3.org/2001/XMLSchema#boolean>\n"
    lines = ["\t".join(f"?{name}" for name in result.variables)]
    lines += ["\t".join("" if term is None else str(term) for term in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def short(term: Term) -> str:
    """A value as a person reads it: a prefixed name where one fits (iporg:WIPO), a literal's text alone."""
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    best = max((iri for iri in QUERY_PREFIXES.values() if term.value.startswith(iri)), key=len, default=None)
    if best is not None:
        local = term.value[len(best):]
        name = next(n for n, iri in QUERY_PREFIXES.items() if iri == best)
        if local and "/" not in local and "#" not in local and not local.endswith("."):
            return f"{name}:{local}"
    return f"<{term.value}>"


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cell(term: Term, most: int = 60) -> str:
    text = " ".join(short(term).split())
    while _width(text) > most:
        text = text[:-2] + "…"
    return text


def to_table(result: Result) -> str:
    """Aligned columns, Chinese counted as two columns wide, long values cut with …"""
    if result.form == "ASK":
        return "true" if result.boolean else "false"
    rows = [result.variables] + [[_cell(term) for term in row] for row in result.rows]
    widths = [max(_width(row[i]) for row in rows) for i in range(len(result.variables))]
    lines = ["  ".join(value + " " * (width - _width(value)) for value, width in zip(row, widths)).rstrip()
             for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def to_markdown(result: Result) -> str:
    if result.form == "ASK":
        return "true" if result.boolean else "false"

    def line(values: list[str]) -> str:
        return "| " + " | ".join(v.replace("\\", "\\\\").replace("|", "\\|") for v in values) + " |"

    rows = [line(result.variables), line(["---"] * len(result.variables))]
    rows += [line([" ".join(short(term).split()) for term in row]) for row in result.rows]
    return "\n".join(rows)
