"""What kind of event a name tells and how it was held: read from the name's last event noun and the words of its
header, so that every reader that finds an event (names, activities, talks) classes it the same way."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ipgraph.extract.events.model import NAMED_YEAR
from ipgraph.extract.mentions.spans import HAN
from ipgraph.zh.grammar import alternation

if TYPE_CHECKING:
    from ipgraph.extract.events.model import EventRules


def mode_of(label: str, header: str, body: str, kind: str, has_place: bool, rules: EventRules) -> str | None:
    """How the event was held: the header's words, a hybrid audience in the description, a name that says it is
    online (在线知识产权强化培训项目), else by its kind and place."""
    for mode, word in rules.modes:
        if word in header:
            return mode
    if any(word in body for mode, word in rules.modes if mode == "Hybrid"):
        return "Hybrid"
    if kind == "Webinar" or label.startswith(rules.words.get("online_name", ())):
        return "Online"
    return "InPerson" if has_place and kind != "Campaign" else None


def type_of(label: str, rules: EventRules) -> str | None:
    """The type of the event noun ending last in a name, before the words of a series after it (专利周系列活动: a
    week's events are a campaign) or a noun too common to name a kind after a campaign's own noun (宣传周活动: the
    week's activities are the campaign, eval/realtext/README.md rule 13)."""
    label = rules.series_tail.sub("", label) or label
    common = rules.counted_tail.search(label)
    if common is not None and type_of(label[:common.start()], rules) == _CAMPAIGN:
        return _CAMPAIGN
    for end in range(len(label), 0, -1):  # the last end of a noun; of the nouns ending there, the first listed
        for word, kind in rules.types_ending.get(label[end - 1], ()):
            if label.endswith(word, 0, end):
                return kind
    return None


def named_operation(label: str, rules: EventRules) -> bool:
    """An operation singled out by what it acts on (打假专项行动, 商标侵权专项执法行动, 执法抽查行动): an operation's
    noun (``operation``) after two or more words that are neither its year nor its manner (``operation_manner``:
    联合, 专项, 本次), so a verb of carrying out in a dated sentence holds it as it holds a quoted title; a kind
    alone (联合执法行动, 后续行动) is work of that kind, no operation of its own."""
    operations = rules.words.get("operation", ())
    if not operations or not label.endswith(operations):
        return False
    head = max((word for word, _ in rules.types_ending.get(label[-1], ()) if label.endswith(word)), key=len, default="")
    topic = label[:len(label) - len(head)]
    year = NAMED_YEAR.match(topic)
    topic = topic[year.end():] if year else topic
    manner = rules.words.get("operation_manner", ())
    return len(_HAN.findall(_manner(manner).sub("", topic))) >= 2


_HAN = re.compile(HAN)
_CAMPAIGN = "Campaign"
"""The type of a campaign (宣传周, 宣传月, 专项行动: knowledge/events/types.tsv), whose activities it is."""


@cache
def _manner(words: tuple[str, ...]) -> re.Pattern[str]:
    """The manner words as one pattern, longest first (本年度 before 年度), made once per list."""
    return re.compile(alternation(words))
