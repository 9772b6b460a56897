"""Build speed on the bundled reports: prints wall time, throughput and the bare-tokenisation floor.

Run: .venv/bin/python benchmarks/build_bench.py
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import spacy

from ipgraph.build import build
from ipgraph.resources import resources


def main() -> None:
    res = resources()
    reports = sorted(res.reports.glob("*.txt"))
    chars = sum(len(p.read_text(encoding="utf-8")) for p in reports)
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        result = build([res.reports], Path(out), res)
        cold = time.perf_counter() - started
        started = time.perf_counter()
        build([res.reports], Path(out), res)
        warm = time.perf_counter() - started
    passages = sum(len(r.passages) for r in result.reports)
    nlp = spacy.blank("zh")
    started = time.perf_counter()
    for path in reports:
        nlp.make_doc(path.read_text(encoding="utf-8"))
    floor = time.perf_counter() - started
    print(f"{'reports':<34}{len(reports):>12}")
    print(f"{'characters':<34}{chars:>12,}")
    print(f"{'passages':<34}{passages:>12,}")
    print(f"{'build, cold (s, incl. loading)':<34}{cold:>12.2f}")
    print(f"{'build, warm (s)':<34}{warm:>12.2f}")
    print(f"{'characters per second (warm)':<34}{chars / warm:>12,.0f}")
    print(f"{'passages per second (warm)':<34}{passages / warm:>12,.0f}")
    print(f"{'bare spaCy char tokenisation (s)':<34}{floor:>12.2f}")
    print(f"{'build / tokenisation':<34}{warm / floor:>12.1f}x")


if __name__ == "__main__":
    main()
