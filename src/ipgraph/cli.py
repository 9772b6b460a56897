"""The ``ipgraph`` command: thin click wrappers over library calls a notebook can make too.

Exit codes: 0 success; 1 the graph has findings at or above ``--fail-on``
(check) or a report failed (build); 2 the input cannot be read (the message
names the file and line); 75 another build is writing to the same --out (try again later); 130 the build
was interrupted (the message says whether it had written its files).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ipgraph.builder.cache import default_cache_dir
from ipgraph.builder.lock import Busy
from ipgraph.check import FORMATS, check as check_graph, turtle_files
from ipgraph.errors import InputError, Interrupted
from ipgraph.evaluate import SCORED_SETS, UNSEEN_SETS, report_for
from ipgraph.ingest.corpus import find_reports
from ipgraph.ingest.reading import write_all_atomic
from ipgraph.network.commands import network, viz
from ipgraph.resources import resources

_EXTRACTION_NEEDS = ("spacy", "pycountry", "babel", "pypinyin")


def build_graph(*args, **kwargs):  # noqa: ANN002, ANN003, ANN201
    """``ipgraph.builder.build.build``, imported on first use: the extractors load spaCy (~1.5 s), which check does
    not need."""
    try:
        from ipgraph.builder.build import build
    except ImportError as error:  # extraction is an extra: a validator installs ipgraph without it
        if error.name not in _EXTRACTION_NEEDS:
            raise
        click.echo(f"error: ipgraph build needs {error.name}, which comes with the extraction extra: "
                   "pip install 'ipgraph[extract]'", err=True)
        sys.exit(2)
    return build(*args, **kwargs)




EXIT_BUSY = 75  # EX_TEMPFAIL: another build holds the output folder's lock


def _fail(error: InputError) -> None:
    click.echo(f"error: {error}", err=True)
    sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="ipgraph")
def main() -> None:
    """Turn policy reports on IP enforcement and cooperation into a validated RDF knowledge graph."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for the Turtle files (default: data/triples).")
@click.option("--strict", is_flag=True, help="Count warnings (unknown metadata keys, empty reports) as failures.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first failure and write nothing.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Extract this many reports at once, in worker processes (same output as one job).")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder that keeps each report's extraction for the next build (default: .ipgraph-cache in the "
                   "checkout, or $IPGRAPH_CACHE).")
@click.option("--no-cache", is_flag=True, help="Extract every report, and neither read nor write the cache.")
@click.option("--diff", "show_diff", is_flag=True, help="List the triples added and removed since the last build.")
@click.option("--diff-json", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the added and removed triples to FILE as JSON (N-Triples terms).")
def build(paths: tuple[Path, ...], out: Path | None, strict: bool, fail_fast: bool, jobs: int, cache_dir: Path | None,
          no_cache: bool, show_diff: bool, diff_json: Path | None) -> None:
    """Extract the reports in PATHS (default: data/reports) into one Turtle file per report.

    Exit 0 when every report was built; 1 when a report failed (its previous
    file is kept) or, with --strict, a warning was met; 2 when the input is
    unusable as a whole; 75 when another build is writing to --out; 130 when
    interrupted. Exit 2 and 75 write nothing, nor does 130 unless it says so.
    """
    res = resources()
    out = out or res.triples
    cache = None if no_cache else cache_dir or default_cache_dir(res)
    try:
        count = len(find_reports(list(paths) or [res.reports]))
        with click.progressbar(length=count, label="building", file=sys.stderr) as bar:
            result = build_graph(list(paths) or [res.reports], out, res, progress=lambda p: bar.update(1),
                                 strict=strict, fail_fast=fail_fast, jobs=jobs, cache=cache,
                                 diff=show_diff, diff_json=diff_json)
    except InputError as error:
        if isinstance(error, Busy):
            click.echo(f"error: {error}", err=True)
            sys.exit(EXIT_BUSY)
        _fail(error)
    except KeyboardInterrupt as error:  # Interrupted says where it was; a bare one came before the build began
        reason = (error if isinstance(error, Interrupted)
                  else f"build interrupted: nothing was written, {out} is as it was")
        click.echo(f"error: {reason}", err=True)
        sys.exit(130)
    for problem in result.problems:
        click.echo(f"{problem.severity}: {problem}", err=True)
    for entry in result.cache_ignored:
        click.echo(f"note: ignored cache entry {entry}; the report was extracted again", err=True)
    if not result.stopped:
        _build_summary(result, show_diff)
    click.echo(result.outcome(out), err=not result.ok)
    sys.exit(result.exit_code())


def _build_summary(result, show_diff: bool) -> None:  # noqa: ANN001 - BuildResult, lazily
    from ipgraph.rdf.diff import format_diff

    for report in result.reports:
        click.echo(report.summary() + ("  (from the cache)" if report.cached else ""))
    click.echo(result.extraction())
    if show_diff and result.diff is not None:
        click.echo(format_diff(result.diff))


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--fail-on", type=click.Choice(["violation", "warning"]), default="violation", show_default=True,
              help="Lowest severity that makes the check fail.")
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="text", show_default=True,
              help="; ".join(f"{f.name}: {f.help}" for f in FORMATS.values()) + ".")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the report to FILE; the readable text still goes to standard output.")
