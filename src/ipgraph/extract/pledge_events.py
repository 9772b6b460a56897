"""A pledge whose subject is an event the report told (本次宣传周活动将同时开展…, 此次“春雷行动”将开展…, “剑网2017”将
聚焦…): a campaign or a meeting does nothing of itself, so what it will do is what those who hold it commit to — its
organisers, as the events extractor read them (eval/realtext/README.md: the actor is the one who commits).

The subject names the event again in short: without the year and place of its full name (平顶山市2022年知识产权宣传周
活动启动仪式 → 本次知识产权宣传周活动), or as one part of a joined name (“春雷行动2020”暨知识产权保护执法行动 after
“春雷行动2020”), or by the quoted name it shares with it (此次“护航2024”暨…行动 after “护航2024”专项行动部署会). So a
subject names an event when one name holds the other, the pointing word (本次, 此次, 该) and the quotation marks
aside, and the shorter is long enough to be a name rather than a bare head noun (活动, 行动), or when both quote one
name. A quoted name the events extractor made no event of is still told: the actors named one after another in front
of it where the report first quotes it (国家版权局、…、公安部7月25日在京联合启动“剑网2017”专项行动) hold it. Kept
apart from ``pledges.py`` so the reading of a pledge stays short."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ipgraph.extract.events.model import EventFact
from ipgraph.extract.report_facts import Located
from ipgraph.extract.statements import actors, path_of, runs
from ipgraph.zh.grammar import QUOTED, clause_bounds

_MARKS = re.compile(r"[“”「」『』《》\"'\s]")
"""Quotation marks and spaces: a name is the same name quoted or not."""
_MEASURE = "次届屆期项項"
"""The measure word after a pointing word (本次, 该届, 此项): with it, the word points at an event told before."""
_SHORTEST = 4
"""Fewer characters are a head noun (活动, 宣传周) that every event of its kind ends with, not a name of one."""


def held_by(subject: str, events: Sequence[EventFact], pointing: tuple[str, ...]) -> list[str]:
    """The organisers of the event the report told that ``subject`` (the words before the cue, lead words removed)
    names, the last told when several do; nothing when none does or it has none."""
    noun = _MARKS.sub("", subject)
    word = next((w for w in pointing if noun.startswith(w)), "")
    if word:
        noun = noun[len(word):]
        noun = noun[1:] if noun[:1] in _MEASURE else noun
    if len(noun) < _SHORTEST:
        return []
    quoted = _quoted(subject)
    for event in reversed(events):
        name = _MARKS.sub("", event.label)
        if event.organisers and (min(len(name), len(noun)) >= _SHORTEST and (name in noun or noun in name)
                                 or quoted and quoted & _quoted(event.label)):
            return list(event.organisers)
    return []


def launched_by(subject: str, context: Sequence[tuple[str, list[Located]]]) -> list[str]:
    """Who holds what the subject quotes (“剑网2017”将聚焦…) when no event of it was made: the run of actors before
    the quoted name in its clause where the report first quotes it (``context``: the passage and those before it,
    nearest first), with no 的 between them (not 对A开展的“…”行动: what was done to A); nothing else."""
    quoted = _quoted(subject)
    if not quoted:  # most subjects quote nothing: no passage behind is read
        return []
    for text, mentions in reversed(context):
        for name in quoted:
            at = text.find(f"“{name}”")
            if at < 0:
                continue
            start = clause_bounds(text, at)[0]
            named = runs(actors(mentions, text, start, at), text)
            if named and "的" not in text[named[-1][-1].end:at]:
                return [path_of(m) for m in named[-1]]
    return []


def _quoted(name: str) -> set[str]:
    """The names a name quotes (“剑网2017”专项行动: 剑网2017), long enough to be names; never a title in 《》, which
    names an instrument (《专利法》将于…施行 is no pledge of who lectured on it)."""
    return {q for q in (m.group(0)[1:-1].strip() for m in QUOTED.finditer(name) if m.group(0).startswith("“"))
            if len(q) >= _SHORTEST}


def meetings_told(events: Sequence[EventFact], order: dict[str, int]) -> list[tuple[int, list[str]]]:
    """Each meeting the report told with two sides or more (甲拜访乙…会谈, 甲会见乙): the index of the passage that
    first tells it, and its sides (organisers, partners and participants, once each). After such a talk a bare 双方
    (双方表示，将进一步加强联系) is the two who met, not the last two bodies the talk's words named (乙的平台载体和
    中国办事处…)."""
    told = []
    for event in events:
        sides = list(dict.fromkeys([*event.organisers, *event.partners, *event.participants]))
        if event.type == "Meeting" and event.passages and len(sides) > 1:
            told.append((min(order.get(slug, len(order)) for slug in event.passages), sides))
    return sorted(told, key=lambda met: met[0])
