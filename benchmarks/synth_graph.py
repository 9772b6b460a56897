"""A synthetic ipgraph graph of any size, shaped like the real one, for timing ``ipgraph check``.

The real graph (``data/triples``) is copied report by report under new report
ids (``<report id>-x007``), so passages, their texts and the country evidence
keep their real shape; each copy also gets the kinds of facts the extractors
are growing towards — events of every class, treaty actions, agreements,
pledges, SDG and Development Agenda links — built from its passages, with a
quote cut from the passage text. ``reference.ttl`` is the real one plus the
SDG goals and targets, Development Agenda recommendations, treaties and
extraction rules those facts point at (only those not already described).

The output is deterministic (no randomness: choices come from a hash of the
node's IRI) and conforms to the shapes: a check of it should report nothing.
``faults`` plants that many known errors, spread over the copies, to time a
run that has findings.

    python benchmarks/synth_graph.py OUT_DIR [--triples 1000000] [--faults 0]
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from rdflib import RDF, Graph, URIRef

ROOT = Path(__file__).resolve().parent.parent
ID = "https://w3id.org/ipgraph/id/"
IP = "https://w3id.org/ipgraph/ontology#"
PREFIXES = (f"@prefix ip: <{IP}> .\n"
            "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
            "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
            "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n")

EVENT_CLASSES = ["Event", "Workshop", "Seminar", "Conference", "Forum", "Meeting", "TrainingCourse", "Webinar",
                 "Summit", "Dialogue", "Roundtable", "Campaign", "Ceremony", "Exhibition"]
AGREEMENT_CLASSES = ["Agreement", "MemorandumOfUnderstanding", "CooperationAgreement", "Protocol", "WorkPlan",
                     "JointStatement", "LetterOfIntent", "Minutes"]
TREATY_ACTIONS = ["Adoption", "Conclusion", "Signature", "Accession", "Ratification", "EntryIntoForce",
                  "Negotiation", "Implementation", "Anniversary"]
MODES = ["InPerson", "Online", "Hybrid"]
SDG_TARGETS = {1: (5, 2), 2: (5, 3), 3: (9, 4), 4: (7, 3), 5: (6, 3), 6: (6, 2), 7: (3, 2), 8: (10, 2), 9: (5, 3),
               10: (7, 3), 11: (7, 3), 12: (8, 3), 13: (3, 2), 14: (7, 3), 15: (9, 3), 16: (10, 2), 17: (19, 0)}
TREATIES = 12
FAULTS = ["impossible-date", "end-before-start", "one-party", "dangling-organiser", "bad-sdg-target",
          "quote-not-in-passage", "pledge-without-actor", "undeclared-property"]


def sdg_target_codes() -> list[str]:
    codes = []
    for goal, (numbered, lettered) in SDG_TARGETS.items():
        codes += [f"{goal}.{i}" for i in range(1, numbered + 1)] + [f"{goal}.{c}" for c in "abcd"[:lettered]]
    return codes


def h(*parts: object) -> int:
    return int.from_bytes(hashlib.blake2b("/".join(map(str, parts)).encode(), digest_size=8).digest(), "big")


def lit(text: str, lang: str | None = None) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"@{lang}' if lang else f'"{escaped}"'


def iri(path: str) -> str:
    return f"<{ID}{path}>"


def dated(day: date, precision: int) -> str:
    if precision == 0:
        return f'"{day.year}"^^xsd:gYear'
    if precision == 1:
        return f'"{day.year}-{day.month:02d}"^^xsd:gYearMonth'
    return f'"{day.isoformat()}"^^xsd:date'


def node(subject: str, pairs: list[tuple[str, str]]) -> tuple[str, int]:
    """One subject's Turtle block and its triple count."""
    body = " ;\n    ".join(f"{p} {o}" for p, o in pairs)
    return f"{subject} {body} .\n", len(pairs)


@dataclass
class Source:
    report_id: str
    text: str
    triples: int
    passages: list[tuple[str, str]]  # (slug, text), in IRI order


def read_sources(triples: Path) -> tuple[list[Source], list[str], list[str], Graph]:
    reference = Graph().parse(triples / "reference.ttl", format="turtle")
    orgs = sorted(str(s) for s in reference.subjects(RDF.type, URIRef(IP + "Organisation")))
    countries = sorted(str(s) for s in reference.subjects(RDF.type, URIRef(IP + "Country")))
    sources = []
    for path in sorted(triples.glob("*.ttl")):
        if path.name == "reference.ttl":
            continue
        graph = Graph().parse(path, format="turtle")
        report_id = path.stem
        prefix = f"{ID}passage/{report_id}/"
        passages = sorted((str(s)[len(prefix):], str(o)) for s, o in graph.subject_objects(URIRef(IP + "text"))
                          if str(s).startswith(prefix))
        sources.append(Source(report_id, path.read_text(encoding="utf-8"), len(graph), passages))
    return sources, orgs, countries, reference


