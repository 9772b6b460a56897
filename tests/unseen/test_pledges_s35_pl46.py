"""Session 35, pledges (pl46): a first person's place (我省, 本市) as the one place of that level the report names,
and a body whose founding opens the sentence (该中心成立后，将…) as the subject of the clause after it; each read by
the real pipeline on sentences written for these tests (none copied from an evaluation text or a probe)."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import read


def _pledges(text: str) -> list[tuple[str, str]]:
    return sorted((fact.actor, fact.quote) for fact in read(text, "pledges"))


def test_a_first_persons_province_is_the_one_province_the_report_names():
    pledges = _pledges("近日，江西省公布首批商标品牌示范县名单。我省将以示范县建设为抓手，打造一批区域品牌。")
    assert [a for a, _ in pledges] == ["org/jiang-xi-sheng"]
    # in traditional script, a city the same way
    pledges = _pledges("昨日，長沙市召開專利工作會議。本市將以此次會議為契機，加快建設知識產權強市。")
    assert [a for a, _ in pledges] == ["org/chang-sha-shi"]


def test_a_first_persons_place_stays_unread_when_the_report_names_none_or_several():
    assert _pledges("我省将以示范县建设为抓手，打造一批区域品牌。") == []
    assert _pledges("长沙市、株洲市召开专利工作会议。我市将加快建设知识产权强市。") == []
    # a bare province name (江西地理标志) is no province told with its level
    assert _pledges("江西地理标志产品销量大增。我省将继续加强地理标志保护。") == []


def test_a_body_whose_founding_opens_the_sentence_pledges_the_clause_after_it():
    pledges = _pledges("丁市知识产权维权援助中心日前获批设立。该中心成立后，将为小微企业提供商标注册指导。")
    assert pledges == [("org/ding-shi-zhi-shi-chan-quan-wei-quan-yuan-zhu-zhong-xin",
                        "该中心成立后，将为小微企业提供商标注册指导")]
    # named in full in the founding clause itself
    pledges = _pledges("丁市知识产权维权援助中心揭牌后，将开展商标品牌培育服务。")
    assert [a for a, _ in pledges] == ["org/ding-shi-zhi-shi-chan-quan-wei-quan-yuan-zhu-zhong-xin"]


def test_a_things_founding_names_nobody():
    # a project is no body: its coming into being pledges nothing of its own
    assert _pledges("该项目落地后，将带动上下游企业发展。") == []


def test_a_founding_with_no_comma_before_the_cue_is_one_clause():
    pledges = _pledges("丁市高校知识产权联盟近日成立。联盟成立后将为成员单位提供专利信息服务。")
    assert [a for a, _ in pledges] == ["org/ding-shi-gao-xiao-zhi-shi-chan-quan-lian-meng"]


def test_the_one_who_speaks_for_a_body_referred_back_to_says_its_words():
    pledges = _pledges("戊县市场监管局近日开展商标专项整治。该局有关负责人表示，将持续加大抽检力度。")
    assert [a for a, _ in pledges] == ["org/wu-xian-shi-chang-jian-du-guan-li-ju"]
    pledges = _pledges("丁市中级人民法院发布知识产权审判白皮书。该院相关负责人表示，将进一步统一裁判尺度。")
    assert [a for a, _ in pledges] == ["org/ding-shi-zhong-ji-ren-min-fa-yuan"]


def test_a_place_before_adverbs_and_a_county_act_as_places():
    assert [a for a, _ in _pledges("今年，杭州也将加快建设知识产权强市。")] == ["org/hang-zhou"]
    assert [a for a, _ in _pledges("此外，蔡甸区还将组织企业参加商标品牌培训。")] == ["org/cai-dian-qu"]


def test_a_place_that_opens_the_sentence_goes_on_as_the_subject():
    pledges = _pledges("云南首次承办全国商标品牌节分会场，将推出一批地理标志产品。")
    assert [a for a, _ in pledges] == ["org/yun-nan"]
    # a list of places is not read here: which of them acts is not told
    assert _pledges("此次甲区、乙开发区联手某大学，将设立知识产权智库。") == []
