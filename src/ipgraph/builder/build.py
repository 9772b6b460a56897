"""The build: reports → passages → mentions → facts → one Turtle file per report plus reference data.

Every output is computed in memory first and then written atomically, so an
interrupted build leaves the previous triples as they were. A report whose
input is bad (undecodable, empty, described wrongly in ``reports.toml``, or one
that trips a bug) is reported as a ``Problem`` and left out; the others are
still built and written, unless the build is asked to stop at the first failure.
"""

from __future__ import annotations

import hashlib
import signal
import threading
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ipgraph.builder.cache import ReportCache, knowledge_version, rules_version
from ipgraph.builder.lock import output_lock
from ipgraph.builder.parallel import Runner, fewer_collections, settled
from ipgraph.builder.reference_store import stored_reference
from ipgraph.errors import ERROR, WARNING, InputError, Interrupted, Problem
from ipgraph.extract.facts import extract
from ipgraph.extract.registry import UNKNOWN_SDG, Found, ReportText, run_extractors, summarise
from ipgraph.extract.report_facts import ReportFacts
from ipgraph.ingest.corpus import (
    REPORT_SUFFIXES,
    Metadata,
    ReportMeta,
    find_reports,
    infer_metadata,
    read_metadata,
    with_title,
)
from ipgraph.ingest.passages import Passage, segment
from ipgraph.ingest.reading import decode, read_bytes, remove_stale_temporaries, write_all_atomic
from ipgraph.knowledge import forget_loaded_knowledge
from ipgraph.knowledge.gazetteer import load as load_gazetteer
from ipgraph.rdf.diff import OutputDiff, diff_json as diff_to_json, diff_outputs
from ipgraph.rdf.graph import relative_source
from ipgraph.rdf.reference import reference_turtle
from ipgraph.rdf.report import render_report
from ipgraph.resources import Resources, resources

REFERENCE_FILE = "reference.ttl"
MAX_PASSAGE_CHARS = 4_000_000
"""The longest passage extracted (about 12 MB of UTF-8); the longest in the bundled reports has about 600
characters. Extraction is linear in a passage's length (``benchmarks/build_scale.py``: a 10 MB paragraph
builds), so this only stops a text that cannot be a report (a conversion that lost every line break and
sentence end) before it costs minutes."""
_KNOWLEDGE_READ: dict[Path, str] = {}
"""The version of each knowledge folder (``knowledge_version``) this process last built with."""


def _read_knowledge_again_if_edited(res: Resources) -> str:
    """The loaders keep what they read for the life of the process; a knowledge file edited since the last build
    (in a notebook, a test) empties them, so this build reads what the files say now. The version returned is the
    knowledge part of the cache's (``rules_version``)."""
    version = knowledge_version(res)
    if _KNOWLEDGE_READ.get(res.knowledge, version) != version:
        forget_loaded_knowledge()
    _KNOWLEDGE_READ[res.knowledge] = version
    return version


SUMMARY_KINDS = [("COUNTRY", "countries"), ("ORG", "organisations"), ("PERSON", "people"), ("TREATY", "treaties"),
                 ("CITY", "cities")]


@dataclass
class ReportBuild:
    """What one report gave: its passages, its facts of every kind and its Turtle."""

    meta: ReportMeta
    passages: list[Passage]
    facts: ReportFacts
    found: Found
    turtle: bytes
    notes: dict[str, Counter[str]] = field(default_factory=dict)
    notice: str | None = None
    cached: bool = False
    """True when this build took the report from the cache instead of extracting it."""

    def summary(self) -> str:
        kinds = ", ".join(f"{len(self.facts.of_kind(kind))} {name}" for kind, name in SUMMARY_KINDS)
        line = (f"{self.meta.id}: {len(self.passages)} passages, {kinds} ({self.facts.mention_count} mentions), "
                f"{summarise(self.found)}")
        if self.notes.get(UNKNOWN_SDG):
            line += f"; {UNKNOWN_SDG}: {', '.join(sorted(self.notes[UNKNOWN_SDG]))}"
        if self.facts.unresolved:
            forms = ", ".join(f"{t}×{n}" if n > 1 else t for t, n in sorted(self.facts.unresolved.items()))
            line += f"; unresolved: {forms}"
        return f"{line} [{self.notice}]" if self.notice else line


