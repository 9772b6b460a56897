"""The evaluation sets of unseen text (``eval/``): how ipgraph reads reports no rule was written for.

Two sets, one schema (``eval/SCHEMA.md``): ``bundled``, the five bundled
reports annotated in full and scored on their built graph; ``realtext``, real
news items and releases (``eval/realtext/texts``), built here as a user would
build them, with the publication date their source gives as each text's own
date. Each set was split once into a ``tune`` and a ``test`` half
(``scope.json``); development looks at ``tune`` only.

Facts are compared per document, not per passage: a fact counts for the half
in which the first passage that states it lies, an annotation for the half in
which its quote lies. Actors are compared as gazetteer keys (``org/WIPO``) or,
for organisations the gazetteer lacks, by name (``new:宁波市市场监督管理局``).
"""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.term import Node

from ipgraph.check import REFERENCE_FILE, load_graph, parse_turtle
from ipgraph.evaluate.common import Rates, f1, overlap, similar, squash
from ipgraph.evaluate.documents import (
    TEXT_SETS,
    Document,
    annotated_kinds,
    build_realtext,
    bundled_documents,
    gold_rows,
    realtext_documents,
    select_documents,
)
from ipgraph.evaluate.events import mismatch_line
from ipgraph.evaluate.pairing import date_kind, dates_line, kinds_lines, match, missed_kinds, unannotated_kinds
from ipgraph.knowledge.gazetteer import load as load_gazetteer
from ipgraph.knowledge.ontology import event_types
from ipgraph.resources import Resources, resources
from ipgraph.vocab import IP, IPR

KINDS = ("events", "agreements", "treaty_actions", "pledges", "organisations", "people")


# --- what the graph says ---------------------------------------------------------------------------------------------

@dataclass
class Found:
    """A fact of the graph: its node, document, half, label and the text of the passages that state it."""

    node: Node
    doc: str
    half: str | None
    label: str
    evidence: str


class GraphFacts:
    """The graph's facts by kind and document, with actors written as the annotations write them."""

    def __init__(self, graph: Graph, docs: dict[str, Document], files: Mapping[str, Graph] | None = None) -> None:
        self.graph, self.docs = graph, docs
        self.files = files or {}
        """Each report's own graph (and ``reference``, the gazetteer's facts), by file name: what a report states of a
        node that several reports name (a person's affiliation) is read from that report alone, so a document's score
        does not depend on which other documents were built with it."""
        self.passages: dict[Node, tuple[str, int, str]] = {}
        for passage in graph.subjects(RDF.type, IP.Passage):
            doc = str(graph.value(passage, IP.inReport)).rsplit("/", 1)[-1]
            offset = cast(Literal | None, graph.value(passage, IP.startOffset))  # the shapes make it an integer
            self.passages[passage] = (doc, int(offset or 0),
                                      str(graph.value(passage, IP.text) or ""))

    def facts(self, classes: Iterable[Node], exclude: Iterable[Node] = ()) -> list[Found]:
        nodes = {n for c in classes for n in self.graph.subjects(RDF.type, c)} - \
            {n for c in exclude for n in self.graph.subjects(RDF.type, c)}
        return [f for f in (self._found(n) for n in sorted(nodes, key=str)) if f is not None]

    def _found(self, node: Node) -> Found | None:
        told = sorted((self.passages[p][1], p) for p in self.graph.objects(node, IP.evidence) if p in self.passages)
        if not told:
            return None
        doc = self.passages[told[0][1]][0]
        if doc not in self.docs:
            return None
        label = str(self.graph.value(node, RDFS.label) or "")
        return Found(node, doc, self.docs[doc].half_at(told[0][0]), label,
                     "".join(self.passages[p][2] for _, p in told))

    def key(self, node: Node) -> str:
        """``org/WIPO`` for a gazetteer organisation (or treaty), ``new:<label>`` for one found in the text. A node
        several reports name has one rdfs:label per report, each as its text prints it (广东省市场监管局 in one,
        广东省市场监督管理局 in another): all are kept, joined by ``|``, so the score of a document does not depend
        on which label of the merged graph comes first, nor on which other documents were built with it. Its other
        labels count too: a short form the text printed (中国残联) for a body labelled by its full name
        (中国残疾人联合会) is a name the annotation may give it."""
        path = str(node).removeprefix(str(IPR))
        if any((node, IP.rule, IPR[f"rule/{rule}"]) in self.graph for rule in ("org-shape", "treaty-shape")):
            return "new:" + LABELS.join(sorted(set(self.names_of(node))))
        return path

    def names_of(self, node: Node) -> list[str]:
        """Every name of a node: its labels and its other labels."""
        return [str(o) for p in (RDFS.label, SKOS.altLabel) for o in self.graph.objects(node, p)]

    def keys(self, node: Node, *predicates: URIRef) -> set[str]:
        return {self.key(o) for p in predicates for o in self.graph.objects(node, p)}


