"""The holders a list of events shares: 东湖区市场监管局举办了A、B和C names its organiser once, before the first item.

The sentence rule reads the roles of each name from the words around it, and the subject before the verb stands next
to the first item only; the items after it (after 、, or 和/及 closing the list) carry no words of their own about who
held them, so they take the first item's organisers and partners, when the text gave them none of their own."""

from __future__ import annotations

from ipgraph.extract.events.model import EventFact
from ipgraph.zh.grammar import COORDINATORS

Listed = tuple[str, EventFact] | None
"""The sentence and the event its last list item told, or none."""


def shared_holders(previous: Listed, sentence: str, start: int, event: EventFact) -> Listed:
    """Give ``event``, named at ``start`` of ``sentence`` right after a list's 、 or closing joiner, the organisers
    and partners of the item told before it in the same sentence when it has none; return what the next item of
    the sentence shares."""
    opening = sentence[:start].rstrip()
    item = opening.endswith(COORDINATORS) and previous is not None and previous[0] == sentence
    if item and previous is not None and not event.organisers and previous[1].organisers:
        event.organisers = list(previous[1].organisers)
        event.partners = [k for k in previous[1].partners if k not in event.organisers] or event.partners
    return sentence, event
