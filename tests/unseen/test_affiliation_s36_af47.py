"""Session 36, people and their affiliation: a Latin name whose surname is printed in capitals (Anna KOWALSKA), with a
middle initial (Jan K. Nowak) or after a courtesy title (Mr. Jan Nowak); the portfolio printed between a body and a
counsellor's, commissioner's or member's title (某团农业参赞, 某委员会贸易专员: no name 农业); the short form a report
defines in brackets between a body and a title (某中心（以下简称“某某”）主任甲: the centre's head); a contributor
credited in brackets with 供稿 (（某协会 甲乙供稿）: the body's); and a chain of posts ending in 总编辑 (a post, no
byline). Counted as failures on this session's fresh people probes and the pooled probes' develop half; every
sentence here was written for these tests, none copied from a report, a probe or an evaluation text; each runs the
real pipeline."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.ingest.passages import segment


def _facts(text: str, res):
    return extract(segment(text + "\n"), res.knowledge)


def _people(facts) -> dict[str, object]:
    return {n.details.get("name") or n.key: n for n in facts.of_kind("PERSON")}


def _employer(facts, name: str) -> str:
    """The name of the body the report ties a person to ("" when none)."""
    person = _people(facts)[name]
    body = next((n for n in facts.of_kind("ORG") if n.key == person.details.get("affiliation")), None)
    return "" if body is None else body.details.get("name") or body.key


def test_a_latin_name_with_its_surname_in_capitals_is_read_whole(res):
    """European protocol lists print the surname in capitals: 总领事Anna KOWALSKA is one name, the consul's."""
    facts = _facts("开幕式上,波兰驻广州总领事Anna KOWALSKA、奥地利驻广州总领事Peter Gruber先后致辞。", res)
    people = _people(facts)
    assert "Anna KOWALSKA" in people and "Peter Gruber" in people
    assert people["Anna KOWALSKA"].details.get("country") == "PL"


def test_a_latin_name_after_a_courtesy_title_or_with_a_middle_initial(res):
    """参赞Mr. Jan Nowak: the name starts after the courtesy title; 所长Jan K. Nowak教授: a middle initial is part of
    the name."""
    facts = _facts("欧盟驻华代表团科技参赞Mr. Tomas Berg出席招待会并致辞。", res)
    assert _employer(facts, "Tomas Berg") == "欧盟驻华代表团"
    facts = _facts("德国某某创新研究所所长Lukas F. Weber教授作主旨演讲。", res)
    assert "Lukas F. Weber" in _people(facts)


def test_a_portfolio_between_a_body_and_a_counsellors_title_is_no_name(res):
    """某代表团农业参赞甲, 某委员会贸易专员乙: the words before the title are the portfolio, and the holder is the
    body's; 农业 is no person (农 is a surname)."""
    facts = _facts("欧盟驻华代表团农业参赞Maria Lopez与欧盟委员会贸易专员马罗什·谢夫乔维奇出席。", res)
    people = _people(facts)
    assert "农业" not in people and "贸易" not in people
    assert _employer(facts, "Maria Lopez") == "欧盟驻华代表团"
    assert _employer(facts, "马罗什·谢夫乔维奇") == "欧盟委员会"


def test_a_short_form_defined_between_a_body_and_a_title_keeps_the_body(res):
    """某中心（以下简称“某某”）主任甲, 某公司(下称某社)党委书记乙: the bracket defines the body's short form, and the
    title after it is still a post at the body."""
    facts = _facts("山川省技术转移服务中心(以下简称“转移中心”)主任林海涛介绍了有关情况。", res)
    assert _employer(facts, "林海涛") == "山川省技术转移服务中心"
    facts = _facts("青禾文化传媒有限责任公司(下称青禾传媒)党委书记、董事长、总编辑韩立波出席。", res)
    assert _employer(facts, "韩立波") == "青禾文化传媒有限责任公司"


