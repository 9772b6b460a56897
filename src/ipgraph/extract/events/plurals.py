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
from ipgraph.zh.grammar import alternation

_TITLE = re.compile(r"[“「《][^”」》]*[”」》]")
"""A title in quotes inside the name (“不同的声音”宣讲会): its words are the event's own, no description of it."""
_VERB_SPAN = 4
"""The most characters between an adverb of frequency and the name: the verbs of holding (主持召开, 组织举办)."""


def told_plural(sentence: str, name: EventName, rules: EventRules) -> bool:
    """Whether the mention tells of several events (see the module's docstring), by the adverb before its verb or by
    a word of variety in its modifier outside a quoted title."""
    variety = rules.words.get("variety", ())
    if variety and re.search(f"(?:{alternation(variety)})的", _TITLE.sub("", name.label)):
        return True
    often = rules.words.get("often", ())
    before = re.search(rf"(?:{alternation(often)})([^{BREAKS}]{{1,{_VERB_SPAN}}})$", sentence[:name.start]) \
        if often else None
    return before is not None and rules.pattern("holding").search(before.group(1)) is not None
