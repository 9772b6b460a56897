"""Killing a build mid-way (Ctrl-C, SIGTERM) leaves the previous triples byte for byte as they were.

The build runs as a real ``ipgraph build`` process on a copy of the project.
To stop it at a known point, deterministically, the last report it is given is
a named pipe: the build computes the five bundled reports, then blocks reading
the pipe, and the test, which sees the moment the pipe is opened, sends the
signal exactly then.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from robustness_support import ROOT, snapshot

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX signals and named pipes")

IPGRAPH = Path(sys.executable).with_name("ipgraph")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project: ontology, shapes and data, with the committed triples as the previous build."""
    root = tmp_path / "project"
    for part in ("ontology", "shapes", "knowledge", "data"):
        shutil.copytree(ROOT / part, root / part)
    return root


def interrupted_build(project: Path, signum: int, *options: str,
                      group: bool = False) -> subprocess.CompletedProcess[str]:
    """Build, and signal the build (``group``: its whole process group, as a terminal's Ctrl-C does)."""
    pipe = project / "slow.txt"
    os.mkfifo(pipe)
    process = subprocess.Popen(
        [str(IPGRAPH), "build", *options, "data/reports", str(pipe)], cwd=project,
        env={**os.environ, "IPGRAPH_HOME": str(project)}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        # a test run in the background inherits an ignored SIGINT; the build must see Ctrl-C as a user would
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL), start_new_session=group)
    writer = None
    try:
        deadline = time.monotonic() + 300
        while writer is None:
            try:
                writer = os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)  # succeeds once the build opens the pipe
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    out, err = process.communicate(timeout=60)
                    pytest.fail(f"the build never reached the pipe (exit {process.returncode}):\n{out}\n{err}")
                time.sleep(0.05)
        if group:
            os.killpg(process.pid, signum)
        else:
            process.send_signal(signum)
        # The kernel may hand the signal to any thread of the build (spaCy's libraries start some); the main
        # thread then only acts on it once its read returns, as a build that is computing would at once.
        time.sleep(0.2)
        os.close(writer)
        writer = None
        out, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        if writer is not None:
            os.close(writer)
        if group:
            _await_empty_group(process.pid)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def _await_empty_group(group: int) -> None:
    """The build's worker processes end with it: its process group empties (else they are killed, and it fails)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.killpg(group, signal.SIGKILL)
    pytest.fail("worker processes outlived the interrupted build")


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_killing_a_build_leaves_the_previous_triples_byte_identical(project, signum):
    triples = project / "data" / "triples"
    before = snapshot(triples)
    assert len(before) >= 6
    result = interrupted_build(project, signum)
    assert result.returncode == 130, result.stderr
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1] == (
        f"error: build interrupted while building {project / 'slow.txt'} (report 6 of 6): nothing was written, "
        f"{triples} is as it was")
    assert snapshot(triples) == before  # same files, same bytes, no temporary file left behind


def test_ctrl_c_with_worker_processes_stops_them_all_quietly_and_writes_nothing(project):
    triples = project / "data" / "triples"
    before = snapshot(triples)
    result = interrupted_build(project, signal.SIGINT, "--jobs", "2", group=True)
    assert result.returncode == 130, result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert result.stderr.splitlines()[-1] == (
        f"error: build interrupted while building {project / 'slow.txt'} (report 6 of 6): nothing was written, "
        f"{triples} is as it was")
    assert snapshot(triples) == before
