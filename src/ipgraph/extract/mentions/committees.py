"""A place's party committee printed before a government head's title: the post is at the place's government.

济宁市委书记甲、市长乙 shares 济宁市委 with 乙 as a list shares its body, and 江门市委副书记、市长丙 prints the
committee before both of 丙's posts; but a mayor heads the city's people's government, not its party committee
(市长 governs 市政府 in titles.tsv), so 乙 and 丙 work for 济宁市人民政府 and 江门市人民政府, and 丙 keeps the
committee as a second post (副书记). A committee of another level than the title's (市委常委、区长) says nothing of
it."""

from __future__ import annotations

from ipgraph.zh.grammar import GOVERNMENT, PEOPLES_GOVERNMENT

COMMITTEE = "委"
"""What ends a place's party committee printed short after the place's level (济宁市委, 来安县委, 河南省委)."""


def seat(body: str, governs: tuple[str, ...], levels: frozenset[str]) -> str:
    """The government whose head the title of ``governs`` (省政府, 市政府: offices.governs) names, where ``body`` is
    the party committee of a place of that level (levels: the one-character place suffixes 省, 市, 县, 区): the place's
    people's government (济宁市委 → 济宁市人民政府); "" otherwise."""
    if len(body) < 4 or not body.endswith(COMMITTEE) or body[-2] not in levels:
        return ""
    return body[:-1] + PEOPLES_GOVERNMENT if body[-2] + GOVERNMENT in governs else ""


def joint_seat(name: str, governs: tuple[str, ...]) -> str:
    """The government of a place that ``name`` prints with its party committee as one (河南省委省政府, 某市委市政府:
    the two bodies that act together), where the government is the one a head's title names (副省长: 省政府): the
    place's people's government (河南省人民政府), the body a vice-governor printed by title alone works for; ""
    otherwise."""
    for short in governs:
        joint = short[:1] + COMMITTEE + short
        if short.endswith(GOVERNMENT) and name.endswith(joint) and len(name) > len(joint):
            return name.removesuffix(joint) + short[:1] + PEOPLES_GOVERNMENT
    return ""
