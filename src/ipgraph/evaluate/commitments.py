"""Agreements and pledges against the graph's: found, with parties and actors right."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, Graph, URIRef
from rdflib.term import Node

from ipgraph.check import load_graph
from ipgraph.evaluate.common import RDFS_LABEL, Gold, Passages, Rates, load_rows, load_scope, overlap
from ipgraph.vocab import IP, IPR


@dataclass
class CommitmentScore(Rates):
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
    wrong: list[str] = field(default_factory=list)
    """Matched items whose parties or actor differ from the annotation's: annotated, then found."""

    def detail(self, name: str, right: bool) -> None:
        counts = self.details.setdefault(name, [0, 0])
        counts[0] += right
        counts[1] += 1

    @property
    def party_f1(self) -> float:
        right, found, gold = self.parties or (0, 0, 0)
        p, r = (right / found if found else 1.0), (right / gold if gold else 1.0)
        return 2 * p * r / (p + r) if p + r else 0.0


def _pair_up(scored: list[tuple[float, int, Node]]) -> dict[int, Node]:
    """One graph node per annotation, best scores first: (score, annotation index, node) → index → node."""
    pairs: dict[int, Node] = {}
    for _, index, node in sorted(scored, key=lambda t: (-t[0], t[1], str(t[2]))):
        if index not in pairs and node not in pairs.values():
            pairs[index] = node
    return pairs


def _found_in_scope(graph: Graph, prefix: str, in_scope: set[Node]) -> dict[Node, set[Node]]:
    """The graph's ``ipr:<prefix>/…`` nodes with evidence in scope, and their evidence passages."""
    found: dict[Node, set[Node]] = defaultdict(set)
    for node, passage in graph.subject_objects(IP.evidence):
        if str(node).startswith(str(IPR[prefix])):
            found[node].add(passage)
    return {node: passages for node, passages in found.items() if passages & in_scope}


def _node_paths(graph: Graph, node: Node, predicate: URIRef) -> set[str]:
    return {str(o).removeprefix(str(IPR)) for o in graph.objects(node, predicate)}


def evaluate_agreements(graph: Graph, rows: list[dict], scope: dict) -> CommitmentScore:
    """Annotated agreements (rows of one ``agreement_id`` are one agreement) against the graph's, by passage and
    parties; details: class, signed date, renewal and which parties are inferred."""
    passages = Passages(graph)
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
    parties = [0, sum(len(_node_paths(graph, node, IP.party)) for node in found), 0]
    score = CommitmentScore("agreements", gold=len(annotated), found=len(found), correct=len(pairs), parties=parties)
    for index, item in enumerate(annotated):
        expected = set(item["parties"]) | set(item["inferred_parties"])
        parties[2] += len(expected)
        agreement = pairs.get(index)
        if agreement is None:
            score.missed.append(f"{item['report']} {item['agreement_id']} {sorted(expected)}")
            continue
        stated = _node_paths(graph, agreement, IP.party)
        parties[0] += len(stated & expected)
        if stated != expected:
            score.wrong.append(f"{item['report']} {item['agreement_id']} parties {sorted(expected)} → {sorted(stated)}")
        score.detail("inferred parties",
                     _node_paths(graph, agreement, IP.inferredParty) == set(item["inferred_parties"]))
        score.detail("class", (agreement, RDF.type, IP[item["type"]]) in graph)
        score.detail("signed", str(graph.value(agreement, IP.signedDate)) == str(item["signed"])
                     if item["signed"] else graph.value(agreement, IP.signedDate) is None)
        score.detail("renewal", bool(graph.value(agreement, IP.renewal)) == item["renewal"])
    score.spurious = sorted(f"{_show_node(graph, node)} {sorted(_node_paths(graph, node, IP.party))}"
                            for node in found if node not in pairs.values())
    return score


def evaluate_pledges(graph: Graph, rows: list[dict], scope: dict) -> CommitmentScore:
    """Annotated pledges against the graph's in the same passage, matched by the text they quote;
    details: the actor and the speaker."""
    passages = Passages(graph)
    found = _found_in_scope(graph, "pledge/", passages.in_scope(scope))
    scored = []
    for index, row in enumerate(rows):
        at = passages.locate(Gold(row["report"], "pledge", "", row["quote"], "", row.get("locator", "")))
        for node, evidence in found.items():
            shared = overlap(row["quote"], str(graph.value(node, IP.quote)))
            if at in evidence and shared >= 0.5:
                scored.append((shared, index, node))
    pairs = _pair_up(scored)
    score = CommitmentScore("pledges", gold=len(rows), found=len(found), correct=len(pairs))
    for index, row in enumerate(rows):
        pledge = pairs.get(index)
        if pledge is None:
            score.missed.append(f"{row['report']} {row['actor']} {row['quote']}")
            continue
        actor = _node_paths(graph, pledge, IP.actor)
        score.detail("actor", actor == {row["actor"]})
        if actor != {row["actor"]}:
            score.wrong.append(f"{row['report']} actor {row['actor']} → {sorted(actor)} {row['quote']}")
        score.detail("speaker", _node_paths(graph, pledge, IP.speaker) == {f"person/{row['speaker']}"}
                     if row.get("speaker") else True)
    score.spurious = sorted(_show_node(graph, node) for node in found if node not in pairs.values())
    return score


def _show_node(graph: Graph, node: Node) -> str:
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
        lines += [f"  missed   {m}" for m in score.missed] + [f"  spurious {s}" for s in score.spurious] \
            + [f"  wrong    {w}" for w in score.wrong]
    return "\n".join(lines)


def commitment_report(name: str) -> Callable[[list[Path], Path, bool], str]:
    """The scorer of an annotation set of ``commitments-<name>.jsonl`` matched as whole facts (agreements, pledges)."""
    evaluate = {"agreements": evaluate_agreements, "pledges": evaluate_pledges}[name]

    def report(graph_files: list[Path], gold_dir: Path, show_errors: bool) -> str:
        rows, scope = load_rows(gold_dir, f"commitments-{name}", name), load_scope(gold_dir, name)  # fail fast
        return format_commitment_score(evaluate(load_graph(graph_files), rows, scope), show_errors)
    return report
