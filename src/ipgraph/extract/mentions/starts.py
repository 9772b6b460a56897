"""Where a name read leftwards from its head starts when the passage's own words decide it: a standing mission named
by its posting alone (常驻日内瓦代表团), a place the passage has printed with its suffix (泉州市… makes 泉州 a
place for 泉州法院), a verb of what a national or local body does right before its head (国家…应对指导中心), a
branch named with its place inside its parent's name (国家…指导广州分中心), a verb of acting together
between two complete names (X法院联合Y学院), a company's trade name in Latin letters (TCL科技集团股份有限公司) and
the speaker's own place before a name that opens with a place (我市徐州某公司)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Span

from ipgraph.extract.mentions.bare_counties import bare_counties
from ipgraph.extract.mentions.spans import HAN, is_cjk
from ipgraph.knowledge.gazetteer import Gazetteer, OrgHead
from ipgraph.zh.grammar import NATIONAL, POSTED, SPEAKER_POINTERS, SUBJECT_ADVERBS

if TYPE_CHECKING:
    from ipgraph.extract.mentions.organisations import OrgShapes

BRANCH = "分"
"""分 between a place and a head names a branch of a body there (某中心广州分中心, 某协会上海分会)."""
PERMANENT = "常"
"""常 before 驻: a permanent posting (常驻), part of the mission's name."""
LATIN_NAME = re.compile(r"(?<![A-Za-z0-9&.\-])[A-Z][A-Za-z0-9&.\-]*[A-Za-z]$")
"""A word in Latin letters right before a head, capitalised and of two letters or more, is the whole name (IBM公司,
Google公司): the letters say where it starts."""
BUILT_KINDS = ("other", "research")
"""Kinds of body whose heads name what is built (中心, 基地, 工作站, 实验室: org_heads.tsv), not who builds."""


def latin_trade_name(text: str, start: int, head: OrgHead) -> int:
    """A company's name opens with its trade name (字号), which a brand prints in Latin letters before the Chinese
    words (TCL科技集团股份有限公司, ABB（中国）有限公司): reading leftwards stops at the letters, but they are the
    name's first word, capitalised as LATIN_NAME wants it. Only a name its Chinese words already make is widened: the
letters do not make one (将IP列入公司治理)."""
    if head.kind != "company" or not text[start - 1 : start].isascii() or not text[start - 1 : start].isalpha():
        return start
    latin = LATIN_NAME.search(text, max(0, start - 24), start)
    return latin.start() if latin else start


def posting_start(text: str, start: int, end: int, found: list[Span]) -> int:
    """Where a mission named by its posting starts when no sender stands before it (还有常驻日内瓦代表团: the
    country's mission, at 驻 or at 常驻): reading leftwards ran on over words of the clause."""
    posted = next((at for at in range(start, end) if text[at] == POSTED), -1)
    if posted < 0 or any(m.end_char == posted or m.start_char == start for m in found):
        return start
    return posted - 1 if posted > start and text[posted - 1] == PERMANENT else posted


def own_place_start(shapes: OrgShapes, text: str, start: int, found: list[Span]) -> int:
    """Where a name starts that reading leftwards opened at the bare 市, 省 or 区 of 我市, 本省 (我市徐州某公司): the
    speaker's own place stands before the name in apposition ("our city's"), and the name opens with a place of its
    own right after it, which a bare place's body (市知识产权局) never does: the name starts at that place. 本 is
    no function word (本田, 日本), so reading may have run on over 本市 too."""
    at = start + 1 if text[start] in SPEAKER_POINTERS else start
    if text[at : at + 1] not in shapes.lone_places or text[at - 1 : at] not in tuple(SPEAKER_POINTERS) or \
            not (shapes._place_after(text, at + 1, found) or at + 1 in shapes.counties.starts(text)):
        return start
    return at + 1


def posted_if_needed(head: OrgHead, text: str, start: int, end: int) -> bool:
    """A head naming a standing body only where posted (org_heads.tsv, posted: 欧盟驻华代表团, not 中国代表团)."""
    return not head.posted or POSTED in text[start:end]


