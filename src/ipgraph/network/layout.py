"""Node positions computed in Python, so the browser draws at once with physics off.

A force layout of the whole network in the browser took 66 s to first draw
at 1,000 nodes (field notes); here each connected component is laid out on
its own and the components are packed in rows, largest first, so small
groups do not fly to the edges. A component of more than ``SPRING_LIMIT``
nodes is split into its Louvain communities, each laid out alone and placed
by a layout of the communities themselves (networkx's spring layout needs
scipy from 500 nodes on, and would take minutes at thousands).

Inferred-only links pull with 0.3 of a stated link's force, so the
report's author does not gather its inferred partners into one star.
"""

from __future__ import annotations

import math
from collections.abc import Hashable
from typing import TypeVar

import networkx as nx
import numpy as np

SPRING_LIMIT = 400
SPACING = 60.0  # pixels per node-width: about one label apart at zoom 1
SPREAD = 4.0  # times networkx's default optimal distance: hubs' partners spread out instead of piling up
INFERRED_PULL = 0.3  # an inferred-only link pulls less: the author's inferred partners sit on the rim, not in a star


def _pull(graph: nx.Graph) -> nx.Graph:
    """A weighted copy whose edge weight is the force a layout should give it."""
    pulled = nx.Graph()
    pulled.add_nodes_from(sorted(graph))
    for a, b, attrs in graph.edges(data=True):
        stated = attrs.get("stated_weight", attrs.get("weight", 1))
        pulled.add_edge(a, b, pull=stated + INFERRED_PULL * (attrs.get("weight", 1) - stated))
    return pulled


def _ordered(graph: nx.Graph, nodes: set[str]) -> nx.Graph:
    """The subgraph on ``nodes`` with nodes and edges in sorted order: networkx's subgraph views iterate in set
    order, which changes with Python's string hashing, and the layouts depend on the order."""
    sub = nx.Graph()
    sub.add_nodes_from(sorted(nodes))
    sub.add_edges_from(sorted((min(a, b), max(a, b), attrs) for a, b, attrs in graph.subgraph(nodes).edges(data=True)))
    return sub


N = TypeVar("N", bound=Hashable)  # a node: an actor's IRI, or a group's number


def _unit(pos: dict[N, tuple[float, float]]) -> dict[N, tuple[float, float]]:
    """Positions centred on 0, turned so the longest extent is horizontal (screens are wide), radius 1."""
    if len(pos) == 1:
        return {node: (0.0, 0.0) for node in pos}
    points = np.array(list(pos.values()), dtype=float)
    points -= points.mean(axis=0)
    _, vectors = np.linalg.eigh(points.T @ points)
    points = points @ vectors[:, ::-1]  # principal axis first
    points /= np.hypot(points[:, 0], points[:, 1]).max() or 1.0
    return {node: (float(x), float(y)) for node, (x, y) in zip(pos, points)}


def _radius(size: int) -> float:
    return SPACING * math.sqrt(size) if size > 2 else SPACING * size


def _component(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """Positions of one connected graph, in pixels around (0, 0)."""
    if len(graph) <= SPRING_LIMIT:
        pos = nx.spring_layout(graph, weight="pull", seed=0, iterations=200, k=SPREAD / math.sqrt(len(graph)))
        radius = _radius(len(graph))
        return {node: (x * radius, y * radius) for node, (x, y) in _unit(pos).items()}
    groups = sorted(nx.community.louvain_communities(graph, weight="pull", seed=0), key=lambda g: (-len(g), min(g)))
    if len(groups) == 1:
        return {node: (x * _radius(len(graph)), y * _radius(len(graph)))
                for node, (x, y) in nx.circular_layout(sorted(graph)).items()}
    return _place_groups(graph, groups)


def _place_groups(graph: nx.Graph, groups: list[set[str]]) -> dict[str, tuple[float, float]]:
    """Each community laid out alone, then placed where a layout of the community graph puts it."""
    member = {node: index for index, group in enumerate(groups) for node in group}
    between = nx.Graph()
    between.add_nodes_from(range(len(groups)))
    for a, b, attrs in graph.edges(data=True):
        ga, gb = member[a], member[b]
        if ga != gb:
            old = between.get_edge_data(ga, gb, {"pull": 0.0})["pull"]
            between.add_edge(ga, gb, pull=old + attrs["pull"])
    centres = _unit(nx.spring_layout(between, weight="pull", seed=0) if len(groups) <= SPRING_LIMIT
                    else nx.circular_layout(between))
    spread = sum(_radius(len(group)) for group in groups) / math.sqrt(len(groups)) * 2.5
    pos: dict[str, tuple[float, float]] = {}
    for index, group in enumerate(groups):
        cx, cy = centres[index]
        for node, (x, y) in _component(_ordered(graph, group)).items():
            pos[node] = (cx * spread + x, cy * spread + y)
    return pos


def layout(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """Pixel positions for every node: components laid out alone, packed in rows by their boxes, largest first."""
    pulled = _pull(graph)
    components = sorted(nx.connected_components(pulled), key=lambda c: (-len(c), min(c)))
    laid = [_component(_ordered(pulled, component)) for component in components]
    boxes = [_box(pos) for pos in laid]
    area = sum((x1 - x0 + SPACING * 2) * (y1 - y0 + SPACING) for x0, y0, x1, y1 in boxes)
    width = max([x1 - x0 for x0, _, x1, _ in boxes] + [1.6 * math.sqrt(area)])
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for pos, (x0, y0, x1, y1) in zip(laid, boxes):
        if x > 0 and x + x1 - x0 > width:
            x, y, row_height = 0.0, y + row_height + SPACING, 0.0
        for node, (px, py) in pos.items():
            out[node] = (round(x + px - x0, 1), round(y + py - y0, 1))
        x += x1 - x0 + SPACING * 2  # room for the labels, which are wider than the nodes
        row_height = max(row_height, y1 - y0)
    return out


def _box(pos: dict[str, tuple[float, float]]) -> tuple[float, float, float, float]:
    xs, ys = [x for x, _ in pos.values()], [y for _, y in pos.values()]
    return min(xs), min(ys), max(xs), max(ys)
