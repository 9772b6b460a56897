"""The patterns the pledge rules compose from their word lists (knowledge/commitments/pledge_words.tsv): an
itinerary after a cue, a question's label, a deal as a subject, the modals a body's head may end in. Kept apart
from ``pledge_rules.py``, which loads the words and reads with them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ipgraph.zh.grammar import NAME_PUNCTUATION, alternation

CLAUSE_MARKS = "，,。；;"
_OUTLET = 12
"""The longest outlet's name in front of a question's label (彭博社, 香港经济日报)."""
_TIME_OF_ACT = (r"[于於]?[\d０-９〇零一二两兩三四五六七八九十年月日号號时時点點分"
                r"上下中早晚午周週星期明后後同翌次本今当當届屆稍内內底初旬（）()\s至到、]*")
"""What stands between a cue and the verb it governs when only the time of the act does (将于3月29日下午返港)."""


def deal_subject(words: dict[str, tuple[str, ...]], nouns: Sequence[str]) -> re.Pattern[str]:
    """A subject that is a deal (``PledgeRules.deal``): a demonstrative of the own list, a few words, an instrument's
    noun or a treaty's head ending it (该合作协议, 这一备忘录, 此次签署的协议, 这个新的协定), or the bare noun that
    refers back to the deal told before it (…签署了地理标志协定。…协定将保护…)."""
    demonstratives = [w for w in words.get("own", ()) if w not in ("新", "第")]
    if not (demonstratives and nouns):
        return re.compile("(?!)")
    return re.compile(f"(?:(?:{alternation(tuple(demonstratives))})[^，,。；;《》]{{0,12}}?)?"
                      f"(?:{alternation(tuple(sorted(nouns, key=len, reverse=True)))})")


def question_label(labels: tuple[str, ...]) -> re.Pattern[str]:
    """A paragraph that opens with a question's label and its colon (问：, 記者問:), the outlet the journalist is of
    in front of it (彭博社记者：, 路透社記者：): a short run with no punctuation, so a label word inside a sentence
    (…接受记者采访时表示：) opens nothing."""
    if not labels:
        return re.compile("(?!)")
    return re.compile(f"\\s*[^\\s{re.escape(NAME_PUNCTUATION)}]{{0,{_OUTLET}}}?(?:{alternation(labels)})\\s*[：:]")


def itinerary_after_cue(words: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    """What follows a cue that tells an itinerary (``PledgeRules.itinerary``): past the time of the act, an
    occasion's taking place at its place with nothing after it (年会将于9月13日在北京举办。), or a verb of
    travel — after a capacity of stand-in (作为国家主席特使), a word of invitation (应邀) and a light verb with the
    one visited or met (对越南进行国事访问, 同…举行会谈, 与他进行会见, or with none: 两国元首将举行会谈), each of
    several (将分别会见…) — or the capacity alone ending the clause (将作为特使，应邀赴…)."""
    capacity = f"(?:作为|作為)[^{CLAUSE_MARKS}]{{0,20}}?(?:{alternation(words.get('envoy', ())) or '(?!)'})"
    light = f"(?:(?:[对對与與同和][^{CLAUSE_MARKS}]{{1,16}}?)?(?:[进進]行|[举舉]行)[^{CLAUSE_MARKS}]{{0,4}}?)?"
    invited = f"(?:{alternation(words.get('invited', ())) or '(?!)'})?"
    manner = alternation(words.get('occurs_manner', ())) or '(?!)'
    occurs = (f"(?P<occurs>(?:[在於于][^{CLAUSE_MARKS}]{{1,16}}?)?(?:{manner})?"
              f"(?:{alternation(words.get('occurs', ())) or '(?!)'}))\\s*(?=[{CLAUSE_MARKS}]|$)")
    return re.compile(f"(?:{alternation(words.get('modal', ()))})?{_TIME_OF_ACT}"
                      f"(?:{occurs}|{capacity}\\s*(?:[{CLAUSE_MARKS}]|$)|(?:{capacity})?{invited}{_TIME_OF_ACT}"
                      f"(?:分别|分別)?{light}(?:{alternation(words.get('travel', ())) or '(?!)'}))")



def said_with_marks(speech: tuple[str, ...]) -> tuple[str, ...]:
    """A verb of speech with the mark that may end its clause (称，, 表示：) or none (称会…): a modal right after it
    opens the speaker's words (林郑月娥称，会收紧…), where ``body_will`` takes it for the speaker's body."""
    return tuple(verb + mark for verb in speech for mark in ("", "，", ",", "：", ":"))


def modal_after_body(modals: tuple[str, ...], before: tuple[str, ...], times: tuple[str, ...]) -> str:
    """The modals where ``body_will`` may take them: right after the last character of a body's head or of an adverb
    between it and the modal, or after a word of the time of the act (政府明年会…: whole, as 年 alone ends 年会) or
    a verb of speech (…称，会…: whole, with its mark). A passage with no other cue is read for pledges only then,
    not for every 会 of 会议, 委员会 or 研讨会 (most of the bundled reports' passages)."""
    ends = "".join(sorted({word[-1] for word in before}))
    if not (modals and ends):
        return "(?!)"
    # the modal first, then what stands before it (each look-behind takes the modal in, one per width): the engine
    # passes every character that is no modal at once, trying no look-behind there
    behind = [f"[{re.escape(ends)}]{alternation(modals)}"]
    for width in sorted({len(time) for time in times}):
        behind.append("|".join(re.escape(time + modal) for time in times if len(time) == width for modal in modals))
    return f"(?:{alternation(modals)})(?:{'|'.join(f'(?<={words})' for words in behind)})"
