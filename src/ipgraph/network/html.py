"""``ipgraph viz``: one self-contained HTML file of the partnership network (the only module that imports pyvis).

pyvis holds the network (``net.nodes``/``net.edges`` filled directly: its
``add_node`` is quadratic) and supplies vis-network inline; the page itself
is our template (``viz.html.j2``), because pyvis's own template loads
Bootstrap from a CDN whatever ``cdn_resources`` says, and the file must open
offline. Physics is off: positions come from ``layout.py``.

Report text is untrusted. It reaches the page only as JSON made by
``script_json`` (``json.dumps`` with ``<``, ``>``, ``&``, ``'``, U+2028 and
U+2029 escaped, so no string can close the script element), and the page's
JavaScript puts it into the DOM with ``textContent`` only.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx
import pyvis
from pyvis.network import Network

from ipgraph.ingest.reading import write_all_atomic
from ipgraph.network.graph import NetworkData, short_name
from ipgraph.network.layout import layout

LANGS = ("zh", "en")
_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027",
                          "\u2028": "\\u2028", "\u2029": "\\u2029"})

#: Legend groups: (key, colour, vis shape, symbol, zh, en); an organisation's group comes from its ip:kind.
GROUPS = (
    ("igo", "#1f77b4", "dot", "●", "国际组织", "international organisation"),
    ("office", "#2ca02c", "dot", "●", "知识产权局", "IP office"),
    ("government", "#d62728", "dot", "●", "政府、执法和司法机关", "government, enforcement, courts"),
    ("academic", "#9467bd", "dot", "●", "大学和研究机构", "university, research"),
    ("company", "#8c564b", "dot", "●", "企业", "company"),
    ("civil", "#e377c2", "dot", "●", "协会、网络和其他组织", "association, network, other"),
    ("unit", "#17becf", "dot", "●", "组织内部门", "unit of an organisation"),
    ("country", "#ff7f0e", "diamond", "◆", "国家", "country"),
    ("person", "#7f7f7f", "triangle", "▲", "人物", "person"),
)
STATED = {"color": "#6b7280", "opacity": 0.7}  # edge colours: links from stated roles; from inferred roles only
INFERRED = {"color": "#9ca3af", "opacity": 0.8}
_KIND_GROUP = {"igo": "igo", "national-office": "office", "ministry": "government", "government": "government",
               "customs": "government", "police": "government", "prosecution": "government", "court": "government",
               "university": "academic", "research": "academic", "company": "company", "unit": "unit"}

UI = {
    "zh": {"title": "合作网络", "years": "年份", "type": "类型", "all_types": "全部类型", "events": "活动",
           "agreements": "协议", "country": "举办国", "all_countries": "全部国家", "min_weight": "最少联系数",
           "inferred": "包括推定角色（虚线）", "search": "搜索名称", "legend": "图例", "stated": "明示角色",
           "inferred_edge": "仅推定角色", "evidence": "依据", "click": "点击节点或连线查看依据段落。",
           "shown": "显示 {n} 个行为体、{e} 条连线", "matches": "{n} 个匹配", "links": "{n} 项联系",
           "more": "另有 {n} 项", "undated": "无日期", "inferred_tag": "推定", "partners": "主要伙伴",
           "undated_note": "收窄年份后不显示无日期的联系。"},
    "en": {"title": "Partnership network", "years": "Years", "type": "Type", "all_types": "all types",
           "events": "events", "agreements": "agreements", "country": "Held in", "all_countries": "all countries",
           "min_weight": "Min. links", "inferred": "include inferred roles (dashed)", "search": "Search names",
           "legend": "Legend", "stated": "stated roles", "inferred_edge": "inferred roles only",
           "evidence": "Evidence", "click": "Click a node or an edge to see the passages behind it.",
           "shown": "{n} actors, {e} edges shown", "matches": "{n} matches", "links": "{n} links",
           "more": "{n} more", "undated": "undated", "inferred_tag": "inferred", "partners": "top partners",
           "undated_note": "Undated links are hidden once the years are narrowed."},
}


def script_json(value: object, **kwargs: Any) -> str:
    """JSON safe inside a <script> element and a JavaScript string: no <, >, &, ' or line separators."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), **kwargs).translate(_ESCAPES)


def group_of(attrs: dict) -> str:
    if attrs.get("type") == "Country":
        return "country"
    if attrs.get("type") == "Person":
        return "person"
    return _KIND_GROUP.get(attrs.get("kind", ""), "civil")


def _name(attrs: dict, lang: str) -> str:
    other = "en" if lang == "zh" else "zh"
    return attrs.get(f"label_{lang}") or attrs.get(f"label_{other}") or attrs.get("label", "")


class _Tables:
    """Activities and passages numbered in order of first use, so edges refer to them by index."""

    def __init__(self, data: NetworkData, lang: str) -> None:
        self.data, self.lang = data, lang
        self.activities: list[list] = []
        self.passages: list[list[str]] = []
        self._activity: dict[str, int] = {}
        self._passage: dict[str, int] = {}

    def activity(self, iri: str) -> int:
        if iri not in self._activity:
            act = self.data.activities[iri]
            label = (act.label_zh, act.label_en)[self.lang == "en"] or act.label_zh or act.label_en
            self._activity[iri] = len(self.activities)
            self.activities.append([label, act.type, act.date or "", act.year or 0,
                                    short_name(act.country) if act.country else "",
                                    [self.passage(p) for p in act.evidence]])
        return self._activity[iri]

    def passage(self, iri: str) -> int:
        if iri not in self._passage:
            found = self.data.passages[iri]
            self._passage[iri] = len(self.passages)
            self.passages.append([found.report, found.locator, found.text])
        return self._passage[iri]


