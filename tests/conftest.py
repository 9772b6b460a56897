"""Shared fixtures: one real build of the bundled reports per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipgraph.builder.build import BuildResult, build
from ipgraph.ingest.passages import Passage, segment
from ipgraph.resources import Resources, resources

ROOT = Path(__file__).resolve().parent.parent
# The query tests' fixtures (the graph in the embedded store, in rdflib, in a live server), declared here so that
# pytest registers them before any test module imports that module's constants.
pytest_plugins = ["query_fixtures"]

REPORT_IDS = ["cnipa-ip-protection-2024", "hongqiao-2024-ip-forum", "wipo-ace-17-activities",
              "wipo-cdip-33-2", "wipo-sdg-2023"]


@pytest.fixture(scope="session")
def res() -> Resources:
    return resources()


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory, res: Resources) -> tuple[BuildResult, Path]:
    """The five bundled reports, built once into a temporary folder."""
    out = tmp_path_factory.mktemp("triples")
    return build([res.reports], out, res), out


def report_text(report_id: str) -> str:
    return (ROOT / "data" / "reports" / f"{report_id}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def passages() -> dict[str, list[Passage]]:
    return {rid: segment(report_text(rid)) for rid in REPORT_IDS}
