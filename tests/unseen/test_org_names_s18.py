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


def test_a_long_name_opening_with_a_place_is_read_whole(res):
    """Past sixteen characters the leftwards reading goes on (reach.py) when a place opens the run further on,
    printed with its suffix or a bracket (中国（湖北）, 梧州市): zones' bodies and joint bodies' offices run long."""
    for text, name in (("中国(广西)自由贸易试验区钦州港片区市场监督管理局开展专利执法检查。",
                        "中国(广西)自由贸易试验区钦州港片区市场监督管理局"),
                       ("近日,中国（湖北）自由贸易试验区襄阳片区管理委员会知识产权服务中心揭牌。",
                        "中国（湖北）自由贸易试验区襄阳片区管理委员会知识产权服务中心"),
                       ("会后,梧州市知识产权强市建设工作联席会议办公室印发了工作要点。",
                        "梧州市知识产权强市建设工作联席会议办公室")):
        assert name in new_orgs(text, res), text


def test_a_long_headline_opening_with_a_bare_place_is_no_name(res):
    """A run that long opening with a place printed bare (a headline's subject and verbs) stays cut."""
    assert not any(n.startswith("柳州") for n in new_orgs("柳州九部门联合发文合力织密知识产权保护网", res))
