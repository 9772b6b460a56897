"""Network measures from networkx itself, and the short summary ``ipgraph network stats`` prints.

Communities are Louvain's with a fixed seed, so the same graph gives the same
communities (and the same colours and layout) on every run.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

#: Above this many nodes betweenness is estimated from a fixed sample of sources (exact is O(n·m)).
EXACT_BETWEENNESS = 2000


def communities(graph: nx.Graph) -> list[set[str]]:
    """Louvain communities by link weight, largest first (ties by their first node): a stable order."""
    if graph.number_of_edges() == 0:
        return [{node} for node in sorted(graph)]
    found = nx.community.louvain_communities(graph, weight="weight", seed=0)
    return sorted(found, key=lambda group: (-len(group), min(group)))


def actor_metrics(graph: nx.Graph) -> dict[str, dict[str, float]]:
    """Per node: degree, weighted degree, betweenness and community number (0 = the largest)."""
    sample = None if len(graph) <= EXACT_BETWEENNESS else EXACT_BETWEENNESS // 4
    betweenness = nx.betweenness_centrality(graph, k=sample, seed=0)
    community = {node: number for number, group in enumerate(communities(graph)) for node in group}
    weighted = dict(graph.degree(weight="weight"))
    return {node: {"degree": graph.degree(node), "weighted_degree": weighted[node],
                   "betweenness": betweenness[node], "community": community[node]} for node in graph}


@dataclass(frozen=True)
class Summary:
    """What an analyst reads first: size, density, the best-connected actors and the communities."""

    name: str
    nodes: int
    edges: int
    links: int
    inferred_only_edges: int
    density: float
    components: int
    top_weighted: list[tuple[str, float]]
    top_betweenness: list[tuple[str, float]]
    communities: list[list[str]]


def summarise(graph: nx.Graph, lang: str = "zh", top: int = 10) -> Summary:
    """A Summary naming nodes by their ``label_<lang>`` (falling back to the other label, then the IRI)."""
    metrics = actor_metrics(graph)

    def name(node: str) -> str:
        attrs = graph.nodes[node]
        other = "en" if lang == "zh" else "zh"
        return attrs.get(f"label_{lang}") or attrs.get(f"label_{other}") or node

    def best(key: str) -> list[tuple[str, float]]:
        ranked = sorted(graph, key=lambda n: (-metrics[n][key], name(n)))[:top]
        return [(name(n), metrics[n][key]) for n in ranked if metrics[n][key] > 0]

    groups = [sorted(group, key=lambda n: (-metrics[n]["weighted_degree"], name(n))) for group in communities(graph)]
    return Summary(
        name=graph.name, nodes=graph.number_of_nodes(), edges=graph.number_of_edges(),
        links=int(graph.size(weight="weight")),
        inferred_only_edges=sum(1 for *_, attrs in graph.edges(data=True) if attrs.get("inferred_only")),
        density=nx.density(graph), components=nx.number_connected_components(graph) if len(graph) else 0,
        top_weighted=best("weighted_degree"), top_betweenness=best("betweenness"),
        communities=[[name(n) for n in group] for group in groups if len(group) > 1])


def format_summary(summary: Summary, top: int = 10) -> str:
    """The text ``ipgraph network stats`` prints."""
    noun = "nodes" if summary.name == "actor-activity" else "actors"  # the bipartite network has activities too
    lines = [f"{summary.name} network: {summary.nodes} {noun}, {summary.edges} edges ({summary.links} links, "
             f"{summary.inferred_only_edges} edges from inferred roles only), density {summary.density:.4f}, "
             f"{summary.components} components",
             "top actors by weighted degree (links):"]
    lines += [f"  {value:>4g}  {name}" for name, value in summary.top_weighted]
    lines.append("top actors by betweenness:")
    lines += [f"  {value:.3f}  {name}" for name, value in summary.top_betweenness]
    lines.append(f"communities (Louvain): {len(summary.communities)} with two or more actors")
    for number, members in enumerate(summary.communities[:top], start=1):
        shown = "、".join(members[:5]) + (f" … (+{len(members) - 5})" if len(members) > 5 else "")
        lines.append(f"  {number:>2}. {len(members):>3} actors: {shown}")
    return "\n".join(lines)
