"""Treaty actions, session 23 (tr30): a signing told in a relative clause before the treaty (各方签署的《A》正式生效)
is a given the clause takes for granted, while the clause tells another act; the clause's date is that act's, so the
given keeps only a date of its own (2012年签署的《A》) and, undated, is the signing told elsewhere with its date.
Every sentence here was written for these tests, none copied from an evaluation text or a probe; each runs the real
pipeline."""

from __future__ import annotations

from tests.unseen.test_treaties_s16 import _acts


def test_a_signing_in_a_relative_clause_takes_not_the_date_of_the_entry_into_force():
    text = "2020年4月28日，各方签署的《视听表演北京条约》正式生效。\n"
    acts = {(treaty, action): date for treaty, action, _, date in _acts(text)}
    assert acts == {("beijing-treaty", "Signature"): None, ("beijing-treaty", "EntryIntoForce"): "2020-04-28"}


def test_a_signing_in_a_relative_clause_is_the_signing_told_with_its_date():
    text = ("《视听表演北京条约》于2012年6月26日在北京签署。\n"
            "八年之后的2020年4月28日，各方签署的《视听表演北京条约》正式生效。\n")
    signed = [date for _, action, _, date in _acts(text) if action == "Signature"]
    assert signed == ["2012-06-26"]


def test_a_relative_clause_with_its_own_date_keeps_it():
    text = "2012年签署的《视听表演北京条约》于2020年4月28日正式生效。\n"
    acts = {(treaty, action): date for treaty, action, _, date in _acts(text)}
    assert acts[("beijing-treaty", "Signature")] == "2012"
    assert acts[("beijing-treaty", "EntryIntoForce")] == "2020-04-28"
