"""Build time and peak memory for one report of 100 KB, 1 MB and 10 MB, as one paragraph and as tiny paragraphs.

Extraction must grow linearly with the text, however it is cut into passages
(issue 15: one 19,000-character passage took 4 s, a 570 KB report 121 s).
The text is the bundled reports' sentences over and over, so the extractors
find what they find in real text. Every row is a fresh process: its peak
memory after importing and loading the pipeline on a one-line report
(``baseline``), and after building the report (``peak``); ``peak − baseline``
is the build's own memory, compared with the report's size.

    .venv/bin/python benchmarks/build_scale.py [--sizes 100000,1000000,10000000]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from ipgraph.builder.build import build
from ipgraph.resources import resources
res = resources()
warm = Path(sys.argv[1]) / "warm"
warm.mkdir()
(warm / "w.txt").write_text("# 标题\n\n1. 中国与埃及举办了研讨会。\n", encoding="utf-8")
build([warm], Path(sys.argv[1]) / "warm-out", res)
baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start, cpu = time.perf_counter(), time.process_time()
result = build([Path(sys.argv[2])], Path(sys.argv[1]) / "out", res)
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "cpu": cpu, "baseline_kb": baseline, "peak_kb": peak,
                  "passages": sum(len(r.passages) for r in result.reports),
                  "problems": [str(p) for p in result.problems]}))
"""


def sentences() -> str:
    """The bundled reports' text lines, joined: real sentences, no headings. The CDIP report is left out: its
    table of the 45 recommendations, repeated, would name each recommendation many times, which is refused."""
    paths = [p for p in sorted((ROOT / "data" / "reports").glob("*.txt")) if "cdip" not in p.name]
    text = "".join(p.read_text(encoding="utf-8") for p in paths)
    return "".join(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def report(size: int, shape: str) -> str:
    """About ``size`` bytes of UTF-8: one paragraph, or one numbered paragraph per sentence."""
    body = sentences()
    chars = size // 3
    text = (body * (chars // len(body) + 1))[:chars]
    if shape == "one paragraph":
        return "# 标题\n\n" + text + "\n"
    return "# 标题\n\n" + "".join(f"{n + 1}. {s}。\n\n" for n, s in enumerate(text.split("。")) if s)


def measure(size: int, shape: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        path = folder / "scale.txt"
        path.write_text(report(size, shape), encoding="utf-8")
        done = subprocess.run([sys.executable, "-c", CHILD, tmp, str(folder)], capture_output=True, text=True,
                              check=True)
        row = json.loads(done.stdout.splitlines()[-1])
        row["bytes"] = path.stat().st_size
        return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000,10000000")
    args = parser.parse_args()
    print("| report | bytes | passages | build | CPU | µs per byte | build's own memory | × the report | "
          "problems |")
    print("|---|---|---|---|---|---|---|---|---|")
    for shape in ("one paragraph", "tiny paragraphs"):
        for size in (int(s) for s in args.sizes.split(",")):
            row = measure(size, shape)
            own = max(0, row["peak_kb"] - row["baseline_kb"]) * 1024
            print(f"| {shape}, {size / 1e6:g} MB | {row['bytes']:,} | {row['passages']:,} | {row['seconds']:.1f} s "
                  f"| {row['cpu']:.1f} s | {row['seconds'] / row['bytes'] * 1e6:.1f} | {own / 2**20:.0f} MB "
                  f"| {own / row['bytes']:.1f} | {'; '.join(row['problems'])[:80] or '–'} |", flush=True)


if __name__ == "__main__":
    main()
