"""Issue 16, pattern 2: the header lines a copied news page glues to its headline and first paragraph
(publication lines, field lines, picture credits) are passages of their own, and the report's own date comes
from them. Every header here was written for these tests, none copied from an evaluation text; each runs the real
passage stage, and the date tests the real pipeline."""

from __future__ import annotations

import shutil
from pathlib import Path

from ipgraph.extract.events import EventFact
from ipgraph.extract.facts import extract
from ipgraph.extract.registry import ReportText, run_extractors
from ipgraph.ingest.corpus import ReportMeta
from ipgraph.ingest.dateline import dateline
from ipgraph.ingest.passages import PARAGRAPH, Passage, segment
from ipgraph.resources import resources


def texts(text: str) -> list[str]:
    return [p.text for p in segment(text)]


def printed(text: str, passage: Passage) -> str:
    """What the passage's offsets point at in the source: the printed lines, untouched."""
    return text[passage.start:passage.end]


def test_2_a_publication_line_under_the_headline_is_a_passage_of_its_own():
    parts = ["青岛举办中日韩商标审查员交流会", "发布时间：2022-06-14 09:20 来源：青岛日报 浏览量：516",
             "6月13日，交流会在青岛开幕。"]
    text = "\n".join(parts) + "\n"
    found = segment(text)
    assert [p.text for p in found] == parts
    assert [p.kind for p in found] == [PARAGRAPH] * 3
    assert [printed(text, p) for p in found] == parts


def test_2_a_source_line_after_a_blank_line_does_not_run_into_the_dateline_paragraph():
    parts = ["两岸专利代理人座谈会在厦门召开", "2019-04-02 18:05 | 稿件来源：海峡之声",
             "海峡之声4月2日电 座谈会在厦门召开。"]
    assert texts("\n\n".join(parts) + "\n") == parts


def test_2_an_english_timestamp_line_is_split_from_the_first_paragraph():
    text = "Tue Mar 05 08:12:44 CET 2024\n江苏,3月4日 - 中瑞知识产权对话在南京举行,双方交流了审查经验。\n"
    assert texts(text)[0] == "Tue Mar 05 08:12:44 CET 2024"


def test_2_a_field_line_without_a_date_is_a_header_line():
    parts = ["商标局代表团访问马德里", "栏目：要闻 | 浏览量：1024", "近日，商标局代表团访问了西班牙专利商标局。"]
    assert texts("\n".join(parts) + "\n") == parts


def test_2_a_picture_credit_is_split_from_the_paragraph_below_it():
    text = "签约仪式现场。资料图(省知识产权局供图)\n5月8日，两省知识产权局签署合作协议。\n"
    assert texts(text) == ["签约仪式现场。资料图(省知识产权局供图)", "5月8日，两省知识产权局签署合作协议。"]


def test_2_a_line_wrapped_in_the_body_still_flows_on():
    """Only short lines that print a publication date or a field label are headers: a wrapped sentence whose
    line ends with a date still flows on into the next line."""
    body = "".join(f"第{n}行是转换工具按固定宽度折断的一行正文，它没有句号而一直写到行尾的字\n" for n in range(12))
    text = body + "会议定于2024年5月6日\n在北京举行。\n"  # a wrapped conversion: its long lines stop mid-word
    assert texts(text)[-1].endswith("会议定于2024年5月6日在北京举行。")


def test_2_a_date_and_label_line_far_down_the_body_is_not_a_header():
    lines = "".join(f"第{n}段。\n" for n in range(12))
    text = lines + "报名时间：2024-05-06 10:00\n地点另行通知。\n"  # one paragraph per line: a line of its own
    assert [(p.kind, p.text) for p in segment(text)][-2:] == [
        (PARAGRAPH, "报名时间：2024-05-06 10:00"), (PARAGRAPH, "地点另行通知。")]


def test_2_the_reports_own_date_comes_from_a_publication_line_glued_to_its_headline():
    text = ("中新知识产权工作组第五次会议召开\n2021-11-09 来源：中国知识产权报\n"
            "11月8日，工作组第五次会议以视频形式召开。\n")
    assert dateline(texts(text), resources().knowledge) == "2021-11-09"


