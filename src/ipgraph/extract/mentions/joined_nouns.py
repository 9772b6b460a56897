"""Names whose words hold nouns joined by 与, 和 or 及 (…知识创新与转化联盟, 某办公室综合协调管理和执法督查局):
where reading a name leftwards from its head reads on over the joining word, and where the word joins two names."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Span

from ipgraph.extract.mentions.lists import ONE_PER_PLACE, suffixed_pair
from ipgraph.extract.mentions.spans import suffix_end
from ipgraph.knowledge.gazetteer import ORG, OrgHead, load as load_gazetteer
from ipgraph.zh.grammar import COORDINATORS, ORDINAL, WITH

if TYPE_CHECKING:
    from ipgraph.extract.mentions.organisations import OrgShapes

DEFINED = re.compile(r"[（(][A-Z][A-Za-z0-9&\-]{1,11}[）)]")
"""A Latin acronym in brackets right after a phrase: the report defines it as the short form of a name (适应基金（AF）),
so the phrase is one, whatever comes before it."""
_SHORT_NAME = re.compile(r"[（(]([\u4e00-\u9fff]{2,8})[）)]")
"""A Chinese word in brackets right after a phrase: a short name where its characters are the phrase's (below)."""
NOUN_JOINS = {c for c in (*COORDINATORS, WITH) if len(c) == 1 and "\u4e00" <= c <= "\u9fff"}
"""The one-character words that join two nouns (与, 和, 及)."""


def defined_at(text: str, end: int, head: OrgHead) -> bool:
    """The report defines a short form for the phrase ending at ``end`` in a bracket right after it: a Latin
    acronym (``DEFINED``) or, as translated committee documents do, a Chinese short name that takes its characters
    from the phrase in order and ends in a character of its head (粮食和农业遗传资源委员会(遗传委),
    获取和利益分享技术及法律专家小组(专家小组), 海湾阿拉伯国家合作委员会专利局(海合会专利局)), or its head alone
    (…专家组(专家组): "the Group" from here on); a bracket of other words (某公司(北京), 某中心(筹)) defines none."""
    if DEFINED.match(text, end) is not None:
        return True
    short = _SHORT_NAME.match(text, end)
    if short is None or short.group(1)[-1] not in head.head:
        return False
    chars = iter(text[max(0, end - 30) : end])
    return all(c in chars for c in short.group(1))


def numbered_session(text: str, end: int) -> bool:
    """A session's number right after a name (…遗传资源委员会第十七届例会, …理事会第35届年会): the name is a body that
    meets in numbered sessions, one name whatever opens it, as a defined acronym makes the phrase before it one."""
    return ORDINAL.match(text, end) is not None


@lru_cache(maxsize=4)
def subject_adverbs(data_dir: Path) -> tuple[str, ...]:
    """The adverbs of two characters or more that stand between a subject and its verb (分别, 共同, 先后:
    after_name.tsv): a joining word right after one is the preposition after the subject (某局分别与甲银行签署), no
    joiner of two nouns of one name."""
    return tuple(w for w in load_gazetteer(data_dir).after_name if len(w) > 1)


