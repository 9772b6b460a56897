"""Character-level clean-up shared by every stage that reads report text.

PDF and Word conversions break lines inside words, escape Markdown, wrap URLs
in link syntax and use private-use glyphs for bullets. Every function here is
pure and linear in its input, so pathological text cannot make it backtrack.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_MD_LINK = re.compile(r"\[([^\[\]\n]{0,2000})\]\((https?://[^()\s]{1,2000})\)")
_ANGLE_URL = re.compile(r"<(https?://[^<>\s]{1,2000})>")
_MD_ESCAPE = re.compile(r"\\\\?([_*\[\]()#\-.!])")
_SPACES = re.compile(r"[ \t\u3000\u00a0\uf000-\uf0ff][ \t\u3000\u00a0\uf000-\uf0ff]*")  # a class first: looked for in C
GLOSS = re.compile(r"\((?<=[\u4e00-\u9fff].)(?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")
"""A pinyin gloss a mirror site printed after a character (知識產(chǎn)權(quán)): no part of the text's words."""
URL = re.compile(r"(?:https?://|www\.)[^\s<>\[\]()（）\u3000-\u303f\uff0c\uff1b]+")


def is_wide(char: str) -> bool:
    """True for CJK ideographs and full-width punctuation: no space is written between them."""
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFE30 <= code <= 0xFE4F
        or 0xFF00 <= code <= 0xFFEF
        or 0x2018 <= code <= 0x201F
        or code in (0x2014, 0x2026, 0x00B7)
    )


def clean_line(line: str) -> str:
    """One physical line as it reads: Markdown link syntax and escapes undone, spaces folded, and the pinyin
    glosses a mirror site printed after its characters dropped (產(chǎn)權(quán) → 產權), so that every stage reads
    the words whole; the passage's offsets still locate the line as printed."""
    line = drop_glosses(line)
    if "](" in line:  # each pattern below needs the mark it is guarded by, which most lines lack
        line = _MD_LINK.sub(lambda m: m.group(2) if m.group(1).replace("\\", "") == m.group(2) else m.group(1), line)
    if "<" in line:
        line = _ANGLE_URL.sub(r"\1", line)
    if "\\" in line:
        line = _MD_ESCAPE.sub(r"\1", line)
    return _SPACES.sub(" ", line).strip()


def join_fragments(fragments: list[str]) -> str:
    """Rejoin the pieces of a passage that the conversion broke across lines.

    A break between two wide characters (or a wide and a narrow one) is an
    artefact of the layout and disappears; a break between two Latin words or
    numbers stands for a space.
    """
    out = ""
    for fragment in fragments:
        if not fragment:
            continue
        if out and not is_wide(out[-1]) and not is_wide(fragment[0]) and out[-1].isalnum() and fragment[0].isalnum():
            out += " "
        out += fragment
    return out


def mask_urls(text: str) -> str:
    """The text with every URL blanked out, offsets preserved, so no name is found inside a link."""
    return URL.sub(lambda m: " " * len(m.group(0)), text)




def drop_glosses(text: str) -> str:
    """The text without the pinyin glosses a mirror site printed after its characters (產(chǎn)權(quán) → 產權)."""
    return GLOSS.sub("", text) if "(" in text else text


def unglossed(text: str) -> tuple[str, Sequence[int]]:
    """The text without its pinyin glosses, so that names glossed inside are read whole, and where in ``text``
    each of its characters stands (to print a name found in it back as the text prints it). Passages carry no
    glosses any more, so the text without any is the common case: it costs no list of offsets."""
    covered = {i for m in GLOSS.finditer(text) for i in range(*m.span())}
    if not covered:
        return text, range(len(text))
    kept = [i for i in range(len(text)) if i not in covered]
    return "".join(text[i] for i in kept), kept