def posted_to(text: str, start: int, head_start: int, found: list[Span]) -> bool:
    """The name is a posting and the place or body it is posted at (常驻日内瓦代表团), nothing more: a standing
    mission of the country the report speaks for (not 常驻代表团, a kind of body)."""
    posted = start + (text[start] == PERMANENT)
    return text[posted] == POSTED and any(m.start_char == posted + 1 and m.end_char == head_start for m in found)


class LearntPlaces:
    """Places the reference data does not know, learnt one passage at a time from the names that open with them."""

    def __init__(self, place_shape: re.Pattern[str], gazetteer: Gazetteer, data_dir: Path) -> None:
        self.place_shape = place_shape
        self.suffixes = sorted(gazetteer.place_suffixes, key=len, reverse=True)
        self.bare = bare_counties(data_dir)

    def names(self, text: str, names: list[tuple[int, int, Span | None]],
              unplaced: list[tuple[int, int, int]]) -> list[tuple[int, int, Span | None]]:
        """Heads read too short to name a body alone (start, head start, end) that follow a place the passage
        printed with its suffix at the start of another name (泉州市中级人民法院 makes 泉州 a place: 《2021年泉州
        法院…》 names its courts), or a county's bare name before a court's head (BareCounties): the name starts at
        the place."""
        places = {self._stem(text[s : shape.end()]) for s, e, _ in names
                  if (shape := self.place_shape.match(text, s, e)) is not None}
        out: list[tuple[int, int, Span | None]] = []
        for start, head_start, end in unplaced:
            place = next((p for p in places if len(p) >= 2 and text.startswith(p, head_start - len(p))
                          and head_start - len(p) >= start), None)
            county = self.bare.before(text, head_start, end) if place is None else -1
            if place is not None or county >= start:
                out.append((head_start - len(place) if place is not None else county, end, None))
        return out

    def _stem(self, place: str) -> str:
        """A place's name without its suffix (泉州市 → 泉州)."""
        return next((place[: -len(s)] for s in self.suffixes if place.endswith(s)), place)


def _national_in(text: str, start: int, end: int) -> int:
    """Where the last 国家 between ``start`` and ``end`` stands (-1: none): it opens a national body's name as a place
    opens a local one, so a name read leftwards over a verb before it (获批建设国家…中心) starts there."""
    return text.rfind(NATIONAL, start, end)


def verb_start(shapes: OrgShapes, text: str, start: int, head_start: int, found: list[Span]) -> int:
    """Where a name starts whose head follows a verb of name_stops.tsv right away (国家某某应对指导中心: the verb
    names what the body does): before the verb, when the words there open with 国家 or a place, as a national or
    local body's name does; else the verb stops the reading (支持中心 alone is a kind of centre). After a complete
    name (a head right before the verb: 某省市场监管局考察集团…) the verb is the first body's, and the head after it
    is another's, not a name's own words."""
    if start != head_start or not text.endswith(shapes.verbs, 0, head_start):
        return start
    verb = max((w for w in shapes.verbs if text.endswith(w, 0, head_start)), key=len)
    if len(verb) < 2 or shapes.head_at(text, head_start - len(verb)) is not None:
        return start
    before = shapes._backward(text, head_start - len(verb), found)
    national = _national_in(text, before, head_start - len(verb))
    opens = national >= 0 or shapes._place_at(found, before) is not None or shapes.province.match(text, before) \
        or _unit_opening(shapes, text, before) or verb in shapes.work_verbs and \
        _place_opens(shapes, text, before, head_start - len(verb))
    before = national if national >= 0 else before
    return before if opens and before < head_start - len(verb) else start


COPULA = "系"
"""系 right after a body's name is the copula (某局系市政府工作部门), as org_heads.tsv says of the head 系."""
_COPULA_WORDS = ("统", "列")


