"""``ipgraph network stats|export`` and ``ipgraph viz``: thin click wrappers over ipgraph.network.

Exit codes as for every ipgraph command: 0 done; 2 the input cannot be read
(the message names the file and line) or an actor named with ``--ego`` is
not in the network. Nothing is written unless it is written whole.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ipgraph.errors import InputError

KINDS = ("partnership", "bipartite", "country")
DEFAULT_HTML = Path("out/network.html")

_paths = click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
_stated = click.option("--stated-only", is_flag=True,
                       help="Leave out roles the extractor inferred (the report's author as organiser or party).")
_lang = click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True,
                     help="Language of the names.")


def _network(paths: tuple[Path, ...], kind: str, stated_only: bool, ego: str | None = None):  # noqa: ANN202
    from ipgraph.network import graph as g
    from ipgraph.resources import resources

    try:
        data = g.load(list(paths) or [resources().triples])
    except InputError as error:
        _fail(str(error))
    build = {"partnership": g.partnership_network, "bipartite": g.bipartite_network, "country": g.country_network}
    network = build[kind](data, stated_only=stated_only)
    if ego:
        try:
            network = g.ego_network(network, ego)
        except KeyError as error:
            _fail(error.args[0])
    return data, network


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(2)


@click.group()
def network() -> None:
    """Actor networks from the graph: summary statistics and exports for Gephi and Cytoscape."""


@network.command()
@_paths
@click.option("--kind", type=click.Choice(KINDS), default="partnership", show_default=True)
@_stated
@_lang
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="Actors and communities listed.")
def stats(paths: tuple[Path, ...], kind: str, stated_only: bool, lang: str, top: int) -> None:
    """Print the size, density, top actors and communities of the network of PATHS (default: data/triples)."""
    from ipgraph.network.metrics import format_summary, summarise

    _, graph = _network(paths, kind, stated_only)
    click.echo(format_summary(summarise(graph, lang, top), top))


@network.command()
@_paths
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "csv"]), default="graphml", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: out/<kind>.<format>).")
@click.option("--kind", type=click.Choice(KINDS), default="partnership", show_default=True)
@click.option("--ego", default=None, help="Only this actor (key such as WIPO, IRI or label) and its partners.")
@_stated
def export(paths: tuple[Path, ...], fmt: str, out: Path | None, kind: str, ego: str | None, stated_only: bool) -> None:
    """Write the network of PATHS as GraphML, GEXF or a CSV edge list."""
    from ipgraph.network.export import export as write

    _, graph = _network(paths, kind, stated_only, ego)
    target = write(graph, fmt, out or Path("out") / f"{kind}.{'csv' if fmt == 'csv' else fmt}")
    click.echo(f"wrote {target} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges)")


@click.command()
@_paths
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_HTML, show_default=True,
              help="HTML file to write.")
@_lang
@click.option("--kind", type=click.Choice(["partnership", "country"]), default="partnership", show_default=True)
@click.option("--ego", default=None, help="Only this actor (key such as WIPO, IRI or label) and its partners.")
def viz(paths: tuple[Path, ...], out: Path, lang: str, kind: str, ego: str | None) -> None:
    """Write the network of PATHS (default: data/triples) as one self-contained HTML page that opens offline."""
    from ipgraph.network.html import write_html

    data, graph = _network(paths, kind, False, ego)
    graph.remove_nodes_from([node for node in list(graph) if graph.degree(node) == 0])
    write_html(graph, data, out, lang)
    click.echo(f"wrote {out} ({graph.number_of_nodes()} actors, {graph.number_of_edges()} edges): open it in a browser")
