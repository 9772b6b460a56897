"""Bilateral meetings: one side 会见 the other, or the two 会谈 — an event of type Meeting with both sides taking part.

A meeting of two officials has no printed name, so it is labelled from the
names and the verb as printed (张军会见邓鸿森, 申长雨与邓鸿森会谈). A person is
read by the title next to the name (院长张军, 邓鸿森总干事), as the gazetteer's
titles list them; the organisation named right before the title is the side
that takes part (最高人民法院院长张军 → the court). Told again (headline, body,
a later mention), the meeting is the same node.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ipgraph.extract.events.context import Context, run_after
from ipgraph.extract.events.loading import load_rules
from ipgraph.extract.report_facts import Located
from ipgraph.knowledge.gazetteer import COUNTRY, ORG, PERSON, load as load_gazetteer
from ipgraph.knowledge.wordlists import word_lists
from ipgraph.zh.grammar import (
    CLAUSE_BREAKS,
    COMMAS,
    COORDINATORS,
    JOIN_OR_WITH,
    ORDINAL,
    SENTENCE_ENDS,
    WITH,
    alternation,
)

_NAME = r"(?:[\u4e00-\u9fff]{1,6}\s?[·•.．‧]\s?[\u4e00-\u9fff·•.．‧]{1,12}?|[\u4e00-\u9fff]{2,4}?)"
"""A person's name: a transliteration's parts joined by a middle dot or, as some pages type it, a full stop
(蕾娜塔.莱赫提), or two to four characters."""
_TALKS_JOINT = re.compile("[与同和](?!会(?!长))")
"""What joins the two sides of talks (A与B会谈, A同B), not the 与 of 与会 (attending)."""
_PLACE = re.compile(r"(?:在|于)[\u4e00-\u9fff]{1,8}$")
_BEFORE_JOINT = rf"[^{''.join(c for c in (*COORDINATORS, WITH) if len(c) == 1)}{COMMAS}。]{{0,6}}?"
"""A few words within one item of a list (乙某和协会会员单位代表: the words before the next joint or 一行)."""
_JOINT = re.compile(rf"(?:{_BEFORE_JOINT}){JOIN_OR_WITH}")
"""What joins one person met to the next: a title may follow the first name (邓鸿森总干事和…)."""
_AS_ONE = re.compile(rf"{_BEFORE_JOINT}一行")
"""What closes a list of people met as one group (会见了甲会长和乙企业代表一行): they are one party, one meeting."""
_SESSION = re.compile(rf"{ORDINAL.pattern}[^的{CLAUSE_BREAKS}{SENTENCE_ENDS}]{{0,10}}$")
"""The printed name of talks held in a series, before their verb (举行了第二次两局局长会谈, 第五次会谈): what
follows the ordinal names the session, no side (二次两局 before 局长 is no one's name). A few words, no 的: an
ordinal further back belongs to a name the sentence tells of a side (出席第二十届…论坛的…总干事邓鸿森举行会谈)."""


@dataclass
class Side:
    """One side of a meeting: the name as printed and the organisations it speaks for."""

    name: str
    orgs: list[str]
    end: int = 0
    """Where the name ends in its clause."""
    person: str = ""
    """The person the name is, when the people stage read one there: whose body speaks if the clause names none."""
    group: bool = False
    """The side is a visiting group met with no body or person named (会见了代表团, 会见了来宾): the visitors the
    story tells of coming."""


class MeetingFinder:
    """The bilateral meetings of one clause, read around a verb of meeting (``meeting_verb``: A会见B, and
    ``talks_verb``: A与B会谈, in words.tsv)."""

    def __init__(self, verbs: tuple[str, ...], talks: tuple[str, ...], titles: tuple[str, ...],
                 leads: tuple[str, ...] = (), delegations: tuple[str, ...] = (),
                 after_name: tuple[str, ...] = (), groups: tuple[str, ...] = (), coming: tuple[str, ...] = (),
                 recalling: tuple[str, ...] = (), wishing: tuple[str, ...] = (), generic: tuple[str, ...] = ()) -> None:
        self.generic = generic
        """What opens no person's name read by a title (相关企业负责人, 与会专家代表: the title's holders unnamed)."""
        self.verb = re.compile(alternation((*verbs, *talks)))
        clause = f"[^{CLAUSE_BREAKS}{SENTENCE_ENDS}]*"
        unheld = [*([rf"(?:{alternation(recalling)}){clause}的\s*$"] if recalling else []),
                  *([rf"(?:{alternation(wishing)}){clause}$"] if wishing else [])]
        self.unheld_words = re.compile("|".join(unheld)) if unheld else None
        """A verb of recalling, and 的 right before the verb of talks (回顾了去年与X的会谈, 谈到…同Y的通话): the
        talks are the object recalled, a noun; or a verb of wishing before it in its clause (期待明年与X举行会谈):
        the talks are hoped for. Neither is a meeting the report tells of."""
        self.group = re.compile(rf"了?\s*(?:{alternation(coming)})?({alternation(groups)})") if groups else None
        """A visiting group met by its word alone, a few words of its coming (``coming``) before it (会见了来访的代表团
        一行)."""
        self.delegation = re.compile(rf"\s*(?:{alternation(delegations)})") if delegations else None
        """What names a body's visiting group after its name (代表团, 一行): the body is the side met."""
        self.talks = frozenset(talks)
        self.lead = re.compile(f"(?:(?:{alternation(leads)})了?)*$") if leads else None
        """What stands before a verb of talks and is no side's name (举行双边会谈: 举行, 双边)."""
        title = alternation(titles)
        ends = rf"(?=(?:{alternation((*after_name, *COORDINATORS, WITH))})|[{CLAUSE_BREAKS}{SENTENCE_ENDS}（(]|\s|$)"
        """Where a name met ends: a word that follows a person's name (after_name.tsv), a list's joint, a break."""
        self.title_name = re.compile(rf"(?:{title})\s?({_NAME}){ends}")
        self.name_title = re.compile(rf"({_NAME})(?:{title}){ends}")

    def meetings(self, clause: Context) -> list[tuple[str, Side, Side, int]]:
        """(verb, host, guest, where the verb stands) for each meeting the clause tells of; talks of a series give
        their printed name for the verb (第二次两局局长会谈): the meeting is that session."""
        found = []
        for match in self.verb.finditer(clause.text):
            verb = match.group(0)
            left = clause.text[:match.start()]
            if verb in self.talks:
                if self.unheld(left):
                    continue
                left = self.lead.sub("", left) if self.lead else left
                session = _SESSION.search(left)
                if session is not None:
                    left = left[:session.start()]
                    left = self.lead.sub("", left) if self.lead else left
                    verb = session.group(0) + verb
                sides = self._talks(clause, left)
                found += [(verb, *sides, match.start())] if sides else []
                continue
            host = self._last(clause, left)
            found += [(verb, host, guest, match.start()) for guest in self._guests(clause, match.end())] \
                if host else []
        return found

    def unheld(self, before: str) -> bool:
        """Whether the words before a verb of talks make the talks a thing recalled (回顾了…与X的会谈) or wished
        for (希望与X举行会谈): no meeting held."""
        return self.unheld_words is not None and self.unheld_words.search(before) is not None

    def _guests(self, clause: Context, at: int) -> list[Side]:
        """The people met, each a meeting of its own: the first named after the verb, and each joined to the one
        before by 和/及/、 (会见了甲总干事和乙代办: two meetings) — but one when 一行 closes the list: the group
        met as one party, named by its first."""
        guests: list[Side] = []
        since = at
        while (guest := self._first(clause, since, joined=bool(guests))) is not None:
            guests.append(guest)
            joint = _JOINT.match(clause.text, guest.end)
            if joint is None:
                break
            since = joint.end()
        if len(guests) > 1 and _AS_ONE.match(clause.text, guests[-1].end):
            first = guests[0]
            orgs = list(dict.fromkeys(org for guest in guests for org in guest.orgs))
            return [Side(first.name, orgs, guests[-1].end, first.person)]
        return guests

    def side_before(self, clause: Context, at: int) -> list[str]:
        """The organisation of the person named last before ``at`` (局长申长雨与…: the office)."""
        side = self._last(clause, clause.text[:at])
        return side.orgs if side else []

    def _talks(self, clause: Context, left: str) -> tuple[Side, Side] | None:
        """A与B(举行)会谈, A同…B举行会谈: the sides on either side of 与/同. The 与 of 与会 (attending: 与会代表, not
        会长) joins no sides: 甲与与会企业座谈 names no guest after it."""
        joined = list(_TALKS_JOINT.finditer(left))
        for joint in reversed(joined):
            host = self._last(clause, left[:joint.start()])
            guest = self._last(clause, left, since=joint.end())
            if host and guest and "等" in left[host.end:guest.end - len(guest.name)]:
                return None  # 与A和B等…负责人会谈: talks with each body listed, no person named on the other side
            if host and guest and host.name != guest.name:
                return host, guest
        return None

    def _last(self, clause: Context, left: str, since: int = 0) -> Side | None:
        """The person (or, failing a title, the short subject) nearest before the verb; ``since``: the other side
        of talks, named after their 与 (no subject stands for it)."""
        people = [m for m in clause.mentions if m.kind == PERSON and since <= m.start and m.end <= len(left)]
        titled = list(self.title_name.finditer(left, since)) + list(self.name_title.finditer(left, since))
        spans = [(m.start, m.end, clause.text[m.start:m.end]) for m in people] + \
            [(t.start(1), t.end(1), t.group(1)) for t in titled if not _placed(clause, t.start(1), t.end(1))
             and not t.group(1).startswith(self.generic)]
        if spans:
            start, end, name = max(spans, key=lambda s: s[1])
            return Side(name, self._orgs(clause, start), end, _person_at(people, start, end))
        if since:
            return None
        subject = _PLACE.sub("", left.strip())
        return Side(subject, self._orgs(clause, len(left))) if 2 <= len(subject) <= 8 else None

    def _first(self, clause: Context, at: int, joined: bool = False) -> Side | None:
        """The person named first after the verb: 会见世界知识产权组织总干事邓鸿森, 会见邓鸿森总干事; ``joined``:
        after a joint, within the clause (a person named after a comma is no one met)."""
        right = clause.text[at:]
        if joined:
            right = re.split(f"[{CLAUSE_BREAKS}{SENTENCE_ENDS}]", right, maxsplit=1)[0]
        people = [m for m in clause.mentions if m.kind == PERSON and at <= m.start and m.end <= at + len(right)]
        candidates = [(m.start - at, m.end - at, clause.text[m.start:m.end]) for m in people]
        for pattern in (self.title_name, self.name_title):
            hit = pattern.search(right)
            if hit and not _placed(clause, at + hit.start(1), at + hit.end(1)) \
                    and not hit.group(1).startswith(self.generic):
                candidates.append((hit.start(1), hit.end(1), hit.group(1)))
        groups = self._delegations(clause, at, len(right))
        told = self.group.match(clause.text, at) if self.group and not joined and not groups else None
        if told is not None:  # no name starts inside the group's word (代表团一行: 代表 is no title before 团一行)
            candidates = [c for c in candidates if c[0] >= told.end() - at]
        if told is not None and not any(start < told.end() - at + _NEAR_GUEST and not _BREAK.search(
                right, told.end() - at, max(start, told.end() - at)) for start, _, _ in candidates):
            return Side(told.group(1), [], told.end(), group=True)  # 会见了代表团: no title or name right after
        if not candidates + list(groups):
            return None
        start, end, name = min(candidates + list(groups))
        orgs = [groups[(start, end, name)]] if (start, end, name) in groups else self._orgs(clause, at + start, at)
        return Side(name, orgs, at + end, _person_at(people, at + start, at + end))

    def _delegations(self, clause: Context, at: int, length: int) -> dict[tuple[int, int, str], str]:
        """会见来访的德国专利商标局代表团: a body's group met, no person named (offsets from ``at``); the body is the
        side that takes part. Only a few words (来访的) may stand between the verb and the body."""
        if self.delegation is None:
            return {}
        found = {}
        for org in clause.orgs():
            group = self.delegation.match(clause.text, org.end)
            if at <= org.start <= at + _NEAR_GUEST and org.end <= at + length and group is not None \
                    and not re.search(f"[{CLAUSE_BREAKS}{SENTENCE_ENDS}]", clause.text[at:org.start]):
                found[(org.start - at, group.end() - at, clause.text[org.start:group.end()])] = f"org/{org.key}"
        return found

    @staticmethod
    def session(between: str) -> str:
        """The name of a session of talks printed before their verb (举行第二次局长 before 会谈), or nothing."""
        found = _SESSION.search(between)
        return found.group(0) if found else ""

    def named(self, verb: str) -> bool:
        """Whether what ``meetings`` gave for the verb is the name of a session of talks (第二次两局局长会谈)."""
        return ORDINAL.match(verb) is not None

    @staticmethod
    def _orgs(clause: Context, name_at: int, since: int = 0) -> list[str]:
        """The organisation named nearest before the person's title, and after ``since``; failing one, the state
        whose title the person bears (以色列总理甲, 希腊驻华大使乙: the country right before the title speaks)."""
        before = [m for m in clause.mentions if m.kind == ORG and since <= m.start and m.end <= name_at]
        if before:
            return [f"org/{before[-1].key}"]
        state = [m for m in clause.mentions if m.kind == COUNTRY and since <= m.start and m.end <= name_at]
        title = clause.text[state[-1].end:name_at] if state else ""
        return [f"country/{state[-1].key}"] if state and len(title) <= _STATE_TITLE \
            and not re.search(f"[{CLAUSE_BREAKS}{SENTENCE_ENDS}]", title) else []


    def label(self, verb: str, host: Side, guest: Side) -> str:
        """申长雨与邓鸿森会谈, 张军会见邓鸿森: the names and the verb as printed; a session of talks, by its name."""
        if self.named(verb):
            return verb
        if verb in self.talks:
            return f"{host.name}与{guest.name}{verb}"
        return f"{host.name}{verb}{guest.name}"