def copula_start(shapes: OrgShapes, text: str, start: int, head_start: int) -> int:
    """Where a name starts that was read leftwards over a 系 right after another body's head (某局系市政府, 某公司
    系某协会): there 系 is "is", and the name starts after it; not 系统 or 系列 (某大学系统工程研究所)."""
    at = text.rfind(COPULA, start + 1, head_start)
    return at + 1 if at > start and text[at + 1 : at + 2] not in _COPULA_WORDS and \
        shapes.head_at(text, at) is not None else start


def _place_opens(shapes: OrgShapes, text: str, at: int, verb: int) -> bool:
    """The words before a verb of a body's work (work_verbs.tsv) open with a place, listed or read by its suffix
    (宁波市海外知识产权纠纷应对指导中心, 嘉兴学院技术与创新支持中心): the places found so far are countries and the
    cities the gazetteer knows, so a place read by its shape opens a local body's name as 国家 opens a national one."""
    place = shapes.place_shape.match(text, at, verb)
    return place is not None and place.end() < verb


_COMMITTEE = re.compile(rf"{HAN}{{1,8}}?[省市县区州盟旗]委")
"""A place and its 委 opening a name (江苏省委, 嘉兴市委宣传部): a committee of the place, which a party names."""


def party_start(shapes: OrgShapes, text: str, start: int, end: int) -> int:
    """Where a committee's name starts that opens with its place (江苏省委, 嘉兴市委宣传部): at the party's or the
    league's name printed right before the place (parties.tsv: 共青团江苏省委, 民盟浙江省委), whose committee it is."""
    if not start or text[start - 1] not in shapes.party_ends:  # most names: no party's last character before them
        return start
    party = next((p for p in shapes.parties if text.endswith(p, 0, start)), None)
    return start - len(party) if party is not None and _COMMITTEE.match(text, start, end) else start


def _unit_opening(shapes: OrgShapes, text: str, at: int) -> bool:
    """The words before the verb open with a bare 省 or 市 (省某某协调指导处): the report's own province's or city's
    body, named for its work, as 国家 or a place opens a national or local body's name."""
    return at < len(text) and shapes._lone_place(text, at)


def planned(shapes: OrgShapes, text: str, start: int, end: int, found: list[Span]) -> bool:
    """A verb of building (generic_words.tsv, plan: 建设) follows the place that opens the phrase (北京建设全国某中心,
    我区建设国家某基地, 香港特区建设区域某中心): the place is the verb's subject, and the phrase names a body to be
    built, no standing one, read forwards from the place or leftwards from the head. A body named for the work keeps
    the verb, with too few words after it to name another body (某市建设局, 某市建设交通委员会), or a head right after
    it (中国建设银行浙江省分行: the bank named for the work, and its branch)."""
    head = shapes.head_at(text, end)
    head_start = end - len(head.head) if head is not None else end
    return any(head_start - at - len(verb) >= 3 and _place_only(shapes, text, start, at, found)
               and not shapes.any_head.match(text, at + len(verb))
               for verb in shapes.generic.plans if (at := text.find(verb, start + 1, head_start)) >= 0) or \
        _built(shapes, text, end, head)


def _built(shapes: OrgShapes, text: str, end: int, head: OrgHead | None) -> bool:
    """The verb of building printed right after a centre, a base or a station (推进某贸易中心建设、,
    为某中心建设注入动力) is the noun of building it: the phrase names one to be built. Not after the head of an
    office, a court or a society, which builds (某局建设某平台); nor where 了 or 的 follows the verb (某中心建设了,
    某中心建设的平台), or an object of it that ends in a head (某中心建设某基地): the phrase is then its subject."""
    plan = next((verb for verb in shapes.generic.plans if text.startswith(verb, end)), "")
    if not plan or head is None or head.kind not in BUILT_KINDS or head.organ or \
            text[end + len(plan) : end + len(plan) + 1] in ("了", "的"):
        return False
    close = next((at for at in range(end + len(plan), len(text)) if not is_cjk(text[at])), len(text))
    return not any(shapes.head_at(text, at) is not None for at in range(end + len(plan) + 1, close + 1))


