"""A place that pledges in an official's words is the official's own body of that place.

An official of a provincial or municipal office who says 北京将…, 安徽将… speaks for the body he heads or serves, not
for the whole province or city: the report names the body with him (北京市知识产权局副局长甲表示，北京将…), and the
commitment binds that body (eval/SCHEMA.md: the actor is the organisation that commits). The place stays the actor
when nobody near speaks for a body of it (珠海、中山将… told by the report), and a body of another place, or one whose
name only begins with the place's name (北京大学), is none of its bodies."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ipgraph.extract.report_facts import ReportFacts
from ipgraph.knowledge.gazetteer import ORG, Gazetteer

_LEVEL = re.compile(r"(?:[\u4e00-\u9fff]{1,6}?族)*(?:特别行政区|特別行政區|自治区|自治區|自治州|省|市|区|區|县|縣)")
"""What follows a place's name in the name of a body of that place (安徽省市场监管局, 苏州市知识产权局; the peoples
of an autonomous region first: 广西壮族自治区知识产权局)."""


def name_of(path: str, facts: ReportFacts, gazetteer: Gazetteer) -> str:
    """The printed name of an organisation path: the node the text made, else the gazetteer's Chinese name."""
    key = path.removeprefix("org/")
    node = facts.nodes.get((ORG, key))
    if node and node.details.get("name"):
        return str(node.details["name"])
    known = gazetteer.organisations.get(key)
    return known.name_zh if known else ""


def body_of_place(place: str, body: str) -> bool:
    """Whether ``body`` is a body of ``place``: its name is the place's with an administrative level and more
    (安徽 → 安徽省市场监管局; 北京市 → 北京市知识产权局), not merely a name that begins like it (北京大学)."""
    bare = place[:-1] if place.endswith(("省", "市")) and len(place) > 2 else place
    rest = body[len(bare):] if body.startswith(bare) else ""
    level = _LEVEL.match(rest)
    return level is not None and len(rest) > level.end()


def own_body(actors: list[str], places: frozenset[str], speakers: Iterable[str | None], facts: ReportFacts,
             gazetteer: Gazetteer) -> list[str]:
    """``actors`` with each bare place replaced by the first of ``speakers``' organisations (the speaker's, then
    those of the people named before the pledge, nearest first) that is a body of that place."""
    bodies = [s for s in speakers if s]
    out = []
    for actor in actors:
        place = name_of(actor, facts, gazetteer) if actor.startswith("org/") else ""
        own = next((b for b in bodies if place in places and body_of_place(place, name_of(f"org/{b}", facts,
                                                                                          gazetteer))), None)
        out.append(f"org/{own}" if own else actor)
    return out
