"""Names printed with no title: a list of bare names that opens a clause before a verb of attending or speaking
(张伟、李娜和王芳出席), names before 等 and a count of people (甲、乙等10名同志), and names after a body and its 的
(来自某大学的甲表示). Their patterns repeat the name pattern People builds, so each is compiled when a passage first
needs it."""

from __future__ import annotations

import re
from functools import cached_property

from spacy.tokens import Span

from ipgraph.extract.mentions.given_names import LIST_OPENS, NameShapes
from ipgraph.extract.mentions.neighbours import Named, opens_clause
from ipgraph.extract.mentions.offices import Offices
from ipgraph.knowledge.gazetteer import ORG
from ipgraph.zh.grammar import COORDINATORS, LIST_MARKS, NAME_BREAKS, NAME_PUNCTUATION, NUMBER, alternation

_COUNTED = rf"等{NUMBER}[名位]"
"""等, a number and a classifier of people close a list of people's names (甲、乙等10名同志; 丙等3位专家)."""
_COUNT = re.compile(_COUNTED)  # found first: the list before it is slow to look for at every character


class BareNames(NameShapes):
    """Bare names of People: the lists and runs of names that no title introduces."""

    _name: str
    _verbs: str
    _plain_name: str
    acts: tuple[str, ...]
    offices: Offices
    any_head: re.Pattern[str]

    # The two patterns below repeat the name pattern, and with it the words that follow a name: each is compiled when
    # a passage first needs it (most builds never do), not with the pipeline.
    @cached_property
    def bare_run(self) -> re.Pattern[str]:
        """Bare names after a body and its 的 (来自某大学的甲表示); no married name: a body's 相关领导 has its shape."""
        return re.compile(rf"((?:(?:{self._plain_name})[{LIST_MARKS}]){{0,5}}(?:{self._plain_name})){self._verbs}")

    @cached_property
    def bare_list(self) -> re.Pattern[str]:
        """Bare names that open a clause (or follow 由, 据) before a verb of attending or speaking."""
        run = rf"((?:(?:{self._name})[{LIST_MARKS}]){{0,5}}(?:{self._name})){self._verbs}"
        return re.compile(rf"(?:^|(?<=[{re.escape(LIST_OPENS)}\s])){run}", re.MULTILINE)

    @cached_property
    def bare_item(self) -> re.Pattern[str]:
        """One name of a list of bare names, before the next one or the list's verb."""
        return re.compile(f"(?:{self._name})(?=[{LIST_MARKS}]|{self._verbs})")

    @cached_property
    def list_end(self) -> re.Pattern[str]:
        """What may follow the last name of a list: its verb, a word that follows a name (after_name.tsv: 分别, 先后,
        陪同), 等, a coordinator, punctuation or the end (专家甲、乙、丙分别作报告)."""
        return re.compile(rf"{self._verbs}|{alternation(self.acts)}|等|{alternation(COORDINATORS)}|"
                          rf"[{re.escape(NAME_PUNCTUATION)}\s]|$")

    @cached_property
    def counted(self) -> re.Pattern[str]:
        """Names before 等N名, as the object of a verb (为甲等10名同志颁发)."""
        name = self._name
        return re.compile(rf"(?<=[{re.escape(NAME_BREAKS + NAME_PUNCTUATION)}\s])((?:(?:{name})[{LIST_MARKS}]){{0,5}}"
                          rf"(?:{name})){_COUNTED}")

    def _bare(self, text: str, mentions: list[Span]) -> list[Named]:
        """Names with no title that open a clause (or follow 由, 据) before a verb of attending or speaking
        (张伟、李娜和王芳出席; 会上，刘明介绍; 据刘明介绍), or follow a body and the 的 that ties them to it, who work
        for that body (来自某大学的甲表示): full names, listed with 、和与及."""
        found: list[Named] = []
        tied = [(org, run) for org in mentions if org.label_ == ORG and (at := self._run_start(text, org)) >= 0
                and self._may_run(text, at) and (run := self.bare_run.match(text, at))]
        lists = [*(self.bare_list.finditer(text) if self._may_list(text) else ()),
                 *(self.counted.finditer(text) if _COUNT.search(text) else ())]
        for org, clause in [(None, c) for c in lists] + tied:
            items, at = [], clause.start(1)
            while (item := self.bare_item.match(text, at, clause.end())) is not None:
                items.append(item.span())
                at = item.end() + (1 if item.end() < clause.end(1) else 0)
            if items and items[-1][1] == clause.end(1) and all(
                    self._plain(text, s, e, s + 1) and not self.offices.place_shape.match(text, s, e)
                    and not self.any_head.search(text, s, e) for s, e in items):
                found += [(s, e, "", org, s) for s, e in items]
        return found

    def _run_start(self, text: str, org: Span) -> int:
        """Where names tied to a body may start: after its 的 (来自某大学的甲表示), or right after a body that opens
        its clause (某局某处甲、乙参加座谈; ，某协会丙担任秘书长), whose people the clause then names; else -1."""
        at = org.end_char + (text[org.end_char : org.end_char + 1] == "的")
        if text[at : at + 1] not in self.name_firsts:  # a name starts with a surname: most bodies end here
            return -1
        return at if at > org.end_char or opens_clause(text, org.start_char) else -1
