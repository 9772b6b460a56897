"""SDG links: (passage, code) pairs against the ip:contributesTo links of the graph's activities."""

from __future__ import annotations

from pathlib import Path

from rdflib import RDF, Graph
from rdflib.term import Node

from ipgraph.check import load_graph
from ipgraph.evaluate.actors import format_scores, show_pair
from ipgraph.evaluate.common import FOOTNOTE_MARK, Evaluation, Gold, Passages, Score, load_rows, load_scope, squash
from ipgraph.vocab import IP, IPR


def evaluate_sdg(graph: Graph, rows: list[dict], scope: dict) -> Evaluation:
    """Score the SDG links of reported activities: (passage, goal or target) pairs against the annotated ones.

    An annotation names its passage as printed (``"143"``, or ``"143-2"`` for
    the second bullet) and quotes it; a link counts as found when an
    ``ip:Activity`` whose evidence is that passage ``ip:contributesTo`` that code.
    """
    passages = Passages(graph)
    in_scope = passages.in_scope(scope)
    gold: set[tuple[Node, Node]] = set()
    unlocated = []
    for row in rows:
        item = Gold(row["report"], "sdg", row["code"], row["quote"], "", row.get("locator", ""),
                    where=f"{row['report']} {row['passage']} {row['code']}")
        passage = passages.with_locator(item.report, row["passage"])
        text = next((t for p, t, _ in passages.by_report.get(item.report, []) if p == passage), "")
        if passage is None or squash(FOOTNOTE_MARK.sub("", item.quote)) not in text:
            unlocated.append(item)
            continue
        gold.add((passage, IPR[f"sdg/{item.key}"]))
    found = {(p, goal) for activity in graph.subjects(RDF.type, IP.Activity)
             for p in graph.objects(activity, IP.evidence) if p in in_scope
             for goal in graph.objects(activity, IP.contributesTo)}
    score = Score("sdg link", gold=len(gold), found=len(found), correct=len(found & gold))
    score.missed = sorted(show_pair(graph, pair) for pair in gold - found)
    score.spurious = sorted(show_pair(graph, pair) for pair in found - gold)
    return Evaluation({score.kind: score}, unlocated)


def sdg_report(graph_files: list[Path], gold_dir: Path, show_errors: bool) -> str:
    rows, scope = load_rows(gold_dir, "commitments-sdg", "sdg"), load_scope(gold_dir, "sdg")  # fail fast
    return format_scores(evaluate_sdg(load_graph(graph_files), rows, scope), show_errors)
