"""Graph vs hand annotations: precision, recall and F1 per kind of node.

Annotations are JSON Lines (format in ``tests/gold/README.md``): one mention per
line with the report, the kind, the key of the node it names and a quote that
locates its passage. A mention counts as found when the graph links that node
to that passage with ``ip:evidence``; comparison is over (passage, node) pairs,
which is what the graph can state. Only passages inside the annotated scope
(``scope.json`` beside the annotations) count towards precision.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, Graph, Literal, URIRef

from ipgraph.check import load_graph
from ipgraph.errors import InputError
from ipgraph.vocab import IP, IPR

KIND_CLASSES = {"organisation": IP.Organisation, "person": IP.Person, "treaty": IP.Treaty,
                "country": IP.Country, "city": IP.City}
KIND_PATHS = {"organisation": "org", "person": "person", "treaty": "treaty", "country": "country", "city": "city"}
_SPACE = re.compile(r"[\s#]+")
_MARKUP = re.compile(r"^(?:\d{0,3}\.|[-·*•])+")
_MARKER = re.compile(r"\[footnoteRef:?\d*\]?|\[f\w*$|<sup>\d*</sup>")


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


class _Rates:
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


@dataclass
class Score(_Rates):
    kind: str
    gold: int = 0
    found: int = 0
    correct: int = 0
    details_correct: int | None = None
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    scores: dict[str, Score]
    unlocated: list[Gold]


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
    return "one of " + ", ".join(str(a) for a in allowed)  # type: ignore[union-attr]


def _squash(text: str) -> str:
    return _SPACE.sub("", text)


class _Passages:
    """The graph's passages, findable by report and quote.

    Annotators quote the report as printed, so a quote may run across the end
    of one passage into the next (a table row and the row after it): the
    mention is located inside the report's passages laid end to end.
    """

    def __init__(self, graph: Graph) -> None:
        self.by_report: dict[str, list[tuple[URIRef, str, str]]] = defaultdict(list)
        ordered = sorted(graph.subjects(RDF.type, IP.Passage), key=lambda p: int(graph.value(p, IP.position)))
        for passage in ordered:
            report = str(graph.value(passage, IP.inReport)).rsplit("/", 1)[-1]
            text = _squash(str(graph.value(passage, IP.text)))
            self.by_report[report].append((passage, text, str(graph.value(passage, IP.locator))))
        self.joined = {report: "".join(text for _, text, _ in rows) for report, rows in self.by_report.items()}
        self.footnotes = {(s, o) for s, o in graph.subject_objects(IP.footnote)}

    def locate(self, gold: Gold) -> URIRef | None:
        """The passage holding the annotated mention, found through its quote (and locator, if ambiguous)."""
        joined = self.joined.get(gold.report, "")
        text = _squash(gold.text)
        quote = _squash(_MARKER.sub("", gold.quote))
        for candidate in (quote, _MARKUP.sub("", quote).rstrip("-")):
            inside = max(candidate.find(text), 0) if text else 0
            hits = [self._passage_at(gold.report, m.start() + inside)
                    for m in re.finditer(re.escape(candidate), joined)] if candidate else []
            if len(hits) > 1 and gold.locator:
                hits = [h for h in hits if self._locator_of(gold.report, h).split("-")[0] == gold.locator]
            if len(set(hits)) == 1:
                return hits[0]
        return None

    def with_locator(self, report: str, locator: str) -> URIRef | None:
        """The passage printed as ``locator`` (``105``, ``105-1``) in the report."""
        return next((p for p, _, loc in self.by_report.get(report, []) if loc == locator), None)

    def _locator_of(self, report: str, passage: URIRef | None) -> str:
        return next((loc for p, _, loc in self.by_report[report] if p == passage), "")

    def _passage_at(self, report: str, offset: int) -> URIRef | None:
        position = 0
        for passage, text, _ in self.by_report[report]:
            position += len(text)
            if offset < position:
                return passage
        return None

    def in_scope(self, scope: dict) -> set[URIRef]:
        """The passages a scope names: "all", [first, last] paragraph numbers, or a heading ("五、国际合作")."""
        chosen: set[URIRef] = set()
        for report, rule in scope.items():
            for passage, _, locator in self.by_report.get(report, []):
                number = re.match(r"^(\d+)(?:-\d+)?$", locator)
                if rule == "all" or (isinstance(rule, str) and locator.startswith(rule)) \
                        or (isinstance(rule, list) and number and rule[0] <= int(number.group(1)) <= rule[1]):
                    chosen.add(passage)
        chosen |= {fn for cited, fn in self.footnotes if cited in chosen}
        return chosen


def evaluate(graph: Graph, gold: list[Gold], scope: dict) -> Evaluation:
    """Score the graph's evidence links against the annotations, per kind."""
    passages = _Passages(graph)
    in_scope = passages.in_scope(scope)
    scores: dict[str, Score] = {}
    unlocated = []
    gold_pairs: dict[str, set[tuple[URIRef, URIRef]]] = defaultdict(set)
    details: dict[tuple[URIRef, URIRef], Gold] = {}
    for item in gold:
        passage = passages.locate(item)
        if passage is None:
            unlocated.append(item)
            continue
        pair = (passage, IPR[f"{KIND_PATHS[item.kind]}/{item.key}"])
        gold_pairs[item.kind].add(pair)
        details[pair] = item
    for kind in sorted(gold_pairs):
        found = {(p, n) for n in graph.subjects(RDF.type, KIND_CLASSES[kind])
                 for p in graph.objects(n, IP.evidence) if p in in_scope}
        score = Score(kind, gold=len(gold_pairs[kind]), found=len(found), correct=len(found & gold_pairs[kind]))
        score.missed = sorted(_show(graph, pair) for pair in gold_pairs[kind] - found)
        score.spurious = sorted(_show(graph, pair) for pair in found - gold_pairs[kind])
        if kind == "person":
            score.details_correct = sum(_person_right(graph, pair, details[pair]) for pair in found & gold_pairs[kind])
        scores[kind] = score
    return Evaluation(scores, unlocated)


