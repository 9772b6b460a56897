"""GitHub Actions workflow commands: one per finding, on the file and line of the offending triple."""

from __future__ import annotations

from ipgraph.check.formats.base import Format, visible, what
from ipgraph.check.model import SEVERITIES, CheckReport, Finding, rank
from ipgraph.errors import InputError


class GitHub(Format):
    name = "github"
    help = "workflow annotations"
    errors_to_stdout = True
    summary_to_stderr = False

    def render(self, report: CheckReport, fail_on: str = "violation", max_per_rule: int = 20) -> str:
        """``::error file=data/triples/x.ttl,line=41,title=EventShape/ip:organiser/Class::…``; then a summary."""
        ordered = sorted(report.findings, key=lambda f: (rank(f.severity), f.file or "", f.line or 0, f.rule))
        return "\n".join([*(_annotation(f) for f in ordered), report.summary()])

    def render_error(self, error: InputError) -> str | None:
        return workflow_command("error", error.message, file=str(error.path), line=error.line,
                                title="ipgraph check: input error")


def _annotation(f: Finding) -> str:
    message = f"{what(f)}: {f.message}"
    if f.value:
        message += f" (value {f.value})"
    if f.source:
        message += f" [from {f.source}]"
    level = SEVERITIES[f.severity].github if f.severity in SEVERITIES else "notice"
    return workflow_command(level, message, file=f.file, line=f.line, title=f.rule)


def workflow_command(level: str, message: str, *, file: str | None = None, line: int | None = None,
                     title: str | None = None) -> str:
    """One ``::level file=…,line=…,title=…::message`` command, escaped as the GitHub runner expects."""
    properties = [("file", file), ("line", str(line) if line else None), ("title", title)]
    props = ",".join(f"{k}={_escape_property(v)}" for k, v in properties if v)
    return f"::{level}{' ' + props if props else ''}::{_escape_data(message)}"


def _escape_data(text: str) -> str:
    """The runner's own escapes for %, CR and LF, then every other control written visibly."""
    return visible(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
