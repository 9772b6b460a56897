"""Whether a run of characters after or before a title is a person's given name: the plain characters of a Chinese
name, a married name, a name of no Chinese surname, a given name holding a function word where its end is sure, a
foreign name spelled in sounds, with its dots or without."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import takewhile

from spacy.tokens import Span

from ipgraph.extract.mentions.neighbours import CLOSERS, Named
from ipgraph.extract.mentions.spans import HAN, is_cjk
from ipgraph.knowledge.gazetteer import ORG
from ipgraph.zh.grammar import (
    AGENT_MARKS,
    CLAUSE_BREAKS,
    COORDINATORS,
    LOST_DOT,
    NAME_BREAKS,
    NAME_DOTS,
    NAME_PUNCTUATION,
    QUESTION_MARKS,
    SENTENCE_ENDS,
    SUBJECT_ADVERBS,
    ideographs_without,
)
from ipgraph.zh.time_words import time_word_end

LOST_DOTS = LOST_DOT + "."
"""What a page prints for a name's dot it lost, or typed as a full stop (弗朗西斯?高锐, 蕾妮.卡特)."""
_SOUND = ideographs_without(NAME_BREAKS)
_PART = rf"{_SOUND}{{1,8}}(?:[-－‐]{_SOUND}{{1,8}})?"
"""A part of a transliterated name, maybe two given names joined by a hyphen as French ones are (让-皮埃尔)."""
TRANSLITERATED = re.compile(rf"{_PART}(?:\s?[{NAME_DOTS}]\s?{_PART})+")
"""A transliterated name: parts of characters spelling sounds, joined by a dot. A function word is no sound of one:
会见了让·皮埃尔·马丁 names 让·皮埃尔·马丁, and 安娜•彼得罗娃和让·马丁 two people."""
_DOT = re.compile(f"[{NAME_DOTS}]")
_BEFORE_DOT = 18
"""How far before its first dot a transliterated name starts at most: eight sounds, a hyphen, eight more and a
space."""


def transliterated(text: str) -> Iterator[re.Match[str]]:
    """``TRANSLITERATED.finditer(text)``, trying only the few places a name can start, just before a dot: finditer
    tries every character of a passage, each a run of up to eight sounds given back one by one when no dot follows
    (a tenth of the people reader's time, on the few passages that hold a dot)."""
    at = 0
    for dot in _DOT.finditer(text):
        for start in range(max(at, dot.start() - _BEFORE_DOT), dot.start()):
            if match := TRANSLITERATED.match(text, start):
                yield match
                at = match.end()
                break


DOT_LOST = re.compile(rf"[\u4e00-\u9fff]{{2,8}}(?:[{re.escape(LOST_DOTS)}][\u4e00-\u9fff]{{1,8}})+")
"""A transliterated name whose dot the page lost or typed as a full stop (总干事弗朗西斯?高锐, 会长蕾妮.卡特), read
only where a title introduces it."""
_LATIN_WORD = r"(?:[A-Z]['’])?[A-Z][a-zà-ÿ]+(?:[A-Z][a-zà-ÿ]+)?(?:-[A-Z][a-zà-ÿ]+)?"
"""A word of a Latin-script name: Mark, O'Neill, McCarthy, Jean-Pierre."""
_PARTICLE = r"d[aeo]s?|van|von|der|del|la|di|[A-Z]\.(?=\s)"
"""What stands between the words of a Latin name: a particle (da, van) or a middle initial (Reto M. Hilty)."""
_CAPITALS = r"[A-Z]{2,}(?:-[A-Z]{2,})?"
"""A surname printed in capitals after the given names, as European protocol lists print it (Jean DUPONT)."""
LATIN_NAME = re.compile(rf"{_LATIN_WORD}(?:\s(?:{_LATIN_WORD}|{_PARTICLE})){{1,4}}(?![A-Za-z])"
                        rf"|{_LATIN_WORD}(?:\s(?:{_LATIN_WORD}|{_PARTICLE})){{0,3}}\s{_CAPITALS}(?![A-Za-z])")
"""A Latin-script name of two to five words, particles between them (Daren Tang, Maria da Silva), its surname maybe
in capitals (Anna Maria KOWALSKA)."""
LATIN_COURTESY = re.compile(rf"(?:Mr|Mrs|Ms|Dr|Prof)\.?\s?(?={_LATIN_WORD}\s)")
"""A courtesy title an English page prints before a Latin name (Mr. Jan Kos): the name starts after it."""
LIST_OPENS = CLAUSE_BREAKS + SENTENCE_ENDS + AGENT_MARKS
"""What a list of bare names follows when it does not open its line or follow a space (会上，甲乙表示; 由丙丁主持)."""
_AFTER_NAME = NAME_PUNCTUATION + "（）()"
"""The marks that follow a name as a word does (besides white space)."""
_JOINTS = ("、", "和", "与", "及")
"""What joins two bare names of a list."""


_HAN = re.compile(HAN)
"""One character of a Chinese name."""


