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
from ipgraph.ingest.textnorm import drop_glosses
from ipgraph.vocab import IP

KIND_CLASSES = {"organisation": IP.Organisation, "person": IP.Person, "treaty": IP.Treaty,
                "country": IP.Country, "city": IP.City}
KIND_PATHS = {"organisation": "org", "person": "person", "treaty": "treaty", "country": "country", "city": "city"}
_SPACE = re.compile(r"[\s#]+")
_MARKUP = re.compile(r"^(?:\d{0,3}\.|[-·*•])+")
FOOTNOTE_MARK = re.compile(r"\[footnoteRef:?\d*\]?|\[f\w*$|<sup>\d*</sup>")


def f1(right: int, found: int, gold: int) -> float:
    """F1 of ``right`` items among ``found`` against ``gold``; precision and recall are 1.0 when nothing was found
    or expected."""
    p, r = (right / found if found else 1.0), (right / gold if gold else 1.0)
    return 2 * p * r / (p + r) if p + r else 0.0


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
        return f1(self.correct, self.found, self.gold)


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


def squash(text: str) -> str:
    """A text as compared: no white space, and no pinyin gloss a mirror printed (the passages drop them, quotes keep
    them as printed)."""
    return _SPACE.sub("", drop_glosses(text))


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


_TEXT, _OPTIONAL_TEXT, _TEXTS = (str,), (str, type(None)), "a list of strings"
FIELDS: dict[str, tuple[dict[str, object], dict[str, object]]] = {
    "actors": ({"report": _TEXT, "kind": tuple(KIND_CLASSES), "key": _TEXT, "quote": _TEXT},
               {"text": _TEXT, "locator": _TEXT, "role": _OPTIONAL_TEXT, "affiliation": _OPTIONAL_TEXT}),
    "events": ({"report": _TEXT, "quote": _TEXT, "label": _TEXT},
               {"locator": _TEXT, "organisers": _TEXTS, "partners": _TEXTS}),
    "agreements": ({"report": _TEXT, "agreement_id": _TEXT, "quote": _TEXT, "type": _TEXT, "parties": _TEXTS,
                    "inferred_parties": _TEXTS, "signed": _OPTIONAL_TEXT, "renewal": (bool,)}, {"locator": _TEXT}),
    "pledges": ({"report": _TEXT, "actor": _TEXT, "quote": _TEXT}, {"locator": _TEXT, "speaker": _OPTIONAL_TEXT}),
    "sdg": ({"report": _TEXT, "code": _TEXT, "quote": _TEXT, "passage": _TEXT}, {"locator": _TEXT}),
}
"""Per annotation set, the keys a row must have and those it may have, each with the types (or, for ``kind``,
the values) it may take. A row is checked on loading, so a mistake is named by file and line, not met as a
traceback halfway through scoring."""


def load_gold(folder: Path, prefix: str, name: str = "actors") -> list[Gold]:
    """Every annotation in ``folder/<prefix>*.jsonl``."""
    return [Gold(row["report"], row["kind"], row["key"], row["quote"], row.get("text", ""), row.get("locator", ""),
                 row.get("role"), row.get("affiliation"), where)
            for row, where in _rows(folder, prefix, name)]


def load_rows(folder: Path, prefix: str, name: str | None = None) -> list[dict]:
    """The rows of ``folder/<prefix>*.jsonl``, each checked against the keys of the set ``name`` (by default the
    prefix without ``commitments-``: ``commitments-sdg`` is the set ``sdg``)."""
    return [row for row, _ in _rows(folder, prefix, name or prefix.removeprefix("commitments-").rstrip("-"))]


def _rows(folder: Path, prefix: str, name: str) -> list[tuple[dict, str]]:
    paths = sorted(folder.glob(f"{prefix}*.jsonl")) if folder.is_dir() else []
    rows = [(row, f"{path.name}:{n}") for path in paths for n, row in _read_rows(path, FIELDS.get(name))]
    if not rows:
        raise InputError(folder, f"no annotations for the set {name!r}: no non-empty {prefix}*.jsonl file here "
                                 "(without gold there is nothing to score)")
    return rows


def _read_rows(path: Path, fields: tuple[dict[str, object], dict[str, object]] | None) -> list[tuple[int, dict]]:
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    except UnicodeDecodeError as error:
        raise InputError(path, f"not UTF-8 (undecodable byte at byte offset {error.start})") from None
    rows = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as error:
            raise InputError(path, f"not valid JSON: {error}", n) from None
        problem = _row_problem(row, fields) if fields else None if isinstance(row, dict) else "not a JSON object"
        if problem:
            raise InputError(path, f"not a valid annotation: {problem}", n)
        rows.append((n, row))
    return rows


def _row_problem(row: object, fields: tuple[dict[str, object], dict[str, object]]) -> str | None:
    """What is wrong with one row, or None."""
    if not isinstance(row, dict):
        return "not a JSON object"
    required, optional = fields
    missing = [key for key in required if key not in row]
    if missing:
        return f"missing {', '.join(repr(k) for k in missing)}"
    for key, allowed in {**required, **optional}.items():
        if key in row and not _allowed(row[key], allowed):
            return f"{key!r} must be {_describe(allowed)}, not {json.dumps(row[key], ensure_ascii=False)[:60]}"
    return None


def _allowed(value: object, allowed: object) -> bool:
    if allowed == _TEXTS:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if isinstance(allowed, tuple) and all(isinstance(a, type) for a in allowed):
        return isinstance(value, allowed) and not (isinstance(value, bool) and bool not in allowed)
    return value in allowed  # type: ignore[operator]


def _describe(allowed: object) -> str:
    if allowed == _TEXTS:
        return "a list of strings"
    if allowed == _TEXT:
        return "a string"
    if allowed == _OPTIONAL_TEXT:
        return "a string or null"
    if allowed == (bool,):
        return "true or false"
    values = allowed if isinstance(allowed, tuple) else (allowed,)  # the values a key such as ``kind`` may take
    return "one of " + ", ".join(str(a) for a in values)


def load_scope(folder: Path, name: str) -> dict:
    """The scope of the set ``name``: report id → ``"all"``, ``[first, last]`` paragraph numbers, or a heading."""
    path = folder / "scope.json"
    try:
        scopes = json.loads(path.read_bytes().decode("utf-8"))
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise InputError(path, f"not valid JSON: {error}") from None
    if not isinstance(scopes, dict) or name not in scopes:
        raise InputError(path, f"no scope {name!r}: add \"{name}\": {{report id: scope}} to it")
    scope = scopes[name]
    if not isinstance(scope, dict) or not all(isinstance(r, str) and _valid_scope(rule) for r, rule in scope.items()):
        raise InputError(path, f"scope {name!r} must map each report id to \"all\", [first, last] paragraph "
                               "numbers or a heading")
    return scope


def _valid_scope(rule: object) -> bool:
    return isinstance(rule, str) or (isinstance(rule, list) and len(rule) == 2
                                     and all(isinstance(n, int) and not isinstance(n, bool) for n in rule))
