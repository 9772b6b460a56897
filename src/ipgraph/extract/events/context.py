"""A stretch of passage text with the mentions inside it, and what it says of roles and attendance."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ipgraph.extract.events.adverbials import (
    COMMAS,
    THEMED,
    adjunct_clauses_before,
    adverbials_before,
    adverbs_before,
)
from ipgraph.extract.events.bracketed_bodies import named_bodies
from ipgraph.extract.events.clauses import theme_adjunct_end
from ipgraph.extract.events.model import (
    BREAKS,
    CLAUSE_CHAR,
    CLAUSE_START,
    LENGTH,
    NUMBER,
    ORG_CONNECTOR,
    OWNER_LINK,
    ROLES,
    THEME,
    THEME_BY,
    EventRules,
)
from ipgraph.extract.events.purposes import purpose_clause
from ipgraph.extract.events.role_verbs import listed_from, other_verb
from ipgraph.extract.report_facts import Located, shifted, within
from ipgraph.knowledge.gazetteer import ORG, PERSON
from ipgraph.zh.folding import Folding
from ipgraph.zh.grammar import (
    JOIN_OR_WITH,
    LIST_MARKS,
    LOCATIVES,
    QUOTE_CLOSES,
    QUOTE_OPENS,
    QUOTED,
    SENTENCE_ENDS,
    chinese_number,
    stretch_start,
)


def inside(spans: list[tuple[int, int]], at: int) -> bool:
    """``at`` falls in one of the spans; most lists asked are empty (no name protected in a sentence). A loop, not
    ``any`` over a generator, which costs a frame per span (asked ~13,000 times a build)."""
    for a, b in spans:
        if a <= at < b:
            return True
    return False


class Context:
    """A stretch of a passage with the mentions inside it, offsets relative to the stretch."""

    def __init__(self, text: str, mentions: list[Located], start: int = 0, end: int | None = None) -> None:
        end = len(text) if end is None else end
        self.origin = start
        """Where the stretch starts in its passage: a span of the passage (an event's own name) read in it."""
        self.text = text[start:end]
        self.mentions = shifted(within(mentions, start, end), start)  # ``mentions`` in order of start

    def orgs(self, kinds: tuple[str, ...] = (ORG,)) -> list[Located]:
        """Organisations named here; an acronym in brackets after a name is that name again, and a known body in
        brackets after a name that is none stands for that name (``bracketed_bodies``)."""
        return named_bodies(self.text, self.mentions, kinds)

    def simplified(self, table: Folding) -> Context:
        """The same stretch in simplified script (one character for one, so every offset still holds)."""
        folded = Context.__new__(Context)  # not ``copy``, which takes five times as long through ``__reduce_ex__``
        folded.origin, folded.text, folded.mentions = self.origin, table.fold(self.text), self.mentions
        return folded

    def unquoted(self) -> Context:
        """The same stretch with the quote marks that wrap a body's name alone read as spaces (由「A」与「B」合办,
        由《A》主办: releases of Hong Kong, Macao and Taiwan quote names), so a list or a verb's subject runs over
        them as over a space; every offset holds."""
        if not any(mark in self.text for mark in QUOTE_OPENS):
            return self
        text = list(self.text)
        for mention in self.orgs():
            opening, closing = self.text[mention.start - 1:mention.start], self.text[mention.end:mention.end + 1]
            if opening and closing and QUOTE_OPENS.find(opening) == QUOTE_CLOSES.find(closing) >= 0:
                text[mention.start - 1] = text[mention.end] = " "
        plain = Context.__new__(Context)
        plain.origin, plain.text, plain.mentions = self.origin, "".join(text), self.mentions
        return plain

    def first(self, kind: str) -> str | None:
        return next((m.key for m in self.mentions if m.kind == kind), None)


def retold(sentence: str, label: str, rules: EventRules) -> bool:
    """召开一场知识产权审判新闻发布会。4月24日，X召开新闻发布会…: a verb of holding with the bare head noun of the
    event named before tells that event again, and who held it."""
    head = rules.type_at_end.search(label)  # the longest type word ends it
    return head is not None and any(sentence[verb.end():].lstrip().startswith(head.group(0))
                                    for verb in rules.pattern("holding").finditer(sentence))


def joined(parts: list[Context]) -> Context:
    """Several stretches of a passage read as one."""
    joined = Context("", [])
    joined.origin = parts[0].origin if parts else 0
    for part in parts:
        joined.mentions += [Located(m.kind, m.key, m.start + len(joined.text), m.end + len(joined.text))
                            for m in part.mentions]
        joined.text += part.text
    return joined


def run_after(context: Context, at: int, kinds: tuple[str, ...] = (ORG,),
               connector: re.Pattern[str] = ORG_CONNECTOR, among: list[Located] | None = None) -> list[Located]:
    """The organisations (or places, ``among`` given ones) named one after another from ``at`` (joined by 、 和 及);
    a unit named after its own body (A所属的B: ``OWNER_LINK``) stands for that body in the run."""
    run: list[Located] = []
    position = at
    for org in context.orgs(kinds) if among is None else among:
        if org.start < position:
            continue
        gap = context.text[position:org.start]
        if run and connector is ORG_CONNECTOR and OWNER_LINK.fullmatch(gap):
            run[-1], position = org, org.end
            continue
        if not connector.match(gap):
            break
        run.append(org)
        position = org.end
    return run


def run_before(context: Context, at: int, kinds: tuple[str, ...] = (ORG,)) -> list[Located]:
    """The organisations (or people) named one after another that end right before ``at``."""
    run: list[Located] = []
    position = at
    for org in reversed(context.orgs(kinds)):
        if org.end > position:
            continue
        if not ORG_CONNECTOR.match(context.text[org.end:position]):
            break
        run.insert(0, org)
        position = org.start
    return run


@lru_cache(maxsize=4)
def _role_literals(roles: tuple[tuple[str, str, str], ...]) -> dict[str, tuple[tuple[int, str, str, str, str], ...]]:
    """Each role pattern (its place in roles.tsv, role, before, after) with the literal a match starts from (the
    words before the slot, else after it), by the literal's first character: a context tries only the patterns
    whose literal opens with one of its characters (the 180 literals open with some 40), in the file's order."""
    found: dict[str, tuple[tuple[int, str, str, str, str], ...]] = {}
    for order, (role, before, after) in enumerate(roles):
        literal = before if before not in ("", "^") else after.partition("…")[0]
        found[literal[:1]] = found.get(literal[:1], ()) + ((order, role, before, after, literal),)
    return found


def roles_in(context: Context, rules: EventRules, own: tuple[int, int] | None = None,
             others: Sequence[tuple[int, int]] = ()) -> dict[str, list[str]]:
    """Who the context says organised, partnered, sponsored or took part in the event named at ``own``.

    Words inside an event's name say nothing of roles (中国与世界知识产权组织合作五十周年…活动: WIPO is no
    partner), except its own name's possessive (…委员会（IGC）的会议); a verb whose object is another event of
    the sentence (…共同主办中国-东盟…论坛) gives roles in that event only, though not an event named inside this
    one's name (举办2025年宣传周启动仪式: the verb holds the ceremony, the week is part of its name); a verb of
    carrying out (开展) gives a role only in the event it governs (X开展…工作要求 says nothing of the fair after it).
    Organisations after 与, 联合 or 携手 (A与B联合举办, A联合B、C举办) are the object of the preposition, not the
    subject of the verb: the organisations right before it are the organisers; B is a partner of whatever verb
    of holding follows, listed under ``held_with`` too, since with no A the clause says its unsaid subject held
    the event with B. With a verb of any other role (A与B承办, A联合B协办, A与B出席) A and B share the role. The
    text is read in simplified script, so each pattern is written once. Spans are
    passage offsets.
    """
    found: dict[str, list[str]] = {role: [] for role in ROLES}
    context = context.simplified(rules.simplifying).unquoted()
    own_name = [(own[0] - context.origin, own[1] - context.origin)] if own else []
    other_names = [(a - context.origin, b - context.origin) for a, b in others
                   if not (own and own[0] <= a and b <= own[1])]
    other_starts = {a for a, _ in other_names}
    purpose = purpose_clause(context.text, own_name[0], rules) if own_name else None
    adverbs = rules.words.get("adverb", ()) + rules.words.get("role_adverb", ())
    subjects: dict[tuple[int, tuple[str, ...]], tuple[bool, list[Located]]] = {}  # by verb: several patterns read one
    literals = _role_literals(rules.roles)  # most patterns are absent: skip them before any regex runs
    for _, role, before, after, literal in sorted(entry for first in literals.keys() & set(context.text)
                                                   for entry in literals[first] if entry[4] in context.text):
        head, _, tail = after.partition("…")
        opening, possessive = before == "^", after.startswith("的")
        before = "" if opening else before
        for match in _anchor(literal).finditer(context.text):
            if purpose and not purpose[0] <= match.start() < purpose[1]:
                continue  # 为了配合X，由A举办了B: A holds B, not the occasion X (``purposes.py``)
            if before in LOCATIVES and _opens_clause_ahead(context.text, match.start(), own_name, other_names):
                continue  # X活动…，在A的指导下，B开展Y: A guided Y, the event of the clause it opens
            kinds = (ORG, PERSON) if role == "participant" else (ORG,)
            if before:
                across, run = False, run_after(context, match.end())
            else:
                if (match.start(), kinds) not in subjects:
                    subjects[match.start(), kinds] = _subject(context, match.start(), kinds, rules, adverbs)
                across, run = subjects[match.start(), kinds]
            held_for = bool(not before and run and (context.text.endswith(rules.words.get("beneficiary", ())
                                                                          + LOCATIVES, 0, run[0].start)
                                                    or rules.placed.search(context.text, max(0, run[0].start - _PLACES),
                                                                           run[0].start)
                                                    or _SITED.search(context.text, max(0, run[0].start - _PLACES),
                                                                     run[0].start)))
            companion = _companion(context.text, run, rules) if not before else None
            held_with = [f"org/{actor.key}" for actor in run] if companion is not None and role == "organiser" else []
            if companion is not None:
                fellows = run_before(context, _without_alias(context.text, adjunct_clauses_before(
                    context.text, adverbs_before(context.text, companion, adverbs), rules), rules), kinds)
                found.setdefault("held_with", []).extend(held_with)
                run = fellows if held_with else fellows + run
            subject = opening or across
            if not run or held_for or subject and context.text[:run[0].start].rstrip()[-1:] not in CLAUSE_START \
                    or inside(other_names, match.start()) or inside(own_name, match.start()) and not possessive:
                continue
            if before and after and (not slot_then(context.text, _subject_end(context.text, run[-1].end, rules), after)
                                     or other_verb(context.text, run[-1].end, head, role, rules)) \
                    or before.endswith(LOCATIVES) and rules.pattern("holding").fullmatch(  # 在X中心举办: where, not who
                        after.replace("…", "")) \
                    and _venue(context.text, run[-1].end, after, adverbs, rules.source("room")):
                continue
            if not before and tail and not slot_then(context.text, match.end(), tail):
                continue
            verb_end = _verb_end(context.text, run[-1].end, head, tail) if before \
                else _verb_end(context.text, match.end(), "", tail) if tail else match.end()
            if not before and tail and own_name and verb_end is not None \
                    and match.end() <= own_name[0][0] < verb_end - len(tail):
                continue  # A与B承办的论坛在京举行: A and B modify the name; the event is what the verb tells of
            if own_name and own_name[0][0] >= (verb_end or match.end()) \
                    and (verb_end is None or _governed(context.text, verb_end, rules) != own_name[0][0]) \
                    and _event_subject(context.text, match.start(), rules, other_names):
                continue  # 本届节由A主办，包括X等活动: the subject's roles, not those of an event named after, unless
                # the verb's object (…，会上C与D举行了X签约仪式: a clause of its own)
            if verb_end is not None and _sends(context.text, verb_end, head or after, rules) \
                    or verb_end is not None and _governed(context.text, verb_end, rules) in other_starts \
                    and not listed_from(context.text, _governed(context.text, verb_end, rules), own_name, other_names) \
                    or rules.has("carry_out", after) and not (own_name and own_name[0][0]
                                                               in _objects(context.text, match.end(), rules)):
                continue
            found["partner"] += [k for k in held_with if k not in found["partner"]]
            for actor in run:
                path = f"{'person' if actor.kind == PERSON else 'org'}/{actor.key}"
                if path not in found[role]:
                    found[role].append(path)
    found["partner"] = [k for k in found["partner"] if k not in found["organiser"]]
    return found


def _opens_clause_ahead(text: str, at: int, own: list[tuple[int, int]], others: list[tuple[int, int]]) -> bool:
    """An adverbial of guidance or support (在A的指导下) at ``at`` opens a clause after a comma and another event is
    named after it: the adverbial is that clause's, so an event named before it (``own``) takes no role from it
    (…举办宣传周活动，在A的指导下，B联合C开展保护行动: A guided the action, not the week)."""
    if not own or own[0][1] > at or not any(start >= at for start, _ in others):
        return False
    before = at
    while before > 0 and text[before - 1].isspace():
        before -= 1
    return before > 0 and text[before - 1] in COMMAS


_PLACES = 24
"""How far before a body 在 and the places after it are looked for (在济宁高新区|…): a place's name runs to 13
characters at most (a zone's), two of them (在湖北省武汉市|…) fit."""
_SITED = re.compile(rf"(?:{'|'.join(LOCATIVES)})\s*位[于於][^{SENTENCE_ENDS}，,、；;]{{1,20}}的\s*$")
"""在 and a relative clause of where a body stands right before it (在位于德国慕尼黑的欧洲专利局举行): the body is the
venue, as after 在 alone, not who held the event."""

def _event_subject(text: str, at: int, rules: EventRules, names: Sequence[tuple[int, int]]) -> bool:
    """The sentence of the role's words at ``at`` names an event as the subject of 由 before them (本届商标品牌节由A
    主办，B承办; 本次宣传活动由A和B联合举办; 第五届论坛由…承办): a clause's words before its 由 end in an event's
    type noun or an event's name. The roles then belong to that event, the clauses after it sharing its subject; an
    event named after the verb (…，包括“X”“Y”等主题活动) is what the subject holds or comprises, not who the bodies
    held."""
    start = stretch_start(text, at, SENTENCE_ENDS)
    for clause in _CLAUSES.finditer(text, start, at + 1):
        by = clause.group(0).find("由")
        subject = clause.group(0)[:by].rstrip() if by > 0 else ""
        if subject and (rules.type_at_end.search(subject) is not None
                        or any(end == clause.start() + len(subject) for _, end in names)):
            return True
    return False


def subject_before(context: Context, at: int, rules: EventRules) -> list[Located]:
    """The organisations that are the subject of the verb at ``at`` as ``roles_in`` reads them, past adverbials, a
    list's closing class noun and an alias bracket (A和B两家单位共同主办了本次论坛, A、B均为…): for the readers of a
    role whose event is named by an anaphoric name."""
    adverbs = rules.words.get("adverb", ()) + rules.words.get("role_adverb", ())
    return _subject(context, at, (ORG,), rules, adverbs)[1]


def _subject(context: Context, at: int, kinds: tuple[str, ...], rules: EventRules,
             adverbs: tuple[str, ...]) -> tuple[bool, list[Located]]:
    """The organisations (or people) named one after another before the verb at ``at``, past its adverbials, a list's
    closing 等 and class noun and an alias bracket; and whether a comma stands between them and the verb."""
    verb_at = adverbials_before(context.text, at, adverbs)
    themed = theme_adjunct_end(rules).search(context.text, max(0, verb_at - THEMED), verb_at)
    if themed:  # A紧紧围绕“…”的主题(开展…): what the event is about, an adverbial before the adverbs
        verb_at = adverbials_before(context.text, themed.start(), adverbs)
    across = context.text.endswith(COMMAS, 0, verb_at)
    verb_at = adjunct_clauses_before(context.text, verb_at - 1, rules) if across else verb_at
    closed = _list_closed(context.text, _without_alias(context.text, verb_at, rules), rules)
    return across, run_before(context, _class_item_before(context, closed, rules), kinds)


def _subject_end(text: str, at: int, rules: EventRules) -> int:
    """Where the clause goes on after organisations that end theirs (联合B、C等单位，在…举行了: past the comma, so B
    and C are still the partners of the verb); else ``at``."""
    comma = next((i for i in range(at, min(len(text), at + 12)) if text[i] in COMMAS), None)
    if comma is None or text[at:comma].strip() and not rules.list_closer.match(text, at, comma):
        return at
    return comma + 1


@lru_cache(maxsize=256)
def _anchor(literal: str) -> re.Pattern[str]:
    """A role pattern's literal as a pattern, compiled when a text first holds it: most never do in a build."""
    return re.compile(re.escape(literal))


_CLAUSE, _CLAUSES = re.compile(f"{CLAUSE_CHAR}*"), re.compile(f"{CLAUSE_CHAR}+")
"""The clause from where a match starts (possibly empty); each clause of a text."""
def _companion(text: str, run: list[Located], rules: EventRules) -> int | None:
    """Where the preposition (与) right before the run starts, making the run the object of 与, not the subject of
    the verb; a space (a quote mark read over: 与「B」) may stand between them."""
    before = text[:run[0].start].rstrip() if run else ""
    word = next((w for w in rules.words.get("companion", ()) if before.endswith(w)), None)
    return len(before) - len(word) if word else None


def _venue(text: str, at: int, after: str, adverbs: tuple[str, ...], rooms: str) -> bool:
    """在X举办, 在X成功举行, 在X四楼会议室举办: nothing but a room of X (words.tsv's ``room``, a floor or a wing
    before it) and adverbs between the run after 在 and the verb: X is where the event was held (a hall, a centre,
    a library), not a body that helped hold it (在X的支持下举办)."""
    verb = after.replace("…", "")
    between = text[at:].split(verb, 1)[0] if verb in text[at:] else None
    room = rf"(?:[^{BREAKS}]{{0,10}}?(?:{rooms}))?" if rooms else ""
    return between is not None \
        and re.fullmatch(f"{room}(?:{'|'.join(map(re.escape, adverbs))}|\\s)*", between) is not None


def _without_alias(text: str, at: int, rules: EventRules) -> int:
    """Where a name ends that a bracket giving its short form follows (上海市普陀区人民法院（以下简称“普陀区人民法院”）
    与…): the bracket is no word between the name and 与. Only the few characters such a bracket takes are read."""
    found = rules.alias_bracket.search(text, max(0, at - _LONGEST_ALIAS), at) if rules.words.get("alias") else None
    return found.start() if found else at


_LONGEST_ALIAS = 48
"""How far before ``at`` an alias bracket may start: its brackets, an alias word and up to 30 characters."""


def _verb_end(text: str, at: int, head: str, tail: str) -> int | None:
    """Where the verb of a role pattern ends, read from ``at`` (the slot's end, or the pattern's first word): right
    there (由X主办), or, for a verb other words may precede (与X…举办, X与…主办), where it stands in the clause; so
    the verb's object is known (A与B共同主办中国-东盟…论坛 holds the forum, not the fair the sentence named before it).
    """
    if head:
        return at + len(head) if text.startswith(head, at) else None
    clause = _CLAUSE.match(text[at:])
    found = clause.group(0).find(tail) if clause and tail else -1
    return at + found + len(tail) if found >= 0 else None


def _sends(text: str, at: int, verb: str, rules: EventRules) -> bool:
    """A verb of organising whose object goes on to attend (浙江高院组织湖州中院参加…博览会, 由A组织企业出席X): a
    pivot, whose subject sent others to the event, not held it."""
    if not rules.has("pivot", verb):
        return False
    clause = _CLAUSE.match(text, at)
    return clause is not None and any(w in clause.group(0) for w in rules.words.get("attend_verb", ()))


def _list_closed(text: str, at: int, rules: EventRules) -> int:
    """Where a list ends that 等 and a noun of its class close before the verb (A、B和C等单位联合主办, B、C等多家机构
    承办): the bodies before 等 are the subject, the class noun is no word between them and the verb."""
    found = rules.list_closer.search(text, max(0, at - 12), at) if rules.words.get("list_class") else None
    return found.start() if found else at


def _class_item_before(context: Context, at: int, rules: EventRules) -> int:
    """Where a list ends whose last item names a class of bodies, no body (A、B和西部12省区市知识产权主管部门联合主办,
    A及有关单位承办), or that class's representatives (A及部分企业代表出席): the bodies named before it are the
    subject; an item holding a name (和X局有关部门) is read as printed."""
    ends, item = _class_item(rules.words.get("list_class", ()))
    if not context.text.endswith(ends, 0, at):  # the class noun must end the list: most lists do not
        return at
    found = item.search(context.text, max(0, at - 20), at)
    if found is None or any(m.start < at and m.end > found.start() for m in context.mentions):
        return at
    return found.start()


@lru_cache(maxsize=8)
def _class_item(nouns: tuple[str, ...]) -> tuple[tuple[str, ...], re.Pattern[str]]:
    """How a list's last item told by its class ends (a class noun of list_class, or 代表 after one), and the item
    from its conjunction: compiled once per knowledge folder."""
    item = rf"{JOIN_OR_WITH}[^{BREAKS}{LIST_MARKS}的]{{0,16}}?(?:{'|'.join(map(re.escape, nouns))})(?:代表)?\s*$"
    return (*nouns, *(noun + "代表" for noun in nouns)), re.compile(item)


def _governed(text: str, at: int, rules: EventRules) -> int:
    """Where the object of a verb ending at ``at`` starts (举办了X, 主办的X, 共同|主办X), past a theme clause or a
    length that opens it (启动了主题为“…”的X, 开展为期两个月的X: model.THEME, model.LENGTH)."""
    verb = rules.pattern("holding").match(text, at)
    at = verb.end() if verb else at
    return at + len(_OBJECT_LEAD.match(text, at).group(0))  # type: ignore[union-attr]  # matches always


_OBJECT_LEAD = re.compile(rf"[了的]?\s*(?:(?:{THEME}|{THEME_BY})\s*)?(?:{LENGTH}\s*)?")
_THEME_OPEN = re.compile(r"[了的]?\s*主题[为是]\s*[“「]")


def _objects(text: str, at: int, rules: EventRules) -> set[int]:
    """Where the object of a verb ending at ``at`` may start: right after it, past a theme or a length, or inside
    the quotes of a theme that names the event (开展主题为“…”的宣传活动: the event is named by the quoted theme)."""
    verb = rules.pattern("holding").match(text, at)
    at = verb.end() if verb else at
    theme = _THEME_OPEN.match(text, at)
    return {at + len(re.match(r"[了的]?\s*", text[at:]).group(0)),  # type: ignore[union-attr]  # matches always
            _governed(text, at, rules), *((theme.end(),) if theme else ())}


def slot_then(text: str, at: int, after: str) -> bool:
    """The clause goes on from the slot to ``after``, its parts in order where "…" lets words come between (由A与B
    合作举办: A is still who held it; 在A的大力支持下); a word inside a title is no verb of the clause (与B签署
    《…合作协议》 says nothing of 合作), nor is a noun the slot possesses (推动了中国与世界知识产权组织的合作:
    cooperation in general, no role), unless the pattern says 的 (在X的支持下)."""
    if text.startswith("的", at) and not after.startswith("的"):
        return False
    clause = _CLAUSE.match(text[at:])
    words = QUOTED.sub("", clause.group(0)) if clause is not None else ""
    position = 0
    for part in after.split("…"):
        found = words.find(part, position)
        if found < 0:
            return False
        position = found + len(part)
    return True


def attendees(context: Context, rules: EventRules) -> int | None:
    """The first count of people in a clause that says they attended, and not only some of them."""
    for clause in _CLAUSES.finditer(context.text):
        words = clause.group(0)
        if not any(w in words for w in rules.attend):
            continue
        for match in NUMBER.finditer(words):
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