def _person_right(graph: Graph, pair: tuple[URIRef, URIRef], item: Gold) -> bool:
    roles = {str(r) for r in graph.objects(pair[1], IP.role)}
    affiliations = set(graph.objects(pair[1], IP.affiliation))
    role_ok = not item.role or any(part in roles for part in item.role.split("|"))
    affiliation_ok = not item.affiliation or IPR[f"org/{item.affiliation}"] in affiliations
    return role_ok and affiliation_ok


def _show(graph: Graph, pair: tuple[URIRef, URIRef]) -> str:
    passage, node = pair
    label = next((str(l) for l in graph.objects(node, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))
                  if isinstance(l, Literal) and l.language == "zh"), str(node).rsplit("/", 1)[-1])
    return f"{str(passage).removeprefix(str(IPR['passage/']))} {label} <{str(node).removeprefix(str(IPR))}>"


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


def evaluate_files(graph_files: list[Path], gold_dir: Path, name: str) -> Evaluation:
    """Score the Turtle files against the mention annotations ``gold_dir/<name>-*.jsonl`` in ``scope.json[name]``."""
    gold, scope = load_gold(gold_dir, f"{name}-", name), load_scope(gold_dir, name)  # a mistake in either: fail fast
    return evaluate(load_graph(graph_files), gold, scope)


def format_scores(evaluation: Evaluation, show_errors: bool = False) -> str:
    """A table of precision, recall and F1 per kind, optionally with every miss and false hit."""
    lines = [f"{'kind':<14}{'gold':>6}{'found':>7}{'right':>7}{'P':>8}{'R':>8}{'F1':>8}"]
    for score in evaluation.scores.values():
        lines.append(f"{score.kind:<14}{score.gold:>6}{score.found:>7}{score.correct:>7}"
                     f"{score.precision:>8.3f}{score.recall:>8.3f}{score.f1:>8.3f}")
        if score.details_correct is not None:
            lines.append(f"{'':<14}with role and affiliation right: {score.details_correct}/{score.correct}")
        if show_errors:
            lines += [f"  missed   {m}" for m in score.missed] + [f"  spurious {s}" for s in score.spurious]
    if evaluation.unlocated:
        lines.append(f"{len(evaluation.unlocated)} annotations whose quote matches no single passage:")
        lines += [f"  {g.where}: {g.quote!r}" for g in evaluation.unlocated]
    return "\n".join(lines)


