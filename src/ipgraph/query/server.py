"""``ipgraph serve``: a read-only SPARQL 1.1 Protocol endpoint over the embedded store, with a small query page.

Queries run in worker processes that each open the on-disk store read-only.
A query cannot be interrupted inside pyoxigraph, so one that runs past the
timeout has its worker killed and replaced: the endpoint stays up and its
memory stays flat whatever a client sends. The HTTP side is the standard
library's ThreadingHTTPServer; handler threads only parse, check and wait.

Refused before a query runs: updates (this endpoint only reads), ``SERVICE``
(no calls to other hosts), requests larger than the size limit. Answers hold
at most ``max_rows`` rows (header ``X-Ipgraph-Truncated: true`` when cut).
"""

from __future__ import annotations

import html
import json
import multiprocessing
import queue
import threading
import urllib.parse
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path

from ipgraph.errors import InputError
from ipgraph.query.library import Query
from ipgraph.query.results import MEDIA_TYPES
from ipgraph.query.sparql_text import keywords, query_form

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
# Media types a client may ask for, by the format names results.render knows; the first of each list is the default.
TABLE_TYPES = {"application/sparql-results+json": "json", "application/json": "json",
               "application/sparql-results+xml": "xml", "application/xml": "xml", "text/csv": "csv",
               "text/tab-separated-values": "tsv"}
GRAPH_TYPES = {"text/turtle": "turtle", "application/ld+json": "jsonld", "application/n-triples": "ntriples",
               "application/rdf+xml": "rdfxml", "text/plain": "ntriples"}
FORMAT_PARAM = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "turtle": "turtle", "ttl": "turtle",
                "json-ld": "jsonld", "jsonld": "jsonld", "ntriples": "ntriples", "rdfxml": "rdfxml"}


@dataclass(frozen=True)
class Limits:
    timeout: float = 10.0
    max_rows: int = 10_000
    max_request_bytes: int = 64 * 1024
    workers: int = 2


class Refused(Exception):
    """A request the endpoint answers with an HTTP error: the status and a plain-text reason."""

    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _worker(store: str, conn: Connection) -> None:
    """One worker process: answer (query, format, limit) requests until the pipe closes."""
    import pyoxigraph as ox

    from ipgraph.query.results import render
    from ipgraph.query.store import run

    opened = ox.Store.read_only(store)
    while True:
        try:
            text, fmt, limit = conn.recv()
        except EOFError:
            return
        try:
            result = run(opened, text, "query", limit)
            conn.send(("ok", render(result, fmt).encode("utf-8"), result.truncated))
        except InputError as error:
            conn.send(("error", error.message if error.line is None else f"line {error.line}: {error.message}", False))


class _Worker:
    def __init__(self, context: multiprocessing.context.SpawnContext, store: Path) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker, args=(str(store), child), daemon=True)
        self.process.start()
        child.close()

    def stop(self) -> None:
        self.process.kill()
        self.process.join()
        self.conn.close()


class WorkerPool:
    """Worker processes over one store; a query past the timeout costs its worker, which is replaced."""

    def __init__(self, store: Path, size: int) -> None:
        self.store = store
        self.context = multiprocessing.get_context("spawn")
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.everyone: set[_Worker] = set()
        self.lock = threading.Lock()
        for _ in range(size):
            self._add()

    def _add(self) -> None:
        worker = _Worker(self.context, self.store)
        with self.lock:
            self.everyone.add(worker)
        self.idle.put(worker)

    def run(self, text: str, fmt: str, limit: int, timeout: float) -> tuple[bytes, bool]:
        try:
            worker = self.idle.get(timeout=timeout)
        except queue.Empty:
            raise Refused(HTTPStatus.SERVICE_UNAVAILABLE, "every worker is busy; try again") from None
        worker.conn.send((text, fmt, limit))
        if not worker.conn.poll(timeout):
            with self.lock:
                self.everyone.discard(worker)
            worker.stop()
            self._add()
            raise Refused(HTTPStatus.SERVICE_UNAVAILABLE,
                          f"the query ran past the {timeout:g} s timeout and was stopped")
        status, body, truncated = worker.conn.recv()
        self.idle.put(worker)
        if status == "error":
            raise Refused(HTTPStatus.BAD_REQUEST, body)
        return body, truncated

    def close(self) -> None:
        with self.lock:
            for worker in self.everyone:
                worker.stop()
            self.everyone.clear()


