"""Passages of the real reports: locators, clean text, footnotes and offsets."""

from __future__ import annotations

import re

from ipgraph.ingest.passages import BULLET, FOOTNOTE, HEADING, PARAGRAPH, normalise, segment

from conftest import REPORT_IDS, report_text


def by_slug(passages, report_id):
    return {p.slug: p for p in passages[report_id]}


def test_ace_paragraphs_are_numbered_1_to_20_in_order(passages):
    numbered = [p.locator for p in passages["wipo-ace-17-activities"] if p.kind == PARAGRAPH and p.locator.isdigit()]
    assert numbered == [str(n) for n in range(1, 21)]


def test_ace_bullets_of_paragraph_8_are_passages_of_their_own(passages):
    bullets = [p for p in passages["wipo-ace-17-activities"] if p.parent == "8"]
    assert [p.locator for p in bullets] == [f"8-{k}" for k in range(1, 10)]
    assert all(p.kind == BULLET for p in bullets)
    assert bullets[0].text.startswith("为执法官员和司法人员举办的知识产权执法国家讲习班，"
                                      "2024 年 3 月 26 日和 27 日在赞比亚卢萨卡举办")
    assert bullets[-1].text.startswith("产权组织-沙特知识产权局 IMPACT 能力建设项目")


def test_paragraph_interrupted_by_a_page_footnote_is_one_passage(passages):
    para3 = by_slug(passages, "wipo-ace-17-activities")["3"]
    assert "亚洲及太平洋、拉丁美洲及加勒比" in para3.text
    assert para3.text.endswith("和产权组织新加坡办事处的合作。")


def test_no_cdip_page_header_survives(passages):
    for p in passages["wipo-cdip-33-2"]:
        assert "附件一第" not in p.text, p.slug
        assert not re.search(r"CDIP/33/2\s*附件", p.text), p.slug
        assert not re.search(r"建议 \d+\*?\d*\s*$", p.text) or p.kind == HEADING, p.slug
        assert "建议 1*1" not in p.text, p.slug


def test_cdip_sentences_broken_across_lines_and_pages_are_whole(passages):
    texts = [p.text for p in passages["wipo-cdip-33-2"]]
    line_break = ("产权组织的技术援助应尤其面向发展、按需求提供、透明，"
                  "并兼顾发展中国家尤其是最不发达国家的优先重点和特别需求")
    page_break = "为孟加拉国、柬埔寨和老挝人民民主共和国设计学校的教授、学生和校友提供指导和技能学习"
    assert sum(line_break in t for t in texts) == 1
    assert sum(page_break in t for t in texts) == 1


def test_superscript_footnotes_are_linked_passages(passages):
    ace = by_slug(passages, "wipo-ace-17-activities")
    assert ace["2"].footnotes == ("fn1",)
    assert ace["fn1"].kind == FOOTNOTE
    assert ace["fn1"].text.startswith("见《产权组织 2022-2026 年中期战略计划》")
    assert "<sup>" not in ace["2"].text and "全球论坛。其中还设想" in ace["2"].text
    assert ace["20"].footnotes == ("fn8", "fn9")


def test_inline_bracket_footnotes_are_linked_passages(passages):
    sdg = by_slug(passages, "wipo-sdg-2023")
    assert sdg["1"].footnotes == ("fn2",)
    assert sdg["fn2"].text.startswith("可持续发展目标及相关具体目标的清单可查阅")
    assert "footnoteRef" not in sdg["1"].text and "[2:" not in sdg["1"].text
    assert sdg["9"].footnotes == ("fn4", "fn5")


def test_pdf_footnotes_are_linked_passages(passages):
    cdip = passages["wipo-cdip-33-2"]
    heading = next(p for p in cdip if p.kind == HEADING and p.text == "建议 1*")
    assert heading.footnotes == ("fn1",)
    fn1 = next(p for p in cdip if p.slug == "fn1")
    assert fn1.text == "标有*星号的发展议程建议是 2007 年大会确定的需要立即落实的建议。"
    fn2 = next(p for p in cdip if p.slug == "fn2")
    assert "摩尔多瓦共和国" in fn2.text and fn2.text.endswith("和安第斯共同体。")


