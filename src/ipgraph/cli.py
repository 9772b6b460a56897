"""The ``ipgraph`` command: thin click wrappers over library calls a notebook can make too.

Exit codes: 0 success; 1 the graph has findings at or above ``--fail-on``;
2 the input cannot be read (the message names the file and line).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ipgraph.build import build as build_graph
from ipgraph.check import CheckReport, check as check_graph, turtle_files
from ipgraph.errors import InputError
from ipgraph.evaluate import report_for
from ipgraph.resources import resources


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
def build(paths: tuple[Path, ...], out: Path | None) -> None:
    """Extract the reports in PATHS (default: data/reports) into one Turtle file per report."""
    res = resources()
    targets = list(paths) or [res.reports]
    try:
        with click.progressbar(length=0, label="building", file=sys.stderr) as bar:
            result = build_graph(targets, out or res.triples, res, progress=lambda p: bar.update(1))
    except InputError as error:
        _fail(error)
    for report in result.reports:
        click.echo(report.summary())
    click.echo(f"wrote {len(result.written)} files to {out or res.triples}")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--fail-on", type=click.Choice(["violation", "warning"]), default="violation", show_default=True,
              help="Lowest severity that makes the check fail.")
def check(paths: tuple[Path, ...], fail_on: str) -> None:
    """Validate the Turtle files in PATHS (default: data/triples) against the shapes and the ontology.

    Exit 0 when the graph conforms, 1 when it has violations, 2 when a file cannot be read.
    """
    try:
        report = check_graph(list(paths) or None)
    except InputError as error:
        _fail(error)
    click.echo(format_text(report))
    sys.exit(report.exit_code(fail_on))


def format_text(report: CheckReport) -> str:
    """Findings grouped by rule, each naming the node by its label and the passage it came from."""
    lines: list[str] = []
    rules: dict[str, list] = {}
    for finding in report.findings:
        rules.setdefault(finding.rule, []).append(finding)
    for rule, findings in rules.items():
        first = findings[0]
        lines.append(f"{first.severity.upper()} {rule}: {first.message} ({len(findings)})")
        for f in findings:
            what = f"{f.label} <{f.node}>" if f.label else f"<{f.node}>"
            details = [f"value {f.value}" if f.value else "", f"from {f.source}" if f.source else ""]
            lines.append("  " + "  ".join(x for x in [what, *details] if x))
    lines.append(f"{report.count('violation')} violations, {report.count('warning')} warnings, "
                 f"{report.count('info')} notes in {len(report.files)} files ({report.triples} triples)")
    return "\n".join(lines)


@main.command(name="eval")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--gold", "gold_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("tests/gold"),
              show_default=True, help="Folder of annotations (JSON Lines) and their scope.json.")
@click.option("--set", "name", type=click.Choice(["actors", "events"]), default="actors", show_default=True,
              help="Which annotation set: <set>-*.jsonl.")
@click.option("--errors", is_flag=True, help="List every missed and spurious (passage, node) pair.")
def evaluate(paths: tuple[Path, ...], gold_dir: Path, name: str, errors: bool) -> None:
    """Compare the graph in PATHS (default: data/triples) with hand annotations: P, R and F1 per kind."""
    try:
        click.echo(report_for(turtle_files(list(paths) or [resources().triples]), gold_dir, name, errors))
    except InputError as error:
        _fail(error)
