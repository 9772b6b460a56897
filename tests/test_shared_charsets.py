"""Sharing the compiled character classes among patterns (ipgraph.shared_charsets) changes no pattern's code."""

from __future__ import annotations

import importlib
import re
import sys

import ipgraph  # noqa: F401  # installs the shared classes
from ipgraph.zh.grammar import CLAUSE_BREAKS, NUMERALS, alternation, by_first, match_starts

_NEW = sys.version_info >= (3, 11)
compiler = importlib.import_module("re._compiler" if _NEW else "sre_compile")
parser = importlib.import_module("re._parser" if _NEW else "sre_parse")

# Classes beyond Latin-1 of one range, two, and many (the 64K map), negated, with categories, case-blind, bytes;
# each pattern written here, and compiled twice, so that the second takes every class from the cache.
PATTERNS: list[tuple[str | bytes, int]] = [
    (f"[^{CLAUSE_BREAKS}]+", 0),
    (f"[{NUMERALS}\\d]+[年月日]", 0),
    (f"(?:{alternation(('研讨会', '论坛', '峰会', '交流会', '年会', '培训班', '博览会', '展览会', '座谈会'))})", 0),
    (f"(?:{by_first(('会议', '会谈', '会晤', '论坛', '讲座'))})", 0),
    (match_starts("(签署|签订|缔结)", "签签缔"), 0),
    ("[一-鿿]{2,4}(?:省|市|县)", 0),
    (r"[^\W\d_A-Za-z〇]+", 0),
    ("[，,；;：:][^，,；;：:。！？!?]*", 0),
    ("[A-Za-zÀ-ÿ]+ (?:WIPO|wipo)", re.IGNORECASE),
    ("[ΣσςK]", re.IGNORECASE),
    (b"[\x00-\x1f,;:]+", 0),
]


def _code(pattern: str | bytes, flags: int) -> list[int]:
    return compiler._code(parser.parse(pattern, flags), flags)


def test_the_classes_are_shared_once_ipgraph_is_imported():
    assert getattr(compiler._optimize_charset, "shared", False)


def test_each_pattern_compiles_to_the_code_re_alone_gives():
    shared = compiler._optimize_charset
    try:
        twice = [(_code(p, f), _code(p, f)) for p, f in PATTERNS]
        compiler._optimize_charset = shared.original
        alone = [_code(p, f) for p, f in PATTERNS]
    finally:
        compiler._optimize_charset = shared
    for (first, second), plain, (pattern, _) in zip(twice, alone, PATTERNS):
        assert first == plain == second, pattern


def test_patterns_compiled_with_shared_classes_match_as_before():
    clause = re.compile(f"[^{CLAUSE_BREAKS}]+")
    assert clause.findall("甲方表示，将于明年举办论坛；乙方同意") == ["甲方表示", "将于明年举办论坛", "乙方同意"]
    count = re.compile(f"[{NUMERALS}\\d]+[年月日]")
    assert [m.group() for m in count.finditer("第二十四年三月五日起")] == ["二十四年", "三月", "五日"]
