"""Organisations by structure: a head noun (org_heads.tsv) with the words before it, read from a place or a known
organisation in front, or back to where the name starts; units listed after a unit; outlets of source lines."""

from __future__ import annotations

import re
from pathlib import Path

from spacy.tokens import Doc, Span

from ipgraph.extract.collectives import collective_words
from ipgraph.extract.mentions.acting_counterparts import ActingCounterparts
from ipgraph.extract.mentions.acting_places import ActingPlaces
from ipgraph.extract.mentions.breaks import NameBreaks
from ipgraph.extract.mentions.counted_lists import counted_bodies
from ipgraph.extract.mentions.counties import counties
from ipgraph.extract.mentions.faculties import Faculties
from ipgraph.extract.mentions.generic import GenericPhrases, counted_start, counts_bodies
from ipgraph.extract.mentions.headless import Headless, HeadlessNames
from ipgraph.extract.mentions.joined_nouns import (
    defined_at,
    elided_head,
    joined_nouns_before,
    joined_places,
    numbered_session,
)
from ipgraph.extract.mentions.joined_sides import dash_joined
from ipgraph.extract.mentions.lists import (
    closed_lists,
    coordinated,
    list_closers,
    listed_with_bodies,
    many_bodies,
    place_siblings,
    shared_by_places,
)
from ipgraph.extract.mentions.members import MemberWords, member_bodies
from ipgraph.extract.mentions.name_extent import backward, forward, stops_ahead
from ipgraph.extract.mentions.outlets import Outlets
from ipgraph.extract.mentions.own_units import OwnUnits
from ipgraph.extract.mentions.shared_titles import shared_head, shared_title
from ipgraph.extract.mentions.spans import HAN, MENTIONS, doc_text, get_spans, is_cjk, set_spans
from ipgraph.extract.mentions.starts import (
    LearntPlaces,
    branch_start,
    copula_start,
    joined_to_name,
    latin_trade_name,
    own_place_start,
    parent_whole,
    party_start,
    planned,
    posted_if_needed,
    posted_to,
    posting_start,
    verb_start,
)
from ipgraph.extract.mentions.units import (
    LIST_MARKS,
    defined_units,
    of_another_body,
    of_another_state,
    sibling_units,
)
from ipgraph.knowledge.gazetteer import CITY, COUNTRY, ORG, PERSON, TREATY, OrgHead, load as load_gazetteer, read_tsv
from ipgraph.knowledge.wordlists import Words, word_lists, word_starts
from ipgraph.zh.grammar import (
    BRACKETED,
    NAME_BREAKS,
    NAME_PUNCTUATION,
    NATIONAL,
    ORDINAL,
    POSTED,
    QUOTED,
    alternation,
)


