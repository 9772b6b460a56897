"""Names that open with a region of the world (欧洲共同体, 东非共同体, 东加勒比国家组织): the region is where the body
is, as a country is where a national body is, so the words it needs before its head are the region's (regions.tsv)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ipgraph.knowledge.gazetteer import read_tsv
from ipgraph.knowledge.wordlists import Words

_CLASS_OF_STATES = ("国家", "國家", "各国", "各國")
"""Right after a region these make a class of countries (非洲国家知识产权局: theirs, not the region's own body), but
for a group of states, which is named by its members (东加勒比国家组织, 阿拉伯国家联盟: _GROUP_KINDS)."""
_GROUP_KINDS = ("igo", "network")
_NO_REGIONS_OWN = ("company",)
"""A region before a company's head says where companies are (欧洲公司, 亚洲集团: a kind); a region has none."""


class Regions:
    """The regions of knowledge/gazetteer/regions.tsv, asked where a name read leftwards from its head starts."""

    def __init__(self, data_dir: Path) -> None:
        self.words = _regions(data_dir)

    def opens(self, text: str, start: int, head_start: int, kind: str) -> bool:
        """A region opens the name that runs from ``start`` to a head of ``kind`` at ``head_start``, and no class of
        states follows it: the name is placed, whatever its length (欧洲共同体)."""
        if kind in _NO_REGIONS_OWN or not self.words.starting(text, start):
            return False
        region = max((w for w in self.words if text.startswith(w, start)), key=len)
        after = start + len(region)
        return after <= head_start and (kind in _GROUP_KINDS or not text.startswith(_CLASS_OF_STATES, after))


@lru_cache(maxsize=4)
def _regions(data_dir: Path) -> Words:
    return Words(tuple(r["region"] for r in read_tsv(data_dir / "gazetteer" / "regions.tsv", ("region",))))
