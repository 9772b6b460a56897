"""A body named as the one that acts, not as a meeting of it.

A deliberative body's name ends in a meeting noun (大会, and the heads of ``body_head``: 委员会, 理事会), so an
assembly reads like an event's name. Where the sentence makes the body the one that acts, it names no meeting:
sitting at a numbered session of its own (世界知识产权组织大会在第三十一届会议上批准…: the session is where it
acted, the assembly itself is the body), or as the means of a procedure (经成员国大会审议通过后…: how a thing is
done, no sitting held). A name with an ordinal or a year of its own (成员国大会第六十五届系列会议, 2023年大会) is a
session and is read as one.
"""

from __future__ import annotations

import re

from ipgraph.extract.events.model import NAMED_YEAR, EventRules
from ipgraph.extract.events.names import EventName
from ipgraph.zh.grammar import BRACKETED, ORDINAL

_OWN_SESSION = re.compile(rf"\s*[在于於]\s*{ORDINAL.pattern}")
"""在第三十一届会议上: the body sits at a numbered session of its own."""


def acting_body(sentence: str, name: EventName, rules: EventRules) -> bool:
    """Whether the name is a deliberative body acting (see the module's docstring), not a meeting held."""
    heads = tuple(rules.words.get("body_head", ()))
    label = BRACKETED.sub("", name.label)
    if not heads or name.session or not label.endswith(heads) or ORDINAL.search(label) or NAMED_YEAR.search(label):
        return False
    return _OWN_SESSION.match(sentence, name.end) is not None \
        or sentence[:name.start].rstrip().endswith(tuple(rules.words.get("procedure", ())))