def rename(text: str, report_id: str, copy_id: str, shared: set[str]) -> str:
    """A copy of a report file whose own nodes are all new: the report id inside an IRI becomes the copy's id,
    and any other node not in the reference data gets the copy's suffix; reference nodes stay shared."""
    suffix = copy_id[len(report_id):]

    def new(match: re.Match) -> str:
        iri = match.group(1)
        if ID + iri in shared:
            return match.group(0)
        if report_id in iri:
            return f"<{ID}{iri.replace(report_id, copy_id, 1)}>"
        return f"<{ID}{iri}{suffix}>"

    return re.sub(r"<" + re.escape(ID) + r"([^>]+)>", new, text)


def reference_extra(reference: Graph) -> tuple[str, int]:
    """SDG goals and targets, DA recommendations, treaties and extraction rules not yet in the reference."""
    described = set(reference.subjects())
    blocks, count = [], 0

    def add(path: str, pairs: list[tuple[str, str]]) -> None:
        nonlocal count
        if URIRef(ID + path) in described:
            return
        block, n = node(iri(path), pairs)
        blocks.append(block)
        count += n

    for goal in range(1, 18):
        add(f"sdg/{goal}", [("a", "ip:SDGGoal"), ("rdfs:label", lit(f"可持续发展目标{goal}", "zh")),
                            ("rdfs:label", lit(f"SDG {goal}", "en")), ("ip:code", lit(str(goal))),
                            ("skos:exactMatch", f"<http://metadata.un.org/sdg/{goal}>")])
    for code in sdg_target_codes():
        add(f"sdg/{code}", [("a", "ip:SDGTarget"), ("rdfs:label", lit(f"具体目标{code}", "zh")),
                            ("ip:code", lit(code)), ("ip:goal", iri(f"sdg/{code.split('.')[0]}")),
                            ("skos:exactMatch", f"<http://metadata.un.org/sdg/{code}>")])
    for number in range(1, 46):
        add(f"da/{number}", [("a", "ip:DevelopmentAgendaRecommendation"),
                             ("rdfs:label", lit(f"发展议程建议{number}", "zh")),
                             ("ip:number", str(number)), ("ip:priority", "true" if number % 5 == 0 else "false")])
    for n in range(TREATIES):
        add(f"treaty/bench-{n}", [("a", "ip:Treaty"), ("rdfs:label", lit(f"基准条约{n}", "zh")),
                                  ("ip:acronym", lit(f"BT{n}"))])
    for name in ("events", "agreements", "pledges", "treaty-actions"):
        add(f"rule/bench-{name}", [("a", "ip:ExtractionRule"), ("rdfs:label", lit(f"bench {name}", "en"))])
    return PREFIXES + "\n" + "\n".join(blocks), count


def facts(copy_id: str, source: Source, orgs: list[str], countries: list[str],
          targets: list[str], fault: str | None) -> tuple[str, int]:
    """Synthetic facts for one copy of one report, built from its passages."""
    blocks, count = [], 0
    planted = False
    for i, (slug, text) in enumerate(source.passages):
        if len(text) < 16:
            continue
        key = h(copy_id, slug)
        passage = iri(f"passage/{copy_id}/{slug}")
        quote = text[2:12]
        start = date(2019, 1, 1) + timedelta(days=key % 1700)
        precision = [2, 2, 2, 1, 0][key % 5]
        org, org2 = f"<{orgs[key % len(orgs)]}>", f"<{orgs[(key >> 9) % len(orgs)]}>"
        country = f"<{countries[(key >> 5) % len(countries)]}>"
        common = [("ip:evidence", passage), ("ip:quote", lit(quote)),
                  ("ip:confidence", f'"0.{50 + key % 50}"^^xsd:decimal')]
        subject, pairs = None, []
        if i % 3 == 0:
            cls = EVENT_CLASSES[key % len(EVENT_CLASSES)]
            end = start + timedelta(days=(key >> 3) % 4)
            mode = "Online" if cls == "Webinar" else MODES[(key >> 7) % 3]
            subject = iri(f"event/{copy_id}-{i}")
            pairs = [("a", f"ip:{cls}"), ("rdfs:label", lit(text[:12] + "活动", "zh")),
                     ("ip:startDate", dated(start, precision)), ("ip:endDate", dated(end, precision)),
                     ("ip:mode", f"ip:{mode}"), ("ip:organiser", org), ("ip:participant", country),
                     ("ip:location", country), ("ip:country", country),
                     ("ip:attendeeCount", f'"{key % 500}"^^xsd:nonNegativeInteger'),
                     ("ip:rule", iri("rule/bench-events")), *common]
            if key % 4 == 0:
                pairs.append(("ip:implements", iri(f"da/{1 + key % 45}")))
            if key % 6 == 0:
                pairs.append(("ip:contributesTo", iri(f"sdg/{targets[key % len(targets)]}")))
        elif i % 10 == 1:
            cls = AGREEMENT_CLASSES[key % len(AGREEMENT_CLASSES)]
            subject = iri(f"agreement/{copy_id}-{i}")
            pairs = [("a", f"ip:{cls}"), ("rdfs:label", lit(text[:10] + "协议", "zh")),
                     ("ip:party", org), ("ip:party", country), ("ip:signedDate", dated(start, precision)),
                     ("ip:subject", lit(text[4:14], "zh")), ("ip:rule", iri("rule/bench-agreements")), *common]
        elif i % 12 == 2:
            subject = iri(f"pledge/{copy_id}-{i}")
            pairs = [("a", "ip:Pledge"), ("rdfs:label", lit(text[:10] + "承诺", "zh")), ("ip:actor", org2),
                     ("ip:subject", lit(text[3:15], "zh")),
                     ("ip:contributesTo", iri(f"sdg/{targets[key % len(targets)]}")),
                     ("ip:rule", iri("rule/bench-pledges")), *common]
        elif i % 16 == 3:
            subject = iri(f"treaty-action/{copy_id}-{i}")
            pairs = [("a", "ip:TreatyAction"), ("rdfs:label", lit(text[:10] + "条约行动", "zh")),
                     ("ip:treaty", iri(f"treaty/bench-{key % TREATIES}")),
                     ("ip:action", f"ip:{TREATY_ACTIONS[key % len(TREATY_ACTIONS)]}"), ("ip:actor", country),
                     ("ip:startDate", dated(start, precision)), ("ip:rule", iri("rule/bench-treaty-actions")), *common]
        if subject is None:
            continue
        if fault and not planted:
            pairs, planted = plant(fault, pairs), True
        block, n = node(subject, pairs)
        blocks.append(block)
        count += n
    return "\n".join(blocks), count


