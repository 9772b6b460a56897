"""Annotated events against the graph's events told in the same passage: found, and each attribute right."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from rdflib import RDF, Graph
from rdflib.term import Node

from ipgraph.evaluate.common import RDFS_LABEL, Gold, Passages, Rates, similar
from ipgraph.vocab import IP, IPR

EVENT_FIELDS = ("start", "end", "country", "mode", "attendees")


@dataclass
class EventScore(Rates):
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


def _event_value(graph: Graph, event: Node, name: str) -> str | None:
    predicate = {"start": IP.startDate, "end": IP.endDate, "country": IP.country, "mode": IP.mode,
                 "attendees": IP.attendeeCount}[name]
    value = graph.value(event, predicate)
    if value is None:
        return None
    return str(value).rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def evaluate_events(graph: Graph, gold_rows: list[dict], scope: dict) -> EventScore:
    """Match annotated events to the graph's events told in the same passage, by name."""
    passages = Passages(graph)
    in_scope = passages.in_scope(scope)
    events_at: dict[Node, list[Node]] = defaultdict(list)
    for event in {s for s, o in graph.subject_objects(IP.evidence) if o in in_scope and (s, IP.startDate, None) in graph
                  or (s, RDF.type, None) in graph and any(graph.objects(s, IP.mode)) or _is_event(graph, s)}:
        if (event, RDF.type, IP.TreatyAction) in graph:  # the events set annotates activities, not treaty actions
            continue
        for evidence in graph.objects(event, IP.evidence):
            if evidence in in_scope:
                events_at[evidence].append(event)
    score = EventScore(found=sum(len(v) for v in events_at.values()))
    matched: set[tuple[Node, Node]] = set()
    for row in gold_rows:
        score.gold += 1
        passage = passages.locate(Gold(row["report"], "event", "", row["quote"], row["label"], row.get("locator", "")))
        candidates = [] if passage is None else [e for e in events_at.get(passage, []) if (passage, e) not in matched]
        best = max(candidates, key=lambda e: (similar(str(graph.value(e, RDFS_LABEL)), row["label"]),
                                              _agreement(graph, e, row)), default=None)
        if passage is None or best is None or similar(str(graph.value(best, RDFS_LABEL)), row["label"]) < 0.5:
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
                score.wrong.append(f"{row['report']} {row.get('locator')} {row['label']}: "
                                   f"{name} {got} (annotated {expected})")
        stated = {str(o).removeprefix(str(IPR)) for p in (IP.organiser, IP.partner) for o in graph.objects(best, p)}
        expected_actors = {f"org/{k}" for k in row.get("organisers", []) + row.get("partners", [])}
        score.actors[0] += len(stated & expected_actors)
        score.actors[1] += len(stated)
        score.actors[2] += len(expected_actors)
    score.spurious = sorted(f"{str(p).removeprefix(str(IPR['passage/']))} {graph.value(e, RDFS_LABEL)}"
                            for p, events in events_at.items() for e in events if (p, e) not in matched)
    return score


def _agreement(graph: Graph, event: Node, row: dict) -> int:
    """How many attributes of an event agree with an annotation: tells apart two events of one name in a passage."""
    return sum(str(row.get(name)) == str(_event_value(graph, event, name)) for name in EVENT_FIELDS)


def _is_event(graph: Graph, node: Node) -> bool:
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


def mismatch_line(doc: str, label: str, start: tuple[str | None, str | None], actors: tuple[set[str], list[str]],
                  same: Callable[[str, str], bool]) -> str | None:
    """What a matched event got wrong (start date, organisers ∪ partners), so ``--errors`` shows the attribute
    errors the F1 figures count, not only missed and spurious events; ``None`` when it got both right."""
    (got_start, gold_start), (got, expected) = start, actors
    parts = [] if got_start == gold_start else [f"start {got_start} (annotated {gold_start})"]
    extra = sorted(a for a in got if not any(same(g, a) for g in expected))
    lacking = [g for g in expected if not any(same(g, a) for a in got)]
    if extra or lacking:
        parts.append(f"actors +{extra} -{lacking}")
    return f"wrong {doc}: {label}: " + "; ".join(parts) if parts else None
