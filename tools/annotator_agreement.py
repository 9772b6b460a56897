"""Print how far two annotators agree on the same text: the ceiling a bar on the real-text set can be read against.

Nine pages of the real-text set were collected and annotated twice, by two collectors who did not see each other's
lines (parts a and b, in an early session; parts l, m and n, at the same time on 2026-12-05). The second copies were
withdrawn from the set (``eval/realtext/scope.json``); their annotations stay in the commit before the withdrawal,
which this script reads with ``git show``, so it runs in any clone with its history:

    .venv/bin/python tools/annotator_agreement.py

Each line is one annotator's lines scored against the other's, with the scorer's own comparison of actors
(``same_actor``: gazetteer keys, new bodies by name in either script): events paired by name or by a shared
six-character run of their quotes, agreements, treaty actions and pledges by their quotes, people by name.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from ipgraph.evaluate.common import squash  # noqa: E402
from ipgraph.evaluate.unseen import actor_list, same_actor  # noqa: E402
from ipgraph.knowledge.gazetteer import load  # noqa: E402
from ipgraph.resources import resources  # noqa: E402

BEFORE_WITHDRAWAL = "b44b020"
"""The commit that still holds every annotation of the withdrawn copies."""
PAIRS = [("003", "029"), ("010", "035"), ("014", "032"), ("017", "043"),
         ("161", "174"), ("162", "173"), ("169", "175"), ("179", "193"), ("181", "194")]
"""Two ids of one page: the copy kept and the one withdrawn."""
PARTS = {"a": range(1, 25), "b": range(25, 49), "l": range(161, 173), "m": range(173, 185), "n": range(185, 197)}
KINDS = ("events", "agreements", "treaty_actions", "pledges", "organisations", "people")


def annotations(doc: str, kind: str) -> list[dict]:
    part = next(name for name, ids in PARTS.items() if int(doc) in ids)
    path = f"{BEFORE_WITHDRAWAL}:eval/realtext/gold/{kind}.{part}.jsonl"
    text = subprocess.run(["git", "-C", str(ROOT), "show", path], capture_output=True, text=True, check=True).stdout
    return [row for row in map(json.loads, filter(str.strip, text.splitlines())) if row["doc"] == doc]


def plain(text: str | None) -> str:
    return squash(text or "").translate(load(resources().knowledge).one_script)


def same_name(a: str, b: str) -> bool:
    """The scorer's reading of two names: one holds the other and is most of it."""
    a, b = plain(a), plain(b)
    return bool(a and b) and (a in b or b in a) and min(len(a), len(b)) / max(len(a), len(b)) >= 0.6


def shared_run(a: str, b: str) -> bool:
    a, b = plain(a), plain(b)
    return any(a[i:i + 6] in b for i in range(max(1, len(a) - 5)))


def either(a: str, b: str) -> bool:
    return same_actor(a, b) or same_actor(b, a)


def paired(first: list, second: list, same: Callable[[object, object], bool]) -> list[tuple]:
    """Each item of ``first`` with the first unpaired item of ``second`` it agrees with."""
    free, pairs = list(range(len(second))), []
    for item in first:
        at = next((j for j in free if same(item, second[j])), None)
        if at is not None:
            free.remove(at)
            pairs.append((item, second[at]))
    return pairs


def roles(event: dict) -> list[str]:
    return actor_list(event.get("organisers")) + actor_list(event.get("partners"))


def compare(one: str, two: str, totals: dict[str, list[int]]) -> None:
    """Add one page's agreement to ``totals``: [agreed, first annotator's count, second's]."""
    def add(name: str, agreed: int, first: int, second: int) -> None:
        for i, value in enumerate((agreed, first, second)):
            totals.setdefault(name, [0, 0, 0])[i] += value

    a, b = ({kind: annotations(doc, kind) for kind in KINDS} for doc in (one, two))
    events = paired(a["events"], b["events"],
                    lambda x, y: same_name(x["label"], y["label"]) or shared_run(x["quote"], y["quote"]))
    add("events", len(events), len(a["events"]), len(b["events"]))
    for x, y in events:
        add("start dates the same (of paired events)", x["start"] == y["start"], 1, 1)
        add("organisers ∪ partners (of paired events)", len(paired(roles(x), roles(y), either)), len(roles(x)),
            len(roles(y)))
    for kind in ("agreements", "treaty_actions", "pledges"):
        found = paired(a[kind], b[kind], lambda x, y: shared_run(x["quote"], y["quote"]))
        add(kind, len(found), len(a[kind]), len(b[kind]))
    new = [[row["key"] for row in side["organisations"] if row["key"].startswith("new:")] for side in (a, b)]
    add("organisations not in the gazetteer", len(paired(*new, either)), len(new[0]), len(new[1]))
    people = paired(a["people"], b["people"], lambda x, y: same_name(x["name"], y["name"]))
    add("people", len(people), len(a["people"]), len(b["people"]))
    for x, y in people:
        mine, theirs = actor_list(x.get("affiliation")), actor_list(y.get("affiliation"))
        agreed = (not mine and not theirs) or any(either(m, t) for m in mine for t in theirs)
        add("affiliation the same (of paired people)", agreed, 1, 1)


def main() -> None:
    totals: dict[str, list[int]] = {}
    for one, two in PAIRS:
        compare(one, two, totals)
    print(f"{len(PAIRS)} pages annotated twice ({', '.join('/'.join(p) for p in PAIRS)})")
    for name, (agreed, first, second) in totals.items():
        if "same" in name:
            print(f"{name}: {agreed}/{first} = {agreed / first:.3f}")
        else:
            f1 = 2 * agreed / (first + second) if first + second else 1.0
            print(f"{name}: {first} and {second} lines, {agreed} agreed, F1 {f1:.3f}")


if __name__ == "__main__":
    main()
