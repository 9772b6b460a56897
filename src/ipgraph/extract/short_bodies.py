"""Bodies a report prints short after printing them in full: the reader takes the short name for the body named
before it.

Two shapes of the short name: the level of a place and a one-character head (市局, 省局, 区院: the city's bureau),
which the one body of that place and head the report prints in full stands for (某市市场监督管理局 … 市局知识产权
保护处); and a bare head noun (中心, 学院) before a title, which stands for the body of that head the paragraph
has just named. Tried and dropped (session 32): taking, of several full names a short one ends, the one told before
the person; the report's own body printed later (洛阳市市场监管局 after 河南省市场监管局) is as often meant.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ipgraph.extract.report_facts import Located
from ipgraph.knowledge.gazetteer import ORG, PERSON

Position = tuple[int, int]
"""Where a node is told: the passage's place in the report and the offset in it."""


class Antecedents:
    """Where the report tells each node, read once every passage is resolved and only when a short name needs it
    (most reports never do): the passages in the order the resolver read them (the report's), the mentions in the
    order of their offsets."""

    def __init__(self, located: Mapping[str, list[Located]]) -> None:
        self.located = located
        self._told: dict[tuple[str, str], list[Position]] | None = None

    def told(self) -> dict[tuple[str, str], list[Position]]:
        if self._told is None:
            self._told = {}
            for at, mentions in enumerate(self.located.values()):
                for m in mentions:
                    self._told.setdefault((m.kind, m.key), []).append((at, m.start))
        return self._told

    def nearest(self, bodies: list[str], person: str, bare: bool) -> str:
        """Of the ``bodies`` a ``bare`` head noun (中心, 学院: no words of its own) may stand for, the one told last
        before the person in the person's own passage, as a reader takes it for the body just named
        (知识产权研究中心主任甲、中心副主任乙: that centre, not another named further back); the first of them where
        the passage tells none before, or the short name has words of its own (市场监管局: the body it names by
        them, whichever the report tells first, not the province's bureau named just before): across
        passages the body a report is about, told first, is the likelier one (联盟理事长甲 after a paragraph citing
        another 联盟)."""
        if len(bodies) < 2 or not bare:
            return bodies[0] if bodies else ""
        told = self.told()
        if (PERSON, person) not in told:
            return bodies[0]
        at = told[(PERSON, person)][0]
        last = {b: max((p for p in told.get((ORG, b), ()) if at[0] == p[0] and p < at), default=None) for b in bodies}
        before = [b for b in bodies if last[b] is not None]
        return max(before, key=lambda b: last[b] or at) if before else bodies[0]


def level_parent(read: str, names: Iterable[str], report_places: Mapping[str, set[str]], lone_places: tuple[str, ...],
                 one_char_heads: frozenset[str], fold: dict[int, str]) -> str:
    """The full name of the body a name opening with a level and a one-character head stands for (市局, 省局…:
    ``read`` in one script), where the report names one place of that level and prints one body of that place
    ending in that head (武汉市 and 武汉市市场监督管理局: 市局知识产权保护处 is 武汉市市场监督管理局知识产权保护处);
    "" where it names none or several. A head is taken only when the name's first two characters are the level and
    the head (市局), never a word the level opens (市场)."""
    if len(read) < 2 or read[0] not in lone_places or read[1] not in one_char_heads:
        return ""
    places = report_places.get(read[0], set())
    if len(places) != 1:
        return ""
    place = next(iter(places))
    fulls = {n for n in names if n.startswith(place) and len(n) > len(place) + 1
             and n.translate(fold).endswith(read[1])}
    return fulls.pop() + read[2:] if len(fulls) == 1 else ""
