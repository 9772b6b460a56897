"""Organisations, session 34 (wp43): an event's organising committee printed 组委会 contracted. The sentence was
written for this test, not copied from an evaluation text; it runs the real mention stage."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.ingest.passages import segment
from ipgraph.resources import resources


def test_an_organising_committee_printed_contracted_is_an_organisation():
    facts = extract(segment("第五届青禾知识产权博览会组委会于6月3日在青禾市召开新闻发布会。\n"), resources().knowledge)
    names = [node.details.get("name") for node in facts.of_kind("ORG")]
    assert any(name and name.endswith("青禾知识产权博览会组委会") for name in names), names
