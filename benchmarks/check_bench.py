"""How long ``ipgraph check`` takes: on the bundled graph and on a synthetic 10⁶-triple graph.

    .venv/bin/python benchmarks/check_bench.py [--triples 1000000] [--faults 40] [--rdflib] [--baseline]

Each measurement runs in a fresh Python process (so imports and peak memory
count as a user sees them) and prints one row:

- ``ipgraph check`` (CLI, wall clock, imports included) on ``data/triples``;
- ``ipgraph.check()`` on ``data/triples``, with its phases;
- ``ipgraph.check()`` on the synthetic graph (``synth_graph.py``: the real
  reports copied under new ids, plus events, agreements, pledges, treaty
  actions and SDG/DA links built from their passages) — clean, and with
  ``--faults`` planted errors, so finding and locating them is timed too;
- with ``--rdflib``, the same with rdflib's Turtle parser (as when pyoxigraph,
  an optional dependency, is not installed);
- with ``--baseline``, the pre-issue-6 way on the bundled graph (rdflib's
  parser, pyshacl with the ontology mixed in, nested property shapes) for
  comparison.

Targets (issue 6): bundled graph under 5 s, 10⁶ triples under 2 minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))


def measure_library(path: str, parser: str = "default") -> dict:
    start = time.perf_counter()
    import importlib

    from ipgraph.check import check

    imported = time.perf_counter() - start
    if parser == "rdflib":  # as when pyoxigraph is not installed
        importlib.import_module("ipgraph.check.turtle").pyoxigraph = None
    report = check([Path(path)])
    return {"triples": report.triples, "files": len(report.files), "findings": len(report.findings),
            "import": imported, **report.seconds, "peak_mb": _peak_mb()}


def measure_baseline(path: str) -> dict:
    """The check as it was before issue 6: rdflib parser, ontology mixed in, nested shapes, advanced mode."""
    start = time.perf_counter()
    import pyshacl
    from rdflib import Graph

    from ipgraph.check import turtle_files
    from ipgraph.resources import resources

    res = resources()
    imported = time.perf_counter() - start
    data, ontology, shapes = Graph(), Graph().parse(res.ontology), Graph()
    for file in turtle_files([Path(path)]):
        data.parse(file, format="turtle")
    for file in sorted(res.shapes.glob("*.ttl")):
        shapes.parse(file, format="turtle")
    parsed = time.perf_counter()
    pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none", allow_warnings=True,
                     allow_infos=True, advanced=True)
    done = time.perf_counter()
    return {"triples": len(data), "import": imported, "parse": parsed - start - imported, "shacl": done - parsed,
            "total": done - start - imported, "peak_mb": _peak_mb()}


def measure_cli(path: str) -> dict:
    start = time.perf_counter()
    run = subprocess.run([str(Path(sys.executable).parent / "ipgraph"), "check", path], capture_output=True,
                         text=True, cwd=ROOT)
    return {"wall": time.perf_counter() - start, "exit": run.returncode,
            "summary": run.stdout.strip().splitlines()[-2] if run.stdout.strip() else run.stderr.strip()}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def in_child(kind: str, path: Path) -> dict:
    """One measurement in a fresh interpreter."""
    out = subprocess.run([sys.executable, __file__, "--child", kind, str(path)], capture_output=True, text=True,
                         cwd=ROOT, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    if out.returncode != 0:
        raise SystemExit(f"{kind} on {path} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="size of the synthetic graph")
    parser.add_argument("--faults", type=int, default=40, help="planted errors in the second synthetic run")
    parser.add_argument("--baseline", action="store_true", help="also time the pre-issue-6 check")
    parser.add_argument("--rdflib", action="store_true", help="also time parsing with rdflib (no pyoxigraph)")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind, path = args.child
        kinds = {"library": measure_library, "rdflib": lambda p: measure_library(p, "rdflib"),
                 "baseline": measure_baseline, "cli": measure_cli}
        print(json.dumps(kinds[kind](path)))
        return 0

    from synth_graph import generate

    bundled = ROOT / "data" / "triples"
    rows = []
    cli = in_child("cli", bundled)
    print(f"ipgraph check data/triples (CLI, wall clock incl. imports): {cli['wall']:.2f} s, exit {cli['exit']}: "
          f"{cli['summary']}", flush=True)
    rows.append(("bundled graph", in_child("library", bundled)))
    if args.rdflib:
        rows.append(("bundled, rdflib parser", in_child("rdflib", bundled)))
    if args.baseline:
        rows.append(("bundled, pre-issue-6 way", in_child("baseline", bundled)))
    with tempfile.TemporaryDirectory(prefix="ipgraph-bench-") as tmp:
        for faults in (0, args.faults) if args.faults else (0,):
            out = Path(tmp) / f"faults-{faults}"
            started = time.perf_counter()
            stats = generate(out, args.triples, faults)
            print(f"generated {stats.files} files with {faults} planted faults in "
                  f"{time.perf_counter() - started:.1f} s", flush=True)
            rows.append((f"synthetic, {faults} faults", in_child("library", out)))
            if args.rdflib and faults == 0:
                rows.append(("synthetic, rdflib parser", in_child("rdflib", out)))
            if args.baseline and faults == 0:
                rows.append(("synthetic, pre-issue-6 way", in_child("baseline", out)))
    print()
    print(table(rows))
    return 0


COLUMNS = [("triples", "triples", "{:,}"), ("findings", "findings", "{}"), ("import", "import s", "{:.2f}"),
           ("parse", "parse s", "{:.2f}"), ("graph checks", "graph checks s", "{:.2f}"), ("shacl", "SHACL s", "{:.2f}"),
           ("shapes and ontology", "shapes+ontology s", "{:.2f}"), ("locate", "locate s", "{:.2f}"),
           ("total", "check() s", "{:.2f}"), ("peak_mb", "peak MB", "{:.0f}")]


def table(rows: list[tuple[str, dict]]) -> str:
    header = ["graph", *[title for _, title, _ in COLUMNS]]
    body = [[name, *[fmt.format(r[key]) if key in r else "–" for key, _, fmt in COLUMNS]] for name, r in rows]
    widths = [max(len(str(x)) for x in col) for col in zip(header, *body)]
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |",
             "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += ["| " + " | ".join(str(c).rjust(w) if i else str(c).ljust(w) for i, (c, w) in enumerate(zip(row, widths)))
              + " |" for row in body]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
