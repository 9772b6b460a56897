"""A body a state and another side set up together, named by the sides joined with a dash before its head
(中国—东盟中心, 中国-东盟技术转移中心): the name opens at the state. Read alone, the second side's name would end the
name there: as a known body it makes what follows its unit (东盟技术转移中心, ASEAN's), or leaves a head with no words
of its own (中心 after 东盟), which names no body. Not a programme of two bodies (产权组织-某局暑期班) nor the bodies
each side has one of (中国—东盟知识产权局: ONE_PER_PLACE)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ipgraph.extract.mentions.lists import ONE_PER_PLACE, many_bodies
from ipgraph.knowledge.gazetteer import COUNTRY, ORG

if TYPE_CHECKING:
    from ipgraph.extract.mentions.organisations import OrgShapes

SIDE_DASHES = frozenset("—–-－―")
"""The dashes that join two sides in a name (中国—东盟, 中国-东盟, 中國–東盟); a double em dash (——) too."""
_SIDES = (COUNTRY, ORG)


def dash_joined(shapes: OrgShapes, doc: Doc, text: str, found: list[Span], added: list[Span]) -> list[Span]:
    """``added`` with the body of each two sides joined by a dash read from the first side: a new name that opened
    at the second side opens at the first, and a head right after the second side names the sides' body."""
    sides = sorted((s for s in found if s.label_ in _SIDES), key=lambda s: s.start_char)
    out = list(added)
    for first, second in zip(sides, sides[1:]):
        between = text[first.end_char : second.start_char]
        if first.label_ != COUNTRY or not between or len(between) > 2 or not set(between) <= SIDE_DASHES:
            continue
        opened = next((s for s in out if s.label_ == ORG and s.start_char == second.start_char), None)
        end = opened.end_char if opened is not None else _head_after(shapes, text, second.end_char)
        head = shapes.head_at(text, end) if end else None
        if head is None or head.kind in ONE_PER_PLACE or many_bodies(shapes, text, first.start_char, end, None):
            continue  # 中国—东盟知识产权局局长会议: each side's office, no body of both
        span = shapes._span(doc, first.start_char, end, None)
        if span is None:
            continue
        out = [s for s in out if s is not opened] + [span]
    return out


def _head_after(shapes: OrgShapes, text: str, at: int) -> int:
    """Where a head that starts right at ``at`` ends (东盟中心: after 中心), the longest; 0 when none starts there."""
    for end in range(min(len(text), at + 5), at, -1):
        head = shapes.head_at(text, end)
        if head is not None and end - len(head.head) == at:
            return end
    return 0
