"""Mentions → facts: which node each passage names, gathered per report.

A fact here is "this node is stated by these passages"; the surface forms seen
are kept so that every way a report names a node ends up as a label.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ipgraph.passages import Passage
from ipgraph.pipeline import mentions


@dataclass
class NodeFacts:
    """Evidence and surface forms of one node in one report."""

    kind: str
    key: str
    passages: list[str] = field(default_factory=list)
    surface: set[str] = field(default_factory=set)
    count: int = 0


@dataclass
class ReportFacts:
    nodes: dict[tuple[str, str], NodeFacts] = field(default_factory=dict)

    def of_kind(self, kind: str) -> list[NodeFacts]:
        return sorted((n for n in self.nodes.values() if n.kind == kind), key=lambda n: n.key)

    @property
    def mention_count(self) -> int:
        return sum(n.count for n in self.nodes.values())


def extract(passages: list[Passage], data_dir: Path) -> ReportFacts:
    """The nodes each passage names, with the passages as evidence."""
    facts = ReportFacts()
    found = mentions([p.text for p in passages], data_dir)
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for passage, passage_mentions in zip(passages, found):
        for mention in passage_mentions:
            node = facts.nodes.setdefault((mention.kind, mention.key), NodeFacts(mention.kind, mention.key))
            node.count += 1
            node.surface.add(mention.text)
            if passage.slug not in seen[(mention.kind, mention.key)]:
                seen[(mention.kind, mention.key)].add(passage.slug)
                node.passages.append(passage.slug)
    return facts