def _one_script() -> dict[int, str]:
    """Traditional characters to simplified (knowledge/gazetteer/traditional.tsv), so that a name compares equal in
    either script: 香港海關 as the annotation prints it, 香港海关 as another report labels the same node."""
    return load_gazetteer(resources().knowledge).one_script


LABELS = "|"
"""What joins the labels of a node several reports name in its ``new:`` key (``GraphFacts.key``)."""


def same_actor(gold: str, found: str) -> bool:
    """Two actor keys name one actor: equal keys, or new organisations whose names agree (in either script); a
    found key may hold several labels (``new:A|B``), and agrees when one of them does."""
    if gold == found:
        return True
    if gold.startswith("new:") and found.startswith("new:"):
        a = squash(gold[4:]).translate(_one_script())
        return any(_same_name(a, squash(label).translate(_one_script())) for label in found[4:].split(LABELS))
    return False


def _same_name(a: str, b: str) -> bool:
    """One name holds the other and is most of it: a short form told with the place or head the other adds."""
    return bool(a and b) and (a in b or b in a) and min(len(a), len(b)) / max(len(a), len(b)) >= 0.6


def actor_list(value: object) -> list[str]:
    if value is None:
        return []
    values: list[Any] = value if isinstance(value, list) else [value]
    return [v for v in values if v]


def actors_agreeing(gold: list[str], found: set[str]) -> int:
    return sum(any(same_actor(g, f) for f in found) for g in gold)


# --- scoring ---------------------------------------------------------------------------------------------------------

@dataclass
class Tally(Rates):
    """One kind of fact in one half: how many were annotated, found and matched, and attribute agreement."""

    name: str
    gold: int = 0
    found: int = 0
    correct: int = 0
    attributes: dict[str, list[int]] = field(default_factory=dict)
    measures: dict[str, float] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    """Counts of why annotations and facts went unpaired (``pairing.kinds_lines``): no text, so any half may print
    them."""
    recall_only: bool = False

    def attribute(self, name: str, right: int, total: int) -> None:
        counts = self.attributes.setdefault(name, [0, 0])
        counts[0] += right
        counts[1] += total

    def line(self) -> str:
        if self.recall_only:
            text = f"{self.name}: gold {self.gold}, found {self.correct}, R {self.recall:.3f}"
        else:
            text = (f"{self.name}: gold {self.gold}, found {self.found}, right {self.correct}, P {self.precision:.3f}, "
                    f"R {self.recall:.3f}, F1 {self.f1:.3f}")
        for name, (right, total) in self.attributes.items():
            text += f"; {name} {right / total if total else 1.0:.3f} ({right}/{total})"
        for name, value in self.measures.items():
            text += f"; {name} {value:.3f}"
        return text



def _names_of(row: dict) -> set[str]:
    """The names an organisation annotation gives: as printed, in full, and its ``new:`` key's."""
    key = str(row.get("key", ""))
    return {squash(n) for n in (row.get("name"), row.get("full"), key[4:] if key.startswith("new:") else None) if n}


def _by_statement(items: list, doc: Callable, quote: Callable, what: Callable = lambda item: "") -> list[list]:
    """Items grouped by (document, quote, what they state), in the order first seen."""
    groups: dict[tuple[str, str, str], list] = {}
    for item in items:
        groups.setdefault((doc(item), squash(quote(item)), what(item)), []).append(item)
    return list(groups.values())