class OrgShapes:
    """Organisations the data does not know, by their structure: a head noun (知识产权局, 协会, 海关) with the
    modifiers before it, read forwards from a place or a known organisation in front of it (埃及知识产权局 →
    Egypt's; 欧洲专利局医药与公众卫生审查部 → a unit of the EPO), or backwards from a head that names a body on its
    own (中华商标协会); and news outlets where a source line or a dateline names them (来源:光明日报)."""

    def __init__(self, data_dir: str, max_chars: int = 16) -> None:
        gazetteer = load_gazetteer(Path(data_dir))
        self.heads = gazetteer.org_heads
        self.heads_ending: dict[str, list] = {}  # last character → the heads ending in it, in the heads' order
        for head in self.heads:
            self.heads_ending.setdefault(head.head[-1], []).append(head)
        self.max_chars = max_chars
        self.city_country = {c.key: c.country for c in gazetteer.cities.values()}
        self.org_country = {o.key: o.country for o in gazetteer.organisations.values()}
        self.org_kind = {o.key: o.kind for o in gazetteer.organisations.values()}
        self.org_parent = {o.key: o.parent for o in gazetteer.organisations.values()}
        self.known = {name: key for kind, key, name in gazetteer.names() if kind == ORG}
        self.groups = {o.key for o in gazetteer.organisations.values() if o.kind in ("igo", "network")}
        self.abbreviations = {r["abbreviation"] for r in read_tsv(
            Path(data_dir) / "commitments" / "country_abbreviations.tsv", ("abbreviation",))}
        self.province_abbreviations = {r["abbreviation"] for r in read_tsv(
            Path(data_dir) / "gazetteer" / "province_abbreviations.tsv", ("abbreviation",))}
        self.any_head = word_starts(tuple(h.head for h in self.heads))  # where each head starts, in group 1
        suffixes = alternation(gazetteer.place_suffixes)
        self.place_names = set(gazetteer.provinces + gazetteer.prefectures)
        self.place_starts = tuple(sorted(self.place_names))
        self.counties = counties(Path(data_dir))
        # 四川, 三亚, 十堰; and counties (五华县, 三原县, 四会市): a name opening with their number is a place's
        self.numbered_places = tuple(p for p in sorted(self.place_names | self.counties.names) if counted_start(p, 0))
        self.place_shape = re.compile(gazetteer.place_shape(HAN))
        self.place_suffix = re.compile(f"(?:{suffixes})?")
        self.place_suffixes = tuple(gazetteer.place_suffixes)
        self.suffix_words = gazetteer.suffix_words
        self.treaty_heads = tuple(word_lists(Path(data_dir) / "commitments" / "treaty_action_words.tsv")["head"])
        self.learnt_places = LearntPlaces(self.place_shape, gazetteer, Path(data_dir))
        self.province = re.compile(f"(?:{alternation(gazetteer.provinces)})(?:{suffixes})")
        self.lone_places = {s for s in gazetteer.place_suffixes if len(s) == 1}
        self.zones = gazetteer.zones
        self.closers = list_closers(self.lone_places)
        self.blockers = frozenset(gazetteer.blockers)
        self.titles = re.compile(f"(?:{alternation(gazetteer.title_prefixes)})*({alternation(gazetteer.titles)})")
        self.surnames = tuple(gazetteer.surnames)  # a name after a title shared with a head (shared_titles.py)
        self.title_before = re.compile(f"(?:{alternation(gazetteer.titles)})$")
        speech = word_lists(Path(data_dir) / "commitments" / "pledge_words.tsv").get("speech", ())
        # A title stops a name, unless a head noun starts with it (委员会, 律师事务所: the title is the name's) or it
        # names an occupation (律师协会).
        named = set(gazetteer.titles) & {h.head[:n] for h in self.heads for n in range(len(h.head) + 1)}
        named |= set(gazetteer.occupations)
        self.generic = GenericPhrases(data_dir)
        self.breaks = NameBreaks(data_dir).breaks
        self.headless = HeadlessNames(data_dir)
        self.data_dir = Path(data_dir)
        self.stops = Words((*gazetteer.name_stops, *self.generic.opens, *speech,
                            *(t for t in gazetteer.titles if t not in named)))
        self.verbs = gazetteer.name_stops
        self.joint_verbs = tuple(r["word"] for r in read_tsv(Path(data_dir) / "gazetteer" / "joint_verbs.tsv",
                                                             ("word",)))
        self.joint_edges = ({w[0] for w in self.joint_verbs}, {w[-1] for w in self.joint_verbs})  # first, last chars
        self.proxy_words = tuple(r["word"] for r in read_tsv(Path(data_dir) / "gazetteer" / "proxy_words.tsv",
                                                             ("word",)))
        self.work_verbs = tuple(r["word"] for r in read_tsv(Path(data_dir) / "gazetteer" / "work_verbs.tsv",
                                                            ("word",)))
        self.parties = tuple(sorted((r["name"] for r in read_tsv(Path(data_dir) / "gazetteer" / "parties.tsv",
                                                                 ("name",))), key=len, reverse=True))
        self.party_ends = frozenset(p[-1] for p in self.parties)
        self.list_kinds = [(r["word"], r["kind"]) for r in read_tsv(
            Path(data_dir) / "gazetteer" / "list_kinds.tsv", ("word", "kind"))]
        self.outlets = Outlets(data_dir, gazetteer.provinces + gazetteer.prefectures)
        self.byline = self.outlets.byline
        self.acting_places = ActingPlaces(Path(data_dir), gazetteer, self.generic.opens)
        self.acting_counterparts = ActingCounterparts(Path(data_dir), self.generic.opens, tuple(self.generic.kinds))
        self.faculties = Faculties(Path(data_dir))
        self.members = MemberWords(data_dir, self.generic.opens)
        self.own_units = OwnUnits(Path(data_dir))

    def __call__(self, doc: Doc) -> Doc:
        found = get_spans(doc, MENTIONS)
        text = doc_text(doc)
        backward = self._backward_names(text, found) + self._quoted_names(text, found)
        headless = {(start, end): body for start, end, body in self.headless.spans(
            text, lambda at: self._starts_name(text, at))}
        candidates = [(start, end, place, "media") for start, end, place in self._outlets(text, found)] + \
            [(start, end, place, "") for start, end, place in backward] + \
            [(start, end, None, body.kind) for (start, end), body in headless.items()]
        inside = {i for s in found if s.label_ == ORG for i in range(s.start_char, s.end_char)}
        anchors = [(s.start_char, s.end_char, s) for s in found
                   if s.label_ == ORG or s.label_ in (COUNTRY, CITY) and s.start_char not in inside] + backward
        ahead = self.ahead(text, found)
        for start, end, anchor in anchors + [(start, end, None) for start, end in headless]:
            body = anchor is not None and anchor.label_ == ORG or (start, end) in headless  # 工信部信息通信管理局
            longer = self._forward(text, end, found, complete=(start, end, anchor) in backward or anchor is None,
                                   unit=body, ahead=ahead)
            if longer is not None and body and not self._unit(text, end, longer):
                continue
            if longer is not None:
                candidates.append((start, longer, anchor, ""))
        added: list[Span] = []
        taken: set[int] = set()
        rank = {"media": 0, ORG: 1}
        for start, end, anchor, kind in sorted(candidates, key=lambda c: (
                c[0], -c[1], rank.get(c[3] or (c[2].label_ if c[2] is not None else ""), 2))):
            start = party_start(self, text, start, end)
            if any(i in taken for i in range(start, end)) or not self._fits(text, start, end, found) or \
                    many_bodies(self, text, start, end, anchor) or planned(self, text, start, end, found) or \
                    kind != "media" and \
                    self.generic.names_none(text, start, end, lambda at: self.head_at(text, at) is not None):
                continue
            span = self._headless_span(doc, start, end, headless[start, end]) \
                if (start, end) in headless and anchor is None else self._span(doc, start, end, anchor, kind)
            if span is not None:
                added.append(span)
                taken.update(range(start, end))
        added += coordinated(self, doc, text, found, added)
        added += closed_lists(self, doc, text, found, added)
        added += counted_bodies(self, doc, text, found, added)
        added += shared_by_places(self, doc, text, found, added)
        added += sibling_units(self, doc, text, found, added) + defined_units(self, doc, text, found, added)
        added += place_siblings(self, doc, text, found, added)
        added += of_another_state(self, doc, found, added)
        added += of_another_body(self, doc, found, added)
        added += listed_with_bodies(self, doc, text, found, added)
        added = dash_joined(self, doc, text, found, added + member_bodies(self, doc, text, found, added))
        added += self.acting_places(doc, text, [*found, *added], self._span)
        added += self.acting_counterparts(self, doc, text, [*found, *added])
        owned = self.own_units(self, doc, text, found, added)
        units = [s for s in owned if not any(s is a for a in added)]  # 局条法司、保护司: the own unit's siblings too
        owned += sibling_units(self, doc, text, found + [s for s in owned if s not in units], units) if units else []
        added = self.faculties.told_before(self, doc, owned)
        found = [s for s in found if s.label_ == COUNTRY
                 or not any(s.start_char >= a.start_char and s.end_char <= a.end_char for a in added)]
        set_spans(doc, MENTIONS, found + added)
        return doc

    def collective_ending(self, text: str, start: int, end: int) -> bool:
        """A word standing for parties (双方与复旦大学) from ``start`` on ends at ``end`` (or before a newline there):
        a search of ``(?:collective)$``, read with the collectives' own pattern (no ~3 ms of compiling its copy)."""
        end -= text.endswith("\n", start, end)  # no such word holds a newline
        collective = collective_words(self.data_dir).pattern
        return any(collective.fullmatch(text, at, end) for at in range(start, end))

    def _unit(self, text: str, begin: int, end: int) -> bool:
        """What follows a known organisation names a unit of it when it has words of its own before the head, or a
        head that alone names a unit of a body right after it (国务院办公厅, 某局团委, 欧盟委员会: OrgHead.unit_after),
        and the head is not that of another international body (由WIPO组织 is a verb; 世卫组织密切合作组织 too) or of an
        outlet (联盟网站, 某局门户网站: where the body publishes, which names the body, not a unit of it)."""
        head = self.head_at(text, end)
        return head is not None and (end - len(head.head) > begin or head.unit_after(begin, end)) and \
            head.kind not in ("igo", "media")

    @staticmethod
    def _fits(text: str, start: int, end: int, found: list[Span]) -> bool:
        """A new name may hold a known name whole, with more after it, at its start (a unit: 欧洲专利局审查部), in a
        bracket, or as where a mission is posted (我驻欧盟使团): never cut one, never be one, never swallow one."""
        return all(m.start_char >= start and m.end_char < end and (
            m.start_char == start or text[m.start_char - 1] in ("(", "（", "《", POSTED)) for m in found
            if m.label_ in (ORG, TREATY, PERSON) and m.start_char < end and start < m.end_char)

    def _backward_names(self, text: str, found: list[Span]) -> list[tuple[int, int, Span | None]]:
        """Names read leftwards from each head: any head after a place (山东省市场监管局), a head that names a body
        alone after as many characters as it needs (中华商标协会, 光明日报), an organ's or a group's head before its
        session's number (某某理事会第三届年会, 某某工作组第五次会议: a body that meets), and a head after a place the
        passage has named with its suffix before (泉州市中级人民法院 … 泉州法院)."""
        out, unplaced = [], []
        named = {i for s in found if s.label_ in (ORG, TREATY, PERSON) for i in range(s.start_char, s.end_char)}
        for match in self.any_head.finditer(text):
            end = match.end(1)
            head = self.head_at(text, end) or shared_head(self, text, end, found)
            if head is None or end - 1 in named:
                continue
            start = own_place_start(self, text, verb_start(self, text, self._backward(
                text, end - len(head.head), found), end - len(head.head), found), found)
            start = joined_nouns_before(self, text, start, end, head, found)
            start = self._official_before(text, start, end - len(head.head), head, found)
            lone = (self._lone_place(text, start) or text[start] in self.lone_places and joined_to_name(
                self, text, start, end - len(head.head), {s.end_char: s for s in found})) and \
                not elided_head(self, text, start, head)  # 分、区院: the branches and the districts' bodies
            start = self._after_inner_name(text, start, end - len(head.head)) if lone else start
            start = posting_start(text, start, end, found) if head.posted else start
            placed, start = start, branch_start(self, text, start, end, head, found)
            start = copula_start(self, text, start, end - len(head.head))
            whole = start < placed and parent_whole(text, start, placed, head)  # 平安银行合肥分行: the bank's branch
            place, shape = self._place_at(found, start), self.place_shape.match(text, start, end - len(head.head))
            stem = end - len(head.head) - start
            if stem > 1 and text[start : end - len(head.head)] in self.own_units.heads:
                continue  # 本院院长: the title after a body's word for itself (本院), no body 本院院
            defined = stem >= 2 and defined_at(text, end, head)
            faculty = self.faculties.named(text, start, end - len(head.head), head.head)
            # After 的 a phrase is a kind of body (领域的妇女网络), unless defined or opening with a province's, a
            # city's or a state's name (来访的湖北省知识产权局副局长甲, 来访的冰岛知识产权局局长: the body a proper name
            # names, 的 closing the clause before).
            if (stem >= 2 or lone or faculty) and posted_if_needed(head, text, start, end) and \
                    not counts_bodies(text, end, head.head) and \
                    (text[start - 1 : start] != "的" or defined or text.startswith(self.place_starts, start)
                     or place is not None and place.label_ == COUNTRY) and \
                    text[start] not in "(（" and \
                    not self._counted(text, start) and not ORDINAL.match(text, start) and (
                    place is not None or shape or lone or defined or faculty or whole
                    or joined_places(self, text, start, end - len(head.head))
                    or head.alone is not None and stem >= head.alone
                    or (head.organ or head.kind == "network") and stem >= 3 and numbered_session(text, end)
                    or stem >= 2 and self._titled_head(text, start, end, head)
                    or text.startswith(NATIONAL, start) and stem > 2
                    or head.posted and posted_to(text, start, end - len(head.head), found)):
                out.append((latin_trade_name(text, start, head), end, place))
            elif head.alone is not None and not self.generic.names_none(text, start, end, lambda _: False):
                unplaced.append((start, end - len(head.head), end))
        listed = _listed(text, out, unplaced)
        return out + listed + self.learnt_places.names(text, out, [u for u in unplaced if u[0] not in
                                                                   {s for s, _, _ in listed}])

    def _quoted_names(self, text: str, found: list[Span]) -> list[tuple[int, int, Span | None]]:
        """A phrase in quotation marks that ends in a head is the name of a body whatever its words (产权组织的“某某
        青年小组”): the marks say where it starts, so no place or length is needed, and brackets inside it stay."""
        out = []
        for match in QUOTED.finditer(text):
            start, end = match.start() + 1, match.end() - 1
            head = self.head_at(text, end, quoted=True)
            if text[match.start()] == "“" and head is not None and end - len(head.head) - start >= 3 and \
                    not any(c in NAME_PUNCTUATION for c in text[start:end]) and not self._counted(text, start):
                out.append((start, end, self._place_at(found, start)))
        return out

    def _headless_span(self, doc: Doc, start: int, end: int, body: Headless) -> Span | None:
        """The mention of a body named without a head, described as its full name printed would be (so that both
        key one node of one kind): a unit of the known body its full name opens with (中办 → 中共中央办公厅, of
        中共中央), else of the kind its full name's head gives (发改委 → …委员会), else of the kind listed."""
        full = body.full
        parent = next((self.known[full[:at]] for at in range(len(full) - 1, 1, -1) if full[:at] in self.known), "")
        head = self.head_at(full, len(full))
        span = self._span(doc, start, end, None, head.kind if head else body.kind, name=full)
        if span is not None and parent and not span.kb_id_:
            span._.ipg.update(kind="unit", parent=parent, country=self.org_country.get(parent, ""))
        return span

    def _place_after(self, text: str, at: int, found: list[Span]) -> bool:
        """A name, province, city (与天津大学) or bare county's court (与海淀法院) opens at ``at``: 与 joins names."""
        court = self.learnt_places.bare.body_at
        return any(m.start_char == at for m in found) or text.startswith(self.place_starts, at) or court(text, at)

    def _official_before(self, text: str, start: int, head_start: int, head: OrgHead, found: list[Span]) -> int:
        """Where the name of an official's office starts: a title right before the head of a unit is the name's
        (行政长官办公室, 总干事办公室: the office of that official), read on leftwards from the title."""
        title = self.title_before.search(text, max(0, start - 8), start) if start == head_start else None
        if title is None or head.kind != "unit":
            return start
        return self._backward(text, title.start(), found)

    def _titled_head(self, text: str, start: int, end: int, head: OrgHead) -> bool:
        """A title that repeats the head of the noun before it (财政司司长, 经济局副局长, 海关关长), or that the head's
        row names (org_heads.tsv, titled: 办公室主任), names that body's officer: the noun is a body even where its
        head alone names none (司, 局); but not a word blockers.tsv says names nothing (最高法院, any state's)."""
        title = self.titles.match(text, end) or shared_title(self, text, end)
        return title is not None and (title.group(1).startswith(head.head[-1]) or title.group(1) in head.titled) \
            and text[start:end] not in self.blockers

    def _after_inner_name(self, text: str, start: int, head_start: int) -> int:
        """Where a name that opens with a bare 省/市 starts when another such name precedes it in the run read
        leftwards (市检察院联合市检一分院: at the second 市)."""
        inner = [at for at in range(start + 3, head_start) if self.head_at(text, at) is not None]
        if not inner:
            return start
        return next((at for at in range(inner[-1], head_start) if text[at] in self.lone_places), start)

    def _lone_place(self, text: str, start: int) -> bool:
        """A name opening a clause with a bare 省, 市 or 区 (省知识产权局): the report's province's or city's body."""
        return text[start] in self.lone_places and self._starts_name(text, start)

    def _starts_name(self, text: str, at: int) -> bool:
        """A name may start at ``at``: after the text's start, punctuation, a function word or a verb before names."""
        return at == 0 or not is_cjk(text[at - 1]) or text[at - 1] in NAME_BREAKS or self.stops.ending(text, at)

    def head_at(self, text: str, end: int, listed: bool = False, quoted: bool = False):
        """The longest head that ends a name at ``end`` (not followed by what makes it another word), if any; in a
        list of names (``listed``) a list mark after it ends the item, whatever it makes of the head elsewhere
        (组织和 is "organise and" in prose, the end of 欧洲刑警组织 after 国际刑警组织、); in quotation marks
        (``quoted``) a word before the head that makes the phrase a facility or a kind elsewhere does not (“某数据
        中心”), while one character still makes a word with the head (“…新格局”, “…信托基金”)."""
        for head in self.heads_ending.get(text[end - 1 : end], ()):
            start = end - len(head.head)
            if start > 0 and text.startswith(head.head, start) \
                    and not text.endswith((tuple(w for w in head.not_after if len(w) == 1) if quoted
                                           else head.not_after) or ("\0",), 0, start) \
                    and (listed and text[end : end + 1] in LIST_MARKS
                         or not text.startswith(head.not_before or ("\0",), end)
                         or self.faculties.acts_at(text, start, end, head.head)):
                return head
        return None

    def ahead(self, text: str, found: list[Span]) -> tuple[list[int], dict[int, int]]:
        """What a name read forwards meets (name_extent.stops_ahead), read once for a passage's every anchor."""
        return stops_ahead(self, text, found)

    def _forward(self, text: str, begin: int, found: list[Span], complete: bool = False,
                 unit: bool = False, ahead: tuple[list[int], dict[int, int]] | None = None) -> int | None:
        """The furthest end of a name that goes on from ``begin`` (name_extent.forward)."""
        return forward(self, text, begin, found, complete, unit, ahead)

    def _backward(self, text: str, head_start: int, found: list[Span]) -> int:
        """Where a name ending in a head that starts at ``head_start`` starts (name_extent.backward)."""
        return backward(self, text, head_start, found)

    def _outlets(self, text: str, found: list[Span]) -> list[tuple[int, int, Span | None]]:
        """The outlets of source lines, picture credits and datelines (outlets.py), each with its place if any."""
        def ends_outlet(at: int) -> bool:
            head = self.head_at(text, at)
            return head is not None and head.kind == "media"
        return [(s, e, self._place_at(found, s)) for s, e in self.outlets.spans(text, found, ends_outlet)]

    def _counted(self, text: str, start: int) -> bool:
        """A phrase that opens with a number is a date, a count or an ordinal, unless a place's name opens with
        that number (四川大学, 三亚市中级人民法院, 十堰市知识产权局, a county's: 五华县市场监督管理局)."""
        return counted_start(text, start) and not text.startswith(self.numbered_places, start)

    @staticmethod
    def _place_at(found: list[Span], start: int) -> Span | None:
        return next((s for s in found if s.start_char == start and s.label_ in (COUNTRY, CITY)), None)

    def _span(self, doc: Doc, start: int, end: int, anchor: Span | None, kind: str = "", name: str = "",
              head_end: int = 0) -> Span | None:
        """The mention of a new organisation; ``name`` when it is not the span's text (a head shared by coordinated
        places: resolved to the reference data when it holds the name), ``head_end`` where its kind's head ends."""
        printed = doc_text(doc)[start:end]  # 某组织（WIPO）学院: the name 某组织学院 with the acronym left out
        bare = BRACKETED.sub("", printed[:-1]) + printed[-1:]
        known = self.known.get(name, "") or (self.known.get(bare, "") if bare != printed else "")
        span = doc.char_span(start, end, label=ORG, kb_id=known)
        if span is None or known:
            return span
        text = doc_text(doc)
        head = self.head_at(text, head_end or end) or shared_head(self, text, head_end or end, [])
        details = {"name": name or span.text, "kind": kind or (head.kind if head else "other"), "country": "",
                   "parent": ""}
        if anchor is not None and anchor.label_ == ORG:
            details.update(kind="unit", parent=anchor.kb_id_, country=self.org_country.get(anchor.kb_id_, ""))
        elif anchor is not None:
            country = anchor.kb_id_ if anchor.label_ == COUNTRY else self.city_country.get(anchor.kb_id_, "")
            details.update(place=anchor.kb_id_, place_kind=anchor.label_, country=country)
        span._.ipg = details
        return span


def _listed(text: str, out: list, unplaced: list[tuple[int, int, int]]) -> list[tuple[int, int, None]]:
    """经管学院、中欧知识产权学院: a name too short to name a body alone (two characters before 学院) is still one as
    an item of a list whose neighbouring item, across the list mark, is a body's name: the mark bounds it as a place
    in front of it would, and the list makes its items of one sort."""
    starts, ends = {s for s, _, _ in out}, {e for _, e, _ in out}
    return [(start, end, None) for start, head_start, end in unplaced if head_start - start >= 2 and (
        text[end:end + 1] == "、" and end + 1 in starts or text[start - 1:start] == "、" and start - 1 in ends)]

