"""An event told again by the end of its name alone, as the object of a verb of holding (…知识竞赛拉开序幕。A和B在C的
指导下开展了知识竞赛): the later sentence says who held the event told before. The bare noun names no event of its
own (a generic 开展了知识竞赛 makes none), so without this reading its subject is lost; a pointing word (本次, 该)
is what ``anaphora._object_roles`` reads, this one reads the same clause without it."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ipgraph.extract.events.context import Context, subject_before
from ipgraph.extract.events.labels import spelled
from ipgraph.extract.events.model import BREAKS
from ipgraph.zh.grammar import JOIN_OR_WITH, alternation

if TYPE_CHECKING:
    from ipgraph.extract.events.fact import EventFact
    from ipgraph.extract.events.model import EventRules

_SHORTEST = 4
"""The fewest characters the end of a name must have to stand for it (知识竞赛, 海报大赛): a type noun alone (比赛,
活动) names any event of its kind, not one."""


@lru_cache(maxsize=4)
def _bare_object(verbs: tuple[str, ...], types: str) -> re.Pattern[str]:
    """A verb of holding, then a name's end that closes its clause or the first item of a pair (开展了知识竞赛，
    开展了知识竞赛和海报设计活动): groups ``verb`` and ``name``. Made once per knowledge folder."""
    return re.compile(rf"(?P<verb>{alternation(verbs)})了?\s*(?P<name>[^{BREAKS}“”「」\"《》]{{0,12}}?(?:{types}))"
                      rf"(?=\s*(?:[{BREAKS}]|{JOIN_OR_WITH}|$))")


def bare_object_roles(context: Context, rules: EventRules, verbs: dict[str, str], told: list[EventFact]) -> \
        list[tuple[EventFact, str, list[str]]]:
    """Each event told before (``told``, the latest first) whose name ends with the object of a verb of holding in
    the clause of ``context`` (``verbs``: verb → role), with that role and the verb's subject: the event's holders.
    Only a name's end of ``_SHORTEST`` characters or more that is not the whole of the name (the name itself is a
    new telling, read as such) and whose subject the clause names."""
    words = context.text
    if not told or not any(verb in words for verb in verbs):
        return []
    found: list[tuple[EventFact, str, list[str]]] = []
    for match in _bare_object(tuple(verbs), rules.type_pattern.pattern).finditer(words):
        name = spelled(match.group("name"))
        if len(name) < _SHORTEST:
            continue
        referred = next((e for e in told if spelled(e.label).endswith(name) and spelled(e.label) != name), None)
        run = subject_before(context, match.start(), rules) if referred is not None else []
        if referred is not None and run:
            found.append((referred, verbs[match.group("verb")], [f"org/{m.key}" for m in run]))
    return found
