"""What the query room needs to know of SPARQL's surface: where comments, strings and IRIs are, and nothing more.

Parameters are bound by inserting a VALUES block of N-Triples terms at the
start of each WHERE group, and SERVICE is refused before a query
runs; both must look past text inside strings, IRIs and comments, which a
regular expression over the whole query cannot do.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_TOKEN = re.compile(r'''
    (?P<comment>\#[^\n]*)
  | (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|'\'\'(?:[^'\\]|\\.|'(?!''))*'\'\'|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\s]*>)
  | (?P<pname>(?:[A-Za-z][\w\-.]*)?:[\w\-.%:]*)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<var>[?$][A-Za-z0-9_]+)
  | (?P<punct>[{}])
  | (?P<other>.)
''', re.VERBOSE | re.DOTALL)


def tokens(query: str) -> Iterator[tuple[str, str, int]]:
    """(kind, text, offset) of each significant token: words, braces, variables; strings, IRIs and comments skipped."""
    for match in _TOKEN.finditer(query):
        kind = match.lastgroup or "other"
        if kind in ("word", "punct", "var", "pname"):
            yield kind, match.group(), match.start()


def keywords(query: str) -> set[str]:
    """The upper-cased words outside strings, IRIs and comments (variables and prefixed names' parts included)."""
    return {text.upper() for kind, text, _ in tokens(query) if kind == "word"}


def undeclared_prefixes(query: str) -> list[str]:
    """Prefixes the query's prefixed names use without a PREFIX declaration, in order of first use."""
    declared, used = set(), []
    previous = ""
    for kind, text, _ in tokens(query):
        if kind == "pname":
            prefix = text.split(":", 1)[0]
            if previous == "PREFIX":
                declared.add(prefix)
            elif prefix not in used:
                used.append(prefix)
        previous = text.upper()
    return [prefix for prefix in used if prefix not in declared]


def variables(query: str) -> set[str]:
    return {text[1:] for kind, text, _ in tokens(query) if kind == "var"}


def where_group_starts(query: str) -> list[int]:
    """Offsets just after each ``{`` that opens a WHERE group: the query's own (after a CONSTRUCT template), and
    each sub-SELECT's written with the WHERE keyword. Empty when the query has none."""
    starts: list[int] = []
    depth = 0
    skip_template = False
    previous = ""
    for kind, text, offset in tokens(query):
        upper = text.upper()
        if kind == "word" and upper == "CONSTRUCT" and depth == 0:
            skip_template = True
        elif text == "{":
            outermost = depth == 0 and not (skip_template and previous != "WHERE") and not starts
            if outermost or (starts and previous == "WHERE"):
                starts.append(offset + 1)
            depth += 1
        elif text == "}":
            depth -= 1
            if depth == 0:
                skip_template = False
        previous = upper
    return starts


def query_form(query: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first of those words in the query, else the first word."""
    words = [text.upper() for kind, text, _ in tokens(query) if kind == "word"]
    for word in words:
        if word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
            return word
    return words[0] if words else ""