@lru_cache(maxsize=4)
def finders(data_dir: Path) -> tuple[MeetingFinder, VisitFinder]:
    """The meeting and visit readers of a knowledge folder, made once: they keep nothing of a report."""
    words = load_rules(data_dir).words
    return (MeetingFinder(words.get("meeting_verb", ()), words.get("talks_verb", ()), load_gazetteer(data_dir).titles,
                          (*words.get("talks_lead", ()), *talks_prefixes(words)), words.get("delegation", ()),
                          load_gazetteer(data_dir).after_name, words.get("guest_group", ()),
                          words.get("guest_coming", ()), words.get("recalling", ()),
                          words.get("wishing", ()), words.get("generic", ())),
            VisitFinder(words.get("visit_verb", ()), words.get("visit_to", ()), words.get("visit_lead", ()),
                        words.get("visit_kind", ()),
                        tuple(word_lists(data_dir / "gazetteer" / "media_cues.tsv")["bulletin"])))


def visit_lead(leads: tuple[str, ...], kinds: tuple[str, ...] = ()) -> str:
    """The optional verb of carrying out before a verb of visiting (``visit_lead`` in words.tsv: 赴X开展调研), and
    the words of the visit's kind after it (``visit_kind``: 赴X开展教育交流访问, 到X实地调研)."""
    lead = f"(?:{alternation(leads)})?" if leads else ""
    return lead + (f"(?:{alternation(kinds)}){{0,2}}" if kinds else "")


