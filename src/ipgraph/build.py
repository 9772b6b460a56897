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
from ipgraph.gazetteer import load as load_gazetteer
from ipgraph.passages import Passage, segment
from ipgraph.reading import read_text, write_atomic
from ipgraph.resources import Resources
from ipgraph.gazetteer import Gazetteer
from ipgraph.events import EventFact, extract_events
from ipgraph.triples import add_event, add_node_facts, add_passages, add_reference, add_report, new_graph, \
    relative_source, turtle

REFERENCE_FILE = "reference.ttl"
SUMMARY_KINDS = [("COUNTRY", "countries"), ("ORG", "organisations"), ("PERSON", "people"), ("TREATY", "treaties"),
                 ("CITY", "cities")]


@dataclass
class ReportBuild:
    """What one report gave: its passages, its facts and its Turtle."""

    meta: ReportMeta
    passages: list[Passage]
    facts: ReportFacts
    events: list[EventFact]
    turtle: bytes
    notice: str | None = None

    def summary(self) -> str:
        kinds = ", ".join(f"{len(self.facts.of_kind(kind))} {name}" for kind, name in SUMMARY_KINDS)
        line = (f"{self.meta.id}: {len(self.passages)} passages, {kinds} ({self.facts.mention_count} mentions), "
                f"{len(self.events)} events")
        if self.facts.unresolved:
            forms = ", ".join(f"{t}×{n}" if n > 1 else t for t, n in sorted(self.facts.unresolved.items()))
            line += f"; unresolved: {forms}"
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
    gazetteer = load_gazetteer(res.data)
    graph = new_graph()
    add_report(graph, meta, relative_source(path, res.root), sha256)
    add_passages(graph, meta.id, passages, meta.language)
    for node in sorted(facts.nodes.values(), key=lambda n: (n.kind, n.key)):
        add_node_facts(graph, meta.id, node, known_names(gazetteer, node.kind, node.key))
    events = extract_events(passages, facts, meta.author, report_year(meta), res.data)
    for event in events:
        add_event(graph, meta.id, event)
    return ReportBuild(meta, passages, facts, events, turtle(graph))


def report_year(meta: ReportMeta) -> int | None:
    """The year a date without one belongs to: the year the report covers, else the year it is dated."""
    for value in (meta.period, meta.date):
        if value and value[:4].isdigit():
            return int(value[:4])
    return None


def known_names(gazetteer: Gazetteer, kind: str, key: str) -> set[str]:
    """The names the reference data already gives a node, so a report file repeats none of them."""
    table = {"COUNTRY": gazetteer.countries, "ORG": gazetteer.organisations, "TREATY": gazetteer.treaties,
             "CITY": gazetteer.cities, "PERSON": gazetteer.people}[kind]
    entry = table.get(key)
    if entry is None:
        return set()
    values = [v for v in vars(entry).values() if isinstance(v, (str, tuple))]
    return {n for v in values for n in ((v,) if isinstance(v, str) else v)}


def reference_turtle(res: Resources) -> bytes:
    """The reference graph: every node the reference data describes, whether or not a report names it."""
    graph = new_graph()
    add_reference(graph, load_gazetteer(res.data))
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
