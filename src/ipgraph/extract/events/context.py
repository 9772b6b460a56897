"""A stretch of passage text with the mentions inside it, and what it says of roles and attendance."""

from __future__ import annotations

import re

from ipgraph.extract.events.model import CLAUSE_CHAR, CLAUSE_START, NUMBER, ORG_CONNECTOR, ROLES, EventRules
from ipgraph.extract.facts import Located, shifted, within
from ipgraph.knowledge.gazetteer import ORG, PERSON
from ipgraph.zh.grammar import chinese_number


def inside(spans: list[tuple[int, int]], at: int) -> bool:
    return any(a <= at < b for a, b in spans)


class Context:
    """A stretch of a passage with the mentions inside it, offsets relative to the stretch."""

    def __init__(self, text: str, mentions: list[Located], start: int = 0, end: int | None = None) -> None:
        end = len(text) if end is None else end
        self.text = text[start:end]
        self.mentions = shifted(within(mentions, start, end), start)  # ``mentions`` in order of start

    def orgs(self, kinds: tuple[str, ...] = (ORG,)) -> list[Located]:
        """Organisations named here; an acronym in brackets after a name is that name again."""
        return [m for m in self.mentions if m.kind in kinds
                and not (self.text[m.start - 1:m.start] == "（" and self.text[m.end:m.end + 1] == "）")]

    def first(self, kind: str) -> str | None:
        return next((m.key for m in self.mentions if m.kind == kind), None)


def joined(parts: list[Context]) -> Context:
    """Several stretches of a passage read as one."""
    joined = Context("", [])
    for part in parts:
        joined.mentions += [Located(m.kind, m.key, m.start + len(joined.text), m.end + len(joined.text))
                            for m in part.mentions]
        joined.text += part.text
    return joined


def run_after(context: Context, at: int, kinds: tuple[str, ...] = (ORG,),
               connector: re.Pattern[str] = ORG_CONNECTOR, among: list[Located] | None = None) -> list[Located]:
    """The organisations (or places, ``among`` given ones) named one after another from ``at`` (joined by 、 和 及)."""
    run, position = [], at
    for org in context.orgs(kinds) if among is None else among:
        if org.start < position:
            continue
        if not connector.match(context.text[position:org.start]):
            break
        run.append(org)
        position = org.end
    return run


def run_before(context: Context, at: int, kinds: tuple[str, ...] = (ORG,)) -> list[Located]:
    """The organisations (or people) named one after another that end right before ``at``."""
    run: list[Located] = []
    position = at
    for org in reversed(context.orgs(kinds)):
        if org.end > position:
            continue
        if not ORG_CONNECTOR.match(context.text[org.end:position]):
            break
        run.insert(0, org)
        position = org.start
    return run


def roles_in(context: Context, rules: EventRules) -> dict[str, list[str]]:
    """Who the context says organised, partnered, sponsored or took part."""
    found: dict[str, list[str]] = {role: [] for role in ROLES}
    for (role, before, after), anchor in zip(rules.roles, rules.role_anchors):
        head, _, tail = after.partition("…")
        opening = before == "^"
        before = "" if opening else before
        for match in anchor.finditer(context.text):
            kinds = (ORG, PERSON) if role == "participant" else (ORG,)
            run = run_after(context, match.end()) if before else run_before(context, match.start(), kinds)
            if not run or opening and context.text[:run[0].start].rstrip()[-1:] not in CLAUSE_START:
                continue
            if before and after and not slot_then(context.text, run[-1].end, after.replace("…", "")):
                continue
            if not before and tail and not slot_then(context.text, match.end(), tail):
                continue
            for actor in run:
                path = f"{'person' if actor.kind == PERSON else 'org'}/{actor.key}"
                if path not in found[role]:
                    found[role].append(path)
    found["partner"] = [k for k in found["partner"] if k not in found["organiser"]]
    return found


def slot_then(text: str, at: int, after: str) -> bool:
    """The clause goes on from the slot to ``after`` (由A与B合作举办: A is still who held it)."""
    clause = re.match(f"{CLAUSE_CHAR}*", text[at:])
    return clause is not None and after in clause.group(0)


def attendees(context: Context, rules: EventRules) -> int | None:
    """The first count of people in a clause that says they attended, and not only some of them."""
    for clause in re.finditer(f"{CLAUSE_CHAR}+", context.text):
        words = clause.group(0)
        if not any(w in words for w in rules.attend):
            continue
        for match in NUMBER.finditer(words):
            following = words[match.end():match.end() + 6]
            before = words[:match.start()]
            breakdown = "包括" in before and any(w in before for w in rules.exclude)
            if breakdown or any(w in following for w in rules.exclude) or any(w in before for w in rules.part):
                continue
            number = match.group(2).replace(",", "")
            count = int(number) if number.isdigit() else chinese_number(number)
            if count >= 2:
                return count
    return None