def test_a_contributor_credited_with_gongao_writes_for_the_body_before_the_name(res):
    """（某协会 甲乙供稿）: the contributor is the body's, as in (某局 甲乙); the body is no outlet."""
    facts = _facts("座谈会取得圆满成功。(发明者协会 谭晓雯供稿)", res)
    assert _employer(facts, "谭晓雯") == "发明者协会"
    facts = _facts("座谈会取得圆满成功。(江州日报社 董立新摄)", res)
    assert _employer(facts, "董立新") == "江州日报社"


def test_a_dotted_name_listed_after_its_own_title_is_read_without_the_title(res):
    """总干事甲、副总干事乙·丙: the second item opens with its own title; the dotted name is 乙·丙, not the title and
    the name run together."""
    facts = _facts("某某组织总干事林启明、副总干事玛丽亚·贝尔托尼出席了签约仪式。", res)
    people = _people(facts)
    assert "玛丽亚·贝尔托尼" in people and "副总干事玛丽亚·贝尔托尼" not in people
    assert people["玛丽亚·贝尔托尼"].details.get("role") == "副总干事"


def test_new_titles_of_trainers_and_patent_attorneys(res):
    """培训师甲, 专利代理师乙: occupations printed before a name, as 分析师 is."""
    facts = _facts("下午,礼仪培训师韦思琪和专利代理师郑浩然分别授课。", res)
    assert {"韦思琪", "郑浩然"} <= set(_people(facts))


def test_a_foreign_name_after_a_listed_title_takes_the_listed_bodys_state(res):
    """某国某厅长官甲、副长官乙: the deputy is of the body listed before, a foreign one, so his name is read as a
    foreign name is (no Chinese surname and given name to find in 松本健太)."""
    facts = _facts("日本特许厅长官小林正树、副长官松本健太出席了会谈。", res)
    people = _people(facts)
    assert "松本健太" in people and people["松本健太"].details.get("role") == "副长官"


def test_include_after_a_groups_word_is_no_name(res):
    """嘉宾包括：… : 包 is a surname, but 包括 opens the list of guests; no person 包括."""
    facts = _facts("出席论坛的嘉宾包括:江州市副市长邵立群,青川大学党委书记严志刚等。", res)
    people = _people(facts)
    assert "包括" not in people
    assert {"邵立群", "严志刚"} <= set(people)


def test_a_hyphenated_given_name_is_part_of_a_transliterated_name(res):
    """让-皮埃尔·某某: French given names joined by a hyphen are one part of the name, and 致贺信 follows the name."""
    facts = _facts("法国前总理让-克洛德·杜蒙向论坛致贺信。", res)
    people = _people(facts)
    assert "让-克洛德·杜蒙" in people
    assert people["让-克洛德·杜蒙"].details.get("country") == "FR"


def test_a_ministers_portfolio_before_his_title_at_an_embassy(res):
    """某国驻华大使馆经济公使甲: 经济 is the portfolio; the minister is the embassy's."""
    facts = _facts("美国驻华大使馆经济公使Robert Hale出席了招待会。", res)
    assert _employer(facts, "Robert Hale") == "US-EMBASSY-CN"


def test_a_verb_before_a_dotted_name_is_not_part_of_it(res):
    """局长会见甲·乙先生, 会议选举丙·丁大使为主席: a run of characters read for a dotted name holds the verb that names
    the person; the name starts after it, and the 局长 who meets is not the guest."""
    facts = _facts("江州市副市长会见了来访的若泽-马里奥·费雷拉先生。会议选举托马什·诺瓦克大使为主席。", res)
    people = _people(facts)
    assert "若泽-马里奥·费雷拉" in people and "托马什·诺瓦克" in people
    assert not any(name.startswith(("会见", "会议")) for name in people)


def test_credit_lines_for_text_pictures_and_contributions(res):
    """文字：甲 图片：乙 and 供稿：丙 credit the people who made the item, as 文/甲 does."""
    facts = _facts("座谈会圆满结束。\n文字:邵明远 图片:卢嘉怡\n供稿:贺振宁", res)
    assert {"邵明远", "卢嘉怡", "贺振宁"} <= set(_people(facts))
