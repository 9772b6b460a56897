"""Mentions → facts: which node each passage names, resolved across a report.

The pipeline sees one passage at a time; resolution needs the whole report:
an acronym defined in paragraph 8 (埃及知识产权局（EGIPA）) resolves a bare
"EGIPA" in paragraph 11. Organisations and people the reference data does not
know get deterministic keys (the acronym the report defines, else the pinyin of
the name), so the same entity lands on one node in every report. Mentions that
cannot be resolved are kept and reported, never dropped silently.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property
from hashlib import sha1
from os.path import commonprefix
from pathlib import Path

from pypinyin import lazy_pinyin

from ipgraph.extract.employers import EmployerSettling
from ipgraph.extract.mentions import Mention, PassageMentions, analyse
from ipgraph.extract.mentions.bare_counties import bare_counties
from ipgraph.extract.report_facts import Located, NodeFacts, ReportFacts
from ipgraph.extract.short_bodies import Antecedents, level_parent
from ipgraph.ingest.passages import Passage
from ipgraph.ingest.textnorm import drop_glosses
from ipgraph.knowledge.gazetteer import COUNTRY, ORG, PERSON, load as load_gazetteer
from ipgraph.zh.contractions import Contractions, keeps_in_order
from ipgraph.zh.governments import government_names
from ipgraph.zh.grammar import GOVERNMENT, PEOPLES_GOVERNMENT, alternation

_SHORT_FORM_CHARS = 4
"""The fewest characters of a short form keyed as the one longer name it ends (广东中心): fewer are heads or kinds."""

_OWN_WORDS = 3
"""The fewest characters before its head by which a short form that drops the words opening a longer name still names
that body (代理人协会 … 中华全国专利代理人协会); fewer name a kind (法学院 of two universities' schools)."""


def name_key(name: str) -> str:
    """A readable ASCII key for a name the data does not know: its pinyin, or the Latin name itself; past 80
    characters, its start and a digest of the whole name, for two long names that open alike are two bodies (the
    units of one centre: 某局某中心材料部, 某局某中心初审部)."""
    romanised = "-".join(lazy_pinyin(name.replace("·", " ")))
    key = re.sub(r"-+", "-", re.sub(r"[^A-Za-z0-9]+", "-", romanised)).strip("-").lower()
    return (key if len(key) <= 80 else key[:72].rstrip("-") + "-" + sha1(name.encode("utf-8")).hexdigest()[:7]) or \
        "unnamed"


MARKET_BODY = "市场监"
"""The words that open a market regulator's name after its place (市场监督管理局, 市场监管局)."""

_OTHER_NAME = re.compile(r"[（(]([\u4e00-\u9fff]{2,12})[）)]")
"""A bracket of Chinese characters alone right after a name: the body's other name when it ends in a head."""


class _Resolver(EmployerSettling):
    def __init__(self, data_dir: Path) -> None:
        self.gazetteer = gazetteer = load_gazetteer(data_dir)
        self.known_acronyms = {a for o in gazetteer.organisations.values() for a in o.acronyms}
        self.org_kinds = {o.key: o.kind for o in gazetteer.organisations.values()}
        self.government_heads = tuple(h.head for h in gazetteer.org_heads if h.kind == "government")
        self.short_forms = gazetteer.short_forms
        self.bare_counties = bare_counties(data_dir)
        self.one_script = gazetteer.one_script
        self.country_names = {c.code: (c.name_zh, *c.names_zh) for c in gazetteer.countries.values()}
        cities = (*(c.name_zh for c in gazetteer.cities.values() if c.country == "CN"), *gazetteer.prefectures)
        self.city_suffix = f"^(?:({alternation(cities)})市|({alternation(gazetteer.provinces)})省)"
        """A city's or a province's name with the suffix of its level, which a body's short name drops (济南中院,
        江西高院): compiled (re's cache) when a new body's name first starts with a place."""
        self.places = (*cities, *gazetteer.provinces)
        self.market_city = re.compile(f"^(?:{alternation(cities)})(?={MARKET_BODY})")
        """A city's name right before 市场监…, the city's 市 printed once with the 市 of 市场 (孝感市场监管局)."""
        self.state_and_place_names = tuple(sorted(
            {gazetteer.one_script.fold(n) for n in (*self.places, *(c for names in self.country_names.values()
                                                                        for c in names)) if n}, key=len, reverse=True))
        self.place_suffixes = gazetteer.place_suffixes
        self.lone_places = tuple(s for s in gazetteer.place_suffixes if len(s) == 1)
        self.suffix_words = gazetteer.suffix_words
        self.contractions = Contractions(self.state_and_place_names, self.lone_places)
        self.heads = tuple(sorted({gazetteer.one_script.fold(h.head) for h in gazetteer.org_heads}, key=len,
                                  reverse=True))
        self.head_kinds = {gazetteer.one_script.fold(h.head): h.kind for h in gazetteer.org_heads}
        self.head_after = {gazetteer.one_script.fold(h.head): h.not_before for h in gazetteer.org_heads}
        self.leveled = frozenset((*(p + "省" for p in gazetteer.provinces),
                                  *(c + "市" for c in (*cities, *gazetteer.provinces)), *gazetteer.counties))
        """China's places with the suffix of their level (福建省, 焦作市, 来安县): a name of one ends in its level."""
        self.report_places: dict[str, set[str]] = {}
        self.without_city_suffix: dict[str, str] = {}
        offices = Counter(o.country for o in gazetteer.organisations.values() if o.kind == "national-office")
        self.offices = {o.country: o for o in gazetteer.organisations.values()
                        if o.kind == "national-office" and o.country and offices[o.country] == 1}
        self.defined: dict[str, tuple[str, str]] = {}
        self.second_names: set[str] = set()  # 图书馆（知识产权信息服务中心）: an alias of the body, no acronym
        self.new_org_keys: dict[str, str] = {}
        self.new_names: set[str] = set()
        self.one_char_heads = frozenset(h for h in self.heads if len(h) == 1)
        self.orgs_told: set[str] = set()
        self.data_dir = data_dir  # the visitors' reader (extract/visitors.py) loads when a report first needs it
        """The organisations the passages resolved so far name: those a body's word for itself may stand for."""
        self.org_names = {o.key: o.name_zh for o in gazetteer.organisations.values()}
        self.aliases = sorted(((a, o.key) for o in gazetteer.organisations.values()
                               for a in (*o.aliases_zh, *o.acronyms)), key=lambda pair: -len(pair[0]))
        """Short names and acronyms of known bodies, longest first; after ``learn``, only of those printed in full."""
        self.alias_starts = tuple(a for a, _ in self.aliases)
        self.known_names = {gazetteer.one_script.fold(n): o.key for o in gazetteer.organisations.values()
                            for n in (o.name_zh, *o.aliases_zh) if n}
        """Known bodies by their Chinese names, for a name composed, not matched (最高人民法院研究室…、知识产权法庭)."""
        self.printed_in_full: dict[str, str] = {}
        self.fold = gazetteer.one_script
        self.facts = ReportFacts()
        self.antecedents = Antecedents(self.facts.located)  # where each node is told: read when first needed

    @cached_property
    def place_run(self) -> re.Pattern[str]:
        """Two characters and a place's suffix: compiled when a name first needs it (most builds never do)."""
        return re.compile(f"([\u4e00-\u9fff]{{2}})(?:{alternation(self.place_suffixes)})")

    def learn(self, found: list[PassageMentions]) -> None:
        """Pass 1: every definition in the report, so a use before the definition also resolves; and the names of
        national offices the data knows by another name, so that a person's office printed so resolves too."""
        self.printed_in_full = {m.key: name for p in found for m in p.mentions
                                if m.key and self.fold.fold(name := drop_glosses(m.text)) ==
                                self.org_names.get(m.key)}
        self.aliases = [(a, k) for a, k in self.aliases if k in self.printed_in_full]
        self.alias_starts = tuple(a for a, _ in self.aliases)
        for passage in found:
            for mention in passage.mentions:
                self._learn_city_suffix(mention)
                office = self._known_office(mention)
                if office:
                    self.new_org_keys.setdefault(mention.details.get("name") or mention.text, office)
            for definition in passage.definitions:
                defined_name = definition.details.get("defines", "")
                key = definition.key or self._new_org_key(defined_name, definition.text)
                self.defined.setdefault(definition.text, (definition.kind, key))
                if definition.details.get("second"):
                    self.second_names.add(definition.text)
                if not definition.key:
                    self.new_org_keys[defined_name] = key

    def learn_places(self, texts: list[str]) -> None:
        """Pass 0: the places of China the report names with the suffix of their level (来安县, 焦作市, 福建省), as
        printed, by level: a report that names one place of a level is about it (``_placed``)."""
        suffixes = re.compile(f"[{re.escape(''.join(self.lone_places))}]")
        for text in texts:
            read = self.gazetteer.in_one_script(text)
            for at, suffix in ((m.start(), m.group(0)) for m in suffixes.finditer(read)):
                if read[at : at + 2] not in self.suffix_words:  # 青海市场: no 青海市
                    self.report_places.setdefault(suffix, set()).update(
                        text[at - n + 1 : at + 1] for n in range(3, 8) if read[at - n + 1 : at + 1] in self.leveled)

    def _placed(self, name: str) -> str:
        """A body named by the level of its place alone (县委, 市政府, 省委: the county's, the city's, the province's,
        as a local report prints its own bodies) under the name of the one place of that level the report names
        (来安县委 where the report names 来安县); the name as it is where the report names none or several, where the
        level opens a word of its own (市场监管局: the market's) or the name opens with a place (市南区法院)."""
        places = self.report_places.get(name[:1].translate(self.fold), set())
        read = self.fold.fold(name)
        if len(places) != 1 or read[:2] in self.suffix_words or any(read[:n] in self.leveled for n in range(3, 8)):
            return name
        return next(iter(places)) + name[1:]

    def _learn_city_suffix(self, mention: Mention) -> None:
        """A new body's name printing its city's 市 or province's 省 (济南市中级人民法院, 江西省高级人民法院) keys
        the name printed without it (济南中院, 江西高院), and a county's court printed in full keys the court printed by
        the county's bare name (天门市人民法院 … 天门法院: BareCounties.bare_name), where the report prints both."""
        if mention.kind != ORG or mention.key:  # a known body keys no other name: most mentions, ~2,000 a build
            return
        full = self._in_full(mention.details.get("name") or mention.text)
        self.new_names.add(full)
        if full.startswith(self.places) and re.match(self.city_suffix, full):
            short = re.sub(self.city_suffix, lambda place: place.group(1) or place.group(2), full)
            self.without_city_suffix.setdefault(short, name_key(full))
        if bare := self.bare_counties.bare_name(full):
            self.without_city_suffix.setdefault(self._in_full(bare), name_key(full))

    def _new_org_key(self, name: str, acronym: str | None = None) -> str:
        if name in self.new_org_keys:
            return self.new_org_keys[name]
        if acronym and re.fullmatch(r"[A-Za-z][A-Za-z0-9-]*", acronym) and acronym not in self.known_acronyms:
            return acronym
        full = self._in_full(name)
        longer = self._printed_in_full(full) or self._contracted_from(full)
        return self._new_org_key(longer) if longer else \
            self.without_city_suffix.get(full) or name_key(self._placed(full))

    def _printed_in_full(self, name: str) -> str:
        """The one longer name of a new body the report prints that ends in ``name`` (…专利审查协作广东中心 …
        广东中心; 香港特别行政区知识产权署 … 知识产权署): the short form, which keeps the place the full name
        names or drops the place it opens with, is that body, and so is each shorter one of those that the longest
        ends in (专利局…广东中心); a body opened by a lone place (市政府, 县委) is the one of the place the longer
        name prints (平顶山市政府), however short; empty when none, or when bodies of different names could be
        meant."""
        lone = name.startswith(self.lone_places)
        if len(name) < _SHORT_FORM_CHARS and not lone:
            return ""
        longer = sorted((o for o in self.new_names if len(o) > len(name) and o.endswith(name)), key=len)
        chain = longer and all(longer[-1].endswith(other) for other in longer)
        opening = longer[-1][: -len(name)].removesuffix(GOVERNMENT) if longer else ""  # 澳门特别行政区政府 + 经济局
        placed = chain and (opening in self.places if lone else
                            name.startswith(self.places) or opening.endswith(self.place_suffixes)
                            or self._own_words(name) >= _OWN_WORDS)
        return longer[-1] if placed else ""

    def _own_words(self, name: str) -> int:
        """How many characters of ``name`` stand before its head noun (代理人协会: 3); none without a head."""
        read = self.fold.fold(name)
        head = self._head_of(read)
        return len(read) - len(head) if head else 0

    def _head_of(self, read: str) -> str:
        """The longest head noun a name in one script ends in; empty when none."""
        return next((h for h in self.heads if read.endswith(h)), "")

    def _contracted_from(self, name: str) -> str:
        """The one longer name of a new body the report prints that ``name`` contracts: the same head noun, and
        before it characters taken in order from the words the longer name prints after its last inner head (中新网:
        中国新闻网; 海淀法院: 北京海淀区人民法院; 审协湖北中心: …专利局专利审查协作湖北中心), as Chinese shortens a
        name by keeping a character or two of each word. Never a word of a body the longer name only holds (知识产权局
        is not …知识产权局专利局), never from fewer than two characters before the head, never a place or a state
        the short name opens with but the longer one does not print whole (英国知识产权局 is no short form of a
        garbled 英两国知识产权局) or the lowest place the longer name prints none of (杭州市科学技术局 is not
        杭州市钱塘区…科学技术局), never a place alone before the head when the longer name goes on from that place
        with words of its own, not its level (湖南大学 is a body of its own beside 湖南科技大学; 朝阳法院 still
        contracts 北京市朝阳区人民法院), and none when two bodies could be meant."""
        read = self.fold.fold(name)
        head = self._head_of(read)
        stem = read[: len(read) - len(head)]
        if not head or len(stem) < 2:
            return ""
        place = next((p for p in self.state_and_place_names if stem.startswith(p)), "")
        fuller = {o for o in self.new_names if len(o) > len(name) and (long := self.fold.fold(o)).endswith(head)
                  and not long.endswith(read) and place in long and (stem != place or long.startswith(
                      self.lone_places, long.find(place) + len(place)))
                  and keeps_in_order(stem, words := self._last_words(long[: -len(head)]))
                  and (not (lowest := self._lowest_place(words)) or any(c in stem for c in lowest))}
        return fuller.pop() if len(fuller) == 1 else ""

    def _lowest_place(self, words: str) -> str:
        """The name of the last place a name's words print with the suffix of its level (杭州市钱塘区… → 钱塘): the
        body is that place's, so a short form that keeps none of it (杭州市科学技术局) is the body of a place above."""
        places = [m.group(1) for m in self.place_run.finditer(words)
                  if words[m.end() - 1 : m.end() + 1] not in self.suffix_words]
        return places[-1] if places else ""

    def _last_words(self, stem: str) -> str:
        """The words of a name's stem after the last head noun in it (某局专利局专利审查协作湖北 → 专利审查协作湖北):
        the body's own name. A head is one of org_heads.tsv (局, 部 too) no not_before follows (科学 holds none)."""
        ends = [at + len(h) for h in self.heads
                if (at := stem.rfind(h)) >= 0 and not stem.startswith(self.head_after[h], at + len(h))]
        return stem[max(ends, default=0) :]

    def _org_key(self, name: str) -> str:
        """The node of an organisation a person's title names: a short form the report defined (以下简称…) is the
        node it was defined for, as the organisation's own mention resolves, and a known body's name its known node,
        so the affiliation never points to a node that was not made."""
        kind, key = self.defined.get(name, ("", ""))
        return key if kind == ORG else self.known_names.get(self.fold.fold(name)) or self._new_org_key(name)

    def _in_full(self, name: str) -> str:
        """The name with its short forms written in full (市场监管局 → 市场监督管理局), so both forms key one node."""
        return self._forms_in_full(self._parent_written_out(name))

    def _forms_in_full(self, name: str) -> str:
        """The name with its words printed short (short_forms.tsv) written in full, its parent's name as it is; a
        city's market regulator printed with one 市 for the city's and 市场's (孝感市场监管局) under the city's name
        with its suffix (孝感市市场监督管理局), as the body names itself."""
        city = self.market_city.match(name) if MARKET_BODY in name else None
        name = name[: city.end()] + "市" + name[city.end() :] if city else name
        for short, full in self.short_forms:
            name = name.replace(short, full) if short in name and full not in name else name
        return name

    def _parent_written_out(self, name: str) -> str:
        """A unit whose name opens with a short name or acronym of its parent (国知局国际合作司, UPOV理事会) under the
        parent's full name, where the report prints that too (国家知识产权局国际合作司), as the report prints it: a
        name uses the fullest form the report prints, so the unit printed either way is one body."""
        folded = self.fold.fold(name)
        if not folded.startswith(self.alias_starts):  # most names open with no alias: a contraction, if any (澳大…)
            return level_parent(folded, self.new_names, self.report_places, self.lone_places, self.one_char_heads,
                                self.fold) or self.contractions.written_out(name, self.new_names)  # 市局…: …市…局
        alias, key = next(((a, k) for a, k in self.aliases if folded.startswith(a) and len(name) > len(a)
                           and k in self.printed_in_full), ("", ""))
        return self.printed_in_full[key] + name[len(alias) :] if key else name

    def _with_other_name(self, text: str, start: int, end: int) -> str:
        """The name as printed with the body's other name in brackets after it (某省市场监督管理局（知识产权局）,
        法学院（知识产权学院）: one body under two names, 一个机构两块牌子), a name of the body as a reader copies it;
        "" when no bracket of a name ending in a head follows."""
        other = _OTHER_NAME.match(text, end)
        return text[start:other.end()] if other and other.group(1).endswith(self.heads) else ""

    def resolve(self, passage: Passage, found: PassageMentions) -> None:
        """Pass 2: each mention onto its node."""
        located = self.facts.located.setdefault(passage.slug, [])
        for mention in found.mentions:
            known = mention.key or self._known_office(mention)
            kind, key = mention.kind, known or self._key_for_new(mention)
            if kind == ORG and mention.text in self.defined:
                kind, key = self.defined[mention.text]
                known = known or (key if key in self.org_kinds else "")  # defined for an office the data knows
            node = self.facts.node(kind, key)
            node.cite(passage.slug, mention.text)
            located.append(Located(kind, key, mention.start, mention.end))
            if not known:
                self._describe(node, mention)
                if kind == ORG and (joint := self._with_other_name(passage.text, mention.start, mention.end)):
                    node.surface.add(joint)
            if kind == PERSON and mention.details.get("government_of") and not node.details.get("affiliation"):
                node.details["affiliation"] = self._government(passage.slug, mention.details["government_of"])
            if kind == PERSON and mention.details.get("also_government") and not node.details.get("also"):
                node.details["also"] = self._government(passage.slug, mention.details["also_government"])
        self._note_told(found, located)
        for candidate in found.candidates:
            if candidate.text in self.defined:
                self.facts.node(*self.defined[candidate.text]).cite(passage.slug, candidate.text)
                located.append(Located(*self.defined[candidate.text], candidate.start, candidate.end))
            else:
                self.facts.unresolved[candidate.text] += 1
        located.sort(key=lambda m: (m.start, m.end))

    def _note_told(self, found: PassageMentions, located: list[Located]) -> None:
        """Each person whose body a word for itself names (我校, 学校副校长甲: …学院) keeps the organisations told
        before the name, in this passage and earlier ones: the school such a word stands for is one the report has
        named by then, not a faculty a later list of units names (学校党委书记甲，某某学院…); a byline's outlet
        (本报) is any the report prints, its masthead often last."""
        for mention in found.mentions:
            if mention.kind == PERSON and mention.details.get("affiliation_heads") and not mention.key and \
                    not mention.details.get("byline"):  # 本报讯（记者 甲）: the paper prints its name where it will
                node = self.facts.node(PERSON, self._key_for_new(mention))
                node.details.setdefault("told_before", sorted(self.orgs_told | {
                    m.key for m in located if m.kind == ORG and m.end <= mention.start}))
        self.orgs_told.update(m.key for m in located if m.kind == ORG)

    def _known_office(self, mention: Mention) -> str:
        """A country has one office of industrial property: the office a text names by the country's name and a
        head (沙特阿拉伯知识产权局) is the one the data knows for it (沙特知识产权局), when it knows one and its name
        ends in the same head (越南知识产权局 is not 越南版权局)."""
        details = mention.details
        if mention.kind != ORG or details.get("kind") != "national-office" or details.get("place_kind") != COUNTRY:
            return ""
        office = self.offices.get(details.get("place", ""))
        name = details.get("name") or mention.text
        return office.key if office and len(commonprefix([name[::-1], office.name_zh[::-1]])) >= 3 else ""

    def _government(self, passage: str, place: dict, kind: str = "government") -> str:
        """The node of a place's government that only a title names (兵库县知事 → the body 兵库县), or of a body a
        contraction names that the report prints only opening its unit's name (澳大校长: 澳门大学), cited where the
        title is; the government the report has printed in full (某市人民政府 … 某市市长甲) where it has, under either
        of a Chinese area's government's names (某市政府 … 某市副市长乙), which the node goes by both of."""
        names = government_names(place["name"]) if place.get("country", "") in ("", "CN") else (place["name"],)
        key = next((k for n in (*(place["name"] + h for h in (PEOPLES_GOVERNMENT, GOVERNMENT)), *names)
                    if (ORG, k := self._new_org_key(n)) in self.facts.nodes), "") or self._new_org_key(place["name"])
        node = self.facts.node(ORG, key)  # 某市人民政府…某市市长甲: that node
        node.cite(passage, place["name"])
        if not node.details:
            head = self._head_of(place["name"].translate(self.one_script))
            node.details.update(name=place["name"], kind=kind or self.head_kinds.get(head, ""),
                                country=place.get("country", ""), parent="")
        _also_named(node, set(names) - node.surface)
        return key

    def _key_for_new(self, mention: Mention) -> str:
        if mention.kind == PERSON:
            return name_key(mention.details.get("name", mention.text))
        return self._new_org_key(mention.details.get("name") or mention.text)

    def _describe(self, node: NodeFacts, mention: Mention) -> None:
        details = dict(mention.details)
        if node.kind == ORG:
            acronyms = [a for a, (_, k) in self.defined.items() if k == node.key and a != mention.text
                        and a not in self.second_names]
            details["acronyms"] = sorted(acronyms)
            details["name"] = name = self._placed(self._parent_written_out(details.get("name") or mention.text))
            if details.get("kind") != "unit" and (head := self._head_of(self.fold.fold(name))):
                details["kind"] = self.head_kinds[head]  # one name, one kind, in every report that prints it
            # A body printed short goes by its full name too (某市检察院: 某市人民检察院; 某省政府: 某省人民政府)
            chinese = details.get("country", "") in ("", "CN")
            _also_named(node, {self._forms_in_full(name), *(government_names(name) if chinese else ())} - {name})
        if node.kind == PERSON and not details.get("affiliation") and details.get("affiliation_text"):
            details["affiliation"] = self._org_key(details["affiliation_text"])
        if len(details.get("name", "")) < len(node.details.get("name", "")):  # the fullest name labels the node,
            details.update({k: node.details[k] for k in ("name", "kind") if node.details.get(k)})  # its head the kind
        node.details.update({k: v for k, v in details.items() if v or k not in node.details})


def _also_named(node: NodeFacts, names: set[str]) -> None:
    """Names a body goes by that the report does not print (某市检察院 is 某市人民检察院), kept apart from the forms
    it prints (``surface``), which the resolver reads: the graph gives both as the body's other names."""
    if names:
        node.details["also_named"] = sorted({*node.details.get("also_named", ()), *names})


def extract(passages: list[Passage], data_dir: Path) -> ReportFacts:
    """The nodes each passage names, resolved across the report, with the passages as evidence."""
    found = analyse([p.text for p in passages], data_dir)
    resolver = _Resolver(data_dir)
    resolver.learn_places([p.text for p in passages])
    resolver.learn(found)
    for passage, passage_mentions in zip(passages, found):
        resolver.resolve(passage, passage_mentions)
    resolver.settle_employers(passages)
    return resolver.facts
