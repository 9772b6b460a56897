"""The verb a body's slot in a chain of roles has (the role verb printed right after it), and the events a verb's
roles reach (every item of the list it governs).

A chain of roles joined by the list mark (由A指导、B主办、C协办的…论坛) gives each body the verb right after it: A
guides, B organises, C co-organises. A pattern that lets words stand between its slot and its verb (由X主办 finds
主办 anywhere later in the clause: 由A与B共同主办) would read A as the organiser, past A's own verb 指导. So where
another role verb of knowledge/events/roles.tsv follows the slot (after adverbs such as 共同, 联合), the pattern's
own verb is not the slot's, and the pattern gives it no role."""

from __future__ import annotations

import re
from functools import lru_cache

from ipgraph.extract.events.model import EventRules
from ipgraph.zh.grammar import JOIN, alternation

_CJK = re.compile(r"[\u4e00-\u9fff]{2,}")


@lru_cache(maxsize=4)
def _verbs(roles: tuple[tuple[str, str, str], ...],
           adverbs: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, set[str]]]:
    """Each role verb that follows its slot (X主办, 由X承办, X指导): the words up to any "…", two characters or
    more of Chinese (one character, 就, says too little); after the adverbs that may stand before it. With the
    roles each verb gives."""
    given: dict[str, set[str]] = {}
    for role, before, after in roles:
        verb = after.partition("…")[0]
        if before in ("", "由") and _CJK.fullmatch(verb):
            given.setdefault(verb, set()).add(role)
    verbs = tuple(sorted(given, key=len, reverse=True))
    return re.compile(rf"\s*(?:{alternation(adverbs)})*(?P<verb>{alternation(verbs)})"), given


def other_verb(text: str, at: int, head: str, role: str, rules: EventRules) -> bool:
    """A role verb of another role than ``role`` follows the slot ending at ``at``: the slot is that verb's subject
    (由A指导、B主办: A guides), and the pattern's verb belongs to a body after it. A verb of the same role (由A主办
    的…在某地举办) leaves the slot its role, as does a pattern whose verb may come later (与X…举办: ``head`` empty) or
    follows the slot as written (与X联合举办)."""
    if not head or text[at:at + 12].lstrip().startswith(head):
        return False
    adverbs = rules.words.get("adverb", ()) + rules.words.get("role_adverb", ())
    pattern, given = _verbs(rules.roles, adverbs)
    found = pattern.match(text, at)
    return found is not None and role not in given[found.group("verb")]



_LISTED = re.compile(rf"\s*{JOIN}\s*")
"""What joins the names of a list of events one verb governs (举办A、B和C)."""


def listed_from(text: str, first: int, own: list[tuple[int, int]], names: list[tuple[int, int]]) -> bool:
    """The event named at ``own`` is a later item of the list of names that opens at ``first``, the object of the
    verb (与B联合举办A、C、D: C and D are held with B as A is): the verb's roles are its roles too, where a verb
    governing another event of the sentence gives none (``context.roles_in``)."""
    if not own:
        return False
    ends = {start: end for start, end in names}
    at = first
    while at in ends:
        joint = _LISTED.match(text, ends[at])
        if joint is None or joint.end() == ends[at]:
            return False
        if joint.end() == own[0][0]:
            return True
        at = joint.end()
    return False
