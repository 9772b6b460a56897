"""What stands next to a person's name and ties the person to a body: the list item before (甲、乙副主任), the 的 of
a body (浙江大学的甲教授), a bracket that glosses the name (高锐（Francis Gurry）总干事), the start of a clause."""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc, Span

from ipgraph.extract.mentions.spans import is_cjk
from ipgraph.knowledge.gazetteer import PERSON
from ipgraph.zh.grammar import (
    AGENT_MARKS,
    CLAUSE_BREAKS,
    COMMAS,
    COORDINATORS,
    NAME_BREAKS,
    NAME_PUNCTUATION,
    SENTENCE_ENDS,
    alternation,
)

Named = tuple[int, int, str, "Span | None", int]
"""A person found: start, end, role, the organisation printed before, where the employer would end."""
CLOSERS = ("）", ")", "》", "」", "”", "』")
"""Marks that close a body's name and still leave it right before a title: a bracket, title marks or quotation
marks (《某协会》高级顾问甲, 「某公会」理事长乙)."""
_GLOSS = re.compile(r"[（(][^（()）]{1,40}[）)]$")
"""A bracket that ends a list item, glossing the name before it (甲(Mark Lee)、)."""
_PERIODICAL = re.compile(r"《[^《》]{1,30}》$")
"""A periodical's name in title marks, ending where its kind's noun or the editor's title follows (《某刊》杂志)."""


class Leading(NamedTuple):
    """The words of leading a group, from leading_verbs.tsv: ``verb`` finds a verb of leading, after the word for
    taking a group along where one is printed (带领; 率队，带领), or the words that list a delegation's members
    (代表团成员包括: group ``members``); ``after_name`` is what follows the name of a delegation's leader (甲率团,
    甲率领代表团, 甲带队: list ``after``)."""

    verb: re.Pattern[str]
    after_name: tuple[str, ...]


def leading(words: dict[str, tuple[str, ...]]) -> Leading:
    """The verbs of leading and the words after a leader's name, read from leading_verbs.tsv's lists."""
    members = f"|(?P<members>{alternation(words['members'])})" if words.get("members") else ""
    return Leading(re.compile(f"(?:(?:{alternation(words.get('group', ()))})[{COMMAS}]?)?"
                              f"(?:{alternation(words.get('lead', ()))}){members}"), words.get("after", ()))


def opens_clause(text: str, at: int) -> bool:
    """What starts at ``at`` opens its clause, or follows a word that names the clause's agent (由, 据)."""
    return text[at - 1 : at].strip(CLAUSE_BREAKS + SENTENCE_ENDS + AGENT_MARKS + "\n ") == "" if at else True


def unglossed(text: str, at: int) -> int:
    """Where the name before ``at`` ends when a bracket glosses it (高锐（Francis Gurry）总干事): before the
    bracket."""
    gloss = _GLOSS.search(text, max(0, at - 42), at)
    return gloss.start() if gloss and not any(c in NAME_PUNCTUATION for c in gloss.group(0)) else at


def body_before(text: str, at: int, ends: dict[int, Span]) -> Span | None:
    """The organisation printed right before a name, or before the 的 that ties the name to it (浙江大学的甲教授,
    来自某协会的乙先生)."""
    return ends.get(at) or (ends.get(at - 1) if text[at - 1 : at] == "的" else None)


_MARKET = "市场"


def listed_after(text: str, at: int, found: list[Named], led: Leading,
                 closers: tuple[str, ...] = ()) -> tuple[Span | None, int] | None:
    """The body and title position of the person listed right before a title, or a name before its title,
    that names no body of its own (中国人民大学法学院院长王轶、副院长石佳友; 某委员会甲副主任、乙副主任: the
    deputy is of the same body). The item before ends with its name, with the title after its name, or with
    one of ``closers`` (the honorifics: 某署律师甲女士和乙先生), and may gloss it in brackets (甲(Mark Lee)、商务
    专员乙); a coordinator joins the items as a 、 does."""
    if text[at - 1 : at] not in ("、", "，", ",", *COORDINATORS):
        return led_by(text, at, found, led)
    item_end = unglossed(text, at - 1)
    return next(((org, title_at) for _, end, role, org, title_at in reversed(found)
                 if end == item_end or text[end:item_end] in (role, *closers) and text[end:item_end]), None)


