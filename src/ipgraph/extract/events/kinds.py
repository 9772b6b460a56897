"""What kind of event a name tells and how it was held: read from the name's last event noun and the words of its
header, so that every reader that finds an event (names, activities, talks) classes it the same way."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    week's events are a campaign)."""
    label = rules.series_tail.sub("", label) or label
    for end in range(len(label), 0, -1):  # the last end of a noun; of the nouns ending there, the first listed
        for word, kind in rules.types_ending.get(label[end - 1], ()):
            if label.endswith(word, 0, end):
                return kind
    return None
