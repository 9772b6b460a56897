"""A pledge's subject printed as names the mention stage did not read as they stand, for the pledge reader:
该中心和实验室将… (each a head noun pointing back), 高智公司未来也将… (a short form of 美国高智发明公司, which the
report printed before), 生产力局和钱塘经科局还将… (a short form the mention stage linked to another body by its tail).

Chinese shortens a name told once in full by keeping its head noun and a character or two of its words, in order
(钱塘经科局: 杭州市钱塘区经济信息化和科学技术局), and points back with the bare head noun (该中心, 实验室); a subject
that is a list of such items names the bodies the report named before, one for each item. Kept apart from
``pledges.py`` so the reading of a pledge stays short."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from ipgraph.extract.parties import PartyReader
from ipgraph.extract.report_facts import Located
from ipgraph.extract.statements import actors, path_of
from ipgraph.knowledge.gazetteer import ORG
from ipgraph.zh.contractions import keeps_in_order
from ipgraph.zh.grammar import JOIN_OR_WITH

_JOINED = re.compile(JOIN_OR_WITH)
"""What joins the items of a subject (该中心和实验室, A与B)."""

_SHORTEST = 3
"""A short form keeps at least two characters before a one-character head (经科局); two characters are a head alone."""


def named_subject(subject: str, text: str, clause: tuple[int, int], mentions: list[Located],
                  context: Sequence[tuple[str, list[Located]]], parties: PartyReader) -> list[str]:
    """The bodies a subject of names stands for, one for each item of its list, when at least one item is a short
    form or a pointing head noun of a body named before (else nothing: the subject is read as before); an item
    printed as a mention of its own clause is that mention's body. ``context`` is the passage and those before it,
    nearest first; they are read only when an item could name a body told before."""
    if not subject:
        return []
    items = [item.strip() for item in _JOINED.split(subject)]
    if not all(items):
        return []
    inside = actors(mentions, text, *clause, (ORG,))
    printed = [next((m for m in inside if text[m.start:m.end] == item), None) for item in items]
    unread = [item for item, mention in zip(items, printed) if mention is None]
    if not unread or len(items) == 1 and parties.referring(items[0]) is not None:
        return []  # every item a mention of its own; 该中心将…, one pointing noun alone, is the referring rule's
    if not all(parties.referring(item) is not None or parties.name(item) == item for item in unread):
        return []  # an item that is no name: the subject is read as before
    behind = (context[i] for i in range(1, len(context)))
    told = list(_told_before(text, clause[0], mentions, behind, {item[-1] for item in unread}))
    bodies = [path_of(mention) if mention is not None else _named_before(item, told, parties)
              for item, mention in zip(items, printed)]
    return list(dict.fromkeys(b for b in bodies if b)) if all(bodies) else []


def _told_before(text: str, clause_start: int, mentions: list[Located], behind: Iterable[tuple[str, list[Located]]],
                 lasts: set[str]) -> Iterator[tuple[str, Located]]:
    """The organisations named before the clause, nearest first: in its passage, then in the passages before; only
    those ending in a character of ``lasts``, as every name an item can stand for ends as the item does."""
    for said, known, end in [(text, mentions, clause_start), *((t, m, len(t)) for t, m in behind)]:
        ending = [m for m in known if said[m.end - 1:m.end] in lasts]
        for mention in reversed(actors(ending, said, 0, end, (ORG,))):
            yield said[mention.start:mention.end], mention


def _named_before(item: str, told: list[tuple[str, Located]], parties: PartyReader) -> str | None:
    """The body an item names: the nearest printed the same way, else the nearest ending with the head noun it points
    back with (该中心, 实验室), else the one body whose name it shortens (none when two could be meant)."""
    same = next((m for name, m in told if name == item), None)
    if same is not None:
        return path_of(same)
    noun = parties.referring(item)
    if noun is not None:
        return next((path_of(m) for name, m in told if name.endswith(noun) and name != noun), None)
    if len(item) < _SHORTEST or parties.name(item) != item:
        return None
    fuller = {path_of(m) for name, m in told if name[-1] == item[-1] and keeps_in_order(item, name)}
    return fuller.pop() if len(fuller) == 1 else None

