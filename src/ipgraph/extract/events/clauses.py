"""Where a verb stands in its clause, as the name finder (``names.py``) asks it of a verb before an event's name:
whether the words between the verb and its subject are the subject's adjuncts (so the verb is the subject's),
and whether a verb of carrying out is the clause's own verb or one inside the name another verb governs."""

from __future__ import annotations

import re

from ipgraph.extract.events.model import BREAKS, EventRules
from ipgraph.extract.facts import Located
from ipgraph.knowledge.gazetteer import ORG, PERSON
from ipgraph.zh.dates import ADJUNCTS_END, LASTING


def after_adjuncts(before: str, subject_ends: set[int]) -> bool:
    """国家版权局等四部门7月25日在京(启动…), 省局在全省(开展…): the text before a verb ends with its subject's time
    and place (``ADJUNCTS_END``), right after the subject's name, so the verb is that subject's."""
    adjuncts = ADJUNCTS_END.search(before, max(0, len(before) - 40))
    return adjuncts is not None and adjuncts.start() < len(before) \
        and len(before[:adjuncts.start()].rstrip()) in subject_ends


def inside_held(sentence: str, stops: list[tuple[int, int, str, str]], at: int, what: str, rules: EventRules) -> bool:
    """举行了中欧国家启动X的实践讲习班: a verb of carrying out (``what`` at ``at``) after a past verb of holding
    (the last of ``stops``) in one clause is inside the name that verb governs (the workshop of the states launching
    X), no verb of its own."""
    held = stops[-1] if stops and rules.has("carry_out", what) else None
    return held is not None and rules.has("past_verb", held[2]) \
        and re.search(f"[{BREAKS}]", sentence[held[1]:at]) is None


def subject_ends(sentence: str, mentions: list[Located], rules: EventRules) -> set[int]:
    """Where a clause's subject may end: right after an organisation's or a person's name, after a length told right
    after it (…一连三天), and after a count or 等 and a class noun closing a list of such names (A、B、C、D四部门联合
    启动…, A等九部门开展…: ``list_closing``), so the verb after it is the list's."""
    ends: set[int] = set()
    for mention in (m for m in mentions if m.kind in (ORG, PERSON)):
        lasting = LASTING.match(sentence, mention.end)
        ends.add(lasting.end() if lasting else mention.end)
        closing = rules.list_closing.match(sentence, mention.end) if rules.words.get("list_class") else None
        if closing:
            ends.add(closing.end())
    return ends
