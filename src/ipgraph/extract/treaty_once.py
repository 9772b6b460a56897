"""Which tellings of treaty acts are one act: the same act told again, in the body or in a news item's title lines.

A state accedes (ratifies, signs …) a treaty once, and a treaty is concluded, adopted and enters into force once
(for one state): the same act told again undated, or with a coarser date, is the one told with its date
(中国自1994年加入PCT。…中国加入PCT以来; 1985年3月19日加入《A》…1985年), and, where the report tells that act of one
actor only, so is one told without its actor (…正式加入《A》，成为该公约的成员国); an undated accession,
ratification or signature that names its actor retells the one dated telling that names none of its own
(2014年4月24日…表决通过，批准《A》。…我国批准该条约), while an entry into force for a state (条约将于三个月后对中国
生效) is not the treaty's own (条约于2016年9月30日生效).
A conclusion or adoption is the act of the treaty's negotiators as a whole: told again with a body named that helped
it (该条约于2012年6月26日在北京缔结。…中国政府积极协调、推动该条约顺利締结), it is still the one conclusion.
The act an anniversary counts from (《A》签署一周年之际, 加入《A》三十周年) is the act the report tells elsewhere,
whatever its date and actors there; told nowhere else, it is told there.
A negotiation is one process: its start, rounds and end told apart are the one negotiation, told where the report
first tells it.
A news item's title lines (its headline and the photo captions above its first sentence: 《A》成功签署) retell its
story: an act they tell without a date, of a treaty the body tells acts of, is no act of its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar

from ipgraph.extract.treaty_rules import ONCE, PER_ACTOR

WHOLE = ("Adoption", "Conclusion")
"""Acts of a treaty's negotiators as a whole, not of the states one by one: a treaty is adopted or concluded once."""
PROCESS = ("Negotiation",)
"""Acts that are one process however often a report tells it: its start, its rounds and its end (谈判始于2011年…
宣布该协定谈判结束) are the one negotiation of the treaty, told first where the report first tells it."""


class Told(Protocol):
    """What this module reads of a treaty act (extract.treaty_actions.TreatyActionFact)."""

    treaty: str
    action: str
    actors: list[str]
    inferred: bool
    date: str | None
    passages: list[str]
    counted_from: bool


T = TypeVar("T", bound=Told)


def one_act_each(found: Iterable[T], titles: set[str]) -> list[T]:
    """The acts of ``found`` with each act told again merged into the telling it repeats (its passages added to
    that one's), and the undated acts that only ``titles`` (the slugs of the title lines) tell dropped where the
    body tells an act of their treaty."""
    facts = list(found)
    kept: list[T] = []
    for fact in facts:
        same = told_before(fact, facts) if fact.action in ONCE else _process(fact, kept)
        if same is None and fact.counted_from:
            same = next((other for other in facts if not other.counted_from
                         and (other.treaty, other.action) == (fact.treaty, fact.action)), None)
        if same is None and _headline_only(fact, titles):
            same = next((other for other in facts if other.treaty == fact.treaty
                         and not set(other.passages) <= titles), None)
        if same is None:
            kept.append(fact)
        else:
            same.passages += [slug for slug in fact.passages if slug not in same.passages]
    return kept


def _process(fact: T, kept: list[T]) -> T | None:
    """The telling kept before of the process ``fact`` tells again (the treaty's negotiation), or None."""
    if fact.action not in PROCESS:
        return None
    return next((other for other in kept if (other.treaty, other.action) == (fact.treaty, fact.action)), None)


def _headline_only(fact: Told, titles: set[str]) -> bool:
    """An undated act told in title lines alone (the caption 《视听表演北京条约》成功签署 above the story)."""
    return not fact.date and bool(fact.passages) and set(fact.passages) <= titles


def told_before(fact: T, facts: list[T]) -> T | None:
    """The act of ``fact``'s treaty and action, told with a finer date and the same actors (or those of the one
    actor told, when ``fact`` names none; or any, for a conclusion or adoption, or, for an act of a state, when ``fact``
    is undated and the one dated telling names none of its own: only an inferred one), that ``fact`` tells again, at its
    finest date; None when there is none or the actors are not one."""
    told = [other for other in facts if other is not fact and other.date
            and (other.treaty, other.action) == (fact.treaty, fact.action) and _coarser(fact, other)]
    same = [other for other in told if other.actors == fact.actors or fact.action in WHOLE]
    if not same and not fact.date and fact.action in PER_ACTOR and len(told) == 1 \
            and (not told[0].actors or told[0].inferred):
        same = told  # 2014年4月24日…表决通过，批准《A》。…我国批准该条约: the one act, its actor named the second time
    if not same and (not fact.actors or fact.inferred) \
            and (not fact.date or len({tuple(other.actors) for other in told}) == 1):
        same = told  # 15国正式签署了《A》…到如今签署A: told again undated, with no actor of its own
    return max(same, key=_precision) if same else None


def _precision(fact: Told) -> int:
    """How fine ``fact``'s date is (2012-06-26 finer than 2012-06)."""
    return len(fact.date or "")


def _coarser(fact: Told, other: Told) -> bool:
    """Whether ``other`` tells ``fact``'s act at a finer date (or at the same date with the actors ``fact`` lacks)."""
    assert other.date
    return not fact.date or other.date.startswith(fact.date) and other.date != fact.date \
        or other.date == fact.date and not fact.actors and bool(other.actors)
