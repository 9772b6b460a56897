"""Graph vs hand annotations: one scorer per annotation set, registered by name.

Two kinds of annotations: the sets of ``tests/gold/`` (format in ``tests/gold/README.md``) that the extraction
rules were developed against, and the evaluation sets of unseen text in ``eval/`` (format in
``eval/SCHEMA.md``), each split once into a tuning and a test half.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ipgraph.check import load_graph
from ipgraph.errors import InputError
from ipgraph.evaluate.actors import evaluate_files, format_scores
from ipgraph.evaluate.commitments import commitment_report
from ipgraph.evaluate.common import load_rows, load_scope
from ipgraph.evaluate.events import evaluate_events, format_event_score
from ipgraph.evaluate.sdg import sdg_report


def _events_report(graph_files: list[Path], gold_dir: Path, show_errors: bool) -> str:
    rows, scope = load_rows(gold_dir, "events-", "events"), load_scope(gold_dir, "events")  # fail fast
    return format_event_score(evaluate_events(load_graph(graph_files), rows, scope), show_errors)


def _actors_report(graph_files: list[Path], gold_dir: Path, show_errors: bool) -> str:
    return format_scores(evaluate_files(graph_files, gold_dir, "actors"), show_errors)


SCORED_SETS: dict[str, Callable[[list[Path], Path, bool], str]] = {
    "actors": _actors_report, "events": _events_report, "agreements": commitment_report("agreements"),
    "pledges": commitment_report("pledges"), "sdg": sdg_report}
"""Annotation set → its scorer: the graph files, the annotations' folder, whether to list errors → a report."""


UNSEEN_SETS = ("bundled", "realtext", "probes")
"""The evaluation sets of unseen text in ``eval/``, scored by half (``ipgraph.evaluate.unseen``)."""


def report_for(graph_files: list[Path], gold_dir: Path, name: str, show_errors: bool = False,
               half: str | None = None, only: list[str] | None = None, show_kinds: bool = False) -> str:
    """The scores of one annotation set as text; an evaluation set of ``eval/`` by half (both when None), of the
    documents ``only`` names when given; ``show_kinds`` adds the counts of why events and agreements went
    unpaired (``pairing``)."""
    if name in UNSEEN_SETS:
        from ipgraph.evaluate.unseen import format_set, score_halves

        scored = score_halves(name, [half] if half else ["tune", "test"], graph_files or None, only=only)
        if only is not None and half is None:  # a half none of the named texts lies in would print 1.000 on nothing
            scored = {h: tallies for h, tallies in scored.items() if any(t.gold or t.found for t in tallies)} or scored
        return "\n".join(format_set(name, h, tallies, show_errors, show_kinds) for h, tallies in scored.items())
    if only is not None or show_kinds:
        option = "--docs" if only is not None else "--kinds"
        raise InputError(gold_dir, f"{option} needs --set {', '.join(UNSEEN_SETS)}")
    return SCORED_SETS[name](graph_files, gold_dir, show_errors)
