"""Where a name beside a title starts after it (局长申长雨, 日本特许厅长官滨野幸一) and where one ends before it or an
honorific (张军院长, 和特朗普总统, 芬兰的凯拉莫大使): the edges of a titled name, which People reads around each
title it finds. Kept apart from ``people.py``, which pairs the names with their titles and bodies."""

from __future__ import annotations

import re

from spacy.tokens import Span

from ipgraph.extract.mentions.given_names import DOT_LOST, LATIN_NAME, LOST_DOTS, TRANSLITERATED, NameShapes
from ipgraph.extract.mentions.offices import Offices
from ipgraph.extract.mentions.spans import is_cjk
from ipgraph.zh.grammar import COORDINATORS, NAME_BREAKS, NAME_DOTS


class TitledNames(NameShapes):
    """The edges of the names People finds beside titles and honorifics; the patterns are People's."""

    surname: re.Pattern[str]
    offices: Offices
    any_head: re.Pattern[str]
    prefixes: frozenset[str]
    cut: re.Pattern[str]
    words_before: tuple[str, ...]
    longest_word: int
    head_not_after: dict[str, tuple[str, ...]]

    def _starts_word(self, text: str, at: int) -> bool:
        """A word of two characters or more that follows a name starts at ``at`` (出席, 指出, 局长)."""
        word = self._follows(text, at)
        return word is not None and len(word) > 1

    def _name_at(self, text: str, at: int, after_org: bool, foreign: bool | None) -> tuple[int, int] | None:
        """The name that starts at ``at``: Latin, transliterated, a surname and one or two characters (followed by
        what follows a name, or after an organisation's title: 局长申长雨同率团), or, after the title of a body that
        is not Chinese (``foreign``; None when the body's country is unknown, and a surname is tried first), a name
        without a Chinese surname (日本特许厅长官滨野幸一), as is one an honorific closes (大使凯拉莫阁下)."""
        for pattern in (LATIN_NAME, TRANSLITERATED, DOT_LOST):
            match = pattern.match(text, at)
            if match and pattern is not LATIN_NAME and self.cut.match(match.group(0), 0, _first_dot(match.group(0))):
                break  # 总干事甲、副总干事乙·丙; 局长会见丙·丁: the run opens with a title or a verb, no name
            end = at + len(self._trim_right(match.group(0)).rstrip()) if match else at
            if match and (pattern is not DOT_LOST or self._lost_dot(text, at, end)):
                return at, end
        if foreign and (run := self._foreign_name(text, at)) is not None:
            return run
        if (married := self._married_at(text, at)) is not None:
            return married
        surname = self.surname.match(text, at)
        if surname and text[at] not in COORDINATORS and not self._starts_word(text, at) and \
                not self._starts_word(text, surname.end()):  # 教授曾指出: 曾 is "once", 指出 no given name
            if (closed := self._function_word_given(text, at, surname.end())) is not None:
                return closed
            for end in (surname.end() + 1, surname.end() + 2):
                if self._plain(text, at, end, surname.end()) and (
                        self._follows(text, end) is not None or end == surname.end() + 2 and after_org) and \
                        not self._prefix_given(text, end):
                    return at, end
        run = self._foreign_name(text, at)  # after any title, a name an honorific closes (大使凯拉莫阁下)
        return run if run is not None and (foreign is None or self.honorific.match(text, run[1])
                                           or self._sounded(text, *run)) else None

    def _prefix_given(self, text: str, end: int) -> bool:
        """The character after a name's first given character is a title's prefix that opens no title, and a word
        that follows a name comes after it: the prefix is the name's last character (副校长董光前出席: 光前, not 光
        before 前, "former"), as it is not before a title (甲乙前局长)."""
        return self._follow_word(text, end) in self.prefixes and self.title.match(text, end) is None and \
            self._plain(text, end, end + 1) and self._follows(text, end + 1) is not None

    def _name_before(self, text: str, end: int, org_ends: dict[int, Span],
                     abroad: frozenset[int] = frozenset(), role: str = "") -> tuple[int, int] | None:
        """The name that ends at ``end`` (before a title or an honorific): a surname and one or two characters, or a
        transliterated or Latin name, after punctuation, a coordinator, an organisation, or the head noun of a body
        the mentions did not find (…服务局吴创伟局长), or a body's word for itself (我院甲副院长); or a name of no
        Chinese surname after a foreign country and its 的 (``abroad``: 芬兰的凯拉莫大使), whose 的 says whose the
        person is and whose title says where the name ends; or after a contraction of the body ``role`` heads (澳大甲
        副校长), printed as a body's name is."""
        for pattern in (TRANSLITERATED, LATIN_NAME):
            match = next((m for m in pattern.finditer(text, max(0, end - 40), end) if m.end() == end), None)
            if match:
                cut = self.cut.match(match.group(0))
                start = match.start() + (len(cut.group(0)) if cut else 0)
                if pattern is TRANSLITERATED and not any(d in text[start:end] for d in NAME_DOTS):
                    continue  # 甲·乙以及各国代表: the dotted name ended before the function word, 国 is none
                return (start, end) if end > start else None
        for start in (end - 4, end - 3, end - 2):
            surname = self.surname.match(text, start) if start >= 0 else None
            if surname and end - surname.end() in (1, 2) and self._plain(text, start, end, surname.end()) and \
                    text[start] not in COORDINATORS and not self.any_head.search(text, start, end) and (
                    start == 0 or not is_cjk(text[start - 1]) or text[start - 1] in (*COORDINATORS, *NAME_BREAKS)
                    or start in org_ends or self._after_head(text, start) or self._after_word(text, start)
                    or self.offices.own_before(text, start)
                    or role and self.offices.contracted_before(text, start, role)):
                return start, end
        start = next((at for at in range(max(0, end - 5), end - 2) if self._sounded(text, at, end) and (
            at == 0 or not is_cjk(text[at - 1]) or text[at - 1] in (*COORDINATORS, *NAME_BREAKS)
            or self._after_word(text, at))), -1)
        if start >= 0 and self._plain(text, start, end):
            return start, end  # 和特朗普总统, 会见奥朗德总统: a foreign name spelled in sounds, no surname to open it
        start = next((at for at in range(end - 5, end - 1) if at in abroad), -1)
        return (start, end) if start >= 0 and self._plain(text, start, end) and \
            self._follows(text, start) is None else None

    def _after_word(self, text: str, at: int) -> bool:
        """A word of two characters or more that may follow a name ends right before ``at``: a verb whose object is
        the person (会见王伟局长, 陪同刘明副总理) or a title (局长王伟先生)."""
        start = max(0, at - self.longest_word)  # as a search of ``(?:words)$``: before a newline that ends it too
        return text.endswith(self.words_before, start, at) or \
            text.endswith("\n", start, at) and text.endswith(self.words_before, start, at - 1)

    def _after_head(self, text: str, at: int) -> bool:
        """A head noun of a body ends right before ``at``, not as part of another word (…服务局, 综合执法处; not
        结局, 到处)."""
        head = self.any_head.search(text, max(0, at - 8), at)
        return head is not None and text[head.start() - 1 : head.start()] not in self.head_not_after[head.group(0)]


def _first_dot(name: str) -> int:
    """Where the first dot of a dotted name stands (or one a page lost): the run before it is the name's first part,
    or words before the name."""
    return next((at for at, c in enumerate(name) if c in NAME_DOTS or c in LOST_DOTS), len(name))
