"""The build: reports → passages → mentions → facts → one Turtle file per report plus reference data.

Every output is computed in memory first and then written atomically, so an
interrupted build leaves the previous triples as they were.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ipgraph.corpus import ReportMeta, find_reports, infer_metadata, load_metadata
from ipgraph.errors import InputError
from ipgraph.facts import ReportFacts, extract
from ipgraph.gazetteer import countries, organisations
from ipgraph.passages import Passage, segment
from ipgraph.reading import read_text, write_atomic
from ipgraph.resources import Resources
from ipgraph.triples import add_country, add_evidence, add_organisation, add_passages, add_report, country_iri, new_graph, \
    relative_source, turtle

REFERENCE_FILE = "reference.ttl"


@dataclass
class ReportBuild:
    """What one report gave: its passages, its facts and its Turtle."""

    meta: ReportMeta
    passages: list[Passage]
    facts: ReportFacts
    turtle: bytes
    notice: str | None = None

    def summary(self) -> str:
        countries_found = len(self.facts.of_kind("COUNTRY"))
        line = (f"{self.meta.id}: {len(self.passages)} passages, {countries_found} countries "
                f"({self.facts.mention_count} mentions)")
        return f"{line} [{self.notice}]" if self.notice else line


@dataclass
class BuildResult:
    reports: list[ReportBuild]
    reference: bytes
    written: list[Path]


def _metadata_for(path: Path, text: str, cache: dict[Path, dict[str, ReportMeta]]) -> ReportMeta:
    folder = path.parent
    if folder not in cache:
        cache[folder] = load_metadata(folder)
    return cache[folder].get(path.name) or infer_metadata(path, text)


def build_report(path: Path, meta: ReportMeta, text: str, res: Resources, sha256: str) -> ReportBuild:
    """Extract one report and render its graph."""
    passages = segment(text)
    facts = extract(passages, res.data)
    graph = new_graph()
    add_report(graph, meta, relative_source(path, res.root), sha256)
    add_passages(graph, meta.id, passages, meta.language)
    for node in facts.of_kind("COUNTRY"):
        add_evidence(graph, country_iri(node.key), meta.id, node.passages)
    return ReportBuild(meta, passages, facts, turtle(graph))


def reference_turtle(res: Resources) -> bytes:
    """The reference graph: every country and known organisation, whether or not a report names it."""
    graph = new_graph()
    for country in countries(res.data).values():
        add_country(graph, country)
    for org in organisations(res.data).values():
        add_organisation(graph, org)
    return turtle(graph)


def build(paths: list[Path], out: Path, res: Resources,
          progress: Callable[[Path], None] | None = None) -> BuildResult:
    """Build the graph of the given reports into ``out``: ``<report id>.ttl`` each, plus reference data."""
    cache: dict[Path, dict[str, ReportMeta]] = {}
    builds: list[ReportBuild] = []
    for path in find_reports(paths):
        if progress:
            progress(path)
        data = path.read_bytes()
        decoded = read_text(path)
        if not decoded.text.strip():
            raise InputError(path, "empty report")
        meta = _metadata_for(path, decoded.text, cache)
        report = build_report(path, meta, decoded.text, res, hashlib.sha256(data).hexdigest())
        report.notice = decoded.notice
        builds.append(report)
    _refuse_duplicate_ids(builds)
    reference = reference_turtle(res)
    written = []
    for report in builds:
        target = out / f"{report.meta.id}.ttl"
        write_atomic(target, report.turtle)
        written.append(target)
    write_atomic(out / REFERENCE_FILE, reference)
    written.append(out / REFERENCE_FILE)
    return BuildResult(builds, reference, written)


def _refuse_duplicate_ids(builds: list[ReportBuild]) -> None:
    seen: dict[str, Path] = {}
    for report in builds:
        if report.meta.id == REFERENCE_FILE.removesuffix(".ttl"):
            raise InputError(report.meta.path, "report id 'reference' is reserved for the reference data")
        if report.meta.id in seen:
            raise InputError(report.meta.path, f"report id {report.meta.id!r} is also used by {seen[report.meta.id]}")
        seen[report.meta.id] = report.meta.path
