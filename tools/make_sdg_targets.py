"""Write knowledge/sdg/targets.tsv: the 17 SDGs and their 169 targets, English from a PyPI package, Chinese goal titles.

Source of the English texts: the PyPI package seesus 1.2.1 (GPL-3.0), module
``seesus/SDG_desc.py``, which copies the UN texts (A/RES/71/313, sdgs.un.org/goals).
It is read as a file, so its classifier's dependencies are not needed:

    .venv/bin/pip install --no-deps seesus==1.2.1
    .venv/bin/python tools/make_sdg_targets.py

Two defects of that copy are repaired here and nowhere else: the target after
g.9 is listed as g.1 again (8.10, 16.10 and 17.10 lost their final 0: targets
are renumbered in the order listed), and typographic characters were turned
into ``?`` (’ “ ” – and non-breaking spaces and hyphens are restored).

No package on PyPI ships the Chinese target texts, so a target has only its
English title; the Chinese goal titles are those the bundled report
wipo-sdg-2023 prints as its section headings (goals 2–13, 16, 17) and, for
goals 1, 14 and 15, which it does not print, the official Chinese text of
A/RES/70/1 (ZH_GOALS below).
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "knowledge" / "sdg" / "targets.tsv"
REPORT = ROOT / "data" / "reports" / "wipo-sdg-2023.txt"
ZH_GOALS = {
    "1": ("在全世界消除一切形式的贫困", "A/RES/70/1"),
    "14": ("保护和可持续利用海洋和海洋资源以促进可持续发展", "A/RES/70/1"),
    "15": ("保护、恢复和促进可持续利用陆地生态系统，可持续管理森林，防治荒漠化，"
           "制止和扭转土地退化，遏制生物多样性的丧失", "A/RES/70/1"),
}
REPAIRS = [(re.compile(r"\?\?([^?]+?)\?\?"), r"“\1”"), (re.compile(r"(?<=\w)\?\?(?=s\b| )"), "’"),
           (re.compile(r"(?<=\d)\?C(?=\d)"), "–"), (re.compile(r"(?<=[a-z])\?(?=[a-z])"), "-"),
           (re.compile(r"\?"), " ")]
HEADER = """\
# The 17 UN Sustainable Development Goals and their 169 targets (A/RES/71/313), one per row; UTF-8, TAB-separated.
# Written by tools/make_sdg_targets.py; do not edit by hand (change the script, run it again).
# Columns:
#   code      "9" for a goal, "9.5" or "9.b" for a target (the UN's code; IRIs are ipr:sdg/<code>)
#   goal      the goal's code (for a goal, its own)
#   title_en  the official English title: for a goal its full title, for a target its text \
(PyPI seesus 1.2.1, SDG_desc.py)
#   title_zh  the official Chinese title of a goal; empty for targets (no package ships the Chinese target texts)
#   short_en  a goal's short name (No Poverty …); empty for targets
#   source_zh where title_zh comes from: "wipo-sdg-2023" (the heading the report prints) or "A/RES/70/1"
"""


def load_seesus() -> tuple[list[list[str]], list[list[str]]]:
    """The lists ``goal_desc`` and ``tar_desc`` of seesus/SDG_desc.py, read without importing the package."""
    spec = importlib.util.find_spec("seesus")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("seesus is not installed: .venv/bin/pip install --no-deps seesus==1.2.1")
    source = Path(next(iter(spec.submodule_search_locations))) / "SDG_desc.py"
    values = {node.targets[0].id: ast.literal_eval(node.value) for node in ast.parse(source.read_text("utf-8")).body
              if isinstance(node, ast.Assign)}
    return values["goal_desc"], values["tar_desc"]


def repaired(text: str) -> str:
    for pattern, replacement in REPAIRS:
        text = pattern.sub(replacement, text)
    return text


def zh_goals() -> dict[str, tuple[str, str]]:
    """Chinese goal titles: the report's headings, and A/RES/70/1 for the goals it does not print."""
    found = dict(ZH_GOALS)
    for match in re.finditer(r"^可持续发展目标(\d+)：(.+?)\s*$", REPORT.read_text("utf-8"), flags=re.M):
        found[match.group(1)] = (match.group(2), "wipo-sdg-2023")
    return found


def rows() -> list[tuple[str, ...]]:
    goal_desc, tar_desc = load_seesus()
    titles = {key.removesuffix("_general").removeprefix("SDG"): repaired(text)
              for key, text in tar_desc if key.endswith("_general")}
    zh = zh_goals()
    out = []
    for number, (key, short) in enumerate(goal_desc, start=1):
        goal = str(number)
        assert key == f"SDG{goal}", key
        out.append((goal, goal, titles[goal], zh[goal][0], short, zh[goal][1]))
        numbered = 0
        for target_key, text in tar_desc:
            prefix, _, suffix = target_key.partition("_")
            if prefix != key or suffix == "general":
                continue
            if suffix.isdigit():
                numbered += 1
                suffix = str(numbered)
            out.append((f"{goal}.{suffix}", goal, repaired(text), "", "", ""))
    return out


def main() -> None:
    table = rows()
    targets = [r for r in table if "." in r[0]]
    assert len(table) - len(targets) == 17 and len(targets) == 169, (len(table), len(targets))
    assert not any("?" in cell for row in table for cell in row), "an unrepaired '?' is left"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    lines = ["code\tgoal\ttitle_en\ttitle_zh\tshort_en\tsource_zh", *("\t".join(r) for r in table)]
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: 17 goals, {len(targets)} targets")


if __name__ == "__main__":
    main()
