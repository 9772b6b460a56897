"""ipgraph: policy reports on IP enforcement and cooperation → a validated RDF knowledge graph.

The rooms, in the order data flows: ingest (reports → passages) → extract (passages → facts, with the grammar of
zh and the knowledge files) → rdf (facts → Turtle) → builder (the whole path, cached); check validates what build
wrote. ``ipgraph.build`` and ``ipgraph.check`` are the two calls a notebook starts with.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ipgraph import compiled_patterns, shared_charsets

# Before any of our patterns, and those of the libraries we import, are compiled.
shared_charsets.install()
compiled_patterns.install()

from ipgraph.check import CheckReport, Finding, check  # noqa: E402

if TYPE_CHECKING:
    from ipgraph.builder.build import build

__all__ = ["build", "check", "CheckReport", "Finding"]


def __getattr__(name: str) -> Any:
    """``ipgraph.build`` is imported on first use: extraction loads spaCy (~1.5 s), which a check does not need."""
    if name == "build":
        from ipgraph.builder.build import build

        return build
    raise AttributeError(f"module 'ipgraph' has no attribute {name!r}")
