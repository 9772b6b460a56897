"""Events a clause of purpose names: the occasion the sentence's own event serves (为了配合学校第四届宣传月活动，由A
举办了B讲座; 为迎接世界知识产权日，C开展了D), not an event its subject holds.

The clause opens with a word of purpose (knowledge/events/words.tsv ``purpose``: 为了, 为配合, 为迎接 …) and runs to
the next clause break; the verbs of holding after it, in the clauses that follow, govern the sentence's own event,
so a role they give says nothing of the occasion named inside the purpose clause. The clause before a word of
purpose is read as usual (A举办B，以便在举行C之前…: A holds B)."""

from __future__ import annotations

import re

from ipgraph.extract.events.model import EventRules
from ipgraph.zh.grammar import CLAUSE_BREAKS, SENTENCE_ENDS

_CLAUSE = re.compile(rf"[^{CLAUSE_BREAKS}{SENTENCE_ENDS}\n]+")


def purpose_clause(text: str, span: tuple[int, int], rules: EventRules) -> tuple[int, int] | None:
    """The clause of ``text`` holding the name at ``span`` when a word of purpose opens it, else None: the stretch
    whose words alone may give the name's holders."""
    words = rules.words.get("purpose", ())
    if not words:
        return None
    start = max((text.rfind(mark, 0, span[0]) for mark in (*CLAUSE_BREAKS, *SENTENCE_ENDS, "\n")), default=-1) + 1
    if not text[start:span[0]].lstrip().startswith(words):
        return None
    clause = _CLAUSE.match(text, span[1])
    return start, clause.end() if clause else span[1]
