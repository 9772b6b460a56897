"""Issue 16, patterns 1 and 3 (third round): the state a title ties a person to, names that hold a break character,
delegations and alliances, on sentences written for these tests (none copied from a report or an evaluation text)."""

from __future__ import annotations

from ipgraph.extract.mentions import mentions


def new_orgs(text, res):
    return [m.text for m in mentions([text], res.knowledge)[0] if m.kind == "ORG" and not m.key]


def named(text, res):
    """The names of the people found in one passage."""
    return [m.text for m in mentions([text], res.knowledge)[0] if m.kind == "PERSON"]


def states(text, res):
    """(name, the state the person is tied to) of each new person in one passage."""
    return [(m.text, m.details.get("country", "")) for m in mentions([text], res.knowledge)[0]
            if m.kind == "PERSON" and not m.key]


# --- pattern 1: the state a title ties a person to --------------------------------------------------------------

def test_pattern1_a_country_before_the_title_or_before_its_posting(res):
    text = "智利驻华大使罗伯托·加西亚、肯尼亚常驻日内瓦代表陈默和新西兰总理卡特出席。"
    assert states(text, res) == [("罗伯托·加西亚", "CL"), ("陈默", "KE"), ("卡特", "NZ")]


def test_pattern1_where_a_diplomat_is_posted_is_not_their_state(res):
    assert states("西班牙驻上海及广州总领事Luis Moreno出席。", res) == [("Luis Moreno", "ES")]


def test_pattern1_a_state_office_printed_alone_is_the_office_of_the_reports_state(res):
    """总理 alone is China's premier (titles.tsv column state), in either script; 总统 alone names no state."""
    assert states("王建华总理会见了代表团，刘国栋副总理出席。", res) == [("王建华", "CN"), ("刘国栋", "CN")]
    assert states("周立德副總理出席。", res) == [("周立德", "CN")]
    assert states("总统Ana Lima出席。", res) == [("Ana Lima", "")]


def test_pattern1_an_official_of_a_city_or_a_body_gets_no_state(res):
    """Never invented: a mayor or a director is tied to the city or the body, not to a state."""
    assert states("杭州市副市长周海涛、浙江大学校长陈立群出席。", res) == [("周海涛", ""), ("陈立群", "")]


def test_pattern1_a_state_in_the_other_script(res):
    assert states("瑞典常駐日內瓦代表林安出席。", res) == [("林安", "SE")]


# --- pattern 3: delegations and names that hold a function word --------------------------------------------------

def test_pattern3_a_standing_delegation_is_posted_a_delegation_to_a_meeting_is_no_body(res):
    """代表团 names a body only where the name says where it is posted (org_heads.tsv column posted)."""
    assert new_orgs("丹麦驻华代表团与挪威常駐日內瓦代表團出席。", res) == ["丹麦驻华代表团", "挪威常駐日內瓦代表團"]
    assert new_orgs("巴西代表团出席。", res) == []


def test_pattern3_yu_inside_a_name_before_its_head(res):
    """与 joins the nouns before a head that alone would be too short (…与转化联盟); not two names (甲公司与乙协会)."""
    assert new_orgs("南方数字经济与贸易联盟成立。", res) == ["南方数字经济与贸易联盟"]
    assert new_orgs("南方科技有限公司与乙协会合作。", res) == ["南方科技有限公司"]


# --- pattern 1 and 3: a list of titled people, each at a body of its own -------------------------------------------

def test_pattern1_an_item_with_a_title_of_its_own_is_no_name_sharing_the_title_before(res):
    assert named("署长周文、教育及青年发展局局长丘明、审计署署长陆平昨日出席。", res) == ["周文", "丘明", "陆平"]


def test_pattern3_a_title_repeating_the_head_before_it_makes_that_noun_a_body(res):
    """财政司司长: 司 names no body alone, but the title that repeats it names the head of one; 本局局长 stays none."""
    assert new_orgs("税务司司长梁杰出席。", res) == ["税务司"]
    assert new_orgs("本局局长梁杰出席。", res) == []


def test_pattern1_a_signature_title_a_space_and_the_name_alone_on_its_line(res):
    found = [[m.text for m in passage if m.kind == "PERSON"]
             for passage in mentions(["秘书处主任 韩立\n", "行政長官 周永康", "主任 韩立新华"], res.knowledge)]
    assert found == [["韩立"], ["周永康"], []]


