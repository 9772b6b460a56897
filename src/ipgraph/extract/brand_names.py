"""A company printed by its brand, where the sentence's structure already says a party stands (A与B签署, the subject
of 达成…协议): a name in Latin script (OPPO, Google, Sun Patent Trust) or a Chinese name the text glosses with one
(华为(Huawei), 小米（Xiaomi）). Neither ends in a head noun (公司, 集团) a name is otherwise read back from; the Latin
script, which no Chinese word of time, place or function is printed in, marks the name itself."""

from __future__ import annotations

import re

_LATIN = r"[A-Z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){0,4}"
"""A Latin-script name: capitalised words, at most five (Sun Patent Trust); an acronym alone (OPPO, LG)."""
_BRAND = re.compile(f"({_LATIN})|([\u4e00-\u9fff]{{2,6}})\\s*[(（]\\s*{_LATIN}\\s*[)）]")


def brand_name(words: str) -> str | None:
    """The company ``words`` consist of when it is a Latin-script name or a Chinese name glossed by one (the
    Chinese name then, as the text prints it first), else None."""
    found = _BRAND.fullmatch(words.strip())
    if not found or found.group(1) and len(found.group(1)) < 2:
        return None
    return found.group(1) or found.group(2)
