"""The check room's own rules: the rule registry and the README's table of it, the output format registry, module
and class sizes, and that checking never needs spaCy."""

from __future__ import annotations

import ast
import importlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from ipgraph.check import FORMATS, RULES, Format, PythonRule, check, rules_table
from ipgraph.cli import main

from conftest import ROOT

PACKAGE = ROOT / "src" / "ipgraph" / "check"
BUNDLED_SUMMARY = [r"0 violations, 0 warnings, 0 notes in 6 files \(\d+ triples\)",
                   r"check passes \(--fail-on violation; 165 rules checked\)"]


def test_the_readme_table_of_rules_is_the_registry():
    """Regenerate with: python -c "from ipgraph.check import rules_table; print(rules_table())"."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    header = "| rule | severity | what it checks |"
    start = readme.index(header)
    table = re.match(r"(?:\|.*\n)+", readme[start:]).group(0).rstrip("\n")
    assert table == rules_table()


def test_each_python_rule_is_one_object_with_its_function():
    assert len(RULES) == 24
    for rule_id, rule in RULES.items():
        assert isinstance(rule, PythonRule) and rule.id == rule_id and rule.description
        assert (ROOT / rule.source).is_file(), rule.source
        assert rule.find is not None or rule.id == "shacl-error"  # the SHACL runner reports shacl-error
    module = importlib.import_module("ipgraph.check.data_rules")
    assert module.end_before_start is RULES["end-before-start"]  # the decorated function is the rule object


def test_every_registered_format_renders_a_report_and_an_input_error(tmp_path):
    report = check([ROOT / "tests" / "broken" / "dangling-organiser.ttl"])
    for name, fmt in FORMATS.items():
        assert isinstance(fmt, Format) and fmt.name == name
        assert fmt.render(report, "violation").strip()
        result = CliRunner().invoke(main, ["check", str(ROOT / "tests" / "broken" / "good.ttl"), "--format", name])
        assert result.exit_code == 0, (name, result.output)
    help_text = CliRunner().invoke(main, ["check", "--help"]).output
    assert all(name in help_text for name in FORMATS)


def test_the_rules_listed_do_not_depend_on_hash_order():
    """ip:confidence had two sh:minInclusive constraints in one shape (a violation below 0, a warning below 0.2)
    that shared one rule id; which one the report listed changed from run to run, and ignoring the warning ignored
    the range check too. Each now has its own id and keeps its own severity under every hash seed."""
    outputs = set()
    for seed in ("1", "2", "3", "4"):
        result = subprocess.run([str(Path(sys.executable).parent / "ipgraph"), "check", "tests/broken/good.ttl",
                                 "--format", "json"], cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed},
                                capture_output=True, text=True, timeout=300, check=True)
        rules = json.loads(result.stdout)["rules"]
        outputs.add(json.dumps(rules))
        severity = {r["id"]: r["severity"] for r in rules}
        assert severity["ConfidenceShape/ip:confidence/MinInclusive"] == "violation"
        assert severity["LowConfidenceShape/ip:confidence/MinInclusive"] == "warning"
    assert len(outputs) == 1


def _sizes(path: Path) -> tuple[int, list[tuple[str, int]]]:
    text = path.read_text(encoding="utf-8")
    classes = [(node.name, node.end_lineno - node.lineno + 1) for node in ast.walk(ast.parse(text))
               if isinstance(node, ast.ClassDef)]
    return len(text.splitlines()), classes


def test_no_module_over_500_lines_no_class_over_200():
    """Modules of the whole package stay under 500 lines (extract/mentions.py had grown to 998 unnoticed, since this
    test looked at the check room only); classes of the check room under 200."""
    for path in sorted(PACKAGE.parent.rglob("*.py")):
        lines, classes = _sizes(path)
        assert lines <= 500, (path, lines)
        if path.is_relative_to(PACKAGE):
            assert all(length <= 200 for _, length in classes), (path, classes)


def _no_spacy_env(tmp_path: Path) -> dict[str, str]:
    """An environment in which ``import spacy`` fails, as where a validator installs ipgraph only to check."""
    shim = tmp_path / "shim" / "spacy"
    shim.mkdir(parents=True)
    (shim / "__init__.py").write_text('raise ImportError("spaCy is not installed here")\n', encoding="utf-8")
    return {**os.environ, "PYTHONPATH": str(shim.parent)}


def test_ipgraph_check_runs_where_spacy_cannot_be_imported(tmp_path):
    env = _no_spacy_env(tmp_path)
    probe = subprocess.run([sys.executable, "-c", "import spacy"], env=env, capture_output=True, text=True, check=False)
    assert probe.returncode == 1 and "spaCy is not installed here" in probe.stderr  # the shim works
    result = subprocess.run([str(Path(sys.executable).parent / "ipgraph"), "check"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and all(re.fullmatch(p, line) for p, line in zip(BUNDLED_SUMMARY, lines)), lines


def test_importing_check_imports_no_spacy():
    result = subprocess.run([sys.executable, "-X", "importtime", "-c", "import ipgraph.check"], capture_output=True,
                            text=True, check=True)
    imported = [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line]
    assert "ipgraph.check.run" in imported
    assert not [m for m in imported if m.split(".")[0] in ("spacy", "thinc") or m.startswith("ipgraph.builder")]
