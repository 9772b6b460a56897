"""Where the ontology, shapes and reference data live: in the checkout, or inside an installed wheel."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

CACHE_ENV = "IPGRAPH_CACHE"
"""The folder of every cache (reports' extractions, query stores, compiled patterns), when set."""


@dataclass(frozen=True)
class Resources:
    root: Path

    @property
    def ontology(self) -> Path:
        return self.root / "ontology" / "ip.ttl"

    @property
    def shapes(self) -> Path:
        return self.root / "shapes"

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def knowledge(self) -> Path:
        """Every word list and gazetteer: what extraction knows, apart from its inputs and outputs under data/."""
        return self.root / "knowledge"

    @property
    def reports(self) -> Path:
        return self.data / "reports"

    @property
    def installed(self) -> bool:
        """True inside an installed wheel, whose bundled files are read-only: outputs go to the working folder."""
        return self.root.resolve() == (Path(__file__).resolve().parent / "_resources").resolve()

    @property
    def triples(self) -> Path:
        """Where a build writes and a check reads by default: data/triples of a checkout, ./triples otherwise."""
        return Path.cwd() / "triples" if self.installed else self.data / "triples"

    @property
    def queries(self) -> Path:
        return self.root / "queries"


def _candidates() -> list[Path]:
    here = Path(__file__).resolve().parent
    found = [Path(os.environ["IPGRAPH_HOME"])] if os.environ.get("IPGRAPH_HOME") else []
    found += [Path.cwd(), *Path.cwd().parents, here.parent.parent, here / "_resources"]
    return found


def resources() -> Resources:
    """The first place that holds the ontology: $IPGRAPH_HOME, the working tree, the checkout, the wheel."""
    for root in _candidates():
        if (root / "ontology" / "ip.ttl").is_file() and (root / "shapes").is_dir():
            return Resources(root)
    raise FileNotFoundError("cannot find ontology/ip.ttl: run ipgraph inside its checkout or set IPGRAPH_HOME")
