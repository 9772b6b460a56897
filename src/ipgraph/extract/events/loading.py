"""The event extractor's knowledge files read into its rules (``model.EventRules``): the event nouns, roles, modes,
attendance words, named days and word lists of knowledge/events, each row checked so that a researcher's mistake in
a file names the file and line instead of matching everywhere or nowhere."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ipgraph.errors import InputError
from ipgraph.extract.events.classes import every_body
from ipgraph.extract.events.model import ROLES, EventRules
from ipgraph.extract.mentions.spans import HAN
from ipgraph.knowledge.gazetteer import load as load_gazetteer, read_tsv
from ipgraph.knowledge.ontology import event_modes, event_types
from ipgraph.knowledge.wordlists import checked, event_nouns, word_lists
from ipgraph.zh.folding import Folding

HALF_WIDTH_BRACKETS = {ord("("): "（", ord(")"): "）"}


def _around_slot(pattern: str) -> tuple[str, str]:
    """The words before and after a role pattern's one slot X (由X主办 → 由, 主办)."""
    before, _, after = pattern.partition("X")
    return before, after


@lru_cache(maxsize=4)
def load_rules(data_dir: Path) -> EventRules:
    folder = data_dir / "events"
    types = list(event_nouns(data_dir))
    roles = checked(folder / "roles.tsv", read_tsv(folder / "roles.tsv", ("role", "pattern")), "role", ROLES)
    modes = checked(folder / "modes.tsv", read_tsv(folder / "modes.tsv", ("mode", "word")), "mode", event_modes())
    attendance = checked(folder / "attendance.tsv", read_tsv(folder / "attendance.tsv", ("word", "kind")), "kind",
                          ("attend", "exclude", "part"))
    days = checked(folder / "days.tsv", read_tsv(folder / "days.tsv", ("word", "date", "type", "first")), "type",
                   event_types())
    for row in days:
        if not re.fullmatch(r"(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])", row["date"]):
            raise InputError(folder / "days.tsv", f"date {row['date']!r} is not MM-DD", int(row["_line"]))
        if not re.fullmatch(r"\d{4}", row["first"]):
            raise InputError(folder / "days.tsv", f"first {row['first']!r} is not a year", int(row["_line"]))
    for row in roles:
        if row["pattern"].count("X") != 1:
            raise InputError(folder / "roles.tsv", f"pattern {row['pattern']!r} needs exactly one slot X",
                             int(row["_line"]))
    for name, column in (("types", "word"), ("days", "word"), ("modes", "word"), ("attendance", "word"),
                         ("words", "word")):
        for row in read_tsv(folder / f"{name}.tsv", (column,)):
            if not row[column]:
                raise InputError(folder / f"{name}.tsv", f"empty {column}: it would match everywhere",
                                 int(row["_line"]))
    words = word_lists(folder / "words.tsv")
    return EventRules(
        types=tuple(sorted(((r["word"], r["type"], r["licence"]) for r in types), key=lambda t: -len(t[0]))),
        roles=tuple((r["role"], *_around_slot(r["pattern"])) for r in roles),
        modes=tuple(sorted(((r["mode"], r["word"]) for r in modes), key=lambda m: m[0] != "Hybrid")),
        attend=tuple(r["word"] for r in attendance if r["kind"] == "attend"),
        exclude=tuple(r["word"] for r in attendance if r["kind"] == "exclude"),
        part=tuple(r["word"] for r in attendance if r["kind"] == "part"),
        words=words,
        days=tuple((r["word"], r["date"], r["type"], int(r["first"])) for r in days),
        abbreviations=tuple(r["abbreviation"] for r in read_tsv(data_dir / "commitments" / "country_abbreviations.tsv",
                                                                 ("abbreviation", "node"))),
        credits=word_lists(data_dir / "gazetteer" / "media_cues.tsv")["reporter"],
        places=load_gazetteer(data_dir).place_shape(HAN),
        every_body=every_body(data_dir),
        simplifying=Folding({**load_gazetteer(data_dir).one_script, **HALF_WIDTH_BRACKETS}),
    )
