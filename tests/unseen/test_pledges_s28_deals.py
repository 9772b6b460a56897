"""Session 28 (pl37) of the pledges: a deal that is the subject of 将 (这个协议将包括…, 该协定将于…生效, …，它将标明…)
foretells what the deal is or brings, and a cue with its modal before a verb and 的 (正在或将要采取的措施) qualifies
a noun — neither is anyone's pledge; each read by the real pipeline on sentences written for these tests (none copied
from an evaluation text or a probe)."""

from __future__ import annotations

from tests.unseen.test_pledges_s18 import _said


def test_a_deal_as_the_whole_subject_of_its_clause_tells_what_it_will_be_not_a_pledge():
    # 这个 is a demonstrative like 该 and 这一; what follows 将 need not be a verb of what the deal brings about
    assert _said("国家知识产权局局长李华表示，我们将商签一个新的框架协议，这个协议将包括审查、执法、培训等领域。") == [
        ("org/CNIPA", "li-hua", "我们将商签一个新的框架协议")]
    # a treaty's head noun (协定) ends a deal as an instrument's noun does; the date it takes effect is foretold
    assert _said("世界知识产权组织总干事表示，这个新的协定将能全面反映各方合作的各个方面。") == []
    assert _said("欧盟委员会发言人表示，该备忘录将于签署之日起生效。") == []


def test_it_after_a_deal_in_its_sentence_is_the_deal():
    # 并且 is a lead word, 它 the deal named before it in the sentence
    assert _said("世界知识产权组织总干事表示，这一协定将惠及各成员国，并且它将标明多边合作的新阶段。") == []
    # with no deal before it, 它 is left to the rules that read any subject
    assert _said("国家知识产权局局长李华表示，我们将继续深化合作。") == [
        ("org/CNIPA", "li-hua", "我们将继续深化合作")]


def test_a_cue_and_its_modal_before_a_verb_and_de_qualify_the_noun_after():
    # 正在或将要采取的多项措施: things under way or to come, told of, not what the side commits to
    assert _said("会上，中方介绍了正在或将要采取的多项措施。") == []
    # but 将 and a verb going on to its object is the side's own future act
    assert _said("中方表示，将要采取更多措施加强知识产权保护。") == [
        ("country/CN", None, "将要采取更多措施加强知识产权保护")]
