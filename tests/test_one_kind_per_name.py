"""Regression (session 30): a new organisation's node is named by its label in every report, so its kind must be too.

The probes set's build failed ``ipgraph check`` (OrganisationKindShape, ip:kind at most one): 知识产权局 printed in a
headline before a title was given the kind its context guessed (``ministry``, from the bare head 局), and printed
in a source line ``media``, and elsewhere a ``national-office`` — one node, several kinds, once the reports were
built together. The kind now comes from the name's own head noun (org_heads.tsv), a unit of
another body aside.
"""

from __future__ import annotations

from rdflib import Graph, Literal

from ipgraph import build, check
from ipgraph.vocab import IP, IPR

TEXTS = {
    "headline": "知识产权局局长张三出席培训班开班仪式\n\n2024年5月6日，培训班在杭州开班。\n",
    "source": "来源：知识产权局\n\n2024年5月7日，知识产权局在杭州举办培训班。\n",
}


def test_a_new_body_printed_in_several_reports_has_one_kind_and_the_build_passes_check(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    for name, text in TEXTS.items():
        (reports / f"{name}.txt").write_text(text, encoding="utf-8")
    (reports / "reports.toml").write_text("".join(f'[[report]]\nid = "{n}"\nfile = "{n}.txt"\ndate = "2024-05-09"\n\n'
                                                  for n in TEXTS), encoding="utf-8")
    assert build([reports], tmp_path / "out").ok
    node = IPR["org/zhi-shi-chan-quan-ju"]
    kinds = {name: set(Graph().parse(tmp_path / "out" / f"{name}.ttl").objects(node, IP.kind)) for name in TEXTS}
    assert kinds == {name: {Literal("national-office")} for name in TEXTS}
    assert check([tmp_path / "out"]).exit_code() == 0
