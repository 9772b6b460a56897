"""Several events told as one mention: the plurality said outside the event noun.

A count or a plural word in front of the noun (三场研讨会, 一系列讲座) makes a name a set of events, not one
(``names.py``). Two other places say the same: an adverb of frequency before the verb that holds it (多次召开…领导小组
会议, 先后数次举办…培训班: held many times, no one sitting told), and a word of variety closing the modifier in front of
the noun (举办了内容不同的培训班, 形式多样的宣讲会: of several kinds, so several events). Neither names one event.
"""

from __future__ import annotations

import re

from ipgraph.extract.events.model import BREAKS, EventRules
from ipgraph.extract.events.names import EventName

_TITLE = re.compile(r"[“「《][^”」》]*[”」》]")
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
    return False
