"""A collective the text names only after it: 双方经充分协商，共同签署了《…》。A与B共同商定…

Reports often open a signing with 双方 (or 三方) and name the sides in the sentence that follows, as the subject of
what they agreed on. When nothing before the collective resolves it (``PartyReader.resolve``: no list of its count,
too few actors earlier in the report), the sides are the run of exactly as many actors that opens a clause of the
rest of its sentence or of the next one. Only then: a report that named its sides first is read backwards, as
before, so the look ahead costs nothing on the texts already read (it runs only when resolution found no one).
"""

from __future__ import annotations

from dataclasses import astuple

from ipgraph.extract.report_facts import Located
from ipgraph.extract.statements import PartyReader, actors, counts, in_title, path_of, runs
from ipgraph.knowledge.gazetteer import COUNTRY, ORG
from ipgraph.zh.grammar import CLAUSE_BREAKS, SENTENCE_ENDS, between_names

_KINDS = {"actor": (ORG, COUNTRY), "org": (ORG,), "country": (COUNTRY,)}
"""The kinds of actor a collective may stand for, by the kind collectives.tsv gives it."""
_SENTENCES_AHEAD = 2
"""How far ahead the sides may be named: the rest of the collective's sentence and the sentence after it."""
_SIDES_JOIN = between_names(with_=True)
"""The sides may be a list (A、B和C) or a pair joined by 与 (A与B共同商定): both name all of them."""


def named_after(parties: PartyReader, word: str, text: str, mentions: list[Located], at: int) -> list[str]:
    """The sides a collective at ``text[at:]`` stands for when the text names them only after it: the first run of
    as many actors (A与B, A、B和C) that opens a clause, outside a title, within ``_SENTENCES_AHEAD`` sentences."""
    count, kind, _ = astuple(parties.words.collectives.of(word))
    if count < 2 or kind not in _KINDS:  # 各方 counts no number of sides to match
        return []
    end = at
    for _ in range(_SENTENCES_AHEAD):
        stops = [i for i in (text.find(c, end) for c in SENTENCE_ENDS) if i >= 0]
        end = min(stops) + 1 if stops else len(text)
    for run in runs(actors(mentions, text, at + len(word), end, _KINDS[kind]), text, _SIDES_JOIN):
        clause_start = max(text.rfind(c, 0, run[0].start) for c in CLAUSE_BREAKS + SENTENCE_ENDS) + 1
        opens = not text[max(clause_start, at + len(word)):run[0].start].strip()
        paths = list(dict.fromkeys(path_of(m) for m in run))
        if opens and counts(len(paths), count) and not in_title(text, run[0].start):
            return paths
    return []
