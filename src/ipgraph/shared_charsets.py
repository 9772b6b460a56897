"""Compile each character class of the process's regular expressions once, not once per pattern that holds it.

A build compiles some 1,000 patterns (ours ~600, those of rdflib, spaCy and their imports the rest), a fifth of a
second of CPU. Most of it is not parsing but re's compiler turning each class into code: a class of characters
beyond Latin-1 that is not one or two ranges (a list's first characters, [^，,；;：:], the numerals) becomes a
64K-entry map sliced into 256 chunks, in Python, ~0.1 ms each, ~800 a build. The same classes recur across patterns
(the clause characters in 34 patterns, the numerals in 37): of ~2,000 classes only ~500 differ.

``install`` wraps re's private ``_optimize_charset`` (a pure function of the class: its result is only read, into
the pattern's code) in a cache for case-sensitive classes, the only kind we write; case-blind ones go to it as
before. The compiled code is the same, word for word (tests/test_shared_charsets.py compares it); only the work of
making it is shared. Where a Python keeps no such function, ``install`` leaves re as it is.
"""

from __future__ import annotations

import importlib
import sys
from functools import lru_cache
from typing import Any

_re_compiler: Any = importlib.import_module("re._compiler" if sys.version_info >= (3, 11) else "sre_compile")

_CACHED_CLASSES = 4096
"""Distinct classes kept: a build makes ~500; a long-lived server compiling its queries' patterns stays bounded."""


def install() -> None:
    """Share the compiled form of each case-sensitive class among the patterns compiled after this call (once)."""
    original = getattr(_re_compiler, "_optimize_charset", None)
    if original is None or getattr(original, "shared", False):
        return

    @lru_cache(maxsize=_CACHED_CLASSES)
    def optimized(charset: tuple[tuple[Any, Any], ...]) -> tuple[list[tuple[Any, Any]], bool]:
        return original(list(charset))

    def shared(charset: list[tuple[Any, Any]], iscased: Any = None, fixup: Any = None,
               fixes: Any = None) -> tuple[list[tuple[Any, Any]], bool]:
        if iscased is None and fixup is None and fixes is None:
            try:
                return optimized(tuple(charset))
            except TypeError:  # an operand that cannot be a key: not a class we write
                pass
        return original(charset, iscased, fixup, fixes)

    shared.shared = True  # type: ignore[attr-defined]
    shared.original = original  # type: ignore[attr-defined]  # for the test that compares the code of both
    _re_compiler._optimize_charset = shared
