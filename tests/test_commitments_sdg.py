"""SDG goals and targets, and the activities of the real reports that contribute to them."""

from __future__ import annotations

import json
import shutil

import pytest
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import SKOS

from ipgraph.check import load_graph
from ipgraph.errors import InputError
from ipgraph.evaluate import report_for
from ipgraph.evaluate.common import load_rows, load_scope
from ipgraph.evaluate.sdg import evaluate_sdg
from ipgraph.extract.activities import DA_NUMBER, SDG_CODE
from ipgraph.extract.cues import CodeLists
from ipgraph.knowledge.sdg import load_sdgs
from ipgraph.knowledge.wordlists import word_lists
from ipgraph.vocab import IP, IPR

from conftest import ROOT

GOLD = ROOT / "tests" / "gold"


@pytest.fixture(scope="module")
def graph(built):
    _, out = built
    return load_graph(sorted(out.glob("*.ttl")))


def activity(report: str, slug: str) -> URIRef:
    return IPR[f"activity/{report}/{slug}"]


def codes(graph, node) -> set[str]:
    return {str(graph.value(goal, IP.code)) for goal in graph.objects(node, IP.contributesTo)}


def test_17_goals_and_169_targets_with_their_un_concepts(graph):
    goals = set(graph.subjects(RDF.type, IP.SDGGoal))
    targets = set(graph.subjects(RDF.type, IP.SDGTarget))
    assert len(goals) == 17 and len(targets) == 169
    lettered = IPR["sdg/9.b"]
    assert lettered in targets and graph.value(lettered, IP.goal) == IPR["sdg/9"]
    assert graph.value(lettered, SKOS.exactMatch) == URIRef("http://metadata.un.org/sdg/9.b")
    assert graph.value(IPR["sdg/9"], SKOS.exactMatch) == URIRef("http://metadata.un.org/sdg/9")
    assert {IPR["sdg/8.10"], IPR["sdg/16.10"], IPR["sdg/17.19"]} <= targets


def test_titles_in_chinese_and_english(graph):
    labels = set(graph.objects(IPR["sdg/9"], RDFS.label))
    assert Literal("可持续发展目标9：建造具备抵御灾害能力的基础设施，"
                   "促进具有包容性的可持续工业化，推动创新", lang="zh") in labels
    assert Literal("Goal 9: Build resilient infrastructure, promote inclusive and sustainable industrialization and "
                   "foster innovation", lang="en") in labels
    target = {l.language: str(l) for l in graph.objects(IPR["sdg/9.5"], RDFS.label)}
    assert target["zh"] == "具体目标9.5" and target["en"].startswith("Target 9.5: Enhance scientific research")
    assert any("industry’s share" in l for l in graph.objects(IPR["sdg/9.2"], RDFS.label))  # "??s" repaired
    goal_1 = Literal("可持续发展目标1：在全世界消除一切形式的贫困", lang="zh")
    assert goal_1 in set(graph.objects(IPR["sdg/1"], RDFS.label))


def test_a_paragraph_states_its_own_targets(graph):
    node = activity("wipo-sdg-2023", "100")
    assert codes(graph, node) == {"8.6", "4.4", "9.3", "10.2"}
    assert {str(q) for q in graph.objects(node, IP.quote)} == {"具体目标8.6", "具体目标4.4、9.3和10.2"}
    assert graph.value(node, IP.evidence) == IPR["passage/wipo-sdg-2023/100"]
    assert graph.value(node, IP.rule) == IPR["rule/sdg-cue"]


def test_goals_as_well_as_targets(graph):
    assert codes(graph, activity("wipo-sdg-2023", "154")) == {"17.9", "9", "4"}
    assert (IPR["sdg/4"], RDF.type, IP.SDGGoal) in graph
    assert codes(graph, activity("wipo-sdg-2023", "134")) == {"13", "13.2"}  # 对气候行动（可持续发展目标13）


def test_a_lead_sentence_passes_its_targets_to_its_bullets(graph):
    for k in range(1, 8):
        bullet = activity("wipo-sdg-2023", f"121-{k}")
        assert codes(graph, bullet) == {"9.5", "9.b"}
        assert graph.value(bullet, IP.rule) == IPR["rule/sdg-lead"]
    assert codes(graph, activity("wipo-sdg-2023", "122-2")) == {"9.5", "9.b", "8.2", "8.3"}
    assert (activity("wipo-sdg-2023", "110"), None, None) not in graph  # it states no link: no activity


