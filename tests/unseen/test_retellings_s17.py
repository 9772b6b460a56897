"""Session 19, one node per real event however often told: a later sentence whose subject points back to the event
(此届论坛, 本期峰会, 这场对接会, 该活动 …), at once or after a lead-in (据悉，), tells its roles and names no second
event. Sentences written for these tests, none copied from a report, an evaluation text or a probe."""

from __future__ import annotations

from tests.unseen.test_events import events, one


def test_every_word_that_points_with_a_classifier_of_events_refers_back():
    """The closed class of a pointing word (本, 此, 这, 该, 是) and a classifier that counts events (次, 届, 期, 场,
    项), in either script: each opens a sentence whose roles are the told event's."""
    for text, label, holder in (
            ("10月9日，第六届澳门国际品牌论坛在澳门开幕。此届论坛由澳门经济局主办。", "第六届澳门国际品牌论坛",
             "org/ao-men-jing-ji-ju"),
            ("3月2日，第九届西部知识产权发展峰会在成都开幕。\n\n本期峰会由四川省知识产权局主办。",
             "第九届西部知识产权发展峰会", "org/si-chuan-sheng-zhi-shi-chan-quan-ju"),
            ("5月14日，2021年宁波知识产权金融对接会在宁波举行。这场对接会由宁波市市场监督管理局主办。",
             "2021年宁波知识产权金融对接会", "org/ning-bo-shi-shi-chang-jian-du-guan-li-ju"),
            ("9月5日，第五届中国—东盟技术转移论坛在南宁开幕。\n\n这届论坛由广西壮族自治区科学技术厅主办。",
             "第五届中国—东盟技术转移论坛", "org/guang-xi-zhuang-zu-zi-zhi-qu-ke-xue-ji-shu-ting"),
            ("12月1日，第八屆亞洲知識產權營商論壇在香港開幕。是屆論壇由香港貿易發展局主辦。",
             "第八屆亞洲知識產權營商論壇", "org/xiang-gang-mao-yi-fa-zhan-ju")):
        found = events(text, "2023-12-20")
        assert len(found) == 1, [e.label for e in found]
        assert one(found, label).organisers == [holder], text


def test_a_lead_in_before_the_pointing_word_keeps_the_subject_the_told_event():
    """据悉，该期研修班由…; 据了解，本次培训班是X…举办的首个…培训班: a lead-in that says where the news comes from
    does not hide the pointing subject; the roles are the told event's, and the name after 是 describes it, it names
    no second event."""
    found = events("11月10日，第二期知识产权运营实务研修班在西安开班。\n\n"
                   "据悉，该期研修班由陕西省知识产权局主办，西北大学承办。", "2023-12-20")
    event = one(found, "第二期知识产权运营实务研修班")
    assert (event.organisers, event.partners) == (["org/shan-xi-sheng-zhi-shi-chan-quan-ju"], ["org/xi-bei-da-xue"])
    found = events("6月3日，全省专利代理人实务培训班在合肥开班。\n\n"
                   "据了解，本次培训班是安徽省知识产权局在今年举办的首个专利代理培训班。", "2023-06-05")
    assert [(e.label, e.organisers) for e in found] == [
        ("全省专利代理人实务培训班", ["org/an-hui-sheng-zhi-shi-chan-quan-ju"])]


def test_the_word_for_any_event_points_to_the_one_told_last():
    """该活动: 活动 is the word for any event; with no campaign told, it names the event told last (a matchmaking
    meeting, an exchange meeting), whatever its own noun."""
    for text, label, holders in (
            ("5月14日，宁波知识产权金融对接会在宁波举行。据了解，该活动由宁波银行主办。", "宁波知识产权金融对接会",
             (["org/ning-bo-yin-hang"], [])),
            ("7月8日，首届海峡两岸商标实务交流会在厦门举行。\n\n同时，该活动由厦门市市场监督管理局与厦门大学共同主办。",
             "首届海峡两岸商标实务交流会", (["org/xia-men-shi-shi-chang-jian-du-guan-li-ju"], ["org/xia-men-da-xue"]))):
        event = one(events(text, "2023-09-01"), label)
        assert (event.organisers, event.partners) == holders, text


def test_a_pointing_noun_with_no_holder_on_a_page_with_no_event_is_no_event():
    """本次讲座由某教授主持, 此次活动共有…参加, 本届大赛吸引了…: a pointing word and a bare noun, on a page where no
    event was told, with no organiser or partner told, is a generic mention (eval/SCHEMA.md), not a nameless node;
    是次論壇由X主辦 still makes the page's own event, its holder told."""
    for text in ("本次讲座由法学院院长张明主持，两百余名师生聆听。", "此次活动共有八百名市民参加，现场发放资料三千份。",
                 "本届大赛吸引了全省六十所高校的三百支队伍参赛。"):
        assert not events(text, "2023-12-20"), text
    found = events("是次論壇由香港知識產權署主辦，約二百人出席。", "2023-12-20")
    assert [(e.label, e.organisers) for e in found] == [("論壇", ["org/xiang-gang-zhi-shi-chan-quan-shu"])]