def test_footnote_citations_all_resolve(passages):
    for report_id in REPORT_IDS:
        slugs = {p.slug for p in passages[report_id]}
        for p in passages[report_id]:
            assert set(p.footnotes) <= slugs


def test_offsets_slice_back_to_the_passage_text(passages):
    for report_id in REPORT_IDS:
        text = report_text(report_id)
        body = [p for p in passages[report_id] if p.kind not in (FOOTNOTE, HEADING)]
        mismatched = [p.slug for p in body if normalise(text[p.start:p.end]) != p.text]
        assert len(mismatched) <= len(body) // 100, (report_id, mismatched[:5])
        assert all(0 <= p.start < p.end <= len(text) for p in passages[report_id])


def test_slugs_are_unique_and_iri_safe(passages):
    for report_id in REPORT_IDS:
        slugs = [p.slug for p in passages[report_id]]
        assert len(slugs) == len(set(slugs)), report_id
        assert all(re.fullmatch(r"[A-Za-z0-9-]+", s) for s in slugs)


def test_unnumbered_text_is_located_by_its_heading_path(passages):
    cnipa = passages["cnipa-ip-protection-2024"]
    located = next(p for p in cnipa if p.text.startswith("与新西兰签署"))
    assert located.locator == "五、国际合作 > （一）多边、双边合作 > 2. 合作协议和工作计划 ¶3"


def test_forum_speaker_rows_are_passages(passages):
    rows = [p.text for p in passages["hongqiao-2024-ip-forum"]]
    assert "Jorge Fainstein Day Gastrell 国际刑警组织能力提升和培训局局长" in rows
    assert "爱德华·夸夸 世界知识产权组织助理总干事" in rows


# --- issue 16, patterns 4 and 7: a line of its own in a text of one paragraph per line -------------------------

_RELEASE = ("甲市知识产权局一行赴乙区调研知识产权工作\n"
            "近日，甲市知识产权局副局长丙丁一行来到乙区调研。\n"
            "（调研现场）\n"
            "一\n"
            "聚焦前沿，筑牢知识产权保护防线\n"
            "甲市检察院联合乙法院开展专项行动，\n"
            "查办侵权案件12件。\n")


def test_a_headline_a_caption_and_a_heading_are_lines_of_their_own_in_a_release():
    assert [p.text for p in segment(_RELEASE)] == [
        "甲市知识产权局一行赴乙区调研知识产权工作", "近日，甲市知识产权局副局长丙丁一行来到乙区调研。", "（调研现场）",
        "一", "聚焦前沿，筑牢知识产权保护防线",
        "甲市检察院联合乙法院开展专项行动，查办侵权案件12件。"]  # a line stopping at a comma runs on


def test_a_wrapped_conversion_still_runs_its_lines_on():
    wrapped = ("甲市举办2025年知识产权保护论坛\n"
               "5月8日，2025年甲市知识产权保护论坛在甲市举行，来自全省各地的专家学者和企业代\n"
               "表参加论坛，围绕知识产权保护与运用、数据知识产权和地理标志保护等议题展开研讨和交\n"
               "流。\n")
    last = segment(wrapped)[-1].text
    assert "企业代表参加论坛" in last and last.endswith("展开研讨和交流。")


def test_a_mirrors_glosses_do_not_make_a_short_page_look_double_spaced():
    """A mirror prints pinyin after its characters (知識(shí)產(chǎn)權(quán)): a short page's headline and source
    line, so lengthened, counted as wrapped lines, the page was read as a PDF conversion double-spaced, and its
    subtitle ran into the lead (rt-217). Lines are measured without the glosses."""
    page = ("第3次甲乙知識(shí)產(chǎn)權(quán)局局長會(huì)在大阪舉行\n\n"
            "2019-05-02 10:00 來源: 知識(shí)產(chǎn)權(quán)局網(wǎng)站\n\n"
            "甲乙兩局簽署合作文件\n\n"
            "當地時間5月1日,第3次甲乙知識產權局局長會在大阪舉行,兩局局長出席會議並簽署合作文件。\n\n"
            "甲局局長表示,兩局將繼續深化在專利審查、人員交流和信息化建設等領域的務實合作,共同應對新挑戰並推進知\n")
    assert [p.text for p in segment(page)][2:4] == [
        "甲乙兩局簽署合作文件", "當地時間5月1日,第3次甲乙知識產權局局長會在大阪舉行,兩局局長出席會議並簽署合作文件。"]