def led_by(text: str, at: int, found: list[Named], led: Leading) -> tuple[Span | None, int] | None:
    """The body and title position of the person whose verb of leading ends right at ``at`` (某局甲局长带领某处乙处长;
    某局副局长甲率队，带领某室主任乙): whom a person leads along is the staff of the leader's body."""
    lead = next((m for m in led.verb.finditer(text, max(0, at - 9), at) if m.end() == at), None)
    if lead is None:
        return None
    if lead.groupdict().get("members"):
        return delegation_leader(text, lead.start(), found, led.after_name)
    return next(((org, title_at) for _, end, role, org, title_at in reversed(found)
                 if end == lead.start() or text[end : lead.start()] == role and role), None)


def delegation_leader(text: str, at: int, found: list[Named],
                      after_name: tuple[str, ...]) -> tuple[Span | None, int] | None:
    """The body and title position of the person who leads the delegation whose members a list at ``at`` names
    (某局副局长甲率团出席会议，代表团成员包括国际合作司司长乙: 乙's 国际合作司 is the bureau's): the last person named
    before it in the passage whose name is followed by one of ``after_name`` (率团, 率领, 率某某代表团), the head of the
    members' body."""
    def leads(end: int, role: str) -> bool:  # 甲率团; 甲局长率团: the title printed after the name is read over
        return text.startswith(after_name, end + (len(role) if role and text.startswith(role, end) else 0))

    return next(((org, title_at) for _, end, role, org, title_at in reversed(found)
                 if end <= at and org is not None and leads(end, role)), None)


def across_unit(text: str, at: int, ends: dict[int, Span], title: re.Pattern[str],
                head: re.Pattern[str]) -> Span | None:
    """The body a chain of titles opens when a unit of it stands before the last title (某局二级巡视员、办公室主任甲):
    the unit after the 、 (a run ending in a body's ``head`` noun) is of the body printed before the first title, and
    so is the person; so is one whose last post is at a periodical printed in title marks (某研究会副理事长、《某刊》
    杂志主编乙), a post the chain adds to those at its body."""
    start = at
    while start > max(0, at - 8) and is_cjk(text[start - 1]) and text[start - 1] not in NAME_BREAKS:
        start -= 1
    if text[start - 1 : start] == "》" and (periodical := _PERIODICAL.search(text, max(0, start - 32), start)):
        return chain_body(text, periodical.start(), ends, title, headed=True)
    if start == at or not head.search(text, start, at):
        return None
    return chain_body(text, start, ends, title)


CHAIN_UNITS = ("unit", "ministry", "other")
"""The kinds of a body printed after a 、 in one person's chain of titles, with no place or body of its own in its
name, that are a unit of the body printed before the first title (某市委常委、宣传部部长甲: 某市委宣传部; 某大学副校长、
知识产权研究中心主任乙: the university's centre): a department's or a centre's head read alone; not a school, an
association or a company, which a chain joins as a post elsewhere (某大学教授、某协会会长)."""


def chain_body(text: str, at: int, ends: dict[int, Span], title: re.Pattern[str], headed: bool = False) -> Span | None:
    """The body printed before a title that a 、 or a 兼 right before ``at`` ends (某局一级调研员、; 某大学副校长兼: the
    unit after 兼 is the university's as one after 、 is); not where the title is the
    body's head (某学院院长、某处处长: the head of one unit holds a post in another, not in a unit of his own), unless
    what follows is no unit (``headed``: 某学院院长、《某刊》主编 still heads the faculty)."""
    if text[at - 1 : at] not in ("、", "兼"):
        return None
    body = next((ends[s] for s in range(max(0, at - 26), at - 1) if s in ends and title.fullmatch(text, s, at - 1)),
                None)
    return None if body is None or not headed and text.endswith(body.text[-1] + "长", 0, at - 1) else body