def test_the_events_of_a_passage_carry_its_links(graph):
    passage = IPR["passage/wipo-sdg-2023/143-4"]
    events = [e for e in graph.subjects(IP.evidence, passage) if str(e).startswith(str(IPR["event/"]))]
    assert len(events) == 1 and codes(graph, events[0]) == {"16.3", "16.6"}


def test_a_code_that_names_no_target_is_left_out(built, graph):
    result, _ = built
    summary = next(r.summary() for r in result.reports if r.meta.id == "wipo-sdg-2023")
    assert "no such SDG target: 9.6" in summary
    assert codes(graph, activity("wipo-sdg-2023", "83")) == {"8.3", "9.b"}


def test_headings_report_no_activity(graph):
    heading = IPR["passage/wipo-sdg-2023/sec9"]
    assert str(graph.value(heading, IP.text)).startswith("可持续发展目标9")
    assert not list(graph.subjects(IP.evidence, heading))


def test_every_link_points_at_a_described_goal_or_target(graph):
    linked = set(graph.objects(None, IP.contributesTo))
    assert linked and all((n, IP.code, None) in graph for n in linked)


@pytest.mark.parametrize("text, expected", [
    ("促进实现具体目标8.6以及具体目标4.4、9.3和10.2。", [("8.6",), ("4.4", "9.3", "10.2")]),
    ("特别是可持续发展目标9和4的相关性", [("9", "4")]),
    ("促进实现目标具体目标8.3以及具体9.b、16.6和17.16", [("8.3",), ("9.b", "16.6", "17.16")]),
    ("指标目标 3.5.1；2030年目标；目标 2024", []),
])
def test_sdg_code_lists(text, expected):
    lists = CodeLists(word_lists(ROOT / "knowledge" / "sdg" / "cues.tsv", "kind"), SDG_CODE)
    assert [found.codes for found in lists.find(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("同时充分顾及发展议程建议 1、3、6、10 至 14 和 17，并依照发展议程建议 40 促进",
     [("1", "3", "6", "10", "11", "12", "13", "14", "17"), ("40",)]),
    ("以及 45 项发展议程建议中确定的各项目标", []),
])
def test_recommendation_number_lists(text, expected):
    lists = CodeLists(word_lists(ROOT / "knowledge" / "devagenda" / "cues.tsv", "kind"), DA_NUMBER)
    assert [found.codes for found in lists.find(text)] == expected


def test_eval_sdg_meets_the_target(built):
    _, out = built
    evaluation = evaluate_sdg(load_graph(sorted(out.glob("*.ttl"))), load_rows(GOLD, "commitments-sdg"),
                              load_scope(GOLD, "sdg"))
    score = evaluation.scores["sdg link"]
    assert score.gold == 162 and not evaluation.unlocated
    assert score.precision >= 0.97 and score.recall >= 0.97


def test_eval_sdg_lists_misses_and_bad_annotations(built, tmp_path):
    _, out = built
    rows = load_rows(GOLD, "commitments-sdg")
    rows.append({"report": "wipo-sdg-2023", "locator": "110", "passage": "110", "code": "9.5",
                 "quote": "产权组织TISC网页继续提供"})
    rows.append({"report": "wipo-sdg-2023", "locator": "111", "passage": "111", "code": "9.5",
                 "quote": "not in the passage"})
    shutil.copy(GOLD / "scope.json", tmp_path / "scope.json")
    (tmp_path / "commitments-sdg.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    text = report_for(sorted(out.glob("*.ttl")), tmp_path, "sdg", show_errors=True)
    assert "sdg link         163    162    162   1.000   0.994" in text
    assert "  missed   wipo-sdg-2023/110 具体目标9.5 <sdg/9.5>" in text
    assert "wipo-sdg-2023 111 9.5: 'not in the passage'" in text


def test_a_target_listed_before_its_goal_is_refused(tmp_path):
    folder = tmp_path / "sdg"
    folder.mkdir()
    (folder / "targets.tsv").write_text("code\tgoal\ttitle_en\ttitle_zh\tshort_en\n9.5\t9\tEnhance\t\t\n"
                                        "9\t9\tBuild\t\t\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_sdgs(tmp_path)
    assert error.value.where() == f"{folder / 'targets.tsv'}:2" and "must follow its goal '9'" in error.value.message


def test_the_cli_scores_the_sdg_set():
    from click.testing import CliRunner

    from ipgraph.cli import main

    result = CliRunner().invoke(main, ["eval", "--set", "sdg"])
    assert result.exit_code == 0 and result.output.startswith("kind ")
    assert "sdg link" in result.output
