"""``check()``: one run over a graph, stage by stage, timed.

1. the data against ``ontology/ip.ttl`` and the joins SHACL cannot say cheaply
   (the ``data`` rules of the registry);
2. the data against the shapes in ``shapes/`` (pyshacl, SHACL Core, as ``planner`` plans it);
3. the shapes and the ontology themselves (the ``meta`` rules);
4. optionally (``rebuild=True``) the files against a fresh build (the ``rebuild`` rules);
5. the file and line of each finding.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ipgraph.check.data_rules import DataContext, ill_typed_values
from ipgraph.check.locate import locate_findings
from ipgraph.check.meta import meta_findings
from ipgraph.check.model import CheckReport
from ipgraph.check.ontology import ontology_term_undeclared  # noqa: F401 - registers the ontology rules
from ipgraph.check.rebuild import rebuild_findings
from ipgraph.check.registry import RULES, run_stage
from ipgraph.check.shacl import shacl_findings, shape_rules
from ipgraph.check.turtle import load_graph, merge, turtle_files
from ipgraph.resources import Resources, resources


def check(paths: list[Path] | None = None, res: Resources | None = None, *, rebuild: bool = False,
          meta: bool = True, locate: bool = True) -> CheckReport:
    """Validate the graph in ``paths`` (default: the project's ``data/triples``).

    ``rebuild`` also compares the files with a fresh build of the bundled reports;
    ``meta`` checks the shapes and the ontology themselves; ``locate`` finds the
    file and line of each finding. Raises ``InputError`` when a file cannot be read.
    """
    res = res or resources()
    clock = _Clock()
    with _quiet_rdflib():
        files = turtle_files(paths or [res.triples])
        ontology = load_graph([res.ontology])
        shape_files = {path: load_graph([path]) for path in sorted(res.shapes.glob("*.ttl"))}
        shapes = merge(shape_files.values())
        data = load_graph(files)
        clock.lap("parse")
        report = CheckReport(files=files, triples=len(data), shapes=list(shape_files))
        report.rules = shape_rules(shapes, shape_files, res.root) + [
            r for r in RULES.values() if rebuild or r.stage != "rebuild"]
        context = DataContext(data, ontology)
        report.findings.extend(run_stage("data", context))
        clock.lap("graph checks")
        report.findings.extend(shacl_findings(data, shapes, ontology, ill_typed=ill_typed_values(context)))
        clock.lap("shacl")
        if meta:
            report.findings.extend(meta_findings(shape_files, shapes, ontology, res))
            clock.lap("shapes and ontology")
        if rebuild:
            report.findings.extend(rebuild_findings(files, paths or [res.triples], res))
            clock.lap("rebuild")
        if locate:
            report.findings = locate_findings(report.findings, files, res.root)
            clock.lap("locate")
    report.findings.sort(key=lambda f: f.sort_key())
    report.seconds = clock.laps
    return report


class _Clock:
    def __init__(self) -> None:
        self.start = self.last = time.perf_counter()
        self.laps: dict[str, float] = {}

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = now - self.last
        self.laps["total"] = now - self.start
        self.last = now


@contextmanager
def _quiet_rdflib() -> Iterator[None]:
    """rdflib logs a traceback for every ill-typed literal it parses; ill-typed-literal reports them instead."""
    logger = logging.getLogger("rdflib.term")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)
