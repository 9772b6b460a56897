"""An event its opening ceremony names: a ceremony whose name is the event's name, a word or two of manner
(线上, 活动), an act that opens or launches it (knowledge/events/words.tsv ``opening_act``: 开幕, 开班;
``launch_act``: 启动) and 仪式 or 式 (2020年江城市知识产权宣传周线上启动仪式, 江城论坛开幕式) opens that event.
When the text dates the ceremony to a day and the event by no day (only the edition's year its name prints, or
nothing), the ceremony's day is the event's first: a campaign of a week is launched on its first day. A ceremony
named with more between (…宣传周海南分会场启动仪式) opens a venue's part, not the whole event."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ipgraph.extract.events.model import EventFact, EventRules

_BETWEEN = 2
"""The most characters between the event's name and the opening act (线上, 活动, 云): more names another part."""
_DAY = len("2020-04-20")


def opened_on(events: Iterable[EventFact], rules: EventRules) -> None:
    """Each event dated by no day whose opening ceremony was dated to one takes that day as its start."""
    acts = "|".join(rules.source(kind) for kind in ("opening_act", "launch_act") if rules.words.get(kind))
    if not acts:
        return
    found = list(events)
    opening = re.compile(rf"[^\s，,、]{{0,{_BETWEEN}}}(?:{acts})(?:仪式|式)")
    dated = [c for c in found if c.start and len(c.start) == _DAY]
    for event in found:
        if event.start is not None and len(event.start) != len("2020"):
            continue
        ceremony = next((c for c in dated if len(c.label) > len(event.label) and c.label.startswith(event.label)
                         and opening.fullmatch(c.label, len(event.label))), None)
        if ceremony is None or ceremony.start is None or event.start and not ceremony.start.startswith(event.start):
            continue
        event.start = ceremony.start
        event.end = event.end if event.end and len(event.end) == _DAY and event.end >= event.start else None
