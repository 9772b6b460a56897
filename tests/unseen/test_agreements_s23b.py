"""Agreements, session 23 (ag30): a company that refers back to itself as the subject of a signing clause (X宣布，
公司已与Y达成…; 该公司后来宣布已与…; 公司于某日上午与Y签订) is the company the text named before it — the speaker
of an announcing clause before, in its sentence, its passage or the passage before — not a new organisation
called 公司; and a Chinese name glossed by its stock code (某某股份(002838.SZ)) is a company. Every sentence here
was written for these tests, none copied from an evaluation text or a probe; each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_dates_s13 import agreements


def _parties(text: str) -> list[list[str]]:
    return sorted(sorted(a.parties) for a in agreements(text, date="2024-06-01"))


def test_company_after_an_announcing_clause_is_the_announcer():
    text = "据外媒报道，ZETA宣布，公司已与青禾集团达成了新的专利许可协议。\n"
    assert _parties(text) == [["org/qing-he-ji-tuan", "org/zeta"]]


def test_the_company_refers_back_to_the_passage_before():
    text = "ZETA表示，它已在亚洲签署多份许可协议。\n该公司后来宣布已与VOLTA达成专利许可协议。\n"
    assert ["org/volta", "org/zeta"] in _parties(text)


def test_a_counterpart_named_before_is_not_the_company():
    text = ("云岫股份(300123.SZ)发布公告，拟投资建设新材料项目。\n"
            "鉴于青禾研究院有限公司拥有相关专利，公司于2024年5月6日与青禾研究院有限公司签订了《专利合作协议》。\n")
    parties = _parties(text)
    assert len(parties) == 1 and "org/yun-xiu-gu-fen" in parties[0]
    assert all("org/gong-si" not in p for p in parties[0])


def test_a_name_that_ends_in_company_is_a_name():
    text = "青禾科技有限公司已与VOLTA签署专利许可协议。\n"
    assert _parties(text) == [["org/qing-he-ke-ji-you-xian-gong-si", "org/volta"]]
