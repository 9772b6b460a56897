"""Who held an event whose own clause names no body before its verb: a collective as the subject (双方成功举办…), or
the subject of the clauses before it, which a clause with no subject of its own shares (a topic chain: zero
anaphora, A总结了…，并在B举办…)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ipgraph.extract.events.context import Context, roles_in, run_after
from ipgraph.extract.events.model import BREAKS
from ipgraph.extract.report_facts import Located
from ipgraph.ingest.passages import Passage
from ipgraph.knowledge.gazetteer import PERSON
from ipgraph.zh.grammar import CLAUSE_BREAKS, SENTENCE_ENDS
from ipgraph.zh.time_words import HOLDING_TIME, MONTH_DAY, YEAR

if TYPE_CHECKING:
    from ipgraph.extract.events.reader import EventReader

_CLAUSE = re.compile(rf"[^{CLAUSE_BREAKS}{SENTENCE_ENDS}]+")
_DAY = re.compile(rf"\s*(?:{YEAR}\s*年\s*)?(?:{MONTH_DAY.pattern})?\s*")
"""A day opening a clause before its subject (5月9日宁波市…): no word of the subject."""


def collective_holders(reader: EventReader, passage: Passage, clause: Context) -> list[str]:
    """双方成功举办…, 三地海关共同举行…, 双方将于5月联合举办…: a collective as the subject of a verb of holding,
    a time between them or none, stands for the actors the text named before it (in this passage, then in the ones
    before)."""
    holding = reader.rules.organising.pattern
    gap = f"(?:{HOLDING_TIME}[^{BREAKS}]{{0,6}}?|[^{BREAKS}]{{0,4}}?)"  # 双方将于5月在某地联合举办
    found = re.search(f"({reader.parties.collective.pattern}){gap}(?:{holding})", clause.text)
    if found is None:
        return []
    return reader.parties.resolve(found.group(1), _told_before(reader, passage), clause.origin + found.start())


def chained_holders(reader: EventReader, passage: Passage, label: tuple[int, int] | None) -> dict[str, list[str]]:
    """The holders of an event named right after the verb of an organiser that opens its clause with no subject,
    only chain words and adverbs before it (并, 同时, 还将), or a pronoun as its subject (我们将在北京举办…): the
    subject of the nearest clause before it that names one (双方签署了…，并着力落实…，主要包括：…，举办X论坛;
    A表示，希望…，并邀请B参加X): the organisations that open it (with the roles its own verb of holding gives them:
    A将与B共同举办…。我们将举办X: A the organiser, B the partner), the sides a collective there stands for (双方),
    or the body a person there speaks for. A clause that opens with no name (建立…机制, 今年7月) carries the chain
    on; a clause of purpose (以便在举行X之前) tells of no holding by that subject. The sentence's start ends it,
    unless a pronoun was passed: a pronoun points back past it to who was named (中国政府将与…举办…。“…，我们将在
    北京举办X…。今年7月，我们还将…举办Y)."""
    if label is None:
        return {}
    text = passage.text
    clauses = [m.start() for m in _CLAUSE.finditer(text, 0, label[0])]
    opening = reader.rules.subjectless.fullmatch(text, clauses[-1], label[0]) if clauses else None
    if opening is None or text[clauses[-1]:].lstrip().startswith(reader.rules.words.get("purpose", ())):
        return {}
    pronouns = reader.rules.pronoun_subject
    crossing = bool(opening.group("pronoun"))
    context = Context(text, reader.facts.located.get(passage.slug, []))
    for start, end in zip(reversed(clauses[:-1]), reversed(clauses[1:])):
        if not crossing and text[:end].rstrip(_CLOSING)[-1:] in SENTENCE_ENDS:
            return {}
        at = _DAY.match(text, start).end()  # type: ignore[union-attr]
        if pronouns.match(text, at):
            crossing = True
            continue
        subject = _subject(reader, passage, context, at, end)
        if subject.get("organiser"):
            return subject
    return {}


_CLOSING = " \t”’」』\"'"
"""What may close a sentence after its end mark (…安排。” 申长雨说): no words of the clause."""


def _subject(reader: EventReader, passage: Passage, context: Context, at: int, end: int) -> dict[str, list[str]]:
    """Who opens the clause from ``at`` to ``end``: organisations (a list of them; with the roles its verb of
    holding gives, A与B共同举办: B a partner), the sides of a collective, a person's body."""
    run = run_after(context, at)
    if run and run[0].start == at:
        told = roles_in(Context(passage.text, context.mentions, at, end), reader.rules)
        named = [f"org/{m.key}" for m in run]
        if any(k in named for k in told["organiser"]):
            return {"organiser": told["organiser"], "partner": told["partner"]}
        return {"organiser": named}
    person = next((m for m in context.mentions if m.kind == PERSON and m.start == at), None)
    if person is not None:
        node = reader.facts.nodes.get((PERSON, person.key))
        body = node.details.get("affiliation") if node is not None else None
        return {"organiser": [f"org/{body}"] if body else []}
    collective = reader.parties.collective.match(passage.text, at)
    return {"organiser": reader.parties.resolve(collective.group(0), _told_before(reader, passage), at)
            if collective else []}


def _told_before(reader: EventReader, passage: Passage) -> list[tuple[str, list[Located]]]:
    """The passage and the ones before it, nearest first, with their mentions: where a collective finds its sides."""
    earlier = [p for p in reader.passages.values() if p.start < passage.start][::-1]
    return [(p.text, reader.facts.located.get(p.slug, [])) for p in [passage, *earlier]]
