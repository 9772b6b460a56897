"""Names joined by 暨 ("and also"): a ceremony or a body's founding assembly so joined to another named event
tells of two events held together (…联盟成立仪式暨…工作研讨会, …成立大会暨第一届一次会员大会), each its own node;
two meetings so joined (…研讨会暨局长会), or two ceremonies (结业典礼暨成果展示仪式), are one under a double name."""

from __future__ import annotations

from ipgraph.extract.events.model import EventRules

JOINT = "暨"
"""The word that joins two names of events held together."""
_SHORTEST = 3
"""The fewest characters of a second name that is more than a bare noun (暨会议 names nothing of its own)."""


def joined_events(label: str, rules: EventRules) -> list[str]:
    """The names a label joins with 暨: the first and the second when the second ends in an event noun of its own
    and the first is a ceremony (its head noun of type Ceremony) joined to an event of another type, or a body's
    own assembly (``own_meetings``: 成立大会); else the label whole."""
    first, joint, second = label.partition(JOINT)
    head, tail = rules.type_at_end.search(first), rules.type_at_end.search(second)
    if not joint or head is None or tail is None or len(second) < _SHORTEST:
        return [label]
    kinds = [rules.type_of_word.get(h.group(0), ("",))[0] for h in (head, tail)]
    if kinds[0] == "Ceremony" != kinds[1] or first.endswith(rules.words.get("own_meetings", ())):
        return [first, second]
    return [label]
