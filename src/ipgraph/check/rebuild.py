"""``--rebuild``: the checked files are byte for byte what a fresh ``ipgraph build`` of the bundled reports writes."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ipgraph.check.model import VIOLATION, Finding
from ipgraph.check.naming import display
from ipgraph.check.registry import PythonRule, rule, run_stage
from ipgraph.resources import Resources


@dataclass
class RebuildContext:
    """The checked files by name, the folders among the checked paths, and a fresh build's files by name."""

    checked: dict[str, Path]
    folders: list[Path]
    fresh: dict[str, Path]
    root: Path


def rebuild_findings(files: list[Path], paths: list[Path], res: Resources) -> list[Finding]:
    """Build the bundled reports into a temporary folder and run the ``rebuild`` rules against it."""
    from ipgraph.builder.build import build  # imported here: building needs spaCy, checking does not

    with tempfile.TemporaryDirectory(prefix="ipgraph-rebuild-") as tmp:
        fresh = {p.name: p for p in build([res.reports], Path(tmp), res).written}
        context = RebuildContext({p.name: p for p in files}, [p for p in paths if p.is_dir()], fresh, res.root)
        return run_stage("rebuild", context)


@rule("rebuild-differs", VIOLATION, "(--rebuild) each file is byte for byte what a fresh build writes", "rebuild")
def rebuild_differs(me: PythonRule, ctx: RebuildContext) -> Iterator[Finding]:
    for name, path in sorted(ctx.fresh.items()):
        mine = ctx.checked.get(name)
        if mine is None:
            continue
        new, old = path.read_bytes(), mine.read_bytes()
        if new != old:
            line = _first_difference(old, new)
            yield me.finding(str(mine), f"{name} is not what a fresh build writes (first difference at line {line}); "
                             "run ipgraph build", label=name, file=display(mine, ctx.root), line=line)


@rule("rebuild-missing", VIOLATION, "(--rebuild) every file a fresh build writes is there", "rebuild")
def rebuild_missing(me: PythonRule, ctx: RebuildContext) -> Iterator[Finding]:
    for name in sorted(ctx.fresh):
        if name not in ctx.checked and ctx.folders:
            where = ctx.folders[0] / name
            yield me.finding(str(where), f"a fresh build writes {name}, which is not among the checked files",
                             label=name, file=display(where, ctx.root))


@rule("rebuild-extra", VIOLATION, "(--rebuild) every Turtle file checked is one a fresh build writes", "rebuild")
def rebuild_extra(me: PythonRule, ctx: RebuildContext) -> Iterator[Finding]:
    for name, path in sorted(ctx.checked.items()):
        if name not in ctx.fresh:
            yield me.finding(str(path), f"{name} is not written by a fresh build of the bundled reports", label=name,
                             file=display(path, ctx.root))


def _first_difference(old: bytes, new: bytes) -> int:
    a, b = old.splitlines(), new.splitlines()
    for number, (x, y) in enumerate(zip(a, b), start=1):
        if x != y:
            return number
    return min(len(a), len(b)) + 1
