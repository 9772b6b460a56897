"""`ipgraph eval --overlap`: a text collected to develop a rule that repeats an evaluation text is named, by id and
half only, before anyone reads it; session 24 found that a search engine served evaluation texts under other
addresses as fresh probes (a mirror of a committee document, a repost of a news item)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from ipgraph.cli import main
from ipgraph.knowledge.gazetteer import simplified_characters

ROOT = Path(__file__).resolve().parent.parent


def test_a_repost_of_an_evaluation_text_is_named_and_a_fresh_text_is_not(tmp_path):
    tune_text = (ROOT / "eval" / "realtext" / "texts" / "001.txt").read_text(encoding="utf-8")
    # a repost: the item's words with other line breaks and a line of the mirror's own before them
    (tmp_path / "repost.txt").write_text("转载自某资讯网\n" + "\n".join(tune_text[:600].split()), encoding="utf-8")
    (tmp_path / "fresh.txt").write_text("南岭市知识产权局与北川大学签署合作协议，双方将共建知识产权学院。\n"
                                        "南岭市知识产权局局长林平出席签约仪式并致辞。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "--overlap", str(tmp_path)])
    assert result.exit_code == 1, result.output
    lines = dict(line.rsplit(": ", 1) for line in result.output.splitlines())
    assert lines[str(tmp_path / "repost.txt")] == "repeats rt-001 (tune half)"
    assert lines[str(tmp_path / "fresh.txt")] == "ok"


def test_a_repost_in_traditional_characters_is_named(tmp_path):
    """Regression: a probe of session 26 was a Taiwanese mirror of a dev text, reprinted in traditional characters,
    and the check, comparing characters as printed, passed it."""
    table = simplified_characters(ROOT / "knowledge" / "gazetteer")
    traditional = {simple: old for old, simple in sorted(table.items(), reverse=True)}
    tune_text = (ROOT / "eval" / "realtext" / "texts" / "001.txt").read_text(encoding="utf-8")[:600]
    reprint = "".join(traditional.get(char, char) for char in tune_text)
    assert sum(a != b for a, b in zip(reprint, tune_text)) > 60  # most of its sentences differ as printed
    (tmp_path / "mirror.txt").write_text(reprint, encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "--overlap", str(tmp_path / "mirror.txt")])
    assert result.exit_code == 1
    assert result.output.strip().endswith("repeats rt-001 (tune half)")


def test_texts_that_repeat_none_exit_zero_and_a_missing_path_is_a_user_error(tmp_path):
    (tmp_path / "fresh.txt").write_text("南岭市知识产权局举办知识产权宣传周活动。\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["eval", "--overlap", str(tmp_path / "fresh.txt")]).exit_code == 0
    result = CliRunner().invoke(main, ["eval", "--overlap", str(tmp_path / "gone")])
    assert result.exit_code == 2
    assert "gone: no such file or folder" in result.output


def test_the_command_line_loads_without_the_extract_extra():
    """Regression: importing the overlap check at the top of cli.py pulled in babel (the extract extra's), so a
    check-only install (`pip install ipgraph`) failed at start; .ci/wheel caught it. The extra's modules are hidden
    here as they are absent there."""
    hide = ("import sys\n"
            "class Hidden:\n"
            "    def find_spec(self, name, path=None, target=None):\n"
            "        if name.split('.')[0] in ('babel', 'spacy', 'pycountry', 'pypinyin'):\n"
            "            raise ModuleNotFoundError(name)\n"
            "sys.meta_path.insert(0, Hidden())\n"
            "from ipgraph.cli import main\n"
            "main(['check', sys.argv[1]])\n")
    done = subprocess.run([sys.executable, "-c", hide, str(ROOT / "data" / "triples")], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "check passes" in done.stdout
