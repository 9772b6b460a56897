"""The body a person's word for a body stands for (我校党委书记甲, 我院副院长乙, 该校校长丙: the heads its full name
may end with, self_references.tsv): never a faculty or a department named by its discipline or function alone (法学院,
科技处: faculties.tsv), which is a unit of the school, not the school that speaks of itself (由我校主办，法学院承办…
我校党委书记甲 is the school's secretary). A body's word for itself (我校, 本院, not 该校) stands for the report's own
body wherever the report prints its full name: its own news often names it in full only after the people
(我校副校长甲主持。\n…某工学院历来重视…), so where no body of that head is told before the person, one told in a later
passage is."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Set
from functools import lru_cache
from pathlib import Path
from typing import Protocol, TypeVar

from ipgraph.extract.mentions.faculties import Faculties


class _Body(Protocol):
    key: str


B = TypeVar("B", bound=_Body)


@lru_cache(maxsize=4)
def _faculties(data_dir: Path) -> Faculties:
    return Faculties(data_dir)


def employers_named(data_dir: Path, orgs: Iterable[B], told: Set[str], details: dict, pointed: bool,
                    names: Callable[[str, dict], bool], forms: Callable[[B], set[str]], beside: Set[str]) -> list[str]:
    """The keys of the ``orgs`` one of whose names (``forms``) ``names`` the employer ``details`` print short, those
    ``told`` before the person; for a word that stands for a body (``affiliation_heads``) none named by a discipline
    or a function alone, and for a body's word for itself (not ``pointed`` back, 该校) any the report tells in
    another passage where none is told before: not one ``beside`` it (a guest of the body, or a unit a list names
    after the person in the person's passage: 我校党委书记甲，某处、某学院负责人参加)."""
    fits = [o for o in orgs if any(names(form, details) for form in forms(o))]
    if not details.get("affiliation_heads") or details.get("affiliation_short"):
        return [o.key for o in fits if o.key in told]
    faculties = _faculties(data_dir)
    fits = [o for o in fits if not any(faculties.stem_only(form) for form in forms(o))]
    before = [o.key for o in fits if o.key in told]
    return before if before or pointed or details.get("byline") else [o.key for o in fits if o.key not in beside]
