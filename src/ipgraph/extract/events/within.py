"""Events an event holds: an event named as the subject of a verb of holding (…研修班于5月9日举行结业典礼; 品牌节
内容丰富，还举办了…博览会) holds the one after the verb as a part of itself, so those who held the first held the
second: its organisers (when the part names none of its own) and its partners carry over, and so does its time
when the part's sentence prints no date of its own (本届品牌节…还举办了…博览会: held during the festival, in its month
when the festival lasted days, on its day when it lasted one). A clause that ends with an event's name adds a part
held at it after a comma and a word of accompanying (…创新日庆祝活动，并有“…发布会”): the part takes its time too.

An event is the subject when its name stands before the verb in the verb's clause, or its name (or its
name's tail, a short form: 品牌节 for 第六届中国国际商标·品牌节) opens the sentence, with no organisation between
them (an organisation there would be the subject) and no word of position right after it (研讨会上举行签约仪式,
论坛期间举行…: held at it, by whoever signs).
"""

from __future__ import annotations

import re

from ipgraph.extract.events.labels import squash
from ipgraph.extract.events.launches import opened_on
from ipgraph.extract.events.model import BEFORE_BY, EventFact, EventRules
from ipgraph.extract.report_facts import Located
from ipgraph.ingest.passages import Passage
from ipgraph.knowledge.gazetteer import ORG
from ipgraph.zh.dates import find_dates, lasting_end
from ipgraph.zh.grammar import CLAUSE_BREAKS, COMMAS, ENUMERATION_COMMA, JOIN, SENTENCE_ENDS, sentences
from ipgraph.zh.time_words import SAME_DAY

_SHORTEST = 3
"""The fewest characters of a name's tail that still name it (品牌节); fewer would be a bare type noun's head."""
_POINTED = 2
"""The fewest characters of a name's tail that name it after a word pointing back: its head noun (此次活动)."""
_VERB_REACH = 8
"""How far before a name its governing verb may start: the verb (举办, 召开) and an aspect mark and quotes."""
_SPACE = re.compile(r"\s*")
_COMMA = re.compile(r"\s*[，,]\s*")
_GAP = re.compile(r"[了过“”\"「」『』\s]*")
"""What may stand between the verb of holding and the name it governs (举办了“…”)."""
_JOINER = 3
"""The most characters of a list joiner (以及) and the quote before a name."""
_LISTED_BEFORE = re.compile(rf"(?:{JOIN}[“”\"「」『』\s]*|[”」』]\s*[“「『])$")
"""A list joiner right before a name, or a quote closing right before the quote that opens it: the name is a later
item of a list (举办了A、B等活动; 包括“A”“B”等主题活动)."""
_ITEM_BREAK = re.compile(rf"{ENUMERATION_COMMA}|[”」』]\s*[“「『]")
"""Where a list's first item ends: a 、 or, between quoted items, the quote that closes it."""


def held_within(events: dict[str, EventFact], order: list[str], passages: list[Passage],
                rules: EventRules, located: dict[str, list[Located]]) -> None:
    """Each event governed by a verb of holding whose subject is an event named before it takes that event's
    organisers when it has none (or only the ones that event has) and its partners, and its time (``part_time``),
    once each event its opening ceremony dates has that day (``launches.opened_on``)."""
    opened_on(events.values(), rules)
    by_slug = {p.slug: p for p in passages}
    simplified: dict[str, str] = {}  # each passage read in simplified script once, when an event there needs it
    names: dict[str, str] = {}  # each event's name so read once, when a later event needs it
    for index, key in enumerate(order):
        part = events[key]
        passage = by_slug.get(part.passages[0]) if part.passages else None
        at = passage.text.find(part.label) if passage is not None else -1
        if passage is None or at < 0:
            continue
        near = max(0, at - _VERB_REACH)
        words = passage.text[near:at].translate(rules.simplifying)
        verb = _verb_before(words, rules.organising)
        listed = verb is None and _LISTED_BEFORE.search(passage.text, max(0, at - _JOINER), at) is not None
        if listed:  # 举办了A、B等: B as A
            if passage.slug not in simplified:
                simplified[passage.slug] = rules.simplifying.fold(passage.text)
            verb = _listed_verb(simplified[passage.slug], at, rules.organising)
        including = verb is None  # 此次活动涵盖X: X is a part of the event, held by whoever the text says
        if including and listed:  # 包括“A”“B”等: B as A
            verb = _listed_verb(simplified[passage.slug], at, rules.pattern("includes"))
        if verb is not None and listed:
            near = 0  # the list's verb stands where the passage says, not in the words right before the name
        elif including:
            verb = _verb_before(words, rules.pattern("includes"))
        accompanying = including and verb is None  # …庆祝活动，并有“X”: X was held at the event the clause ends
        verb = _verb_before(words, rules.pattern("accompanies")) if accompanying else verb
        if verb is None:
            continue
        if passage.slug not in simplified:
            simplified[passage.slug] = rules.simplifying.fold(passage.text)
        text, verb = simplified[passage.slug], near + verb
        start = max(text.rfind(end, 0, verb) for end in SENTENCE_ENDS) + 1
        for k in order[:index]:
            if k not in names:
                names[k] = squash(events[k].label).translate(rules.simplifying)
        before = [(events[k], names[k]) for k in order[:index] if events[k] is not part]
        held_in = _holder(text, start, verb, before, rules, located.get(passage.slug, []), organised=False) \
            if not accompanying else _topic(text, start, verb, before)
        if held_in is not None:
            told = next((o + len(s) for o, s in sentences(text) if o + len(s) > verb), len(text))
            part_time(part, held_in, text[start:told])
        if including:
            continue
        holder = _holder(text, start, verb, before, rules, located.get(passage.slug, []))
        if holder is None or part.organisers and not set(part.organisers) <= set(holder.organisers):
            continue
        if not part.organisers:
            part.organisers = list(holder.organisers)
            part.organiser_inferred = holder.organiser_inferred
        part.partners = [k for k in dict.fromkeys(part.partners + holder.partners) if k not in part.organisers]