def test_pattern3_a_known_place_wins_over_a_function_word_inside_it(res):
    """也 ends a name read either way, except inside a place the gazetteer knows (维也纳), read whole."""
    assert new_orgs("代表团参观了维也纳技术大学。", res) == ["维也纳技术大学"]
    assert new_orgs("奥地利维也纳音乐学院出席。", res) == ["奥地利维也纳音乐学院"]


def test_pattern3_country_names_in_traditional_script(res):
    found = [(m.kind, m.key) for m in mentions(["菲律賓與義大利代表出席。"], res.knowledge)[0]]
    assert found == [("COUNTRY", "PH"), ("COUNTRY", "IT")]
    assert new_orgs("印度、菲律賓海關合作。", res) == ["印度", "菲律賓海關"]


def test_pattern3_a_known_body_after_another_state_is_that_states_body(res):
    """海关总署 is China's; 老挝海关总署 is Laos's, a new body of the same kind; 中国国家知识产权局 stays China's."""
    assert new_orgs("老挝海关总署副关长会面。", res) == ["老挝海关总署"]
    assert new_orgs("中国国家知识产权局出席。", res) == []


def test_pattern1_an_organ_of_a_known_body_before_the_title(res):
    """The known body opening the phrase is the employer when the words before the title name no body of their own
    (an assembly, a session): 世界知识产权组织第九届大会主席 → WIPO; not across a function word (的)."""
    found = [(m.text, m.details.get("affiliation")) for m in mentions(
        ["世界知识产权组织第九届大会主席卡尔·贝克出席。"], res.knowledge)[0] if m.kind == "PERSON"]
    assert found == [("卡尔·贝克", "WIPO")]
    assert [m.details.get("affiliation") for m in mentions(["国家知识产权局的代表李明出席。"], res.knowledge)[0]
            if m.kind == "PERSON"] == [""]


def test_pattern1_a_dotted_name_ends_before_a_function_word(res):
    assert named("主席玛丽亚·冈萨雷斯以及各国代表出席。", res) == ["玛丽亚·冈萨雷斯"]


def test_pattern1_a_charge_daffaires_in_either_script(res):
    assert named("智利驻华使馆临时代办罗莎出席，秘魯駐華使館臨時代辦何塞出席。", res) == ["罗莎", "何塞"]


def test_pattern3_guojia_opens_a_national_body_as_a_place_opens_a_local_one(res):
    assert new_orgs("代表团由国家林业总局、國家文物總局的官员组成。", res) == ["国家林业总局", "國家文物總局"]


def test_pattern1_and_3_traditional_text_is_read_with_the_simplified_knowledge(res):
    """The pipeline reads a passage in simplified characters (traditional.tsv), so titles, heads, surnames and known
    names written once in simplified characters are found in traditional text; every name keeps its printed form."""
    found = [(m.kind, m.key, m.text, m.details.get("affiliation") or m.details.get("affiliation_text", ""))
             for m in mentions(["國家知識產權局副局長蕭建國與廣東省貿易發展協會會長閻明會談。"], res.knowledge)[0]]
    assert found == [("ORG", "CNIPA", "國家知識產權局", ""), ("PERSON", "", "蕭建國", "CNIPA"),
                     ("ORG", "", "廣東省貿易發展協會", ""), ("PERSON", "", "閻明", "廣東省貿易發展協會")]


def test_the_traditional_table_never_changes_simplified_text(res):
    """No character of the table is a simplified one, so a passage in simplified characters is read as printed."""
    from ipgraph.knowledge.gazetteer import load

    table = load(res.knowledge).simplified
    simplified_text = "国家知识产权局局长申长雨与世界知识产权组织总干事邓鸿森会谈，乾隆年间著名于世。"
    assert simplified_text.translate(str.maketrans(table)) == simplified_text
    assert all(len(t) == len(s) == 1 and t != s for t, s in table.items())


# --- the scorer: a country as an affiliation, every name of an organisation -----------------------------------------