class NameShapes:
    """The tests on a name's characters that People runs; the patterns are People's (titles.tsv, honorifics.tsv,
    the words that follow a name)."""

    title: re.Pattern[str]
    honorific: re.Pattern[str]
    not_name: re.Pattern[str]
    married_parts: tuple[frozenset[str], frozenset[str], tuple[str, ...]]
    follow_set: frozenset[str]
    follow_lengths: tuple[int, ...]
    cut: re.Pattern[str]
    sounds: frozenset[str]
    list_verb: re.Pattern[str]
    name_firsts: frozenset[str]
    name_lengths: tuple[int, ...]

    def _may_list(self, text: str) -> bool:
        """Whether a list of bare names may end in ``text`` (``People.bare_list``): where a verb of the list stands, a
        name of a name's length ends that opens with a surname's first character and opens its clause or line,
        follows a space, or follows another such name and a joint. Most passages hold none: the list's pattern (7,000
        characters, ~10 ms of compiling) is compiled and searched only where one may."""
        return any(self._names_end(text, verb.start(), 1) for verb in self.list_verb.finditer(text))

    def _may_run(self, text: str, at: int) -> bool:
        """Whether such names from ``at`` on may end where a verb of the list stands (``People.bare_run``)."""
        limit = at + 6 * max(self.name_lengths) + 5
        return any(self._names_end(text, verb.start(), 1, at)
                   for verb in takewhile(lambda verb: verb.start() <= limit, self.list_verb.finditer(text, at)))

    def _names_end(self, text: str, end: int, names: int, start: int = -1) -> bool:
        """Whether the last of at most six such names of a list (``names``: this one's place from the end) ends at
        ``end``: the first opening its clause, or at ``start`` when one is given."""
        for at in (end - n for n in self.name_lengths):
            if at < max(start, 0) or text[at] not in self.name_firsts:
                continue
            if at == start or start < 0 and (at == 0 or text[at - 1] in LIST_OPENS or text[at - 1].isspace()) or \
                    names < 6 and text[at - 1 : at] in _JOINTS and self._names_end(text, at - 1, names + 1, start):
                return True
        return False

    def _follows(self, text: str, at: int) -> str | None:
        """What follows a name at ``at``: the longest word that follows one (People's words: a verb, a title…), else a
        mark of punctuation, a bracket or white space, else "" at the end; None when nothing of these does. (A pattern
        of the words, ~1,900 characters, took ~3.6 ms to compile.) A time word before such a word follows a name too
        (发言人甲23日称, 局长乙当天下午会见: zh.time_words), a time and its verb."""
        word = self._follow_word(text, at)
        if word is not None:
            return word
        if (timed := time_word_end(text, at)) > at and (verb := self._follow_word(text, timed)) is not None:
            return text[at:timed] + verb
        char = text[at : at + 1]
        return char if char and (char in _AFTER_NAME or char.isspace()) else "" if at >= len(text) else None

    def _follow_word(self, text: str, at: int) -> str | None:
        """The longest word that follows a name (People's words) starting at ``at``, or None."""
        return next((text[at : at + n] for n in self.follow_lengths if text[at : at + n] in self.follow_set), None)

    def _function_word_given(self, text: str, at: int, given: int) -> tuple[int, int] | None:
        """A given name of two characters that holds a function word where the name's end is sure: a coordinator
        last, before punctuation (董事长林春和，: a coordinator joins two things, never before punctuation), or a
        function word first, before a word that follows a name (局长杨于宏出席, 部长助理张向晨、: right after a
        title's surname 于 or 向 opens no phrase that a follower closes two characters on)."""
        end = given + 2
        if text[end - 1 : end] in COORDINATORS and text[end : end + 1] in NAME_PUNCTUATION and \
                self._plain(text, at, end - 1, given):
            return at, end
        if text[given : given + 1] in NAME_BREAKS and self._follows(text, end) is not None and \
                self._plain(text, at, end, given + 1):
            return at, end
        return None

    def _married_at(self, text: str, at: int) -> tuple[int, int] | None:
        """A married name with both surnames after a title (行政长官林郑月娥表示), where a word of two characters or
        punctuation follows it (not 崔国斌参与: one character is too weak a sign, as 甲乙丙正在 shows), its last
        character starts no word that follows a name (局长王林海称，: 王林海 who speaks) and its first character does
        not end a title begun before it (特许厅长官林永明: 厅长 and 长官 overlap, and 官 is no surname here)."""
        end = self._married_end(text, at)
        follows = self._follows(text, end) if end >= 0 else None
        if end < 0 or follows is None or len(follows) == 1 and is_cjk(follows) or \
                self._follows(text, end - 1) is not None or not self._plain(text, at, end, at + 1) or \
                any(self.title.fullmatch(text, start, at + 1) for start in range(max(0, at - 6), at)):
            return None
        return at, end

    def _married_end(self, text: str, at: int) -> int:
        """Where a married name starting at ``at`` ends, or -1: a match of the pattern of married names (People) read
        character by character, the husband's surname, her own, no word that follows a name nor a time word (局长李强
        近日表示), a character, no adverb after a subject, a character (the pattern, holding those words, took ~4 ms
        to compile)."""
        husbands, singles, follow = self.married_parts
        return at + 4 if text[at : at + 1] in husbands and text[at + 1 : at + 2] in singles and \
            not text.startswith(follow, at + 2) and time_word_end(text, at + 2) == at + 2 and \
            _HAN.match(text, at + 2) and \
            text[at + 3 : at + 4] not in SUBJECT_ADVERBS and _HAN.match(text, at + 3) else -1

    def _lost_dot(self, text: str, start: int, end: int) -> bool:
        """The parts a lost dot joins are each a name's (no function word, title or head noun), and the first asks
        nothing (局长怎么看?我们认为 is a question)."""
        parts = re.split(f"[{re.escape(LOST_DOTS)}]", text[start:end])
        at = start
        for part in parts:
            if not self._plain(text, at, at + len(part)):
                return False
            at += len(part) + 1
        return not any(c in QUESTION_MARKS for c in parts[0])

    def _foreign_name(self, text: str, at: int) -> tuple[int, int] | None:
        """Two to five characters up to the first word that follows a name (纽森出席, 滨野幸一、, 坂田奈津子出席)."""
        if self._follows(text, at) is None:
            for end in range(at + 2, at + 6):
                if self._plain(text, at, end) and self._follows(text, end) is not None:
                    return at, end
        return None

    def _trim_right(self, name: str) -> str:
        """A name without the words a regex took after it (…卡斯特罗介绍 → …卡斯特罗)."""
        last = max(name.rfind(mark) for mark in NAME_DOTS + LOST_DOTS + " ")
        for at in range(last + 2, len(name)):
            if self._follows(name, at) is not None and name[at:at + 1] not in (" ",) or name[at] in NAME_BREAKS:
                return name[:at]
        return name

    def _plain(self, text: str, start: int, end: int, given: int | None = None) -> bool:
        """Characters that can make a Chinese name: CJK, no function word (a surname may be one: 于, 和) and no
        title inside."""
        chunk = text[start:end]
        given = start if given is None else given
        return end <= len(text) and len(chunk) == end - start and all(is_cjk(c) for c in chunk) and \
            not any(c in NAME_BREAKS for c in text[given:end]) and self.title.search(chunk) is None and \
            self.honorific.search(chunk) is None and self.not_name.search(chunk) is None

    def _sounded(self, text: str, start: int, end: int) -> bool:
        """Three characters or more, each one that spells a foreign sound (sound_characters.tsv): a foreign name
        printed without its dots (财政部长姆努钦, 特朗普总统), which no Chinese surname opens."""
        return end - start >= 3 and all(c in self.sounds for c in text[start:end])

    @staticmethod
    def _joined_last(text: str, mentions: list[Span], name: tuple[int, int]) -> bool:
        """A name a coordinator closes, part of no body's name: the last of the names sharing the title, before
        the next titled item (副市长甲、乙和某大学党委书记丙: 乙 is a deputy mayor), not a body's opening read as a
        name (署长甲、商务及经济发展局局长乙)."""
        return text[name[1] : name[1] + 1] in COORDINATORS and \
            not any(m.start_char <= name[1] and name[0] < m.end_char for m in mentions if m.label_ == ORG)

    def _transliterated(self, text: str, mentions: list[Span]) -> list[Named]:
        """A name with · anywhere (采访了帕特里克·蒂普先生): its first part cut after a title or a function word; a
        run that holds the head of a body's or an event's name is a name of those (第五届宁波•香港知识产权论坛), no
        one's."""
        found: list[Named] = []
        if not any(dot in text for dot in NAME_DOTS):  # most passages have none: skip the scan
            return found
        orgs = {end + (text[end : end + 1] in CLOSERS): m for m in mentions if m.label_ == ORG
                and (end := m.end_char) <= len(text)}
        for match in transliterated(text):
            head = self.cut.match(match.group(0))
            start = match.start() + (len(head.group(0)) if head and not any(d in head.group(0) for d in NAME_DOTS)
                                     else 0)
            dot = match.start() + next(i for i, c in enumerate(match.group(0)) if c in NAME_DOTS)
            body = _body_glued(orgs, start, dot)
            start = body.end_char + (text[body.end_char : body.end_char + 1] in CLOSERS) if body else start
            end = match.start() + len(self._trim_right(match.group(0)).rstrip())
            if end - start >= 3 and not self.not_name.search(text, start, end):
                found.append((start, end, "", body, start))
        return found


def _body_glued(orgs: dict[int, Span], start: int, dot: int) -> Span | None:
    """The body whose name (and the bracket closing its short name) ends right where a transliterated name starts,
    inside the run of sounds read for it (世界知识产权组织弗朗西斯·高锐; 欧洲专利局(EPO)安东尼奥·坎普诺斯): the
    person is printed as the body's, as 某局局长甲 with the title left out; the name opens after the body."""
    return next((orgs[at] for at in range(start, dot) if at in orgs), None)
