"""The body or state a person's title ties the person to when no organisation is printed right before the title: a
place's government (上海市副市长, 兵库县知事), a reporter's outlet, the known body that opens the title's phrase
(世界知识产权组织第64届成员国大会主席), the state of a head of state or a posted diplomat (日本首相, 苏丹驻华大使)."""

from __future__ import annotations

import re
from functools import cached_property

from spacy.tokens import Span

from ipgraph.extract.mentions.spans import HAN, is_cjk, suffix_end
from ipgraph.knowledge.gazetteer import CITY, COUNTRY, ORG, Gazetteer, split_multi
from ipgraph.zh.contractions import shortens_head
from ipgraph.zh.governments import PEOPLES_LEVELS
from ipgraph.zh.grammar import (
    BACK_POINTERS,
    CLAUSE_BREAKS,
    COORDINATORS,
    GOVERNMENT,
    NAME_BREAKS,
    NAME_PUNCTUATION,
    PEOPLES_GOVERNMENT,
    POSTED,
    alternation,
)

_QUALIFIER = re.compile(rf"[（(]{HAN}{{2,4}}[）)]$")
"""A bracket between a body and a title that says which of the body's offices of that title is meant (澳大(学术)
副校长, 某院（常务）副院长)."""
_PICTURED = re.compile(rf"[（(]{HAN}{{1,4}}[）)]")
"""Where a photograph shows a person, in brackets after the name or title (甲主任（图右）, 乙（左一）)."""