@click.option("--rebuild", is_flag=True, help="Also check the files are byte for byte a fresh build of the reports.")
@click.option("--max-per-rule", type=click.IntRange(min=0), default=20, show_default=True,
              help="Findings listed per rule in the text format (0: all).")
def check(paths: tuple[Path, ...], fail_on: str, fmt: str, out: Path | None, rebuild: bool,
          max_per_rule: int) -> None:
    """Validate the Turtle files in PATHS (default: data/triples) against the shapes and the ontology.

    Exit 0 when the graph passes, 1 when it has findings at or above --fail-on, 2 when a file cannot be read
    or the report cannot be written to --out.
    """
    chosen = FORMATS[fmt]
    try:
        report = check_graph(list(paths) or None, rebuild=rebuild)
    except InputError as error:
        machine = chosen.render_error(error)
        if machine is not None:
            _emit(machine, out, to_stdout=chosen.errors_to_stdout)
        _fail(error)
    text = FORMATS["text"].render(report, fail_on, max_per_rule)
    rendered = text if fmt == "text" else chosen.render(report, fail_on, max_per_rule)
    if out is not None:
        _emit(rendered, out, to_stdout=False)
        click.echo(text)
    else:
        click.echo(rendered)
        if chosen.summary_to_stderr:
            click.echo(report.summary(), err=True)
    sys.exit(report.exit_code(fail_on))


def _emit(text: str, out: Path | None, to_stdout: bool) -> None:
    """Print ``text`` and/or write it to ``out`` whole (never half-written); an unwritable ``out`` exits 2."""
    if out is not None:
        try:
            write_all_atomic([(out, (text + ("" if text.endswith("\n") else "\n")).encode("utf-8"))])
        except InputError as error:  # named after the report, with the part of its path that was in the way
            _fail(InputError(out, error.message + (f" ({error.path})" if error.path != out else "")))
    if to_stdout or out is None:
        click.echo(text)


@main.command(name="eval")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--gold", "gold_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("tests/gold"),
              show_default=True, help="Folder of annotations (JSON Lines) and their scope.json.")
@click.option("--set", "name", type=click.Choice([*SCORED_SETS, *UNSEEN_SETS]), default="actors",
              show_default=True,
              help="Which annotation set: <set>-*.jsonl of --gold, or an evaluation set of unseen text in eval/ "
                   "(bundled: the bundled reports annotated in full; realtext: real news texts, built first; probes: "
                   "the texts collected to develop one kind of reading, each scored on the kinds annotated on it).")
@click.option("--half", type=click.Choice(["tune", "test"]), default=None,
              help="With an evaluation set of eval/: score one half (default: both, each on its own).")
@click.option("--docs", "only", multiple=True,
              help="With an evaluation set of eval/: score only these documents (repeat, or comma-separate; a range "
                   "of numbered texts such as 101-148; dev or check, the folds of the tune half scope.json records); "
                   "the real texts are built only for them.")
@click.option("--errors", is_flag=True, help="List every missed and spurious (passage, node) pair.")
@click.option("--kinds", is_flag=True,
              help="With an evaluation set of eval/: count why events and agreements went unmatched (found and "
                   "paired elsewhere, named otherwise, not found) without printing any text, so a fold nobody "
                   "reads can be diagnosed.")
@click.option("--overlap", is_flag=True,
              help="Score nothing: say which text files in PATHS repeat a text of the evaluation sets (ids and "
                   "halves only, so it can be run before reading one); exit code 1 when any does.")
def evaluate(paths: tuple[Path, ...], gold_dir: Path, name: str, half: str | None, only: tuple[str, ...],
             errors: bool, kinds: bool, overlap: bool) -> None:
    """Compare the graph in PATHS (default: data/triples) with hand annotations: P, R and F1 per kind."""
    try:
        if overlap:  # reads the evaluation texts with the extract extra's tools: imported only when asked for
            from ipgraph.evaluate.overlap import overlap_report, overlaps

            found = overlaps(list(paths), resources())
            click.echo(overlap_report(found))
            sys.exit(1 if any(o.documents for o in found) else 0)
        if paths:
            files = turtle_files(list(paths))
        else:  # an eval/ set knows its own graph; the others score the bundled triples
            files = [] if name in UNSEEN_SETS else turtle_files([resources().triples])
        wanted = [item.strip() for value in only for item in value.split(",") if item.strip()] or None
        click.echo(report_for(files, gold_dir, name, errors, half, wanted, kinds))
    except InputError as error:
        _fail(error)


main.add_command(network)
main.add_command(viz)
from ipgraph.query.commands import COMMANDS as QUERY_COMMANDS  # noqa: E402 - the query room's commands

for _command in QUERY_COMMANDS:
    main.add_command(_command)