def part_time(part: EventFact, holder: EventFact, sentence: str) -> None:
    """A part told in a sentence that prints no date of its own (品牌节内容丰富，还举办了…博览会) was held when the
    event holding it was: on its day when that lasted one, else within it, which day not told — its month (as 活动期间
    dates what was held during an event; a holder the part's sentence says lasted days — 本次论坛将持续两天，主要包括…
    — lasted more than its first day). A part dated no finer already (a year, from its name or the report) takes
    it; a finer date it carries was told elsewhere (a later sentence retelling it with its day) and stays. The holder's
    own day printed in the sentence (今日在某广场的X，并有Y) is no other date; a holder told only as opening
    (``EventFact.opened``) went on past its first day."""
    if holder.start is None or len(holder.start) < len("2000-01") or any(w in sentence for w in SAME_DAY) \
            or any(len(d.start) > len("2000") and d.start != holder.start  # the holder's own day (今日在…的X，并有Y)
                   for d in find_dates(sentence, int(holder.start[:4]), holder.start)):
        return
    one_day = holder.end in (None, holder.start) and not holder.opened \
        and lasting_end(sentence, holder.start) in (None, holder.start)
    held = holder.start if one_day else holder.start[:7]
    if part.start is None or held.startswith(part.start) and len(part.start) < len(held):
        part.start, part.end = held, held


def _listed_verb(text: str, at: int, verbs: re.Pattern[str]) -> int | None:
    """Where the verb of holding starts that governs the list the name at ``at`` is a later item of (举办了A、B和C等
    活动: B and C are governed by the verb before A, as A is): the last such verb of the clause before the list's
    first break (、, or ”“ between quoted items; with none, the joiner before the name)."""
    clause = max(text.rfind(mark, 0, at) for mark in CLAUSE_BREAKS + SENTENCE_ENDS) + 1
    item = _ITEM_BREAK.search(text, clause, at)  # none: two items joined by a word (新增A和B), A ends at the joiner
    held = [verb.start() for verb in verbs.finditer(text, clause, item.start() if item else at)]
    return held[-1] if held else None


def _verb_before(before: str, verbs: re.Pattern[str]) -> int | None:
    """Where in ``before`` (the words right before a name) the verb of ``verbs`` (of holding, or of including) that
    governs the name starts (举办了“X”), if one does."""
    for verb in verbs.finditer(before):
        if _GAP.fullmatch(before, verb.end()):
            return verb.start()
    return None


def _holder(text: str, start: int, verb: int, before: list[tuple[EventFact, str]], rules: EventRules,
            mentions: list[Located], organised: bool = True) -> EventFact | None:
    """The event of ``before`` (each with its name squashed and in simplified script) named (in full, or by its
    name's tail opening the sentence) between ``start`` and the verb at ``verb``, with organisers (when
    ``organised``: the holder whose organisers carry over), no organisation after it and no word of position right
    after it."""
    positions = rules.words.get("position", ()) + rules.words.get("during", ())
    opening = start + len(_SPACE.match(text, start).group(0))  # type: ignore[union-attr]
    joined = rules.pattern("connective").match(text, opening)  # 此外，论坛还举办了…: the subject follows the comma
    comma = _COMMA.match(text, joined.end()) if joined else None
    opening = comma.end() if comma else opening
    pointer = max((len(w) for w in rules.words.get("refers_back", ()) if text.startswith(w, opening)), default=0)
    opening += pointer
    for event, name in reversed(before):
        if organised and not event.organisers:
            continue
        end = _named_at(text, opening, verb, name, _POINTED if pointer else _SHORTEST)
        if end is None or text.startswith(positions, end):
            continue
        roles = _role_chain(rules).match(text, end)  # 本届品牌节由A主办，B承办，包括…: A and B say who held it
        after = roles.end() if roles else end
        if not any(m.kind == ORG and after <= m.start < verb and not _in_name(text, m.start, after, verb, before)
                   for m in mentions):
            return event
    return None


