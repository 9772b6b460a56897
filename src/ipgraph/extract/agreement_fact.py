"""One agreement as a report tells it: the record the agreement reader (``agreements.py``) and its rules fill and the
graph writer reads; kept apart so the rules' modules build and read it without importing the reader."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from ipgraph.extract.statements import Statement


@dataclass
class AgreementFact(Statement):
    """One signed instrument as a report tells it."""

    RULE: ClassVar[str] = "agreement-sentence"
    type: str
    label: str
    subject: str
    parties: list[str]
    inferred: list[str] = field(default_factory=list)
    date: str | None = None
    renewal: bool = False
    group: str = ""
    unnamed: bool = False
    """The text tells the signing without naming two parties (相关机构签署了…协议; 《…倡议》发布): ``parties`` are the
    ones it names, if any."""

    @property
    def identity(self) -> str:
        """What makes two tellings one agreement: its kind, name, parties and date."""
        parties = ",".join(sorted(self.parties + self.inferred))
        label = "".join(self.label.split())
        return f"{self.type}|{label}|{parties}|{self.date}"
