"""The README documents every command, and its two opening commands are the ones CI runs."""

from __future__ import annotations

import re

from ipgraph.cli import main

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented():
    for name in main.commands:
        assert f"### `ipgraph {name}`" in README, f"ipgraph {name} has no section in README.md"


def test_ci_runs_the_readme_test_command():
    commands = re.findall(r"```sh\n(.*?)\n```", README, flags=re.S)
    assert len(commands) >= 2
    test_command = commands[1].strip()
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_python_snippet_in_the_readme_runs():
    """Each ```python block of the README runs as written, from the checkout, and exits 0."""
    import subprocess
    import sys

    blocks = re.findall(r"```python\n(.*?)\n```", README, flags=re.S)
    assert blocks, "the README shows no Python"
    for block in blocks:
        done = subprocess.run([sys.executable, "-c", block], cwd=ROOT, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, f"README snippet failed:\n{block}\n{done.stderr[-2000:]}"