EVENT_FIELDS = ("start", "end", "country", "mode", "attendees")


@dataclass
class EventScore(_Rates):
    """Events found against annotated events, and how often each attribute of a found event is right."""

    gold: int = 0
    found: int = 0
    correct: int = 0
    attributes: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0] for f in EVENT_FIELDS})
    actors: list[int] = field(default_factory=lambda: [0, 0, 0])
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def accuracy(self, name: str) -> float:
        right, total = self.attributes[name]
        return right / total if total else 1.0

    @property
    def actors_f1(self) -> float:
        right, found, gold = self.actors
        p, r = (right / found if found else 1.0), (right / gold if gold else 1.0)
        return 2 * p * r / (p + r) if p + r else 0.0


def _event_value(graph: Graph, event: URIRef, name: str) -> str | None:
    predicate = {"start": IP.startDate, "end": IP.endDate, "country": IP.country, "mode": IP.mode,
                 "attendees": IP.attendeeCount}[name]
    value = graph.value(event, predicate)
    if value is None:
        return None
    return str(value).rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _similar(a: str, b: str) -> float:
    from difflib import SequenceMatcher

    a, b = _squash(a), _squash(b)
    return 1.0 if a in b or b in a else SequenceMatcher(None, a, b).ratio()


def evaluate_events(graph: Graph, gold_rows: list[dict], scope: dict) -> EventScore:
    """Match annotated events to the graph's events told in the same passage, by name."""
    passages = _Passages(graph)
    in_scope = passages.in_scope(scope)
    events_at: dict[URIRef, list[URIRef]] = defaultdict(list)
    for event in {s for s, o in graph.subject_objects(IP.evidence) if o in in_scope and (s, IP.startDate, None) in graph
                  or (s, RDF.type, None) in graph and any(graph.objects(s, IP.mode)) or _is_event(graph, s)}:
        if (event, RDF.type, IP.TreatyAction) in graph:  # the events set annotates activities, not treaty actions
            continue
        for passage in graph.objects(event, IP.evidence):
            if passage in in_scope:
                events_at[passage].append(event)
    score = EventScore(found=sum(len(v) for v in events_at.values()))
    matched: set[tuple[URIRef, URIRef]] = set()
    for row in gold_rows:
        score.gold += 1
        passage = passages.locate(Gold(row["report"], "event", "", row["quote"], row["label"], row.get("locator", "")))
        candidates = [e for e in events_at.get(passage, []) if (passage, e) not in matched]
        best = max(candidates, key=lambda e: (_similar(str(graph.value(e, RDFS_LABEL)), row["label"]),
                                              _agreement(graph, e, row)), default=None)
        if best is None or _similar(str(graph.value(best, RDFS_LABEL)), row["label"]) < 0.5:
            score.missed.append(f"{row['report']} {row.get('locator')} {row['label']}")
            continue
        matched.add((passage, best))
        score.correct += 1
        for name in EVENT_FIELDS:
            expected, got = row.get(name), _event_value(graph, best, name)
            right = str(expected) == str(got) if expected is not None else got is None
            score.attributes[name][1] += 1
            score.attributes[name][0] += right
            if not right:
                score.wrong.append(f"{row['report']} {row.get('locator')} {row['label']}: {name} {got} (annotated {expected})")
        stated = {str(o).removeprefix(str(IPR)) for p in (IP.organiser, IP.partner) for o in graph.objects(best, p)}
        expected_actors = {f"org/{k}" for k in row.get("organisers", []) + row.get("partners", [])}
        score.actors[0] += len(stated & expected_actors)
        score.actors[1] += len(stated)
        score.actors[2] += len(expected_actors)
    score.spurious = sorted(f"{str(p).removeprefix(str(IPR['passage/']))} {graph.value(e, RDFS_LABEL)}"
                            for p, events in events_at.items() for e in events if (p, e) not in matched)
    return score


