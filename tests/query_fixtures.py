"""Fixtures of the query tests: the bundled graph in the embedded store, in rdflib, and in a live Oxigraph server.

The Oxigraph server is the real one from the PyPI package ``oxigraph``,
started on a free loopback port and loaded over the Graph Store Protocol by
``ipgraph.query.remote.load`` — the path a researcher's store takes.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from ipgraph.query.library import library
from ipgraph.query.remote import load
from ipgraph.query.server import Limits, Server, make_server
from ipgraph.query.store import graph_files, open_store, store_path

from conftest import ROOT

FILES = graph_files(ROOT / "data" / "triples", ROOT / "ontology" / "ip.ttl")
ENDPOINT_LIMITS = Limits(timeout=3.0, max_rows=500, max_request_bytes=8192, workers=2)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen | None = None, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port} after {seconds} s")


@pytest.fixture(scope="session")
def store_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("query-store")


@pytest.fixture(scope="session")
def embedded(store_folder: Path) -> ox.Store:
    return open_store(FILES, store_folder)


@pytest.fixture(scope="session")
def rdflib_graph() -> Graph:
    graph = Graph()
    for _, path in FILES:
        graph.parse(path, format="turtle")
    return graph


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a live Oxigraph server holding the bundled graph, one named graph per file."""
    binary = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if binary is None:
        pytest.fail("the oxigraph server is missing: pip install -e '.[test]' installs it")
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    process = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for_port(port, process)
        base = f"http://127.0.0.1:{port}"
        load(f"{base}/store", FILES)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def endpoint(store_folder: Path) -> Iterator[str]:
    """``ipgraph serve``'s server on a free loopback port, small limits so the tests can reach them."""
    server: Server = make_server(store_path(FILES, store_folder), library(), port=0, limits=ENDPOINT_LIMITS)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    finally:
        server.shutdown()
        server.server_close()
