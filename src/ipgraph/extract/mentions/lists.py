"""Organisations named in lists: coordinated places that share one head (珠海市、中山市政府), and the items of a list
closed by 等 and a noun that says what they are (海信集团、高测科技等企业; 淄博、枣庄等十市中院)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import takewhile
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ipgraph.extract.mentions.generic import counted_start
from ipgraph.extract.mentions.spans import is_cjk, overlaps, suffix_end
from ipgraph.extract.mentions.units import LIST_MARKS
from ipgraph.knowledge.gazetteer import CITY, COUNTRY, ORG, PERSON, TREATY
from ipgraph.zh.grammar import COORDINATORS, LIST_CLOSER, NUMBER, NUMERALS, WITH, between_names

if TYPE_CHECKING:
    from ipgraph.extract.mentions.organisations import OrgShapes

ONE_PER_PLACE = ("national-office", "government", "customs")
"""Kinds of body a country or city has one of, so that a head shared by places names one each."""
_PER_PLACE = (*ONE_PER_PLACE, "ministry", "court", "prosecution", "police")
"""Kinds of body that a place's name before the head makes that place's own (山东省知识产权局, 甲市中级人民法院): after
places listed in full, with their suffixes, each place has its own."""
_PLACE_SHARED = (*_PER_PLACE, "other")
"""Kinds of body whose name after a place, listed after other places, each of them shares (``shared_by_places``): those
a place has its own of, and a service body of no more definite kind that a place sets up for itself (泉州、宁德保护中心,
厦门、晋江知识产权快速维权中心: each city's centre); not the many companies, universities or associations of a place."""
_MANY_PER_COUNTRY = ("court", "prosecution", "police")
"""Kinds of body a country has many of: its name and the bare head (中国法院, 乌克兰法院) are all of them, no one
body; a city's (泉州法院) is its own."""
_BETWEEN_NAMES = between_names(with_=True)
_JOIN_STARTS, _JOIN_ENDS = {c[0] for c in COORDINATORS}, {c[-1] for c in COORDINATORS}


def _may_join(char: str) -> bool:
    """What stands between two listed names (``_BETWEEN_NAMES``) opens with white space or a joint's first character:
    tested before the text between every two places is cut out and matched."""
    return char in _JOIN_STARTS or char == WITH or char.isspace()
_COUNT = re.compile(rf"\s*{NUMBER}\s*")
"""A count after 等 (等十市中院, 等5家企业): how many items there are, with the suffix of their places or a measure."""
_LEVELS = "级"
"""What a count of listed places counts when they are of different levels (湖南省、长沙市两级知识产权局): each has the
body that follows."""
_PLACES = "地(?!方)"
"""The noun that calls the listed items places of any level, after 等 or a count (广州、东莞等地市场监管局,
北京、上海两地知识产权局: each place's body): no suffix is added to the places, which print their own, and the places
that end the list share the head even after items that are none. 地方 ("local": 甲、乙等地方政府部门) is a class of
bodies, not this noun."""
_PLACES_CLOSE = re.compile(f"{_PLACES}$")
_THROUGH = re.compile(f"(?:{_LEVELS}|{_PLACES})$")
"""A closer that ends in 级 or 地 stands between the last place and the head the places share: the last place's body
runs through it (_through_levels)."""
_NAME_DASHES = "—-–"
"""Dashes that join the parts of a transliterated name (梅塞德斯—奔驰), printed long or short."""
_TRADE_KINDS = ("company",)
"""Kinds of body whose names are trade names, of two characters as often as more (博世集团, 高通公司): among bodies of
their kind in a list two characters of their own name one, where alone they would be a kind (科技公司)."""
_ITEM_CHARS = (3, 12)
"""How long the words of an item of a list closed by a noun of a kind may be: two characters are as often a trade
(电子、汽车等企业) as a name."""


def coordinated(shapes: OrgShapes, doc: Doc, text: str, found: list[Span], added: list[Span]) -> list[Span]:
    """One body for each of coordinated places that share a head: 珠海市、中山市政府 (珠海市政府 too), 尼日利亚、
    卡塔尔和沙特阿拉伯的知识产权局 (three offices)."""
    places = sorted((m for m in found if m.label_ in (COUNTRY, CITY)), key=lambda m: m.start_char)
    ends = {suffix_end(shapes.place_suffix, text, p.end_char): p for p in places}
    out: list[Span] = []
    for place in places:
        full_end = suffix_end(shapes.place_suffix, text, place.end_char)
        shared = next((a for a in added if a.start_char == place.start_char
                       and (a._.ipg or {}).get("kind") in ONE_PER_PLACE), None)
        rest = text[full_end : shared.end_char] if shared is not None else _head_after_de(shapes, text, full_end)
        listed = _listed_before(text, place, ends) if rest else []  # no head to share: none listed is read
        if not rest or not listed or shared is None and shapes.generic.listed_as_class(text, listed[0].start_char):
            continue
        if shared is None:
            listed.append(place)
        for other in listed:
            other_end = suffix_end(shapes.place_suffix, text, other.end_char)
            span = shapes._span(doc, other.start_char, other_end, other,
                                name=text[other.start_char : other_end] + rest,
                                head_end=full_end + len(rest) + (0 if shared is not None else 1))
            if span is not None and not any(overlaps(span, a) for a in added + out):
                out.append(span)
    return out


def _head_after_de(shapes: OrgShapes, text: str, at: int) -> str:
    """A bare head after 的 (…和沙特阿拉伯的知识产权局): the head the places before share, when each place has
    one such body (an office, a government, a customs service; not 中国和美国的大学)."""
    if text[at : at + 1] != "的":
        return ""
    return next((h.head for h in shapes.heads if text.startswith(h.head, at + 1) and h.kind in ONE_PER_PLACE
                 and shapes.head_at(text, at + 1 + len(h.head)) is not None), "")


def _listed_before(text: str, place: Span, ends: dict[int, Span]) -> list[Span]:
    """The places coordinated before ``place`` (珠海市、 before 中山市), nearest last."""
    listed: list[Span] = []
    current = place
    while True:
        before = next((p for end, p in ends.items() if end < current.start_char and _may_join(text[end])
                       and _BETWEEN_NAMES.match(text[end : current.start_char])), None)
        if before is None or before in listed:
            return listed[::-1]
        listed.append(before)
        current = before


def closed_lists(shapes: OrgShapes, doc: Doc, text: str, found: list[Span], added: list[Span]) -> list[Span]:
    """The items of lists closed by 等 or by a count of places: after a noun of a kind (list_kinds.tsv), each item is a
    body of that kind when one of them is a body already (海信集团、高测科技、兰信控股等企业: like is listed with
    like); after a head, each item that is a place is that place's body, its suffix the count's (淄博、枣庄等十市中院
    → 淄博市中院; 甲、乙两市市场监管局)."""
    out: list[Span] = []
    closing, counted = shapes.closers
    closers = [(m.start(), m.end(), m.group("places") or "") for m in closing.finditer(text)]
    closers += [(m.start("count"), m.end(), m.group("counted") or "") for m in counted.finditer(text)]
    names = _names(found, added) if closers else []
    for at, after, suffix in sorted(closers):
        kind = "" if suffix else next((k for word, k in shapes.list_kinds if text.startswith(word, after)), "")
        if at == 0 or not kind and not _ends_in_place(shapes, text, at, found):
            continue
        items = _items(shapes, text, at, found, names)
        if not kind and _PLACES_CLOSE.search(text, 0, after):
            items = _places_last(shapes, text, items, found)  # 某公司、甲、乙等地…: the places that end the list
        if kind and any(body for _, _, body in items):
            out += _bodies(shapes, doc, text, [(s, e) for s, e, _ in items], (kind, found), names + out)
        elif not kind and len(items) >= 2 and _all_places(shapes, text, items, found) and \
                not _levels_of_a_class(shapes, text, after, items) and \
                (shared := _shared_words(shapes, text, after, found)):
            head = shapes.head_at(text, after + len(shared))
            bodies = _places_bodies(shapes, doc, text, items, found, (suffix, shared, head.kind if head else ""),
                                    names + out)
            out += _through_levels(shapes, doc, bodies, after + len(shared)) if _THROUGH.search(text, 0, after) \
                else bodies
    return out


def _levels_of_a_class(shapes: OrgShapes, text: str, after: int, items: list[tuple[int, int, bool]]) -> bool:
    """Levels counted after bare 省、市、区 name a class of bodies (省、市、区三级法院: the courts of three levels), not
    each place's; after named places (甲省、乙市两级) they are these places' bodies."""
    return text[after - 1] == _LEVELS and any(text[s:e] in shapes.lone_places for s, e, _ in items)


def _through_levels(shapes: OrgShapes, doc: Doc, bodies: list[Span], end: int) -> list[Span]:
    """The last place's body runs through the count of levels to the head (甲省、乙市两级知识产权局: 乙市两级知识产权局
    names 乙市知识产权局), so the verb after the head (共同承办) stands right after a body of the list, as after
    甲省、乙市知识产权局."""
    if not bodies:
        return bodies
    last = max(bodies, key=lambda b: b.start_char)
    longer = shapes._span(doc, last.start_char, end, None, last._.ipg.get("kind", ""), name=last._.ipg.get("name", ""))
    if longer is None:
        return bodies
    longer._.ipg.update({k: v for k, v in last._.ipg.items() if k not in longer._.ipg or not longer._.ipg[k]})
    return [b for b in bodies if b is not last] + [longer]


def shared_by_places(shapes: OrgShapes, doc: Doc, text: str, found: list[Span], added: list[Span]) -> list[Span]:
    """The bodies of places listed before a body of a place that a place has one of (山东省、江苏省知识产权局;
    甲市、乙市中级人民法院; 甲、乙保护中心): each place's, named by the place and the words after the last place's
    name. A list that a word of generality opens (各省、自治区、直辖市及某兵团知识产权局) names every place of
    those levels, no one place: it shares nothing with the named body after it."""
    out: list[Span] = []
    for body in added:
        start, end = body.start_char, body.end_char
        joiner = next((c for c in COORDINATORS if text.endswith(c, 0, start)), "")
        place_end = _place_end(shapes, text, start, end, found) if joiner and \
            (body._.ipg or {}).get("kind") in _PLACE_SHARED else 0
        if not place_end:
            continue
        names = _names(found, added)
        rest = text[place_end:end]
        items = _places_last(shapes, text, _items(shapes, text, start - len(joiner), found, names), found)
        if rest and items and not text.endswith(shapes.generic.opens, 0, items[-1][0]):  # 各省、自治区…及X局
            out += _places_bodies(shapes, doc, text, items, found, ("", rest, body._.ipg["kind"]), names + out)
    return out


def _places_last(shapes: OrgShapes, text: str, items: list[tuple[int, int, bool]],
                 found: list[Span]) -> list[tuple[int, int, bool]]:
    """The places that end a list (last first) up to the first item that is no place: they share the body after
    them, the names before them are bodies of their own (甲法院、乙市及丙县市场监管局: 乙市's and 丙县's)."""
    return list(takewhile(lambda item: _all_places(shapes, text, [item], found), items))


def _place_end(shapes: OrgShapes, text: str, start: int, end: int, found: list[Span]) -> int:
    """Where the place a body's name opens with ends: a place named, with its suffix if printed (深圳, 深圳市), of a
    place's shape, which holds its suffix (山东省, 闽侯县: the 市 of 闽侯县市场监管局 is the market's), or a bare
    省/市 (省、市知识产权局); 0 when the name opens with none."""
    named = next((m.end_char for m in found if m.start_char == start and m.label_ in (COUNTRY, CITY)), 0)
    if named and (glossed := _glossed_place_end(shapes, text, named, found)):
        return glossed  # 中国(宁波)、中国(温州)知识产权保护中心: the country and the city its bracket names
    shaped = shapes.place_shape.match(text, start, end)
    place = named or (shaped.end() if shaped else 0)
    if place and not text.endswith(shapes.place_suffixes, start, place):
        return suffix_end(shapes.place_suffix, text, place)
    return place or (start + 1 if text[start] in shapes.lone_places else 0)


def listed_with_bodies(shapes: OrgShapes, doc: Doc, text: str, found: list[Span], added: list[Span]) -> list[Span]:
    """Items listed next to a body that end in a head are bodies too, even with a head that names none alone (外交部、
    国家工商总局; 国家知识产权局、外交部和商务部): a list joins like with like. A head that names a body alone still
    needs its words (仲裁院和调解中心: kinds of body), but two of them are a name among bodies of the head's own kind
    (德国某某公司、博世集团、宝马集团: a trade name of two characters among companies)."""
    names = _names(found, added)
    out: list[Span] = []
    for body in (n for n in names if n.label_ == ORG and (text[n.start_char - 1 : n.start_char] in _JOIN_ENDS
                                                         or text[n.end_char : n.end_char + 1] in _JOIN_STARTS)):
        joiner = next((c for c in COORDINATORS if text.endswith(c, 0, body.start_char)), "")
        end = body.start_char - len(joiner)
        before = _items_before(shapes, text, end, found, names) if joiner and \
            shapes.head_at(text, end, listed=True) is not None else iter(())  # no head, no body: read no further
        for side in ((item[:2] for item in before), _items_after(shapes, text, body.end_char)):
            for item in side:
                span = _listed_body(shapes, doc, text, item, found, names + out, _kind_of(shapes, body))
                if span is None:
                    break
                out.append(span)
    return out


def _items_after(shapes: OrgShapes, text: str, at: int) -> Iterator[tuple[int, int]]:
    """The items listed after a name that ends at ``at``, one at a time, each up to the last head within its words."""
    while (joiner := next((c for c in COORDINATORS if text.startswith(c, at)), "")):
        start = end = at + len(joiner)
        while end < len(text) and end - start < _ITEM_CHARS[1] and (is_cjk(text[end]) or _dash_joins(text, end)) \
                and not shapes.breaks(text, end):
            end += 1
        at = next((e for e in range(end, start + 1, -1) if shapes.head_at(text, e, listed=True)), 0)
        if not at:
            return
        yield start, at


def _dash_joins(text: str, at: int) -> bool:
    """A dash between two Chinese characters joins the parts of one transliterated name (梅塞德斯—奔驰公司)."""
    return text[at] in _NAME_DASHES and 0 < at < len(text) - 1 and is_cjk(text[at - 1]) and is_cjk(text[at + 1])


def _kind_of(shapes: OrgShapes, body: Span) -> str:
    """The kind of body a name in a list is: a known organisation's row's, or the one its head gave it."""
    return shapes.org_kind.get(body.kb_id_, "") if body.kb_id_ else str((body._.ipg or {}).get("kind", ""))


def _listed_body(shapes: OrgShapes, doc: Doc, text: str, item: tuple[int, int], found: list[Span],
                 taken: list[Span], kind: str = "") -> Span | None:
    """The body an item of a list names, when it ends in a head with two characters of its own before it (or as
    many as the head needs alone; two where the list's body ``kind`` is the head's, a kind of trade names) and no
    name covers it; None when it names none."""
    start, end = item
    head = shapes.head_at(text, end, listed=True)
    if head is None:
        return None
    own = 2 if head.kind == kind in _TRADE_KINDS else max(2, head.alone or 2)
    if end - len(head.head) - start < own or counted_start(text, start) or \
            not shapes._fits(text, start, end, found) or \
            shapes.generic.names_none(text, start, end, lambda _: True):
        return None
    return None if _taken(start, end, taken) else shapes._span(doc, start, end, None, head.kind)


def _taken(start: int, end: int, spans: list[Span]) -> bool:
    """A name covers some of the characters from ``start`` to ``end`` already. Asked before a span is made: a span of
    the same offsets shares its extension values (its ``ipg``) with one made before."""
    return any(s.start_char < end and start < s.end_char for s in spans)


def _names(found: list[Span], added: list[Span]) -> list[Span]:
    """The names found so far that a list's item may be: of organisations, people, treaties (not places)."""
    return [s for s in (*found, *added) if s.label_ in (ORG, PERSON, TREATY)]


def list_closers(place_suffixes: set[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What closes a list: 等, with a count of the items after it if any (等十市, 等5家); or a count of places
    alone, in words (甲、乙两市), or of the levels of government they are (甲省、乙市两级: no suffix). Group
    ``places``/``counted`` holds the suffix of the places counted, ``count`` where the count starts. Two patterns
    that each open with a word or a class of characters, which a scan finds fast."""
    suffixes = "".join(sorted(place_suffixes))
    return (re.compile(rf"{LIST_CLOSER}(?:{_COUNT.pattern}(?:(?P<places>[{suffixes}])|[家个所]))?(?:{_PLACES})?"),
            re.compile(rf"(?P<count>[{NUMERALS}]+)(?:(?P<counted>[{suffixes}])|{_LEVELS}|{_PLACES})"))


def _ends_in_place(shapes: OrgShapes, text: str, at: int, found: list[Span]) -> bool:
    """A place's name ends at ``at``: a place found, a province or prefecture-level city, or a place's suffix. Asked
    before a list is read, which is slower."""
    return text[at - 1 : at] in shapes.lone_places or any(text[at - n : at] in shapes.place_names for n in (2, 3, 4)) \
        or any(m.end_char == at and m.label_ in (COUNTRY, CITY) for m in found)


def _all_places(shapes: OrgShapes, text: str, items: list[tuple[int, int, bool]], found: list[Span]) -> bool:
    """Every item of the list is a place (or a bare 省/市 of the report's own): a list of places, whose bodies share
    what follows it."""
    places = {(m.start_char, m.end_char) for m in found if m.label_ in (COUNTRY, CITY)}
    glossed = {(m.start_char, _glossed_place_end(shapes, text, m.end_char, found)) for m in found
               if m.label_ == COUNTRY and text[m.end_char : m.end_char + 1] in _OPENING}
    return all((s, e) in places or (s, e) in glossed or shapes.place_shape.fullmatch(text, s, e)
               or text[s:e] in shapes.lone_places for s, e, _ in items)


_OPENING, _CLOSING = "（(", "）)"


def _glossed_place_end(shapes: OrgShapes, text: str, at: int, found: list[Span]) -> int:
    """Where a bracket right after a country that holds a city ends (中国(宁波): the country's body in that city, as
    中国(宁波)知识产权保护中心 is named); 0 when none follows."""
    if text[at : at + 1] not in _OPENING:
        return 0
    close = next((i for i in range(at + 2, min(len(text), at + 8)) if text[i] in _CLOSING), 0)
    inside = any(m.start_char == at + 1 and m.end_char == close and m.label_ == CITY for m in found) \
        or close and shapes.place_shape.fullmatch(text, at + 1, close) is not None
    return close + 1 if close and inside else 0


def _shared_words(shapes: OrgShapes, text: str, at: int, found: list[Span]) -> str:
    """The words from ``at`` that the places of a list share: a bare head (等十市中院), or words up to a head
    (两市市场监管局); empty when no head follows."""
    heads = [h.head for h in shapes.heads if text.startswith(h.head, at)
             and shapes.head_at(text, at + len(h.head)) is h]
    end = at + max(map(len, heads)) if heads else shapes._forward(text, at, found)
    return text[at:end] if end else ""


def _items(shapes: OrgShapes, text: str, end: int, found: list[Span],
           names: list[Span]) -> list[tuple[int, int, bool]]:
    """The items of the list that ends at ``end``, last first, each told whether it is a body already (named, or
    ending in a head)."""
    return list(_items_before(shapes, text, end, found, names))


def _items_before(shapes: OrgShapes, text: str, end: int, found: list[Span],
                  names: list[Span]) -> Iterator[tuple[int, int, bool]]:
    """The items of the list that ends at ``end`` one at a time, last first, each read leftwards to where a name
    starts (a name found covers it whole); the list starts where an item is not preceded by 、."""
    while True:
        name = next((s for s in names if s.end_char == end), None)
        start = name.start_char if name is not None else shapes._backward(text, end, found)
        if start >= end:
            return
        yield start, end, name is not None or shapes.head_at(text, end) is not None
        if text[start - 1 : start] != "、":
            return
        end = start - 1


def _bodies(shapes: OrgShapes, doc: Doc, text: str, items: list[tuple[int, int]], listed: tuple[str, list[Span]],
            taken: list[Span]) -> list[Span]:
    """A body for each item whose words may be a name and that no name covers yet: of the kind its head gives, else
    of the list's kind (``listed``: the kind, and the names found before, of which places are no body)."""
    kind, found = listed
    places = {(m.start_char, m.end_char) for m in found if m.label_ in (COUNTRY, CITY)}
    out: list[Span] = []
    for start, end in items:
        if not _ITEM_CHARS[0] <= end - start <= _ITEM_CHARS[1] or counted_start(text, start) or \
                (start, end) in places or shapes.place_shape.fullmatch(text, start, end) or \
                not shapes._fits(text, start, end, found) or \
                shapes.generic.names_none(text, start, end, lambda _: True):
            continue
        span = None if _taken(start, end, taken + out) else \
            shapes._span(doc, start, end, None, "" if shapes.head_at(text, end) else kind)
        if span is not None:
            out.append(span)
    return out


def _places_bodies(shapes: OrgShapes, doc: Doc, text: str, items: list[tuple[int, int, bool]], found: list[Span],
                   shared: tuple[str, str, str], taken: list[Span]) -> list[Span]:
    """The body of each place of the list, named by the place, the suffix of the count (unless the place prints it)
    and the words the list shares (``shared``: the suffix, the words, the kind of body)."""
    places = {(m.start_char, m.end_char): m for m in found if m.label_ in (COUNTRY, CITY)}
    countries = {m.start_char: m for m in found if m.label_ == COUNTRY}  # 中国(宁波): the country's
    suffix, words, kind = shared
    out: list[Span] = []
    for start, end, _ in items:
        own = suffix and text.endswith(suffix, start, end)
        anchor = places.get((start, end), countries.get(start))
        span = None if _taken(start, end, taken + out) else shapes._span(
            doc, start, end, anchor, kind, name=text[start:end] + ("" if own else suffix) + words)
        if span is not None:
            out.append(span)
    return out


def place_siblings(shapes: OrgShapes, doc: Doc, text: str, found: list[Span], added: list[Span]) -> list[Span]:
    """A bare head listed after a body whose name opens with a place, or after that body's title (某新区党工委、
    管委会; 某开发区党工委副书记、管委会副主任): coordination leaves out the words the items share, so the head
    names the same place's body, of a kind a place has one of (its government, court, office)."""
    out: list[Span] = []
    for body in (s for s in added if s.label_ == ORG):
        place = _shared_place(shapes, text, body, found)
        mark = next((i for i in range(body.end_char, min(len(text), body.end_char + 7)) if text[i] in LIST_MARKS), -1)
        between = text[body.end_char : mark]
        if not place or place >= body.end_char - 1 or mark < 0 or \
                between and not (all(map(is_cjk, between)) and shapes.title_before.search(between)):
            continue
        head = next((h for h in shapes.heads if h.kind in _PER_PLACE and text.startswith(h.head, mark + 1)), None)
        end = mark + 1 + len(head.head) if head is not None else 0
        if head is None or shapes.head_at(text, end) is not head or \
                any(shapes.head_at(text, e) is not None for e in range(end + 1, min(len(text), end + 7))) or \
                _taken(mark + 1, end, [*found, *added, *out]):
            continue
        span = shapes._span(doc, mark + 1, end, None, head.kind, name=text[body.start_char : place] + head.head)
        if span is not None:
            span._.ipg["country"] = (body._.ipg or {}).get("country", "")
            out.append(span)
    return out


def _shared_place(shapes: OrgShapes, text: str, body: Span, found: list[Span]) -> int:
    """Where the place that a body's name opens with ends, taking all the words before its head when they are one
    place (莆田经济开发区 of 莆田经济开发区党工委, not the city 莆田); 0 when the name opens with none."""
    head = shapes.head_at(text, body.end_char)
    own = body.end_char - len(head.head) if head is not None else 0
    if own > body.start_char and shapes.place_shape.fullmatch(text, body.start_char, own):
        return own
    return _place_end(shapes, text, body.start_char, body.end_char, found)


def many_bodies(shapes: OrgShapes, text: str, start: int, end: int, anchor: Span | None) -> bool:
    """The bodies of a group of countries (金砖国家知识产权局, 中日韩知识产权局局长会议, 中欧海关): a body a state
    has one of after a group or after two country or province abbreviations (粤港澳海关) is several bodies, not
    one; so is a country's name right before the bare head of a kind it has many of (中国法院: _MANY_PER_COUNTRY),
    and the whole of a level before it (全国法院, 全省知识产权局: GenericPhrases.all_of_place)."""
    head = shapes.head_at(text, end)
    if head is not None and shapes.generic.all_of_place(text, start, end - len(head.head), head.kind):
        return True
    if head is not None and head.kind in _MANY_PER_COUNTRY:
        return anchor is not None and anchor.label_ == COUNTRY and anchor.end_char == end - len(head.head)
    if head is None or head.kind not in ONE_PER_PLACE:
        return False
    if anchor is not None and anchor.label_ == ORG and anchor.kb_id_ in shapes.groups:
        return True
    return not text.startswith(shapes.place_starts, start) and not suffixed_pair(shapes, text, start) and any(
        all(c in s for c in text[start : start + 2]) for s in (shapes.abbreviations, shapes.province_abbreviations))


def suffixed_pair(shapes: OrgShapes, text: str, start: int) -> bool:
    """Two abbreviations right before a place's one-character suffix (青川县, 川汇区, 青川市) are the name of one
    place, not a compound of two (川渝两地): a county's name is two characters and its suffix, and the gazetteer
    does not know every county or city; a suffix that opens a word of its own (市场, 区域) is no suffix."""
    at = start + 2
    return text[at : at + 1] in shapes.lone_places and not text.startswith(shapes.suffix_words, at)
