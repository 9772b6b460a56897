"""Naming things for people: a node as a prefixed name, a value as Turtle, a node by its label and its passage."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal
from rdflib.namespace import DCTERMS, SH
from rdflib.term import Node

from ipgraph.vocab import IP, IPS, PREFIXES

# the prefixes a finding may use: the graph's, then the shapes' (longest namespace first, so ipr: beats ip:)
_NAMES = sorted([*((p, str(n)) for p, n in PREFIXES.items()), ("ips", str(IPS)), ("sh", str(SH))],
                key=lambda pair: -len(pair[1]))


def qname(node: Node | None) -> str:
    """ipr:org/WIPO, sh:minCount, [] for a blank node, <iri> when no prefix fits."""
    if node is None:
        return ""
    text = str(node)
    for prefix, namespace in _NAMES:
        if text.startswith(namespace):
            return f"{prefix}:{text[len(namespace):]}"
    if isinstance(node, BNode):
        return "[]"
    return f"<{text}>"


def expand(text: str | None) -> str | None:
    """The IRI a shown name stands for: the inverse of ``qname`` (other text is returned as it is)."""
    if not text:
        return None
    if text.startswith("<") and text.endswith(">"):
        return text[1:-1]
    prefix, _, local = text.partition(":")
    namespace = dict(_NAMES).get(prefix)
    return namespace + local if namespace is not None and not local.startswith("//") else text


def show(value: Node | None, limit: int = 80) -> str | None:
    """A value as it would be written in Turtle, shortened: ipr:org/WIPO, "2023-02-30"^^xsd:date, "文本"@zh."""
    if value is None:
        return None
    if not isinstance(value, Literal):
        return qname(value)
    text = str(value)
    text = text if len(text) <= limit else text[:limit] + "…"
    if value.language:
        return f'"{text}"@{value.language}'
    if value.datatype is not None and value.datatype != XSD.string:
        return f'"{text}"^^{qname(value.datatype)}'
    return f'"{text}"'


def label_of(data: Graph, node: Node | None) -> str | None:
    """How a person recognises a node: its Chinese label, else English, else the passage locator."""
    if node is None:
        return None
    names = [*data.objects(node, RDFS.label), *data.objects(node, DCTERMS.title)]
    labels = {lit.language: str(lit) for lit in names if isinstance(lit, Literal)}
    if labels:
        return labels.get("zh") or labels.get("en") or next(iter(labels.values()))
    locator = data.value(node, IP.locator)
    return f"passage {locator}" if locator is not None else None


def named(data: Graph, node: Node) -> str:
    label = label_of(data, node)
    return f"{label} <{node}>" if label else qname(node)


def passage_name(data: Graph, passage: Node) -> str:
    report = data.value(passage, IP.inReport)
    locator = data.value(passage, IP.locator)
    if report is None or locator is None:
        return qname(passage)
    return f"{str(report).rsplit('/', 1)[-1]} {locator}"


def source_of(data: Graph, node: Node | None) -> str | None:
    """The passage a node came from, as ``report-id locator``."""
    if node is None:
        return None
    passage = (node if (node, RDF.type, IP.Passage) in data
               else min(data.objects(node, IP.evidence), key=str, default=None))
    if passage is None:
        return None
    report = data.value(passage, IP.inReport)
    locator = data.value(passage, IP.locator)
    report_id = str(report).rsplit("/", 1)[-1] if report is not None else "?"
    return f"{report_id} {locator}" if locator is not None else qname(passage)


def display(path: Path | str, root: Path) -> str:
    """A path as a person (and GitHub) wants it: relative to the working directory, else to the project."""
    return _display(str(path), str(root), os.getcwd())


@lru_cache(maxsize=1024)
def _display(path: str, root: str, cwd: str) -> str:
    """Cached: every finding in a file names it, and resolving a path is a system call per part."""
    resolved = Path(path).resolve()
    for base in (cwd, root):
        try:
            return resolved.relative_to(Path(base).resolve()).as_posix()
        except ValueError:
            continue
    return str(Path(path))


def local_name(node: Node) -> str:
    text = str(node)
    return text.replace("#", "/").rsplit("/", 1)[-1] or text