def talks_prefixes(words: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """What a verb of talks with its other side listed adds before a bare verb of talks (双边 of 双边会谈)."""
    bare = words.get("talks_verb", ())
    return tuple(sorted({w[:-len(v)] for w in words.get("talks_with", ()) for v in bare if w.endswith(v) and w != v}))


def _placed(clause: Context, start: int, end: int) -> bool:
    """What the title's neighbour reads as a name holds a country or an organisation (希腊驻华 大使): the title
    stands alone, no person is named."""
    return any(m.start < end and start < m.end for m in clause.mentions if m.kind in (ORG, COUNTRY))


def _person_at(people: list[Located], start: int, end: int) -> str:
    """The key of the person the people stage read at the name, if it read one there."""
    return next((f"person/{m.key}" for m in people if m.start == start and m.end == end), "")


_STATE_TITLE = 8
"""How long the title between a state's name and its officer's may be (总理, 驻华大使, 驻日内瓦代表团团长)."""
_BREAK = re.compile(f"[{CLAUSE_BREAKS}{SENTENCE_ENDS}]")
_NEAR_GUEST = 8
"""How far after a verb of meeting the body of a group met may start (会见了来访的…代表团)."""

_LONGEST_VISIT = 8
"""How far before a visited body its verb (访问了, 拜访) or word of going (前往) may start: a few characters."""


@dataclass
class Visit:
    """One side going to see another: the label as printed, who went, whom they saw, where the verb stands."""

    label: str
    visitors: list[str]
    visited: str
    at: int


class VisitFinder:
    """Visits (``visit_verb``: 访问, 拜访, 考察, 调研, 参观) of a named organisation: a Meeting whose sides are the
    visitor and the visited. The visited body is the organisation right after the verb (访问了X, 实地考察了X) or
    between a word of going (``visit_to``: 赴, 前往) and the verb (赴X调研); the visitors are the organisations the
    clause names before. A visit of a place (赴佛山调研) or of no named body stays no event: the text names no side."""

    def __init__(self, verbs: tuple[str, ...], towards: tuple[str, ...], leads: tuple[str, ...] = (),
                 kinds: tuple[str, ...] = (), bulletins: tuple[str, ...] = ()) -> None:
        verb = alternation(verbs)
        self.bulletins = bulletins
        """The words that close a news item's bulletin line right after its outlet (国知网讯: media_cues.tsv): the
        outlet named so tells the story, it makes no visit."""
        self.after = re.compile(rf"(?:{verb})了?\s*$") if verbs else None
        self.around = re.compile(rf"^\s*{visit_lead(leads, kinds)}(?:{verb})") if verbs else None
        self.towards = re.compile(rf"(?:{alternation(towards)})\s*$") if towards else None

    def visits(self, clause: Context, told: Callable[[], list[str]]) -> list[Visit]:
        """The visits the clause tells; ``told``, the visitors the story is about, make a visit whose clause names
        no visitor of its own (代表团之后拜访X, 明日拜会X: the subject left out, or not read as a name)."""
        if self.after is None:
            return []
        found: list[Visit] = []
        text = clause.text
        for org in clause.orgs():
            # the bodies the clause has already told as visited (访问了A、B，并拜访了C) are the visitors' hosts,
            # none of them the visitor of the next call
            seen = frozenset(v.visited for v in found)
            since = max(0, org.start - _LONGEST_VISIT)
            verb = self.after.search(text, since, org.start)
            going = self.towards.search(text, since, org.start) if self.towards and verb is None else None
            done = self.around.match(text[org.end:]) if self.around and going is not None else None
            if verb is not None:
                visit = self._visit(clause, verb.start(), org.end, org, told, seen)
                found += self._also_visited(clause, verb.group(0).rstrip(), org, visit)
            elif going is not None and done is not None:
                visit = self._visit(clause, going.start(), org.end + done.end(), org, told, seen)
            elif going is not None and not any(v.at == going.start() for v in found):
                found += self._listed(clause, going, org, told)
                continue
            else:
                continue
            if visit is not None:
                found.append(visit)
        return found

    def _listed(self, clause: Context, going: re.Match[str], first: Located, told: Callable[[], list[str]]) \
            -> list[Visit]:
        """前往A、B和C开展交流访问: each body listed between the word of going and the verb of visiting is visited,
        one call each of the same visitors, labelled by the going, its own name and the verb."""
        listed = [first, *run_after(clause, first.end)]
        done = self.around.match(clause.text[listed[-1].end:]) if self.around and len(listed) > 1 else None
        if done is None:
            return []
        end = listed[-1].end + done.end()
        visits = [self._visit(clause, going.start(), end, org, told) for org in listed]
        return [Visit(f"{going.group(0).strip()}{clause.text[org.start:org.end]}{done.group(0).strip()}",
                      visit.visitors, visit.visited, visit.at) for org, visit in zip(listed, visits) if visit]

    @staticmethod
    def _also_visited(clause: Context, verb: str, first: Located, visit: Visit | None) -> list[Visit]:
        """The bodies coordinated with the first one visited (拜访A及B, 走访了A、B和C): each one more call of the
        same visitors, labelled by the verb and its own name, since one verb governs the whole list."""
        if visit is None:
            return []
        return [Visit(f"{verb}{clause.text[m.start:m.end]}", visit.visitors, f"org/{m.key}", visit.at)
                for m in run_after(clause, first.end) if m.key != first.key]

    def _visit(self, clause: Context, start: int, end: int, org: Located, told: Callable[[], list[str]],
               seen: frozenset[str] = frozenset()) -> Visit | None:
        """The visit, unless it modifies a noun (第一位访问最高人民法院的负责人), the body is only the owner of the
        place seen (参观了X的二层), or no visitor is known (组织学员赴珠海考察X: a course's tour). With no
        body before the verb, the person named last before it is the visitor (何某一行访问了X), for the body they
        speak for; with no one, the visitors the story is about (``told``)."""
        visitors = [f"org/{m.key}" for m in clause.orgs()
                    if m.end <= start and m.key != org.key and f"org/{m.key}" not in seen
                    and not clause.text.startswith(self.bulletins, m.end)] \
            or [f"person/{m.key}" for m in clause.mentions if m.kind == PERSON and m.end <= start][-1:] \
            or [k for k in told() if k != f"org/{org.key}"]
        if not visitors or clause.text[end:end + 1] == "的":
            return None
        return Visit(clause.text[start:end], visitors, f"org/{org.key}", start)
