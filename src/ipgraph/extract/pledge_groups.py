"""Subjects that name a pledge's actors as a group, and sentences that go on with the actors of the pledge before.

Reports often make a group the subject of what it will do, and name its members elsewhere or only in part:

- a region (长三角地区将…, 京津冀区域将…: ``knowledge/pledges/regions.tsv``) is its divisions, as a compound of their
  abbreviations is (沪苏浙皖三省一市将…: ``collectives.tsv``): the bodies of them the report names, else the divisions;
- a group that names some members inside it (包括中国在内的各缔约方将…) pledges for those it names: the others are
  nobody the text names (eval/SCHEMA.md resolves a collective to the actors the text named);
- a clause with no subject after a reference to an agreement's terms (根据协议，将…; 协议明确，将设立…) tells what
  the agreement binds its parties to: their pledge, as 根据协议，双方将… is (eval/realtext/README.md rule 19);
- a sentence that opens with a word that joins it to the one before (…将建立协作机制。并将建立…; 此外，还将…) and
  names no subject goes on with the actors of the pledge just made.

The words are ``knowledge/pledges/group_words.tsv``; each reading is one compiled pattern, tried only on the words in
front of a cue the pledge reader has found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ipgraph.extract.collectives import bodies_of_places, collective_words
from ipgraph.extract.report_facts import Located
from ipgraph.knowledge.gazetteer import load as load_gazetteer, read_tsv
from ipgraph.knowledge.wordlists import word_lists
from ipgraph.zh.grammar import CLAUSE_BREAKS, alternation

_MEMBERS = 40
"""How long the members named inside a group may run (包括中国、日本和韩国在内)."""
_GROUP_NOUN = 12
"""How long the group's noun after 在内的 may be (各缔约国家和地区)."""
_REFERENCE = 30
"""How long a reference to an agreement may run before its terms (根据《…合作协议》)."""


@dataclass(frozen=True)
class GroupWords:
    """The compiled readings of ``group_words.tsv`` and ``regions.tsv``."""

    regions: dict[str, tuple[str, ...]]
    """Each region's name to its divisions (长三角 → 上海, 江苏, 浙江, 安徽)."""
    region: re.Pattern[str]
    """A subject that is a region alone, a word of area after it or not (长三角地区)."""
    included: re.Pattern[str]
    """包括…在内的 and the group's noun, ending the subject: the members in group ``members``."""
    terms: re.Pattern[str]
    """A reference to an agreement's terms that opens the sentence (根据协议，, 协议明确，)."""
    joins: re.Pattern[str]
    """Words that join a sentence to the one before, nothing else (并, 此外，还)."""
    standing: dict[str, str]
    """Each division as a party of its own (江苏 → 江苏省; 香港 → country/HK)."""
    one_script: dict[int, str]
    """The gazetteer's table to simplified characters: a region printed in traditional ones (粵港澳大灣區) is one."""

    def divisions(self, subject: str) -> tuple[str, ...]:
        """The divisions of the region that is the whole ``subject`` (长三角地区 → 上海, 江苏, 浙江, 安徽), else ()."""
        found = self.region.fullmatch(subject.strip().translate(self.one_script))
        return self.regions[found.group("region")] if found else ()

    def members(self, words: str) -> tuple[int, int] | None:
        """Where the members named inside a group that ends ``words`` stand (包括中国在内的各缔约方 → 中国)."""
        found = self.included.search(words)
        return found.span("members") if found else None

    def of_terms(self, opening: str) -> bool:
        """Whether ``opening``, a sentence's words before a clause with no subject, refers to an agreement's terms."""
        return self.terms.fullmatch(opening.strip()) is not None

    def joined(self, opening: str) -> bool:
        """Whether ``opening``, the words before a cue, only join its sentence to the one before (并; 此外，还)."""
        return bool(opening.strip()) and self.joins.fullmatch(opening.strip()) is not None


@lru_cache(maxsize=4)
def group_words(data_dir: Path, deal_nouns: tuple[str, ...]) -> GroupWords:
    """The group words of ``data_dir``; ``deal_nouns`` are the nouns of an agreement (协议, 备忘录, 协定 …)."""
    words = word_lists(data_dir / "pledges" / "group_words.tsv")
    collectives = collective_words(data_dir)
    regions = {row["region"]: tuple(dict.fromkeys(collectives.provinces[c] for c in row["members"]))
               for row in read_tsv(data_dir / "pledges" / "regions.tsv", ("region", "members"))}
    names = alternation(tuple(sorted(regions, key=len, reverse=True)))
    region = re.compile(f"(?P<region>{names})(?:{alternation(words.get('area', ()))})?")
    not_break = f"[^{CLAUSE_BREAKS}]"
    included = re.compile(f"(?:{alternation(words['includes'])})(?P<members>{not_break}{{1,{_MEMBERS}}}?)"
                          f"(?:{alternation(words['within'])})的{not_break}{{1,{_GROUP_NOUN}}}$")
    deal = alternation(tuple(sorted(deal_nouns, key=len, reverse=True)))
    terms = re.compile(f"(?:(?:{alternation(words['according'])}){not_break}{{0,{_REFERENCE}}}?(?:{deal})》?"
                       f"|{not_break}{{0,{_REFERENCE}}}?(?:{deal})》?(?:{alternation(words['lays_down'])}))"
                       f"[\\s，,：:]*")
    joins = re.compile(f"(?:(?:{alternation(words['joins'])})[\\s，,]*)+")
    return GroupWords(regions, region, included, terms, joins, collectives.standing,
                      load_gazetteer(data_dir).one_script)


def region_actors(divisions: tuple[str, ...], groups: GroupWords, context: Sequence[tuple[str, list[Located]]],
                  at: int, kind_of: Callable[[str], str], new_party: Callable[[str], str]) -> list[str]:
    """The actors a region stands for: the bodies of each of its divisions the report names before ``at`` (as a
    compound of abbreviations stands for them: ``collectives.bodies_of_places``), else each division as a party of
    its own (上海市; country/HK for 香港)."""
    bodies = bodies_of_places(divisions, context, at, kind_of)
    if bodies:
        return bodies
    places = [groups.standing[d] for d in divisions]
    return [p if "/" in p else new_party(p) for p in places]
