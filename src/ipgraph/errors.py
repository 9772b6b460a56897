"""Errors a user can fix: each names the file (and line, where there is one) and what is wrong.

Three kinds:

- ``InputError``: input that stops a command — a path that does not exist, a
  metadata file that is not TOML. The CLI prints it and exits with code 2.
- ``Problem``: something wrong with one input that a build records and goes on
  past. An ``error`` fails the report it concerns (that report is not written);
  a ``warning`` does not, unless the build is strict.
- ``Interrupted``: the build was stopped (Ctrl-C, SIGTERM) before it wrote
  anything; it says where it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ERROR, WARNING = "error", "warning"


class InputError(Exception):
    """Bad input from the user: reported as ``file:line: message``, never as a traceback."""

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        super().__init__(self.where() + ": " + message)

    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line else str(self.path)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input, recorded so the build can go on with the rest.

    ``path`` and ``line`` say where it is (a report, or the metadata table that
    describes it); ``report`` is the report file it concerns, if any — an error
    with a ``report`` fails that report only.
    """

    severity: str
    path: Path
    message: str
    line: int | None = None
    report: Path | None = None

    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line else str(self.path)

    def __str__(self) -> str:
        return f"{self.where()}: {self.message}"

    def fails(self, strict: bool = False) -> bool:
        """True when this problem fails the build: an error always, a warning under ``strict``."""
        return self.severity == ERROR or (strict and self.severity == WARNING)

    @classmethod
    def of(cls, error: InputError, report: Path | None = None, severity: str = ERROR) -> Problem:
        return cls(severity, error.path, error.message, error.line, report)


class Interrupted(KeyboardInterrupt):
    """The build was interrupted before it replaced any output; ``str()`` says where it was."""
