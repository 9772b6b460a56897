"""How ``ipgraph check`` time grows with the number of violations: it must grow linearly (issue 15, defect 2).

Writes a graph of N faulty nodes on top of ``tests/broken/reference.ttl``, five
kinds of fault in turn, each one finding: an organiser that is a city (SHACL
``sh:class``), an impossible date (``ill-typed-literal``), an event that ends
before it starts, an unknown event mode (SHACL ``sh:in``), a quote not in its
passage. Then times ``ipgraph.check()`` (with its phases) and the text report,
and prints the time per violation: flat when the check is linear.

    python benchmarks/check_violations.py [N ...]      (default: 1000 10000 100000)

Before the fix, 500 / 1,000 / 2,000 impossible dates took 3.3 / 10.7 / 37 s (the
suspects of the planner's second pyshacl run were listed on the shape, and pyshacl
writes the source shape into the text of every result).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from ipgraph.check import check, format_text

ROOT = Path(__file__).resolve().parent.parent
ID = "https://w3id.org/ipgraph/id/"
PASSAGE = f"<{ID}passage/test-report/1>"
HEADER = ("@prefix ip: <https://w3id.org/ipgraph/ontology#> .\n"
          "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
          "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n\n")
FAULTS = [
    'ip:organiser <{id}city/beijing>',
    'ip:startDate "2024-02-30"^^xsd:date',
    'ip:startDate "2024-05-16"^^xsd:date ; ip:endDate "2024-05-01"^^xsd:date',
    'ip:mode ip:Underwater',
    'ip:quote "不在段落里的引文"',
]


def write_graph(folder: Path, violations: int) -> None:
    shutil.copy(ROOT / "tests" / "broken" / "reference.ttl", folder / "reference.ttl")
    with (folder / "faults.ttl").open("w", encoding="utf-8") as out:
        out.write(HEADER)
        for n in range(violations):
            fault = FAULTS[n % len(FAULTS)].format(id=ID)
            out.write(f'<{ID}event/fault-{n}> a ip:Forum ;\n    rdfs:label "故障论坛{n}"@zh ;\n    {fault} ;\n'
                      f"    ip:evidence {PASSAGE} .\n\n")


def measure(violations: int) -> None:
    with tempfile.TemporaryDirectory(prefix="ipgraph-violations-") as tmp:
        folder = Path(tmp)
        write_graph(folder, violations)
        start = time.perf_counter()
        report = check([folder])
        checked = time.perf_counter() - start
        text = format_text(report)
        rendered = time.perf_counter() - start - checked
    phases = ", ".join(f"{k} {v:.1f}" for k, v in report.seconds.items() if k != "total")
    print(f"{violations:>7,} faulty nodes: {len(report.findings):>7,} findings, check() {checked:6.1f} s "
          f"({1e6 * checked / violations:,.0f} µs per violation; {phases}), text report {rendered:.2f} s "
          f"({len(text.splitlines())} lines)", flush=True)


if __name__ == "__main__":
    for count in [int(arg) for arg in sys.argv[1:]] or [1000, 10000, 100000]:
        measure(count)
