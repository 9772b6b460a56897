"""A subject of two bodies joined by a verb of acting together (A联合B与C签订…, A携手B与C签署…): Chinese puts the
second body after 联合 or 携手 as the first one's partner in the act, so both do what the clause says — both sign,
one instrument together — where 组织 (A组织B与C签订) sets the second to work and leaves the first out. The verbs
are knowledge (knowledge/gazetteer/joint_verbs.tsv, column ``with``); what may stand between the two names besides
the verb is the grammar of a list (spaces, coordinators, the bracket after a name: 市场监督管理局（知识产权局）联合…).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ipgraph.extract.report_facts import Located
from ipgraph.knowledge.gazetteer import read_tsv
from ipgraph.zh.grammar import JOIN, alternation

_BRACKET = r"[（(][^（）()]{1,30}[)）]"
"""The bracket after a name (its other name, its acronym), full-width or half-width as real text types it."""


@dataclass(frozen=True)
class JointSubjects:
    """The verbs of acting beside, and what may stand between two bodies of one subject."""

    verbs: re.Pattern[str]
    connector: re.Pattern[str]
    """A list's joints (spaces, coordinators, a bracket of either width) and at most one verb of acting beside."""
    _opening: re.Pattern[str]
    """A verb of acting beside opening the words after a body (A会同B…: 会同)."""

    def beside(self, sentence: str, mentions: list[Located], start: int, end: int) -> bool:
        """Whether a verb of acting beside stands in ``sentence[start:end]`` outside every name (联合 of 联合会 is
        part of a name)."""
        return any(not any(m.start <= found.start() < m.end for m in mentions)
                   for found in self.verbs.finditer(sentence, start, end))

    def partners(self, sentence: str, at: int, end: int) -> list[str]:
        """The bodies a verb of acting beside at ``at`` joins to the body before it, as printed up to the list's
        count (会同该区司法局等四部门, 联合法院、检察院等部门), each item stripped; nothing unless the verb opens
        ``sentence[at:end]``. Who they are is the reader's: a body told by its head alone is of the place of the body
        it joins."""
        verb = self._opening.match(sentence, at, end)
        if verb is None:
            return []
        words = sentence[verb.end():end].split("等", 1)[0]
        items = [item.strip() for item in re.split(JOIN, words)]
        return items if all(items) else []


@lru_cache(maxsize=4)
def joint_subjects(data_dir: Path) -> JointSubjects:
    """The joint-subject words of a knowledge folder, compiled once."""
    rows = read_tsv(data_dir / "gazetteer" / "joint_verbs.tsv", ("word", "with"))
    beside = alternation(tuple(row["word"] for row in rows if row["with"] == "yes"))
    return JointSubjects(re.compile(beside), re.compile(rf"^(?:\s|{JOIN}|{_BRACKET})*(?:{beside})?\s*$"),
                         re.compile(rf"\s*(?:{beside})"))