@dataclass
class BuildResult:
    """What a build did: the reports it built, the files it wrote and every problem it met.

    ``failed`` holds the reports an error kept out (their previous output, if
    any, was left as it was), ``skipped`` the empty ones; ``stopped`` is true
    when ``fail_fast`` stopped the build before it wrote anything.
    """

    reports: list[ReportBuild]
    reference: bytes
    written: list[Path]
    problems: list[Problem] = field(default_factory=list)
    failed: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    strict: bool = False
    stopped: bool = False
    diff: OutputDiff | None = None
    cache: Path | None = None
    cache_ignored: list[str] = field(default_factory=list)
    """Cache entries found but not used (damaged, or not written by this version), each with why."""

    @property
    def ok(self) -> bool:
        """True when no problem fails the build (a warning does only when it is strict)."""
        return not any(p.fails(self.strict) for p in self.problems)

    def exit_code(self) -> int:
        """0 when the build succeeded, 1 when a report failed or (strict) a warning was met."""
        return 0 if self.ok else 1

    def outcome(self, out: Path) -> str:
        """One line on what was written, what was not, and why the build failed if it did."""
        if self.stopped:
            return f"stopped at the first failure (--fail-fast): nothing written, {out} is as it was"
        line = f"wrote {len(self.written)} file{'' if len(self.written) == 1 else 's'} to {out}"
        if self.failed:
            line += f"; not written (previous files kept): {', '.join(p.name for p in self.failed)}"
        if self.skipped:
            line += f"; skipped (empty): {', '.join(p.name for p in self.skipped)}"
        errors = sum(1 for p in self.problems if p.severity == ERROR)
        warnings = sum(1 for p in self.problems if p.severity == WARNING) if self.strict else 0
        if errors or warnings:
            counts = [f"{errors} error{'s' if errors > 1 else ''}" if errors else "",
                      f"{warnings} warning{'s' if warnings > 1 else ''} under --strict" if warnings else ""]
            line += f"; build failed: {', '.join(c for c in counts if c)}"
        return line

    def extraction(self) -> str:
        """One line on which reports were extracted and which came from the cache."""
        extracted = [r.meta.id for r in self.reports if not r.cached]
        cached = [r.meta.id for r in self.reports if r.cached]
        line = f"extracted {len(extracted)} report{'' if len(extracted) == 1 else 's'}"
        if self.cache is None:
            return line + " (no cache)"
        return f"{line}{_listed(extracted)}; {len(cached)} from the cache{_listed(cached)}"


def _listed(ids: list[str], most: int = 10) -> str:
    if not ids:
        return ""
    shown = ", ".join(ids[:most]) + (f", … ({len(ids) - most} more)" if len(ids) > most else "")
    return f": {shown}"


def build_report(path: Path, meta: ReportMeta, text: str, res: Resources, sha256: str) -> ReportBuild:
    """Extract one report and render its graph."""
    passages = segment(text, res.knowledge)
    refuse_runaway_passages(path, text, passages)
    facts = extract(passages, res.knowledge)
    report = ReportText(meta, passages, facts, res.knowledge)
    found = run_extractors(report)
    turtle = render_report(meta, relative_source(path, res.root), sha256, passages, facts, found,
                           load_gazetteer(res.knowledge), res.ontology)
    return ReportBuild(meta, passages, facts, found, turtle, report.notes)


def refuse_runaway_passages(path: Path, text: str, passages: list[Passage]) -> None:
    """A passage far longer than any real paragraph is a broken conversion: say where, instead of extracting it."""
    for passage in passages:
        if len(passage.text) > MAX_PASSAGE_CHARS:
            line = text.count("\n", 0, passage.start) + 1
            locator = passage.locator if len(passage.locator) <= 60 else passage.locator[:59] + "…"
            raise InputError(path, f"passage {locator} is {len(passage.text):,} characters long (the longest "
                                   f"extracted is {MAX_PASSAGE_CHARS:,}): the conversion lost its line breaks or "
                                   "sentence punctuation; repair the text and build again", line)


