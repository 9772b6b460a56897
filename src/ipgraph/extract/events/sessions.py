"""Who holds a numbered session named after its body (中欧地理标志联合委员会第三次会议, 专利法常设委员会（SCP）
第三十五届会议, 世界知识产权组织成员国大会第六十届会议): the body, read from the event's own name; and the sides of
one named after two bodies joined before its number (A与B第五次局长会议): their meeting, no one's to hold."""

from __future__ import annotations

import re
from functools import lru_cache

from ipgraph.extract.events.labels import ACRONYM_BRACKET
from ipgraph.extract.events.model import BREAKS, SESSION_NUMBER, EventRules
from ipgraph.extract.report_facts import Located
from ipgraph.knowledge.gazetteer import ORG
from ipgraph.zh.grammar import BRACKETED, JOIN_OR_WITH, ORDINAL, alternation


def session_body(rules: EventRules, authored: bool, text: str, in_label: list[Located]) -> list[str]:
    """The body whose numbered session the event is holds it; a joint body of two states (中日…工作组) in a report by
    one side's author (``authored``) is that author's meeting, as a subject-less sentence there says."""
    organ = organ_then_ordinal(tuple(rules.words.get("body_head", ())),
                               tuple(rules.words.get("own_meetings", ()) + rules.words.get("own_press", ())))
    for mention in in_label:
        after = BRACKETED.match(text, mention.end)  # (SCP), or a short form: 某某事务委员会(某委)第六十九届会议
        if mention.kind != ORG or not organ.match(text, after.end() if after else mention.end):
            continue
        joint = len(set(text[mention.start:mention.start + 2]) & set(rules.abbreviations)) == 2
        return [] if joint and authored else [f"org/{mention.key}"]
    return []


def session_holders(rules: EventRules, authored: bool, text: str, in_label: list[Located],
                    meeting: bool, listed: tuple[list[Located], tuple[int, int] | None] = ([], None)
                    ) -> tuple[list[str], list[str]]:
    """The holders and the sides of a numbered session the event's name tells: the body whose session it is
    (``session_body``), unless bodies joined to it stand before it (中国国家知识产权局与欧洲专利局第五次局长会议, 甲局、
    乙局和丙局第二届研讨会): then the joined bodies held it together, and a meeting of theirs (a 局长会议, a joint
    working group's session) is their talks, both sides its participants and no one its organiser, as a 会谈 is."""
    holders = session_body(rules, authored, text, in_label) or listed_session_body(rules, authored, text, *listed)
    joined = _joined_before(rules, text, in_label, holders[0]) if holders else []
    if not joined:
        return holders, []
    return ([], joined) if meeting else (joined, [])


def listed_session_body(rules: EventRules, authored: bool, text: str, mentions: list[Located],
                        label: tuple[int, int] | None) -> list[str]:
    """A session named by its number alone as a later item of a list of sessions (某联盟第60届技术委员会会议和
    第81届行政与法律委员会会议, 某委员会第五次会议、第六次会议): the list is of the sessions of the body before its
    first item, which holds each of them; the items between are sessions joined by list words, no clause break
    among them."""
    if label is None or not ORDINAL.match(text, label[0]) or \
            not _LIST_END.search(text[max(0, label[0] - 2) : label[0]]):
        return []
    for mention in reversed([m for m in mentions if m.end <= label[0] and label[0] - m.end <= 80]):
        items = text[mention.end:label[0]]
        if mention.kind == ORG and _SESSION_ITEMS.fullmatch(items):
            return session_body(rules, authored, text, [mention])
    return []


_LIST_END = re.compile(rf"{JOIN_OR_WITH}$")
_SESSION_ITEMS = re.compile(rf"(?:[^{BREAKS}、]*?{ORDINAL.pattern}[^{BREAKS}、]*?会议?"
                            rf"(?:[（(][A-Z]{{1,10}}[）)])?\s*{JOIN_OR_WITH})+")
"""The items of a list of sessions before the last one read: each holds a number and ends in a meeting noun (and
its acronym), then a list word (第60届技术委员会会议和, 第五次会议、)."""


def _joined_before(rules: EventRules, text: str, in_label: list[Located], holder: str) -> list[str]:
    """The bodies of the name joined by 与, 和, 及 or 、 to the holder, it last (A与B, A、B和C), read backwards from
    it in simplified script (A與B); none unless two or more."""
    orgs = [m for m in in_label if m.kind == ORG]
    at = next((i for i, m in enumerate(orgs) if f"org/{m.key}" == holder), None)
    if at is None:
        return []
    joined = [orgs[at]]
    for before in reversed(orgs[:at]):
        bracket = ACRONYM_BRACKET.match(text, before.end)
        gap = text[bracket.end() if bracket else before.end:joined[0].start].translate(rules.simplifying)
        if not _JOINED.fullmatch(gap):
            break
        joined.insert(0, before)
    keys = list(dict.fromkeys(f"org/{m.key}" for m in joined))
    return keys if len(keys) > 1 else []


_JOINED = re.compile(rf"\s*{JOIN_OR_WITH}\s*")
"""What joins two bodies of a session's name: a coordinator or 与, nothing else (A与B, A和B, A、B)."""


@lru_cache(maxsize=4)
def organ_then_ordinal(heads: tuple[str, ...], own: tuple[str, ...]) -> re.Pattern[str]:
    """What may stand between a body and its session's number: nothing (…委员会第三次会议), or the organ of it
    that meets (世界知识产权组织成员国大会第六十届系列会议: the organisation holds its assembly's session); a
    meeting noun of its own (国际植物新品种保护联盟系列会议) stands for the number; made once per knowledge folder."""
    organ = rf"(?:[^{BREAKS}]{{0,8}}?(?:{alternation(heads)}))?" if heads else ""
    return re.compile(rf"{organ}\s*(?:{SESSION_NUMBER}{'|' + alternation(own) if own else ''})")
