"""The ``ipgraph`` command: thin click wrappers over library calls a notebook can make too.

Exit codes: 0 success; 1 the graph has findings at or above ``--fail-on``
(check) or a report failed (build); 2 the input cannot be read (the message
names the file and line); 130 the build was interrupted and wrote nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ipgraph.builder.cache import default_cache_dir
from ipgraph.check import check as check_graph, turtle_files
from ipgraph.check_format import FORMATS, FORMATTERS, format_input_error, format_text, summary
from ipgraph.errors import InputError, Interrupted
from ipgraph.evaluate import SCORED_SETS, UNSEEN_SETS, report_for
from ipgraph.ingest.reading import write_all_atomic
from ipgraph.resources import resources


def build_graph(*args, **kwargs):  # noqa: ANN002, ANN003, ANN201
    """``ipgraph.builder.build.build``, imported on first use: the extractors load spaCy (~1.5 s), which check does not need."""
    from ipgraph.builder.build import build

    return build(*args, **kwargs)




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
    unusable as a whole; 130 when interrupted. Exit 2 and 130 write nothing.
    """
    res = resources()
    out = out or res.triples
    cache = None if no_cache else cache_dir or default_cache_dir(res)
    try:
        with click.progressbar(length=0, label="building", file=sys.stderr) as bar:
            result = build_graph(list(paths) or [res.reports], out, res, progress=lambda p: bar.update(1),
                                 strict=strict, fail_fast=fail_fast, jobs=jobs, cache=cache,
                                 diff=show_diff or diff_json is not None)
    except InputError as error:
        _fail(error)
    except KeyboardInterrupt as error:  # Interrupted says where it was; a bare one came before the build began
        reason = error if isinstance(error, Interrupted) else f"build interrupted: nothing was written, {out} is as it was"
        click.echo(f"error: {reason}", err=True)
        sys.exit(130)
    for problem in result.problems:
        click.echo(f"{problem.severity}: {problem}", err=True)
    if not result.stopped:
        _build_summary(result, show_diff, diff_json)
    click.echo(result.outcome(out), err=not result.ok)
    sys.exit(result.exit_code())


def _build_summary(result, show_diff: bool, diff_json: Path | None) -> None:  # noqa: ANN001 - BuildResult, lazily
    from ipgraph.rdf.diff import diff_json as to_json, format_diff

    for report in result.reports:
        click.echo(report.summary() + ("  (from the cache)" if report.cached else ""))
    click.echo(result.extraction())
    if show_diff and result.diff is not None:
        click.echo(format_diff(result.diff))
    if diff_json is not None and result.diff is not None:
        try:
            write_all_atomic([(diff_json, to_json(result.diff).encode("utf-8"))])
        except InputError as error:
            click.echo(f"error: {error}", err=True)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--fail-on", type=click.Choice(["violation", "warning"]), default="violation", show_default=True,
              help="Lowest severity that makes the check fail.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="text for people; json, junit (one test case per rule) or github (workflow annotations) for CI.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the report to FILE; the readable text still goes to standard output.")
@click.option("--rebuild", is_flag=True, help="Also check the files are byte for byte a fresh build of the reports.")
@click.option("--max-per-rule", type=click.IntRange(min=0), default=20, show_default=True,
              help="Findings listed per rule in the text format (0: all).")
def check(paths: tuple[Path, ...], fail_on: str, fmt: str, out: Path | None, rebuild: bool,
          max_per_rule: int) -> None:
    """Validate the Turtle files in PATHS (default: data/triples) against the shapes and the ontology.

    Exit 0 when the graph passes, 1 when it has findings at or above --fail-on, 2 when a file cannot be read.
    """
    try:
        report = check_graph(list(paths) or None, rebuild=rebuild)
    except InputError as error:
        machine = format_input_error(error, fmt)
        if machine is not None:
            _emit(machine, out, to_stdout=fmt == "github")
        _fail(error)
    text = format_text(report, fail_on, max_per_rule)
    if fmt == "text":
        rendered = text
    else:
        rendered = FORMATTERS[fmt](report, fail_on)
    if out is not None:
        _emit(rendered, out, to_stdout=False)
        click.echo(text)
    elif fmt == "text":
        click.echo(text)
    else:
        click.echo(rendered)
        if fmt != "github":
            click.echo(summary(report), err=True)
    sys.exit(report.exit_code(fail_on))


def _emit(text: str, out: Path | None, to_stdout: bool) -> None:
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text + ("" if text.endswith("\n") else "\n"), encoding="utf-8")
    if to_stdout or out is None:
        click.echo(text)


@main.command(name="eval")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--gold", "gold_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("tests/gold"),
              show_default=True, help="Folder of annotations (JSON Lines) and their scope.json.")
@click.option("--set", "name", type=click.Choice([*SCORED_SETS, *UNSEEN_SETS]), default="actors",
              show_default=True,
              help="Which annotation set: <set>-*.jsonl of --gold, or an evaluation set of unseen text in eval/ "
                   "(bundled: the bundled reports annotated in full; realtext: real news texts, built first).")
@click.option("--half", type=click.Choice(["tune", "test"]), default=None,
              help="With --set bundled or realtext: score one half (default: both, each on its own).")
@click.option("--errors", is_flag=True, help="List every missed and spurious (passage, node) pair.")
def evaluate(paths: tuple[Path, ...], gold_dir: Path, name: str, half: str | None, errors: bool) -> None:
    """Compare the graph in PATHS (default: data/triples) with hand annotations: P, R and F1 per kind."""
    try:
        files = turtle_files(list(paths)) if paths else [] if name in UNSEEN_SETS else turtle_files([resources().triples])
        click.echo(report_for(files, gold_dir, name, errors, half))
    except InputError as error:
        _fail(error)
