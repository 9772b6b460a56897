"""News outlets by where a news item names them: a source line (来源:光明日报), a picture credit ((中新社 王明摄)),
a dateline (新华社日内瓦7月6日电; undated: 某某新闻讯:), a newspaper's title (《中国质量报》), a page's header line
(某某网 2024-04-26 10:00 来源: …), a reporter's word glued to it (某某网记者 甲乙). The cues are the words of
media_cues.tsv; the name is whatever stands there."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property
from pathlib import Path

from spacy.tokens import Span

from ipgraph.extract.mentions.spans import HAN, holds, is_cjk
from ipgraph.knowledge.gazetteer import CITY, COUNTRY, ORG
from ipgraph.knowledge.wordlists import word_lists
from ipgraph.zh.dates import DATELINE_DAY
from ipgraph.zh.grammar import NAME_BREAKS, alternation


def _doubled(name: str) -> bool:
    """A name printed twice in a row: a source line glued to the dateline that repeats it (来源:X + X9月6日电)."""
    half = len(name) // 2
    return len(name) % 2 == 0 and name[:half] == name[half:]


def _before_colon(text: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` stands before a colon, white space between or none (来源：, 来源 :)."""
    for word in words:
        at = text.find(word)
        while at >= 0:
            if text[at + len(word) :].lstrip()[:1] in ("：", ":"):
                return True
            at = text.find(word, at + 1)
    return False


def bracketed_marks(words: tuple[str, ...]) -> re.Pattern[str]:
    """A dateline's word right before a bracket, with a space or none (讯(, 電 （): what an undated dateline that a
    bracket of bylines follows holds, looked for before its pattern is tried (most passages hold none) by one search,
    not one test of each word, space and bracket."""
    return re.compile(f"(?:{alternation(words)})[ \u3000]?[（(]")


