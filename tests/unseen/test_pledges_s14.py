"""Session 14, pledges and their actor, on sentences written for these tests (not taken from any evaluation text),
read by the real pipeline: a pledge whose subject is an event the report told is its organisers' (本次…活动将…), or,
when no event was made of a quoted campaign, of those who launched it; what the sides agree to do is their pledge."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import pledges


def pledgers(text: str) -> list[str]:
    """The actors of every pledge of ``text``, sorted (one per actor of a collective)."""
    return sorted(actor for actor, _ in pledges(text))


def test_an_event_named_again_without_its_place_and_year_pledges_for_its_organisers():
    assert pledgers("4月20日上午，常州市2022年知识产权宣传周活动启动仪式在常州举行。本次活动由常州市市场监督管理局、"
                    "常州市科学技术局共同主办。本次知识产权宣传周活动将同时开展青少年创意展示和线上有奖竞答。") \
        == ["org/chang-zhou-shi-ke-xue-ji-shu-ju", "org/chang-zhou-shi-shi-chang-jian-du-guan-li-ju"]


def test_this_edition_of_a_forum_with_an_adverb_before_the_cue_is_its_organisers_pledge():
    assert pledgers("5月8日，第三届绍兴知识产权保护论坛在绍兴举行，论坛由绍兴市市场监督管理局与绍兴市律师协会共同主办。"
                    "本届知识产权保护论坛还将发布绍兴知识产权保护白皮书。") \
        == ["org/shao-xing-shi-shi-chang-jian-du-guan-li-ju"]


def test_a_joined_campaign_name_sharing_a_quoted_name_with_an_event_is_its_organisers_pledge():
    assert pledgers("12月1日，嘉兴市市场监督管理局召开“护航2024”专项行动部署会，启动嘉兴市“护航2024”专项行动。"
                    "此次“护航2024”暨商标执法行动将在全市开展集中整治。") \
        == ["org/jia-xing-shi-shi-chang-jian-du-guan-li-ju"]


def test_a_bare_head_noun_or_an_instrument_names_no_event():
    assert pledges("6月2日，南通市知识产权局在南通举办《专利法》宣讲会。《专利法》将于明年施行。") == []


def test_what_the_sides_agree_to_do_is_their_pledge_without_a_word_of_the_future():
    found = pledges("5月8日，国家知识产权局局长会见了日本特许厅长官。双方同意互派审查员开展短期交流。")
    assert found == [("org/CNIPA", "双方同意互派审查员开展短期交流"), ("org/JPO", "双方同意互派审查员开展短期交流")]


def test_two_offices_agreeing_to_set_up_a_mechanism_pledge_it_together():
    assert pledgers("5月8日，国家知识产权局与欧盟知识产权局在北京举行局长会谈。两局同意建立定期会晤机制。") \
        == ["org/CNIPA", "org/EUIPO"]


def test_sides_named_with_a_head_noun_agreeing_to_act_pledge_but_not_when_agreeing_to_a_proposal():
    opening = "5月8日，香港海关、澳门海关与海关总署广东分署在珠海举行会议。"
    assert len(pledges(opening + "三地海关同意互通侵权案件线索。")) == 3
    assert {quote for _, quote in pledges(opening + "三地海关同意有关合作建议，承诺共同做好保护工作。")} \
        == {"承诺共同做好保护工作"}
    assert pledges(opening + "在三地海关同意的基础上，会议通过了联合执法方案。") == []


def test_a_quoted_campaign_no_event_was_made_of_is_held_by_the_actors_that_launched_it():
    assert pledgers("3月1日，江苏省市场监督管理局、江苏省公安厅在南京联合启动“清风2021”专项行动。"
                    "“清风2021”将聚焦电商平台的商标侵权案件。") \
        == ["org/jiang-su-sheng-gong-an-ting", "org/jiang-su-sheng-shi-chang-jian-du-guan-li-ju"]
    assert pledgers("本报讯 浙江省版权局、浙江省公安厅日前联合部署“净网2022”专项整治。"
                    "“净网2022”将重点整治网络直播中的盗版传播。") \
        == ["org/zhe-jiang-sheng-ban-quan-ju", "org/zhe-jiang-sheng-gong-an-ting"]


def test_a_quoted_campaign_told_as_done_to_an_actor_is_not_that_actors():
    assert "org/nan-jing-da-xue" not in pledgers("3月1日，江苏省市场监督管理局对南京大学开展的“蓝天2021”专项检查结束。"
                                                 "“蓝天2021”将在下月公布检查结果。")



def test_both_sides_of_an_agreement_of_three_parties_are_all_three():
    assert pledgers("4月22日，江苏省市场监督管理局联合江苏省知识产权保护中心与南京市知识产权局签订帮扶合作协议。"
                    "根据协议，双方将在人才培养等领域展开协作。") \
        == ["org/jiang-su-sheng-shi-chang-jian-du-guan-li-ju", "org/jiang-su-sheng-zhi-shi-chan-quan-bao-hu-zhong-xin",
            "org/nan-jing-shi-zhi-shi-chan-quan-ju"]
    assert len(pledges("9月3日，宁波市市场监督管理局联合宁波市知识产权保护中心与舟山市市场监督管理局签署知识产权协作"
                       "框架协议。今后双方将定期会商执法协作事项。")) == 3
    assert len(pledges("9月3日，宁波市市场监督管理局联合宁波市知识产权保护中心与舟山市市场监督管理局签署合作"
                       "备忘录。\n\n备忘录签署后，双方还将互派业务骨干挂职交流。")) == 3
