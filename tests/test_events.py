"""Events of the real reports: dates, places, modes, actors and attendance of named workshops and forums."""

from __future__ import annotations

import pytest
import rdflib
from rdflib import RDF, RDFS, Literal

from ipgraph.check import load_graph
from ipgraph.dates import find_dates
from ipgraph.triples import IP, IPR


@pytest.fixture(scope="module")
def graph(built):
    _, out = built
    return load_graph(sorted(out.glob("*.ttl")))


def event_at(graph, report: str, slug: str):
    passage = IPR[f"passage/{report}/{slug}"]
    found = [e for e in graph.subjects(IP.evidence, passage) if str(e).startswith(str(IPR["event/"]))]
    assert len(found) == 1, found
    return found[0]


def values(graph, node, predicate) -> set[str]:
    return {str(v).removeprefix(str(IPR)) for v in graph.objects(node, predicate)}


@pytest.mark.parametrize("text, expected", [
    ("2024 年 3 月 26 日和 27 日", ("2024-03-26", "2024-03-27")),
    ("2024 年 5 月 1 日、2 日、8 日、15 日和 16 日", ("2024-05-01", "2024-05-16")),
    ("2024年10月31日至11月1日", ("2024-10-31", "2024-11-01")),
    ("9月12至13日", ("2024-09-12", "2024-09-13")),
    ("2023年1月31日至2月1日", ("2023-01-31", "2023-02-01")),
    ("2024 年 7 月", ("2024-07", "2024-07")),
    ("在 2024 年", ("2024", "2024")),
])
def test_every_chinese_date_form(text, expected):
    found = find_dates(text, 2024)
    assert [(d.start, d.end) for d in found] == [expected]


def test_impossible_dates_are_dropped():
    assert find_dates("2024年2月30日", None) == []


def test_lusaka_workshop(graph):
    event = event_at(graph, "wipo-ace-17-activities", "8-1")
    assert (event, RDF.type, IP.Workshop) in graph
    assert graph.value(event, IP.startDate) == Literal("2024-03-26", datatype=rdflib.XSD.date)
    assert graph.value(event, IP.endDate) == Literal("2024-03-27", datatype=rdflib.XSD.date)
    assert graph.value(event, IP.country) == IPR["country/ZM"]
    assert graph.value(event, IP.location) == IPR["city/lusaka"]
    assert "org/WIPO-AFRICA-DIVISION" in values(graph, event, IP.partner)
    assert graph.value(event, IP.attendeeCount) == Literal(30, datatype=rdflib.XSD.nonNegativeInteger)


def test_egyptian_workshop_online_on_five_days(graph):
    event = event_at(graph, "wipo-ace-17-activities", "8-2")
    assert graph.value(event, IP.mode) == IP.Online
    assert str(graph.value(event, IP.startDate)) == "2024-05-01" and str(graph.value(event, IP.endDate)) == "2024-05-16"


def test_trinidad_seminar_partners_host_and_attendance(graph):
    event = event_at(graph, "wipo-ace-17-activities", "8-6")
    assert {"org/TTIPO", "org/USPTO"} <= values(graph, event, IP.partner)
    assert "org/TT-CED" in values(graph, event, IP.organiser)
    assert graph.value(event, IP.attendeeCount) == Literal(46, datatype=rdflib.XSD.nonNegativeInteger)
    assert graph.value(event, IP.country) == IPR["country/TT"]


def test_hybrid_icc_meeting_in_paris(graph):
    event = event_at(graph, "wipo-ace-17-activities", "11-8")
    assert graph.value(event, IP.mode) == IP.Hybrid
    assert graph.value(event, IP.location) == IPR["city/paris"]


def test_belize_seminar_spans_two_months(graph):
    event = event_at(graph, "wipo-ace-17-activities", "8-7")
    assert str(graph.value(event, IP.startDate)) == "2024-10-31" and str(graph.value(event, IP.endDate)) == "2024-11-01"
    assert "org/BELIPO" in values(graph, event, IP.partner)


def test_inferred_organiser_is_marked(graph):
    event = event_at(graph, "wipo-ace-17-activities", "11-17")
    assert values(graph, event, IP.inferredOrganiser) <= values(graph, event, IP.organiser)
    listed = [e for e in graph.subjects(IP.evidence, IPR["passage/wipo-ace-17-activities/9"])
              if str(e).startswith(str(IPR["event/"]))]
    assert len(listed) == 6
    assert all(values(graph, e, IP.inferredOrganiser) == {"org/WIPO"} for e in listed)


def test_forum_with_four_hosts_and_three_co_organisers_told_many_times(graph):
    event = event_at(graph, "hongqiao-2024-ip-forum", "sec2-p1")
    assert (event, RDF.type, IP.Forum) in graph
    assert values(graph, event, IP.organiser) == {"org/MOFCOM", "org/SAMR", "org/WIPO", "org/GLOBAL-SERVICES-TRADE-ALLIANCE"}
    assert values(graph, event, IP.partner) == {"org/SHANGHAI-AMR", "org/CAEFI", "org/SAMR-DRC"}
    assert len(set(graph.objects(event, IP.evidence))) > 10
    assert "person/edward-kwakwa" in values(graph, event, IP.participant)


def test_white_paper_named_meetings_without_a_date_get_none(graph):
    cnipa = [e for e, _ in graph.subject_objects(IP.evidence) if str(e).startswith(str(IPR["event/cnipa"]))]
    labels = {str(graph.value(e, RDFS.label)): e for e in cnipa}
    meeting = labels["第三十一届PCT国际单位会议"]
    assert graph.value(meeting, IP.startDate) is None


def test_every_event_names_its_rule_and_confidence(graph):
    events = {e for e, _ in graph.subject_objects(IP.evidence) if str(e).startswith(str(IPR["event/"]))}
    assert len(events) > 60
    for event in events:
        assert graph.value(event, IP.rule) is not None and graph.value(event, IP.confidence) is not None
