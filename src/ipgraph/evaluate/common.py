"""What every scorer shares: annotation rows, passages found by quote, rates, and text comparison."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.term import Node

from ipgraph.errors import InputError
from ipgraph.vocab import IP

KIND_CLASSES = {"organisation": IP.Organisation, "person": IP.Person, "treaty": IP.Treaty,
                "country": IP.Country, "city": IP.City}
KIND_PATHS = {"organisation": "org", "person": "person", "treaty": "treaty", "country": "country", "city": "city"}
_SPACE = re.compile(r"[\s#]+")
_MARKUP = re.compile(r"^(?:\d{0,3}\.|[-·*•])+")
FOOTNOTE_MARK = re.compile(r"\[footnoteRef:?\d*\]?|\[f\w*$|<sup>\d*</sup>")


@dataclass(frozen=True)
class Gold:
    report: str
    kind: str
    key: str
    quote: str
    text: str
    locator: str = ""
    role: str | None = None
    affiliation: str | None = None
    where: str = ""


class Rates:
    """Precision and recall from the counts ``gold``, ``found`` and ``correct``."""

    gold: int
    found: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score(Rates):
    kind: str
    gold: int = 0
    found: int = 0
    correct: int = 0
    details_correct: int | None = None
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)


@dataclass
class Evaluation:
    scores: dict[str, Score]
    unlocated: list[Gold]


def load_gold(folder: Path, prefix: str) -> list[Gold]:
    """Every annotation in ``folder/<prefix>*.jsonl``."""
    found = []
    for path in sorted(folder.glob(f"{prefix}*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                found.append(Gold(row["report"], row["kind"], row["key"], row["quote"], row.get("text", ""),
                                  row.get("locator", ""), row.get("role"), row.get("affiliation"), f"{path.name}:{n}"))
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                raise InputError(path, f"not a valid annotation: {error}", n) from None
    return found


def squash(text: str) -> str:
    return _SPACE.sub("", text)


class Passages:
    """The graph's passages, findable by report and quote.

    Annotators quote the report as printed, so a quote may run across the end
    of one passage into the next (a table row and the row after it): the
    mention is located inside the report's passages laid end to end.
    """

    def __init__(self, graph: Graph) -> None:
        self.by_report: dict[str, list[tuple[Node, str, str]]] = defaultdict(list)
        ordered = sorted(graph.subjects(RDF.type, IP.Passage),  # the shapes give each one integer ip:position
                         key=lambda p: int(cast(Literal, graph.value(p, IP.position))))
        for passage in ordered:
            report = str(graph.value(passage, IP.inReport)).rsplit("/", 1)[-1]
            text = squash(str(graph.value(passage, IP.text)))
            self.by_report[report].append((passage, text, str(graph.value(passage, IP.locator))))
        self.joined = {report: "".join(text for _, text, _ in rows) for report, rows in self.by_report.items()}
        self.footnotes = {(s, o) for s, o in graph.subject_objects(IP.footnote)}

    def locate(self, gold: Gold) -> Node | None:
        """The passage holding the annotated mention, found through its quote (and locator, if ambiguous)."""
        joined = self.joined.get(gold.report, "")
        text = squash(gold.text)
        quote = squash(FOOTNOTE_MARK.sub("", gold.quote))
        for candidate in (quote, _MARKUP.sub("", quote).rstrip("-")):
            inside = max(candidate.find(text), 0) if text else 0
            hits = [self._passage_at(gold.report, m.start() + inside)
                    for m in re.finditer(re.escape(candidate), joined)] if candidate else []
            if len(hits) > 1 and gold.locator:
                hits = [h for h in hits if self._locator_of(gold.report, h).split("-")[0] == gold.locator]
            if len(set(hits)) == 1:
                return hits[0]
        return None

    def with_locator(self, report: str, locator: str) -> Node | None:
        """The passage printed as ``locator`` (``105``, ``105-1``) in the report."""
        return next((p for p, _, loc in self.by_report.get(report, []) if loc == locator), None)

    def _locator_of(self, report: str, passage: Node | None) -> str:
        return next((loc for p, _, loc in self.by_report[report] if p == passage), "")

    def _passage_at(self, report: str, offset: int) -> Node | None:
        position = 0
        for passage, text, _ in self.by_report[report]:
            position += len(text)
            if offset < position:
                return passage
        return None

    def in_scope(self, scope: dict) -> set[Node]:
        """The passages a scope names: "all", [first, last] paragraph numbers, or a heading ("五、国际合作")."""
        chosen: set[Node] = set()
        for report, rule in scope.items():
            for passage, _, locator in self.by_report.get(report, []):
                number = re.match(r"^(\d+)(?:-\d+)?$", locator)
                if rule == "all" or (isinstance(rule, str) and locator.startswith(rule)) \
                        or (isinstance(rule, list) and number and rule[0] <= int(number.group(1)) <= rule[1]):
                    chosen.add(passage)
        chosen |= {fn for cited, fn in self.footnotes if cited in chosen}
        return chosen


def load_scope(folder: Path, name: str) -> dict:
    path = folder / "scope.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))[name]
    except (OSError, json.JSONDecodeError, KeyError) as error:
        raise InputError(path, f"no scope {name!r}: {error}") from None


def load_rows(folder: Path, prefix: str) -> list[dict]:
    rows = []
    for path in sorted(folder.glob(f"{prefix}*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as error:
                    raise InputError(path, f"not valid JSON: {error}", n) from None
    return rows


def similar(a: str, b: str) -> float:
    from difflib import SequenceMatcher

    a, b = squash(a), squash(b)
    return 1.0 if a in b or b in a else SequenceMatcher(None, a, b).ratio()


def overlap(a: str, b: str) -> float:
    """How much of the shorter text the longest common stretch covers."""
    from difflib import SequenceMatcher

    a, b = squash(a), squash(b)
    if not a or not b:
        return 0.0
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size / min(len(a), len(b))


RDFS_LABEL = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
