"""A class of bodies as a clause's subject: a phrase naming every body of a kind in the country or a place
(全国公安机关, 全省海关, 各级人民法院), read from the gazetteer's head nouns. In a white paper's prose such a
class carries out the named campaigns (2022年，全国公安机关深入开展“…”专项行动): the verb after it has its
subject, as after an organisation's name, though no one body holds the event (``clauses.class_subject``)."""

from __future__ import annotations

from pathlib import Path

from ipgraph.extract.mentions.spans import HAN
from ipgraph.knowledge.gazetteer import load as load_gazetteer, read_tsv
from ipgraph.zh.grammar import WHOLE, alternation

EVERY_OF = ("national-office", "customs", "court", "prosecution", "police")
"""Kinds of body every place has its own of (org_heads.tsv), so that 全国 or 各级 before the bare head names
them all."""


def every_body(data_dir: Path) -> str:
    """A regex of the phrase: 全 and a level (全国, 全省) or a word of generality that opens with 各 (各地, 各级:
    generic_words.tsv), a few characters of field (全国知识产权管理部门's 知识产权), and a head of a kind each place has
    its own of; empty when the gazetteer lists no such head."""
    gazetteer = load_gazetteer(data_dir)
    heads = alternation(tuple(h.head for h in gazetteer.org_heads if h.kind in EVERY_OF))
    levels = "".join(s for s in gazetteer.place_suffixes if len(s) == 1)
    general = alternation(tuple(r["word"] for r in read_tsv(data_dir / "gazetteer" / "generic_words.tsv",
                                                            ("word", "use"))
                                if r["use"] == "opens" and r["word"].startswith("各")))
    return rf"(?:{WHOLE}[国{levels}]|{general}){HAN}{{0,6}}?(?:{heads})" if heads else ""
