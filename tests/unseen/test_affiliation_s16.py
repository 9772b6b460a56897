"""Session 16 round 3, people's affiliation: shapes of Chinese that tie a person to a body, counted as failures on
probes (real paragraphs outside the evaluation set, annotated before the extractor ran). Every sentence here was
written for these tests, none copied from a report, a probe or an evaluation text; each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_people_s13 import affiliations


def _employers(res, told: list[tuple[str, str, str]]) -> None:
    """Each text ties the person named to the body named."""
    for text, person, body in told:
        assert (person, affiliations(text, res).get(person)) == (person, body)


def _only_post(res, told: list[tuple[str, str, str]]) -> None:
    """Each text ties the person named to the body named and to no earlier post."""
    from ipgraph.extract.facts import extract
    from ipgraph.ingest.passages import segment

    _employers(res, told)
    for text, person, _ in told:
        facts = extract(segment(text), res.knowledge)
        details = next(n.details for n in facts.of_kind("PERSON") if (n.details.get("name") or n.key) == person)
        assert not details.get("also") and not details.get("also_short"), (person, details)


def test_a_title_after_a_name_closes_that_persons_item_not_a_post_of_the_next(res):
    """某所所长甲老师、某室乙老师: the title after 甲 is 甲's, so the 、 after it starts another person's item; it is
    no earlier post of 乙 (某局党组成员、副局长乙 is one)."""
    _only_post(res, [
        ("复旦大学法学院张乃根老师、同济大学法学院朱国华老师参加研讨。\n", "朱国华", "同济大学法学院"),
        ("会议由杭州市人事局职称处王建军处长、杭州市知识产权局办公室主任李晓红共同主持。\n", "李晓红",
         "杭州市知识产权局办公室"),
        ("上海市版权局办公室张丽华主任、上海市知识产权局保护处处长陈国栋出席会议。\n", "陈国栋",
         "上海市知识产权局保护处"),
        ("武汉大学法学院院长刘明教授、华中科技大学法学院陈新教授作报告。\n", "陈新", "华中科技大学法学院"),
    ])


def test_a_group_below_a_body_is_a_unit_of_it(res):
    """组/組 (an institute's, a company's or an office's group, 组长) ends a unit's name read forwards from the body
    before it, as 处 does."""
    _employers(res, [
        ("温州市市场监督管理局知识产权保护组组长陈建华介绍了专利快速预审的情况。\n", "陈建华",
         "温州市市场监督管理局知识产权保护组"),
        ("國家實驗研究院法務組組長林志明說明了技術授權的流程。\n", "林志明", "國家實驗研究院法務組"),
        ("中国科学院计算技术研究所专利组王丽娟组长参加了座谈。\n", "王丽娟", "中国科学院计算技术研究所专利组"),
    ])


def test_a_unit_that_prints_its_body_is_not_renamed_under_the_body_listed_before(res):
    """某大学某学院院长甲、某市某局某处处长乙: the unit after the 、 prints its own body, so it is a unit of that body,
    not of the body of the person listed before it."""
    _employers(res, [
        ("山东大学法学院院长周立波、济南市知识产权局法规处处长刘红梅出席论坛。\n", "刘红梅", "济南市知识产权局法规处"),
        ("清华大学知识产权研究中心主任高天明、北京市科学技术研究院法务组组长赵丽出席。\n", "赵丽",
         "北京市科学技术研究院法务组"),
        ("湖南大学法学院副院长何伟、长沙市市场监督管理局法规处处长彭静出席。\n", "彭静", "长沙市市场监督管理局法规处"),
    ])


def test_two_people_after_one_body_joined_by_a_coordinator_share_it(res):
    """某院甲教授和乙教授: the second name and its title follow the first person's name and title, with no body of
    their own, so the body printed before the first is the second's too; not after a name with no title (局长甲和
    乙教授)."""
    _employers(res, [
        ("研讨会由浙江大学光华法学院李永明教授和张伟君副教授共同主持。\n", "张伟君", "浙江大学光华法学院"),
        ("在复旦大学知识产权研究中心周建国主任及吴玉兰副主任的见证下，双方签署了协议。\n", "吴玉兰",
         "复旦大学知识产权研究中心"),
        ("中国人民大学法学院郭明远教授和刘思雨研究员分别作了主旨演讲。\n", "刘思雨", "中国人民大学法学院"),
    ])
    assert affiliations("国家知识产权局局长王志强和李明远教授出席会议。\n", res).get("李明远") == ""


def test_a_reporter_after_a_dateline_dated_in_chinese_digits_writes_for_its_outlet(res):
    """中新社某地六月十九日電 (記者 甲乙): a dateline dated in Chinese digits names its outlet as one dated in Arabic
    digits does, and the reporter its bracket credits writes for it."""
    _employers(res, [
        ("中新社南京九月二十日电 (记者 孙明辉)第五届知识产权论坛二十日在南京举行。\n", "孙明辉", "中新社"),
        ("中新社杭州十二月三日電 (記者 林家豪)兩岸專利研討會三日在杭州舉行。\n", "林家豪", "中新社"),
        ("新华社上海十月八日电 (记者 周海波)知识产权保护大会八日在上海开幕。\n", "周海波", "新华社"),
    ])


def test_a_reporter_after_an_undated_dateline_of_a_paper_writes_for_it(res):
    """某某报讯（记者 甲乙）, 某某报广州讯(记者 丙丁): a paper's dateline with no date, its place or none, and the
    bracket of bylines right after it: the paper is the outlet and the reporter writes for it."""
    _employers(res, [
        ("中国知识产权报讯（记者 赵文静）日前，商标品牌建设推进会在济南召开。\n", "赵文静", "中国知识产权报"),
        ("中国质量报武汉讯(记者 钱立新)近日，湖北省召开知识产权保护工作会议。\n", "钱立新", "中国质量报"),
        ("南方日報廣州訊(記者 黃志強)廣東省知識產權保護中心昨日舉行開放日活動。\n", "黃志強", "南方日報"),
    ])


def test_taiwans_intellectual_property_office_is_read_by_its_own_head(res):
    """智慧財產局 is what Taiwan names its intellectual property office (經濟部智慧財產局): the head of an office of
    the kind 知识产权局 heads, read after the ministry before it."""
    _employers(res, [
        ("經濟部智慧財產局李政宏主任秘書說明了專利審查的新制。\n", "李政宏", "經濟部智慧財產局"),
        ("在經濟部智慧財產局張雅婷副局長及日本特許廳長官的見證下簽署了備忘錄。\n", "張雅婷", "經濟部智慧財產局"),
        ("經濟部智慧財產局與日本特許廳簽署備忘錄，智慧財產局局長陳怡君出席。\n", "陳怡君", "經濟部智慧財產局"),
    ])