def _named(row: dict, fact: Found) -> float:
    """How well a fact's label agrees with an annotation's, or its evidence holds the annotation's quote.

    A label one word long (论坛, for a forum the text calls only 该论坛) is contained in many labels and so agrees
    with them fully; of two annotations that agree fully with a fact, the one whose quote the fact's evidence holds
    ranks first (by 0.2, less than a label's worth), so a forum told in another paragraph does not take the fact
    from the annotation of its own sentence.
    """
    label = similar(row.get("label") or "", fact.label) if row.get("label") and fact.label else 0.0
    quoted = 0.5 if squash(row["quote"]) in squash(fact.evidence) else 0.0
    return max(label, quoted + 0.5 * label) + 0.4 * quoted  # 0.2 when the quote is held


class Scorer:
    """Every kind of fact of one half of one set."""

    def __init__(self, graph_facts: GraphFacts, gold: dict[str, list[dict]], half: str | None) -> None:
        self.g, self.half = graph_facts, half
        self.gold = {kind: [r for r in rows if self._half_of(r) == half or half is None and self._half_of(r)]
                     for kind, rows in gold.items()}

    def _half_of(self, row: dict) -> str | None:
        doc = self.g.docs.get(row["doc"])
        offset = doc.offset_of(row["quote"]) if doc else None
        return doc.half_at(offset) if doc and offset is not None else None

    def _in_half(self, facts: list[Found]) -> list[Found]:
        return [f for f in facts if f.half == self.half or self.half is None and f.half]

    def events(self) -> Tally:
        classes = [IP[t] for t in event_types() if t != "TreatyAction"]
        found = self._in_half(self.g.facts(classes, exclude=[IP.TreatyAction]))
        gold = self.gold["events"]
        tally = Tally("events", len(gold), len(found))
        pairs = match(gold, found, _named, 0.5, self._event_agreement)
        tally.correct = len(pairs)
        actors = [0, 0, 0]
        dates: Counter[str] = Counter()
        for row, fact in pairs:
            start = self.g.graph.value(fact.node, IP.startDate)
            dates.update(filter(None, [date_kind(str(start) if start else None, row.get("start"))]))
            tally.attribute("start", str(start) == row["start"] if row.get("start") else start is None, 1)
            expected = actor_list(row.get("organisers")) + actor_list(row.get("partners"))
            got = self.g.keys(fact.node, IP.organiser, IP.partner)
            actors[0] += actors_agreeing(expected, got)
            actors[1] += len(got)
            actors[2] += len(expected)
            tally.errors += filter(None, [mismatch_line(fact.doc, row["label"], (str(start) if start else None,
                                                                               row.get("start")), (got, expected),
                                                      same_actor)])
        tally.measures["organisers ∪ partners F1"] = f1(*actors)
        self._errors(tally, gold, found, pairs, "label", kinds=True)
        tally.kinds.append(dates_line("start dates", dates))
        return tally

    def _event_agreement(self, row: dict, fact: Found) -> float:
        """How far a found event agrees with an annotated one on start date and actors."""
        start = self.g.graph.value(fact.node, IP.startDate)
        expected = actor_list(row.get("organisers")) + actor_list(row.get("partners"))
        return (str(start) == row.get("start")) + actors_agreeing(expected, self.g.keys(fact.node, IP.organiser,
                                                                                          IP.partner))

    def agreements(self) -> Tally:
        found = self._in_half(self.g.facts([IP.Agreement]))  # the graph states superclasses (rdf/closure.py)
        gold = self.gold["agreements"]
        tally = Tally("agreements", len(gold), len(found))
        pairs = match(gold, found, lambda r, f: _named(r, f) + 0.1 * actors_agreeing(
            actor_list(r.get("parties")), self.g.keys(f.node, IP.party)), 0.5)
        tally.correct = len(pairs)
        right = found_n = gold_n = 0
        dates: Counter[str] = Counter()
        for row, fact in pairs:
            expected, got = actor_list(row.get("parties")), self.g.keys(fact.node, IP.party)
            right, found_n, gold_n = right + actors_agreeing(expected, got), found_n + len(got), gold_n + len(expected)
            signed, annotated = self.g.graph.value(fact.node, IP.signedDate), row.get("signed")
            dates.update(filter(None, [date_kind(str(signed) if signed else None, annotated)]))
            tally.attribute("signing date", str(signed) == annotated if annotated else signed is None, 1)
            if (str(signed) if signed else None) != annotated:
                tally.errors.append(f"wrong {fact.doc}: {row['label']}: signed {signed} (annotated {annotated})")
        tally.measures["parties F1"] = f1(right, found_n, gold_n)
        self._errors(tally, gold, found, pairs, "label", kinds=True)
        tally.kinds.append(dates_line("signing dates", dates))
        return tally

    def treaty_actions(self) -> Tally:
        """Treaty actions are counted per act told, as pledges are per statement: a joint act of several states in
        one quote (中日韩等15国签署《RCEP》) is one act whether it is written as one line (or fact) with the states
        listed or as one per state (the graph writes one ip:TreatyAction per actor; collectors wrote either)."""
        def treaty(fact: Found) -> str:
            node = self.g.graph.value(fact.node, IP.treaty)
            return self.g.key(node) if node else ""

        def action(fact: Found) -> str:
            return str(self.g.graph.value(fact.node, IP.action) or "").rsplit("#", 1)[-1]

        quote = {f.node: str(self.g.graph.value(f.node, IP.quote) or f.label) for f in self.g.facts([IP.TreatyAction])}
        found = [group[0] for group in _by_statement(self._in_half(self.g.facts([IP.TreatyAction])), lambda f: f.doc,
                                                     lambda f: quote[f.node], lambda f: treaty(f) + action(f))]
        gold = [group[0] for group in _by_statement(self.gold["treaty_actions"], lambda r: r["doc"],
                                                    lambda r: r["quote"], lambda r: f"{r['treaty']} {r['action']}")]
        tally = Tally("treaty actions", len(gold), len(found))

        def agree(row: dict, fact: Found) -> float:
            return same_actor(str(row.get("treaty")), treaty(fact)) + (action(fact) == row.get("action"))
        pairs = match(gold, found, agree, 2)
        tally.correct = len(pairs)
        self._errors(tally, gold, found, pairs, "treaty")
        return tally

    def pledges(self) -> Tally:
        """Pledges are counted per statement: the graph writes one ip:Pledge per actor of a collective (双方将…),
        the schema one line per pledge with the collective resolved to a list, and collector B a line per actor;
        so lines, and facts, with one quote in one document are one pledge whose actors are all of theirs. Its
        actor is right when every actor the annotation names is among the fact's."""
        quote = {f.node: str(self.g.graph.value(f.node, IP.quote) or f.label) for f in self.g.facts([IP.Pledge])}
        groups = _by_statement(self._in_half(self.g.facts([IP.Pledge])), lambda f: f.doc, lambda f: quote[f.node])
        found = [group[0] for group in groups]
        actors = {id(group[0]): set().union(*(self.g.keys(f.node, IP.actor) for f in group)) for group in groups}
        gold = [{**group[0], "actor": sorted({a for row in group for a in actor_list(row.get("actor"))})}
                for group in _by_statement(self.gold["pledges"], lambda r: r["doc"], lambda r: r["quote"])]
        tally = Tally("pledges", len(gold), len(found))
        pairs = match(gold, found, lambda r, f: overlap(r["quote"], quote[f.node]), 0.5)
        tally.correct = len(pairs)
        for row, fact in pairs:
            expected, got = row["actor"], actors[id(fact)]
            right = actors_agreeing(expected, got) == len(expected)
            tally.attribute("actor", right, 1)
            if not right:
                tally.errors.append(f"wrong {row['doc']}: {row['quote']}: actors +{sorted(got)} -{expected}")
        self._errors(tally, gold, found, pairs, "quote")
        return tally

    def organisations(self) -> Tally:
        """Recall of the organisations the gazetteer lacks (the bar), and how many of the organisations the text
        made are any annotated organisation of their document (so junk names show as a precision)."""
        gold = [r for r in self.gold["organisations"] if str(r.get("key", "")).startswith("new:")]
        names = {doc: set().union(*labels.values()) for doc, labels in self._names(IP.Organisation).items()}
        tally = Tally("organisations not in the gazetteer", len(gold), recall_only=True)
        for row in gold:
            if any(same_actor("new:" + w, "new:" + n) for w in _names_of(row) for n in names.get(row["doc"], ())):
                tally.correct += 1
            else:
                tally.errors.append(f"missed {row['doc']}: {row.get('full') or row.get('name')}")
        annotated: dict[str, set[str]] = {}
        for row in self.gold["organisations"]:
            annotated.setdefault(row["doc"], set()).update(_names_of(row))
        made = self._made_organisations()
        named = [(doc, labels) for doc, labels in made
                 if any(same_actor("new:" + w, "new:" + n) for w in annotated.get(doc, ()) for n in labels)]
        tally.measures["precision of those made"] = len(named) / len(made) if made else 1.0
        tally.errors += [f"made, not annotated {doc}: {sorted(labels)[0]}" for doc, labels in made
                         if (doc, labels) not in named]
        return tally

    def _made_organisations(self) -> list[tuple[str, set[str]]]:
        """Each organisation the text made (rule ``org-shape``) with its names, once per document of this half that
        names it."""
        made = []
        for node in sorted(self.g.graph.subjects(IP.rule, IPR["rule/org-shape"]), key=str):
            labels = {squash(name) for name in self.g.names_of(node)}
            first: dict[str, int] = {}
            for passage in self.g.graph.objects(node, IP.evidence):
                if passage in self.g.passages:
                    doc, offset, _ = self.g.passages[passage]
                    first[doc] = min(first.get(doc, offset), offset)
            made += [(doc, labels) for doc, offset in sorted(first.items()) if doc in self.g.docs
                     and (self.g.docs[doc].half_at(offset) == self.half or self.half is None)]
        return made

    def people(self) -> Tally:
        gold = self.gold["people"]
        tally = Tally("people", len(gold), recall_only=True)
        names = self._names(IP.Person)
        for row in gold:
            name = squash(row["name"])
            match = next((node for node, labels in names.get(row["doc"], {}).items() if name and name in labels), None)
            if match is None:
                tally.errors.append(f"missed {row['doc']}: {row['name']}")
                continue
            tally.correct += 1
            expected = actor_list(row.get("affiliation"))
            if expected:
                got = self._affiliations(match, row["doc"])
                right = bool(actors_agreeing(expected, got))
                tally.attribute("affiliation", right, 1)
                if not right:
                    tally.errors.append(f"affiliation {row['doc']}: {row['name']}: gold {', '.join(expected)}; "
                                        f"found {', '.join(sorted(got)) or 'none'}")
        return tally

    def _affiliations(self, person: Node, doc: str) -> set[str]:
        """A person's affiliations as the annotations may write them: every name of a new organisation (its
        rdfs:label and skos:altLabel, so 香港海關 finds the node labelled 香港海关), and ``country/XX`` for the
        state the graph ties the person to with ip:country: the annotators write a country as the affiliation of a
        state's representative or head named by title alone (日本首相甲, 希腊驻华大使乙, 总理丙), where the
        vocabulary keeps ip:affiliation for organisations. Only what ``doc`` (or the gazetteer) states counts."""
        files = (self.g.files.get(doc), self.g.files.get(Path(REFERENCE_FILE).stem))
        stated = [g for g in files if g is not None] or [self.g.graph]
        keys = {self.g.key(o) for g in stated for o in g.objects(person, IP.country)}
        for body in (o for g in stated for o in g.objects(person, IP.affiliation)):
            key = self.g.key(body)
            keys.add(key)
            if key.startswith("new:"):
                keys.update("new:" + name for name in self.g.names_of(body))
        return keys

    def _names(self, cls: URIRef) -> dict[str, dict[Node, set[str]]]:
        """Every name of every node of a class, by the documents that name it: a node named in several documents
        counts in each."""
        names: dict[str, dict[Node, set[str]]] = {}
        for node in sorted(self.g.graph.subjects(RDF.type, cls), key=str):
            labels = {squash(name) for name in self.g.names_of(node)}
            for passage in self.g.graph.objects(node, IP.evidence):
                if passage in self.g.passages:
                    names.setdefault(self.g.passages[passage][0], {}).setdefault(node, set()).update(labels)
        return names

    @staticmethod
    def _errors(tally: Tally, gold: list[dict], found: list[Found], pairs: list[tuple[dict, Found]],
                field_name: str, kinds: bool = False) -> None:
        """What ``--errors`` lists; for facts paired by label (``kinds``), the counts ``--kinds`` prints too."""
        if kinds:
            tally.kinds = kinds_lines(tally.name, missed_kinds(gold, found, pairs),
                                      unannotated_kinds(gold, found, pairs))
        matched_g = {id(g) for g, _ in pairs}
        matched_f = {id(f) for _, f in pairs}
        tally.errors += [f"missed {g['doc']}: {g.get(field_name) or g['quote']}"
                         for g in gold if id(g) not in matched_g]
        tally.errors += [f"spurious {f.doc}: {f.label}" for f in found if id(f) not in matched_f]

    def by_kind(self) -> dict[str, Callable[[], Tally]]:
        """Each kind's scorer, in the order of ``KINDS``."""
        return {"events": self.events, "agreements": self.agreements, "treaty_actions": self.treaty_actions,
                "pledges": self.pledges, "organisations": self.organisations, "people": self.people}

    def all(self) -> list[Tally]:
        return [score() for score in self.by_kind().values()]


