"""The body a report names by its word for itself (我校, 本院, 我会: knowledge/gazetteer/self_references.tsv) when
it holds an event: 由我校与某研究会共同主办, 我会举办…论坛.

A body's own news names itself so, and names itself in full elsewhere (中原工学院历来…). The word stands for the
report's body whose full name ends in a head the word allows (我校: …大学, …学院, …学校; 我会: …会), read once per
report, and is read as a mention of that body where it stands, so that the event rules read a role's slot, a list
or a subject over it as over the name. Not every body of that head is the report's own: not a faculty or a
department named by its function alone (法学院, 科技处, 国际交流学院: the words of knowledge/gazetteer/faculties.tsv
before the head, a unit of the body), not a body that comes to the report's own one (应我会邀请，甲协会一行来到…:
``visitors.py``), not a body the sentence of the word names beside it (本院与市检察院联合举办…). Of those left, the
one the report tells most (its own news names it again and again), the first told on a tie. Only the words of 我 and 本,
not 该校, which points back at the body just named."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ipgraph.extract.mentions.own_units import own_words
from ipgraph.extract.report_facts import Located, ReportFacts
from ipgraph.extract.visitors import visitors
from ipgraph.ingest.passages import Passage
from ipgraph.knowledge.gazetteer import ORG, load as load_gazetteer, read_tsv
from ipgraph.zh.grammar import SENTENCE_ENDS, alternation


@lru_cache(maxsize=4)
def _words(data_dir: Path) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]], frozenset[str]]:
    """The words for the body itself as one pattern, the heads each allows, and the words of disciplines and
    functions that name a faculty or a department before a head (法学院, 科技处; 国际交流学院 as 国际交流处)."""
    own = own_words(data_dir)
    units = frozenset(r["stem"] for r in read_tsv(data_dir / "gazetteer" / "faculties.tsv", ("head", "stem")))
    return re.compile(alternation(tuple(sorted(own, key=len, reverse=True)))), own, units


def with_own_body(passages: list[Passage], facts: ReportFacts, data_dir: Path) -> ReportFacts:
    """``facts`` with each word for the report's own body read as a mention of that body, where the report names
    one the word may stand for; the same facts when no passage holds such a word (most reports)."""
    pattern, own, units = _words(data_dir)
    found = {p.slug: list(pattern.finditer(p.text)) for p in passages if "我" in p.text or "本" in p.text}
    if not any(found.values()):
        return facts
    one_script = load_gazetteer(data_dir).one_script
    guests: set[str] = set()
    for passage in passages:
        if passage.slug in found:
            orgs = ((m.start, m.key) for m in facts.located.get(passage.slug, ()) if m.kind == ORG)
            guests.update(visitors(data_dir).bodies(one_script.fold(passage.text), orgs))
    order = {key: i for i, key in enumerate(dict.fromkeys(
        m.key for p in passages for m in facts.located.get(p.slug, ()) if m.kind == ORG))}
    bodies: dict[tuple[str, frozenset[str]], str | None] = {}
    located = dict(facts.located)
    texts = {p.slug: p.text for p in passages}
    for slug, matches in found.items():
        added: list[Located] = []
        taken = facts.located.get(slug, [])
        for match in matches:
            word, beside = match.group(0), _beside(texts[slug], taken, match.start())
            if (word, beside) not in bodies:
                bodies[word, beside] = _body(facts, own[word], units, guests | beside, order, one_script)
            key = bodies[word, beside]
            if key and not any(m.start < match.end() and match.start() < m.end for m in taken):
                added.append(Located(ORG, key, match.start(), match.end()))
        if added:
            located[slug] = sorted([*taken, *added], key=lambda m: (m.start, m.end))
    return ReportFacts(nodes=facts.nodes, unresolved=facts.unresolved, located=located)


def _beside(text: str, mentions: list[Located], at: int) -> frozenset[str]:
    """The bodies named in the sentence of the word at ``at``: others than the one the word stands for (本院与市检察院
    联合举办: the court is not the procuratorate)."""
    start = max(text.rfind(mark, 0, at) for mark in (*SENTENCE_ENDS, "\n")) + 1
    ends = [i for i in (text.find(mark, at) for mark in (*SENTENCE_ENDS, "\n")) if i >= 0]
    end = min(ends, default=len(text))
    return frozenset(m.key for m in mentions if m.kind == ORG and start <= m.start and m.end <= end)


def _body(facts: ReportFacts, heads: tuple[str, ...], units: frozenset[str], guests: set[str],
          order: dict[str, int], one_script: dict[int, str]) -> str | None:
    """The report's body a word for itself with these ``heads`` stands for, or None: told most, first on a tie."""
    best: tuple[int, int, str] | None = None
    for (kind, key), node in facts.nodes.items():
        if kind != ORG or key in guests or key not in order:
            continue
        forms = {s.translate(one_script) for s in node.surface}
        if not any(f.endswith(h) and f != h for f in forms for h in heads) \
                or any(f.endswith(h) and f[:-len(h)] in units for f in forms for h in heads):
            continue
        rank = (-node.count, order[key], key)
        best = rank if best is None or rank < best else best
    return best[2] if best else None
