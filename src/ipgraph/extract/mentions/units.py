"""Units and bodies read from the names around them: units listed after a unit (欧盟委员会农业总司、贸易总司), a unit
printed after the short form its body is given (某中心（以下简称“某中心”）材料部), and a known body of one state
printed after the name of another (柬埔寨海关总署: not China's)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ipgraph.extract.mentions.spans import doc_text, is_cjk, overlaps
from ipgraph.knowledge.gazetteer import COUNTRY, ORG
from ipgraph.zh.grammar import COORDINATORS, NATIONAL, SHORT_FORM_WORDS

if TYPE_CHECKING:
    from ipgraph.extract.mentions.organisations import OrgShapes

LIST_MARKS = {c for c in COORDINATORS if len(c) == 1}
"""What joins the items of a list of names one character long (、和及)."""
_DEFINING = re.compile(rf"[（(]{SHORT_FORM_WORDS}[:：]?[“\"][^（）()“”\"]{{1,12}}[”\"][）)]")
"""A bracket that gives the name before it a short form (（以下简称“某中心”）, （下称“某局”）)."""
FACULTY_PARENTS = ("university", "research")
"""The kinds of body whose units are listed after one another with the parent written once (某大学法学院、光华管理学院;
某科学院某研究所、某研究所)."""


def sibling_units(shapes: OrgShapes, doc: Doc, text: str, found: list[Span], added: list[Span]) -> list[Span]:
    """Units listed after a unit, each by its own words and head (欧盟委员会农业总司、贸易总司和企业总司): units of
    the same parent, named with the parent's part of the first unit's name (also a faculty whose own words, read
    back from its head, made a name alone: 某大学知识产权学院、证据学研究所); or, when its name shows no parent,
    bodies with the same head (市检一分院、三分院); after a known body, bodies with its head and words enough
    of their own to name one (国际刑警组织、欧洲刑警组织)."""
    taken = [(s.start_char, s.end_char) for s in (*found, *added)]
    known = [m for m in found if m.label_ == ORG and m.kb_id_]
    out: list[Span] = []
    for unit in (*added, *known):
        parent = _parent_part(shapes, text, unit.start_char, unit.end_char) if unit.kb_id_ == "" else ""
        head = shapes.head_at(text, unit.end_char)
        at = unit.end_char
        while head is not None and text[at : at + 1] in LIST_MARKS:
            end = at + 1
            while end < len(text) and is_cjk(text[end]) and not shapes.breaks(text, end) and end - at <= 10:
                end += 1
            end = next((e for e in range(end, at + 2, -1) if shapes.head_at(text, e, listed=True) is not None
                        and (parent or text.startswith(head.head, e - len(head.head)))), 0)
            own = next((a for a in added if (a.start_char, a.end_char) == (at + 1, end) and not a.kb_id_
                        and not (a._.ipg or {}).get("parent")), None) if parent and end else None
            if own is not None and _faculty(shapes, text, parent, own, found):
                own._.ipg.update(name=parent + own.text, kind="unit", parent=(unit._.ipg or {}).get("parent", ""),
                                 country=(unit._.ipg or {}).get("country", ""))  # read back alone, named alone
                at = end
                continue
            if not end or any(s < end and at + 1 < e for s, e in taken) or unit.kb_id_ and \
                    end - len(head.head) - at - 1 < max(2, head.alone or 2):
                break
            span = shapes._span(doc, at + 1, end, None, shapes.head_at(text, end, listed=True).kind,
                                name=parent + text[at + 1 : end])
            if span is None or shapes.generic.names_none(text, at + 1, end, lambda _: True):
                break
            if parent:
                span._.ipg.update(kind="unit", parent=(unit._.ipg or {}).get("parent", ""),
                                  country=(unit._.ipg or {}).get("country", ""))
            out.append(span)
            at = end
    return out


def defined_units(shapes: OrgShapes, doc: Doc, text: str, found: list[Span], added: list[Span]) -> list[Span]:
    """A unit printed right after the bracket that gives a body its short form (某中心（以下简称“某中心”）材料部主任甲):
    the body's unit, named with the body's name and no bracket, as if printed after it (某中心材料部); the shortest
    run of a word and a head noun, for a title follows it, or the new body read there already (某大学（…）法学院)."""
    out: list[Span] = []
    spans = (*found, *added)
    for body in (m for m in spans if m.label_ == ORG and text[m.end_char : m.end_char + 1] in "（("):
        if (bracket := _DEFINING.match(text, body.end_char)) is None:
            continue
        at = bracket.end()
        own = _own_body_at(shapes, text, at, found, spans)
        if not (end := own.end_char if own is not None else _unit_end(shapes, text, at, spans)):
            continue
        name = (body._.ipg or {}).get("name") or body.text
        span = own if own is not None else shapes._span(doc, at, end, None, "unit", name=name + text[at:end])
        if span is not None and not span.kb_id_ and not (span._.ipg or {}).get("parent"):
            span._.ipg.update(name=name + text[at:end], kind="unit", parent=body.kb_id_ or (body._.ipg or {}).get(
                "parent", ""), parent_name=name, country=shapes.org_country.get(body.kb_id_, "") or (
                body._.ipg or {}).get("country", ""))
            out += [] if own is not None else [span]
    return out


def _own_body_at(shapes: OrgShapes, text: str, at: int, found: list[Span], spans: tuple[Span, ...]) -> Span | None:
    """A body already read right after the bracket that opens with no place (某大学（…）法学院): the unit itself."""
    return next((m for m in spans if m.start_char == at and m.label_ == ORG and shapes._place_at(found, at) is None
                 and not shapes.place_shape.match(text, at, m.end_char)), None)


def _unit_end(shapes: OrgShapes, text: str, at: int, spans: tuple[Span, ...]) -> int:
    """Where the shortest run of words after the bracket ends before a break or a head noun (a title follows it), when
    a head noun does follow and no span read there crosses it; 0 when none does."""
    end = next((e for e in range(at + 2, min(len(text), at + 9) + 1) if not is_cjk(text[e - 1])
                or shapes.breaks(text, e - 1) or shapes.head_at(text, e) is not None), 0)
    if not end or shapes.head_at(text, end) is None or any(m.start_char < end and at < m.end_char for m in spans):
        return 0
    return end


def _faculty(shapes: OrgShapes, text: str, parent: str, item: Span, found: list[Span]) -> bool:
    """A listed item is another faculty or institute of the university or academy the unit before it names (某大学知识
    产权学院、证据学研究所): the parent is one (FACULTY_PARENTS), and the item's words open with no place and hold no
    head but their own (广州市人民检察院, 某市委市监局 name bodies of their own)."""
    parent_head = shapes.head_at(parent, len(parent))
    start = item.start_char
    return parent_head is not None and parent_head.kind in FACULTY_PARENTS and \
        shapes._place_at(found, start) is None and not shapes.place_shape.match(text, start, item.end_char) and \
        text[start] not in shapes.lone_places and not text.startswith(NATIONAL, start) and \
        not _parent_part(shapes, text, start, item.end_char)


def _parent_part(shapes: OrgShapes, text: str, start: int, end: int) -> str:
    """The words of a unit's name that name its parent: up to the last head noun before its own head
    (欧盟委员会 in 欧盟委员会农业总司); empty when the name holds one head only."""
    last = shapes.head_at(text, end)
    inner = [at for at in range(start + 2, end - len(last.head) if last else start)
             if shapes.head_at(text, at) is not None and len(shapes.head_at(text, at).head) > 1]
    return text[start : inner[-1]] if inner else ""


def of_another_state(shapes: OrgShapes, doc: Doc, found: list[Span], added: list[Span]) -> list[Span]:
    """A known body of one state printed right after the name of another, or after it and a word of two
    characters at most that is no verb (德国联邦司法部; not 比利时召开商务部…), is the other state's body of that
    name (柬埔寨海关总署, 巴西国家知识产权局: not China's), of the same kind; a unit read after the known body is
    that state's body's unit, named from the state's name (泰国商务部知识产权厅: Thailand's office, no unit of
    China's ministry), and replaces the unit in ``added``."""
    countries = {m.end_char: m for m in found if m.label_ == COUNTRY}
    taken = {i for m in found for i in range(m.start_char, m.end_char)}
    text = doc_text(doc)
    out: list[Span] = []
    for org in (m for m in found if m.label_ == ORG and shapes.org_country.get(m.kb_id_)):
        country = next((countries[at] for at in range(org.start_char, org.start_char - 3, -1) if at in countries
                        and all(is_cjk(text[i]) and not shapes.breaks(text, i) and i not in taken
                                for i in range(at, org.start_char))
                        and (at == org.start_char or not text.startswith(shapes.stops, at))), None)
        if country is None or country.kb_id_ == shapes.org_country[org.kb_id_]:
            continue
        unit = next((a for a in added if a.start_char == org.start_char and a.end_char > org.end_char), None)
        end = unit.end_char if unit is not None else org.end_char
        head = shapes.head_at(text, end)
        span = shapes._span(doc, country.start_char, end, country,
                            head.kind if unit is not None and head else shapes.org_kind[org.kb_id_])
        if span is not None and unit is not None:
            added.remove(unit)
        if span is not None and not any(overlaps(span, a) for a in added + out):
            out.append(span)
    return out


def of_another_body(shapes: OrgShapes, doc: Doc, found: list[Span], added: list[Span]) -> list[Span]:
    """A known unit printed by its own words alone (版权管理司, 对外关系司: an international body's divisions) right
    after the name of a body that is not its parent (某国版权局版权管理司) is that body's unit of the same name, as a
    reader takes it, not the known one: named with the body's name, a unit of it; the body read there, if new, gives
    way to it in ``added``."""
    units = [m for m in found if m.label_ == ORG and shapes.org_kind.get(m.kb_id_) == "unit"]
    ends = {m.end_char: m for m in (*found, *added) if m.label_ == ORG} if units else {}  # most passages name none
    out: list[Span] = []
    for unit in units:
        body, parent = ends.get(unit.start_char), shapes.org_parent.get(unit.kb_id_, "")
        if body is None or not parent or parent in (body.kb_id_, shapes.org_parent.get(body.kb_id_, "")) or \
                body.kb_id_ == unit.kb_id_:
            continue
        name = ((body._.ipg or {}).get("name") or body.text) + unit.text
        span = shapes._span(doc, body.start_char, unit.end_char, body if body.kb_id_ else None, "unit", name=name)
        if span is None or span.kb_id_ or any(overlaps(span, a) for a in out):
            continue
        if not body.kb_id_:
            span._.ipg.update(parent_name=(body._.ipg or {}).get("name") or body.text,
                              country=(body._.ipg or {}).get("country", ""))
        added[:] = [a for a in added if a is not body]
        out.append(span)
    return out
