"""Parties a signing clause names without a mention of theirs (the agreements' party rules, ``agreement_parties.py``):
read from the shape of their names (a list sharing a counted head, administrative areas, a place's bodies told by
their head beside a body), from people named again by name alone, from a word that points back (该网络, 我校) or a
compound of country abbreviations (中法)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property, lru_cache
from pathlib import Path

from ipgraph.extract.agreement_rules import AgreementRules
from ipgraph.extract.agreement_tellings import place_head
from ipgraph.extract.joint_subjects import JointSubjects
from ipgraph.extract.mentions.generic import GenericPhrases
from ipgraph.extract.mentions.own_units import back_words, own_words
from ipgraph.extract.parties import PartyReader
from ipgraph.extract.report_facts import Located, ReportFacts
from ipgraph.extract.statements import actors, affiliation_of, path_of
from ipgraph.knowledge.gazetteer import ORG, PERSON, Gazetteer
from ipgraph.zh.grammar import BACK_POINTERS, JOIN, NUMBER, alternation

COUNTED_REST = re.compile(f"等\\s*{NUMBER}.*$")
"""A list closed by a count (A、B等16家企业): all of them sign together, and the count is no party's name."""
_OPENING_MARKS = " \t　[【（("
_BARE_NAME = re.compile("[\u4e00-\u9fff]{3,10}")
"""A name alone in a side's place: three to ten characters (爱立信, 天一科技, 宁波材料所); a longer run is a phrase, and
two characters are as often a place, a region or a word (内陆, 强大) as a trade name (a brand the report shows acting
is read by brand_names.ReportBrands)."""
_PERSON_NAME = 3
"""The most characters of a person's name a bare word opening with a surname may be (王明, 张晓明): no organisation."""


@lru_cache(maxsize=4)
def _generic(data_dir: Path) -> GenericPhrases:
    """The words of generality and the kinds of body (有关地区, 当地企业): read once per process."""
    return GenericPhrases(str(data_dir))
_NOT_NAME = re.compile("[的了在及与等将已把被于之其该各此这那们]|^[本我贵]")
"""Characters of function no bare name holds (与其签订, 与各方签署, 与该所签署: a phrase or a word pointing back);
not 为, 中, 和, which names hold (华为, 中兴, 和利时)."""
"""What may stand before a subject without being part of it: space, the bracket of a headline glued in front."""