def score_set(name: str, graph_files: list[Path] | None = None, half: str | None = None,
              res: Resources | None = None) -> list[Tally]:
    """Score one evaluation set (``bundled``, ``realtext`` or ``probes``), one half or (None) both, against its
    graph."""
    return score_halves(name, [half], graph_files, res)[half]


def score_halves(name: str, halves: list[str | None], graph_files: list[Path] | None = None,
                 res: Resources | None = None, only: list[str] | None = None) -> dict[str | None, list[Tally]]:
    """Score each of ``halves`` of one evaluation set against one graph, built once.

    ``bundled`` is scored on ``graph_files`` (default: the bundled triples); a set of real texts (``realtext``,
    ``probes``) is built first. ``only`` (the set's document ids, as ``select_documents`` reads them) scores those
    documents alone and builds no other real text: a fold of a half can then be scored apart from the rest. A set
    whose texts were each annotated for some kinds only (``annotated_kinds``) is scored on those kinds, each on its
    own texts.
    """
    res = res or resources()
    folder = res.root / "eval" / name
    docs = bundled_documents(res) if name == "bundled" else realtext_documents(res, name)
    if only is not None:
        docs = {doc: docs[doc] for doc in select_documents(docs, only, folder)}
    gold = {kind: gold_rows(folder, kind) for kind in KINDS}
    if name in TEXT_SETS:
        for rows in gold.values():
            for row in rows:
                row["doc"] = f"{TEXT_SETS[name]}-{row['doc']}"
    with tempfile.TemporaryDirectory() as tmp:
        files = build_realtext(res, Path(tmp), sorted(docs), name) if name in TEXT_SETS else \
            (graph_files or sorted(res.triples.glob("*.ttl")))
        graph = load_graph([res.ontology])
        reports = {path.stem: Graph() for path in files}
        for path in files:  # each file parsed once, into its own graph and the merged one
            parse_turtle(path, reports[path.stem])
            graph += reports[path.stem]
    kinds = annotated_kinds(docs, folder, KINDS)
    if kinds is None:
        facts = GraphFacts(graph, docs, reports)
        return {half: Scorer(facts, gold, half).all() for half in halves}
    by_kind = {kind: GraphFacts(graph, {doc: docs[doc] for doc in ids}, reports) for kind, ids in kinds.items()}
    return {half: [Scorer(facts, gold, half).by_kind()[kind]() for kind, facts in by_kind.items()] for half in halves}


def format_set(name: str, half: str | None, tallies: list[Tally], show_errors: bool = False,
               show_kinds: bool = False) -> str:
    lines = [f"{name}, {half or 'both halves'}:"] + ["  " + t.line() for t in tallies]
    if show_kinds:
        lines += ["    " + k for t in tallies for k in t.kinds]
    if show_errors:
        lines += ["    " + e for t in tallies for e in t.errors]
    return "\n".join(lines)