def negotiate(form: str, accept: str, asked: str | None) -> str:
    """The results format for a query form from the ``format`` parameter or the Accept header; Refused 406 if none
    fits."""
    table = form not in ("CONSTRUCT", "DESCRIBE")
    offered = TABLE_TYPES if table else GRAPH_TYPES
    if asked:
        fmt = FORMAT_PARAM.get(asked.lower()) or TABLE_TYPES.get(asked) or GRAPH_TYPES.get(asked)
        if fmt is not None and fmt in offered.values():
            return fmt
    ranked = []
    for position, item in enumerate(accept.split(",")):
        media, *params = [part.strip() for part in item.split(";")]
        weight = next((float(p[2:]) for p in params if p.startswith("q=") and _number(p[2:])), 1.0)
        ranked.append((-weight, position, media.lower()))
    for weight, _, media in sorted(ranked):
        if weight == 0:
            continue
        if media in offered:
            return offered[media]
        if media in ("*/*", "application/*", "text/*", ""):
            return "json" if table else "turtle"
    raise Refused(HTTPStatus.NOT_ACCEPTABLE, f"cannot answer a {form} query as {accept}; offered: {', '.join(offered)}")


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def check_request(text: str) -> str:
    """The query's form; Refused for an update or a SERVICE call, which this endpoint never runs."""
    form = query_form(text)
    if form not in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
        raise Refused(HTTPStatus.BAD_REQUEST, "only SELECT, ASK, CONSTRUCT and DESCRIBE: this endpoint is read-only")
    if "SERVICE" in keywords(text):
        raise Refused(HTTPStatus.BAD_REQUEST, "SERVICE is refused: this endpoint calls no other hosts")
    return form


class Endpoint:
    """What a handler needs: the pool, the limits, and the query page."""

    def __init__(self, store: Path, limits: Limits, saved: list[Query]) -> None:
        self.limits = limits
        self.pool = WorkerPool(store, limits.workers)
        self.page = query_page(saved).encode("utf-8")

    def answer(self, text: str, accept: str, asked: str | None) -> tuple[bytes, str, bool]:
        form = check_request(text)
        fmt = negotiate(form, accept, asked)
        body, truncated = self.pool.run(text, fmt, self.limits.max_rows, self.limits.timeout)
        return body, MEDIA_TYPES[fmt], truncated