def _nodes(graph: nx.Graph, lang: str, positions: dict[str, tuple[float, float]]) -> list[dict]:
    colours = {key: (colour, shape) for key, colour, shape, *_ in GROUPS}
    weighted = dict(graph.degree(weight="weight"))
    nodes = []
    for node in sorted(graph):
        attrs = graph.nodes[node]
        colour, shape = colours[group_of(attrs)]
        partners = sorted(graph[node], key=lambda other: (-graph[node][other]["weight"], other))[:5]
        x, y = positions[node]
        nodes.append({"id": node, "label": _name(attrs, lang), "x": x, "y": y, "value": weighted[node],
                      "shape": shape, "color": colour, "grp": group_of(attrs),
                      "names": [attrs.get("label_zh", ""), attrs.get("label_en", "")],
                      "kind": attrs.get("kind") or attrs.get("type", ""), "country": attrs.get("country", ""),
                      "top": [[_name(graph.nodes[p], lang), graph[node][p]["weight"]] for p in partners]})
    return nodes


def _edges(graph: nx.Graph, tables: _Tables) -> list[dict]:
    edges = []
    for number, (a, b, attrs) in enumerate(sorted(graph.edges(data=True), key=lambda e: (min(e[:2]), max(e[:2])))):
        links = [[tables.activity(link["activity"]), int(link["stated"])] for link in attrs["links"]]
        edges.append({"id": number, "from": min(a, b), "to": max(a, b), "links": links,
                      "width": 1 + 1.5 * math.log2(len(links)), "dashes": attrs["stated_weight"] == 0,
                      **({"color": INFERRED} if attrs["stated_weight"] == 0 else {})})
    return edges


def _choices(data: NetworkData, tables: _Tables, lang: str) -> dict:
    index = 0 if lang == "zh" else 1
    used_types = sorted({row[1] for row in tables.activities})
    by_kind: dict[str, list[list[str]]] = defaultdict(list)
    for name in used_types:
        labels = data.types.get(name, (name, name))
        kind = "agreement" if data.activities and any(
            a.type == name and a.kind == "agreement" for a in data.activities.values()) else "event"
        by_kind[kind].append([name, labels[index] or labels[1 - index] or name])
    countries = sorted({row[4] for row in tables.activities if row[4]})
    country_names = {short_name(iri): actor.label(lang)
                     for iri, actor in data.actors.items() if actor.type == "Country"}
    years = [row[3] for row in tables.activities if row[3]]
    return {"types": {"event": by_kind["event"], "agreement": by_kind["agreement"]},
            "countries": [[code, country_names.get(code, code)] for code in countries],
            "years": [min(years), max(years)] if years else [0, 0]}


def build_html(graph: nx.Graph, data: NetworkData, lang: str = "zh", title: str | None = None) -> str:
    """The page for ``graph`` (a partnership or country network): nodes, filters, legend and evidence panel."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}: choose zh or en")
    tables = _Tables(data, lang)
    net = Network(height="100%", width="100%", cdn_resources="in_line")
    net.nodes = _nodes(graph, lang, layout(graph))
    net.edges = _edges(graph, tables)
    net.options = {
        "physics": {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": len(net.edges) > 2000},
        "nodes": {"scaling": {"min": 6, "max": 36, "label": {"enabled": True, "min": 11, "max": 26,
                                                              "drawThreshold": 7, "maxVisible": 30}},
                  "font": {"face": "sans-serif"}},
        "edges": {"smooth": False, "color": STATED},
        "layout": {"improvedLayout": False},
    }
    text = UI[lang]
    env = jinja2.Environment(loader=jinja2.ChoiceLoader([
        jinja2.FileSystemLoader(Path(__file__).parent),
        jinja2.FileSystemLoader(Path(pyvis.__file__).parent / "templates")]), autoescape=True)
    env.policies["json.dumps_function"] = script_json
    env.policies["json.dumps_kwargs"] = {}
    env.globals["ipgraph"] = {
        "lang": lang, "ui": text, "activities": tables.activities, "passages": tables.passages,
        "colours": {"stated": STATED, "inferred": INFERRED},
        "legend": [[key, colour, symbol, (zh, en)[lang == "en"]] for key, colour, _, symbol, zh, en in GROUPS],
        **_choices(data, tables, lang)}
    env.globals["page_title"] = title or text["title"]
    net.templateEnv, net.path = env, "viz.html.j2"
    return net.generate_html()


def write_html(graph: nx.Graph, data: NetworkData, out: Path, lang: str = "zh") -> Path:
    """Write the page to ``out`` atomically; return the path."""
    html = build_html(graph, data, lang)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_all_atomic([(out, html.encode("utf-8"))])
    return out
