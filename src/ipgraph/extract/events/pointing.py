"""Where a sentence's subject points back to an event told before: a word that points (本次, 此届, 该: the
``refers_back`` words) opens it, at once or after a short lead-in and its comma that says where the news comes from
or what it adds (据悉，本次培训班是…举办的; 据了解，该活动由…主办). The subject is the told event, not a new one,
and what the predicate names after its 是 says what that event was (``predicate_start``)."""

from __future__ import annotations

import re

from ipgraph.extract.events.model import BREAKS, EventRules
from ipgraph.zh.grammar import COMMAS

_LEAD_IN = 6
"""How far into a sentence the comma after a lead-in may stand (据了解，): the reach of ``EventRules.refers_back``'s
lead-in, four characters and the comma, with white space."""
_COMMA = re.compile(f"[{COMMAS}]")


def pointing_start(words: str, pointing: tuple[str, ...]) -> int | None:
    """Where the word that points back stands when it opens the sentence, at once or after a lead-in (据悉，本次…:
    3); none when it does not. A cheap test of the sentence's opening before any pattern runs over it."""
    start = len(words) - len(words.lstrip())
    if words.startswith(pointing, start):
        return start
    comma = _COMMA.search(words, start, start + _LEAD_IN)  # one search in C: ~5,000 sentences a build
    if comma is None or comma.start() == start:
        return None
    after = comma.end()
    while words[after : after + 1].isspace():
        after += 1
    return after if words.startswith(pointing, after) else None


_UP_TO_COPULA = re.compile(f"[^{BREAKS}是]*是")
"""The rest of a clause up to its 是: compiled once, not looked up in re's cache for every sentence."""


def predicate_start(sentence: str, rules: EventRules) -> int:
    """Where the predicate starts of a sentence (read in simplified script) whose subject points back to an event
    told before (此次培训是…举办的第一次…培训活动; 据悉，本次培训班是…举办的首个…培训班): what it names there says
    what that event was, it names no other; else the end."""
    start = pointing_start(sentence, rules.words.get("refers_back", ()))
    if start is None:
        return len(sentence)
    copula = _UP_TO_COPULA.match(sentence, start)
    return copula.end() if copula else len(sentence)
