"""Query benchmarks: the library on the bundled graph and on 10⁶ triples, store load, and an endpoint load test.

Prints four tables (Markdown):

1. p50 of each library query in the embedded store (pyoxigraph) on the
   bundled graph, with rdflib's engine on the same text for comparison
   (one run each: the figures that chose Oxigraph). Goal: every p50 < 50 ms.
2. The same queries on a synthetic 10⁶-triple graph (``synth_graph.py``, with
   the type closure materialised as ``ipgraph build`` writes it). Goal < 0.3 s.
3. Loading 10⁶ triples into the on-disk store: wall time and peak memory, in
   a child process so the figure is that of the load alone.
4. ``ipgraph serve`` on loopback under 1,000 requests (library queries in
   turn) from 10 concurrent clients: errors, requests per second, p50/p99
   latency, and the server's memory (its process and its workers) sampled
   through the run — flat means the last tenth is no higher than the first.

    .venv/bin/python benchmarks/query_bench.py [--triples 1000000] [--skip-rdflib] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from ipgraph.query.library import library  # noqa: E402
from ipgraph.query.store import graph_files, graph_iri, run, run_rdflib, store_path  # noqa: E402

ONTOLOGY = ROOT / "ontology" / "ip.ttl"
CLOSURE = f"""PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX owl: <http://www.w3.org/2002/07/owl#>
INSERT {{ GRAPH ?g {{ ?s a ?super }} }}
WHERE {{ GRAPH ?g {{ ?s a ?class }}
        GRAPH <{graph_iri("ontology")}> {{ ?class rdfs:subClassOf+ ?super . ?super a owl:Class }} }}"""


def p50(times: list[float]) -> float:
    return statistics.median(times)


def time_library(store: ox.Store, runs: int) -> dict[str, tuple[float, int]]:
    """p50 seconds and row count of each library query (parameters at their defaults), after one warm-up run."""
    found = {}
    for saved in library():
        text = saved.bind({})
        result = run(store, text, saved.name)
        times = [run(store, text, saved.name).seconds for _ in range(runs)]
        found[saved.name] = (p50(times), len(result.rows))
    return found


def bundled_table(folder: Path, skip_rdflib: bool) -> None:
    files = graph_files(ROOT / "data" / "triples", ONTOLOGY)
    started = time.perf_counter()
    path = store_path(files, folder)
    built = time.perf_counter() - started
    started = time.perf_counter()
    store = ox.Store.read_only(str(path))
    opened = time.perf_counter() - started
    print(f"\n## 1. Library on the bundled graph ({len(store):,} quads; store built in {built:.2f} s, "
          f"reopened in {opened * 1000:.1f} ms)\n")
    timings = time_library(store, runs=21)
    graph = None
    if not skip_rdflib:
        from rdflib import Graph

        graph = Graph()
        for _, file in files:
            graph.parse(file, format="turtle")
    print("| query | rows | Oxigraph p50 ms | rdflib ms (1 run) | ratio |\n|---|---|---|---|---|")
    for saved in library():
        seconds, rows = timings[saved.name]
        slow = run_rdflib(graph, saved.bind({})).seconds if graph is not None else None
        ratio = f"{slow / seconds:,.0f}×" if slow else "–"
        print(f"| {saved.name} | {rows} | {seconds * 1000:.1f} | {'–' if slow is None else f'{slow * 1000:,.0f}'} "
              f"| {ratio} |")
    worst = max(timings.values())[0]
    print(f"\nslowest p50: {worst * 1000:.1f} ms (goal < 50 ms: {'met' if worst < 0.05 else 'NOT met'})")


def load_child(source: str, folder: str) -> None:
    """In a child process: build the on-disk store of ``source``, materialise the closure; print figures as JSON."""
    files = graph_files(Path(source), ONTOLOGY)
    started = time.perf_counter()
    path = store_path(files, Path(folder))
    loaded = time.perf_counter() - started
    store = ox.Store(str(path))
    started = time.perf_counter()
    store.update(CLOSURE)
    store.optimize()
    closure = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"quads": len(store), "load_s": loaded, "closure_s": closure, "peak_mb": peak,
                      "files": len(files), "path": str(path)}))


def million_table(triples: int, work: Path) -> None:
    from synth_graph import generate

    source = work / "synth"
    started = time.perf_counter()
    stats = generate(source, triples)
    generated = time.perf_counter() - started
    child = subprocess.run([sys.executable, __file__, "--load-child", str(source), str(work / "store")],
                           capture_output=True, text=True, check=True)
    figures = json.loads(child.stdout.strip().splitlines()[-1])
    print(f"\n## 2–3. {stats.triples:,} synthetic triples ({stats.files} files, generated in {generated:.0f} s)\n")
    print("| load into the on-disk store | closure (SPARQL UPDATE) | peak memory (child process) | quads |\n"
          "|---|---|---|---|")
    print(f"| {figures['load_s']:.1f} s | {figures['closure_s']:.1f} s | {figures['peak_mb']:.0f} MB | "
          f"{figures['quads']:,} |\n")
    store = ox.Store.read_only(figures["path"])
    timings = time_library(store, runs=5)
    print("| query | rows | p50 s |\n|---|---|---|")
    for name, (seconds, rows) in timings.items():
        print(f"| {name} | {rows:,} | {seconds:.3f} |")
    worst = max(timings.values())[0]
    print(f"\nslowest p50: {worst:.3f} s (goal < 0.3 s: {'met' if worst < 0.3 else 'NOT met'})")


def rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, from /proc."""
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS")) / 1024
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration):
            continue
    return total


