"""Session 33, people's affiliation, second pass: a body's word for itself is never a faculty the report names
(own_employer.py), a body's name printed with its parent's acronym in brackets (某组织（WIPO）学院), a bare title
after a list item of another body (某院院长甲，副院长乙: the nearest body its title heads, not the report's first),
a post that names no body listed before a bare title that does (党委书记甲、校长乙: listed_posts.py), and 该局 after a
state's side (德方代表、该局某部部长: own_units.py). Counted as
failures on probes (real paragraphs outside the evaluation set, annotated before the extractor ran:
/tmp/af44-probes). Every sentence here was written for these tests, none copied from a report, a probe or an
evaluation text; each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_people_s13 import affiliations


def test_our_schools_secretary_is_not_of_the_faculty_named_before(res):
    """由我校主办，法学院承办…我校党委书记甲: the school the report names in full in the next paragraph, not 法学院."""
    text = ("11月9日，由我校与东川省知识产权研究会共同主办，法学院（知识产权学院）承办的学术年会在东湖举行。"
            "我校党委书记韩立新出席并致辞。开幕式由我校副校长宋明主持。\n韩立新指出，东湖工学院历来重视知识产权工作。\n")
    found = affiliations(text, res)
    assert found["韩立新"] == found["宋明"] == "东湖工学院"


def test_a_bodys_name_with_its_parents_acronym_in_brackets_is_the_known_unit(res):
    """世界知识产权组织（WIPO）学院: the WIPO Academy, not a new body of that printed name."""
    found = affiliations("代表团访问了世界知识产权组织（WIPO）学院，学院副院长高山介绍了远程课程。\n", res)
    assert found["高山"] == "WIPO-ACADEMY"


def test_a_bare_deputy_after_a_list_item_is_of_that_items_court(res):
    """东湖市中院…，东林区法院院长甲，副院长乙: the deputy of the court just named, not of the first court."""
    text = "东湖市中院院长宋明，东林区法院党组书记、院长韩立新，党组成员、副院长高山陪同视察。\n"
    found = affiliations(text, res)
    assert found["宋明"] == "东湖市中院"
    assert found["高山"] == found["韩立新"] == "东林区法院"


def test_a_party_secretary_listed_before_a_president_is_of_the_same_school(res):
    """访问某大学，党委书记甲、校长乙: the secretary is the university's, as the president is."""
    text = "5月3日，东川省知识产权局代表团访问东湖大学，党委书记韩立新、校长宋明会见了代表团。\n"
    found = affiliations(text, res)
    assert found["韩立新"] == found["宋明"] == "东湖大学"


def test_gai_ju_after_a_states_side_is_that_states_bureau(res):
    """德方代表、该局某部部长甲: the German office's department, not the bureau named last."""
    text = ("5月3日，德国专利商标局局长史密特率团访问国家知识产权局。国家知识产权局局长宋明会见了代表团。"
            "德方代表、该局国际合作部部长克劳斯参加会见。\n")
    assert affiliations(text, res)["克劳斯"] == "德国专利商标局国际合作部"