def joined_nouns_before(shapes: OrgShapes, text: str, start: int, end: int, head: OrgHead, found: list[Span]) -> int:
    """Where a name starts whose head a joining word cut too short to name a body: at the nouns the word joins, read
    leftwards, each a word of two characters or more (not 与非政府).

    - 与 after a stem too short for a head that names a body alone (…知识创新与转化联盟);
    - 与, 和 or 及 after a stem of a head that names a body only after a place or its parent (局, 处, 司): the words
      read on belong to the name when they open with a place or hold the head of a parent (高新区科技与知识产权处,
      某信息办公室网络综合协调管理和执法督查局: a unit's two fields of work), so nouns joined before a bare head
      alone never make a name (宣传与执法处);
    - any of them in a name the report defines an acronym for, or one a session's number follows, whatever its
      length (国际作者和作曲者协会联合会（CISAC）, 粮食和农业遗传资源委员会第十七届例会);
    - any of them after a stem long enough to name a body alone, on the same terms as after a stem of a placed head:
      the words read on open with a place or hold the head of the unit's parent (某大学知识产权与竞争法研究院: the
      university's institute of two fields, not 竞争法研究院 alone).

    A stem long enough is otherwise left alone; a name or place right after the word, a head before it (甲公司与乙协会),
    a word standing for parties (双方与复旦大学: collectives.tsv), an adverb of the subject's verb before the word
    (某局分别与甲银行: subject_adverbs) or a title before the words (某大学校长甲与乙研究院
    院长: a person's name) or ending them (某联常委及乙集团董事长: two posts) makes the word join two names.
    Elsewhere 和 is also a character of names (共和国), where reading on would swallow what stands before the name."""
    stem = end - len(head.head) - start
    defined = defined_at(text, end, head) or numbered_session(text, end)
    placed = head.alone is None and stem >= 2
    short = defined or head.alone is not None and 2 <= stem < head.alone
    fields = stem >= 2 and not (short or placed)
    joins = tuple(NOUN_JOINS) if defined or placed or fields else (WITH,)
    if not (short or placed or fields) or text[start - 1 : start] not in joins or \
            text[start - 2 : start - 1] in "）)" or shapes._place_after(text, start, found) or \
            shapes.head_at(text, start - 1) is not None or text.endswith(shapes.verbs, 0, start) or \
            text.endswith(subject_adverbs(shapes.data_dir), 0, start - 1):
        return start  # a verb ending in the joining character (忆及) is no join: 章法委忆及理事会第一一四届会议
    before = shapes._backward(text, start - 1, found)
    if start - 1 - before < 2 or shapes.collective_ending(text, before, start - 1) \
            or shapes.title_before.search(text, max(0, before - 8), before) \
            or shapes.title_before.search(text, max(0, start - 9), start - 1):  # 校长甲与乙研究院: 甲 is a person;
        return start  # 某联常委及乙集团董事长: the word joins two posts, not two fields of one name
    if short and (shapes._lone_place(text, before) or _place_alone(shapes, text, before, start - 1, found)):
        return start
    if short:  # a defined name reads on over each joining word (获取和利益分享技术及法律专家小组(专家小组))
        return joined_nouns_before(shapes, text, before, end, head, found) if defined else before
    after_place = _place_end(shapes, text, start, end, found) >= 0  # 甲市及乙县市场监管局: two places' bodies
    if fields and _field_words(shapes, text, before, start - 1) < 2:
        return start  # 某大学法学院以及乙集团: no words of a field between the parent's head and the joining word
    return before if _placed(shapes, text, before, start - 1, found) and not after_place else start


def _field_words(shapes: OrgShapes, text: str, start: int, end: int) -> int:
    """How many characters stand between the last head noun the words from ``start`` to ``end`` hold and ``end``: the
    unit's first field (知识产权 in 某大学知识产权与…), none when the words end in the parent's head (…学院以)."""
    heads = [at for at in range(start + 2, end + 1) if shapes.head_at(text, at) is not None]
    return end - heads[-1] if heads else end - start


def _placed(shapes: OrgShapes, text: str, start: int, end: int, found: list[Span]) -> bool:
    """The words from ``start`` to ``end`` open with a place and go on after it (高新区科技, 山东省科技), follow a
    body named before them, or hold the head of a body: their unit's parent (某办公室网络综合协调管理和…局), a
    ministry's or an administration's one character long too (某部科学技术与信息化司, 某总署对外交流与合作司: the
    parent's unit of two fields of work); a place alone is an item of a list of places that share the head
    (福州市及闽侯县市场监督管理局)."""
    place = _place_end(shapes, text, start, end, found)
    if place == end:
        return False
    return place > 0 or any(s.end_char == start and s.label_ == ORG for s in found) or any(
        (h := shapes.head_at(text, at)) is not None and (len(h.head) > 1 or h.kind == "ministry")
        for at in range(start + 2, end + 1))