def endpoint_table(requests: int, clients: int, work: Path) -> None:
    env = {**os.environ, "IPGRAPH_CACHE": str(work / "cache")}
    server = subprocess.Popen([str(Path(sys.executable).parent / "ipgraph"), "serve", "--port", "0"],
                              cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    try:
        url = server.stderr.readline().split()[2]  # "SPARQL endpoint: http://127.0.0.1:PORT/sparql (…"
        texts = [saved.bind({}) for saved in library()]
        samples: list[float] = []
        stop = threading.Event()

        def sample() -> None:
            while not stop.is_set():
                samples.append(rss_mb(server.pid))
                time.sleep(0.1)

        def one(index: int) -> tuple[float, int]:
            body = urllib.parse.urlencode({"query": texts[index % len(texts)]}).encode()
            request = urllib.request.Request(url, data=body, headers={"Accept": "application/sparql-results+json"})
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(request, timeout=60) as response:
                    response.read()
                    status = response.status
            except urllib.error.HTTPError as error:
                status = error.code
            except OSError:
                status = 0
            return time.perf_counter() - started, status

        for index in range(len(texts)):  # warm-up: each worker's first query of each kind
            one(index)
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        started = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            answers = list(pool.map(one, range(requests)))
        elapsed = time.perf_counter() - started
        stop.set()
        sampler.join()
    finally:
        server.terminate()
        server.wait(timeout=30)
    latencies = sorted(seconds for seconds, _ in answers)
    errors = sum(status != 200 for _, status in answers)
    tenth = max(1, len(samples) // 10)
    print(f"\n## 4. Endpoint load test: {requests:,} requests, {clients} concurrent clients, loopback, "
          f"{len(texts)} library queries in turn\n")
    print("| errors | req/s | p50 ms | p99 ms | max ms | peak MB (server + workers) "
          "| first tenth MB | last tenth MB |\n"
          "|---|---|---|---|---|---|---|---|")
    print(f"| {errors} | {requests / elapsed:.1f} | {latencies[len(latencies) // 2] * 1000:.0f} | "
          f"{latencies[int(len(latencies) * 0.99) - 1] * 1000:.0f} | {latencies[-1] * 1000:.0f} | {max(samples):.0f} | "
          f"{max(samples[:tenth]):.0f} | {max(samples[-tenth:]):.0f} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--skip-rdflib", action="store_true")
    parser.add_argument("--skip-million", action="store_true")
    parser.add_argument("--keep", type=Path, default=None, help="Work in this folder and keep it.")
    parser.add_argument("--load-child", nargs=2, metavar=("SOURCE", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.load_child:
        load_child(*args.load_child)
        return 0
    work = args.keep or Path(tempfile.mkdtemp(prefix="ipgraph-query-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        print(f"pyoxigraph {ox.__version__}, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
        bundled_table(work / "bundled-store", args.skip_rdflib)
        if not args.skip_million:
            million_table(args.triples, work)
        endpoint_table(args.requests, args.clients, work)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
