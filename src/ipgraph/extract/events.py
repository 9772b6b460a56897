"""Passages + resolved mentions → events: what was held, by whom, with whom, where, when, how, for how many.

Each event names the rule that found it (``ip:rule``) and how sure that rule
is (``ip:confidence``), so analysts can filter:

- ``event-heading``: a bullet that opens with the event's name and date
  (``版权执法国际研讨会，2024 年 6 月 17 日至 21 日在越南河内举办：…``);
- ``event-list``: an inline list of names with dates in brackets
  (``…暑期班（2024年6月25日）、…``);
- ``event-sentence``: an event noun in a dated sentence with a verb of holding
  (``2023年5月15日至17日，在卢旺达基加利举行了非洲…区域会议``), or a named one
  (第三届…会议, “…”论坛, 产权组织-世贸组织…课程) with such a verb;
- ``event-session``: a numbered session of a body (执法咨询委员会第十五届会议),
  told of with or without a verb, or a body acting at a session
  (``2023年7月，产权组织大会商定…``);
- ``event-named``: an event the text names in quotes (名为“阻止盗版”的…活动,
  举办了“…暑期班：葡语国家特别版”), and, inside a bullet that tells of one
  event, another one it names or gives a length (为期半天的…展览);
- ``event-object``: an undated event a verb of holding governs in the past
  (还举行了国际组织知识产权与卫生对话, 举办了一次研讨会).

Type nouns, role patterns, mode words, attendance words and the word lists of
the sentence rules live in ``knowledge/events/``. An organiser that the text leaves
unsaid is the report's author, marked inferred; it is not inferred when the
author only attended (参加, or its unit spoke there) or when the event is a
meeting of a treaty's parties.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from ipgraph.zh.dates import YEAR, DateSpan, find_dates
from ipgraph.errors import InputError
from ipgraph.extract.facts import Located, ReportFacts
from ipgraph.knowledge.gazetteer import CITY, COUNTRY, ORG, PERSON, TREATY, load as load_gazetteer, read_tsv
from ipgraph.ingest.passages import BULLET, FOOTNOTE, HEADING, Passage
from ipgraph.knowledge.wordlists import word_lists, word_pattern
from ipgraph.zh.grammar import APPROXIMATE, JOIN, JOIN_OR_WITH, NUMERALS, ORDINAL, QUOTED, between_names, chinese_number, \
    segments

EVENT_RULES = {
    "event-heading": ("event from a bullet heading", "条目标题中的活动",
                      "A bullet that opens with the event's name and date: 'name，date 在 place 举办：…'."),
    "event-list": ("event from an inline list", "列举中的活动",
                   "An item of an inline list of activities with its date in brackets: '…暑期班（2024年6月25日）'."),
    "event-sentence": ("event from a dated sentence", "带日期句子中的活动",
                       "An event noun (data/events/types.tsv) in a sentence with a verb of holding and a date, "
                       "or with a name of its own (第三届…会议, “…”论坛, 产权组织-世贸组织…课程)."),
    "event-session": ("numbered session of a body", "机构的届次会议",
                      "A numbered session (执法咨询委员会第十五届会议, 第二十八届缔约方会议) wherever the text "
                      "tells of it, or a body acting at a session: '2023年7月，产权组织大会商定…'."),
    "event-named": ("event named in quotes", "以引号命名的活动",
                    "An event the text names: 名为“阻止盗版”的…活动, 举办了“…暑期班：…特别版”; inside a "
                    "bullet about one event, another it names or gives a length to (为期半天的…展览)."),
    "event-object": ("undated event a verb of holding governs", "举办动词所带的活动",
                     "An event noun governed by a verb of holding in the past, without a date: "
                     "还举行了…对话, 举办了一次研讨会, 为…学生举办的产权组织研讨会."),
}
EVENT_TYPES = ("Event", "Workshop", "Seminar", "Conference", "Forum", "Meeting", "TrainingCourse", "Webinar",
               "Summit", "Dialogue", "Roundtable", "Campaign", "Ceremony", "Exhibition")
ROLES = ("organiser", "partner", "sponsor", "participant")
MODES = ("Online", "Hybrid")

# What may stand between two organisations of one list (A、B和C（ACRONYM）): the commitment readers share it.
ORG_CONNECTOR = between_names(brackets=True)
_PLACE_CONNECTOR = between_names(with_=True)
_ACRONYM_BRACKET = re.compile(r"（[A-Za-z][A-Za-z0-9\-–&. ]{0,15}）")
_ABOUT = re.compile(r"关于[^，。；“”]{1,50}?的")
_CALLED = re.compile(r"(?:名为|题为)\s*[“《]([^”》]{1,60})[”》]")
_NUMBER = re.compile(rf"(约有?|超过|逾)?\s*(\d{{1,3}}(?:,\d{{3}})+|\d+|[{NUMERALS}]+)\s*(多|余)?\s*(?:名|人|位)")
_COUNT = re.compile(rf"(?<![第\d{NUMERALS}{APPROXIMATE}])(?:[{NUMERALS}{APPROXIMATE}]+|\d+)\s*多?\s*"
                    r"(?:次|场|个|项|门|期|届|轮|种)")
_COBRAND = re.compile(r"[\u4e00-\u9fffA-Za-z）]\s?[-–]\s?[\u4e00-\u9fffA-Za-z（]")
_LAYOUT_STOP = r"(?P<duration>为期[^，。；的]{1,10}的)|(?P<date>\d+\s*[年月日])|(?P<mark>[，。；：（）《》、])"
_LEADING = re.compile(r"^(?:[a-z]{1,4}\)|[（(]?(?:[ivx]{1,5}|\d{1,2})[)）]|和|及|与|并且|并|的|以及|\s)+")
_CLAUSE_START = ("", "，", "。", "；", "：")
_COPULA = ("是", "是一个", "是一次", "是一项")
_SEPARATOR = ("，", "：", ",", ":")
_SESSION_TYPES = ("Meeting", "Conference")


@dataclass
class EventFact:
    """One event as a report tells it."""

    type: str
    label: str
    start: str | None = None
    end: str | None = None
    city: str | None = None
    country: str | None = None
    mode: str | None = None
    organisers: list[str] = field(default_factory=list)
    organiser_inferred: bool = False
    partners: list[str] = field(default_factory=list)
    sponsors: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    attendees: int | None = None
    passages: list[str] = field(default_factory=list)
    rule: str = ""
    confidence: float = 0.0
    variant: int = 0

    def key(self, report_id: str) -> str:
        """Name and start date; a second distinct event of the same name and date (two 产权组织研讨会 at two
        universities) adds its number, so the first keeps the IRI it always had."""
        told = f"{_squash(self.label)}|{self.start}" + (f"|{self.variant}" if self.variant else "")
        digest = hashlib.sha1(told.encode("utf-8")).hexdigest()[:10]
        return f"{report_id}-{digest}"


@dataclass(frozen=True)
class EventRules:
    types: tuple[tuple[str, str, str], ...]
    roles: tuple[tuple[str, str, str], ...]
    modes: tuple[tuple[str, str], ...]
    attend: tuple[str, ...]
    exclude: tuple[str, ...]
    part: tuple[str, ...]
    words: dict[str, tuple[str, ...]]

    def pattern(self, name: str, anchored: bool = False) -> re.Pattern[str]:
        """One of the word lists of ``words.tsv`` as a regex, longest word first."""
        return word_pattern(self.words.get(name, ()), anchored)

    def has(self, name: str, word: str) -> bool:
        return word in self.words.get(name, ())

    @cached_property
    def role_anchors(self) -> tuple[re.Pattern[str], ...]:
        """For each role pattern, the literal a match starts from: the words before the slot, else after it."""
        return tuple(re.compile(re.escape(before if before not in ("", "^") else after.partition("…")[0]))
                     for _, before, after in self.roles)

    @cached_property
    def type_pattern(self) -> re.Pattern[str]:
        return word_pattern(tuple(word for word, _, _ in self.types), False)

    @cached_property
    def type_of_word(self) -> dict[str, tuple[str, str]]:
        return {word: (kind, licence) for word, kind, licence in self.types}

    @cached_property
    def left_stop(self) -> re.Pattern[str]:
        """Where an event name stops when read leftwards: a length (为期…的), a date, punctuation, a left_stop word."""
        return re.compile(f"{_LAYOUT_STOP}|(?P<word>{self.pattern('left_stop').pattern})")

    @cached_property
    def type_at_end(self) -> re.Pattern[str]:
        return re.compile(f"(?:{self.type_pattern.pattern})$")


def _checked(path: Path, rows: list[dict[str, str]], column: str, allowed: tuple[str, ...]) -> list[dict[str, str]]:
    for row in rows:
        if row[column] not in allowed:
            raise InputError(path, f"{column} {row[column]!r} is not one of {', '.join(allowed)}", int(row["_line"]))
    return rows


@lru_cache(maxsize=4)
def load_rules(data_dir: Path) -> EventRules:
    folder = data_dir / "events"
    types = _checked(folder / "types.tsv", read_tsv(folder / "types.tsv", ("word", "type", "licence")), "type",
                     EVENT_TYPES)
    _checked(folder / "types.tsv", types, "licence", ("any", "counted"))
    roles = _checked(folder / "roles.tsv", read_tsv(folder / "roles.tsv", ("role", "pattern")), "role", ROLES)
    modes = _checked(folder / "modes.tsv", read_tsv(folder / "modes.tsv", ("mode", "word")), "mode", MODES)
    attendance = _checked(folder / "attendance.tsv", read_tsv(folder / "attendance.tsv", ("word", "kind")), "kind",
                          ("attend", "exclude", "part"))
    for row in roles:
        if row["pattern"].count("X") != 1:
            raise InputError(folder / "roles.tsv", f"pattern {row['pattern']!r} needs exactly one slot X",
                             int(row["_line"]))
    for name, column in (("types", "word"), ("modes", "word"), ("attendance", "word"), ("words", "word")):
        for row in read_tsv(folder / f"{name}.tsv", (column,)):
            if not row[column]:
                raise InputError(folder / f"{name}.tsv", f"empty {column}: it would match everywhere",
                                 int(row["_line"]))
    words = word_lists(folder / "words.tsv")
    return EventRules(
        types=tuple(sorted(((r["word"], r["type"], r["licence"]) for r in types), key=lambda t: -len(t[0]))),
        roles=tuple((r["role"], *r["pattern"].split("X", 1)) for r in roles),
        modes=tuple(sorted(((r["mode"], r["word"]) for r in modes), key=lambda m: m[0] != "Hybrid")),
        attend=tuple(r["word"] for r in attendance if r["kind"] == "attend"),
        exclude=tuple(r["word"] for r in attendance if r["kind"] == "exclude"),
        part=tuple(r["word"] for r in attendance if r["kind"] == "part"),
        words=words,
    )


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    return any(a <= at < b for a, b in spans)


class _Context:
    """A stretch of a passage with the mentions inside it, offsets relative to the stretch."""

    def __init__(self, text: str, mentions: list[Located], start: int = 0, end: int | None = None) -> None:
        end = len(text) if end is None else end
        self.text = text[start:end]
        self.mentions = [Located(m.kind, m.key, m.start - start, m.end - start)
                         for m in mentions if m.start >= start and m.end <= end]

    def orgs(self, kinds: tuple[str, ...] = (ORG,)) -> list[Located]:
        """Organisations named here; an acronym in brackets after a name is that name again."""
        return [m for m in self.mentions if m.kind in kinds
                and not (self.text[m.start - 1:m.start] == "（" and self.text[m.end:m.end + 1] == "）")]

    def first(self, kind: str) -> str | None:
        return next((m.key for m in self.mentions if m.kind == kind), None)


def _joined(parts: list[_Context]) -> _Context:
    """Several stretches of a passage read as one."""
    joined = _Context("", [])
    for part in parts:
        joined.mentions += [Located(m.kind, m.key, m.start + len(joined.text), m.end + len(joined.text))
                            for m in part.mentions]
        joined.text += part.text
    return joined


def _run_after(context: _Context, at: int, kinds: tuple[str, ...] = (ORG,),
               connector: re.Pattern[str] = ORG_CONNECTOR, among: list[Located] | None = None) -> list[Located]:
    """The organisations (or places, ``among`` given ones) named one after another from ``at`` (joined by 、 和 及)."""
    run, position = [], at
    for org in context.orgs(kinds) if among is None else among:
        if org.start < position:
            continue
        if not connector.match(context.text[position:org.start]):
            break
        run.append(org)
        position = org.end
    return run


def _run_before(context: _Context, at: int, kinds: tuple[str, ...] = (ORG,)) -> list[Located]:
    """The organisations (or people) named one after another that end right before ``at``."""
    run, position = [], at
    for org in reversed(context.orgs(kinds)):
        if org.end > position:
            continue
        if not ORG_CONNECTOR.match(context.text[org.end:position]):
            break
        run.insert(0, org)
        position = org.start
    return run


def roles_in(context: _Context, rules: EventRules) -> dict[str, list[str]]:
    """Who the context says organised, partnered, sponsored or took part."""
    found: dict[str, list[str]] = {role: [] for role in ROLES}
    for (role, before, after), anchor in zip(rules.roles, rules.role_anchors):
        head, _, tail = after.partition("…")
        opening = before == "^"
        before = "" if opening else before
        for match in anchor.finditer(context.text):
            kinds = (ORG, PERSON) if role == "participant" else (ORG,)
            run = _run_after(context, match.end()) if before else _run_before(context, match.start(), kinds)
            if not run or opening and context.text[:run[0].start].rstrip()[-1:] not in _CLAUSE_START:
                continue
            if before and after and not _slot_then(context.text, run[-1].end, after.replace("…", "")):
                continue
            if not before and tail and not _slot_then(context.text, match.end(), tail):
                continue
            for actor in run:
                path = f"{'person' if actor.kind == PERSON else 'org'}/{actor.key}"
                if path not in found[role]:
                    found[role].append(path)
    found["partner"] = [k for k in found["partner"] if k not in found["organiser"]]
    return found


def _slot_then(text: str, at: int, after: str) -> bool:
    """The clause goes on from the slot to ``after`` (由A与B合作举办: A is still who held it)."""
    clause = re.match(r"[^，。；]*", text[at:])
    return clause is not None and after in clause.group(0)


def attendees(context: _Context, rules: EventRules) -> int | None:
    """The first count of people in a clause that says they attended, and not only some of them."""
    for clause in re.finditer(r"[^，。；]+", context.text):
        words = clause.group(0)
        if not any(w in words for w in rules.attend):
            continue
        for match in _NUMBER.finditer(words):
            following = words[match.end():match.end() + 6]
            before = words[:match.start()]
            breakdown = "包括" in before and any(w in before for w in rules.exclude)
            if breakdown or any(w in following for w in rules.exclude) or any(w in before for w in rules.part):
                continue
            number = match.group(2).replace(",", "")
            count = int(number) if number.isdigit() else chinese_number(number)
            if count >= 2:
                return count
    return None


@dataclass
class _Name:
    """An event name found in a sentence, and what the words around it say about it."""

    start: int
    end: int
    label: str
    kind: str
    verb: str | None = None
    one: bool = False
    named: bool = False
    session: bool = False
    called: bool = False
    titled: bool = False
    duration: bool = False
    decision: bool = False
    organ: bool = False
    other: bool = False
    left: int = 0


class _NameFinder:
    """Event names in one sentence: the noun phrase that ends in each type noun, read leftwards.

    A name never reaches back past a verb, a preposition, a date or punctuation,
    except inside a quoted title, inside the name of an organisation, or an
    acronym in brackets (第二届拉丁美洲知识产权与创新（IPILA）会议); 、 stops it
    only between two events (讲习班、研讨会), not inside one name
    (面向海关官员、警方调查员和检察官的讲习班).
    """

    def __init__(self, rules: EventRules) -> None:
        self.rules = rules
        self.subject_ends: set[int] = set()
        """Where the organisation names of the sentence being read end: a verb right after one has its subject."""

    def names(self, sentence: str, mentions: list[Located]) -> list[_Name]:
        quoted = [(m.start(), m.end()) for m in QUOTED.finditer(sentence)]
        called = [(m.start(), m.end()) for m in _CALLED.finditer(sentence)]
        named_spans = [(m.start, m.end) for m in mentions if m.kind != COUNTRY]
        protected = quoted + called + named_spans + [(m.start(), m.end()) for m in _ACRONYM_BRACKET.finditer(sentence)] \
            + [(m.start(), m.end()) for m in _ABOUT.finditer(sentence)] \
            + [(m.start(), m.end()) for m in self.rules.pattern("not_stop").finditer(sentence)]
        stops = self._stops(sentence, protected)
        self.subject_ends = {m.end for m in mentions if m.kind == ORG}
        ends = [s[1] for s in stops]
        found: list[_Name] = []
        taken = -1
        for hit in self.rules.type_pattern.finditer(sentence):
            start, end = hit.span()
            if start < taken or _inside(quoted, start) or sentence[start - 1:start] == "等":
                continue
            organ = next(((a, b) for a, b in named_spans if a <= start < b), None)
            if organ is not None and organ[1] != end:
                continue
            name = self._name(sentence, hit, stops, ends, organ, found)
            taken = end
            if name is None:
                continue
            while found and found[-1].left >= name.left:
                found.pop()
            found.append(name)
        found += self._titles(sentence, quoted, stops, ends)
        return sorted(found, key=lambda n: n.start)

    def _stops(self, sentence: str, protected: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
        """Every place a name stops when read leftwards: (start, end, what, kind of stop)."""
        stops = []
        for match in self.rules.left_stop.finditer(sentence):
            if _inside(protected, match.start()):
                continue
            what = match.group(0)
            if what == "、" and not self._event_before(sentence[:match.start()]) \
                    and not ORDINAL.match(sentence, match.end()):
                continue
            stops.append((match.start(), match.end(), what, match.lastgroup or "word"))
        return stops

    def _event_before(self, text: str) -> bool:
        """The text ends with an event noun (or its bracket or quote): a 、 after it separates two events, as it
        does before a numbered name (…商标品牌节、第八届…大会)."""
        text = re.sub(r"(?:（[^（）]*）|[”》])$", "", text)
        return self.rules.type_at_end.search(text) is not None

    def _name(self, sentence: str, hit: re.Match, stops: list, ends: list[int], organ: tuple[int, int] | None,
              found: list[_Name]) -> _Name | None:
        words = self.rules
        start, end = hit.span()
        kind, licence = words.type_of_word[hit.group(0)]
        for inner in range(start + 1, end):
            longer = words.type_pattern.match(sentence, inner)
            if longer and longer.end() > end:
                end = longer.end()
                kind, licence = words.type_of_word[longer.group(0)]
        series = words.pattern("series").match(sentence, end)
        end = series.end() if series else end
        tail = sentence[end:end + 4]
        if words.pattern("not_after", anchored=True).match(tail) or self._modifier(sentence, end):
            return None
        stop = _stop_before(stops, ends, start)
        left = organ[0] if organ else (stop[1] if stop else 0)
        text, one = self._clean(sentence[left:end])
        if text is None or text.startswith(words.words["generic"]) \
                or any(w in text for w in words.words.get("recurring", ()) + words.words.get("refers_back", ())):
            return None
        called = _CALLED.search(text)
        name = _Name(left + len(sentence[left:end]) - len(text), end, called.group(1) if called else text, kind,
                     one=one, organ=organ is not None, left=left, called=called is not None)
        self._describe(name, sentence, text, stop, found)
        if words.pattern("position", anchored=True).match(tail) and not name.named:
            return None
        bare = len(_squash(text)) < 5 or text == hit.group(0)
        if (licence == "counted" or bare and not name.organ) and not (one and name.verb):
            return None
        return name

    def _describe(self, name: _Name, sentence: str, text: str, stop: tuple | None, found: list[_Name]) -> None:
        """What the words around a name say: the verb that governs it, whether it has a name of its own, is a
        numbered session, has a length, is a body deciding, or is the object of a verb that holds nothing."""
        words = self.rules
        name.verb = self._verb(sentence, stop, name.left, found)
        name.named = bool(name.called or ORDINAL.search(text) or re.search(r"[“《]|[A-Z]{2,}", text)
                          or _COBRAND.search(text))
        name.session = bool(ORDINAL.search(text)) and name.kind in _SESSION_TYPES and not name.organ
        name.duration = bool(stop and stop[3] == "duration" and not sentence[:stop[0]].rstrip().endswith(_COPULA))
        name.decision = name.kind in _SESSION_TYPES and re.match(
            f"(?:还|也|已)?(?:{words.pattern('decision').pattern})(?!的)", sentence[name.end:]) is not None
        name.other = bool(stop and stop[3] == "word" and words.has("other_verb", stop[2]))

    def _modifier(self, sentence: str, end: int) -> bool:
        """The event noun is one of several words listed before a head that is no event (…培训、指导和牵线搭桥计划)."""
        listed = re.match(rf"(?:{JOIN_OR_WITH}[^，。；：、（）“”]{{1,10}})+", sentence[end:end + 40])
        return listed is not None and re.search(f"(?:{self.rules.pattern('not_after').pattern})$", listed.group(0)) \
            is not None

    def _clean(self, raw: str) -> tuple[str | None, bool]:
        """The name without the verb and the count in front of it; None when the count is more than one."""
        words = self.rules
        text = re.sub(f"^(?:{words.pattern('lead_verb').pattern})(?:了|的)?", "", raw.strip()).strip()
        text = _LEADING.sub("", text).strip()
        one = words.pattern("quantifier", anchored=True).match(text)
        if one:
            text = text[one.end():].strip()
        if words.pattern("plural", anchored=True).match(text) or _COUNT.search(text):
            return None, False
        return text, one is not None

    def _verb(self, sentence: str, stop: tuple | None, left: int, found: list[_Name]) -> str | None:
        """The verb of holding that governs the name: right before it, or before the name it is listed with."""
        if stop is None or stop[3] != "word":
            previous = found[-1] if found else None
            if previous and previous.verb and re.fullmatch(rf"(?:[\s，]|{JOIN})*", sentence[previous.end:left]):
                return previous.verb
            return None
        what = stop[2]
        if self.rules.has("past_verb", what):
            return what
        if self.rules.has("clause_verb", what) and (sentence[:stop[0]].rstrip()[-1:] in _CLAUSE_START
                                                     or stop[0] in self.subject_ends):
            return what
        if what in ("以及", "及"):
            return self._verb(sentence, None, left, found)
        return None

    def _titles(self, sentence: str, quoted: list[tuple[int, int]], stops: list, ends: list[int]) -> list[_Name]:
        """Quoted titles that are event names themselves: 举办了“…暑期班：葡语国家特别版”."""
        found = []
        for a, b in quoted:
            inner = sentence[a + 1:b - 1]
            head = re.split(r"[：:]", inner, maxsplit=1)[0]
            hit = self.rules.type_at_end.search(head)
            if hit is None or sentence[b:b + 1] == "的" or self.rules.type_pattern.match(sentence, b) \
                    or sentence[:a].endswith(("名为", "题为")):
                continue
            kind, licence = self.rules.type_of_word[hit.group(0)]
            if licence == "counted":
                continue
            name = _Name(a, b, inner, kind, named=True, titled=True, left=a)
            name.verb = self._verb(sentence, _stop_before(stops, ends, a), a, [])
            found.append(name)
        return found


def _stop_before(stops: list[tuple[int, int, str, str]], ends: list[int], at: int) -> tuple[int, int, str, str] | None:
    """The last stop that ends before ``at``."""
    index = bisect.bisect_right(ends, at) - 1
    while index >= 0 and stops[index][1] > at:
        index -= 1
    return stops[index] if index >= 0 else None


def _mode(label: str, header: str, body: str, kind: str, has_place: bool, rules: EventRules) -> str | None:
    """How the event was held: the header's words, a hybrid audience in the description, a name that says it is
    online (在线知识产权强化培训项目), else by its kind and place."""
    for mode, word in rules.modes:
        if word in header:
            return mode
    if any(word in body for mode, word in rules.modes if mode == "Hybrid"):
        return "Hybrid"
    if kind == "Webinar" or label.startswith(rules.words.get("online_name", ())):
        return "Online"
    return "InPerson" if has_place and kind != "Campaign" else None


def _type_of(label: str, rules: EventRules) -> str | None:
    best = None
    for word, kind, _ in rules.types:
        at = label.rfind(word)
        if at >= 0 and (best is None or at + len(word) > best[0]):
            best = (at + len(word), kind)
    return best[1] if best else None


def _without(text: str, offset: int, others: list[_Name]) -> str:
    """The text with the other events of its sentence blanked out, so one event's mode words are not another's."""
    chars = list(text)
    for other in others:
        for at in range(max(other.left - offset, 0), min(other.end - offset, len(chars))):
            chars[at] = " "
    return "".join(chars)


def _distinct(known: EventFact, event: EventFact) -> bool:
    """Two events of one name told apart by where they were or how many came (not one event told twice)."""
    return any(a is not None and b is not None and a != b
               for a, b in ((known.country, event.country), (known.attendees, event.attendees)))


def _scene(sentence: str, name: _Name) -> int:
    """Where the words that may place the event begin: its own clause, after the short clauses that set the
    scene for it (在阿曼，…; 2023年，…), not an earlier clause about something else (…在菲律宾各地开展了消费者调查，…)."""
    starts = [0] + [m.end() for m in re.finditer("，", sentence[:name.left])]
    at = starts[-1]
    for previous in reversed(starts[:-1]):
        clause = sentence[previous:at].rstrip("，")
        if len(clause) > 14 or not (clause.startswith(("在", "于")) or re.match(r"\d{4}", clause)):
            break
        at = previous
    return at


def _adjacent(date: DateSpan, name: _Name) -> bool:
    """The date stands right before the name it dates (2023年“媒体专业人员知识产权课程”)."""
    return date.finish <= name.start and name.start - date.finish <= 2


def _dates_outside_brackets(text: str, year: int | None) -> list[DateSpan]:
    """Dates of the sentence itself: one in brackets belongs to the word before it (国际妇女节（2023年3月8日）)."""
    return [d for d in find_dates(text, year)
            if not (text[d.begin - 1:d.begin] == "（" and text[d.finish:d.finish + 1] == "）")]


class _ReportEvents:
    def __init__(self, passages: list[Passage], facts: ReportFacts, author: tuple[str, ...], year: int | None,
                 data_dir: Path) -> None:
        self.passages = {p.slug: p for p in passages}
        self.facts = facts
        self.author = [f"org/{key}" for key in author]
        self.year = year
        self.rules = load_rules(data_dir)
        self.finder = _NameFinder(self.rules)
        gazetteer = load_gazetteer(data_dir)
        self.cities = gazetteer.cities
        self.organisations = gazetteer.organisations
        self.events: dict[str, EventFact] = {}
        self.order: list[str] = []
        self.covered: dict[str, list[tuple[int, int]]] = {}

    def context(self, passage: Passage, start: int = 0, end: int | None = None) -> _Context:
        return _Context(passage.text, self.facts.located.get(passage.slug, []), start, end)

    def run(self, passages: list[Passage]) -> list[EventFact]:
        for passage in passages:
            if passage.kind == HEADING:
                continue
            year = self._year(passage)
            if passage.kind == FOOTNOTE:
                self._sentence_events(passage, year, None, sessions_only=True)
                continue
            heading = self._heading_event(passage, year) if passage.kind == BULLET else None
            if heading is None:
                self._list_events(passage, year)
            self._sentence_events(passage, year, heading)
        return [self.events[k] for k in self.order]

    def _year(self, passage: Passage) -> int | None:
        years = [int(y) for y in re.findall(rf"({YEAR})\s*年", passage.text)]
        return years[0] if years else self.year

    def _add(self, event: EventFact, passage: Passage) -> None:
        """Record an event, or add evidence to the one already told (same name and date, or a later short form)."""
        key = f"{_squash(event.label)}|{event.start}"
        known = self.events.get(key) or self._told_before(event)
        while known is not None and passage.slug in known.passages and _distinct(known, event):
            event.variant += 1
            known = self.events.get(f"{key}|{event.variant}")
        key += f"|{event.variant}" if event.variant else ""
        if known is not None:
            if passage.slug not in known.passages:
                known.passages.append(passage.slug)
            known.participants += [k for k in event.participants if k not in known.participants]
            return
        event.passages.append(passage.slug)
        self.events[key] = event
        self.order.append(key)

    def _told_before(self, event: EventFact) -> EventFact | None:
        """An event already recorded whose name ends with this one's (…论坛“X”分论坛 told again as “X”分论坛)."""
        short = _squash(event.label)
        if len(short) < 6:
            return None
        for known in self.events.values():
            if _squash(known.label).endswith(short) and event.start in (None, known.start):
                return known
        if event.start and (len(short) >= 8 or ORDINAL.search(short)):
            return self._dated_later(short, event)
        return None

    def _dated_later(self, short: str, event: EventFact) -> EventFact | None:
        """A named event first told without a date (在…举行的…第二十八届缔约方会议) and dated later: one event."""
        known = self.events.get(f"{short}|None")
        if known is not None:
            known.start, known.end = event.start, event.end
        return known

    def _lead_roles(self, passage: Passage) -> dict[str, list[str]]:
        lead = self.passages.get(passage.parent or "")
        return roles_in(self.context(lead), self.rules) if lead else {}

    def _part_of_author(self, path: str) -> bool:
        """The actor is the report's author or one of its units (树立尊重知识产权风尚司 of WIPO)."""
        key, seen = path.removeprefix("org/"), set()
        while key and key not in seen:
            if f"org/{key}" in self.author:
                return True
            seen.add(key)
            key = self.organisations[key].parent if key in self.organisations else ""
        return False

    def _fill(self, event: EventFact, passage: Passage, header: _Context, body: _Context,
              label: tuple[int, int] | None = None, attended: bool = False, after: _Context | None = None,
              mode_text: str | None = None, inferable: bool = True) -> None:
        """Place, mode, roles and attendance from the event's header and the text that describes it.

        When the header does not say where, a city the following description names is the venue
        (会议为日内瓦的年轻学生提供了…).
        """
        event.city, event.country, placed = self._place(header)
        if not placed and after is not None and event.type != "Webinar":
            city, country, _ = self._place(after, venue=False, cities_only=True)
            event.city, event.country = city or event.city, country or event.country
        event.mode = _mode(event.label, header.text if mode_text is None else mode_text, body.text, event.type, placed or event.city is not None, self.rules)
        roles = roles_in(body, self.rules)
        lead = self._lead_roles(passage).get("organiser", [])
        event.organisers = list(dict.fromkeys(roles["organiser"] + lead))
        event.participants = roles["participant"]
        named_in_label = self._label_mentions(passage, label)
        if not event.organisers and self.author and inferable and not attended \
                and not any(self._part_of_author(k) for k in event.participants):
            event.organisers, event.organiser_inferred = list(self.author), True
        cobranded = [f"org/{m.key}" for m in named_in_label if m.kind == ORG and self._cobranded(passage.text, m)]
        event.partners = [k for k in dict.fromkeys(roles["partner"] + cobranded) if k not in event.organisers]
        event.sponsors = roles["sponsor"]
        event.participants = [k for k in event.participants if k not in event.organisers + event.partners]
        event.attendees = attendees(body, self.rules)

    def _inferable(self, name: _Name, holding: bool, in_label: list[Located]) -> bool:
        """Whether the author may be the unsaid organiser: not of a session of a body it is not part of that the
        sentence does not say was held (第九次中日韩领导人会议发布…), nor of a treaty's meeting of the parties."""
        if not (name.session or name.decision):
            return True
        if any(m.kind == TREATY for m in in_label):
            return False
        return holding and not name.decision or any(m.kind == ORG and self._part_of_author(f"org/{m.key}") for m in in_label)

    def _label_mentions(self, passage: Passage, label: tuple[int, int] | None) -> list[Located]:
        if label is None:
            return []
        return [m for m in self.facts.located.get(passage.slug, []) if label[0] <= m.start and m.end <= label[1]]

    @staticmethod
    def _cobranded(text: str, mention: Located) -> bool:
        """The organisation is joined to another by a hyphen in the event's name (产权组织-世贸组织…课程)."""
        return text[mention.start - 1:mention.start] in ("-", "–") \
            or re.match(r"(?:（[^（）]{1,20}）)?\s?[-–]", text[mention.end:]) is not None

    def _place(self, context: _Context, venue: bool = True, cities_only: bool = False) \
            -> tuple[str | None, str | None, bool]:
        """City and country where the event was held, and whether the text names a venue (a city, or 在/于 a place).

        A country inside an organisation's name (墨西哥知识产权局), in brackets after
        one (伊比利亚美洲大学（墨西哥）), joined by a hyphen (产权组织-巴西…), or that
        participants come from (来自…) is not the venue; 来自罗马尼亚各地 is. After
        在/于, an organisation is a venue too (在哈马德·本·哈利法大学); a venue in
        two countries (在智利和巴西) gives no country.
        """
        places = [m for m in context.mentions if m.kind in (CITY, COUNTRY) and self._is_venue(context, m)]
        if venue:
            at = self._venue(context, places)
            if at is not None:
                return at
        city = next((m for m in places if m.kind == CITY), None)
        if city is not None:
            return city.key, self._country_of(city), True
        country = next((m.key for m in places if m.kind == COUNTRY), None)
        return None, None if cities_only else country, False

    def _is_venue(self, context: _Context, mention: Located) -> bool:
        text = context.text
        inside = any(o.start <= mention.start and mention.end <= o.end for o in context.mentions
                     if o.kind == ORG and o is not mention)
        gloss = text[mention.start - 1:mention.start] == "（" and any(
            o.end == mention.start - 1 for o in context.mentions if o.kind == ORG)
        cobrand = text[mention.start - 1:mention.start] in ("-", "–") or text[mention.end:mention.end + 1] in ("-", "–")
        origin = text[:mention.start].endswith("来自") and not text[mention.end:].startswith("各地")
        located = text[:mention.start].endswith("位于")
        return not (inside or gloss or cobrand or origin or located)

    def _venue(self, context: _Context, places: list[Located]) -> tuple[str | None, str | None, bool] | None:
        """The places right after 在/于: one city or country, or organisations in one country; places in
        several countries are no single venue."""
        among = sorted(places + [m for m in context.orgs() if m.key in self.organisations],
                       key=lambda m: (m.start, -m.end))
        for marker in re.finditer(r"[在于]\s*", context.text):
            run = _run_after(context, marker.end(), (CITY, COUNTRY, ORG), _PLACE_CONNECTOR, among)
            if not run or run[0].start != marker.end():
                continue
            countries = {self._country_of(m) for m in run}
            if countries == {None}:
                continue
            if len(countries) != 1:
                return None, None, False
            city = next((m.key for m in run if m.kind == CITY), None)
            return city, countries.pop(), True
        return None

    def _country_of(self, mention: Located) -> str | None:
        if mention.kind == COUNTRY:
            return mention.key
        if mention.kind == CITY:
            return self.cities[mention.key].country if mention.key in self.cities else None
        organisation = self.organisations.get(mention.key)
        return organisation.country or None if organisation else None

    def _heading_event(self, passage: Passage, year: int | None) -> EventFact | None:
        """A bullet that opens "name，date …举办：": the bullet's structure itself says it is an event."""
        text = passage.text
        dates = [d for d in find_dates(text, year) if text[:d.begin].rstrip().endswith(_SEPARATOR)]
        for date in dates[:1]:
            label = text[:date.begin].rstrip("，,：: ")
            kind = _type_of(label, self.rules)
            colon = text.find("：", date.finish)
            header_end = colon if colon >= 0 else len(text)
            held = self.rules.pattern("holding").search(text, date.finish, header_end) is not None
            if len(label) > 120 or len(label) < 4 or not (kind or ORDINAL.search(label) or held):
                return None
            event = EventFact(kind or "Meeting", label, date.start, date.end, rule="event-heading", confidence=0.95)
            self._fill(event, passage, self.context(passage, 0, header_end), self.context(passage),
                       (0, date.begin))
            self._add(event, passage)
            return event
        return None

    def _list_events(self, passage: Passage, year: int | None) -> None:
        """Items of a list, each with its date in brackets; an item runs from the end of the one before."""
        text = passage.text
        previous = None
        for date in find_dates(text, year):
            if text[date.begin - 1:date.begin] != "（" or text[date.finish:date.finish + 1] != "）":
                continue
            if previous is not None and not re.search(r"[。；]", text[previous:date.begin]):
                item_start = previous + 1
            else:
                item_start = max(text.rfind(sep, 0, date.begin - 1) for sep in ("：", "，", "。", "；")) + 1
            item = re.sub(rf"^(?:[，\s]|{JOIN})*", "", text[item_start:date.begin - 1])
            item_start = date.begin - 1 - len(item)
            made = re.search(r"(?:合办|举办|组织|主办)的", item)
            label = item[made.end():] if made else item
            kind = _type_of(label, self.rules)
            if not kind or not self.rules.type_at_end.search(re.split(r"[：:]", label, maxsplit=1)[0]) \
                    and not self.rules.type_at_end.search(label):
                continue
            previous = date.finish
            event = EventFact(kind, label, date.start, date.end, rule="event-list", confidence=0.85)
            self._fill(event, passage, self.context(passage, item_start, date.begin),
                       self.context(passage, item_start, date.finish), (date.begin - 1 - len(label), date.begin - 1))
            if made:
                event.partners = [k for k in dict.fromkeys(self._partners_of(passage, item_start, date.begin)
                                                           + event.partners) if k not in event.organisers]
            self._add(event, passage)
            self.covered.setdefault(passage.slug, []).append((item_start, date.finish))

    def _partners_of(self, passage: Passage, start: int, end: int) -> list[str]:
        context = self.context(passage, start, end)
        found = []
        for match in re.finditer("与", context.text):
            found += [f"org/{o.key}" for o in _run_after(context, match.end())]
        return found

    def _sentence_events(self, passage: Passage, year: int | None, heading: EventFact | None,
                         sessions_only: bool = False) -> None:
        """Events named in running text; inside a heading bullet, only the further events it names; in a
        footnote, only numbered sessions (IGC第四十三届会议要求秘书处…)."""
        covered = self.covered.get(passage.slug, [])
        sentences = segments(passage.text)
        located = self.facts.located.get(passage.slug, [])
        names = [self.finder.names(s.group(0), [Located(m.kind, m.key, m.start - s.start(), m.end - s.start())
                                                for m in located if s.start() <= m.start and m.end <= s.end()])
                 for s in sentences]
        carried: DateSpan | None = None
        for index, sentence in enumerate(sentences):
            words = sentence.group(0)
            if self.rules.pattern("future").search(words) or any(a < sentence.end() and sentence.start() < b
                                                                  for a, b in covered):
                continue
            dates = _dates_outside_brackets(words, year)
            holding = self.rules.pattern("holding").search(words) is not None
            if dates and not names[index]:
                carried = dates[0] if holding and _COUNT.search(words) else None
                continue
            for name in names[index]:
                licence = self._licence(name, dates, holding, carried, heading)
                if licence is None or sessions_only and not name.session:
                    continue
                rule, confidence, date = licence
                event = EventFact(name.kind, name.label, date.start if date else None, date.end if date else None,
                                  rule=rule, confidence=confidence)
                description = self._description(passage, sentences, names, index)
                span = (sentence.start() + name.start, sentence.start() + name.end)
                header_end = sentence.start() + name.end if name.decision or name.session and not holding \
                    else sentence.end()
                header = self.context(passage, sentence.start() + _scene(words, name), header_end)
                attended = bool(name.verb and self.rules.has("attend_verb", name.verb))
                body = header if name.decision else _joined(description)
                self._fill(event, passage, header, body, span,
                           attended=attended, after=None if name.decision else _joined(description[1:]),
                           mode_text=_without(header.text, header_end - len(header.text) - sentence.start(),
                                              [n for n in names[index] if n is not name]),
                           inferable=self._inferable(name, holding, self._label_mentions(passage, span)))
                if heading is not None:
                    event.city, event.country, event.mode = heading.city, heading.country, heading.mode
                    event.attendees = None
                self._add(event, passage)
            if dates:
                carried = None

    def _licence(self, name: _Name, dates: list[DateSpan], holding: bool, carried: DateSpan | None,
                 heading: EventFact | None) -> tuple[str, float, DateSpan | None] | None:
        """Whether the sentence tells of the named event, by which rule, how surely, and its date."""
        date = next((d for d in reversed(dates) if d.begin < name.start), dates[0] if dates else None)
        if heading is not None:
            return ("event-named", 0.7, None) if (name.called or name.duration) and not name.session else None
        if name.decision:
            before = [d for d in dates if d.finish <= name.start]
            return "event-session", 0.6, before[-1] if before else carried
        if name.organ:
            return None
        if name.session:
            return "event-session", 0.8, date if holding else None
        if name.called or (name.titled and (name.verb or dates or holding)):
            return "event-named", 0.75, date if holding or (date and _adjacent(date, name)) else None
        if name.other:
            return None
        if dates and holding:
            return "event-sentence", 0.7, date
        if name.named and holding:
            return "event-sentence", 0.6, None
        if name.verb:
            return "event-object", 0.65, carried
        return None

    def _description(self, passage: Passage, sentences: list[re.Match], names: list[list[_Name]],
                     index: int) -> list[_Context]:
        """The sentences that describe an event: its own, and those after it that refer back to it (该宣传活动…,
        研讨会…) before the next sentence that names another event; the ones between about other things are
        left out (…《绿色技术手册》是与…合作打造的成果)."""
        found = [self.context(passage, sentences[index].start(), sentences[index].end())]
        for position in range(index + 1, len(sentences)):
            following = sentences[position].group(0)
            if names[position] and not following.startswith(self.rules.words["anaphora"]):
                break
            if following.startswith(self.rules.words["anaphora"]) or self.rules.type_pattern.match(following):
                found.append(self.context(passage, sentences[position].start(), sentences[position].end()))
        return found


def extract_events(passages: list[Passage], facts: ReportFacts, author: tuple[str, ...], year: int | None,
                   data_dir: Path) -> list[EventFact]:
    """Every dated or named activity the report tells of, one fact per event."""
    return _ReportEvents(passages, facts, author, year, data_dir).run(passages)
