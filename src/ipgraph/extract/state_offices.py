"""中日韩三局将…: a collective that counts offices (三局, 两局) after a compound of state abbreviations names each
state's intellectual property office (knowledge/commitments/state_offices.tsv) where the report names no body of
that state — the state itself is not the office that pledges or signs."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ipgraph.knowledge.gazetteer import read_tsv


@lru_cache(maxsize=4)
def load_offices(data_dir: Path) -> dict[tuple[str, str], str]:
    """(state node, head noun) → the office's node."""
    rows = read_tsv(data_dir / "commitments" / "state_offices.tsv", ("node", "head", "office"))
    return {(row["node"], row["head"]): row["office"] for row in rows}


def office_of(actor: str, word: str, offices: dict[tuple[str, str], str]) -> str:
    """The office ``actor`` (a state a compound named, left a state where the report names none of its bodies) stands
    for in the collective ``word`` (三局: 局), else ``actor`` unchanged."""
    return next((office for (node, head), office in offices.items() if node == actor and word.endswith(head)), actor)
