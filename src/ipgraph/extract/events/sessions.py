"""Who holds a numbered session named after its body (中欧地理标志联合委员会第三次会议, 专利法常设委员会（SCP）
第三十五届会议, 世界知识产权组织成员国大会第六十届会议): the body, read from the event's own name."""

from __future__ import annotations

import re
from functools import lru_cache

from ipgraph.extract.events.labels import ACRONYM_BRACKET
from ipgraph.extract.events.model import BREAKS, SESSION_NUMBER, EventRules
from ipgraph.extract.report_facts import Located
from ipgraph.knowledge.gazetteer import ORG
from ipgraph.zh.grammar import alternation


def session_body(rules: EventRules, authored: bool, text: str, in_label: list[Located]) -> list[str]:
    """The body whose numbered session the event is holds it; a joint body of two states (中日…工作组) in a report by
    one side's author (``authored``) is that author's meeting, as a subject-less sentence there says."""
    organ = organ_then_ordinal(tuple(rules.words.get("body_head", ())), tuple(rules.words.get("own_meetings", ())))
    for mention in in_label:
        after = ACRONYM_BRACKET.match(text, mention.end)
        if mention.kind != ORG or not organ.match(text, after.end() if after else mention.end):
            continue
        joint = len(set(text[mention.start:mention.start + 2]) & set(rules.abbreviations)) == 2
        return [] if joint and authored else [f"org/{mention.key}"]
    return []


@lru_cache(maxsize=4)
def organ_then_ordinal(heads: tuple[str, ...], own: tuple[str, ...]) -> re.Pattern[str]:
    """What may stand between a body and its session's number: nothing (…委员会第三次会议), or the organ of it
    that meets (世界知识产权组织成员国大会第六十届系列会议: the organisation holds its assembly's session); a
    meeting noun of its own (国际植物新品种保护联盟系列会议) stands for the number; made once per knowledge folder."""
    organ = rf"(?:[^{BREAKS}]{{0,8}}?(?:{alternation(heads)}))?" if heads else ""
    return re.compile(rf"{organ}\s*(?:{SESSION_NUMBER}{'|' + alternation(own) if own else ''})")
