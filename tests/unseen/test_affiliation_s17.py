"""Session 19, people's affiliation: shapes of Chinese that tie a person to a body, counted as failures on probes (real
paragraphs outside the evaluation set, annotated before the extractor ran: /tmp/af19-probes). Every sentence here was
written for these tests, none copied from a report, a probe or an evaluation text; each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_people_s13 import affiliations


def test_the_units_a_leader_brings_along_are_of_the_leaders_body(res):
    """甲局长带领某处乙处长: whom a person leads along (带领, 率领; 率队，带领) is the staff of the leader's own body,
    so a unit printed among them without its body is a unit of the leader's; the unit's name is not read back over
    the verb (陈立新带领综合处 is no body), and a unit opening with 对外 keeps it (对外合作处)."""
    for text, person, body in [
        ("市版权局局长陈立新带领综合处处长周海来到园区走访。\n", "周海", "市版权局综合处"),
        ("江城市知识产权局副局长孙明率领专利管理处李强处长、办公室赵敏主任到企业调研。\n", "赵敏",
         "江城市知识产权局办公室"),
        ("河西区市场监管局局长钱伟率队，带领法规处处长吴兰一行来访。\n", "吴兰", "河西区市场监管局法规处"),
        ("省版权局徐涛局长带领版权管理处何平处长、对外合作处冯军处长到出版社调研。\n", "冯军", "省版权局对外合作处"),
    ]:
        assert (person, affiliations(text, res).get(person)) == (person, body)


def test_a_list_unit_opening_with_a_word_that_holds_a_function_word_is_whole(res):
    """某局甲局长、某处乙处长、对外合作处丙处长: 对 ends a name only where it is no character of a word the name holds
    (break_words.tsv: 对外), so the unit is 对外合作处, a unit of the listed body, not 外合作处."""
    text = "南港市知识产权局郑伟局长、法规处邓明处长、对外合作处谢芳处长出席座谈。\n"
    assert affiliations(text, res).get("谢芳") == "南港市知识产权局对外合作处"


def test_two_fields_joined_in_a_units_name_after_its_body_stay_one_name(res):
    """某大学知识产权与竞争法研究院: nouns of two fields joined by 与, 和 or 及 right after a body's name are one unit
    of that body, even where the stem after the joining word could name an institute alone (竞争法研究院)."""
    for text, person, body in [
        ("江城大学知识产权与竞争法研究院院长王立明作主旨发言。\n", "王立明",
         "江城大学知识产权与竞争法研究院"),
        ("会议由南港大学科技与知识产权法研究所所长赵红主持。\n", "赵红", "南港大学科技与知识产权法研究所"),
        ("北川理工大学技术转移和知识产权研究中心主任钱进介绍了情况。\n", "钱进",
         "北川理工大学技术转移和知识产权研究中心"),
    ]:
        assert (person, affiliations(text, res).get(person)) == (person, body)


def test_a_periodical_in_a_chain_of_titles_leaves_the_person_of_the_chains_body(res):
    """某研究会副理事长、《某刊》杂志主编乙: a post at a periodical printed in title marks, after a 、 that ends the
    titles at a body, is one more post of the same person; the body the chain opens with is theirs (also after the
    body's own head: 某学院院长、《某刊》主编)."""
    for text, person, body in [
        ("江城市知识产权研究会副会长、秘书长、《知识产权研究》杂志主编梁文主持论坛。\n", "梁文",
         "江城市知识产权研究会"),
        ("南港大学法学院院长、《知识产权评论》主编蒋涛致辞。\n", "蒋涛", "南港大学法学院"),
        ("东海市版权协会会长、《版权天地》副主编孙丽出席。\n", "孙丽", "东海市版权协会"),
    ]:
        assert (person, affiliations(text, res).get(person)) == (person, body)
