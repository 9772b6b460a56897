"""A signing a report sums up rather than tells: an instrument without a title whose clause counts the signings.

Year-end reports and white papers list the year's work in sentences that count what was signed instead of naming it
(与共建国家签署合作协议84份, 与马来西亚、印度尼西亚、新加坡等多个国家签订了…谅解备忘录, 连续数年共同签署年度…
合作协议, 于2016及2017年再签署两份协议). Such a clause tells no agreement one could name, date or give its parties:
a count or plural of unnamed instruments is no agreement (eval/SCHEMA.md). News names the instrument it tells
(签署了《A》) or tells one signing between named sides (与B签署合作备忘录); neither is counted, so neither is summed
up. Three shapes count a signing, each read from signing.tsv:

- the instrument is counted (30多项合作协议, 两份协议, 协议84份; lists ``several`` and ``measure``);
- its counterparts are counted loosely (等多个国家, 与30多个国家; lists ``loose`` and ``counter``), where an exact
  count after names (分别与A、B等6家银行) still names instruments one by one, but not one right after 与 that names
  none (与12个国家签署…合作文件);
- the signing is repeated (连续数年, 每年, 多次; list ``series``).
"""

from __future__ import annotations

from ipgraph.extract.agreement_parties import Item
from ipgraph.extract.agreement_rules import AgreementRules
from ipgraph.zh.grammar import QUOTE_OPENS

_TITLED = QUOTE_OPENS + '"'
"""Marks that open an instrument's own name: a titled instrument is named, whatever its clause counts."""


def summed_up(rules: AgreementRules, several: bool, sentence: str, clause: tuple[int, int], item: Item) -> bool:
    """Whether ``item``, signed by the verb at ``clause[1]`` in the clause from ``clause[0]``, is a count of unnamed
    instruments; ``several`` says the instrument's own words count it (InstrumentNames._several)."""
    if any(mark in sentence[max(item.start - 1, 0):item.end] for mark in _TITLED):
        return False
    after, loose, series = rules.summing
    before = sentence[clause[0]:clause[1]]
    return several or bool(after.match(sentence, item.end) or loose.search(before) or series.search(before))
