"""What every output format shares: the interface, the summary lines, and making text from the data safe to show.

Text from the data (labels, quotes, values) is untrusted: a literal may hold a
carriage return or a terminal escape (``ESC[2J`` clears a screen), or a
character XML 1.0 forbids (U+0001, U+FFFE), which makes a JUnit file unreadable.
``visible()`` writes each such character as an escape a person can read.
"""

from __future__ import annotations

import re
from typing import ClassVar

from ipgraph.check.model import CheckReport, Finding
from ipgraph.errors import InputError

# C0 and C1 controls (tab and newline too: a finding is one line), lone surrogates, the noncharacters U+FFFE and
# U+FFFF, and the bidirectional controls that can make a line read differently from what it holds
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def visible(text: str) -> str:
    """``text`` with every control, surrogate and noncharacter written as ``\\r``, ``\\x1b`` or ``\\ufffe``."""
    return _UNSAFE.sub(_escape, text)


def _escape(match: re.Match) -> str:
    char = match.group(0)
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def what(finding: Finding) -> str:
    """The node as a person recognises it: its label, then its IRI."""
    return f"{finding.label} <{finding.node}>" if finding.label else f"<{finding.node}>"


def finding_line(finding: Finding, head: str | None = None) -> str:
    """One finding on one line: the node (or ``head``), the value, the passage and where it is written."""
    parts = [head if head is not None else f"{what(finding)}: {finding.message}",
             f"value {finding.value}" if finding.value else "", f"from {finding.source}" if finding.source else "",
             f"at {finding.where()}" if finding.where() else ""]
    return visible("  ".join(p for p in parts if p))


def verdict(report: CheckReport, fail_on: str) -> str:
    """``check passes (--fail-on violation; 163 rules checked)``."""
    passes = "passes" if report.exit_code(fail_on) == 0 else "fails"
    return f"check {passes} (--fail-on {fail_on}; {len(report.rules)} rules checked)"


class Format:
    """One output format of ``ipgraph check``. A subclass sets ``name`` and ``help`` and writes ``render``; the
    CLI offers every format in ``ipgraph.check.formats.FORMATS``."""

    name: ClassVar[str]
    help: ClassVar[str]
    errors_to_stdout: ClassVar[bool] = False  # an unreadable file is also printed in this format (GitHub reads it)
    summary_to_stderr: ClassVar[bool] = True  # the summary line goes to stderr after the report on stdout

    def render(self, report: CheckReport, fail_on: str = "violation", max_per_rule: int = 20) -> str:
        raise NotImplementedError

    def render_error(self, error: InputError) -> str | None:
        """An unreadable file in this format, or None when the CLI's ``error: …`` on stderr says it all."""
        return None
