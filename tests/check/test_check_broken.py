"""The corpus of broken graphs in tests/broken: each case reports exactly the rule it is about, with the exit
code a CI job sees and a message that names the node.

Every case is a small Turtle file that builds on tests/broken/reference.ttl (a report, three passages, a few
actors, SDG 9 and 9.5, Development Agenda recommendation 1, the PCT); checking a single file brings the
reference.ttl beside it, as it does for data/triples. good.ttl is the control: one of everything, all correct.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from ipgraph.check import check
from ipgraph.cli import main

BROKEN = Path(__file__).resolve().parent.parent / "broken"
ID = "https://w3id.org/ipgraph/id/"


@dataclass
class Case:
    file: str
    rule: str
    node: str  # the IRI (without the id/ namespace) of the node the rule must name
    label: str | None  # how a person recognises it, when it has a label
    exit: int = 1
    args: list[str] = field(default_factory=list)
    also: list[str] = field(default_factory=list)  # further rules the same fault rightly triggers


CASES = [
    Case("impossible-date.ttl", "ill-typed-literal", "event/feb-30", "二月三十日研讨会"),
    Case("month-13.ttl", "ill-typed-literal", "event/month-13", "十三月研讨会"),
    Case("negative-attendees.ttl", "ill-typed-literal", "event/negative", "负人数研讨会"),
    Case("end-before-start.ttl", "end-before-start", "event/backwards", "倒序研讨会"),
    Case("end-before-start-mixed-precision.ttl", "end-before-start", "event/mixed", "跨年研讨会"),
    Case("date-as-string.ttl", "EventShape/ip:startDate/Or", "event/string-date", "字符串日期研讨会"),
    Case("date-as-datetime.ttl", "AgreementShape/ip:signedDate/Or", "agreement/datetime", "合作协议"),
    Case("missing-chinese-label.ttl", "EventShape/rdfs:label@zh/QualifiedMinCount", "event/english-only",
         "Enforcement workshop"),
    Case("dangling-organiser.ttl", "EventShape/ip:organiser/Class", "event/dangling", "知识产权论坛",
         also=["dangling-reference"]),
    Case("organiser-is-a-city.ttl", "EventShape/ip:organiser/Class", "event/city-organiser", "城市主办论坛"),
    Case("agreement-one-party.ttl", "AgreementShape/Or", "agreement/one-party", "单方备忘录"),
    Case("bad-iso-code.ttl", "CountryShape/ip:iso3166/In", "country/XX", "无此国"),
    Case("unknown-sdg-target.ttl", "SDGTargetShape/ip:code/In", "sdg/9.9", "不存在的具体目标"),
    Case("sdg-link-to-nothing.ttl", "SDGLinkShape/ip:contributesTo/Or", "event/sdg-18", "第十八目标研讨会",
         also=["dangling-reference"]),
    Case("sdg-target-under-wrong-goal.ttl", "sdg-goal-mismatch", "sdg/9.a", "便利发展中国家发展基础设施"),
    Case("recommendation-46.ttl", "DevelopmentAgendaRecommendationShape/ip:number/MaxInclusive", "da/46",
         "发展议程建议46"),
    Case("iri-mismatch.ttl", "iri-mismatch", "da/2", "发展议程建议2"),
    Case("quote-not-in-passage.ttl", "quote-not-in-passage", "event/misquoted", "引文错误研讨会"),
    Case("undeclared-property.ttl", "undeclared-property", "event/venue", "场地研讨会"),
    Case("undeclared-class.ttl", "undeclared-class", "event/hackathon", "知识产权黑客松"),
    Case("untyped-node.ttl", "untyped-node", "org/UNTYPED", "无类型机构"),
    Case("passage-without-report.ttl", "PassageShape/ip:inReport/MinCount", "passage/test-report/4", "passage 4"),
    Case("offsets-reversed.ttl", "PassageShape/ip:startOffset/LessThanOrEquals", "passage/test-report/5",
         "passage 5"),
    Case("evidence-to-non-passage.ttl", "EvidenceShape/ip:evidence/Class", "event/bad-evidence", "证据错误会议"),
    Case("pledge-without-actor.ttl", "PledgeShape/ip:actor/MinCount", "pledge/nobody", "无主承诺"),
    Case("bad-event-mode.ttl", "EventShape/ip:mode/In", "event/mode", "形式错误研讨会"),
    Case("bad-treaty-action.ttl", "TreatyActionShape/ip:action/In", "event/bad-action", "条约行动"),
    # suspicious but possible: a warning, which fails the check only with --fail-on warning
    Case("webinar-in-person.ttl", "WebinarShape/ip:mode/In", "event/webinar", "线下网络研讨会", exit=0),
    Case("webinar-in-person.ttl", "WebinarShape/ip:mode/In", "event/webinar", "线下网络研讨会", exit=1,
         args=["--fail-on", "warning"]),
    Case("year-far-ahead.ttl", "date-after-report", "event/future", "未来研讨会", exit=0),
    Case("year-far-ahead.ttl", "date-after-report", "event/future", "未来研讨会", exit=1,
         args=["--fail-on", "warning"]),
]

UNREADABLE = [  # file, what the message says, line (None: the message names the file only)
    ("broken-turtle.ttl", "invalid Turtle: ", 9),  # the rest of the message is the parser's own
    ("empty.ttl", "empty file: no triples", None),
    ("gbk-encoded.ttl", "not UTF-8 (byte offset", 8),
]


def run(*args: str):
    return CliRunner().invoke(main, ["check", *args])


def test_the_corpus_has_twenty_cases_and_every_file_is_used():
    files = {p.name for p in BROKEN.glob("*.ttl")} - {"reference.ttl", "good.ttl"}
    used = {c.file for c in CASES} | {u[0] for u in UNREADABLE}
    assert files == used
    assert len(files) >= 20


def test_the_control_case_and_the_reference_are_clean():
    for name in ("good.ttl", "reference.ttl"):
        report = check([BROKEN / name])
        assert report.findings == [], name
        assert run(str(BROKEN / name)).exit_code == 0


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.file.removesuffix(".ttl") + ("+" + "".join(c.args)
                                                                                     if c.args else ""))
def test_broken_graph(case: Case, tmp_path: Path):
    path = BROKEN / case.file
    out = tmp_path / "report.json"
    result = run(str(path), "--format", "json", "--out", str(out), *case.args)
    assert result.exit_code == case.exit, result.output
    findings = json.loads(out.read_text(encoding="utf-8"))["findings"]
    assert {f["rule"] for f in findings} == {case.rule, *case.also}, "only the rules this fault is about"
    mine = [f for f in findings if f["rule"] == case.rule]
    assert [f["node"] for f in mine] == [ID + case.node]
    finding = mine[0]
    assert finding["label"] == case.label
    assert finding["file"] == f"tests/broken/{case.file}" or finding["file"].endswith(f"tests/broken/{case.file}")
    assert finding["line"] > 1
    text = result.stdout  # with --out, the readable text goes to standard output
    header = next(line for line in text.splitlines() if f" {case.rule}: " in line)
    assert header.startswith(("VIOLATION", "WARNING"))
    named = text.splitlines()[text.splitlines().index(header) + 1]
    assert f"{case.label} <{ID}{case.node}>" in named, "the message names the node by its label and IRI"


@pytest.mark.parametrize("name, message, line", UNREADABLE, ids=[u[0] for u in UNREADABLE])
def test_unreadable_file_exits_2_naming_file_and_line(name: str, message: str, line: int | None):
    path = BROKEN / name
    result = run(str(path))
    assert result.exit_code == 2
    where = f"{path}:{line}" if line else f"{path}"
    assert f"error: {where}: {message}" in result.output


def test_the_gbk_file_really_is_gbk():
    data = (BROKEN / "gbk-encoded.ttl").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert "编码错误研讨会" in data.decode("gbk")


def test_a_corpus_case_is_found_inside_a_big_graph(built, tmp_path):
    """The same fault among the 20,000 triples of the real graph: found, named, and located in its file."""
    _, out = built
    for path in out.glob("*.ttl"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / "extra.ttl").write_bytes((BROKEN / "reference.ttl").read_bytes() +
                                         (BROKEN / "agreement-one-party.ttl").read_bytes())
    report = check([tmp_path])
    assert [(f.rule, f.node) for f in report.findings] == [("AgreementShape/Or",
                                                            ID + "agreement/one-party")]
    assert report.findings[0].file.endswith("extra.ttl")
