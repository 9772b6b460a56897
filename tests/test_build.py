"""The build on the real reports: files, determinism, report metadata and countries found."""

from __future__ import annotations

from pathlib import Path

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from ipgraph.builder.build import build
from ipgraph.vocab import IP, IPR

from conftest import REPORT_IDS, ROOT


def graph_of(path: Path) -> Graph:
    return Graph().parse(path, format="turtle")


def test_one_file_per_report_plus_reference(built):
    _, out = built
    assert sorted(p.name for p in out.glob("*.ttl")) == sorted([f"{r}.ttl" for r in REPORT_IDS] + ["reference.ttl"])


def test_two_builds_are_byte_identical(built, res, tmp_path):
    _, first = built
    build([res.reports], tmp_path, res)
    for path in first.glob("*.ttl"):
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name


def test_committed_triples_are_what_build_produces(built):
    """The committed data/triples is a fresh build, compared as graphs (CI also compares bytes)."""
    _, out = built
    for path in out.glob("*.ttl"):
        committed = ROOT / "data" / "triples" / path.name
        assert committed.exists(), f"{committed} missing: run ipgraph build"
        assert isomorphic(graph_of(committed), graph_of(path)), f"{path.name} is stale: run ipgraph build"


def test_report_node_carries_the_metadata(built):
    _, out = built
    g = graph_of(out / "wipo-cdip-33-2.ttl")
    report = IPR["report/wipo-cdip-33-2"]
    assert (report, RDF.type, IP.Report) in g
    assert str(g.value(report, URIRef("http://purl.org/dc/terms/identifier"))) == "CDIP/33/2"
    assert str(g.value(report, IP.sourceFile)) == "data/reports/wipo-cdip-33-2.txt"
    assert g.value(report, IP.author) == IPR["org/WIPO"]
    assert str(g.value(report, URIRef("http://purl.org/dc/terms/source"))) == "001_8e1c5869255dc520.txt"


def test_passages_are_in_the_report_graph(built):
    _, out = built
    g = graph_of(out / "wipo-ace-17-activities.ttl")
    passage = IPR["passage/wipo-ace-17-activities/8-1"]
    assert g.value(passage, IP.locator) == Literal("8-1")
    assert g.value(passage, IP.partOf) == IPR["passage/wipo-ace-17-activities/8"]
    assert (IPR["passage/wipo-ace-17-activities/2"], IP.footnote, IPR["passage/wipo-ace-17-activities/fn1"]) in g
    assert g.value(passage, IP.text).language == "zh"


def evidence(out: Path, report_id: str, code: str) -> set[str]:
    g = graph_of(out / f"{report_id}.ttl")
    prefix = str(IPR[f"passage/{report_id}/"])
    return {str(o).removeprefix(prefix) for o in g.objects(IPR[f"country/{code}"], IP.evidence)}


def test_countries_of_the_ace_report_link_to_their_passages(built):
    _, out = built
    assert evidence(out, "wipo-ace-17-activities", "ZM") == {"8-1"}
    assert evidence(out, "wipo-ace-17-activities", "EG") == {"8-2", "8-8", "11-17"}
    assert evidence(out, "wipo-ace-17-activities", "VN") == {"8-3"}, "越南语 in ¶13 is a language"
    assert evidence(out, "wipo-ace-17-activities", "BZ") == {"8-7"}
    assert evidence(out, "wipo-ace-17-activities", "CW") == {"11-14"}


def test_words_that_straddle_a_country_name_are_not_mentions(built):
    """执法国家 holds 法国 and 发展中国家 holds 中国: neither names France or China."""
    _, out = built
    assert "8-1" not in evidence(out, "wipo-ace-17-activities", "FR")
    assert evidence(out, "wipo-ace-17-activities", "CN") == set()


def test_reference_data_has_iso_codes_and_names_in_both_languages(built):
    _, out = built
    g = graph_of(out / "reference.ttl")
    zambia = IPR["country/ZM"]
    assert g.value(zambia, IP.iso3166) == Literal("ZM")
    labels = {(str(l), l.language) for l in g.objects(zambia, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))}
    assert ("赞比亚", "zh") in labels and ("Zambia", "en") in labels
    assert len(set(g.subjects(RDF.type, IP.Country))) == 249


def test_a_report_listed_without_a_title_takes_its_first_line(tmp_path):
    """reports.toml may leave the title out; the graph still gives every report one, so it passes check."""
    from ipgraph import build, check

    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "note.txt").write_text("中欧知识产权对话在北京举行\n\n2024年9月16日，双方举行会谈。\n", encoding="utf-8")
    (reports / "reports.toml").write_text('[[report]]\nid = "note"\nfile = "note.txt"\n', encoding="utf-8")
    result = build([reports], tmp_path / "out")
    assert result.ok and "中欧知识产权对话在北京举行" in (tmp_path / "out" / "note.ttl").read_text(encoding="utf-8")
    assert check([tmp_path / "out"]).exit_code() == 0
