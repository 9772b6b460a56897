"""The output formats of ``ipgraph check``: one class each, in one registry.

A new format is a ``Format`` subclass in a module of this package and one line
in ``FORMATS``; the CLI's ``--format`` offers whatever is registered here.
"""

from __future__ import annotations

from ipgraph.check.formats.base import Format, visible
from ipgraph.check.formats.github import GitHub, workflow_command
from ipgraph.check.formats.json_report import Json
from ipgraph.check.formats.junit import JUnit
from ipgraph.check.formats.text import Text
from ipgraph.check.model import CheckReport

FORMATS: dict[str, Format] = {f.name: f for f in (
    Text(),
    Json(),
    JUnit(),
    GitHub(),
)}


def format_text(report: CheckReport, fail_on: str = "violation", max_per_rule: int = 20) -> str:
    return FORMATS["text"].render(report, fail_on, max_per_rule)


__all__ = ["FORMATS", "Format", "GitHub", "JUnit", "Json", "Text", "format_text", "visible", "workflow_command"]