RDFS_LABEL = URIRef("http://www.w3.org/2000/01/rdf-schema#label")


def _agreement(graph: Graph, event: URIRef, row: dict) -> int:
    """How many attributes of an event agree with an annotation: tells apart two events of one name in a passage."""
    return sum(str(row.get(name)) == str(_event_value(graph, event, name)) for name in EVENT_FIELDS)


def _is_event(graph: Graph, node: URIRef) -> bool:
    return str(node).startswith(str(IPR["event/"]))


def format_event_score(score: EventScore, show_errors: bool = False) -> str:
    lines = [f"events: gold {score.gold}, found {score.found}, right {score.correct}, "
             f"P {score.precision:.3f}, R {score.recall:.3f}",
             "  of the events found: " + ", ".join(f"{name} {score.accuracy(name):.3f}" for name in EVENT_FIELDS)
             + f", organisers ∪ partners F1 {score.actors_f1:.3f}"]
    if show_errors:
        lines += [f"  missed   {m}" for m in score.missed] + [f"  spurious {s}" for s in score.spurious]
        lines += [f"  wrong    {w}" for w in score.wrong]
    return "\n".join(lines)


@dataclass
class CommitmentScore(_Rates):
    """Annotated commitments matched to the graph's, with how often the details of a matched one are right.

    ``parties`` counts (agreement, party) pairs over all annotated and all found
    agreements: right ones (of matched agreements), found ones, annotated ones.
    """

    kind: str
    gold: int = 0
    found: int = 0
    correct: int = 0
    details: dict[str, list[int]] = field(default_factory=dict)
    parties: list[int] | None = None
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    def detail(self, name: str, right: bool) -> None:
        counts = self.details.setdefault(name, [0, 0])
        counts[0] += right
        counts[1] += 1

    @property
    def party_f1(self) -> float:
        right, found, gold = self.parties or (0, 0, 0)
        p, r = (right / found if found else 1.0), (right / gold if gold else 1.0)
        return 2 * p * r / (p + r) if p + r else 0.0


def _pair_up(scored: list[tuple[float, int, URIRef]]) -> dict[int, URIRef]:
    """One graph node per annotation, best scores first: (score, annotation index, node) → index → node."""
    pairs: dict[int, URIRef] = {}
    for _, index, node in sorted(scored, key=lambda t: (-t[0], t[1], str(t[2]))):
        if index not in pairs and node not in pairs.values():
            pairs[index] = node
    return pairs


def _found_in_scope(graph: Graph, prefix: str, in_scope: set[URIRef]) -> dict[URIRef, set[URIRef]]:
    """The graph's ``ipr:<prefix>/…`` nodes with evidence in scope, and their evidence passages."""
    found: dict[URIRef, set[URIRef]] = defaultdict(set)
    for node, passage in graph.subject_objects(IP.evidence):
        if str(node).startswith(str(IPR[prefix])):
            found[node].add(passage)
    return {node: passages for node, passages in found.items() if passages & in_scope}


def _node_paths(graph: Graph, node: URIRef, predicate: URIRef) -> set[str]:
    return {str(o).removeprefix(str(IPR)) for o in graph.objects(node, predicate)}


def _overlap(a: str, b: str) -> float:
    """How much of the shorter text the longest common stretch covers."""
    from difflib import SequenceMatcher

    a, b = _squash(a), _squash(b)
    if not a or not b:
        return 0.0
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size / min(len(a), len(b))