# --- the hard-wrap guess: long lines stopping mid-word in prose, not headlines, captions and field lines ------

_NOTICE = ("关于举办第三届甲市青年创新创业大赛暨知识产权运营对接活动的通知\n"
           "为推动科技成果转化，经研究，决定举办本届大赛。现将有关事项通知如下：\n"
           "主办单位：甲市科学技术协会、甲市知识产权服务中心与乙省专利代理师协会\n"
           "承办单位：丙丁智能装备科技有限公司、戊己知识产权运营管理有限公司\n"
           "时间：2024年10月18日上午九时至下午五时三十分（十七日下午报到）\n"
           "请各单位认真组织，按时报名。\n")


def test_a_notice_keeps_its_headline_and_field_lines_apart():
    assert [p.text for p in segment(_NOTICE)] == [
        "关于举办第三届甲市青年创新创业大赛暨知识产权运营对接活动的通知",
        "为推动科技成果转化，经研究，决定举办本届大赛。现将有关事项通知如下：",
        "主办单位：甲市科学技术协会、甲市知识产权服务中心与乙省专利代理师协会",
        "承办单位：丙丁智能装备科技有限公司、戊己知识产权运营管理有限公司",
        "时间：2024年10月18日上午九时至下午五时三十分（十七日下午报到）", "请各单位认真组织，按时报名。"]


def test_a_headline_and_a_long_caption_stay_off_the_lead():
    page = ("甲省知识产权局与乙国专利商标局在省会城市签署专利审查高速路合作谅解备忘录\n"
            "甲省知识产权局局长丙丁与乙国专利商标局副局长戊己在签约仪式上交换合作文本并合影留念\n"
            "11月3日，甲省知识产权局与乙国专利商标局签署合作谅解备忘录。双方将在审查信息交换方面加强合作。\n")
    assert len(segment(page)) == 3


def test_prose_cut_mid_word_still_runs_on():
    """Paragraph per line, but a page break cut two paragraphs mid-word: their halves are joined."""
    report = ("（一）加强保护\n"
              "2024年，甲省各级法院审结知识产权案件1.2万件，同比增长8%。省检察院办理刑事案件312件，推\n"
              "动行政执法与刑事司法衔接。\n"
              "全省海关开展专项行动，查扣侵权嫌疑货物3.4万批、120万件，有效防范侵权货物流\n"
              "入市场。\n")
    texts = [p.text for p in segment(report)]
    assert texts[1].endswith("推动行政执法与刑事司法衔接。") and texts[2].endswith("有效防范侵权货物流入市场。")


def test_a_caption_in_two_lines_is_one_passage_and_stays_off_the_speech():
    """A caption's second line opens with the verb its first line's title and name are the subject of."""
    page = ("第五届甲乙知识产权合作论坛在丙市开幕，两国专家学者围绕数据知识产权展开研讨\n"
            "甲国专利局副局长丁戊\n出席论坛开幕式并致辞\n"
            "丁戊表示，两局将在审查合作方面继续深化交流。\n"
            "乙国知识产权局局长 Maria Lopez Hernandez\n主持论坛第二单元研讨\n"
            "双方还就人员培训交换了意见。\n")
    assert [p.text for p in segment(page)][1:] == [
        "甲国专利局副局长丁戊出席论坛开幕式并致辞", "丁戊表示，两局将在审查合作方面继续深化交流。",
        "乙国知识产权局局长 Maria Lopez Hernandez主持论坛第二单元研讨", "双方还就人员培训交换了意见。"]


def test_the_short_rest_of_a_wrapped_headline_joins_it():
    page = ("甲省知识产权保护中心与乙市中级人民法院签署知识产权纠纷\n\n"
            "多元化解合作协议\n\n"
            "3月2日，甲省知识产权保护中心与乙市中级人民法院签署合作协议。\n")
    assert [p.text for p in segment(page)] == [
        "甲省知识产权保护中心与乙市中级人民法院签署知识产权纠纷多元化解合作协议",
        "3月2日，甲省知识产权保护中心与乙市中级人民法院签署合作协议。"]
