"""The lines a web page prints around a news item, which a copied text glues to its headline and first paragraph.

A copy of a news page keeps the page's furniture as lines of their own: a
publication line (``发布时间：2024-03-05 10:12 来源：…``, ``2018-06-12 15:30:21 来源: 国际在线``,
``Sat Sep 16 10:53:00 CEST 2023``), a field line (``类型：原创 分类：新闻``) and picture captions
(``新闻发布会现场。新华网发(泉州中院供图)``, ``图为签约仪式现场``). None ends with sentence punctuation, so the passage
stage would run them into the headline above and the paragraph below; then the headline's
event takes the publication date, a source line's outlet runs on into the next headline, and
the report's own date is lost inside a paragraph. A header line is therefore a passage of its
own. The labels are knowledge (``knowledge/ingest/header_lines.tsv`` and ``media_cues.tsv``);
what makes a line a header is here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ipgraph.ingest.dateline import LONGEST_LINE, NUMERIC_DATE, SENTENCE, line_date, publication_label
from ipgraph.knowledge.gazetteer import read_tsv
from ipgraph.knowledge.wordlists import word_lists
from ipgraph.zh.grammar import alternation

HEADLINE = 8
"""The fewest characters a headline has: a shorter text before a label is the label's own (会议时间：)."""
HEAD_LINES = 10
"""How many lines with text from the top a publication or field line may stand in: further down, a short line
with a date and a label is the body's (a programme's 时间：… line)."""


@dataclass(frozen=True)
class HeaderLines:
    """What a header line looks like, from the labels the knowledge files list."""

    field: re.Pattern[str]
    """A field label and its colon (来源：, 浏览量:)."""
    credit: re.Pattern[str]
    """A picture credit closing a line: the word that closes it, in brackets ((王明摄), (泉州中院供图))."""
    caption: re.Pattern[str]
    """The word a picture caption opens with (图为, 图片说明), after a mark such as ▲."""
    glued: re.Pattern[str]
    """Where a publication line glued onto the end of a headline may start: a publication label of three or more
    characters or a source label (发布时间:, 来源:), or a date with a time that ends the line or comes before a
    label (2023年09月20日 10:31 来源:); a bare 时间: or a date alone may belong to the headline."""
    dateline: re.Pattern[str]
    """A dateline closing a line: a month-day and the word that closes it (北京3月5日电, 【新华社日内瓦7月6日专电】)."""
    publication: re.Pattern[str]
    """The label a publication date stands after (``dateline.publication_label``)."""
    predicate: re.Pattern[str]
    """A verb that follows a bare name (knowledge/gazetteer/after_name.tsv, bare: 出席, 主持, 致辞) opening a line:
    the line has no subject, it is the second line of a caption whose first gives the title and name
    (局长张三 / 出席论坛并致辞), and runs on from it."""

    def is_header(self, line: str, index: int) -> bool:
        """Whether the ``index``-th line with text (from 0) is a header line; a picture caption is one anywhere,
        a publication or field line only at the head of the text."""
        text = line.strip()
        if self.credit.search(text) or (len(text) <= LONGEST_LINE and self.caption.match(text)):
            return True
        if index >= HEAD_LINES or len(text) > LONGEST_LINE or SENTENCE.search(text):
            return False
        inner = text[1:-1] if text.startswith("【") and text.endswith("】") else text
        return any((line_date(inner, self.publication), self.field.search(inner), self.dateline.search(inner)))

    def glued_at(self, line: str, index: int) -> int | None:
        """Where a publication line that a copy glued onto the end of a head line starts
        (…在珠海召开发表时间:2019年11月8日), if one is: what stands before it, with no space between, is a headline —
        no sentence and no header line, of at least ``HEADLINE`` characters (a publication line opening with its
        outlet, 某某网站 2014-07-04 17:00, is one line)."""
        if index >= HEAD_LINES:
            return None
        for match in self.glued.finditer(line):
            head, at = line[:match.start()].strip(), match.start()
            if (len(head) >= HEADLINE and not line[at - 1].isspace() and not SENTENCE.search(head)
                    and not self.is_header(head, index) and self.is_header(line[at:], index)):
                return at
        return None


@lru_cache(maxsize=8)
def header_lines(knowledge: Path) -> HeaderLines:
    """The header-line shapes of a knowledge folder, read once."""
    media = word_lists(knowledge / "gazetteer" / "media_cues.tsv")
    own = word_lists(knowledge / "ingest" / "header_lines.tsv")
    labels = (*own["field"], *media["source"], *media["reporter"], *media["credit"])
    publication = alternation((*(w for w in own["field"] if len(w) >= 3), *media["source"]))
    return HeaderLines(
        field=re.compile(rf"(?:^|[\s|｜])(?:{alternation(labels)})\s*[:：]"),
        credit=re.compile(rf"[（(][^（()）]{{0,30}}(?:{alternation(media['picture'])})[）)]\s*$"),
        caption=re.compile(rf"[▲△■□●◆]?\s*(?:{alternation(own['caption'])})"),
        glued=re.compile(rf"(?:{publication})\s*[:：]|(?:{NUMERIC_DATE.pattern})\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*"
                         rf"(?:$|[|｜]?\s*(?:{alternation(labels)})\s*[:：])"),
        dateline=re.compile(rf"\d{{1,2}}月\d{{1,2}}日(?:{alternation(media['dateline'])})\s*$"),
        publication=publication_label(knowledge),
        predicate=re.compile(alternation(tuple(row["word"] for row in read_tsv(
            knowledge / "gazetteer" / "after_name.tsv", ("word", "bare")) if row["bare"] == "yes"))),
    )
