"""Regression (session 29): ``told_dates`` chose the name a mention of a noun ends by iterating a set of labels, so
when two names end there (论坛 and 江城知识产权论坛) the hash seed of the process chose which event the date was
told of. The longest name wins now, in any order the events were found."""

from __future__ import annotations

from ipgraph.extract.events.fact import EventFact
from ipgraph.extract.events.loading import load_rules
from ipgraph.extract.events.told_dates import told_dates
from ipgraph.resources import resources
from ipgraph.zh.dates import find_dates

TEXT = "本届江城知识产权论坛的时间为9月16日。"


def _dated(order: list[str]) -> dict[str, str | None]:
    found = [EventFact("Forum", label, "2023") for label in order]
    told_dates(found, [TEXT], lambda i: find_dates(TEXT, 2023), load_rules(resources().knowledge))
    return {e.label: e.start for e in found}


def test_the_longest_name_a_mention_ends_is_the_one_a_date_is_told_of():
    for order in (["论坛", "江城知识产权论坛"], ["江城知识产权论坛", "论坛"]):
        assert _dated(order) == {"江城知识产权论坛": "2023-09-16", "论坛": "2023"}
