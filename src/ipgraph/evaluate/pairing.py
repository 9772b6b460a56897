"""Annotations paired with the facts found, and why the rest went unpaired, as counts (``ipgraph eval --kinds``).

A fold nobody may read (the check fold, a test half) can still say what kind of error dominates it: whether an
event was told twice, another event of its sentence was found instead, it was named otherwise, or not found. The
counts show no document, label or quote, so they can be printed for any half without reading its text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from ipgraph.evaluate.common import similar, squash

NEAR = 0.3
"""A label agreeing this far (but below the pairing floor) is a near miss: the fact was found, named otherwise."""

MISSED = {
    "retold": "a fact named like it went to another annotation",
    "sentence": "another fact of its sentence was found, not this one",
    "near": "a fact's label nearly agrees",
    "unlike": "the document's facts are all unlike it",
    "none": "nothing of the kind found in the document",
}
"""Kinds of annotation left unpaired, most to least found."""

UNANNOTATED = {
    "retold": "named like a paired annotation (told twice?)",
    "sentence": "stated in an annotated sentence, named otherwise",
    "near": "a label nearly agrees with an annotation's",
    "unlike": "no annotation near it",
}
"""Kinds of fact found but matched to no annotation."""

DATES = {
    "none": "none found",
    "unannotated": "found where none is annotated",
    "coarser": "coarser (a year or month of the annotated day)",
    "finer": "finer than annotated",
    "day": "another day of the year",
    "year": "another year",
}
"""Kinds of wrong date of a paired fact (found against annotated, both ISO prefixes)."""


class Labelled(Protocol):
    """A found fact as the kinds read it (``unseen.Found``)."""

    @property
    def doc(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def evidence(self) -> str: ...


F = TypeVar("F", bound=Labelled)
"""A found fact of one kind (``unseen.Found``)."""


def match(gold: Sequence[dict], found: Sequence[F], score: Callable[[dict, F], float],
           floor: float, tiebreak: Callable[[dict, F], float] | None = None) -> list[tuple[dict, F]]:
    """Pairs of annotation and fact in one document, best first, each used once.

    Greedy, not a maximum matching: measured in session 26, a maximum matching (most pairs, then most agreement)
    paired one more event on the dev fold (243 of 259) and one on the check fold (42 of 50) and moved dates and
    actors of others; greedy is the stricter count and the one every earlier figure was read with.

    With ``tiebreak``, two pairs whose annotations score the same against
    either fact are swapped when the swap agrees better (two meetings of one
    name in one text, 产权组织研讨会 twice, pair by date and actors instead of
    crosswise by the order they were written in). Swapping keeps which
    annotations and facts are matched, so it changes no count, only attributes.
    """
    scored = sorted(((score(g, f), i, j) for i, g in enumerate(gold) for j, f in enumerate(found)
                     if f.doc == g["doc"]), key=lambda t: (-t[0], t[1], t[2]))
    values = {(i, j): value for value, i, j in scored}
    used_g: set[int] = set()
    used_f: set[int] = set()
    pairs = []
    for value, i, j in scored:
        if value >= floor and i not in used_g and j not in used_f:
            used_g.add(i)
            used_f.add(j)
            pairs.append([i, j])
    if tiebreak:
        swap_ties(pairs, values, lambda i, j: tiebreak(gold[i], found[j]))
    return [(gold[i], found[j]) for i, j in pairs]


def swap_ties(pairs: list[list[int]], values: dict[tuple[int, int], float],
               agreement: Callable[[int, int], float]) -> None:
    """Swap the facts of two pairs that score the same either way round when the swap agrees better."""
    for a, first in enumerate(pairs):
        for second in pairs[a + 1:]:
            (g1, f1), (g2, f2) = first, second
            if values.get((g1, f2)) == values[(g1, f1)] and values.get((g2, f1)) == values[(g2, f2)] \
                    and agreement(g1, f2) + agreement(g2, f1) > agreement(g1, f1) + agreement(g2, f2):
                first[1], second[1] = f2, f1



def missed_kinds(gold: Sequence[dict], found: Sequence[Labelled],
                 pairs: Sequence[tuple[dict, Labelled]]) -> Counter[str]:
    """Each unpaired annotation's kind (``MISSED``), by the labels and evidence of the document's found facts."""
    paired = {id(row) for row, _ in pairs}
    return Counter(_kind([(row, fact) for fact in found if fact.doc == row["doc"]], "none")
                   for row in gold if id(row) not in paired)


def unannotated_kinds(gold: Sequence[dict], found: Sequence[Labelled],
                      pairs: Sequence[tuple[dict, Labelled]]) -> Counter[str]:
    """Each unpaired fact's kind (``UNANNOTATED``), by its label and evidence against the document's annotations."""
    paired = {id(fact) for _, fact in pairs}
    return Counter(_kind([(row, fact) for row in gold if row["doc"] == fact.doc], "unlike")
                   for fact in found if id(fact) not in paired)


def _kind(candidates: list[tuple[dict, Labelled]], alone: str) -> str:
    """How the closest of an unpaired item's candidates agrees with it: by label (one a pairing floor of 0.5 would
    have paired, so it went elsewhere), by the fact's evidence holding the annotation's quote, or nearly by label;
    ``alone`` when there is no candidate."""
    if not candidates:
        return alone
    labels = [similar(row.get("label") or "", fact.label) if row.get("label") and fact.label else 0.0
              for row, fact in candidates]
    if max(labels) >= 0.5:
        return "retold"
    if any(squash(row["quote"]) in squash(fact.evidence) for row, fact in candidates):
        return "sentence"
    return "near" if max(labels) >= NEAR else "unlike"


def date_kind(found: str | None, annotated: str | None) -> str | None:
    """How a paired fact's date differs from the annotation's (``DATES``); None when it agrees."""
    if found == annotated:
        return None
    if found is None or annotated is None:
        return "none" if found is None else "unannotated"
    if annotated.startswith(found) or found.startswith(annotated):
        return "coarser" if annotated.startswith(found) else "finer"
    return "day" if found[:4] == annotated[:4] else "year"


def dates_line(name: str, kinds: Counter[str]) -> str:
    return _line(f"{name} wrong", kinds, DATES)


def kinds_lines(name: str, missed: Counter[str], unannotated: Counter[str]) -> list[str]:
    """Two lines of counts, in the order of ``MISSED`` and ``UNANNOTATED``."""
    return [_line(f"{name} missed", missed, MISSED), _line(f"{name} found, not annotated", unannotated, UNANNOTATED)]


def _line(what: str, counts: Counter[str], words: dict[str, str]) -> str:
    parts = [f"{words[kind]} {counts[kind]}" for kind in words if counts[kind]]
    return f"{what} {sum(counts.values())}" + (": " + "; ".join(parts) if parts else "")