def evaluate_agreements(graph: Graph, rows: list[dict], scope: dict) -> CommitmentScore:
    """Annotated agreements (rows of one ``agreement_id`` are one agreement) against the graph's, by passage and
    parties; details: class, signed date, renewal and which parties are inferred."""
    passages = _Passages(graph)
    found = _found_in_scope(graph, "agreement/", passages.in_scope(scope))
    gold: dict[tuple[str, str], dict] = {}
    for row in rows:
        entry = gold.setdefault((row["report"], row["agreement_id"]), {**row, "passages": set()})
        entry["passages"].add(passages.locate(Gold(row["report"], "agreement", "", row["quote"], "",
                                                   row.get("locator", ""))))
    annotated = list(gold.values())
    scored = []
    for index, item in enumerate(annotated):
        expected = set(item["parties"]) | set(item["inferred_parties"])
        for node, evidence in found.items():
            stated = _node_paths(graph, node, IP.party)
            if evidence & item["passages"] and stated & expected:
                scored.append((len(stated & expected) / len(stated | expected), index, node))
    pairs = _pair_up(scored)
    score = CommitmentScore("agreements", gold=len(annotated), found=len(found), correct=len(pairs), parties=[0, 0, 0])
    score.parties[1] = sum(len(_node_paths(graph, node, IP.party)) for node in found)
    for index, item in enumerate(annotated):
        expected = set(item["parties"]) | set(item["inferred_parties"])
        score.parties[2] += len(expected)
        node = pairs.get(index)
        if node is None:
            score.missed.append(f"{item['report']} {item['agreement_id']} {sorted(expected)}")
            continue
        score.parties[0] += len(_node_paths(graph, node, IP.party) & expected)
        score.detail("inferred parties", _node_paths(graph, node, IP.inferredParty) == set(item["inferred_parties"]))
        score.detail("class", (node, RDF.type, IP[item["type"]]) in graph)
        score.detail("signed", str(graph.value(node, IP.signedDate)) == str(item["signed"])
                     if item["signed"] else graph.value(node, IP.signedDate) is None)
        score.detail("renewal", bool(graph.value(node, IP.renewal)) == item["renewal"])
    score.spurious = sorted(f"{_show_node(graph, node)} {sorted(_node_paths(graph, node, IP.party))}"
                            for node in found if node not in pairs.values())
    return score


def evaluate_pledges(graph: Graph, rows: list[dict], scope: dict) -> CommitmentScore:
    """Annotated pledges against the graph's in the same passage, matched by the text they quote;
    details: the actor and the speaker."""
    passages = _Passages(graph)
    found = _found_in_scope(graph, "pledge/", passages.in_scope(scope))
    scored = []
    for index, row in enumerate(rows):
        at = passages.locate(Gold(row["report"], "pledge", "", row["quote"], "", row.get("locator", "")))
        for node, evidence in found.items():
            overlap = _overlap(row["quote"], str(graph.value(node, IP.quote)))
            if at in evidence and overlap >= 0.5:
                scored.append((overlap, index, node))
    pairs = _pair_up(scored)
    score = CommitmentScore("pledges", gold=len(rows), found=len(found), correct=len(pairs))
    for index, row in enumerate(rows):
        node = pairs.get(index)
        if node is None:
            score.missed.append(f"{row['report']} {row['actor']} {row['quote']}")
            continue
        score.detail("actor", _node_paths(graph, node, IP.actor) == {row["actor"]})
        score.detail("speaker", _node_paths(graph, node, IP.speaker) == {f"person/{row['speaker']}"}
                     if row.get("speaker") else True)
    score.spurious = sorted(_show_node(graph, node) for node in found if node not in pairs.values())
    return score


def _show_node(graph: Graph, node: URIRef) -> str:
    evidence = ",".join(sorted(str(p).removeprefix(str(IPR["passage/"])) for p in graph.objects(node, IP.evidence)))
    return f"{evidence} {graph.value(node, RDFS_LABEL)} <{str(node).removeprefix(str(IPR))}>"


