"""The build and check benchmarks in one command: prints a table of throughput, memory and the tokenisation floor.

    python benchmarks/run.py [--copies 100] [--jobs 2] [--keep DIR]

Every measurement runs in a fresh child process (so imports, pipeline loading
and peak memory are those of a real run): the child reports the time of the
``build()``/``check()`` call itself, its CPU time and that of its worker
processes, and the peak resident memory of the main process and of the
largest worker (``resource.getrusage``). Rows:

- the five bundled reports, no cache, every pattern compiled afresh (the store of
  compiled patterns off: ``ipgraph.compiled_patterns``); with a cache, cold;
  no cache (the patterns from the store the runs before wrote); every report
  from the cache; and after appending a sentence to one report;
- synthetic corpora of 10× and ``--copies``× the bundled text
  (``synth_corpus.py``: names, places and dates varied in every copy, built
  with the cache off), with ``--jobs`` worker processes;
- spaCy's bare character tokenisation of the same text (``spacy.blank("zh")``
  on each whole report), the floor the pipeline sits on, and our build's
  ratio to it in CPU seconds: those of the ``build()`` call, plus all of the
  worker processes' (their imports included);
- ``check()`` on the bundled graph and on the graph of the largest corpus.

The machine is shared: CPU seconds move less than wall seconds; both are shown.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GOALS = """goals: 5 reports < 3 s; 100x corpus < 300 s with --jobs 2; build <= 5x tokenisation (CPU); memory linear,
< 4 GiB at 100x; whole benchmark < 10 minutes"""


# --- probes: each runs in its own child process and prints one JSON object ----------------------------------------

def _usage(cpu_before: float) -> dict[str, float]:
    """CPU seconds since ``cpu_before`` here plus those of the finished worker processes, and peak memory (MB)."""
    while multiprocessing.active_children():  # reap the workers, so their usage is counted
        time.sleep(0.05)
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"cpu": time.process_time() - cpu_before + kids.ru_utime + kids.ru_stime,
            "rss_main": me.ru_maxrss / 1024, "rss_worker": kids.ru_maxrss / 1024}


def probe_build(reports: Path, out: Path, jobs: int, cache: str) -> dict:
    from ipgraph.builder.build import build
    from ipgraph.resources import resources

    res = resources()
    started, cpu = time.perf_counter(), time.process_time()
    result = build([reports], out, res, jobs=jobs, cache=Path(cache) if cache else None)
    seconds = time.perf_counter() - started
    assert result.ok, [str(p) for p in result.problems]
    return {"seconds": seconds, "reports": len(result.reports),
            "source_chars": sum(len(p.read_text(encoding="utf-8")) for p in sorted(reports.glob("*.txt"))),
            "passages": sum(len(r.passages) for r in result.reports),
            "extracted": sum(1 for r in result.reports if not r.cached), **_usage(cpu)}


def probe_tokenise(reports: Path) -> dict:
    import spacy

    nlp = spacy.blank("zh")  # the character segmenter, as in pipeline.cfg
    texts = [p.read_text(encoding="utf-8") for p in sorted(reports.glob("*.txt"))]
    best_wall, best_cpu = float("inf"), float("inf")
    for _ in range(3 if len(texts) < 50 else 1):
        wall, cpu = time.perf_counter(), time.process_time()
        for text in texts:
            nlp.make_doc(text)
        best_wall, best_cpu = min(best_wall, time.perf_counter() - wall), min(best_cpu, time.process_time() - cpu)
    return {"seconds": best_wall, "cpu": best_cpu}


def probe_check(folder: Path) -> dict:
    from ipgraph.check import check

    started, cpu = time.perf_counter(), time.process_time()
    report = check([folder])
    return {"seconds": time.perf_counter() - started, "triples": report.triples,
            "violations": sum(1 for f in report.findings if f.severity == "violation"), **_usage(cpu)}


PROBES = {"build": probe_build, "tokenise": probe_tokenise, "check": probe_check}


def run_probe(name: str, *args: object, env: dict[str, str] | None = None) -> dict:
    """One probe in a fresh interpreter; its wall time including imports is ``total``."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, __file__, "--probe", name, *map(str, args)], capture_output=True,
                          text=True, check=False, cwd=ROOT, env={**os.environ, **(env or {})})
    if done.returncode != 0:
        sys.exit(f"probe {name} {args} failed:\n{done.stderr[-3000:]}")
    return {**json.loads(done.stdout.splitlines()[-1]), "total": time.perf_counter() - started}


# --- the table ------------------------------------------------------------------------------------------------------

