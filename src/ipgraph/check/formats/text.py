"""The text format, for people: findings grouped by severity and rule, long groups shortened."""

from __future__ import annotations

from ipgraph.check.formats.base import Format, finding_line, verdict, visible, what
from ipgraph.check.model import CheckReport


class Text(Format):
    name = "text"
    help = "for people"
    summary_to_stderr = False  # the summary is the end of the text itself

    def render(self, report: CheckReport, fail_on: str = "violation", max_per_rule: int = 20) -> str:
        """Each finding names the node by its label, the value at fault, the passage it came from and where the
        triple is written. ``max_per_rule`` (0: all) caps what is printed, never what is counted."""
        lines: list[str] = []
        for rule, findings in report.by_rule().items():
            first = findings[0]
            lines.append(visible(f"{first.severity.upper()} {rule}: {first.message} ({len(findings)})"))
            shown = findings if max_per_rule <= 0 else findings[:max_per_rule]
            for f in shown:
                lines.append("  " + finding_line(f, what(f) if f.message == first.message else None))
            if len(findings) > len(shown):
                lines.append(f"  … and {len(findings) - len(shown)} more (all of them with --format json)")
        if lines:
            lines.append("")
        lines.append(report.summary())
        lines.append(verdict(report, fail_on))
        return "\n".join(lines)
