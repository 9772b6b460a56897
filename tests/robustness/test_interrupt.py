"""Killing a build mid-way (Ctrl-C, SIGTERM) leaves the previous triples byte for byte as they were.

The build runs as a real ``ipgraph build`` process on a copy of the project.
To stop it at a known point, deterministically, the test holds the lock of the
output folder (``ipgraph.builder.lock``): the build computes the five bundled
reports, then waits for the lock, and the test, which sees the moment the build
opens the folder to lock it, sends the signal exactly then. With worker
processes the signal is sent once both workers run, long before anything can be written.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from robustness_support import ROOT, snapshot

pytestmark = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs POSIX signals and /proc")

IPGRAPH = Path(sys.executable).with_name("ipgraph")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project: ontology, shapes and data, with the committed triples as the previous build."""
    root = tmp_path / "project"
    for part in ("ontology", "shapes", "knowledge", "data"):
        shutil.copytree(ROOT / part, root / part)
    return root


def _opened(pid: int, folder: Path) -> bool:
    """True once process ``pid`` has ``folder`` open (to lock it)."""
    try:
        return any(os.readlink(fd) == str(folder) for fd in Path(f"/proc/{pid}/fd").iterdir())
    except OSError:
        return False


def _workers(pid: int) -> int:
    """How many ``spawn``ed worker processes ``pid`` has."""
    count = 0
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        for child in task.read_text().split():
            try:
                count += b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes()
            except OSError:
                pass
    return count


def interrupted_build(project: Path, signum: int, *options: str,
                      group: bool = False) -> subprocess.CompletedProcess[str]:
    """Build, and signal the build (``group``: its whole process group, as a terminal's Ctrl-C does, once 2 workers
    run)."""
    triples = (project / "data" / "triples").resolve()
    lock = os.open(triples, os.O_RDONLY)
    fcntl.flock(lock, fcntl.LOCK_EX)
    process = subprocess.Popen(
        [str(IPGRAPH), "build", *options, "data/reports"], cwd=project,
        env={**os.environ, "IPGRAPH_HOME": str(project)}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        # a test run in the background inherits an ignored SIGINT; the build must see Ctrl-C as a user would
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL), start_new_session=group)
    try:
        deadline = time.monotonic() + 300
        while not (_workers(process.pid) >= 2 if group else _opened(process.pid, triples)):
            if process.poll() is not None or time.monotonic() > deadline:
                out, err = process.communicate(timeout=60)
                pytest.fail(f"the build never reached the point to interrupt (exit {process.returncode}):"
                            f"\n{out}\n{err}")
            time.sleep(0.05)
        if group:
            os.killpg(process.pid, signum)
        else:
            process.send_signal(signum)
        out, err = process.communicate(timeout=120)
    finally:
        os.close(lock)
        if process.poll() is None:
            process.kill()
            process.wait()
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
        f"error: build interrupted while writing to {triples}: nothing was written, {triples} is as it was")
    assert snapshot(triples) == before  # same files, same bytes, no temporary file left behind


def test_ctrl_c_with_worker_processes_stops_them_all_quietly_and_writes_nothing(project):
    triples = project / "data" / "triples"
    before = snapshot(triples)
    result = interrupted_build(project, signal.SIGINT, "--jobs", "2", group=True)
    assert result.returncode == 130, result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    last = result.stderr.splitlines()[-1]
    assert last.startswith("error: build interrupted while building ")
    assert last.endswith(f": nothing was written, {triples} is as it was")
    assert snapshot(triples) == before


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="signals cannot be blocked here")
def test_a_ctrl_c_while_a_worker_starts_is_held_not_lost():
    """Regression: while a worker was started, SIGINT was ignored, so a Ctrl-C in that moment was lost and the
    build ran on until the output lock timed out (exit 75 instead of 130; the test above flaked so under load)."""
    from ipgraph.builder.parallel import _ctrl_c_held

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)  # a background run inherits it ignored
    try:
        with pytest.raises(KeyboardInterrupt):
            with _ctrl_c_held():
                os.kill(os.getpid(), signal.SIGINT)
                time.sleep(0.2)  # held: nothing is raised in here
                held = True
            time.sleep(5)  # delivered when the block ends
        assert held
    finally:
        signal.signal(signal.SIGINT, previous)