def format_commitment_score(score: CommitmentScore, show_errors: bool = False) -> str:
    line = (f"{score.kind}: gold {score.gold}, found {score.found}, right {score.correct}, "
            f"P {score.precision:.3f}, R {score.recall:.3f}")
    if score.parties is not None:
        right, found, gold = score.parties
        line += f", party F1 {score.party_f1:.3f} ({right} right of {found} found, {gold} annotated)"
    lines = [line, "  of those found: " + ", ".join(f"{name} right {right}/{total}"
                                                    for name, (right, total) in score.details.items())]
    if show_errors:
        lines += [f"  missed   {m}" for m in score.missed] + [f"  spurious {s}" for s in score.spurious]
    return "\n".join(lines)


def evaluate_sdg(graph: Graph, rows: list[dict], scope: dict) -> Evaluation:
    """Score the SDG links of reported activities: (passage, goal or target) pairs against the annotated ones.

    An annotation names its passage as printed (``"143"``, or ``"143-2"`` for
    the second bullet) and quotes it; a link counts as found when an
    ``ip:Activity`` whose evidence is that passage ``ip:contributesTo`` that code.
    """
    passages = _Passages(graph)
    in_scope = passages.in_scope(scope)
    gold: set[tuple[URIRef, URIRef]] = set()
    unlocated = []
    for row in rows:
        item = Gold(row["report"], "sdg", row["code"], row["quote"], "", row.get("locator", ""),
                    where=f"{row['report']} {row['passage']} {row['code']}")
        passage = passages.with_locator(item.report, row["passage"])
        text = next((t for p, t, _ in passages.by_report.get(item.report, []) if p == passage), "")
        if passage is None or _squash(_MARKER.sub("", item.quote)) not in text:
            unlocated.append(item)
            continue
        gold.add((passage, IPR[f"sdg/{item.key}"]))
    found = {(p, goal) for activity in graph.subjects(RDF.type, IP.Activity)
             for p in graph.objects(activity, IP.evidence) if p in in_scope
             for goal in graph.objects(activity, IP.contributesTo)}
    score = Score("sdg link", gold=len(gold), found=len(found), correct=len(found & gold))
    score.missed = sorted(_show(graph, pair) for pair in gold - found)
    score.spurious = sorted(_show(graph, pair) for pair in found - gold)
    return Evaluation({score.kind: score}, unlocated)


def _sdg_report(graph_files: list[Path], gold_dir: Path, show_errors: bool) -> str:
    rows, scope = load_rows(gold_dir, "commitments-sdg", "sdg"), load_scope(gold_dir, "sdg")
    return format_scores(evaluate_sdg(load_graph(graph_files), rows, scope), show_errors)


def _commitment_report(name: str) -> Callable[[list[Path], Path, bool], str]:
    """The scorer of an annotation set of ``commitments-<name>.jsonl`` matched as whole facts (agreements, pledges)."""
    evaluate = {"agreements": evaluate_agreements, "pledges": evaluate_pledges}[name]

    def report(graph_files: list[Path], gold_dir: Path, show_errors: bool) -> str:
        rows, scope = load_rows(gold_dir, f"commitments-{name}", name), load_scope(gold_dir, name)
        return format_commitment_score(evaluate(load_graph(graph_files), rows, scope), show_errors)
    return report


SCORED_SETS: dict[str, Callable[[list[Path], Path, bool], str]] = {
    "agreements": _commitment_report("agreements"), "pledges": _commitment_report("pledges"), "sdg": _sdg_report}
"""Annotation sets with their own scorer (name → scorer); ``actors`` and ``events`` are handled below."""


def report_for(graph_files: list[Path], gold_dir: Path, name: str, show_errors: bool = False) -> str:
    """The scores of one annotation set as text: events, agreements, pledges and SDG links each their own way,
    other sets as mentions."""
    if name in SCORED_SETS:
        return SCORED_SETS[name](graph_files, gold_dir, show_errors)
    if name == "events":
        rows, scope = load_rows(gold_dir, "events-", "events"), load_scope(gold_dir, name)
        return format_event_score(evaluate_events(load_graph(graph_files), rows, scope), show_errors)
    return format_scores(evaluate_files(graph_files, gold_dir, name), show_errors)
