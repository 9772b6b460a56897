"""GraphML, GEXF and CSV edge lists for Gephi and Cytoscape.

Those formats hold scalars only, so each edge's list of links becomes text
columns (the activities' IRIs, labels and dates, ``;``-separated, in date
order) beside the numbers; empty values are written as empty strings, so
every node and edge has every attribute and a file loads back as written.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from ipgraph.ingest.reading import write_all_atomic

FORMATS = ("graphml", "gexf", "csv")
_SEP = "; "


def flat(graph: nx.Graph) -> nx.Graph:
    """A copy with scalar attributes only: what the files hold."""
    out = nx.Graph(name=graph.name)
    for node, attrs in sorted(graph.nodes(data=True)):
        out.add_node(node, **{key: _scalar(value) for key, value in sorted(attrs.items())})
    for a, b, attrs in sorted(graph.edges(data=True)):
        row = {key: _scalar(value) for key, value in sorted(attrs.items()) if key != "links"}
        if "links" in attrs:
            links = attrs["links"]
            row.update(activities=_SEP.join(link["activity"] for link in links),
                       activity_labels=_SEP.join(link["label"] for link in links),
                       dates=_SEP.join(link["date"] or "?" for link in links),
                       stated=_SEP.join("stated" if link["stated"] else "inferred" for link in links))
        out.add_edge(a, b, **row)
    return out


def _scalar(value: str | int | float | bool | Iterable[object] | None) -> str | int | float | bool:
    if value is None:
        return ""
    if isinstance(value, (str, int, float, bool)):
        return value
    return _SEP.join(map(str, value))  # tuples of roles


def render(graph: nx.Graph, fmt: str) -> str:
    """The file's text: ``graphml``, ``gexf`` or ``csv`` (one row per edge, with its attributes)."""
    flattened = flat(graph)
    if fmt == "graphml":
        return "\n".join(nx.generate_graphml(flattened)) + "\n"
    if fmt == "gexf":
        return "\n".join(nx.generate_gexf(flattened)) + "\n"
    if fmt == "csv":
        return _csv(flattened)
    raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")


def _csv(graph: nx.Graph) -> str:
    columns = sorted({key for *_, attrs in graph.edges(data=True) for key in attrs})
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["source", "target", "source_label", "target_label", *columns])
    for a, b, attrs in graph.edges(data=True):
        writer.writerow([a, b, graph.nodes[a].get("label", ""), graph.nodes[b].get("label", ""),
                         *(attrs.get(column, "") for column in columns)])
    return buffer.getvalue()


def export(graph: nx.Graph, fmt: str, out: Path) -> Path:
    """Write ``graph`` to ``out`` atomically (a reader never sees half a file)."""
    text = render(graph, fmt)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_all_atomic([(out, text.encode("utf-8"))])
    return out
