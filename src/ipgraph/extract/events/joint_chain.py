"""Who held an event whose sentence names no body at all, only that several held it (4月23日，在某广场，联合开展了X):
a joint adverb before a verb of holding with no subject is zero anaphora across the sentence's start, to those who
held together the last event told with holders (由A、B和C共同举办了讲座。…联合开展了宣传活动: A, B and C
again; a named day told between, which no one holds, is passed over). A single
holder told last is no antecedent of 联合 (it needs several), so one is never carried."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ipgraph.extract.events.model import BREAKS
from ipgraph.ingest.passages import Passage
from ipgraph.knowledge.gazetteer import ORG
from ipgraph.zh.grammar import SENTENCE_ENDS, alternation, stretch_start

if TYPE_CHECKING:
    from ipgraph.extract.events.reader import EventReader

_BETWEEN = 4
"""How many characters may stand between the joint adverb and the verb of holding (联合组织开展了: 组织)."""


@lru_cache(maxsize=4)
def _joint_opening(lead: str, joint: str, holding: str) -> re.Pattern[str]:
    """Adverbs, a joint adverb and a verb of holding that open a clause right before an event's name (联合开展了“…”,
    共同组织举办了): the clause has no subject of its own. Made once per knowledge folder."""
    return re.compile(rf"\s*(?:{lead})*(?:{joint})[^{BREAKS}]{{0,{_BETWEEN}}}?(?:{holding})了?\s*[“「《]?\s*")


def joint_holders(reader: EventReader, passage: Passage, label: tuple[int, int] | None) -> dict[str, list[str]]:
    """The organisers and partners of the last event told with holders, when it had several organisers and the
    clause of the event at ``label`` opens with a joint adverb and a verb of holding, no body named in its sentence
    before it."""
    words = reader.rules.words
    if label is None or not reader.order or not words.get("joint_lead"):
        return {}
    text = passage.text
    clause = stretch_start(text, label[0], BREAKS)
    adverbs = words.get("adverb", ()) + words.get("role_adverb", ())
    opening = _joint_opening(alternation(tuple(w for w in adverbs if w not in words["joint_lead"])),
                             alternation(words["joint_lead"]), reader.rules.organising.pattern)
    if opening.fullmatch(text, clause, label[0]) is None:
        return {}
    sentence = stretch_start(text, label[0], SENTENCE_ENDS)
    if any(m.kind == ORG and sentence <= m.start < label[0] for m in reader.facts.located.get(passage.slug, [])):
        return {}
    last = next((e for e in map(reader.events.get, reversed(reader.order)) if e and e.organisers), None)
    if last is None or len(last.organisers) < 2:
        return {}
    return {"organiser": list(last.organisers), "partner": list(last.partners)}
