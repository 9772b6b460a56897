"""ipgraph: policy reports on IP enforcement and cooperation → a validated RDF knowledge graph.

The stages, each a module: corpus (which reports) → passages → pipeline
(mentions) → facts → triples → build; check validates what build wrote.
"""

from ipgraph.build import build
from ipgraph.check import CheckReport, Finding, check

__all__ = ["build", "check", "CheckReport", "Finding"]