def build(paths: Iterable[Path | str] | None = None, out: Path | str | None = None, res: Resources | None = None,
          progress: Callable[[Path], None] | None = None, *,
          strict: bool = False, fail_fast: bool = False, jobs: int = 1, cache: Path | None = None,
          diff: bool = False, diff_json: Path | None = None) -> BuildResult:
    """Build the graph of the given reports into ``out``: ``<report id>.ttl`` each, plus reference data.

    A report with bad input is recorded in ``problems`` and left out, and the
    rest are built; nothing is written until every report has been tried, and
    then all files are replaced together. ``strict`` makes warnings fail their
    report; ``fail_fast`` stops at the first failure and writes nothing.
    Ctrl-C (or SIGTERM) raises ``Interrupted`` and leaves ``out`` as it was.

    ``jobs`` > 1 extracts that many reports at once in worker processes, with
    the same result as one job. ``cache`` is a folder that keeps each report's
    extraction (see ``ipgraph.builder.cache``): a report whose bytes, metadata and
    rules are unchanged is taken from it, not extracted again. ``diff`` sets
    ``result.diff``: the triples each written file adds to and removes from
    the file it replaces; ``diff_json`` writes it as JSON to that file, together
    with the outputs (if it cannot be written, neither are they). Only one build
    at a time writes to ``out`` (``ipgraph.builder.lock``); a second raises ``Busy``.

    Raises ``InputError`` when the input is unusable as a whole: a path that
    does not exist, no report files, a ``reports.toml`` that is not TOML,
    reference data that cannot be read, an output folder that cannot be written.
    Left out, ``paths`` is the bundled reports, ``out`` the bundled triples folder, ``res`` where they are found.
    """
    res = res or resources()
    knowledge = _read_knowledge_again_if_edited(res)
    inputs = [Path(p) for p in paths] if paths is not None else [res.reports]
    out = Path(out) if out is not None else res.triples
    reports = find_reports(inputs)
    if not reports:
        where = ", ".join(str(p) for p in inputs) or "."
        raise InputError(where, f"no report files ({' or '.join(REPORT_SUFFIXES)}) to build")
    result = BuildResult([], b"", [], strict=strict, cache=cache)
    doing = "reading the reference data"
    try:
        with _terminate_as_interrupt(), fewer_collections():
            store = None if cache is None else ReportCache(cache, rules_version(res, knowledge))
            result.cache_ignored = store.ignored if store else []
            result.reference = (store.remember(store.key(REFERENCE_FILE), lambda: reference_turtle(res), bytes) if store
                                else stored_reference(rules_version(res, knowledge), lambda: reference_turtle(res)))
            doing = "reading reports.toml"
            metadata = _read_metadata(reports, inputs, result, load_gazetteer(res.knowledge).organisations)
            outcomes: list[_Outcome] = []
            with Runner(extract_report, (res,), jobs, _crashed) as runner:
                for index, path in enumerate(reports):
                    if fail_fast and not (result.ok and all(o.ok(strict) for o in outcomes)):
                        break
                    doing = f"building {path} (report {index + 1} of {len(reports)})"
                    if progress:
                        progress(path)
                    outcome = _prepare(index, path, metadata[path.parent], strict)
                    outcomes.append(outcome)
                    if outcome.job is not None and not outcome.take_cached(store, res):
                        for job, extracted in runner.put(outcome.job):
                            outcomes[job.index].take(extracted, store, res)
                            settled()
                doing = f"building the last reports in {jobs} processes"
                for job, extracted in runner.rest():
                    outcomes[job.index].take(extracted, store, res)
                    settled()
            _refuse_broken_knowledge(outcomes, res)
            _gather(result, outcomes, fail_fast)
            _refuse_duplicate_ids(result)
            if fail_fast and not result.ok:
                result.stopped = True
                return result
            if not result.reports and result.skipped and not result.failed:
                result.problems.append(Problem(ERROR, result.skipped[0].parent, "every report is empty: nothing "
                                                                                "to build, nothing written"))
                return result
            doing = f"writing to {out}"
            _write(result, out, diff, diff_json)
            if store is not None:
                store.prune()
    except KeyboardInterrupt:
        if result.written:
            raise Interrupted(f"build interrupted after it wrote {_files(result.written)} to {out}: the new output "
                              "is complete; only the cache may not have been tidied") from None
        raise Interrupted(f"build interrupted while {doing}: nothing was written, {out} is as it was") from None
    return result