class Handler(BaseHTTPRequestHandler):
    server: Server
    protocol_version = "HTTP/1.1"
    server_version = "ipgraph-sparql"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        if self.server.verbose:
            super().log_message(format, *args)

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        url = urllib.parse.urlsplit(self.path)
        if len(self.path) > self.server.endpoint.limits.max_request_bytes:
            return self._error(Refused(HTTPStatus.REQUEST_URI_TOO_LONG, "the request is larger than the size limit"))
        if url.path in ("/", "/index.html"):
            return self._send(HTTPStatus.OK, self.server.endpoint.page, "text/html; charset=utf-8")
        if url.path != "/sparql":
            return self._error(Refused(HTTPStatus.NOT_FOUND, "the endpoint is /sparql; the query page is /"))
        self._query(urllib.parse.parse_qs(url.query))

    def do_POST(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            return self._error(Refused(HTTPStatus.NOT_FOUND, "the endpoint is /sparql"))
        try:
            body = self._body()
        except Refused as refused:
            self.close_connection = True
            return self._error(refused)
        media = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        fields = urllib.parse.parse_qs(url.query)
        if media == "application/x-www-form-urlencoded":
            fields |= urllib.parse.parse_qs(body.decode("utf-8", "replace"))
        elif media == "application/sparql-query":
            fields["query"] = [body.decode("utf-8", "replace")]
        elif media == "application/sparql-update":
            return self._error(Refused(HTTPStatus.BAD_REQUEST, "updates are refused: this endpoint is read-only"))
        else:
            return self._error(Refused(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "send application/sparql-query or a form"))
        self._query(fields)

    def do_PUT(self) -> None:  # noqa: N802
        self._error(Refused(HTTPStatus.METHOD_NOT_ALLOWED, "this endpoint is read-only"))

    do_DELETE = do_PATCH = do_PUT  # noqa: N815

    def _body(self) -> bytes:
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            raise Refused(HTTPStatus.LENGTH_REQUIRED, "send a Content-Length")
        if int(length) > self.server.endpoint.limits.max_request_bytes:
            raise Refused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                          f"the request is larger than {self.server.endpoint.limits.max_request_bytes} bytes")
        return self.rfile.read(int(length))

    def _query(self, fields: dict[str, list[str]]) -> None:
        if "update" in fields:
            return self._error(Refused(HTTPStatus.BAD_REQUEST, "updates are refused: this endpoint is read-only"))
        texts = fields.get("query", [])
        if len(texts) != 1:
            return self._error(Refused(HTTPStatus.BAD_REQUEST, "give exactly one query parameter"))
        if fields.get("default-graph-uri") or fields.get("named-graph-uri"):
            return self._error(Refused(HTTPStatus.BAD_REQUEST, "the dataset is fixed: the union of ipgraph's graphs"))
        given = fields.get("format") or fields.get("output")
        asked = given[0] if given else None
        try:
            body, media, truncated = self.server.endpoint.answer(texts[0], self.headers.get("Accept", "*/*"), asked)
        except Refused as refused:
            return self._error(refused)
        self._send(HTTPStatus.OK, body, media, {"X-Ipgraph-Truncated": "true"} if truncated else {})

    def _error(self, refused: Refused) -> None:
        self._send(refused.status, (refused.message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def _send(self, status: HTTPStatus, body: bytes, media: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], endpoint: Endpoint, verbose: bool = False) -> None:
        self.endpoint = endpoint
        self.verbose = verbose
        super().__init__(address, Handler)

    def server_close(self) -> None:
        super().server_close()
        self.endpoint.pool.close()


def make_server(store: Path, saved: list[Query], host: str = "127.0.0.1", port: int = 7878,
                limits: Limits | None = None, verbose: bool = False) -> Server:
    """The endpoint bound to ``host:port`` (port 0: any free one), workers started; call ``serve_forever``."""
    endpoint = Endpoint(store, limits or Limits(), saved)
    try:
        return Server((host, port), endpoint, verbose)
    except OSError:
        endpoint.pool.close()
        raise


def _script_json(value: object) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' that could end it or open a comment."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def query_page(saved: list[Query]) -> str:
    """The query page: an editor, the saved queries, results drawn with textContent (report text is never HTML)."""
    options = "".join(f'<option value="{i}">{html.escape(q.name)}: {html.escape(q.title)}</option>'
                      for i, q in enumerate(saved))
    texts = _script_json([q.bind({}) for q in saved])
    return _PAGE.replace("{options}", options).replace("{texts}", texts)


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ipgraph SPARQL</title>
<meta http-equiv="Content-Security-Policy"
      content="default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
<style>body{font-family:sans-serif;margin:1em}textarea{width:100%;height:16em;font-family:monospace}
table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top}
#status{color:#555}</style></head><body>
<h1>ipgraph SPARQL endpoint</h1>
<p>Saved queries: <select id="saved"><option value="">(choose one)</option>{options}</select>
 &middot; endpoint: <code>/sparql</code> (GET or POST, read-only)</p>
<textarea id="query">SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }</textarea>
<p><button id="run">Run</button> <span id="status"></span></p>
<div id="results"></div>
<script type="application/json" id="texts">{texts}</script>
<script>
const texts = JSON.parse(document.getElementById("texts").textContent);
const editor = document.getElementById("query"), out = document.getElementById("results");
const status = document.getElementById("status");
document.getElementById("saved").addEventListener("change", e => {
  if (e.target.value !== "") editor.value = texts[Number(e.target.value)];
});
function cell(row, tag, text) { const c = document.createElement(tag); c.textContent = text; row.appendChild(c); }
document.getElementById("run").addEventListener("click", async () => {
  status.textContent = "running…"; out.replaceChildren();
  const started = performance.now();
  const response = await fetch("sparql", {method: "POST", body: new URLSearchParams({query: editor.value}),
    headers: {"Accept": "application/sparql-results+json, text/turtle;q=0.9"}});
  const body = await response.text();
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (!response.ok || !(response.headers.get("Content-Type") || "").includes("json")) {
    const pre = document.createElement("pre"); pre.textContent = body; out.appendChild(pre);
    status.textContent = (response.ok ? "" : "error " + response.status + " ") + "(" + seconds + " s)"; return;
  }
  const data = JSON.parse(body);
  if ("boolean" in data) { status.textContent = String(data.boolean) + " (" + seconds + " s)"; return; }
  const table = document.createElement("table"), head = document.createElement("tr");
  data.head.vars.forEach(v => cell(head, "th", v)); table.appendChild(head);
  data.results.bindings.forEach(b => {
    const row = document.createElement("tr");
    data.head.vars.forEach(v => cell(row, "td", b[v] ? b[v].value : "")); table.appendChild(row);
  });
  out.appendChild(table);
  status.textContent = data.results.bindings.length + " rows (" + seconds + " s)";
});
</script></body></html>
"""
