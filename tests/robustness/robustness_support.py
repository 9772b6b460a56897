"""Helpers for the robustness tests: small reports, a CLI runner, and file snapshots."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner, Result

from ipgraph.cli import main

ROOT = Path(__file__).resolve().parents[2]

# A short report in the style of the bundled ones: a heading, numbered paragraphs, a footnote.
REPORT = """# 产权组织测试报告

一、背景

1. 2024年，中国与埃及在开罗举办了知识产权执法研讨会。[1: 见附件。]
2. 法国和越南的代表参加了会议。
"""


def cli(*args: object, env: dict[str, str] | None = None) -> Result:
    """``ipgraph ARGS`` in process, with stdout and stderr kept apart."""
    return CliRunner().invoke(main, [str(a) for a in args], env={"IPGRAPH_HOME": str(ROOT), **(env or {})})


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in a folder (hidden ones too), by name: what "left as it was" is compared against."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


def run_python(code: str, timeout: float) -> subprocess.CompletedProcess[str]:
    """Run code in a fresh interpreter with a time limit, so a runaway algorithm fails instead of hanging."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "src")}, check=False)


def double_or_die(item: int) -> int:
    """A worker function for the runner tests: item 3 kills its worker process outright, as the OOM killer would."""
    if item == 3:
        os.kill(os.getpid(), 9)
    return 2 * item