def plant(fault: str, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """One known error in one fact."""
    pairs = list(pairs)
    if fault == "impossible-date":
        pairs.append(("ip:startDate", '"2023-02-30"^^xsd:date'))
    elif fault == "end-before-start":
        pairs = [p for p in pairs if p[0] not in ("ip:startDate", "ip:endDate")]
        pairs += [("a", "ip:Event"), ("ip:startDate", '"2023-05-16"^^xsd:date'),
                  ("ip:endDate", '"2023-05-01"^^xsd:date')]
    elif fault == "one-party":
        pairs = [p for p in pairs if p[0] != "ip:party"] + [("a", "ip:Agreement"), ("ip:party", iri("org/WIPO"))]
    elif fault == "dangling-organiser":
        pairs += [("a", "ip:Event"), ("ip:organiser", iri("org/NO-SUCH-ORG"))]
    elif fault == "bad-sdg-target":
        pairs.append(("ip:contributesTo", iri("sdg/9.9")))
    elif fault == "quote-not-in-passage":
        pairs = [p for p in pairs if p[0] != "ip:quote"] + [("ip:quote", lit("这句话不在段落里"))]
    elif fault == "pledge-without-actor":
        pairs = [p for p in pairs if p[0] != "ip:actor"] + [("a", "ip:Pledge")]
    elif fault == "undeclared-property":
        pairs.append(("ip:venue", lit("Geneva")))
    return pairs


@dataclass
class Stats:
    files: int
    triples: int
    copies: int
    faults: int


def generate(out: Path, triples: int = 1_000_000, faults: int = 0, source: Path | None = None) -> Stats:
    """Write a graph of at least ``triples`` triples to ``out``: one file per report copy plus reference.ttl."""
    source = source or ROOT / "data" / "triples"
    sources, orgs, countries, reference = read_sources(source)
    shared = {str(s) for s in reference.subjects()}
    targets = sdg_target_codes()
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.ttl"):
        old.unlink()
    extra, extra_count = reference_extra(reference)
    reference_text = (source / "reference.ttl").read_text(encoding="utf-8")
    (out / "reference.ttl").write_text(reference_text + "\n" + extra, encoding="utf-8")
    total, files, k, planted = len(reference) + extra_count, 1, 0, 0
    while total < triples:
        for s in sources:
            if total >= triples:
                break
            copy_id = f"{s.report_id}-x{k:03d}"
            text = rename(s.text, s.report_id, copy_id, shared)
            text = re.sub(r'(ip:sourceFile "[^"]*?)\.txt"', rf'\1-x{k:03d}.txt"', text)
            fault = FAULTS[planted % len(FAULTS)] if planted < faults else None
            block, n = facts(copy_id, s, orgs, countries, targets, fault)
            planted += fault is not None
            (out / f"{copy_id}.ttl").write_text(text + "\n" + PREFIXES + "\n" + block, encoding="utf-8")
            total += s.triples + n
            files += 1
        k += 1
    return Stats(files, total, k, planted)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--faults", type=int, default=0)
    args = parser.parse_args(argv)
    stats = generate(args.out, args.triples, args.faults)
    print(f"wrote {stats.files} files, ~{stats.triples:,} triples ({stats.copies} copies, {stats.faults} faults) "
          f"to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
