"""Agreements, session 34 (ag47): several signatories each signing with a list of counterparts closed by a count
(A、B分别与C、D等5家企业签署) sign one instrument with all of them, the lists not being parallel; a list of
signatories ended by a comma before 分别与 (A、B、C，分别与…) is still the clause's subject; a bare count of cities
(三市代表共同签署) stands for the last list of as many prefecture-level cities printed in full before it, each
city's government. Every sentence here was written for these tests, none copied from an evaluation text or a probe;
each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_dates_s13 import agreements


def _only(text: str) -> set[str]:
    """The parties of the one agreement ``text`` tells (the test fails when it tells none or several)."""
    (told,) = agreements(text, date="2024-05-10")
    return set(told.parties)


def test_signatories_each_with_a_counted_list_sign_one_instrument():
    assert len(_only("5月8日，中南大学、四川大学分别与青禾科技有限公司、远山光电有限公司等5家企业签署专利转化"
                     "合作协议。\n")) == 4


def test_a_subject_list_ended_by_a_comma_before_fenbie_still_signs():
    parties = _only("5月8日，中南大学、中山大学、四川大学，分别与青禾科技有限公司、远山光电有限公司等6家企业签署"
                    "合作协议。\n")
    assert {"org/zhong-nan-da-xue", "org/si-chuan-da-xue"} <= parties and len(parties) == 5


def test_a_bare_count_of_cities_stands_for_the_cities_listed_before():
    assert _only("株洲、湘潭、岳阳三地产业互补，合作由来已久。\n5月8日，三市代表在会上共同签署了《湘东知识产权协同"
                 "保护协议》。\n") == {"org/xiang-tan-shi", "org/yue-yang-shi", "org/zhu-zhou-shi"}


def test_qian_le_signs_an_instrument_but_not_a_name_or_a_signature():
    told = agreements("5月8日，中南大学与青禾科技有限公司签了一份知识产权合作协议。\n", date="2024-05-10")
    assert [a.label for a in told] == ["知识产权合作协议"]
    assert agreements("5月8日，双方代表在协议上签了字。\n", date="2024-05-10") == []


def test_a_licence_or_transfer_contract_between_named_sides_is_an_agreement():
    told = agreements("5月8日，中南大学与青禾科技有限公司签订专利实施许可合同。\n", date="2024-05-10")
    assert [a.label for a in told] == ["专利实施许可合同"]
    assert agreements("该校去年共签订技术转让合同120项。\n", date="2024-05-10") == []


def test_a_witnessed_signing_told_as_a_noun_is_the_named_sides_agreement():
    told = agreements("5月8日，副市长张三见证了青禾大学与远山科技有限公司知识产权合作协议的签署。\n", date="2024-05-10")
    assert [(a.label, len(a.parties), a.date) for a in told] == [("知识产权合作协议", 2, "2024-05-08")]
    assert agreements("5月8日，双方备忘录的签署将使合作更加紧密。\n", date="2024-05-10") == []


def test_saudi_arabia_by_its_short_name_keeps_the_run_of_counterparts():
    assert _only("5月8日，国家知识产权局与沙特、阿联酋等5个国家签署合作谅解备忘录。\n") == {
        "org/CNIPA", "country/SA", "country/AE"}