def _in_name(text: str, at: int, start: int, end: int, named: list[tuple[EventFact, str]]) -> bool:
    """Whether the organisation named at ``at`` is a word of an event's name told between ``start`` and ``end``
    (本届年会继续举办A、INTA会议，并新增B: INTA names a listed part, it is no subject holding B)."""
    for _, name in named:
        found = text.find(name, max(start, at - len(name) + 1), end)
        if 0 <= found <= at:
            return True
    return False


_ROLE_CHAINS: dict[str, re.Pattern[str]] = {}


def _role_chain(rules: EventRules) -> re.Pattern[str]:
    """The clauses of roles right after an event's name (由A主办，B、C承办，…: words.tsv ``role_clause`` ends each):
    the bodies they name held the event, they are no subject of the verb after them (本届品牌节由A主办，B承办，包括
    “X”等主题活动: X is a part of the festival, as when no body stood between)."""
    verbs = rules.source("role_clause")
    compiled = _ROLE_CHAINS.get(verbs)
    if compiled is None:
        clause = rf"[^{CLAUSE_BREAKS}{SENTENCE_ENDS}]*?(?:{verbs})"
        compiled = _ROLE_CHAINS[verbs] = re.compile(
            rf"\s*{BEFORE_BY}由{clause}(?:\s*[{COMMAS}]\s*{clause}(?=\s*[{COMMAS}]))*")
    return compiled


def _named_at(text: str, opening: int, verb: int, label: str, shortest: int) -> int | None:
    """Where the event's name ends in the sentence before the verb: its full name in the verb's own clause, or
    the name or its tail (``shortest`` characters at least, or ``_POINTED`` before an adverb of one more thing: 论坛还
    举办了…) opening the sentence at ``opening`` (past a word pointing back: 本届, 该), the topic the clauses after it
    share (品牌节内容丰富，还举办了…). A name inside an earlier clause
    (由A主办的X揭幕，…；同场还举行了…) is no subject of a later one."""
    full = text.rfind(label, opening, verb)
    end = full + len(label) + len(_GAP.match(text, full + len(label)).group(0))  # type: ignore[union-attr]
    if full >= 0 and not any(mark in text[end:verb] for mark in CLAUSE_BREAKS):
        return end
    tail = label.find(text[opening:opening + 1]) if opening < verb else -1
    while 0 <= tail <= len(label) - min(shortest, _POINTED):  # the longest tail of the name that opens the sentence
        end = opening + len(label) - tail
        if text.startswith(label[tail:], opening) and end <= verb \
                and (end - opening >= shortest or text[end:end + 1] in _ONE_MORE):
            return end
        tail = label.find(text[opening], tail + 1)
    return None


_ONE_MORE = "还也又還"
"""An adverb of one more thing done: right after a short tail of a name opening the sentence (论坛还举办了…, its
type noun alone), the tail is the subject, the event told before, as a longer tail is without it."""


_TOPIC_TAIL = 6
"""The fewest characters of a name's tail that name it at the end of a clause (世界知识产权日庆祝活动 for
2012年世界知识产权日庆祝活动): a bare noun (庆祝活动) could be any event's."""
_CLAUSE_ENDS = re.compile(r"[”」』\"]?\s*[，,]\s*$")
"""A clause's end, a comma, right before the verb that adds a part to the event the clause ends with."""


def _topic(text: str, start: int, verb: int, before: list[tuple[EventFact, str]]) -> EventFact | None:
    """The event of ``before`` whose name (or its tail of ``_TOPIC_TAIL`` characters at least) ends the clause right
    before the verb at ``verb`` (今日在某广场的创新日庆祝活动，并有“…发布会”): the clause names the event, the verb
    (words.tsv ``accompanies``) adds a part held at it."""
    comma = _CLAUSE_ENDS.search(text, start, verb)
    if comma is None:
        return None
    for event, name in reversed(before):
        if any(text.endswith(name[tail:], start, comma.start()) for tail in range(max(1, len(name) - _TOPIC_TAIL + 1))):
            return event
    return None
