"""Pairs of sides listed before one signing verb: 甲市与乙市、丙省与丁州等签署友好城市关系协议书. Each pair signs
an instrument of its own; read as one clause, the first side would be the subject and every other side its
counterpart, and the last pair's second side would be lost. The words that join the two sides of a pair are the
signing reader's (knowledge/commitments/signing.tsv, ``with``); the pairs are listed with 、 (zh.grammar), and the
list may close with 等 and a summing noun (等中外地方政府) before the verb."""

from __future__ import annotations

import re

from ipgraph.extract.parties import PartyReader
from ipgraph.extract.report_facts import Located
from ipgraph.extract.statements import actors, path_of
from ipgraph.knowledge.gazetteer import COUNTRY, ORG
from ipgraph.zh.grammar import CLAUSE_BREAKS, alternation

_SIDE = rf"[^{CLAUSE_BREAKS}、与等《》“”\"（）()\s]{{2,20}}"
"""A side's name: no break, list mark, 与 or quote inside it."""
_CLOSE = re.compile(rf"(?:等[^{CLAUSE_BREAKS}、]{{0,12}}?)?(?:共同|分别|各自|共|正式)?\s*$")
"""What may stand between the last pair and the verb: 等, a summing noun, an adverb of the signing."""


def listed_pairs(sentence: str, mentions: list[Located], start: int, verb: int, with_words: tuple[str, ...],
                 parties: PartyReader, slug: str) -> list[list[str]]:
    """The pairs of sides that make up ``sentence[start:verb]``, two pairs at least, as party paths: a mention that is
    the whole name, else the organisation its words name, else a new one of those words (兴安盟: a place's government
    named by the place), evidenced by the passage ``slug``; else none."""
    joiner = alternation(tuple(w for w in with_words if len(w) == 1))
    if not joiner:
        return []
    head = _CLOSE.search(sentence, start, verb)
    end = head.start() if head else verb
    pieces = sentence[start:end].strip().split("、")
    pair = re.compile(f"({_SIDE})(?:{joiner})({_SIDE})")
    matched = [pair.fullmatch(piece) for piece in pieces]
    if len(pieces) < 2 or not all(matched):
        return []
    named = {sentence[m.start:m.end]: path_of(m) for m in actors(mentions, sentence, start, end, (ORG, COUNTRY))}
    return [[named.get(side) or parties.new_party(parties.name(side) or side, slug) for side in found.groups()]
            for found in matched if found]
