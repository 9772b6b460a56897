"""``ipgraph query``, ``ipgraph serve`` and ``ipgraph load``: thin click wrappers over the query room's library calls.

Exit codes: 0 success; 2 the query, a parameter, the graph files or the
remote endpoint gave an error (the message names the file or URL, and the
line and column of a syntax error); 130 interrupted.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ipgraph.errors import InputError
from ipgraph.query.library import Query, library, resolve
from ipgraph.query.results import GRAPH_FORMATS, TABLE_FORMATS, render
from ipgraph.query.store import GRAPH_BASE, Result, check_syntax, graph_files, open_store, run


def _fail(error: InputError) -> None:
    click.echo(f"error: {error}", err=True)
    sys.exit(2)


def default_store_folder() -> Path:
    """Where the embedded store is kept: the build cache folder's ``query-store`` (gitignored, or the user cache)."""
    from ipgraph.builder.cache import default_cache_dir
    from ipgraph.resources import resources

    return default_cache_dir(resources()) / "query-store"


def default_files(triples: Path | None) -> list[tuple[str, Path]]:
    from ipgraph.resources import resources

    res = resources()
    return graph_files(triples or res.triples, res.ontology)


def _params(pairs: tuple[str, ...]) -> dict[str, str]:
    values = {}
    for pair in pairs:
        name, equals, value = pair.partition("=")
        if not equals or not name:
            raise InputError("--param", f"{pair!r} is not KEY=VALUE")
        values[name.strip()] = value
    return values


def list_library() -> str:
    """One line per saved query: name, title, and its parameters with their defaults."""
    lines = []
    for saved in library():
        params = " ".join(f"{p.name}={p.default}" for p in saved.params)
        lines.append(f"{saved.name:<26} {saved.title}" + (f"  [{params}]" if params else ""))
    return "\n".join(lines)


def execute(saved: Query, values: dict[str, str], triples: Path | None, endpoint: str | None, limit: int | None,
            union_default: bool = False) -> Result:
    """Bind, check and run a query in the embedded store, or at ``endpoint`` on ipgraph's named graphs there."""
    check_syntax(saved.text, saved.source)
    text = saved.bind(values)
    if endpoint is None:
        return run(open_store(default_files(triples), default_store_folder()), text, saved.source, limit)
    from ipgraph.query.remote import query as remote_query, remote_graphs

    graphs = None if union_default else remote_graphs(endpoint)
    if graphs == []:
        click.echo(f"warning: {endpoint} holds no ipgraph named graphs ({GRAPH_BASE}…); querying its default graph",
                   err=True)
    return remote_query(endpoint, text, saved.source, graphs or None, limit)


@click.command(name="query")
@click.argument("spec", metavar="NAME|FILE|-", required=False)
@click.option("--list", "show_list", is_flag=True, help="List the saved queries, one line each.")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE",
              help="Bind a parameter (as an RDF term of the type the query declares; IRIs as iporg:WIPO or <…>).")
@click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS + tuple(GRAPH_FORMATS)), default="table",
              show_default=True, help="Output: a table, the W3C SPARQL results formats, Markdown; RDF for CONSTRUCT.")
@click.option("--limit", type=click.IntRange(min=0), default=None, help="Show at most this many rows.")
@click.option("--triples", type=click.Path(exists=True, path_type=Path), default=None,
              help="Folder (or file) of Turtle to query (default: data/triples).")
@click.option("--endpoint", default=None, metavar="URL",
              help="Run at this SPARQL endpoint instead of the embedded store.")
@click.option("--union-default", is_flag=True,
              help="With --endpoint: the store's default graph is already the union of its graphs.")
def query_command(spec: str | None, show_list: bool, params: tuple[str, ...], fmt: str, limit: int | None,
                  triples: Path | None, endpoint: str | None, union_default: bool) -> None:
    """Run a saved query by NAME, a query FILE, or '-' (standard input) on the graph; timing goes to stderr."""
    try:
        if show_list:
            click.echo(list_library())
            return
        if spec is None:
            raise InputError("ipgraph query", "name a saved query, a file or '-' (ipgraph query --list shows them)")
        saved = resolve(spec)
        result = execute(saved, _params(params), triples, endpoint, limit, union_default)
    except InputError as error:
        _fail(error)
    rendered = render(result, fmt)
    click.echo(rendered, nl=not rendered.endswith("\n"))
    count = (f"{len(result.rows)} rows" if result.form == "SELECT" else
             f"{len(result.triples)} triples" if result.form in ("CONSTRUCT", "DESCRIBE") else "1 answer")
    more = f" (first {limit}; there are more)" if result.truncated else ""
    where = endpoint or "embedded store"
    click.echo(f"{count}{more} in {result.seconds * 1000:.1f} ms ({where})", err=True)


@click.command(name="load")
@click.option("--endpoint", required=True, metavar="URL",
              help="Graph Store Protocol endpoint (Oxigraph: http://HOST:7878/store; Fuseki: http://HOST:3030/DS/data).")
@click.option("--update", is_flag=True, help="URL is a SPARQL Update endpoint: DROP and INSERT DATA per graph.")
@click.option("--triples", type=click.Path(exists=True, path_type=Path), default=None,
              help="Folder of Turtle to load (default: data/triples).")
def load_command(endpoint: str, update: bool, triples: Path | None) -> None:
    """Push the graph into a store: one named graph per report, the reference data and the ontology, each replaced."""
    from ipgraph.query.remote import load

    try:
        written = load(endpoint, default_files(triples), update=update)
    except InputError as error:
        _fail(error)
    click.echo(f"loaded {len(written)} named graphs into {endpoint}")


@click.command(name="serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback exposes the endpoint to the network "
                   "(a warning says so).")
@click.option("--port", type=click.IntRange(min=0, max=65535), default=7878, show_default=True)
@click.option("--timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
              help="Seconds a query may run before it is stopped.")
@click.option("--max-rows", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="Rows (or triples) an answer holds at most.")
@click.option("--max-request-bytes", type=click.IntRange(min=1024), default=65_536, show_default=True,
              help="Largest request accepted (URL or body).")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="Queries run at once, each in its own process.")
@click.option("--triples", type=click.Path(exists=True, path_type=Path), default=None,
              help="Folder of Turtle to serve (default: data/triples).")
@click.option("--verbose", is_flag=True, help="Log every request to stderr.")
def serve_command(host: str, port: int, timeout: float, max_rows: int, max_request_bytes: int, workers: int,
                  triples: Path | None, verbose: bool) -> None:
    """Serve the graph as a read-only SPARQL 1.1 endpoint at /sparql, with a query page at /."""
    from ipgraph.query.server import LOCAL_HOSTS, Limits, make_server
    from ipgraph.query.store import store_path

    if host not in LOCAL_HOSTS:
        click.echo(f"warning: listening on {host}: anyone who can reach this machine can query the graph", err=True)
    try:
        store = store_path(default_files(triples), default_store_folder())
        server = make_server(store, library(), host, port, Limits(timeout, max_rows, max_request_bytes, workers),
                             verbose)
    except InputError as error:
        _fail(error)
    except OSError as error:
        click.echo(f"error: cannot listen on {host}:{port}: {error.strerror or error}", err=True)
        sys.exit(2)
    click.echo(f"SPARQL endpoint: http://{host}:{server.server_address[1]}/sparql (query page at /); Ctrl-C stops",
               err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        sys.exit(130)
    finally:
        server.server_close()


COMMANDS = [query_command, load_command, serve_command]
