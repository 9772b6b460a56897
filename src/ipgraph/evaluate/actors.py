"""Mentions of organisations, people and treaties: (passage, node) pairs against the graph's ip:evidence."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.term import Node

from ipgraph.check import load_graph
from ipgraph.evaluate.common import KIND_CLASSES, KIND_PATHS, Evaluation, Gold, Passages, Score, load_gold, load_scope
from ipgraph.vocab import IP, IPR


def evaluate(graph: Graph, gold: list[Gold], scope: dict) -> Evaluation:
    """Score the graph's evidence links against the annotations, per kind."""
    passages = Passages(graph)
    in_scope = passages.in_scope(scope)
    scores: dict[str, Score] = {}
    unlocated = []
    gold_pairs: dict[str, set[tuple[Node, Node]]] = defaultdict(set)
    details: dict[tuple[Node, Node], Gold] = {}
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
        score.missed = sorted(show_pair(graph, pair) for pair in gold_pairs[kind] - found)
        score.spurious = sorted(show_pair(graph, pair) for pair in found - gold_pairs[kind])
        if kind == "person":
            score.details_correct = sum(_person_right(graph, pair, details[pair]) for pair in found & gold_pairs[kind])
        scores[kind] = score
    return Evaluation(scores, unlocated)


def _person_right(graph: Graph, pair: tuple[Node, Node], item: Gold) -> bool:
    roles = {str(r) for r in graph.objects(pair[1], IP.role)}
    affiliations = set(graph.objects(pair[1], IP.affiliation))
    role_ok = not item.role or any(part in roles for part in item.role.split("|"))
    affiliation_ok = not item.affiliation or IPR[f"org/{item.affiliation}"] in affiliations
    return role_ok and affiliation_ok


def show_pair(graph: Graph, pair: tuple[Node, Node]) -> str:
    passage, node = pair
    label = next((str(l) for l in graph.objects(node, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))
                  if isinstance(l, Literal) and l.language == "zh"), str(node).rsplit("/", 1)[-1])
    return f"{str(passage).removeprefix(str(IPR['passage/']))} {label} <{str(node).removeprefix(str(IPR))}>"


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