def _place_alone(shapes: OrgShapes, text: str, start: int, end: int, found: list[Span]) -> bool:
    """The words from ``start`` to ``end`` are a place and its suffix alone (宁波市与甲集团签署): a side of its own
    before the joining word, no field of the name after it."""
    place = _place_end(shapes, text, start, end, found)
    return place > start and suffix_end(shapes.place_suffix, text, place) == end


def _place_end(shapes: OrgShapes, text: str, start: int, end: int, found: list[Span]) -> int:
    """Where the place that the words from ``start`` open with ends, with its suffix; -1 when they open with none."""
    place = shapes._place_at(found, start)
    shape = shapes.place_shape.match(text, start, end)
    if place is None and shape is None:
        return start + 1 if shapes._lone_place(text, start) else -1
    return max(suffix_end(shapes.place_suffix, text, place.end_char) if place is not None else start,
               shape.end() if shape else start)


def elided_head(shapes: OrgShapes, text: str, start: int, head: OrgHead) -> bool:
    """A name after 、 and one character that makes a head noun with the name's head (分、区院: 分院、区院, the
    branches and the district offices): the two items share the head, and name kinds of bodies, not one body."""
    item = text[start - 2 : start - 1] + head.head
    return text[start - 1 : start] == "、" and any(h.head == item for h in shapes.heads_ending.get(head.head[-1], ()))


def joined_places(shapes: OrgShapes, text: str, start: int, head_start: int) -> bool:
    """A name that opens with two province abbreviations or more (粤港, 京津冀, 川渝) before words of its own opens
    with the places it joins, as one that opens with a place does (粤港某某合作专责小组: the two sides' joint
    group); a province named in full is one place (辽宁), and a head a place has one of after them names one body
    of each (lists.many_bodies)."""
    run = start
    while run < head_start and text[run] in shapes.province_abbreviations:
        run += 1
    return run - start >= 2 and run < head_start and not text.startswith(shapes.place_starts, start) \
        and not suffixed_pair(shapes, text, start)


def listed_nouns(shapes: OrgShapes, text: str, begin: int, at: int, best: int | None, found: list[Span],
                 limit: int) -> bool:
    """、 inside a name lists nouns before its head when 和/及/与 closes the list before the head
    (专利、外观设计和商标局: India's office of all three), not names (中国、日本和韩国)."""
    if text[at] != "、" or not joins_nouns(shapes, text, begin, at, best, found):
        return False
    rest = text[at + 1 : limit]
    closing = min((rest.find(c) for c in NOUN_JOINS if c in rest), default=-1)
    return closing > 0 and any(shapes.head_at(text, at + 1 + e) is not None
                               for e in range(closing + 2, len(rest) + 1)) and "、" not in rest[:closing]


def joins_nouns(shapes: OrgShapes, text: str, begin: int, at: int, best: int | None, found: list[Span]) -> bool:
    """与/和/及 inside a name join two nouns before its head (医药与公众卫生审查部, 竞争和知识产权保护局); after a
    complete name or its bracket (中国贸促会（CCPIT）和…中心), after the head of a body a place has one of
    (北京市政府和市场监管局, 澳门海关与…: two bodies; 南非公司与…注册局 is one, as 公司 after a place is a
    common noun), after a head the words after them end in too (北京某大学与某大学: two peers), after an adverb of
    the subject's verb (分别与), or before a place, they join two names."""
    head = shapes.head_at(text, at)
    return (text[at] in (*NOUN_JOINS, "、") and best is None and at > begin and text[at - 1] not in "）)"
            and not text.endswith(subject_adverbs(shapes.data_dir), begin, at)  # 某局分别与甲银行: after the subject
            and (head is None or head.kind not in ONE_PER_PLACE
                 and head.head not in text[at + 1 : at + shapes.max_chars])
            and not shapes._place_after(text, at + 1, found))
