"""``ipgraph check`` on hostile Turtle: malformed files are errors with file and line (exit 2), odd but valid
graphs are findings (exit 1) — never a traceback."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from robustness_support import cli, write

PREFIXES = """@prefix ip: <https://w3id.org/ipgraph/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""
REPORT = "<https://w3id.org/ipgraph/id/report/x>"


def check(path: Path):
    result = cli("check", path)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


@pytest.mark.parametrize(("body", "line"), [
    (f"{REPORT} a ip:Report\n{REPORT} a ip:Report .\n", 5),  # a statement without its final dot
    (f'{REPORT} rdfs:label "an unterminated literal .\n', 4),
    (f"{REPORT} a ip:Report ;\n    rdfs:label \"x\"@zh ;\n    ip:sha256 ", 6),  # cut off half-way
    ("<https://w3id.org/ipgraph/id/report/a b> a ip:Report .\n", 4),  # an IRI with a space
    (f'{REPORT} ip:startOffset "1"^^<not an iri> .\n', 4),
    (f'{REPORT} rdfs:label "\\uD800" .\n', 4),  # an escape for half a surrogate pair
    (f'{REPORT} rdfs:label "x"@zh-- .\n', 4),
    ('"a literal" a ip:Report .\n', 4),
    ("foo:x a foo:Report .\n", 4),  # an undeclared prefix
])
def test_malformed_turtle_is_an_error_with_file_and_line(tmp_path, body, line):
    path = write(tmp_path / "x.ttl", PREFIXES + body)
    result = check(path)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {path}:{line}: invalid Turtle: ")


@pytest.mark.parametrize(("data", "message"), [
    (b"", "empty file: no triples"),
    (b"  \n\n", "empty file: no triples"),
    (PREFIXES.encode() + f'{REPORT} rdfs:label "caf\xe9" .\n'.encode("latin-1"),
     "4: not UTF-8 (byte offset 212); Turtle files must be UTF-8"),
    ((PREFIXES + f"{REPORT} a ip:Report .\n").encode("utf-16"),
     "1: not UTF-8 (byte offset 0); Turtle files must be UTF-8"),
    (bytes(range(256)) * 4, "2: not UTF-8 (byte offset 128); Turtle files must be UTF-8"),
])
def test_files_that_are_not_turtle_text_are_errors(tmp_path, data, message):
    path = write(tmp_path / "x.ttl", data)
    result = check(path)
    assert result.exit_code == 2
    separator = "" if message[0].isdigit() else " "
    assert result.stderr.strip() == f"error: {path}:{separator}{message}"


@pytest.mark.parametrize("body", [
    f'{REPORT} a ip:Report ; rdfs:label "' + "知" * 2_000_000 + '"@zh .\n',  # an enormous literal
    f'{REPORT} a ip:Report ; rdfs:label """' + "知识产权\n" * 500_000 + '"""@zh .\n',  # an enormous long literal
    "<https://w3id.org/ipgraph/id/report/" + "a" * 500_000 + "> a ip:Report .\n",  # an enormous IRI
    f'{REPORT} a ip:Report ; <http://purl.org/dc/terms/date> "yesterday"^^xsd:date ; ip:sha256 42 .\n',  # wrong types
    f'{REPORT} a ip:Report ; <http://purl.org/dc/terms/date> "2024-02-30"^^xsd:date .\n',  # an impossible date
    f'{REPORT} ip:startOffset "abc"^^xsd:integer ; ip:endOffset "-1"^^xsd:nonNegativeInteger .\n',
    f'{REPORT} rdfs:label "a\\u0000b\\u0001c" .\n',  # control characters, escaped
    f"{REPORT} ip:p " + "[ ip:p " * 3000 + "1" + " ]" * 3000 + " .\n",  # deeply nested blank nodes
    f"{REPORT} ip:p " + "( " * 3000 + "1" + " )" * 3000 + " .\n",  # deeply nested lists
    "[] a ip:Report .\n",
])
def test_odd_but_valid_graphs_are_findings_not_crashes(tmp_path, body):
    path = write(tmp_path / "x.ttl", PREFIXES + body)
    result = check(path)
    assert result.exit_code == 1, result.output
    assert "violations" in result.stdout


def test_a_byte_order_mark_is_not_an_error(tmp_path):
    path = write(tmp_path / "x.ttl", codecs.BOM_UTF8 + (PREFIXES + f"{REPORT} a ip:Report .\n").encode())
    result = check(path)
    assert result.exit_code == 1
    assert "violations" in result.stdout  # read like any other file


# Each example runs the whole check (parsing, SHACL), so this fuzzer takes 100 examples, not 300.
TURTLE_PIECES = [PREFIXES, REPORT, " a ", "ip:Report", " ip:text ", " rdfs:label ", '"x"', '"知识"@zh',
                 '"1"^^xsd:integer', '"abc"^^xsd:date', " ; ", " , ", " .\n", "[", "]", "(", ")", "<a b>", "<>",
                 "_:b", "@prefix", "\\", '"""', "\n", "#", "\x00", "\ufeff", "ipr:report/x", "1.5e3", "true", "<https://w3id.org/ipgraph/id/"]


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.one_of(st.lists(st.sampled_from(TURTLE_PIECES), max_size=25).map("".join), st.text(max_size=200)))
def test_any_text_is_checked_or_refused_never_crashes(tmp_path, text):
    path = write(tmp_path / "fuzz.ttl", text.encode("utf-8", errors="surrogatepass"))
    result = check(path)
    assert result.exit_code in (0, 1, 2)
    if result.exit_code == 2:
        assert result.stderr.startswith(f"error: {path}")
