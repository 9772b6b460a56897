"""Whether an act read next to a treaty is told as done: the checks that set aside a denied act, a forecast's topic,
a condition, a given or a frame (read for ``ipgraph.extract.treaty_actions``, which finds the verbs and their actors).
Kept apart so the reading of verbs and actors stays short; each check is a question about the sentence only."""

from __future__ import annotations

from ipgraph.extract.report_facts import Located
from ipgraph.extract.treaty_closing import Verb
from ipgraph.extract.treaty_rules import LAPSE, ONCE, TreatyActionRules
from ipgraph.knowledge.gazetteer import COUNTRY
from ipgraph.zh.dates import find_dates
from ipgraph.zh.grammar import clause_bounds


def denied(rules: TreatyActionRules, front: str) -> bool:
    """不再能仅加入《A》: a negation of two characters or more in front of the verb denies it, whatever else the
    sentence tells (a decision with its date)."""
    return any(word in front for word in rules.words.get("negation", ()) if len(word) > 1)


def foretold(rules: TreatyActionRules, year: int | None, sentence: str, verb: Verb, end: int,
             mentions: list[Located]) -> bool:
    """《A》的实施将惠及…, 《A》生效后，…将…: an action behind the treaty that a forecast takes as its topic, or
    that sets the condition of one (后 with no date in its clause), is not told as done; nor is one with the place
    it concerns as its object that qualifies a noun, a forecast takes as topic or sets a condition (《A》适用于香港
    的建议, 《A》适用于香港将符合…, 《A》延伸至澳门后)."""
    after = sentence[verb.end:end]
    place = next((m.end for m in mentions if m.kind == COUNTRY and m.start == verb.end), None)
    if place is not None:
        after = sentence[place:end]
        if after.startswith("的"):
            return True
    joined = rules.joined.match(sentence, verb.end)  # 《A》的缔结和生效，将全面提升…
    if rules.forecast.match(after) or joined and rules.forecast.match(sentence, joined.end()) \
            and not find_dates(sentence[clause_bounds(sentence, verb.start)[0]:end], year):
        return True
    lapse = LAPSE.match(after)  # 该协定生效四年后，…将扩大: a span between the act and its 后
    condition = after[lapse.end() if lapse else 0:].startswith(rules.words.get("condition", ()))
    return condition and not find_dates(sentence[clause_bounds(sentence, verb.start)[0]:end], year)


def conditioned(rules: TreatyActionRules, year: int | None, sentence: str, begin: int, at: int,
                clause: tuple[int, int]) -> bool:
    """《A》将在五个缔约方交存批准书之后三个月生效, 30个成员国交存批准书3个月之后正式生效: what is told to follow
    a condition (之后, 以后 between ``begin`` and ``at``: the condition's own words), in a clause without a date, is
    what a treaty provides, not an act told as done; a condition's 后 alone (后续落实) is not read here."""
    return any(word in sentence[begin:at] for word in rules.words.get("condition", ()) if len(word) > 1) \
        and not find_dates(sentence[clause[0]:clause[1]], year)


def topic(rules: TreatyActionRules, year: int | None, sentence: str, verb: Verb, treaty: Located,
          clause: tuple[int, int], mentions: list[Located]) -> bool:
    """批准《A》意义重大, 《A》实施充分体现了…, 加入《A》以来: an act a judgement takes as topic or a once-only act
    that starts a span of time, in a clause without a date, is a given, not told as happening; 条约适用于…作品 (a
    verb of extension without a territory) tells what the treaty covers, 成为《A》受理局 a role under it."""
    if verb.word in rules.words.get("territory", ()) and verb.start > treaty.start \
            and not any(m.kind == COUNTRY and m.start == verb.end for m in mentions) \
            or verb.word in rules.words.get("becomes", ()) and verb.start < treaty.start \
            and not rules.party_after.match(sentence, treaty.end, clause[1]):
        return True  # 成为《A》受理局: a role under the treaty
    if find_dates(sentence[clause[0]:clause[1]], year):
        return False
    after = verb.end if verb.start > treaty.start else treaty.end + (sentence[treaty.end:treaty.end + 1] == "》")
    while verb.start > treaty.start and (more := next((w for w, _ in rules.after
                                                       if sentence.startswith(w, after)), None)):
        after += len(more)  # 《A》的生效实施标志着…: one predicate
    if verb.action in ONCE and sentence.startswith(tuple(rules.since), after):
        return True  # 《A》实施以来: an implementation goes on, told there
    judged = rules.judgement.match if verb.start > treaty.start else rules.judgement.search
    return bool(judged(sentence, after, clause[1]))


def ground(rules: TreatyActionRules, sentence: str, treaties: list[Located], start: int) -> bool:
    """按照《A》签署的安排, 在《A》框架下实施的项目: a treaty named as the ground or the frame of an act is not
    the object of a verb behind it."""
    before = sentence[start:treaties[0].start].rstrip("《 ")
    after = sentence[treaties[-1].end:].lstrip("》")
    words = rules.words
    return before.endswith(words.get("ground", ())) or after.startswith(words.get("frame", ()))


def decided(rules: TreatyActionRules, year: int | None, sentence: str, end: int) -> bool:
    """决定不晚于2024年…，以缔结《A》; 于2026年召开外交会议以缔结和通过《A》的决定: a purpose a body decided on for
    a date is an action told (planned for it), not a mere aim; 决定申请加入《A》 decided a plan, not the act."""
    return bool(find_dates(sentence[:end], year)) and any(
        not rules.not_before.match(sentence, m.end()) for m in rules.decided.finditer(sentence, 0, end))