HEADER = ("| what | reports | characters | passages | jobs | extracted | build() s | process s | CPU s | "
          "chars/s | passages/s | build/tokenise (CPU) | peak MB main | peak MB worker |")


def row(what: str, jobs: int, build: dict, floor: dict | None) -> str:
    ratio = f"{build['cpu'] / floor['cpu']:.1f}x" if floor else "–"
    worker = f"{build['rss_worker']:,.0f}" if jobs > 1 else "–"
    return (f"| {what} | {build['reports']:,} | {build['source_chars']:,} | {build['passages']:,} | {jobs} | "
            f"{build['extracted']:,} | {build['seconds']:.2f} | {build['total']:.2f} | {build['cpu']:.2f} | "
            f"{build['source_chars'] / build['seconds']:,.0f} | {build['passages'] / build['seconds']:,.0f} | "
            f"{ratio} | "
            f"{build['rss_main']:,.0f} | {worker} |")


def bundled_rows(tmp: Path) -> list[str]:
    from ipgraph.compiled_patterns import SWITCH

    reports = tmp / "reports"
    shutil.copytree(ROOT / "data" / "reports", reports)
    floor = run_probe("tokenise", reports)
    rows = [f"| spaCy bare char tokenisation, bundled | 5 | | | 1 | | {floor['seconds']:.2f} | | {floor['cpu']:.2f} "
            "| | | 1.0x | | |"]
    afresh = run_probe("build", reports, tmp / "out0", 1, "", env={SWITCH: "off"})
    rows.append(row("bundled, no cache, every pattern compiled", 1, afresh, floor))
    cache = tmp / "cache"
    rows.append(row("bundled, cache cold", 1, run_probe("build", reports, tmp / "out1", 1, cache), floor))
    rows.append(row("bundled, no cache", 1, run_probe("build", reports, tmp / "out0", 1, ""), floor))
    rows.append(row("bundled, all from the cache", 1, run_probe("build", reports, tmp / "out1", 1, cache), None))
    edited = reports / "hongqiao-2024-ip-forum.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n本次论坛还邀请了秘鲁代表。\n", encoding="utf-8")
    rows.append(row("bundled, one report edited", 1, run_probe("build", reports, tmp / "out1", 1, cache), None))
    return rows


def synthetic_rows(tmp: Path, copies: int, jobs: int) -> tuple[list[str], Path]:
    from synth_corpus import generate

    rows, out = [], tmp
    for scale in sorted({10, copies}):
        corpus = tmp / f"synth{scale}"
        generate(corpus, scale)
        floor = run_probe("tokenise", corpus)
        out = tmp / f"synth{scale}-out"
        rows.append(f"| spaCy bare char tokenisation, {scale}x | {5 * scale:,} | | | 1 | | {floor['seconds']:.2f} | | "
                    f"{floor['cpu']:.2f} | | | 1.0x | | |")
        rows.append(row(f"synthetic {scale}x, no cache", jobs, run_probe("build", corpus, out, jobs, ""), floor))
    return rows, out


def check_rows(bundled: Path, big: Path, copies: int) -> list[str]:
    rows = ["| check() on | triples | violations | check() s | process s | peak MB |", "|---|---|---|---|---|---|"]
    for name, folder in (("bundled graph", bundled), (f"synthetic {copies}x graph", big)):
        found = run_probe("check", folder)
        rows.append(f"| {name} | {found['triples']:,} | {found['violations']} | {found['seconds']:.1f} | "
                    f"{found['total']:.1f} | {found['rss_main']:,.0f} |")
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=100, help="size of the large synthetic corpus (default 100x)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes for the synthetic builds (default 2)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary one)")
    parser.add_argument("--probe", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.probe:
        name, *rest = args.probe
        typed = [Path(rest[0])] + ([Path(rest[1]), int(rest[2]), rest[3]] if name == "build" else [])
        print(json.dumps(PROBES[name](*typed)))
        return
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="ipgraph-bench-") as scratch:
        tmp = args.keep or Path(scratch)
        tmp.mkdir(parents=True, exist_ok=True)
        print(HEADER)
        print("|" + "---|" * HEADER.count(" | ") + "---|")
        for line in bundled_rows(tmp):
            print(line, flush=True)
        rows, big = synthetic_rows(tmp, args.copies, args.jobs)
        for line in rows:
            print(line, flush=True)
        print()
        for line in check_rows(tmp / "out0", big, args.copies):
            print(line, flush=True)
    print(f"\n{GOALS}\nbenchmark took {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    main()
