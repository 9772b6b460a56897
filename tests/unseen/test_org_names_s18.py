"""Session 18 (mn22), names of organisations that hold a function word's character inside a word of their own:
sentences written for these tests, none copied from a report, an evaluation text or a probe, read by the real
mention stage."""

from __future__ import annotations

from tests.unseen.test_people import new_orgs


def test_a_company_trade_name_holding_wei_or_de_is_read_whole(res):
    """为民, 有为, 大为 and 美的 (break_words.tsv) hold the 为 or 的 that ends a name elsewhere; inside a company's
    trade name they are words of it, so the name reads on to its place, not only its trade's noun (科技有限公司)."""
    for text, name in (("本届论坛由成都为民软件有限公司承办。", "成都为民软件有限公司"),
                       ("会上,苏州有为新材料科技有限公司介绍了专利布局经验。", "苏州有为新材料科技有限公司"),
                       ("南京聚智大为信息咨询有限公司与该校签署了合作协议。", "南京聚智大为信息咨询有限公司"),
                       ("合肥美的洗衣机有限公司获评国家知识产权示范企业。", "合肥美的洗衣机有限公司")):
        assert name in new_orgs(text, res), text


def test_the_function_words_still_end_names_outside_those_words(res):
    """为 and 的 outside those words still end a name read leftwards (为X中心提供, 新建的X中心)."""
    assert "市知识产权保护中心" in new_orgs("市政府为市知识产权保护中心提供了办公场地。", res)
