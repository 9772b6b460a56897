"""Turtle bytes of a graph, as rdflib writes them, in half the time.

rdflib's Turtle serialiser works out the prefixed name of every IRI each time
it meets it (``compute_qname``: about 90,000 calls for the bundled reports, a
third of build time). The answer for one IRI never changes within one
serialisation, so it is remembered here; everything else is rdflib's own
code, and the bytes are rdflib's (tests/test_incremental.py compares them).
"""

from __future__ import annotations

import io

from rdflib import Graph
from rdflib.plugins.serializers.turtle import TurtleSerializer
from rdflib.term import Node


class _RememberingTurtleSerializer(TurtleSerializer):
    """rdflib's serialiser with the prefixed name of each IRI computed once.

    The first call also registers the IRI's namespace for the ``@prefix``
    lines, so answering later calls from memory changes nothing else.
    """

    def reset(self) -> None:
        super().reset()
        self._pnames: dict[tuple[Node, bool], str | None] = {}

    def get_pname(self, uri: Node, gen_prefix: bool = True) -> str | None:
        key = (uri, gen_prefix)
        try:
            return self._pnames[key]
        except KeyError:
            found = self._pnames[key] = super().get_pname(uri, gen_prefix)
            return found


def turtle_bytes(graph: Graph) -> bytes:
    """The graph as UTF-8 Turtle, byte for byte what ``graph.serialize(format="turtle")`` gives."""
    stream = io.BytesIO()
    _RememberingTurtleSerializer(graph).serialize(stream, encoding="utf-8")
    return stream.getvalue()
