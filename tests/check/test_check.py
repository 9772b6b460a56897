"""ipgraph check on the built graph and on broken copies: exit codes and messages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from ipgraph.check import check
from ipgraph.cli import main


def run(*args: str):
    return CliRunner().invoke(main, ["check", *args])


@pytest.fixture()
def copy(built, tmp_path) -> Path:
    _, out = built
    target = tmp_path / "triples"
    shutil.copytree(out, target)
    return target


def test_built_graph_conforms(built):
    _, out = built
    result = run(str(out))
    assert result.exit_code == 0, result.output
    assert "0 violations" in result.output


def test_library_call_returns_a_structured_report(built):
    _, out = built
    report = check([out])
    assert report.findings == [] and report.exit_code() == 0
    assert len(report.files) == 6 and report.triples > 10_000


def test_dangling_evidence_is_a_violation(copy):
    path = copy / "wipo-ace-17-activities.ttl"
    path.write_text(path.read_text(encoding="utf-8") + "\n<https://w3id.org/ipgraph/id/country/ZM> ip:evidence "
                    "<https://w3id.org/ipgraph/id/passage/wipo-ace-17-activities/99> .\n",
                    encoding="utf-8")
    result = run(str(copy))
    assert result.exit_code == 1
    assert "EvidenceShape/ip:evidence/Class" in result.output
    assert "赞比亚 <https://w3id.org/ipgraph/id/country/ZM>" in result.output
    assert "value ipr:passage/wipo-ace-17-activities/99" in result.output


def test_undeclared_property_is_a_violation(copy):
    path = copy / "wipo-ace-17-activities.ttl"
    undeclared = "\n<https://w3id.org/ipgraph/id/country/ZM> ip:capitalCity \"Lusaka\" .\n"
    path.write_text(path.read_text(encoding="utf-8") + undeclared, encoding="utf-8")
    result = run(str(copy))
    assert result.exit_code == 1
    assert "undeclared-property: property ip:capitalCity is not declared in ontology/ip.ttl" in result.output
    assert "赞比亚" in result.output


def test_broken_turtle_exits_2_naming_file_and_line(copy):
    path = copy / "wipo-ace-17-activities.ttl"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[40] = lines[40] + " ;;; oops <"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run(str(copy))
    assert result.exit_code == 2
    assert f"{path}:41: invalid Turtle" in result.output


def test_missing_path_exits_2(tmp_path):
    result = run(str(tmp_path / "nothing-here"))
    assert result.exit_code == 2
    assert "no such file or folder" in result.output
