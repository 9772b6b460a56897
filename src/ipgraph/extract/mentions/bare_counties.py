"""Courts and procuratorates named by their county's bare name (荔湾法院 for 荔湾区人民法院, 海淀检察院, 新昌法院):
court news calls a county's court by the county without its suffix (区, 县, 市, 旗) and the head alone, and the head
(法院, 检察院: too short to name a body alone, org_heads.tsv `alone`) needs a place before it. The counties are those
of counties.tsv, whose names print their suffix; a bare name is read as a place only right before such a head,
since many bare county names are words too (朝阳, 和平, 新华)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ipgraph.knowledge.gazetteer import Gazetteer, load as load_gazetteer

BARE_KINDS = ("court", "prosecution")
"""Kinds of body that a county's bare name stands before: a county has one court and one procuratorate."""
PEOPLES = "人民"
"""What a court's or procuratorate's full name holds before its head (人民法院组织法: 某县人民法院) and the bare
name drops (某县人民法院 → 某法院)."""


_PROVINCE_OR_CITY = re.compile(r"\w{2,8}?[省市]")
"""What may print before a county in a court's full name: its province or city (沧州市运河区法院)."""


class BareCounties:
    """The bare names of China's county-level divisions, and the heads of the bodies they name bare."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        ending: dict[str, list[str]] = {}  # the suffixes by their last character, longest first: ~2,700 counties
        for suffix in sorted(gazetteer.place_suffixes, key=len, reverse=True):
            ending.setdefault(suffix[-1:], []).append(suffix)
        self.stem_of = {county: next((county[: -len(s)] for s in ending.get(county[-1:], ()) if county.endswith(s)),
                                     "") for county in gazetteer.counties}
        self.stems = {stem for stem in self.stem_of.values() if len(stem) >= 2}
        self.heads = tuple(sorted((h.head for h in gazetteer.org_heads if h.kind in BARE_KINDS and h.alone),
                                  key=len, reverse=True))
        self.lengths = sorted({len(s) for s in self.stems}, reverse=True)
        self.county_lengths = sorted({len(c) for c in self.stem_of}, reverse=True)

    def before(self, text: str, head_start: int, end: int) -> int:
        """Where the bare county name right before a court's or procuratorate's head starts (-1: none)."""
        if text[head_start:end] not in self.heads:
            return -1
        return next((head_start - n for n in self.lengths if text[head_start - n : head_start] in self.stems), -1)

    def body_at(self, text: str, at: int) -> bool:
        """A bare county name and a court's or procuratorate's head start at ``at`` (与海淀法院: a name of its own
        after the word, not a noun it joins)."""
        return any(text[at : at + n] in self.stems and text.startswith(self.heads, at + n) for n in self.lengths)

    def bare_name(self, name: str) -> str:
        """The name by which court news prints the court or procuratorate whose full name holds its county with
        the suffix (天门市人民法院, 沧州市运河区法院 → 天门法院, 运河法院: one body however printed); empty when
        ``name`` is no such body's."""
        head = next((h for h in self.heads if name.endswith(h)), "")
        rest = name[: len(name) - len(head)].removesuffix(PEOPLES) if head else ""
        county = next((rest[-n:] for n in self.county_lengths if rest[-n:] in self.stem_of
                       and (len(rest) == n or _PROVINCE_OR_CITY.fullmatch(rest, 0, len(rest) - n))), "")
        stem = self.stem_of.get(county, "")
        return stem + head if stem else ""


@lru_cache(maxsize=2)
def bare_counties(data_dir: Path) -> BareCounties:
    """The counties of a knowledge folder, read once: the mention stage and the resolver, made anew for each report,
    both ask."""
    return BareCounties(load_gazetteer(data_dir))
