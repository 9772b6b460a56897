"""A state foretold of a thing is no pledge: a clause whose subject names no actor (知识产权保护, 营商环境, 保护体系)
and whose cue 将 goes on with a word of the degree a state reaches (更加严格, 越来越好, 得到更好保护:
knowledge/commitments/pledge_words.tsv, list state), or whose subject ends in a noun of a thing (pledge_words.tsv,
list thing: 体系, 环境, 水平 …), tells what will become of the thing — a general statement (eval/SCHEMA.md: a pledge
is an actor's own future action), not what anybody will do, though a speaker says it or the report's author does.
An actor's subject (我们将更加重视…, 双方将更加紧密地…, 国家知识产权局将更加注重…) is read before this, and a subject
of no words (…表示，将更加注重…) is no thing: both still pledge.

A speaker speaks for the body he works for, not for another state: what a speaker of an international organisation
or of another state's body says a state will do (邓鸿森表示，中国将在全球治理中发挥越来越重要的作用) is his forecast or
his praise of it, no commitment that state made."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ipgraph.knowledge.gazetteer import Gazetteer
from ipgraph.knowledge.wordlists import word_lists
from ipgraph.zh.grammar import WILL

_NOUNS = re.compile(r"[\u4e00-\u9fff]{2,}")
"""A subject of nouns only: no word of grammar (…在…期间), no figure, no punctuation between its words."""


@lru_cache(maxsize=4)
def load_states(data_dir: Path) -> tuple[str, ...]:
    """The words of the degree a state reaches, longest first (进一步得到 before 得到)."""
    words = word_lists(data_dir / "commitments" / "pledge_words.tsv")
    return tuple(sorted(words.get("state", ()), key=len, reverse=True))


@lru_cache(maxsize=4)
def load_impacts(data_dir: Path) -> re.Pattern[str]:
    """对X + a verb of effect (pledge_words.tsv, list impact), read right after 将: 将对全球治理产生积极影响 foretells
    what will come of something, as 将使… does — no act of anybody's."""
    verbs = word_lists(data_dir / "commitments" / "pledge_words.tsv").get("impact", ())
    return re.compile(f"[会會]?对[^，,。；;：:]{{1,16}}?(?:{'|'.join(map(re.escape, verbs))})" if verbs else "(?!)")


@lru_cache(maxsize=4)
def load_undergo(data_dir: Path) -> tuple[str, ...]:
    """Verbs of what a subject undergoes or receives (pledge_words.tsv, list undergo), longest first."""
    words = word_lists(data_dir / "commitments" / "pledge_words.tsv").get("undergo", ())
    return tuple(sorted(words, key=len, reverse=True))


def undergoes(text: str, cue: int, verbs: tuple[str, ...]) -> bool:
    """将被…, 将获得…, 将会面临…: right after the cue 将, what the subject will undergo or receive — no act of anybody's
    (a subject that is punished, rewarded or at risk pledges nothing, nor does whoever tells it)."""
    if not verbs or not text.startswith((WILL, "將"), cue):
        return False
    after = text[cue + 1:]
    after = after[1:] if after.startswith(("会", "會")) else after
    return after.startswith(verbs)


@lru_cache(maxsize=4)
def load_together(data_dir: Path) -> tuple[str, ...]:
    """The adverbs of acting jointly (pledge_words.tsv, list together): alone before a cue after a hope, more of it."""
    return word_lists(data_dir / "commitments" / "pledge_words.tsv").get("together", ())


def foretold_state(subject: str, text: str, cue: int, things: tuple[str, ...], states: tuple[str, ...]) -> bool:
    """Whether the clause whose subject ``subject`` (no actor's name, no collective, no pronoun: the caller has read
    those) stands before the cue at ``cue`` of ``text`` foretells a state of a thing rather than an act."""
    if not _NOUNS.fullmatch(subject):
        return False
    if things and subject.endswith(things):
        return True
    if not text.startswith((WILL, "將"), cue):
        return False
    after = text[cue + 1:]
    after = after[1:] if after.startswith(("会", "會")) else after  # 将会更加…
    return bool(states) and after.startswith(states)


def of_another_state(pledged: list[str], organisation: str | None, gazetteer: Gazetteer) -> bool:
    """Whether the actors ``pledged`` are all states other than the state of the speaker's body ``organisation`` (a
    gazetteer key; an international organisation is of no state): a forecast of another's act, no pledge of theirs.
    A body the gazetteer does not hold is not judged."""
    body = gazetteer.organisations.get(organisation or "")
    states = {actor.removeprefix("country/") for actor in pledged if actor.startswith("country/")}
    return body is not None and bool(pledged) and len(states) == len(pledged) and body.country not in states