class Outlets:
    """The places of a news item that name the outlet it comes from."""

    def __init__(self, data_dir: str, places: tuple[str, ...] = ()) -> None:
        """``places``: names of places the reference data has no node for (provinces, prefecture-level cities), which
        a dateline prints after the outlet as it prints a city of cities.tsv (新华社成都6月3日电)."""
        cues = word_lists(Path(data_dir) / "gazetteer" / "media_cues.tsv")
        self.places = places
        self.byline = re.compile(alternation(cues["reporter"]))
        taken, roles = alternation(cues["picture"]), alternation((*cues["reporter"], *cues["credit"], *cues["picture"]))
        # A source line may name a channel of the outlet after a hyphen or a middle dot (某某网-某省频道); a role and
        # a colon after it are the line's next field, the source left blank (来源: 作者:). This pattern, the picture
        # credit's and the header line's are compiled (re's cache) when a passage first holds their words: a source's
        # word before a colon, a picture's word (no bundled report does).
        self.sources, self.pictures = tuple(cues["source"]), tuple(cues["picture"])
        self.source = (rf"(?:{alternation(cues['source'])})\s*[：:]\s*(?!(?:{roles})\s*[：:])"
                       rf"({HAN}{{2,10}}(?:[-－·•]{HAN}{{2,8}})?)")
        self.dateline_words = tuple(cues["dateline"])  # compiled into ``dateline`` when a passage first holds one
        self.bracket_marks = bracketed_marks(self.dateline_words)
        self.dated = tuple(f"日{word}" for word in cues["dateline"])  # 6月3日电: what every dateline holds
        # A reporter's word glued to the name of the outlet the reporter writes for, which opens its line, follows a
        # space or opens a bracket ((中央社記者甲乙丙台北15日電), 通讯员 某局 某某网记者 甲乙), where the name ends in
        # an outlet's head.
        self.reporters = tuple(cues["reporter"])
        self.reporter_of = re.compile(rf"(?:^|(?<=[\s（(【\[]))({HAN}{{2,8}}?)(?:{alternation(self.reporters)})",
                                      re.MULTILINE)
        # A dateline printed with no date opens its paragraph: the outlet, the word of a bulletin and a colon
        # (津云新闻讯:); a dateline's other words (消息) only after a name that ends in an outlet's head.
        self.bulletins = frozenset(cues["bulletin"])
        self.not_bulletins = tuple(cues["not_bulletin"])  # 新闻快讯: no outlet 新闻快
        self.undated = re.compile(rf"^[ \t\u3000]*({HAN}{{2,12}}?)"
                                  rf"({alternation((*cues['bulletin'], *cues['dateline']))})[：:]", re.MULTILINE)
        self.credit = rf"[（(](?!{roles})({HAN}{{2,8}})\s+{HAN}{{2,4}}(?:{taken})[）)]"
        # A page's header line: the site's name, the time the item went up, and the source field after them (某某网
        # 2024-04-26 10:00 来源: …), the address of the site between if the page prints it (blanked: mask_urls); not
        # a field's label printed without its colon (发布时间 2024-04-26: header_lines.tsv).
        fields = alternation(word_lists(Path(data_dir) / "ingest" / "header_lines.tsv").get("field", ()))
        self.site_line = (rf"^((?!{HAN}*(?:{fields})){HAN}{{2,12}})[ \t]+\d{{4}}-\d{{1,2}}-\d{{1,2}}"
                          rf"(?:[ \t]+\d{{1,2}}:\d{{2}})?[ \t]+(?:{alternation(cues['source'])})\s*[：:]")
        # A title in 《》 is a work; one ending in a paper's word (报) names the paper, unless a kind of document.
        self.paper = re.compile(
            rf"《({HAN}{{2,10}}(?:{alternation(cues['paper'])}))(?<!{alternation(cues['document'])})》")
        own = word_lists(Path(data_dir) / "gazetteer" / "self_references.tsv", key="head")
        self.own = {word for words in own.values() for word in words}  # 本报: the outlet naming itself

    @cached_property
    def dateline(self) -> re.Pattern[str]:
        """At the start of a line, or after a headline glued on before it with a space (…授权制度 新华社香港12月5日电)
        or closed by its bracket or stop (（…在长沙举办）红网长沙9月15日讯); a channel of the outlet may follow its name
        after a middle dot (某某网·某地频道)."""
        return re.compile(
            rf"(?:^|(?<=[\s)）。!！?？]))({HAN}{{2,12}}?(?:[·•]{HAN}{{2,8}}?)?){DATELINE_DAY}"
            rf"(?:{alternation(self.dateline_words)})", re.MULTILINE)

    @cached_property
    def bracketed(self) -> re.Pattern[str]:
        """Undated, with no colon: a dateline that opens its line and a bracket of bylines right after it (某某报讯
        （记者 甲乙）, 某某报广州讯(记者 丙丁)), read where the name, less the place, ends in an outlet's head or in 报,
        which there ends a paper's name as in 某报讯 (no 汇报, 公报 stands before a dateline's word); compiled when a
        passage first holds a dateline's word before a bracket."""
        return re.compile(rf"^[ \t\u3000]*({HAN}{{2,12}}?)((?:{alternation(self.dateline_words)})"
                          rf"[ \u3000]?[（(])", re.MULTILINE)

    @cached_property
    def place_end(self) -> re.Pattern[str]:
        """A place of ``places`` ending an outlet's name in a dateline: compiled when a dateline first needs it."""
        return re.compile(f"(?:{alternation(self.places)})$")

    def spans(self, text: str, found: list[Span], ends_outlet: Callable[[int], bool]) -> list[tuple[int, int]]:
        """Where the outlets a source line (来源:X), a picture credit ((X 王明摄)), a page's header line (X 2024-04-26
        来源:) or a dateline (X日内瓦7月6日电, X讯:) names stand, without the place a dateline dates from;
        ``ends_outlet`` says whether the head of an outlet's name (网站, 日报) ends at a place."""
        # Each pattern needs a mark most passages lack (a colon, a bracket, 《, a date's 日 and the dateline's word).
        colon = holds(text, "：:")  # a source line, a page's header line and an undated dateline hold one
        fielded = colon and _before_colon(text, self.sources)  # a source line and a page's header line hold one
        sources = re.finditer(self.source, text) if fielded else ()
        credits = re.finditer(self.credit, text) if holds(text, "（(") and any(w in text for w in self.pictures) else ()
        papers = self.paper.finditer(text) if "《" in text else ()
        datelines = self.dateline.finditer(text) if any(closing in text for closing in self.dated) else ()
        out = [(m.start(1), self._source_end(text, m, ends_outlet)) for m in sources]
        out = [(s, e) for s, e in out if e] + [m.span(1) for m in credits]
        out += [m.span(1) for m in (re.finditer(self.site_line, text, re.MULTILINE) if fielded else ())]
        out += [m.span(1) for m in (self.undated.finditer(text) if colon else ()) if m.group(1)[0] not in NAME_BREAKS
                and not text.endswith(self.not_bulletins, 0, m.end(2))
                and (m.group(2) in self.bulletins or ends_outlet(m.end(1)))]
        out += [m.span(1) for m in papers]
        out += [m.span(1) for m in (self.reporter_of.finditer(text) if any(w in text for w in self.reporters) else ())
                if ends_outlet(m.end(1))]
        sourced = [text[s:e] for s, e in out]
        bracketed = self.bracketed.finditer(text) if self.bracket_marks.search(text) else ()
        for match in (*datelines, *bracketed):
            start, end = match.span(1)
            place = next((s for s in found if s.end_char == end and s.label_ in (COUNTRY, CITY)
                          and s.start_char > start), None)
            bare = self.place_end.search(text, start + 2, end) if place is None else None
            end = place.start_char if place else bare.start() if bare else end
            end = next((start + len(n) for n in sourced if text.startswith(n, start) and start + len(n) < end), end)
            end -= text[end - 1] in "·•"  # the place was the channel's: 某某网·北京
            if match.re is self.dateline or ends_outlet(end) or text[end - 1] in "报報":  # before 讯, 报 is a paper
                out.append((start, end))
        return [(s, e) for s, e in out if e - s >= 2 and text[s:e] not in self.own
                and not any(m.start_char == s and m.label_ == ORG for m in found)]

    @staticmethod
    def _source_end(text: str, match: re.Match, ends_outlet: Callable[[int], bool]) -> int:
        """Where the outlet of a source line ends: after the last head of an outlet in it, as the next line may be
        glued on (来源:某某网站加强…), else at the end of the line; less a repeat (来源:X + X9月6日电); 0 when a line
        glued on leaves no end."""
        start, end = match.span(1)
        end = next((at for at in range(end, start + 1, -1) if ends_outlet(at)),
                   0 if is_cjk(text[end : end + 1] or "-") else end)
        return end - ((end - start) // 2 if _doubled(text[start:end]) else 0)
