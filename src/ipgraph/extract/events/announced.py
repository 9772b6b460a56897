"""An event announced as the subject of its verb: …启动仪式将在三亚举行, …研讨会将于下月在杭州召开.

A release tells of what is to come in two orders. With the name after the verb (将于9月举办…论坛) the sentence rules
read it as announced (rules._announced). With the name first, the helping verb of the future 将 stands between the
name and the verb that makes it the subject (``held_after`` in knowledge/events/words.tsv: 举行, 举办, 召开, 开幕),
after at most a time word or an adverb (明日将, 届时将, 也将), and before the time (将于) or the place (将在) the
verb's adjuncts give. It is one event announced as surely as in the other order, numbered or not; a plan with no
time or place (将举办…, 将开展…) announces nothing (a programme may change).

A word of the future right before one of a day's nearness (即将到来, 即将来临: ``day_near``) tells that a named day
is coming, in the frame that dates the sentence (在第24个世界知识产权日即将到来之际，…举办了…): no plan."""

from __future__ import annotations

import re
from functools import lru_cache

from ipgraph.extract.events.model import BREAKS, MANNER, EventRules
from ipgraph.zh.grammar import SENTENCE_ENDS

_LEAD = 4
"""At most this many characters (明日, 届时, 还, 也) between the name and 将."""
_PLACE = 60
"""At most this many characters of the place 将在 gives (several venues listed: 在主会场和5个分会场)."""
_CLOSING = "”」』\""


def announced_subject(sentence: str, end: int, rules: EventRules) -> bool:
    """The name ending at ``end`` is the subject of a verb of holding that 将于 (a time) or 将在 (a place)
    governs (…仪式将在三亚崖州湾举办, …论坛明日将于上午在京开幕)."""
    if "将" not in sentence[end:] and "將" not in sentence[end:]:
        return False
    return _pattern(rules.source("held_after")).match(sentence, end) is not None


def planned(sentence: str, rules: EventRules) -> bool:
    """Whether a word of the future makes the sentence tell of a plan: one not saying only that a day is near."""
    near = rules.pattern("day_near")
    return any(near.match(sentence, future.end()) is None for future in rules.pattern("future").finditer(sentence))


@lru_cache(maxsize=4)
def _pattern(verbs: str) -> re.Pattern[str]:
    """The words after such a name, made once per knowledge folder's verbs of holding."""
    return re.compile(rf"[{_CLOSING}]?[^{BREAKS}将將]{{0,{_LEAD}}}[将將](?:[于於][^{BREAKS}]{{1,16}}?)?"
                      rf"(?:在[^{SENTENCE_ENDS}]{{1,{_PLACE}}}?)?(?<=[^将將])(?:{MANNER.pattern})?(?:{verbs})")
