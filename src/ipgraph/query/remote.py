"""The graph in other stores: pushed over the SPARQL 1.1 Graph Store Protocol (or Update), queried over the Protocol.

One named graph per file (``https://w3id.org/ipgraph/graph/<stem>``: each
report, the reference data, the ontology), replaced as a whole on reload,
the layout the embedded store uses too. A store keeps named graphs out of
its default graph unless told otherwise, so a remote query names them as
its dataset with ``default-graph-uri`` (SPARQL 1.1 Protocol §2.1.4), the same
as ``FROM``: the library's queries then run unchanged on Oxigraph, Fuseki or
QLever, whatever the server's own union setting.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox

from ipgraph.errors import InputError
from ipgraph.query.library import with_prefixes
from ipgraph.query.sparql_text import query_form
from ipgraph.query.store import GRAPH_BASE, Result, collect, serialise

USER_AGENT = "ipgraph (+https://w3id.org/ipgraph)"


class RemoteError(InputError):
    """An endpoint that cannot be reached or says no: reported with its URL (a Path would fold the '//')."""

    def __init__(self, url: str, message: str) -> None:
        self.url = url
        super().__init__(url, message)

    def where(self) -> str:
        return self.url


def _request(url: str, data: bytes | None, headers: dict[str, str], method: str, timeout: float) -> bytes:
    request = urllib.request.Request(url, data=data, method=method, headers={"User-Agent": USER_AGENT, **headers})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - the user names the URL
            return response.read()
    except urllib.error.HTTPError as error:
        detail = error.read()[:500].decode("utf-8", "replace").strip()
        raise RemoteError(url, f"the endpoint answered {error.code} {error.reason}: {detail}") from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise RemoteError(url, f"cannot reach the endpoint: {reason}") from None


def load(store_url: str, files: list[tuple[str, Path]], update: bool = False, timeout: float = 300) -> list[str]:
    """Put each file into its named graph at ``store_url``, replacing what the graph held; the graphs written.

    ``store_url`` is the Graph Store Protocol endpoint (HTTP PUT ``?graph=``),
    or with ``update`` a SPARQL Update endpoint (``DROP SILENT GRAPH`` then
    ``INSERT DATA``, one request per graph so a graph is never half replaced).
    """
    written = []
    for graph, path in files:
        try:
            turtle = path.read_bytes()
        except OSError as error:
            raise InputError(path, f"cannot read: {error.strerror or error}") from None
        if update:
            triples = serialise(ox.parse(turtle, format=ox.RdfFormat.TURTLE), ox.RdfFormat.N_TRIPLES)
            body = f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n".encode() + triples + b"}}\n"
            _request(store_url, body, {"Content-Type": "application/sparql-update"}, "POST", timeout)
        else:
            url = f"{store_url}{'&' if '?' in store_url else '?'}graph={urllib.parse.quote(graph, safe='')}"
            _request(url, turtle, {"Content-Type": "text/turtle"}, "PUT", timeout)
        written.append(graph)
    return written


def remote_graphs(endpoint: str, timeout: float = 60) -> list[str]:
    """ipgraph's named graphs at a query endpoint, by name."""
    text = (f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ }} FILTER (STRSTARTS(STR(?g), "{GRAPH_BASE}")) }} ORDER BY ?g')
    result = query(endpoint, text, "<graphs>", None, timeout=timeout)
    return [row[0].value for row in result.rows if isinstance(row[0], ox.NamedNode)]


def query(endpoint: str, text: str, source: str, graphs: list[str] | None, limit: int | None = None,
          timeout: float = 60) -> Result:
    """Run ``text`` at ``endpoint`` (POST, form-encoded), with ``graphs`` as its default graph when given."""
    form = query_form(text)
    fields = [("query", with_prefixes(text))] + [("default-graph-uri", g) for g in graphs or []]
    graph_answer = form in ("CONSTRUCT", "DESCRIBE")
    accept = "application/n-triples" if graph_answer else "application/sparql-results+json"
    started = time.perf_counter()
    body = _request(endpoint, urllib.parse.urlencode(fields).encode(),
                    {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept}, "POST", timeout)
    try:
        answer = ((quad.triple for quad in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)) if graph_answer
                  else ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON))
        result = collect(answer, form, limit)
    except (SyntaxError, ValueError) as error:
        raise RemoteError(endpoint, f"the endpoint's answer is not {accept}: {error}") from None
    result.seconds = time.perf_counter() - started
    return result