def test_the_scorer_counts_a_gold_country_as_the_persons_ip_country_and_any_name_of_the_employer():
    from rdflib import RDF, RDFS, SKOS, Graph, Literal

    from ipgraph.evaluate.documents import Document
    from ipgraph.evaluate.unseen import GraphFacts, Scorer
    from ipgraph.vocab import IP, IPR

    graph, passage = Graph(), IPR["passage/rt-901/p1"]
    graph.add((passage, RDF.type, IP.Passage))
    graph.add((passage, IP.inReport, IPR["report/rt-901"]))
    graph.add((passage, IP.startOffset, Literal(0)))
    customs = IPR["org/xiang-gang-hai-guan"]
    graph.add((customs, IP.rule, IPR["rule/org-shape"]))
    graph.add((customs, RDFS.label, Literal("香港海关", lang="zh")))
    graph.add((customs, SKOS.altLabel, Literal("香港海關", lang="zh")))
    for key, name in (("a", "甲乙"), ("b", "丙丁"), ("c", "戊己")):
        graph.add((IPR[f"person/{key}"], RDF.type, IP.Person))
        graph.add((IPR[f"person/{key}"], RDFS.label, Literal(name, lang="zh")))
        graph.add((IPR[f"person/{key}"], IP.evidence, passage))
    graph.add((IPR["person/a"], IP.country, IPR["country/GR"]))
    graph.add((IPR["person/b"], IP.affiliation, customs))
    graph.add((IPR["person/c"], IP.affiliation, customs))
    gold = {kind: [] for kind in ("events", "agreements", "treaty_actions", "pledges", "organisations")}
    annotated = (("甲乙", "country/GR"), ("丙丁", "new:香港海關"), ("戊己", "country/HK"))
    gold["people"] = [{"doc": "rt-901", "name": name, "affiliation": affiliation, "quote": name}
                      for name, affiliation in annotated]
    docs = {"rt-901": Document("rt-901", "甲乙丙丁戊己", lambda offset: "tune")}
    tally = Scorer(GraphFacts(graph, docs), gold, "tune").people()
    assert tally.attributes["affiliation"] == [2, 3]


def test_an_affiliation_another_report_states_does_not_count_for_this_one():
    """Regression (session 12): people are one node across reports (person/<name>), so the scorer read an affiliation
    from any built report; a document's affiliation score then rose with the documents built beside it (dev fold:
    381 of 434 right when the test half was built too, 376 of 434 alone). Only what the document's own file (or the
    gazetteer's reference file) states counts."""
    from rdflib import RDF, RDFS, Graph, Literal

    from ipgraph.evaluate.documents import Document
    from ipgraph.evaluate.unseen import GraphFacts, Scorer
    from ipgraph.vocab import IP, IPR

    office = IPR["org/dong-hai-zhi-shi-chan-quan-ju"]
    files, merged = {}, Graph()
    for doc, states in (("rt-901", False), ("rt-903", True)):
        graph, passage = Graph(), IPR[f"passage/{doc}/p1"]
        graph.add((passage, RDF.type, IP.Passage))
        graph.add((passage, IP.inReport, IPR[f"report/{doc}"]))
        graph.add((passage, IP.startOffset, Literal(0)))
        graph.add((IPR["person/a"], RDF.type, IP.Person))
        graph.add((IPR["person/a"], RDFS.label, Literal("甲乙", lang="zh")))
        graph.add((IPR["person/a"], IP.evidence, passage))
        if states:
            graph.add((office, IP.rule, IPR["rule/org-shape"]))
            graph.add((office, RDFS.label, Literal("东海知识产权局", lang="zh")))
            graph.add((IPR["person/a"], IP.affiliation, office))
        files[doc] = graph
        merged += graph
    gold = {kind: [] for kind in ("events", "agreements", "treaty_actions", "pledges", "organisations")}
    gold["people"] = [{"doc": doc, "name": "甲乙", "affiliation": "new:东海知识产权局", "quote": "甲乙"}
                      for doc in ("rt-901", "rt-903")]
    docs = {doc: Document(doc, "甲乙", lambda offset: "tune") for doc in ("rt-901", "rt-903")}
    tally = Scorer(GraphFacts(merged, docs, files), gold, "tune").people()
    assert tally.attributes["affiliation"] == [1, 2]  # rt-903 states it, rt-901 does not