class UnnamedParties:
    """The readings of parties no mention names, mixed into AgreementParties, whose state they read."""

    rules: AgreementRules
    parties: PartyReader
    facts: ReportFacts
    gazetteer: Gazetteer
    joint: JointSubjects
    context: Sequence[tuple[str, list[Located]]]
    before: tuple[str, list[Located], int]
    author: tuple[str, ...]
    slug: str
    offset: int
    data_dir: Path

    def _partners(self, sentence: str, body: Located, end: int) -> list[str]:
        """A会同该区司法局等四部门共同签署, A联合法院、检察院…等部门签订: bodies the verb of acting beside joins to A,
        told by their head alone (该区 points back to A's place), are A's place's; every item must make a name so."""
        place = self._place_of(self.gazetteer.in_one_script(sentence[body.start:body.end]))
        items = self.joint.partners(sentence, body.end, end)
        if not place or not items:
            return []
        adverbs = alternation(self.rules.words.get("jointly", ()))
        pointer = f"^[{BACK_POINTERS}](?:{alternation(self.gazetteer.place_suffixes)})"
        heads = [re.sub(f"(?:{adverbs})+$", "", re.sub(pointer, "", self.gazetteer.in_one_script(item)))
                 for item in items]
        names = [None if not head or self._place_of(head) else self.parties.name(place + head) for head in heads]
        return [self.parties.new_party(name, self.slug) for name in names if name] if all(names) else []

    def _place_of(self, name: str) -> str:
        """The divisions a name opens with, or is, each one the gazetteer lists or a city of it with its suffix
        (深圳市龙岗区 of 深圳市龙岗区检察院; 广州市黄埔区)."""
        cut = 0
        for end in range(2, len(name) + 1):
            area = name[cut:end]
            if self._division(area) or any(area.endswith(suffix) and area[:-len(suffix)] in self._cities
                                           for suffix in self.gazetteer.place_suffixes):
                cut = end
        return name[:cut]

    @cached_property
    def _cities(self) -> frozenset[str]:
        """China's cities of the gazetteer (深圳), which are nodes, not divisions: a name may open with one too."""
        return frozenset(name for city in self.gazetteer.cities.values() if city.country == "CN"
                         for name in (city.name_zh, *city.aliases_zh) if name)

    def _unnamed(self, sentence: str, start: int, end: int, mentions: list[Located]) -> list[str]:
        """Parties without an organisation's or country's mention in ``sentence[start:end]``: the organisations of
        the people named there (A局长X与B局长Y签署), a collective resolved, or the names listed there
        (广东省珠海市、中山市政府 → 珠海市政府 and 中山市政府), each a new organisation."""
        people = [affiliation_of(m.key, self.facts, self.gazetteer) for m in mentions
                  if m.kind == PERSON and start <= m.start and m.end <= end]
        bodies = [key for key in people if key] if people and all(people) else self._named_again(sentence[start:end])
        if bodies:
            return list(dict.fromkeys(f"org/{key}" for key in bodies))
        collective = list(self.parties.collective.finditer(sentence, start, end))
        if collective:
            return self.parties.resolve(collective[-1].group(0), self.context, self.offset + collective[-1].start())
        opening = sentence[start:]
        compound = self._abbreviated(sentence, start + len(opening) - len(opening.lstrip(_OPENING_MARKS)))
        if compound:  # 中法签署…, [中美就…发表联合声明]: the countries a compound opening the subject names
            return compound
        listed = COUNTED_REST.sub("", sentence[start:end])
        items = re.split(JOIN, listed)
        names = [self.parties.name(item) for item in items]
        head = self._counted_head(sentence[start:end]) or (place_head(names[-1], self._place) if names[-1] else "")
        if not head and names[-1] is None:  # 该院与…签署: the body named before that the subject points back to
            # 此外，该局还与…签订: the words around a subject that are no part of it (还, 也, 同时) go first
            return self._referred(self.parties.name_words(listed)) or self._divisions(items)
        completed = [name or (self.parties.name(item.strip() + head) if head else None)
                     for name, item in zip(names, items)]
        if any(name is None for name in completed):
            return []
        return [self.parties.new_party(name, self.slug) for name in completed if name]

    def _bare(self, sentence: str, start: int, end: int, mentions: list[Located]) -> list[str]:
        """与天一科技签署, 与前湾新区签订: a name printed without a head noun the mention stage reads (a trade name, a
        short form), standing alone in a side's place between a with-word and the verb, is a new organisation of that
        name: the agreement keeps its side. Not a word that stands there without naming one (企业, 对方:
        party_names.tsv not_brand, nor one ending so: 多家企业), a phrase of generality or a kind of body
        (generic_words.tsv: 有关地区), a word of function, a number, a person, a country, nor an administrative area
        alone (read by ``_divisions``)."""
        words = self.parties.name_words(sentence[start:end])
        stops = self.parties.words.lists.get("not_brand", ())
        generic = _generic(self.data_dir)
        if not _BARE_NAME.fullmatch(words) or words.endswith(stops) or _NOT_NAME.search(words) \
                or any(m.kind != ORG for m in mentions if start <= m.start < end) or self._place_of(words) \
                or words.startswith(generic.opening) or words in generic.kinds \
                or len(words) <= _PERSON_NAME and words.startswith(self.gazetteer.surnames):  # 与王明签署: a person
            return []
        return [self.parties.new_party(words, self.slug)]

    def _divisions(self, items: list[str]) -> list[str]:
        """長江大學與蔡甸區簽署, 与丽水市、衢州市签署: administrative areas named alone in a party's place sign for
        themselves (the area's government, named as the text names it); every item must be a division the gazetteer
        lists (a county of counties.tsv, or a province or prefecture with its suffix), or a run of them opening with a
        city (广州市黄埔区: ``_place_of``), so that 有关地区 is none."""
        names = [self.parties.name_words(item) for item in items]  # 与蔡甸区共同签署; 广州市黄埔区与…签署
        if not names or not all(name and self._place_of(name) == name for name in names):
            return []
        return [self.parties.new_party(name, self.slug) for name in names]

    def _division(self, name: str) -> bool:
        """Whether ``name`` is an administrative area the gazetteer lists, printed with its suffix."""
        plain = self.gazetteer.in_one_script(name)
        counties, areas = self.gazetteer.division_names
        return plain in counties or any(plain.endswith(suffix) and plain[:-len(suffix)] in areas
                                        for suffix in self.gazetteer.place_suffixes)

    def _named_again(self, words: str) -> list[str]:
        """李程与陈国兴共同签署: people the report introduced with body and title, named again by name alone (the
        mention stage locates a name once), sign for their bodies; every item of the list must be such a name."""
        known = {node.details["name"]: key for (kind, key), node in self.facts.nodes.items()
                 if kind == PERSON and len(node.details.get("name") or "") > 1}
        adverbs = alternation(self.rules.words.get("lead", ()) + self.rules.words.get("each", ()))
        items = [re.sub(f"(?:{adverbs})+$", "", item.strip()) for item in re.split(JOIN, words) if item.strip()]
        bodies = [affiliation_of(known[item], self.facts, self.gazetteer) if item in known else None for item in items]
        return [body for body in bodies if body] if items and all(bodies) else []

    def _counted_head(self, words: str) -> str:
        """淄博、枣庄…菏泽等十市中院: the name after a list's count is the head every item shares (淄博市中院)."""
        counter = alternation(self.rules.words.get("counter", ()))
        count = re.search(f"等\\s*{NUMBER}\\s*(?:{counter})?", words)
        return (self.parties.leading_name(words[count.end():]) or "") if count else ""

    @cached_property
    def _place(self) -> re.Pattern[str]:  # a place that opens a name (中山市 of 中山市政府), up to its first suffix
        return re.compile(f"^.*?(?:{alternation(self.gazetteer.place_suffixes)})")

    def _referred(self, words: str) -> list[str]:
        """与该网络签署: the organisation named earlier in the passage whose name ends in the noun after 该; 我局与…
        签署, 本院与…: a body's word for itself names the report's author, else the body named earlier in the passage
        whose name ends as that word's body does (我校: …大学, …学院)."""
        own = own_words(self.data_dir).get(words)
        if own and self.author:
            return [f"org/{key}" for key in self.author]
        found = re.match(f"(?:{alternation(self.rules.words.get('anaphor', ()))})([\u4e00-\u9fff]{{1,4}})$", words)
        # 该校: a university or college (self_references.tsv), whose name ends in no 校
        heads = own or back_words(self.data_dir).get(words) or ((found.group(1),) if found else ())
        if not heads:
            return []
        text, mentions, offset = self.before  # the organisations named earlier, found only when asked for
        named = [path_of(m) for m in actors(mentions, text, 0, offset, (ORG,))
                 if text[m.start:m.end].endswith(heads)]
        return named[-1:]

    def _abbreviated(self, sentence: str, at: int) -> list[str]:
        """日韩, 中法, 中日韩 at ``at``: the countries a compound of abbreviations names."""
        found = self.parties.words.abbreviation_run.match(sentence, at)
        return self.parties.compound(found.group(0)) if found else []