def _write(result: BuildResult, out: Path, diff: bool, diff_json: Path | None) -> None:
    """Replace the outputs together, holding ``out``'s lock; ``diff_json`` is written with them or not at all."""
    outputs = [(out / f"{report.meta.id}.ttl", report.turtle) for report in result.reports]
    outputs.append((out / REFERENCE_FILE, result.reference))
    with output_lock(out):
        remove_stale_temporaries(out)
        if diff or diff_json is not None:
            result.diff = diff_outputs(outputs)
        extra = [] if diff_json is None or result.diff is None else [(diff_json, diff_to_json(result.diff).encode())]
        renamed: list[Path] = []
        try:
            write_all_atomic(outputs + extra, renamed=renamed)
        finally:
            result.written = [path for path in renamed if path != diff_json]


def _files(paths: list[Path]) -> str:
    return f"{len(paths)} file{'' if len(paths) == 1 else 's'}"


@dataclass
class ReportJob:
    """A report read and decoded, ready to extract: what is sent to a worker process."""

    index: int
    path: Path
    meta: ReportMeta
    text: str
    sha256: str


def extract_report(job: ReportJob, res: Resources) -> ReportBuild | Problem:
    """One report's extraction, or the problem that stopped it: the unit that is cached and run in parallel."""
    try:
        return build_report(job.path, job.meta, job.text, res, job.sha256)
    except InputError as error:
        return Problem.of(error, report=job.path)
    except Exception as error:  # a bug must cost one report, not the build
        message = " ".join(str(error).split())[:300]
        return Problem(ERROR, job.path, f"could not be built: {type(error).__name__}: {message} "
                                        "(a bug in ipgraph; please report it with this file)", report=job.path)


def _crashed(job: ReportJob, error: BaseException) -> Problem:
    return Problem(ERROR, job.path, "could not be built: the worker process extracting it died (out of memory, or "
                                    "killed); build it again, with fewer --jobs", report=job.path)


@dataclass
class _Outcome:
    """What became of one report. Outcomes are gathered in report order, so any number of jobs reports alike."""

    path: Path
    job: ReportJob | None = None
    notice: str | None = None
    report: ReportBuild | None = None
    problems: list[Problem] = field(default_factory=list)
    failed: bool = False
    skipped: bool = False

    def ok(self, strict: bool) -> bool:
        return not self.failed and not any(p.fails(strict) for p in self.problems)

    def fail(self, problem: Problem | None = None) -> _Outcome:
        self.problems += [problem] if problem else []
        self.failed = True
        return self

    def cache_key(self, store: ReportCache, res: Resources) -> str:
        assert self.job is not None
        return store.key(relative_source(self.path, res.root), self.job.meta, self.job.sha256)

    def take_cached(self, store: ReportCache | None, res: Resources) -> bool:
        """Take the report from the cache, if it is there."""
        if store is None:
            return False
        found = store.load(self.cache_key(store, res))
        if found is None:
            return False
        if not self._describes(found):  # a forged entry that copied a header: at least it must be this report's
            store.ignored.append(f"{store.entry(self.cache_key(store, res))}: not this report's extraction")
            return False
        found.cached, found.notice, self.report, self.job = True, self.notice, found, None
        return True

    def _describes(self, found: object) -> bool:
        assert self.job is not None
        return (isinstance(found, ReportBuild) and found.meta == self.job.meta
                and isinstance(found.turtle, bytes) and f'"{self.job.sha256}"'.encode() in found.turtle)

    def take(self, extracted: ReportBuild | Problem, store: ReportCache | None, res: Resources) -> None:
        """Take what extraction gave, keeping a report in the cache."""
        if isinstance(extracted, Problem):
            self.fail(extracted)
            return
        if store is not None:
            store.store(self.cache_key(store, res), extracted)
        extracted.notice, self.report, self.job = self.notice, extracted, None  # the text is not needed any more


