"""A generic event noun counted or qualified rather than named: several events told as one mention, or one only
introduced.

A count or a plural word in front of the noun (三场研讨会, 一系列讲座) makes a name a set of events, not one
(``names.py``). Two other places say the same: an adverb of frequency before the verb that holds it (多次召开…领导小组
会议, 先后数次举办…培训班: held many times, no one sitting told), and a word of variety closing the modifier in front of
the noun (举办了内容不同的培训班, 通过丰富的宣传活动: of several kinds, so several events). Neither names one event.
Nor does a count of one opening the clause of a subject the noun heads (一个为…而设的研讨会，27日在汕头举行): a news
lead introduces the event so, and names it, if at all, in a sentence of its own, so the introduction counts none.
A count of one before a noun that its topic words name, no 的 describing it, which is the subject of its verb in the
same clause (25日，一场大学生知识产权知识竞赛在福州举行) tells that one event as it happened: no introduction.
"""

from __future__ import annotations

import re

from ipgraph.extract.events.model import BREAKS, EventRules
from ipgraph.extract.events.names import EventName

_TITLE = re.compile(r"[“「《][^”」》]*[”」》]")
_BREAK = re.compile(f"[{BREAKS}]")
"""A title in quotes inside the name (“不同的声音”宣讲会): its words are the event's own, no description of it."""
_VERB_SPAN = 4
"""The most characters between an adverb of frequency and the name: the verbs of holding (主持召开, 组织举办)."""
_REACH = 12
"""How far before the name an adverb of frequency is looked for: its longest form and the verbs after it."""


def told_plural(sentence: str, name: EventName, rules: EventRules) -> bool:
    """Whether the mention tells of several events (see the module's docstring), by the adverb before its verb or by
    a word of variety in its modifier outside a quoted title."""
    label = _TITLE.sub("", name.label)
    if any(label.startswith("的", m.end()) for m in rules.pattern("variety").finditer(label)):
        return True
    before = sentence[max(0, name.start - _REACH):name.start]
    for often in rules.pattern("often").finditer(before):
        verbs = before[often.end():]
        if 0 < len(verbs) <= _VERB_SPAN and not re.search(f"[{BREAKS}]", verbs) \
                and rules.pattern("holding").search(verbs):
            return True
    return introduced(sentence, name, rules)


def introduced(sentence: str, name: EventName, rules: EventRules) -> bool:
    """Whether the mention is a nameless subject brought in by a count of one (see the module's docstring): the
    clause opens with the count and no verb of holding stands before the noun (举办了一场…讲座 is left to the verb)."""
    if name.named or name.verb:
        return False
    clause = _BREAK.split(sentence[:name.start])[-1].lstrip()
    if name.held and "的" not in clause + name.label:
        return False
    return rules.pattern("indefinite", anchored=True).match(clause) is not None \
        and rules.pattern("holding").search(clause) is None
