"""Treaty actions, session 27 (tr35): an act told as the time of what follows, as authorised or as a procedure, and
a treaty named by its bare noun or by a verb of concluding it. Every sentence here was written for these tests, none
copied from an evaluation text or a probe; each runs the real pipeline.

A span between an act and its 后 (条约生效两年后，…) still makes the act the undated condition of what follows; an
authorisation to sign (授权签署) or the procedure of an act (履行批准该公约的程序) is no act; a bare treaty noun that is
the whole object of a signing (双方签署公约。) is the treaty named last with that noun, and a phrase there that ends
a treaty name printed before (签署地理标志协定。 after 中欧地理标志协定) is that treaty; 达成《A》 concludes it."""

from __future__ import annotations

from tests.unseen.test_treaty_actions_s20 import _told


def test_a_span_before_the_condition_word_keeps_the_act_a_condition():
    text = "《新加坡条约》生效三年后，缔约方将审议其实施情况。\n"
    assert ("singapore-treaty", "EntryIntoForce") not in _told(text)


def test_a_dated_entry_into_force_is_still_told():
    text = "《新加坡条约》于2009年3月16日生效。\n"
    assert ("singapore-treaty", "EntryIntoForce") in _told(text)


def test_an_authorisation_to_sign_is_no_signature():
    text = "该国内阁本周作出决定，授权外交部长签署《马拉喀什条约》。\n"
    assert ("marrakesh-treaty", "Signature") not in _told(text)


def test_the_procedure_of_an_act_is_no_act():
    text = "该国议会正在履行批准《马拉喀什条约》的国内程序。\n"
    assert ("marrakesh-treaty", "Ratification") not in _told(text)


def test_a_bare_noun_that_is_the_whole_object_of_a_signing_is_the_treaty_named_last():
    text = ("《商标法新加坡条约》的谈判于2005年完成。\n"
            "2006年3月28日，两国代表在新加坡正式签署条约。\n")
    assert ("singapore-treaty", "Signature") in _told(text)


def test_a_bare_noun_with_more_after_it_is_not_read_as_the_treaty():
    text = ("《商标法新加坡条约》于2006年3月27日通过。\n"
            "次日，两国签署条约执行安排。\n")
    assert ("singapore-treaty", "Signature") not in _told(text)


def test_reaching_a_treaty_concludes_it():
    text = "各成员国于2013年6月在摩洛哥达成《马拉喀什条约》。\n"
    assert ("marrakesh-treaty", "Conclusion") in _told(text)



def test_a_shorter_name_that_ends_a_treaty_name_printed_before_is_that_treaty():
    text = ("《亚太地区地理标志保护条约》于2019年5月通过。\n"
            "2019年6月，两国正式签署地理标志保护条约。\n")
    told = _told(text)
    adopted = [treaty for treaty, action in told if action == "Adoption"]
    assert adopted and (adopted[0], "Signature") in told


def test_a_phrase_that_ends_no_treaty_name_printed_before_is_none():
    text = ("《亚太地区地理标志保护条约》于2019年5月通过。\n"
            "2019年6月，两国正式签署植物品种保护条约。\n")
    assert [action for _, action in _told(text)] == ["Adoption"]
