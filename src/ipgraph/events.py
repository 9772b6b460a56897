"""Passages + resolved mentions → events: what was held, by whom, with whom, where, when, how, for how many.

Three rules, each named on the events it produces (``ip:rule``) with a
confidence analysts can filter on:

- ``event-heading``: a bullet that opens with the event's name and date
  (``版权执法国际研讨会，2024 年 6 月 17 日至 21 日在越南河内举办：…``);
- ``event-list``: an inline list of names with dates in brackets
  (``…暑期班（2024年6月25日）、…``);
- ``event-sentence``: an event noun in a dated sentence
  (``2023年5月15日至17日，在卢旺达基加利举行了非洲…区域会议``).

Type nouns, role patterns, mode words and attendance words live in
``data/events/``. An organiser that the text leaves unsaid is the report's
author, marked inferred.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ipgraph.dates import find_dates
from ipgraph.facts import Located, ReportFacts
from ipgraph.gazetteer import CITY, COUNTRY, ORG, PERSON, load as load_gazetteer, read_tsv
from ipgraph.passages import BULLET, FOOTNOTE, HEADING, Passage

_ORG_CONNECTOR = re.compile(r"^(?:\s|、|和|及|以及|（[^（）]{1,30}）)*$")
_SENTENCE = re.compile(r"[^。；]+[。；]?")
_NUMBER = re.compile(r"(约有?|超过|逾)?\s*(\d{1,3}(?:,\d{3})+|\d+)\s*(多|余)?\s*(?:名|人|位)")
_LAYOUT_STOP = r"\d+\s*[年月日]|[，。；：、（）《》\s]"
_NAMED = re.compile(r"第[\d一二三四五六七八九十百]+[届次]|[“《]|[A-Z]{2,}")
_SEPARATOR = ("，", "：", ",", ":")


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

    def key(self, report_id: str) -> str:
        digest = hashlib.sha1(f"{_squash(self.label)}|{self.start}".encode("utf-8")).hexdigest()[:10]
        return f"{report_id}-{digest}"


@dataclass(frozen=True)
class EventRules:
    types: tuple[tuple[str, str], ...]
    roles: tuple[tuple[str, str, str], ...]
    modes: tuple[tuple[str, str], ...]
    attend: tuple[str, ...]
    exclude: tuple[str, ...]
    words: dict[str, tuple[str, ...]]

    @property
    def left_stop(self) -> re.Pattern[str]:
        """Where an event name stops when read leftwards: the left_stop words, a date, punctuation."""
        return re.compile(f"{self.pattern('left_stop').pattern}|{_LAYOUT_STOP}")

    def pattern(self, name: str, anchored: bool = False) -> re.Pattern[str]:
        """One of the word lists of ``words.tsv`` as a regex, longest word first."""
        return _word_pattern(self.words.get(name, ()), anchored)


@lru_cache(maxsize=256)
def _word_pattern(words: tuple[str, ...], anchored: bool) -> re.Pattern[str]:
    """Built once per word list: the sentence rule asks for the same few patterns thousands of times."""
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(f"^(?:{body})" if anchored else body)


@lru_cache(maxsize=4)
def load_rules(data_dir: Path) -> EventRules:
    folder = data_dir / "events"
    types = read_tsv(folder / "types.tsv", ("word", "type"))
    roles = read_tsv(folder / "roles.tsv", ("role", "pattern"))
    modes = read_tsv(folder / "modes.tsv", ("mode", "word"))
    attendance = read_tsv(folder / "attendance.tsv", ("word", "kind"))
    words: dict[str, tuple[str, ...]] = {}
    for row in read_tsv(folder / "words.tsv", ("list", "word")):
        words[row["list"]] = (*words.get(row["list"], ()), row["word"])
    return EventRules(
        types=tuple(sorted(((r["word"], r["type"]) for r in types), key=lambda t: -len(t[0]))),
        roles=tuple((r["role"], *r["pattern"].split("X", 1)) for r in roles),
        modes=tuple(sorted(((r["mode"], r["word"]) for r in modes), key=lambda m: m[0] != "Hybrid")),
        attend=tuple(r["word"] for r in attendance if r["kind"] == "attend"),
        exclude=tuple(r["word"] for r in attendance if r["kind"] == "exclude"),
        words=words,
    )


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


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


def _run_after(context: _Context, at: int) -> list[Located]:
    """The organisations named one after another from ``at`` (joined by 、 和 及)."""
    run, position = [], at
    for org in context.orgs():
        if org.start < position:
            continue
        if not _ORG_CONNECTOR.match(context.text[position:org.start]):
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
        if not _ORG_CONNECTOR.match(context.text[org.end:position]):
            break
        run.insert(0, org)
        position = org.start
    return run


def roles_in(context: _Context, rules: EventRules) -> dict[str, list[str]]:
    """Who the context says organised, partnered, sponsored or took part."""
    found: dict[str, list[str]] = {"organiser": [], "partner": [], "sponsor": [], "participant": []}
    for role, before, after in rules.roles:
        for match in re.finditer(re.escape(before) if before else re.escape(after), context.text):
            kinds = (ORG, PERSON) if role == "participant" else (ORG,)
            run = _run_after(context, match.end()) if before else _run_before(context, match.start(), kinds)
            if not run:
                continue
            if before and after and not _slot_then(context.text, run[-1].end, after):
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
    for clause in re.finditer(r"[^，。；]+", context.text):
        words = clause.group(0)
        if not any(w in words for w in rules.attend):
            continue
        for match in _NUMBER.finditer(words):
            following = words[match.end():match.end() + 6]
            if any(w in following for w in rules.exclude):
                continue
            return int(match.group(2).replace(",", ""))
    return None


def _mode(header: str, kind: str, has_place: bool, rules: EventRules) -> str | None:
    for mode, word in rules.modes:
        if word in header:
            return mode
    if kind == "Webinar":
        return "Online"
    return "InPerson" if has_place else None


def _type_of(label: str, rules: EventRules) -> str | None:
    best = None
    for word, kind in rules.types:
        at = label.rfind(word)
        if at >= 0 and (best is None or at + len(word) > best[0]):
            best = (at + len(word), kind)
    return best[1] if best else None


class _ReportEvents:
    def __init__(self, passages: list[Passage], facts: ReportFacts, author: tuple[str, ...], year: int | None,
                 data_dir: Path) -> None:
        self.passages = {p.slug: p for p in passages}
        self.facts = facts
        self.author = [f"org/{key}" for key in author]
        self.year = year
        self.rules = load_rules(data_dir)
        self.cities = load_gazetteer(data_dir).cities
        self.events: dict[str, EventFact] = {}
        self.order: list[str] = []
        self.covered: dict[str, list[tuple[int, int]]] = {}

    def context(self, passage: Passage, start: int = 0, end: int | None = None) -> _Context:
        return _Context(passage.text, self.facts.located.get(passage.slug, []), start, end)

    def run(self, passages: list[Passage]) -> list[EventFact]:
        for passage in passages:
            if passage.kind in (FOOTNOTE, HEADING):
                continue
            year = self._year(passage)
            found = self._heading_event(passage, year) if passage.kind == BULLET else None
            if found is None:
                self._list_events(passage, year)
                self._sentence_events(passage, year)
        return [self.events[k] for k in self.order]

    def _year(self, passage: Passage) -> int | None:
        years = [int(y) for y in re.findall(r"((?:19|20)\d{2})\s*年", passage.text)]
        return years[0] if years else self.year

    def _add(self, event: EventFact, passage: Passage) -> None:
        """Record an event, or add evidence to the one already told (same name and date, or a later short form)."""
        key = f"{_squash(event.label)}|{event.start}"
        known = self.events.get(key) or self._told_before(event)
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
        return None

    def _lead_roles(self, passage: Passage) -> dict[str, list[str]]:
        lead = self.passages.get(passage.parent or "")
        return roles_in(self.context(lead), self.rules) if lead else {}

    def _fill(self, event: EventFact, passage: Passage, header: _Context, body: _Context) -> None:
        """Place, mode, roles and attendance from the event's header and the text that describes it."""
        event.city = header.first(CITY)
        event.country = header.first(COUNTRY) or (self.cities[event.city].country if event.city in self.cities else None)
        event.mode = _mode(header.text, event.type, bool(event.city or event.country), self.rules)
        roles = roles_in(body, self.rules)
        lead = self._lead_roles(passage)
        event.organisers = roles["organiser"] or [k for k in lead.get("organiser", []) if k in self.author] \
            or lead.get("organiser", [])
        if not event.organisers and self.author:
            event.organisers, event.organiser_inferred = list(self.author), True
        event.partners = [k for k in roles["partner"] if k not in event.organisers]
        event.sponsors = roles["sponsor"]
        event.participants = [k for k in roles["participant"] if k not in event.organisers + event.partners]
        event.attendees = attendees(body, self.rules)

    def _heading_event(self, passage: Passage, year: int | None) -> EventFact | None:
        """A bullet that opens "name，date …举办：": the bullet's structure itself says it is an event."""
        text = passage.text
        dates = [d for d in find_dates(text, year) if text[:d.begin].rstrip().endswith(_SEPARATOR)]
        for date in dates[:1]:
            label = text[:date.begin].rstrip("，,：: ")
            kind = _type_of(label, self.rules) or "Meeting"
            if len(label) > 120 or len(label) < 4:
                return None
            colon = text.find("：", date.finish)
            header_end = colon if colon >= 0 else len(text)
            event = EventFact(kind, label, date.start, date.end, rule="event-heading", confidence=0.95)
            self._fill(event, passage, self.context(passage, 0, header_end), self.context(passage))
            self._add(event, passage)
            return event
        return None

    def _list_events(self, passage: Passage, year: int | None) -> None:
        text = passage.text
        for date in find_dates(text, year):
            if text[date.begin - 1:date.begin] != "（" or text[date.finish:date.finish + 1] != "）":
                continue
            item_start = max(text.rfind(sep, 0, date.begin - 1) for sep in ("、", "：", "，", "以及")) + 1
            item = text[item_start:date.begin - 1]
            item = re.sub(r"^(?:以及|及|和)", "", item)
            made = re.search(r"(?:合办|举办|组织|主办)的", item)
            label = item[made.end():] if made else item
            kind = _type_of(label, self.rules)
            if not kind:
                continue
            event = EventFact(kind, label, date.start, date.end, rule="event-list", confidence=0.85)
            self._fill(event, passage, self.context(passage, item_start, date.begin),
                       self.context(passage, item_start, date.finish))
            if made:
                event.partners = [k for k in self._partners_of(passage, item_start, date.begin) if k not in event.organisers]
            self._add(event, passage)
            self.covered.setdefault(passage.slug, []).append((item_start, date.finish))

    def _partners_of(self, passage: Passage, start: int, end: int) -> list[str]:
        context = self.context(passage, start, end)
        found = []
        for match in re.finditer("与", context.text):
            found += [f"org/{o.key}" for o in _run_after(context, match.end())]
        return found

    def _sentence_events(self, passage: Passage, year: int | None) -> None:
        """Events named in running text: dated, or named (第三届…会议, “…”论坛) with a verb of holding."""
        covered = self.covered.get(passage.slug, [])
        sentences = list(_SENTENCE.finditer(passage.text))
        for index, sentence in enumerate(sentences):
            words = sentence.group(0)
            if not self.rules.pattern("holding").search(words) or self.rules.pattern("future").search(words):
                continue
            if any(a < sentence.end() and sentence.start() < b for a, b in covered):
                continue
            dates = find_dates(words, year)
            names = [(m.start - sentence.start(), m.end - sentence.start())
                     for m in self.facts.located.get(passage.slug, []) if m.kind != COUNTRY]
            for label in self._labels(words, names):
                if not dates and not _NAMED.search(label):
                    continue
                kind = _type_of(label, self.rules)
                start, end = (dates[0].start, dates[0].end) if dates else (None, None)
                event = EventFact(kind, label, start, end, rule="event-sentence", confidence=0.7 if dates else 0.6)
                body_end = self._body_end(sentences, index)
                self._fill(event, passage, self.context(passage, sentence.start(), sentence.end()),
                           self.context(passage, sentence.start(), body_end))
                self._add(event, passage)

    def _body_end(self, sentences: list[re.Match], index: int) -> int:
        """Where the description of an event ends: before the next sentence that names another event."""
        end = sentences[index].end()
        for following in sentences[index + 1:]:
            if self._labels(following.group(0), []) and not following.group(0).startswith(self.rules.words["anaphora"]):
                break
            end = following.end()
        return end

    def _labels(self, sentence: str, names: list[tuple[int, int]]) -> list[str]:
        """Event names in a sentence: the noun phrase that ends in each type noun, quoted titles kept whole.

        A type noun inside a name (培训 in 能力提升和培训局) is not an event.
        """
        hits = sorted(((m.start(), -len(word)) for word, _ in self.rules.types
                       for m in re.finditer(re.escape(word), sentence)))
        quoted = [(m.start(), m.end()) for m in re.finditer(r"[“《][^”》]*[”》]", sentence)]
        labels: list[tuple[int, int, str]] = []
        taken = -1
        for start, negative_length in hits:
            end = start - negative_length
            if start < taken or any(a < start < b for a, b in quoted) or any(a <= start < b for a, b in names) \
                    or sentence[end:end + 3].startswith(
                    self.rules.words["not_after"]):
                continue
            taken = end
            left = _left(sentence, start, quoted, self.rules.left_stop)
            modifier = self.rules.pattern("quantifier", anchored=True).sub("", sentence[left:start])
            label = re.sub(self.rules.pattern("lead_verb", anchored=True).pattern + "(?:了|的)?", "",
                           modifier + sentence[start:end])
            if len(label) < 5 or label.startswith(self.rules.words["generic"]) or re.match(r"[\d以对就将]", label):
                continue
            while labels and labels[-1][0] >= left:
                labels.pop()
            labels.append((left, end, label))
        return [label for _, _, label in labels]


def _left(sentence: str, at: int, quoted: list[tuple[int, int]], left_stop: re.Pattern[str]) -> int:
    """Where the noun phrase ending at ``at`` begins; a stop inside a quoted title does not count."""
    stops = [m.end() for m in left_stop.finditer(sentence, 0, at)
             if not any(a <= m.start() < b for a, b in quoted)]
    return stops[-1] if stops else 0


def extract_events(passages: list[Passage], facts: ReportFacts, author: tuple[str, ...], year: int | None,
                   data_dir: Path) -> list[EventFact]:
    """Every dated or named activity the report tells of, one fact per event."""
    return _ReportEvents(passages, facts, author, year, data_dir).run(passages)

