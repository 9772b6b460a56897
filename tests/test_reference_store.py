"""The reference graph's Turtle kept between builds without a report cache (ipgraph.builder.reference_store)."""

from __future__ import annotations

from ipgraph.builder import reference_store
from ipgraph.builder.build import build
from ipgraph.builder.cache import rules_version
from ipgraph.rdf.reference import reference_turtle


def test_a_build_without_a_cache_writes_the_reference_it_kept_byte_for_byte(monkeypatch, tmp_path, res):
    """A one-line report, built twice with no cache: the second build takes the reference from the store, and both
    write what the reference data gives now."""
    monkeypatch.setenv("IPGRAPH_CACHE", str(tmp_path / "store"))
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "note.txt").write_text("2025年3月5日，甲市知识产权局在乙市举办专利代理培训班。\n", encoding="utf-8")
    fresh = reference_turtle(res)
    for out in ("first", "second"):
        build([reports], tmp_path / out, res, cache=None)
        assert (tmp_path / out / "reference.ttl").read_bytes() == fresh
    assert len(list((tmp_path / "store").glob("reference-*.ttl"))) == 1


def test_a_kept_reference_is_used_only_for_its_version_and_only_whole(monkeypatch, tmp_path, res):
    monkeypatch.setenv("IPGRAPH_CACHE", str(tmp_path))
    made: list[str] = []

    def make(text: str) -> bytes:
        made.append(text)
        return text.encode()

    version = rules_version(res)
    assert reference_store.stored_reference(version, lambda: make("a")) == b"a"
    assert reference_store.stored_reference(version, lambda: make("b")) == b"a"  # kept
    assert reference_store.stored_reference("0" * 64, lambda: make("c")) == b"c"  # another version
    (kept,) = tmp_path.glob(f"reference-{version[:32]}.ttl")
    kept.write_bytes(kept.read_bytes()[:-1] + b"x")  # damaged: made again and rewritten
    assert reference_store.stored_reference(version, lambda: make("d")) == b"d"
    assert reference_store.stored_reference(version, lambda: make("e")) == b"d"
    assert made == ["a", "c", "d"]


def test_only_the_newest_versions_are_kept(monkeypatch, tmp_path):
    monkeypatch.setenv("IPGRAPH_CACHE", str(tmp_path))
    for n in range(reference_store.KEPT + 3):
        reference_store.stored_reference(f"{n:02d}" + "0" * 62, lambda: b"ttl")
    assert len(list(tmp_path.glob("reference-*.ttl"))) == reference_store.KEPT


def test_the_store_off_makes_the_reference_afresh(monkeypatch, tmp_path):
    monkeypatch.setenv("IPGRAPH_CACHE", str(tmp_path))
    monkeypatch.setenv("IPGRAPH_PATTERN_STORE", "off")
    assert reference_store.stored_reference("1" * 64, lambda: b"ttl") == b"ttl"
    assert not list(tmp_path.glob("reference-*"))

