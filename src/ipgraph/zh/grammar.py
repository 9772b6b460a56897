"""The grammar of Chinese report text that every extractor shares, stated once: punctuation, coordination, numerals.

Extractors read the same sentences, clauses and lists of names, so they must
agree on where a sentence ends or what joins two names; when each spelled its
own regular expression they drifted apart (one forgot 以及, another 与). Words
with content — verbs, nouns, titles, names — are knowledge and live in
``knowledge/``; what is here is function words and punctuation, which are the
grammar of the language and change with no report.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from os.path import commonprefix

# --- punctuation --------------------------------------------------------------------------------------------------
FULL_WIDTH_ALPHANUMERICS = {code: chr(code - 0xFEE0) for start, end in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A),
                                                                        (0xFF41, 0xFF5A))
                            for code in range(start, end + 1)}
"""Full-width digits and Latin letters (２０２４年３月, ＷＩＰＯ) as ASCII, one for one: official documents type
them so, and the grammar and the knowledge files write them once, in ASCII. Full-width punctuation stays: it is
the norm."""

SENTENCE_ENDS = "。！？!?"
QUESTION_ENDS = ("？",)
"""The mark that ends a question: a sentence ending in it asks, it tells nothing done or to be done. The ASCII ? is not
one: a mirror prints it for a character it cannot encode (…便利?!彼f, where 。”他说 stood)."""
SEMICOLONS = "；;"
COMMAS = "，,"
COLONS = "：:"
CLAUSE_BREAKS = COMMAS + SEMICOLONS + COLONS
"""What ends a clause inside a sentence (a sentence end ends one too)."""

# A quoted or bracketed title is one unit: a full stop inside 《…》 or “…” does not end the sentence. Corner
# brackets 「…」 and 『…』 are the quotation marks of Hong Kong, Macao and Taiwan (舉辦「2012年…慶祝活動」): the
# same marks as “…”, not characters of the name they enclose.
QUOTE_OPENS = "“《「『"
QUOTE_CLOSES = "”》」』"
TITLE_OPENS, TITLE_CLOSES = "《「『", "》」』"
"""The marks a title of its own is printed in: 《》, and Hong Kong's and Taiwan's corner brackets (「」『』)."""
_QUOTED = rf"[{QUOTE_OPENS}][^{QUOTE_CLOSES}{QUOTE_OPENS}]{{0,80}}[{QUOTE_CLOSES}]"
QUOTED = re.compile(_QUOTED)

_OPENING_QUOTATION = re.compile(r"\s*[“「『\"](?=[^”」』\"“「『]*?[，,。！？!?；;])[^”」』\"“「『]*[”」』\"]")


def opening_quotation(text: str, start: int = 0) -> int:
    """Where a quotation that opens a paragraph ends (“…我们将…。”申长雨表示，…), or 0: words of a clause or more
    in quotation marks, which the person the paragraph then names as speaking said; a quoted name or slogan (“一带一路”
    倡议…), with no clause break inside, opens none. ``start``: where the paragraph's own words begin (after a wire
    dateline and its byline: 新华社北京3月1日电（记者 X）“…”，Y说)."""
    found = _OPENING_QUOTATION.match(text, start)
    return found.end() if found else 0


_QUOTATION_CLOSED = re.compile(r"[。！？!?][”」』\"]")


def before_quotation_closes(text: str) -> str:
    """``text`` up to the sentence end that closes a quotation inside it (…服务。”林峰表示，…: the quoted words only,
    not the words that tell who said them), else up to the closing mark of a quotation that it opens with or that
    opened before it (“…发展”，X表示 and …友好合作”，X说: the words end where the quotation does), else all of it."""
    closed = _QUOTATION_CLOSED.search(text)
    end = closed.start() + 1 if closed else len(text)
    depth = 0
    for at, mark in enumerate(text[:end]):
        if mark in _OPENERS:
            depth += 1
        elif mark in _CLOSERS:
            depth -= 1
            if depth < 0 or not depth and text[0] in _OPENERS:
                return text[:at]
    return text[:end]


_OPENERS, _CLOSERS = "“「『", "”」』"


IDEOGRAPH = r"[\u4e00-\u9fff]"
"""One character of the CJK unified ideographs block: a regex class for the characters of a Chinese word or name."""
LOCATIVES = ("在", "于", "於")
"""The prepositions that open a frame of place or time (在…上, 于…期间, 於…举行)."""
GOING = ("到", "赴", "前往")
"""The verbs of going that put a place gone to between a subject and its verb (局长赴某县调研, 前往社区开展…)."""

# --- coordination -------------------------------------------------------------------------------------------------
COORDINATORS = ("以及", "、", "和", "及")
"""Words that join the items of a list: A、B和C, A以及B."""
ENUMERATION_COMMA = COORDINATORS[1]
"""、: the comma between the items of a list, which no name holds."""
WITH = "与"
"""与 joins two names as 和 does (A与B签署), but also means "with"; lists that may hold it say so."""
LIST_CLOSER = "等"
"""等 after the last item closes a list; what follows it says what the items are: a noun of a kind (华为、中兴等企业:
companies), or a count and a head the items share (淄博、枣庄等十市中院: the court of each city)."""
FOR_SOMEONE = ("为", "給", "给")
"""Prepositions of the one an act is done for: a name after them is the act's object told inside another telling
(副省长为…研究院揭牌: the unveiling is the ceremony's, told otherwise)."""
RANGE = ("至", "到", "–", "-", "~")
"""Words that join the two ends of a range: 10月31日至11月1日."""


def alternation(words: tuple[str, ...]) -> str:
    """A regex alternative of the words, longest first, so 以及 wins over 及 and 新一轮 over 新 (never matching
    when there are none)."""
    return _alternation(tuple(words))


_SPECIAL = frozenset(c for c in map(chr, range(128)) if re.escape(c) != c)
"""The characters ``re.escape`` escapes (all ASCII): a word of none of them (most words of the lists) is its own
regex."""


def _escape(word: str) -> str:
    """``re.escape(word)``; a word of plain characters is returned as it is, asked of a set: ``re.escape`` runs
    ``str.translate`` through a dict, slow on Chinese text, 7,500 words at load."""
    return word if _SPECIAL.isdisjoint(word) else re.escape(word)


@lru_cache(maxsize=1024)
def _alternation(words: tuple[str, ...]) -> str:
    """``alternation``, made once per word list: rules build patterns of the same lists for every sentence, and
    escaping the words was 25,000 ``re.escape`` calls a build."""
    if not words:
        return "(?!)"
    if all(len(w) == 1 for w in words):  # one class: the lookahead below would repeat it
        return "[" + "".join(sorted({_escape(w) for w in words})) + "]"
    # Longest first; words of one length (of which one at most matches anywhere) in order, so that a list read
    # from a set makes the same pattern in every run.
    branches = "|".join(_escape(w) for w in sorted(words, key=lambda word: (-len(word), word)))
    if not all(words):
        return branches
    # The lookahead on the first characters lets the engine pass a position that starts no word without trying
    # each of hundreds of alternatives there (the titles list made people reading 4x slower without it). A few
    # alternatives the engine passes as fast without it, and each lookahead of Chinese characters costs the
    # compiler a 64K-entry map (~0.1 ms; ~200 such lists a build).
    if len(set(words)) <= _FEW_WORDS:
        return f"(?:{branches})"
    firsts = "".join(sorted({_escape(w[0]) for w in words}))
    return f"(?=[{firsts}])(?:{branches})"


def outside(words: tuple[str, ...], guards: tuple[str, ...]) -> str:
    """``alternation`` of the words where none of them is part of a longer word of ``guards`` holding it (称 is a
    verb of speech in 甲称，… but not in 名称, 称为, 堪称): at each place a word would match, a lookahead rejects the
    guard that holds it there, its characters before the word read behind."""
    inside = []
    for guard in guards:
        for word in words:
            at = guard.find(word)
            while at >= 0:
                before = f"(?<={re.escape(guard[:at])})" if at else ""
                inside.append(before + re.escape(guard[at:]))
                at = guard.find(word, at + 1)
    body = alternation(words)
    if not inside:
        return body
    firsts = "".join(sorted({re.escape(word[0]) for word in words}))
    # the first characters' class leads, so re skips in C the places no word opens; a pattern that opened with the
    # guards' lookahead would try them at every character (a hundred times slower over a report)
    return f"(?=[{firsts}])(?!{'|'.join(sorted(set(inside)))})(?:{body})"


def searched(words: tuple[str, ...]) -> str:
    """``alternation`` for a pattern that is the words alone, searched for: grouped by first character, with no
    leading lookahead (``by_first``), so that re passes the positions that open no word in its C loop. A list
    short enough to need no lookahead stays as ``alternation`` gives it."""
    body = alternation(words)
    grouped = by_first(tuple(words)) if body.startswith("(?=") else ""
    return f"(?:{grouped})" if grouped else body


def match_starts(source: str, firsts: str) -> str:
    """A pattern for ``finditer`` over every position where ``source`` matches, overlapping or not, as ``(?=source)``
    gives them, with ``source``'s groups; each match starts there (and takes its first character). Every match of
    ``source`` opens with a character of ``firsts``: re looks for their class in its C loop, where a lookahead at the
    top is tried at every position; the lookbehind then reads ``source`` from that character."""
    return f"[{''.join(sorted({re.escape(c) for c in firsts}))}](?<=(?={source})(?s:.))"


def by_first(words: tuple[str, ...]) -> str:
    """The words' alternation grouped by first character (会(?:议|谈)|论坛), longest first within each group, or ""
    when a word is empty. It matches as the plain alternation does: words of different first characters never both
    match at a position, and those of one keep their order; a word opening with a cased letter keeps a branch of
    its own, in its place, since a case-blind pattern matches that letter in either case. Each branch opens with
    its character, so a search made of it alone passes the positions that open no word inside re's C loop (its
    charset prefix). Words whose rests differ in one last character stay apart (论坛|论文, not 论[坛文]): re would
    make their rests a class, and each class of Chinese characters costs its compiler a 64K-entry map."""
    if not all(words):
        return ""
    groups: list[tuple[str, list[str]]] = []
    caseless: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        first, rest = word[0], word[1:]
        if first.lower() != first or first.upper() != first:
            groups.append((first, [rest]))
        elif first in caseless:
            caseless[first].append(rest)
        else:
            caseless[first] = [rest]
            groups.append((first, caseless[first]))
    return "|".join(_branch(first, rests) for first, rests in groups)


def _branch(first: str, rests: list[str]) -> str:
    common = len(commonprefix(rests))
    if len(rests) == 1 or all(len(rest) == common + 1 for rest in rests):
        return "|".join(re.escape(first + rest) for rest in rests)
    return f"{re.escape(first)}(?:{'|'.join(map(re.escape, rests))})"


_FEW_WORDS = 8
"""Up to this many words, an alternation matches as fast without the lookahead on their first characters."""


JOIN = f"(?:{alternation(COORDINATORS)})"
JOIN_OR_WITH = f"(?:{alternation((*COORDINATORS, WITH))})"
LIST_MARKS = "".join(word for word in (*COORDINATORS, WITH) if len(word) == 1)
"""The one-character words that join the items of a list (、和及与), for classes: a name runs up to one, the next
item starts after it."""


SHORT_FORM_WORDS = "(?:(?:以下|下)?简称|以下称|下称)为?"
"""The words that announce a short form in a bracket after a name (以下简称, 下简称, 简称, 下称, 以下称, each also
with 为)."""


def between_names(*, with_: bool = False, brackets: bool = False, marks: str = "") -> re.Pattern[str]:
    """What may stand between two names of one list, and nothing else: spaces, coordinators, and optionally 与,
    a bracketed acronym or short form after a name (A（WIPO）和B, A(以下简称“甲”)、B: either width of bracket), or
    title marks (《A》和《B》)."""
    parts = [r"\s", JOIN_OR_WITH if with_ else JOIN]
    if brackets:  # any full-width bracket; a half-width one only when it gives a short form (a pinyin gloss is none)
        parts.append(rf"（[^（）]{{1,30}}）|\({SHORT_FORM_WORDS}[^（）()]{{1,20}}\)")
    if marks:
        parts.append("[" + re.escape(marks) + "]")
    return re.compile(r"^(?:" + "|".join(parts) + r")*$")


NAME_BREAKS = "的了着们是在由与和及向从据为于将被把等其该此各这我也还已并又就將為於從這與該還他个位暨兼对"
"""Function words that stand between names and never inside the name of an organisation or a person (参观了X中心,
由X主办, 会同X海关; 着 marks a verb's aspect: 标志着X; 们 a plural of people: 会员们; 暨 "and also" joins two
names: X论坛暨Y联谊会; 兼 "concurrently" joins two posts: 副校长兼某处处长, whose unit is 某处, not
兼某处; 对 marks what a verb is done to: 对X表示感谢, in a name only as 对外, 对口): reading a name
leftwards from its head noun stops at one. A name that holds one
(中华人民共和国) is found whole by the gazetteer first."""


ITEM_COPULA = "[一二三四五六七八九十]是"
"""The mark of a numbered item of a programme (一是…；二是…；三是…: "the first is"): it opens the item's clause and
is no copula saying what something told before was, so the clause after it tells of its own acts."""
ITEM_OPENING = re.compile(rf"{ITEM_COPULA[:-1]}(?:(?<=[{CLAUSE_BREAKS}{SENTENCE_ENDS}]{ITEM_COPULA[:-1]})"
                          rf"|(?<![\s\S]{{2}})){ITEM_COPULA[-1]}")
"""A programme item's mark where it opens a clause (…；二是4月22日在…举办…), at the text's start or after a break:
read as a break of the same length (``ITEM_OPENING.sub("，，", text)``, offsets kept), the clause opens with its own
adverbials after it. The test of what stands before follows the numeral: a pattern that opened with it would cost
re its quick scan for the numerals (four times slower)."""


SPEAKER_POINTERS = "我本"
"""The words by which the speaker points to its own body or place (我市, 本省, 我院, 本局): a place so named (我市)
is the speaker's, and a name printed right after it (我市徐州某公司) is a body there, named on its own."""

BACK_POINTERS = "该該"
"""The demonstratives that point back to a body the text has told of (该校, 該局), where 本 and 我 (本局, 我院) point to
the body that speaks: what 该 names is known only from the text before it."""


SUBJECT_ADVERBS = "则亦即便却仍都也还又就"
"""Adverbs printed right after the subject of a clause, before its verb (甲则表示, 乙亦指出, 丙还介绍): the end of a
name before them is not one of them, though a name may hold 则 (小宫义则)."""
GOVERNMENT = "政府"
"""What a place's government is called after the place's name (香港特别行政区政府); its departments are printed with
it or without it (knowledge/gazetteer/short_forms.tsv)."""
PEOPLES_GOVERNMENT = "人民" + GOVERNMENT
"""What the government of a Chinese province, city or county is called after its place (Constitution, art. 95:
地方各级人民政府): 北京市市长 heads 北京市人民政府."""
POSTED = "驻"
"""驻 joins a sending body to the place or body it is posted at inside one name (中国驻欧盟使团, 欧盟驻华代表团)."""
NATIONAL = "国家"
"""国家 opens the name of a state's national body as a place opens a local one (国家版权局, 国家工商总局)."""
WHOLE = "全"
"""全 before the word of a level (全国, 全省, 全市) is the whole of the country or place: what follows is everything of
that kind there (全省法院: all the province's courts)."""
EVERY = "各每诸多"
"""A determiner of every (or many) members of a kind (各区, 每县, 多市): before the word of a level it names the kind,
no one place."""
NAME_PUNCTUATION = "，。；：、,;:!?！？“”\"《》〈〉【】[]|·•"
"""Punctuation that ends a name; brackets are not in it, since a name may hold one (中国(深圳)知识产权保护中心)."""
NAME_DOTS = "·•・‧･"
"""The dots between the parts of a transliterated name (让·皮埃尔, 安娜•彼得罗娃, 玛丽亚‧加西亚): printers use any."""
LOST_DOT = "?"
"""What a page whose encoding had no · prints in its place (弗朗西斯?高锐): a dot of a name only where a title
introduces the name, since elsewhere it is a question mark."""
AGENT_MARKS = "由据"
"""Words after which a clause's agent is named as at the clause's start (由甲主持, 据乙介绍, 由丙代表双方签字)."""
BY = AGENT_MARKS[0]
"""由 names the agent wherever it stands, mid-clause too (论坛由甲主办, 培训班由乙承办); 据 (according to) only
where it opens its clause."""

WILL = "将"
"""将: the future (将举办), and also the mark of an object before its verb (将X纳入Y, 将X转换成Y)."""


_ADVERB = 4
"""The most characters between 将 and a verb that governs the clause's words (将定期开展, 将每年定期举办): adverbs of
time and manner; the object of a disposal is a noun phrase, which a governing verb so near 将 cannot close."""
OBJECT_PRONOUNS = "其之此它该"
"""The objects of one character that 将 marks (将其纳入, 将此列为): the only words between 将 and a verb of
disposal one character apart from it; a verb's first character there (将建成, 将达至) makes the future."""


@dataclass(frozen=True)
class Disposal:
    """The grammar of 将: the disposal marker when a noun phrase (its object) follows it and then a verb of
    disposal (pledge_words.tsv's object list: 纳入, 加入, 延伸至, 列为, 转化为 …), the future otherwise (将 + verb:
    将加入, 将为企业提供; 将于 + time). ``future`` are the words that, right after 将, show it means "will" even
    with a verb of disposal later: adverbs and prepositions (将于, 将进一步), 把 (将把…纳入: the disposal is 把's) and
    the verbs that take a pivot (将推动X加入, 将支持X成为); ``not_object`` hold a disposal verb's characters without
    being one (成员, 成为), unless the object list holds the word itself (作为: 将X作为重点 behind an object)."""

    objects: tuple[str, ...]
    not_object: re.Pattern[str]
    future: tuple[str, ...]
    governs: re.Pattern[str] = re.compile("(?!)")
    """A verb that takes an object of its own (开展, 举办), a few characters of adverb at most after 将 (将定期开展),
    neither made a noun by what follows it (开展情况, 举办的) nor itself the verb of disposal (将论坛举办成…)."""

    @classmethod
    def of(cls, words: dict[str, tuple[str, ...]]) -> Disposal:
        """From pledge_words.tsv's lists object, not_object, future, governs and verb_noun."""
        objects = words.get("object", ())
        governs = re.compile(f"[^{CLAUSE_BREAKS}的]{{0,{_ADVERB}}}?(?:{alternation(words['governs'])})"
                             f"(?!{alternation(words.get('verb_noun', ()) + objects)})") if words.get("governs") \
            else re.compile("(?!)")
        return cls(objects, re.compile(alternation(words.get("not_object", ())) or "(?!)"),
                   words.get("future", ()), governs)

    def marks(self, after: str) -> bool:
        """Whether 将 marks an object, given ``after``, the clause after it: a verb of disposal stands there behind
        an object (two characters or more, or a pronoun of one), once the words that merely hold such a verb's
        characters are blanked out, and no word of the future opens it (将以…为契机 is the future)."""
        if after.startswith(self.future) or self.governs.match(after):
            return False  # 将定期开展专利转化对接活动: 转化 stands in 开展's object, 将 is the future
        rest = self.not_object.sub(lambda m: m.group(0) if m.group(0) in self.objects else " " * len(m.group(0)),
                                   after)  # 作为 is both: 将作为东道主 the future, 将X作为重点 a disposal
        return any(at > 1 or at == 1 and after[0] in OBJECT_PRONOUNS
                   for word in self.objects for at in _finds(rest, word))

    def marked(self, text: str, at: int) -> bool:
        """Whether the 将 at ``at`` of ``text`` marks an object in its clause."""
        return text.startswith(WILL, at) and self.marks(text[at + 1: clause_bounds(text, at + 1)[1]])


def _finds(text: str, word: str) -> Iterator[int]:
    """Every place ``word`` starts in ``text``."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


QUESTION_MARKS = "吗呢吧么怎哪谁啥否"
"""Particles and question words (吗, 呢, 怎么, 哪, 谁, 是否): a ? after words holding one ends a question, where a
lost dot (LOST_DOT) would not."""
# --- numerals -----------------------------------------------------------------------------------------------------
DIGITS = "零一二三四五六七八九"
UNITS = {"十": 10, "百": 100, "千": 1000}
NUMERALS = "一两二三四五六七八九十百千"
"""The characters of a Chinese number as reports write counts and ordinals (两 is 2 before a measure word)."""
APPROXIMATE = "几数多"
"""Numerals of no fixed value: 几次, 数场, 多个."""


def chinese_number(text: str) -> int:
    """二十 → 20, 一百二十 → 120, 两 → 2: the Chinese numerals reports count people and sessions with."""
    digits = {c: i for i, c in enumerate(DIGITS)} | {"两": 2}
    total, current = 0, 0
    for char in text:
        if char in digits:
            current = digits[char]
        else:
            total += (current or 1) * UNITS[char]
            current = 0
    return total + current


NUMBER = rf"[\d{NUMERALS}]+"
"""A number in digits or in Chinese numerals (12, 十二, 两): what counts and ordinals are made of."""
ORDINAL = re.compile(rf"第\s*{NUMBER}\s*[届次屆]")
ITEM_MARK = rf"\s*(?:[（(]?[\d一二三四五六七八九十]+[）)、.．]|{ITEM_COPULA})?\s*"
"""A list item's mark before the item's words (（一）, 1., 二、, 一是): a pattern that also matches nothing."""
"""第十八届, 第 3 次, 第51屆 (traditional): the ordinal that makes a session of a named series."""
BRACKETED = re.compile(r"[（(][^（()）]*[）)]")
"""A bracket inside a name, full-width or half-width: an acronym or a gloss (世界知识产权组织(WIPO)大会), read over
where only the words of the name tell what it is."""

# --- sentences and clauses ----------------------------------------------------------------------------------------
# A run of characters that open no title is taken at once, not a character at a time with a try at a title before
# each (half the time; the same sentences).
_SENTENCE = re.compile(rf"(?:[^{QUOTE_OPENS}{SENTENCE_ENDS}]+|{_QUOTED}|[{QUOTE_OPENS}])+[{SENTENCE_ENDS}]?")
_SEGMENT = re.compile(rf"(?:[^{QUOTE_OPENS}{SENTENCE_ENDS}{SEMICOLONS}]+|{_QUOTED}|[{QUOTE_OPENS}])+"
                      rf"[{SENTENCE_ENDS}{SEMICOLONS}]?")


def sentences(text: str) -> Iterator[tuple[int, str]]:
    """Each sentence of a passage with its offset; a full stop inside a quoted title does not end one."""
    for match in _SENTENCE.finditer(text):
        yield match.start(), match.group(0)


@lru_cache(maxsize=64)
def segments(text: str) -> tuple[re.Match[str], ...]:
    """Sentences further cut at semicolons: the unit of one reported item in a list (…研讨会；…讲习班。). Cut once per
    text: the event rules read each passage's in turn."""
    return tuple(_SEGMENT.finditer(text))


def stretch_start(text: str, at: int, marks: str) -> int:
    """Where the stretch of ``text`` that ends at ``at`` and holds none of ``marks`` begins: the start of the
    sentence (SENTENCE_ENDS) or clause (BREAKS, CLAUSE_ENDS) a word at ``at`` stands in."""
    return max((text.rfind(mark, 0, at) for mark in marks), default=-1) + 1


def open_sentence(text: str) -> str:
    """What follows the last sentence end or semicolon of ``text``: the sentence still open where it stops."""
    return _OPEN.search(text).group(0)  # type: ignore[union-attr]  # matches at least the empty string


_OPEN = re.compile(rf"[^{SENTENCE_ENDS}{SEMICOLONS}]*$")


def clauses(text: str) -> Iterator[re.Match[str]]:
    """Each clause of ``text``, with the break that ends it."""
    return _CLAUSE_RUNS.finditer(text)


_CLAUSE_RUNS = re.compile(rf"[^{CLAUSE_BREAKS + SENTENCE_ENDS}]+[{CLAUSE_BREAKS + SENTENCE_ENDS}]?")


def clause_bounds(text: str, at: int) -> tuple[int, int]:
    """The clause around ``at``: from after the last break before it to the next break (or the end)."""
    start = max((found.end() for found in _BREAK.finditer(text, 0, at)), default=0)
    end = _BREAK.search(text, at)
    return start, end.start() if end else len(text)


_BREAK = re.compile(f"[{re.escape(CLAUSE_BREAKS + SENTENCE_ENDS)}]")
"""A break that ends a clause: one pattern, not a search for each of its eleven characters (~4 µs a clause)."""


# --- adverbials -----------------------------------------------------------------------------------------------------
SETTING = re.compile(r"在[^，,。；;：:]{1,20}?(?:期间|之际|上|中|时)")
"""在开幕式期间, 在会上: a setting before the verb, never the subject of its clause."""


def ideographs_without(excluded: str) -> str:
    """A character class of the CJK ideographs less ``excluded``, written as ranges: one class, where a lookahead
    a character (``(?![…])[一-鿿]``) costs a test per character of every window a pattern scans."""
    cuts = sorted({ord(c) for c in excluded if "\u4e00" <= c <= "\u9fff"})
    bounds = zip([0x4E00, *(c + 1 for c in cuts)], [*(c - 1 for c in cuts), 0x9FFF])
    return "[" + "".join(f"{chr(a)}-{chr(b)}" if a < b else chr(a) for a, b in bounds if a <= b) + "]"


def spaced_ideographs(text: str) -> bool:
    """Whether two ideographs stand with only spaces between them (甲 乙): a search of ``[一-鿿] +[一-鿿]`` read at
    each run of spaces, where the pattern's two ranges of 21,000 characters cost re's compiler ~2 ms."""
    return any(run.start() and "\u4e00" <= text[run.start() - 1] <= "\u9fff"
               and "\u4e00" <= text[run.end() : run.end() + 1] <= "\u9fff" for run in _SPACES.finditer(text))


_SPACES = re.compile(" +")


def after_verbs(name: str, verbs: tuple[str, ...]) -> str:
    """What of ``name`` follows the last of ``verbs`` in it (knowledge/gazetteer/name_stops.tsv: verbs that stand
    before an organisation's name and are never part of one): 巨拴科分别代表西安工程大学 → 西安工程大学, a person and a
    verb glued in front of a name the mention stage missed. A verb of one character (获, 到) also opens place names
    (获嘉县) and cuts nothing."""
    ends = [found.end() for found in _verbs_in_names(verbs).finditer(name)]
    return name[ends[-1]:] if ends else name


@lru_cache(maxsize=8)
def _verbs_in_names(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """The verbs of two characters or more as one pattern, made once per list."""
    return re.compile(searched(tuple(v for v in verbs if len(v) > 1)))


def in_title(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a 《…》 title: a year there is part of the document's name (《…纲要（2021—2035
    年）》), not a time the text tells, so no month-day after it takes it."""
    opened = text.rfind("《", 0, at)
    return opened >= 0 and text.find("》", opened, at) < 0
