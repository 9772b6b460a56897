"""Errors a user can fix: each names the file (and line, where there is one) and what is wrong."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """Bad input from the user: reported as ``file:line: message``, never as a traceback."""

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        super().__init__(self.where() + ": " + message)

    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line else str(self.path)