def sibling_of(body: str, unit: str, head: re.Pattern[str]) -> str:
    """What a unit listed after a person of a new body is named under: the body's name, or, where that name ends in
    a unit of the same ``head`` noun as the listed one, the part before that unit (某中心信息部主任甲、审查部主任乙:
    乙 is of 某中心审查部, no 信息部审查部; 某大学法学院院长甲、商学院院长乙); a unit of a unit is printed whole."""
    own = head.search(unit)
    if own is None or not body.endswith(own.group(0)):
        return body
    last = len(body) - len(own.group(0)) - 1  # the body's own unit holds a word of its own before the head
    end = next((at for at in range(last, 1, -1) if head.search(body, 0, at)), 0)
    return body[:end] if end else body


def titled_item(text: str, at: int, title: re.Pattern[str]) -> bool:
    """The list item that goes on from ``at`` holds a ``title`` before the next list mark or punctuation: it is a
    body with its own titled person (…、商务及经济发展局局长乙), not a name sharing the title before. A 等 there closes
    the list: what follows it is the rest of the clause (法官甲、乙等人给在场的老师讲课)."""
    if text.startswith("等", at):
        return False
    stop = next((i for i in range(at, min(len(text), at + 20)) if text[i] in NAME_PUNCTUATION), len(text))
    return title.search(text, at, stop) is not None


def holds_body(name: str, head: re.Pattern[str]) -> bool:
    """A unit's name that holds a body's ``head`` noun before its own head prints its body in it (某市知识产权局法务处,
    某研究院法务组): a unit of its own body, never one of the body of the person listed before it."""
    return any(head.search(name, 0, end) for end in range(2, len(name) - 1))


def own_place_body(text: str, at: int, lone_places: frozenset[str]) -> bool:
    """A name that opens its list item with a bare 省, 市 or 区 (局长甲、省某某指导处处长乙) is a body of the report's
    own province or city, as 省知识产权局 is, never a unit of the body listed before it; 市场 is a word of its own
    (局长甲、市场处处长乙)."""
    return text[at : at + 1] in lone_places and not text.startswith(_MARKET, at) and \
        text[at - 1 : at] in ("、", "，", ",", "；", ";")


def principal_body(text: str, at: int, role: str, found: list[Named]) -> Span | None:
    """The body of the principal a deputy's title at ``at`` names, told earlier in the same sentence (某组织总干事甲
    致信祝贺，副总干事乙致辞: 乙 is the organisation's deputy director general): a deputy's post is of the body whose
    head the sentence has just named."""
    if not role.startswith("副"):
        return None
    start = max(text.rfind(end, 0, at) for end in SENTENCE_ENDS) + 1
    return next((org for begin, _, held, org, _ in reversed(found)
                 if begin >= start and org is not None and held == role[1:]), None)


def person(doc: Doc, start: int, end: int, role: str, employer: tuple[str, str] | None) -> Span | None:
    """The span of a person found between ``start`` and ``end``, with the title and the body read beside it."""
    span = doc.char_span(start, end, label=PERSON, kb_id="")
    if span is not None:
        key, name = employer or ("", "")
        span._.ipg = {"name": span.text, "role": role, "affiliation": key, "affiliation_text": name}
    return span


def paired_bodies(text: str, named: list[Named], orgs: list[Span]) -> list[Named]:
    """People tied by a 的 to a list of bodies (来自甲大学、乙大学的A教授、B教授; 甲局、乙院的A、B分别致辞): the
    bodies and the people are paired in order when the counts match, and no body is said when they do not (the
    text does not say which is whose); a lone body before the 的 keeps all its people."""
    by_end = {org.end_char: org for org in orgs}
    groups: dict[int, list[int]] = {}
    for i, (start, _, _, org, _) in enumerate(named):
        if org is not None and text[org.end_char : org.end_char + 1] == "的" and start > org.end_char:
            groups.setdefault(org.end_char, []).append(i)
    paired = list(named)
    for end, members in groups.items():
        bodies = [by_end[end]]
        while text[bodies[0].start_char - 1 : bodies[0].start_char] in ("、", *COORDINATORS) and \
                (before := by_end.get(bodies[0].start_char - 1)) is not None:
            bodies.insert(0, before)
        if len(bodies) > 1:
            members.sort(key=lambda i: named[i][0])
            for n, i in enumerate(members):
                start, stop, role, _, title_at = named[i]
                paired[i] = (start, stop, role, bodies[n] if len(members) == len(bodies) else None, title_at)
    return paired