def _read_metadata(reports: list[Path], paths: list[Path], result: BuildResult,
                   organisations: Collection[str]) -> dict[Path, Metadata]:
    """Each folder's metadata; its problems count when they concern a report being built or the whole folder is.

    An author must be one of ``organisations`` (the gazetteer's keys): any other would be a dangling node.
    """
    whole = {p.resolve() for p in paths if p.is_dir()}
    building = {r.resolve() for r in reports}
    found: dict[Path, Metadata] = {}
    for folder in dict.fromkeys(r.parent for r in reports):
        found[folder] = metadata = read_metadata(folder, organisations)
        for problem in metadata.problems:
            if (folder.resolve() in whole or problem.report is None
                    or problem.report.resolve() in building):
                result.problems.append(problem)
    return found


def _prepare(index: int, path: Path, metadata: Metadata, strict: bool) -> _Outcome:
    """Read and decode one report: a job to extract, or the reason there is none."""
    outcome = _Outcome(path)
    if any(p.fails(strict) for p in metadata.problems_for(path)):
        return outcome.fail()
    meta = metadata.reports.get(path.name)
    try:
        data = read_bytes(path)
        decoded = decode(data, path, meta.encoding if meta else None)
    except InputError as error:
        return outcome.fail(Problem.of(error, report=path))
    if not decoded.text.strip():
        outcome.problems.append(Problem(WARNING, path, "empty report (nothing but white space): skipped", report=path))
        outcome.skipped = True
        return outcome
    if meta is None and metadata.broken_tables():
        lines = ", ".join(str(p.line) for p in metadata.broken_tables() if p.line) or "?"
        return outcome.fail(Problem(ERROR, path, f"not built: {metadata.path} has a broken [[report]] table (line "
                                                 f"{lines}) that may describe this file; fix it, or list this file "
                                                 "with its own table", report=path))
    listed = meta is not None
    meta = with_title(meta or infer_metadata(path, decoded.text), decoded.text)
    notices = [decoded.notice, None if listed else "not in reports.toml: id and title taken from the file"]
    outcome.notice = "; ".join(n for n in notices if n) or None
    outcome.job = ReportJob(index, path, meta, decoded.text, hashlib.sha256(data).hexdigest())
    return outcome


def _refuse_broken_knowledge(outcomes: list[_Outcome], res: Resources) -> None:
    """A knowledge file the rules cannot be read from fails every report alike: the input is unusable as a whole,
    so it is said once, as a whole-input error (exit 2, nothing written), not once per report."""
    for problem in (p for outcome in outcomes for p in outcome.problems):
        if problem.path.is_relative_to(res.knowledge):
            raise InputError(problem.path, problem.message, problem.line)


def _gather(result: BuildResult, outcomes: list[_Outcome], fail_fast: bool) -> None:
    """The outcomes into the result, in report order; with ``fail_fast``, up to the first failure."""
    for outcome in outcomes:
        result.problems += outcome.problems
        if outcome.failed:
            result.failed.append(outcome.path)
        if outcome.skipped:
            result.skipped.append(outcome.path)
        if outcome.report is not None:
            result.reports.append(outcome.report)
        if fail_fast and not result.ok:
            return


def _failed(result: BuildResult, path: Path, problem: Problem) -> None:
    result.problems.append(problem)
    result.failed.append(path)


def _refuse_duplicate_ids(result: BuildResult) -> None:
    """Two reports with one id would overwrite each other's file: neither is written."""
    by_id: dict[str, list[ReportBuild]] = {}
    for report in result.reports:
        by_id.setdefault(report.meta.id, []).append(report)
    keep = []
    for report in result.reports:
        same = [r.meta.path for r in by_id[report.meta.id] if r is not report]
        if report.meta.id == REFERENCE_FILE.removesuffix(".ttl"):
            message = ("report id 'reference' is reserved for the reference data: "
                       "list it in reports.toml with another id")
        elif same:
            message = (f"report id {report.meta.id!r} is also the id of {', '.join(map(str, same))}: "
                       "give each its own id in reports.toml")
        else:
            keep.append(report)
            continue
        _failed(result, report.meta.path, Problem(ERROR, report.meta.path, message, report=report.meta.path))
    result.reports = keep


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """While building, SIGTERM stops the build the way Ctrl-C does: cleanly, with nothing written."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGTERM"):
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)