def test_2_the_reports_own_date_from_an_english_timestamp_glued_to_the_first_paragraph():
    text = "Wed Jul 10 16:40:02 CEST 2024\n日内瓦,7月9日 - 中国代表团出席了专利法常设委员会会议,并介绍了中国的实践。\n"
    assert dateline(texts(text), resources().knowledge) == "2024-07-10"


def events(text: str) -> list[EventFact]:
    knowledge = resources().knowledge
    passages = segment(text)
    meta = ReportMeta(id="unseen", path=Path("unseen.txt"))
    return run_extractors(ReportText(meta, passages, extract(passages, knowledge), knowledge))["events"]


def test_2_a_month_day_in_the_body_takes_the_year_of_the_publication_line():
    text = ("中蒙知识产权合作会谈在乌兰巴托举行\n2019年06月27日 11:02 来源：中国知识产权报\n"
            "6月25日，中蒙知识产权合作会谈在乌兰巴托举行。\n")
    dated = [e.start for e in events(text)]
    assert "2019-06-25" in dated and "2019-06-27" not in dated


def test_2_a_caption_opening_with_a_caption_word_stands_alone_anywhere():
    body = "".join(f"第{n}段。\n" for n in range(12))
    parts = ["图为两国专利局长在签字仪式上握手", "双方还商定了下一步的合作计划。"]
    assert texts(body + "\n".join(parts) + "\n")[-2:] == parts


def test_2_a_bracketed_dateline_on_a_line_of_its_own_is_no_heading():
    parts = ["【海峡网福州4月9日讯】", "闽台两地商标协会在福州签署合作备忘录。", "双方商定每年互访一次。"]
    found = segment("\n".join(parts) + "\n")
    assert [p.text for p in found] == parts
    assert [p.heading for p in found] == ["", "", ""]


def test_2_a_publication_line_glued_onto_the_headline_in_one_line_is_split_at_its_label():
    headline, publication = "中泰知识产权联合工作组第三次会议在曼谷召开", "发布时间：2022-08-30 浏览次数：93"
    text = headline + publication + "\n8月29日，工作组第三次会议在曼谷召开。\n"
    found = segment(text)
    assert [p.text for p in found][:2] == [headline, publication]
    assert [printed(text, p) for p in found][:2] == [headline, publication]
    assert dateline((p.text for p in found), resources().knowledge) == "2022-08-30"


def test_2_a_date_with_a_time_glued_onto_the_headline_is_split_at_the_date():
    parts = ["粤澳知识产权工作会议在珠海举行", "2023年11月02日 16:45 来源：南方网"]
    assert texts("".join(parts) + "\n11月1日，会议在珠海举行。\n")[:2] == parts


def test_2_a_headline_ending_with_a_date_or_a_time_label_is_not_cut():
    for line in ("第三届中阿知识产权论坛将于2024年5月6日", "会议时间：2024年5月6日 09:00"):
        assert texts(line + "\n")[0] == line


def test_2_a_publication_line_opening_with_its_outlet_is_one_passage():
    parts = ["两岸商标论坛在厦门举行", "海峡之声网 www.vos.com.cn 2020-10-12 08:30 来源：海峡之声"]
    assert texts("\n".join(parts) + "\n") == parts


def test_2_the_labels_a_publication_date_follows_are_knowledge_a_researcher_extends(tmp_path: Path) -> None:
    """The labels used to be a regex in dateline.py: a label a site prints that no list holds (刊发) was invisible
    to anyone who could not edit code. Adding it to header_lines.tsv makes the date after it the report's."""
    line = ["本文刊发:2023年5月6日 第3版"]
    assert dateline(line, resources().knowledge) is None
    knowledge = tmp_path / "knowledge"
    shutil.copytree(resources().knowledge, knowledge)
    with (knowledge / "ingest" / "header_lines.tsv").open("a", encoding="utf-8") as table:
        table.write("field\t刊发\n")
    assert dateline(line, knowledge) == "2023-05-06"