def _by_word(heads: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The heads each word of a body's for itself stands for, from the words listed under each head."""
    by_word: dict[str, tuple[str, ...]] = {}
    for head, words in heads.items():
        for word in words:
            by_word[word] = (*by_word.get(word, ()), head)
    return by_word


class Offices:
    """What a title says of its holder's body and state, read from the places, bodies and titles printed with it."""

    def __init__(self, gazetteer: Gazetteer, follow_words: tuple[str, ...], acts: tuple[str, ...],
                 own_heads: dict[str, tuple[str, ...]], governs: dict[str, str], proxies: tuple[str, ...],
                 own_letters: dict[str, tuple[str, ...]]) -> None:
        self.follow_words, self.acts = follow_words, acts
        # The words no body's name holds, after which one starts: a verb before names, a word of acting for another.
        self.name_start = re.compile(f"^.*(?:{alternation((*gazetteer.name_stops, *proxies))})")
        self.proxies = proxies
        self.governs_of = {title: split_multi(short) for title, short in governs.items() if short}
        # A body's word for itself may stand for names of several heads (我校: …大学, …学院, …学校).
        self.own_heads = _by_word(own_heads)
        # One character a body's own news names it by, alone before a title at a clause's start (，校党委书记甲):
        # the heads of the bodies it stands for (own_contractions.tsv), as for 我校.
        self.own_letters = _by_word(own_letters)
        self.any_head = re.compile(f"(?:{alternation(tuple(h.head for h in gazetteer.org_heads))})$")
        # A portfolio of up to four characters may stand between a body and the title (某局内地业务总经理).
        self.body_before_portfolio = re.compile(f"^(.*{self.any_head.pattern[:-1]}){HAN}{{0,4}}$")
        self.org_country = {o.key: o.country for o in gazetteer.organisations.values()}
        self.org_names = {o.key: (o.name_zh, *o.aliases_zh) for o in gazetteer.organisations.values()}
        self.country_names = {c.code: (c.name_zh, *c.names_zh) for c in gazetteer.countries.values()}
        self.city_country = {c.key: c.country for c in gazetteer.cities.values()}
        self.place_shape = re.compile(rf"{HAN}{{2,4}}?(?:{alternation(gazetteer.place_suffixes)})$")
        self.place_suffix = re.compile(f"(?:{alternation(gazetteer.place_suffixes)})?")
        self.province = re.compile(f"(?:{alternation(gazetteer.provinces)}){HAN}{{0,4}}?(?:省|自治区|自治區)$")
        self.occupations = set(gazetteer.occupations)
        self.governments = {name: org.key for org in gazetteer.organisations.values() if org.kind == "government"
                            for name in (org.name_zh, *org.aliases_zh)}
        self.head_kinds = {h.head: h.kind for h in gazetteer.org_heads}
        self.longest_head = max(map(len, self.head_kinds))
        self.government_heads = tuple(h.head for h in gazetteer.org_heads if h.kind == "government")
        prefixes = f"(?:{alternation(gazetteer.title_prefixes)})*"
        self.state_titles = {title: (f"{prefixes}{re.escape(title)}", code)
                             for title, code in gazetteer.state_titles.items()}
        """Each title that says its holder's state, as a pattern (with its prefixes) compiled when a role first ends
        with the title."""

    def place_before(self, text: str, mentions: list[Span], at: int) -> str | None:
        """The country of a place printed right before ``at`` (上海市, 日本兵库县; 兵库县: "" when unknown), or None."""
        for place in (m for m in mentions if m.label_ in (CITY, COUNTRY) and m.end_char <= at):
            rest = text[place.end_char : at]
            if self.place_suffix.fullmatch(rest) or self.place_shape.fullmatch(rest):
                return place.kb_id_ if place.label_ == COUNTRY else self.city_country.get(place.kb_id_, "")
        return "" if self.place_shape.search(text, max(0, at - 6), at) else None

    def parent_prefix(self, name: str, unit: dict) -> str:
        """The known body a unit's printed name opens with (国家知识产权局条法司 → 国家知识产权局), where the
        mentions tied the unit to that body by its key alone: the body of a unit listed after it (…国际合作司甲副司长、
        条法司乙副司长) is that body too."""
        names = [n for n in self.org_names.get(unit.get("parent", ""), ()) if n and name.startswith(n) and n != name]
        return max(names, key=len) if names else ""

    def country(self, org: Span) -> str:
        return self.org_country.get(org.kb_id_, "") if org.kb_id_ else (org._.ipg or {}).get("country", "")

    def employer(self, text: str, mentions: list[Span], title_at: int, role: str,
                 byline: bool) -> tuple[str, str] | None:
        """The body of a title no organisation precedes: a place's government (上海市副市长 → 上海市人民政府), or
        for a reporter or a writer a dateline credits the outlet of the passage (新华社…专电(记者魏蒙))."""
        for place in (m for m in mentions if m.label_ in (CITY, COUNTRY)):
            if self._titles_place(text, place, title_at):
                name = text[place.start_char : title_at]
                key = next((self.governments[n + h] for n in (name, place.text) for h in self.government_heads
                            if n + h in self.governments), "")
                return (key, name) if key else None
        if byline:
            outlet = next((m for m in mentions if m.label_ == ORG and (m._.ipg or {}).get("kind") == "media"), None)
            return (outlet.kb_id_, outlet.text) if outlet is not None else None
        return self._heading_body(text, mentions, title_at) if role else None

    def acted_for(self, text: str, mentions: list[Span], at: int) -> tuple[str, str] | None:
        """The body a person acts for, printed right after the name and its title with a word of acting for another
        (甲主任代表某大学领奖, 教授乙代表某学院致辞): the person's own when nothing before the name ties one."""
        at = aside.end() if (aside := _PICTURED.match(text, at)) else at  # 甲主任（图右）代表…: where the picture shows
        word = next((w for w in self.proxies if text.startswith(w, at)), "")
        body = next((m for m in mentions if m.label_ == ORG and m.start_char == at + len(word)), None) if word else None
        return (body.kb_id_, (body._.ipg or {}).get("name") or body.text) if body is not None else None

    def _titles_place(self, text: str, place: Span, title_at: int) -> bool:
        """The title at ``title_at`` follows the place, its suffix printed or not: 上海市副市长, 北京市市长 (whose
        市 is the title's, after the place's own)."""
        return title_at in (place.end_char, suffix_end(self.place_suffix, text, place.end_char))

    def _heading_body(self, text: str, mentions: list[Span], title_at: int) -> tuple[str, str] | None:
        """The known body that opens the phrase of a title whose own words name no body (世界知识产权组织第64届成员国
        大会主席 → WIPO): the phrase runs back to punctuation, and no function word stands between, nor a verb
        that follows a name (局长甲陪同乙副总理: 乙 is not of the bureau; 某院书记甲教授、院长乙 is)."""
        body = next((m for m in reversed(mentions) if m.label_ == ORG and m.kb_id_ and m.end_char < title_at), None)
        between = text[body.end_char : title_at] if body is not None else ""
        if body is None or any(c in NAME_PUNCTUATION + CLAUSE_BREAKS + NAME_BREAKS or c.isspace() for c in between) \
                or any(act in between for act in self.acts):
            return None
        return body.kb_id_, body.text

    def governs(self, role: str) -> tuple[str, ...]:
        """The short names of the government or the head nouns of the body whose head the last title of ``role``
        names (副省长: 省政府; 行政长官: 特区政府; 副署长: 署), for the report to resolve to the government or body it
        names: a head whose title alone is printed (省长甲, a signature 行政长官 乙, 署长甲 in a customs release) or
        whose place has no government the report names in full (香港特区行政长官, after 特区政府) works for it."""
        last = role.split("、")[-1]
        return next((short for title, short in self.governs_of.items() if last.endswith(title)), ())

    def fits(self, role: str, body: Span | None) -> bool:
        """The body of the list item before may be the body of a title after it (某局局长甲，副局长乙; 某局局长甲、
        处长乙: a unit of the bureau): not where the title heads a body of another kind than a unit (某市人民政府
        副市长甲，校长乙，副校长丙: they head the university the report names, not the city's government); a body of
        no settled kind (某市委常委、副市长甲，副市长乙: 市委 is "other") still gives it, as before."""
        kinds = {self.kind(head) for head in self.governs(role)} - {"", "unit"}
        kind = self.kind((body._.ipg or {}).get("name") or body.text) if body is not None and kinds else ""
        return kind in ("", "other") or kind in kinds

    def kind(self, name: str) -> str:
        """The kind the longest head noun ending ``name`` gives (…人民政府: government; …大学: university)."""
        return next((kind for at in range(max(0, len(name) - self.longest_head), len(name))
                     if (kind := self.head_kinds.get(name[at:])) is not None), "")

    def state_names(self, text: str, mentions: list[Span], title_at: int, role: str) -> tuple[str, ...]:
        """The names of the state or region printed right before a title (香港特区行政长官, 日本首相), so that the
        report's government of it, if it names one (香港特别行政区政府), is the person's body, as a city's
        government is its mayor's."""
        place = next((m for m in mentions if m.label_ == COUNTRY and self._titles_place(text, m, title_at)), None)
        return self.country_names.get(place.kb_id_, ()) if place is not None and role else ()

    def local_government(self, text: str, mentions: list[Span], title_at: int, role: str) -> dict | None:
        """The place whose office a title names when the reference data knows no government of it (临江市副市长,
        日本兵库县知事 → the body 兵库县, of Japan): a city, or a name ending in a place suffix; not a country (法国总统
        names no organisation) and not an occupation (上海市律师). A Chinese city's government is its people's
        government (北京市市长 → 北京市人民政府), and so is a province's (江苏省副省长 → 江苏省人民政府: one of China's
        provinces with 省 or 自治区; 省 alone is also Viet Nam's or Laos's word)."""
        if not role or role in self.occupations:
            return None
        before = [m for m in mentions if m.label_ in (CITY, COUNTRY) and m.end_char <= title_at]
        place = before[-1] if before else None
        if place is not None and self._titles_place(text, place, title_at):
            if place.label_ == COUNTRY or text[place.start_char - 1 : place.start_char] == POSTED:
                return None  # 法国总统; 驻伊斯坦布尔总领事 (where a mission is posted)
            country = self.city_country.get(place.kb_id_, "")
            name = text[place.start_char : title_at] + (PEOPLES_GOVERNMENT if country == "CN" else "")
            return {"name": name, "country": country}
        province = self.province.search(text, max(0, title_at - 10), title_at)
        if province and text[province.start() - 1 : province.start()] != POSTED and \
                (place is None or place.end_char <= province.start()):
            return {"name": province.group(0) + PEOPLES_GOVERNMENT, "country": "CN"}  # 江苏省副省长
        start = title_at
        while start > max(0, title_at - 6, place.end_char if place is not None else 0) and \
                is_cjk(text[start - 1]) and text[start - 1] not in NAME_BREAKS and \
                not text.endswith(self.follow_words, 0, start):
            start -= 1
        if not self.place_shape.fullmatch(text, start, title_at) or text[start - 1 : start] == POSTED:
            return None
        country = place.kb_id_ if place is not None and place.label_ == COUNTRY and place.end_char == start else ""
        name = text[start:title_at]
        level = next((level for level in PEOPLES_LEVELS if name.endswith(level)), "")
        if not country and level and level + GOVERNMENT in self.governs(role):  # 某区副区长: 某区人民政府, China's
            return {"name": name + PEOPLES_GOVERNMENT, "country": "CN"}
        return {"name": name, "country": country}

    def state(self, text: str, mentions: list[Span], title_at: int, role: str, org: Span | None) -> str:
        """The state a title ties a person to, where the text says so: a country printed right before the title
        (日本首相, 法国总统) or before the 驻 of a posting in the same phrase (苏丹驻华大使, 中国常驻日内瓦代表); else
        a title of a state office printed alone (总理, 国家主席: titles.tsv column state) at no body of another
        state. None of these, no state: an official of a city or a body is not tied to its country."""
        start = title_at
        while start > max(0, title_at - 40) and text[start - 1] not in NAME_PUNCTUATION + CLAUSE_BREAKS and \
                not text[start - 1].isspace():
            start -= 1
        posted = text.rfind(POSTED, start, title_at)
        places = {m.start_char: m for m in mentions if m.label_ in (COUNTRY, CITY)}
        at_title = next((m for m in places.values() if m.label_ == COUNTRY and m.end_char == title_at), None)
        if at_title is not None and not (posted >= 0 and self._posted_to(text, places, posted) >= title_at):
            return at_title.kb_id_  # 新西兰总理; not 驻澳门及香港总领事, where the consul is posted
        for country in (m for m in places.values() if m.label_ == COUNTRY and start <= m.start_char):
            if country.end_char in (posted, posted - 1) and text[country.end_char : posted] in ("", "常"):
                return country.kb_id_
        offices = [code for title, (shape, code) in self.state_titles.items()
                   if any(part.endswith(title) and re.fullmatch(shape, part) for part in role.split("、"))]
        if not offices or posted >= 0 or self.place_before(text, mentions, title_at) is not None:
            return ""
        return offices[0] if org is None or self.country(org) in ("", offices[0]) else ""

    @staticmethod
    def _posted_to(text: str, places: dict[int, Span], posted: int) -> int:
        """Where the places a posting names end (驻澳门及香港, 驻华)."""
        at = posted + 1
        while at in places:
            at = places[at].end_char
            at += 1 if text[at : at + 1] in ("、", *COORDINATORS) and at + 1 in places else 0
        return at

    @cached_property
    def own_word(self) -> re.Pattern[str]:
        """A body's word for itself ending where a search ends: compiled when a passage first needs it."""
        return re.compile(f"(?:{alternation(tuple(self.own_heads))})$")

    @cached_property
    def own_anywhere(self) -> re.Pattern[str]:
        """A body's word for itself: compiled when a byline first needs it."""
        return re.compile(alternation(tuple(self.own_heads)))

    def points_back(self, text: str, at: int) -> bool:
        """The word before the title at ``at`` points back at a body the text has just told of (该局局长甲, 該校校长乙),
        not at the body that speaks (我局, 本院): the body is the one told last before, not the report's first."""
        own = self.own_word.search(text, max(0, at - 3), at)
        return own is not None and own.group(0).startswith(tuple(BACK_POINTERS))

    def own_before(self, text: str, at: int) -> bool:
        """A body's word for itself ends right before ``at`` (我院甲副院长, 该校乙教授)."""
        return self.own_word.search(text, max(0, at - 3), at) is not None

    def own_outlet(self, text: str, at: int) -> tuple[str, ...]:
        """The heads of the outlet a dateline names by its word for itself right before a byline at ``at``
        (本报讯（记者 甲乙）: …报), so that the writer is the paper's and not another outlet's the report names."""
        own = self.own_anywhere.search(text, max(0, at - 10), at)
        return self.own_heads[own.group(0)] if own else ()

    def short_body(self, text: str, mentions: list[Span], title_at: int, role: str) -> tuple[str, tuple[str, ...]]:
        """The short name of a body printed before a title, for the report to resolve to a name it prints in full:
        a head noun with what is glued before it (法学院院长 → 清华大学法学院; 市检察院; 某局数码总监: the portfolio
        between is not the body's), a diplomat's posting with
        the title and the state printed before it (驻慕尼黑总领事 → 中国驻慕尼黑总领事馆; not 驻澳门…联络办公室 for
        驻澳总领事; 西班牙驻沪总领事 is not of a body that names several states' consulates); a contraction of the
        body the title heads (澳大校长: 澳門大學, which the report resolves by ``Contractions``); or, after a body's
        word for itself or for the body told before (我院, 我校, 该局), the heads its full name may end with (院;
        大学, 学院, 学校; 局), for the report's first body ending so, as after the one character its own news names it
        by, standing alone before the title (，校党委书记甲; own_contractions.tsv). The body starts after a verb that
        stands before names or a word of acting for another (会见某国某部部长, 代表省委书记甲: 某国某部, 省委)."""
        if (own := self.own_word.search(text, max(0, title_at - 3), title_at)) is not None:
            return "", self.own_heads[own.group(0)]
        stretch = self._stretch_before(text, title_at)
        if stretch in self.own_letters:
            return "", self.own_letters[stretch]  # ，校党委书记甲: the university's, as 我校党委书记 is
        start = title_at - len(stretch)
        if POSTED in stretch:
            posted = start + stretch.index(POSTED)
            state = next((m.start_char for m in mentions if m.label_ == COUNTRY and m.end_char == posted), posted)
            return text[state:title_at] + (role if text.startswith(role, title_at) else ""), ()
        body = self.body_before_portfolio.match(stretch)
        if body and len(body.group(1)) >= 2:
            return body.group(1), ()
        return (stretch if shortens_head(stretch, self.governs(role)) else ""), ()

    def _stretch_before(self, text: str, at: int) -> str:
        """The characters glued before ``at`` that may name a body: back to a break, after a verb that stands before
        names or a word of acting for another (会见某国某部部长: 某国某部); a bracket right before ``at`` qualifies
        the title, not the body (澳大(学术)副校长: 澳大)."""
        at -= len(portfolio.group(0)) if (portfolio := _QUALIFIER.search(text, max(0, at - 8), at)) else 0
        start = at
        while start > max(0, at - 10) and is_cjk(text[start - 1]) and text[start - 1] not in NAME_BREAKS:
            start -= 1
        start += len(stop.group(0)) if (stop := self.name_start.match(text[start:at])) else 0
        return text[start:at]

    def contracted_before(self, text: str, at: int, role: str) -> bool:
        """A contraction of the body whose head ``role`` names stands alone right before ``at`` (澳大校长甲; 澳大甲
        副校长): a body printed before the title or the name, as a full name is, so the name after it may be read
        as one after a body's name is (three characters without a word after it: 澳大校长甲乙丙热情接待)."""
        return shortens_head(self._stretch_before(text, at), self.governs(role))
