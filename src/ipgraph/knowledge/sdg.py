"""Reference data: the 17 UN Sustainable Development Goals and their 169 targets.

They live in ``knowledge/sdg/targets.tsv`` (written by ``tools/make_sdg_targets.py``
from a PyPI package, with its source in the header), so the graph describes
every goal and target whether or not a report names it, and a link to
``ipr:sdg/9.5`` from any report's file always resolves.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ipgraph.errors import InputError
from ipgraph.knowledge.gazetteer import read_tsv

UN_SDG = "http://metadata.un.org/sdg/"
"""The UN's SDG concept scheme: goal 9 is ``…/sdg/9``, target 9.5 is ``…/sdg/9.5``."""


@dataclass(frozen=True)
class SDG:
    """One goal (code "9") or target (code "9.5", "9.b")."""

    code: str
    goal: str
    title_en: str
    title_zh: str = ""
    short_en: str = ""

    @property
    def is_goal(self) -> bool:
        return self.code == self.goal

    @property
    def un_iri(self) -> str:
        return UN_SDG + self.code

    @property
    def label_zh(self) -> str:
        """A goal's Chinese title, or for a target (no Chinese text available) its Chinese name."""
        if self.is_goal:
            return f"可持续发展目标{self.code}：{self.title_zh}" if self.title_zh else f"可持续发展目标{self.code}"
        return f"具体目标{self.code}"

    @property
    def label_en(self) -> str:
        return f"{'Goal' if self.is_goal else 'Target'} {self.code}: {self.title_en}"


@lru_cache(maxsize=4)
def load_sdgs(data_dir: Path) -> dict[str, SDG]:
    """Every goal and target by code, in the order of the file; a target must name a goal listed before it."""
    path = data_dir / "sdg" / "targets.tsv"
    found: dict[str, SDG] = {}
    for row in read_tsv(path, ("code", "goal", "title_en", "title_zh", "short_en")):
        line = int(row["_line"])
        code, goal = row["code"], row["goal"]
        if code in found:
            raise InputError(path, f"SDG code {code!r} listed twice", line)
        if code != goal and (goal not in found or code.split(".")[0] != goal):
            raise InputError(path, f"target {code!r} must follow its goal {code.split('.')[0]!r}", line)
        if not row["title_en"]:
            raise InputError(path, f"SDG {code!r} has no title_en", line)
        found[code] = SDG(code, goal, row["title_en"], row["title_zh"], row["short_en"])
    return found
