"""What every date reader returns: a date or range at its precision and where the text tells it. Kept apart from
``dates.py`` so the readers of relative days (``relative_days.py``) build it without importing the scanner."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(unsafe_hash=True)  # not frozen, as ``extract.report_facts.Located``
class DateSpan:
    """A date or date range found in text, with ISO values at their precision and where it stands."""

    start: str
    end: str
    begin: int
    finish: int
