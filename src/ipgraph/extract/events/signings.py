"""Signing ceremonies: with no organiser named, the bodies that sign hold the ceremony together (A与B…合作协议签约
仪式在…举行); the annotators' rule (q's rule 6) and plain sense agree that each party is one of its organisers."""

from __future__ import annotations

import re
from collections.abc import Callable

from ipgraph.extract.events.context import Context, run_before
from ipgraph.extract.events.labels import spelled
from ipgraph.extract.events.model import EventFact, EventRules

_TITLE = re.compile(r"《[^《》]*》")
"""A document's title inside a ceremony's name: the bodies it names are the document's, not the ceremony's hosts."""


def signing_parties(event: EventFact, rules: EventRules, read: Callable[[], Context], start: int, end: int) -> None:
    """A ceremony named by an act of signing (``signing_act``: 签约, 签署) that no sentence gives an organiser:
    the bodies named in its name (``start``–``end`` in the sentence), or right before it (A与B合作协议签字仪式),
    outside a document's title, are its organisers. ``read`` gives the sentence's context, read only for such a
    ceremony."""
    if event.type != "Ceremony" or event.organisers \
            or not any(w in spelled(event.label) for w in rules.words.get("signing_act", ())):
        return
    sentence = read()
    titles = [t.span() for t in _TITLE.finditer(sentence.text, start, end)]
    named = run_before(sentence, start) + [m for m in sentence.orgs() if start <= m.start and m.end <= end]
    parties = [f"org/{m.key}" for m in named if not any(a <= m.start < b for a, b in titles)]
    event.organisers = list(dict.fromkeys(parties))
    event.partners = [k for k in event.partners if k not in event.organisers]
    event.participants = [k for k in event.participants if k not in event.organisers]
