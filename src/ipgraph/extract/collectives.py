"""Collective words, read once for every kind of fact: what a group word (双方, 三方, 各方, 三部门, 川渝两地,
12省区市知识产权主管部门) counts, and which places a compound of province abbreviations in front of it names.

The fixed words of ``knowledge/commitments/collectives.tsv`` stand for a count of their own; a counted unit (部门,
地, 县, 省区市, 家单位 …) takes its count from the numeral printed in front of it, whatever the number, so 十二部门 is
read as 三部门 is; a head of a body after it (三地海关, 三县市场监管局, 十市中院) makes it a count of bodies; a
compound of province abbreviations before it (川渝两地, 闽粤赣三县) names the places whose bodies it stands for. The
events, agreements, treaty actions and pledges resolve every one of them with one resolver
(``parties.PartyReader.resolve``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ipgraph.knowledge.gazetteer import ORG, load as load_gazetteer, read_tsv
from ipgraph.zh.grammar import IDEOGRAPH, alternation, chinese_number

if TYPE_CHECKING:  # the mention stage reads collective words too, and facts imports it
    from ipgraph.extract.report_facts import Located

ALL_SIDES = 0
"""The count of a collective of every side (各方, 与会各方): the last list of two or more actors."""
SIDE = "方"
"""The unit of a collective of sides (双方, 三方, 各方): a side may be one body or several (A联合B与C: two sides), where
a collective of bodies (两局, 三部门) counts one body each."""
_COUNT = r"\d{1,2}|[两二三四五六七八九十]{1,3}"
_NUMBER = rf"(?<![\d第一两二三四五六七八九十百])(?P<number>{_COUNT})"
"""A count of two or more: never an ordinal (第三方 is a third party) nor one (一方 is one side)."""
_MORE = rf"(?P<more>一|{_COUNT})"
"""A second count added to the first, one included (三省一市: three provinces and a city, four places)."""
_PLACE_UNIT = re.compile("[省市区地]+")
"""A counted unit of places, not of bodies (三省一市, 两地, 12省区市; not 两局, 三部门)."""
_LISTING = "、和及"
"""The marks that list places in full before their count (安徽、江苏、浙江和上海三省一市)."""
_LISTED_REACH = 40
"""How far before a count its places may be listed in full (eight divisions with their marks)."""
_FILLER = 6
"""How many characters may stand between a counted unit and the head of its bodies (12省区市知识产权主管部门)."""


AUTHORITIES = frozenset({"ministry", "national-office", "court", "prosecution", "police", "customs", "government"})
"""The kinds of body (knowledge/gazetteer/org_heads.tsv) a place acts through: its courts, offices and government,
not a company or a university that bears its name."""


@dataclass(frozen=True)
class Collective:
    """What a collective word stands for: how many actors (ALL_SIDES: every side of a list), of which kind (actor,
    org, country), and the places a compound in front of it names (四川, 重庆 for 川渝两地)."""

    count: int
    kind: str
    places: tuple[str, ...] = ()


class CollectiveWords:
    """The collective words of ``collectives.tsv`` as one pattern, and what each match counts."""

    def __init__(self, data_dir: Path) -> None:
        rows = read_tsv(data_dir / "commitments" / "collectives.tsv", ("word", "members", "kind"))
        self.fixed = {r["word"]: Collective(int(r["members"]) if r["members"].isdigit() else ALL_SIDES, r["kind"])
                      for r in rows if r["members"].isdigit() or r["members"] == "all"}
        self.units = {r["word"]: r["kind"] for r in rows if r["members"] == "counted"}
        words_of_their_own = [r["word"] for r in rows if r["members"] == "not"]
        divisions = read_tsv(data_dir / "gazetteer" / "province_abbreviations.tsv",
                             ("abbreviation", "province", "place"))
        self.provinces = {r["abbreviation"]: r["province"] for r in divisions}
        self.standing = {r["province"]: r["place"] for r in divisions}
        """What each division is as a party of its own (江苏 → 江苏省, 香港 → country/HK)."""
        gazetteer = load_gazetteer(data_dir)
        self.named_divisions = _division_names(divisions, gazetteer.simplified)
        """Each division's name as printed in full, with or without its suffix, in either script (安徽, 安徽省,
        江蘇): the division it names."""
        cities = alternation(tuple(sorted(gazetteer.prefectures, key=len, reverse=True)))
        self.city_list = re.compile(f"(?:{cities})市?(?:[{_LISTING}](?:{cities})市?)+")
        """Prefecture-level cities listed in full (长沙、株洲、湘潭; 长沙市和株洲市), searched only when a bare count
        of cities is resolved."""
        divisions_listed = alternation(tuple(sorted(self.named_divisions, key=len, reverse=True)))
        self.listing = re.compile(f"(?:{divisions_listed})(?:[{_LISTING}](?:{divisions_listed}))+$")
        """Divisions listed in full, searched only right before a count being resolved (not in every scan)."""
        # A head of two characters or more (or 局: 国, 社, 网 end too many words) of an authority each place or
        # side has (三地海关, 三县市场监管局); any other head names one body the count is part of (二十国集团,
        # 三国合作秘书处).
        heads = [h.head for h in gazetteer.org_heads if len(h.head) > 1 or h.head == "局"]
        authorities = tuple(h.head for h in gazetteer.org_heads if h.head in heads and h.kind in AUTHORITIES)
        bodies = tuple(h.head for h in gazetteer.org_heads if h.head in heads and h.kind not in AUTHORITIES)
        units = "|".join(f"{re.escape(u)}{_not_followed(u, words_of_their_own)}"
                         for u in sorted(self.units, key=len, reverse=True))
        self.counted = re.compile(f"(?P<places>[{''.join(self.provinces)}]{{2,}})?{_NUMBER}(?P<unit>{units})"
                                  f"(?:{_MORE}(?:{units}))?"
                                  f"(?!{IDEOGRAPH}{{0,2}}(?:{alternation(bodies)}))(?P<head>{IDEOGRAPH}{{0,{_FILLER}}}?"
                                  f"(?:{alternation(authorities + tuple(u for u in self.units if len(u) > 1))}))?")
        self.pattern = re.compile(f"{alternation(tuple(self.fixed))}|{self.counted.pattern}" if self.fixed
                                  else self.counted.pattern)

    def of(self, word: str) -> Collective:
        """What ``word`` (a match of ``pattern``) counts."""
        if word in self.fixed:
            return self.fixed[word]
        found = self.counted.fullmatch(word)
        if found is None:
            raise KeyError(word)
        count = sum(int(n) if n.isdigit() else chinese_number(n)
                    for n in (found.group("number"), found.group("more")) if n)  # 三省一市: four places
        kind = "org" if found.group("head") else self.units[found.group("unit")]
        places = tuple(dict.fromkeys(self.provinces[c] for c in found.group("places") or ""))
        return Collective(count, kind, places if len(places) == count else ())

    def places_standing(self, word: str, context: Sequence[tuple[str, list[Located]]], at: int) -> tuple[str, ...]:
        """苏浙沪皖三省一市签订《…意向书》: a bare count of places (省, 市, 地, 省市, 省区市: no body's head after
        it) whose compound names them is the places themselves where the report names none of their bodies: each
        division as a party of its own (its government; ``standing``: 江苏省, or country/HK for 港). A count of bodies
        (三地海关, 粤港两局) stands for bodies only."""
        found = self.counted.fullmatch(word)
        if found is None or found.group("head") or not _PLACE_UNIT.fullmatch(found.group("unit")):
            return ()
        return tuple(self.standing[place] for place in self.places_told(word, context, at))

    def cities_standing(self, word: str, context: Sequence[tuple[str, list[Located]]], at: int) -> tuple[str, ...]:
        """长沙、株洲、湘潭是…。…三市代表共同签署: a bare count of cities (三市, no body's head after it) stands for the
        last list of as many prefecture-level cities the text printed in full before it, in its passage or the ones
        before (nearest first): each city's government, named by the city (长沙市)."""
        found = self.counted.fullmatch(word)
        if found is None or found.group("head") or found.group("unit") != "市" or found.group("more"):
            return ()
        count = self.of(word).count
        for number, (text, _) in enumerate(context):
            for listed in reversed(list(self.city_list.finditer(text, 0, at if number == 0 else len(text)))):
                names = [n if n.endswith("市") else n + "市" for n in re.split(f"[{_LISTING}]", listed.group(0))]
                if len(dict.fromkeys(names)) == count:
                    return tuple(dict.fromkeys(names))
        return ()

    def bodies_standing(self, word: str, context: Sequence[tuple[str, list[Located]]], at: int) -> tuple[str, ...]:
        """安徽、江苏、浙江和上海三省一市知识产权局共同签署: a count of bodies whose places are listed in full right
        before it, where the report does not name all their bodies, is each place's body of that head, by the
        division's full name (安徽省知识产权局): the list is an ellipsis of the names. A compound of abbreviations
        (鲁豫两省知识产权局) names no body: it stands for those the report names or for none."""
        found = self.counted.fullmatch(word)
        if found is None or not found.group("head") or found.group("head") in self.units \
                or not _PLACE_UNIT.fullmatch(found.group("unit")) or found.group("places"):
            return ()
        head = found.group("head")
        standing = [self.standing[place] for place in self._listed(context, at, self.of(word).count)]
        return tuple(place + head for place in standing) if all("/" not in p for p in standing) else ()

    def _listed(self, context: Sequence[tuple[str, list[Located]]], at: int, count: int) -> tuple[str, ...]:
        """The divisions listed in full right before ``at`` (安徽、江苏、浙江和上海三省一市), if ``count`` of them."""
        listed = self.listing.search(context[0][0], max(0, at - _LISTED_REACH), at) if context else None
        if listed is None:
            return ()
        names = re.split(f"[{_LISTING}]", listed.group(0))
        places = tuple(dict.fromkeys(self.named_divisions[name] for name in names))
        return places if len(places) == count else ()

    def places_told(self, word: str, context: Sequence[tuple[str, list[Located]]], at: int) -> tuple[str, ...]:
        """The places of ``word``, those listed in full right before it when as many (安徽、江苏、浙江和上海三省一市),
        or for a bare count (两地) those of the last telling of the same count and unit with its compound before
        ``at`` (川渝两地…。…两地还将…): the group word said again is the same group."""
        collective = self.of(word)
        bare = self.counted.fullmatch(word)
        if collective.places or bare is None:
            return collective.places
        listed = self._listed(context, at, collective.count)  # 安徽、江苏、浙江和上海三省一市: listed in full before it
        if listed:
            return listed
        for number, (text, _) in enumerate(context):
            for told in reversed(list(self.counted.finditer(text, 0, at if number == 0 else len(text)))):
                again = self.of(told.group(0))
                if again.places and again.count == collective.count and told.group("unit") == bare.group("unit"):
                    return again.places
        return ()


def _division_names(divisions: list[dict[str, str]], simplified: dict[str, str]) -> dict[str, str]:
    """Each division's name with and without its suffix (安徽, 安徽省; 上海, 上海市), and its traditional forms
    (江蘇, 江蘇省: every character the script table maps to one of the name's), to the division (安徽)."""
    traditional: dict[str, list[str]] = {}
    for other, plain in simplified.items():
        if len(other) == 1 and len(plain) == 1:
            traditional.setdefault(plain, []).append(other)
    names: dict[str, str] = {}
    for row in divisions:
        for name in (row["province"], row["place"]):
            if "/" in name:
                continue
            forms = [""]
            for char in name:
                forms = [form + c for form in forms for c in (char, *traditional.get(char, ()))]
            names.update({form: row["province"] for form in forms})
    return names


def _not_followed(unit: str, words: list[str]) -> str:
    """A lookahead that refuses ``unit`` where a word of its own opens with it (方面 for 方, 市场 for 市)."""
    rests = [w[len(unit):] for w in words if w.startswith(unit) and len(w) > len(unit)]
    return f"(?!{alternation(tuple(rests))})" if rests else ""


@lru_cache(maxsize=4)
def collective_words(data_dir: Path) -> CollectiveWords:
    return CollectiveWords(data_dir)


def bodies_of_places(places: tuple[str, ...], context: Sequence[tuple[str, list[Located]]], at: int,
                     kind_of: Callable[[str], str]) -> list[str]:
    """The authorities of each place (``kind_of`` a key in AUTHORITIES) that the report names before ``at`` in the
    first text of ``context`` or in the texts after it (the passages before, nearest first): a body of 四川 is one
    whose printed name opens with it (四川省高级人民法院), outside a title. The compound names its places itself, so
    when the text before names no body of one of them, those its own passage names after it count too (粤川两省知识
    产权局签署…。广东省知识产权局局长…、四川省知识产权局局长…分别代表两省签约). Nobody when one of the places has
    none named: a collective is never resolved to bodies the text does not name."""
    found: dict[str, list[str]] = {place: [] for place in places}

    def named(text: str, mentions: list[Located], start: int, end: int) -> None:
        for mention in mentions:
            if mention.kind != ORG or not start <= mention.start < end or \
                    text.rfind("《", 0, mention.start) > text.rfind("》", 0, mention.start):
                continue
            place = next((p for p in places if text.startswith(p, mention.start)), None)
            if place is not None and f"org/{mention.key}" not in found[place] and kind_of(mention.key) in AUTHORITIES:
                found[place].append(f"org/{mention.key}")

    for number, (text, mentions) in enumerate(context):
        named(text, mentions, 0, at if number == 0 else len(text))
    if places and context and not all(found.values()):
        named(*context[0], at, len(context[0][0]))
    return [body for place in places for body in found[place]] if places and all(found.values()) else []