def _place_only(shapes: OrgShapes, text: str, start: int, end: int, found: list[Span]) -> bool:
    """The words from ``start`` to ``end`` are a place alone: a bare 省/市/区 that opens a clause (我区), a place the
    reference data knows with or without its suffix (北京, 香港特区), or one of a place's shape (某某县)."""
    if end == start + 1:
        return text[start] in shapes.lone_places
    place = shapes._place_at(found, start)
    after = place.end_char if place is not None else start
    return after > start and shapes.place_suffix.fullmatch(text, after, end) is not None or \
        shapes.place_shape.fullmatch(text, start, end) is not None


def branch_start(shapes: OrgShapes, text: str, start: int, end: int, head: OrgHead, found: list[Span]) -> int:
    """Where the name of a branch starts when a place and 分 stand inside it (国家某某指导广州分中心: the Guangzhou
    branch of 国家某某指导中心): before the place, when the words there with the head name the parent body."""
    if BRANCH not in text[start + 2 : end]:
        return start
    place = shapes._place_at(found, start)
    shape = shapes.province.match(text, start, end) or shapes.place_shape.match(text, start, end) \
        if place is None else None  # 浙江省 with its suffix, 某某县: a place the mention stage leaves unmarked
    after = place.end_char if place is not None else shape.end() if shape else start
    if after == start or text[after : after + 1] != BRANCH or after > end - len(head.head):
        return start
    before = verb_start(shapes, text, shapes._backward(text, start, found), start, found)
    if parent_whole(text, before, start, head):
        return before
    national = _national_in(text, before, start)
    before = national if national >= 0 and start - national > 2 else before
    return before if national >= 0 and before == national or head.alone is not None and \
        start - before >= head.alone else start


def parent_whole(text: str, before: int, start: int, head: OrgHead) -> bool:
    """平安银行合肥分行, 某保险股份有限公司深圳市分公司: the words before the place end in the head the branch's own
    head names without 分 (行 of 分行, 公司 of 分公司), so they are the parent's whole name, and the branch named after
    it is the parent's (a bank's branches are 分行 and 支行 read forwards from the bank: org_heads.tsv)."""
    own = head.head.removeprefix(BRANCH)
    return head.head.startswith(BRANCH) and start - before > len(own) + 1 and text.endswith(own, before, start)


def joined_to_name(shapes: OrgShapes, text: str, at: int, head_start: int, ends: dict[int, Span]) -> bool:
    """A verb of acting together (joint_verbs.tsv) ends at ``at`` right after a complete name (a head, a known
    name or its bracket) and before what reads as a name on its own: it stands between two bodies; or it opens a
    clause before a place: the place opens the name. An adverb of the clause between the complete name and the
    verb (某局还联合公安局、县检察院…, 甲院也联合…) leaves the verb a verb before any name, a short one too."""
    if text[at - 1 : at] not in shapes.joint_edges[1]:
        return False
    verb = next((w for w in shapes.joint_verbs if at >= len(w) and text.startswith(w, at - len(w))), None)
    if verb is None:
        return False
    before = at - len(verb)
    if text[before - 1 : before] in SUBJECT_ADVERBS and _complete_before(shapes, text, before - 1, ends):
        return True
    if not _name_follows(shapes, text, at, head_start):
        return _short_body_follows(shapes, text, at, head_start) and _complete_before(shapes, text, before, ends)
    if _complete_before(shapes, text, before, ends):
        return True
    return _opens_clause(text, before) and bool(shapes.place_shape.match(text, at, head_start))


def _short_body_follows(shapes: OrgShapes, text: str, at: int, head_start: int | None = None) -> bool:
    """What starts at ``at`` is a body named short, by its field and head or by its head alone (某院联合公安局、
    法院): after a complete name and a verb of acting together it is the second body, though it would not read as a
    name on its own; not a thing built together (某大学联合研究中心, 联合实验室: BUILT_KINDS), which stays one name.
    Read leftwards, its head starts at ``head_start``; read forwards, a head ends within two characters of ``at``."""
    if head_start is not None and head_start - at > 2:
        return False
    heads = (h for end in range(at + 1, min(len(text), at + 7) + 1) if (h := shapes.head_at(text, end)) is not None
             and (end - len(h.head) == head_start if head_start is not None else end - len(h.head) - at <= 2))
    head = next(heads, None)
    return head is not None and head.kind not in BUILT_KINDS


def _complete_before(shapes: OrgShapes, text: str, at: int, ends: dict[int, Span]) -> bool:
    """A complete name ends at ``at``: a name found, a head, or the bracket after one."""
    if text[at - 1 : at] in ("）", ")"):
        at = max(text.rfind("（", 0, at), text.rfind("(", 0, at))
    return at > 0 and (at in ends or shapes.head_at(text, at) is not None)


def acting_for(shapes: OrgShapes, text: str, at: int, head_start: int) -> bool:
    """A word of acting for another (proxy_words.tsv) ends at ``at`` before a name that opens with a place
    (甲代表省委致辞, 代表中国政府), or after a title, the title and a name, and an aside in brackets (甲主任代表某大学
    领奖, 副校长乙代表某大学致辞, 丙主任(右)代表…: the officer acts for the body): the name read leftwards starts
    after it; 人民代表大会 and 代表处 read on."""
    word = next((w for w in shapes.proxy_words if at >= len(w) and text.startswith(w, at - len(w))), "")
    if not word:
        return False
    if text[at : at + 1] in shapes.lone_places or shapes.place_shape.match(text, at, head_start):
        return True
    before = at - len(word)
    if text[before - 1 : before] in ("）", ")"):
        before = max(before - 8, text.rfind("（", 0, before), text.rfind("(", 0, before))
    return any(shapes.title_before.search(text, max(0, end - 8), end) is not None for end in (
        before, *(before - n for n in (2, 3) if text.startswith(shapes.surnames, before - n))))


def _opens_clause(text: str, at: int) -> bool:
    """Nothing of a name stands before ``at``: the text's start or punctuation (…承办,联合福州市某法院: the verb of a
    clause whose subject is said before, and the place after it opens the name)."""
    return at == 0 or not is_cjk(text[at - 1])


def _name_follows(shapes: OrgShapes, text: str, at: int, head_start: int | None = None) -> bool:
    """What starts at ``at`` reads as a name on its own: a place, or three characters or more before its head
    (南京大学; not 研究中心 of 中日联合研究中心, which stays one name). Read leftwards, a lone place opens one too
    (…法院联合区委宣传部, …法院联合省知识产权局); read forwards, the reading stops at it already. A county's court
    or procuratorate named bare is a name on its own (联合桐乡检察院: BareCounties)."""
    if shapes.learnt_places.bare.body_at(text, at):
        return True
    if text[at : at + 1] in shapes.lone_places:
        return head_start is not None
    if head_start is None:
        clause = re.match(f"{HAN}{{1,{shapes.max_chars}}}", text[at:])
        heads = [m.start(1) for m in shapes.any_head.finditer(clause.group(0))] if clause else []
        return any(h >= 3 for h in heads) or bool(shapes.place_shape.match(text, at))
    return head_start - at >= 3 or bool(shapes.place_shape.match(text, at, head_start))


def joint_verb_at(shapes: OrgShapes, text: str, at: int, begin: int) -> bool:
    """A verb of acting together starts at ``at`` after the complete name that ends there, before another
    name (世界知识产权组织联合华南理工大学): the name read forwards ends before it."""
    if text[at] not in shapes.joint_edges[0]:
        return False
    verb = next((w for w in shapes.joint_verbs if text.startswith(w, at)), None)
    if verb is None or not (at == begin or text[at - 1] in "）)" or shapes.head_at(text, at) is not None):
        return False
    return _name_follows(shapes, text, at + len(verb)) or \
        shapes.head_at(text, at) is not None and _short_body_follows(shapes, text, at + len(verb))
