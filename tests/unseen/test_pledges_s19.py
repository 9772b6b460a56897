"""Session 21 (round 1) of the pledges: shapes of unseen text that carry over, each read by the real pipeline on
sentences written for these tests (none copied from an evaluation text or a probe)."""

from __future__ import annotations

import pytest

from tests.unseen.test_pledges_s18 import _said

_READ = [
    # 我们会…, 我们也会…, 我们今年会…: the first person plural before 会 pledges as it does before 将, for the body
    # the speaker speaks for; 会同 is a preposition, a third person plural no body speaking of itself
    ("香港海关发言人李华表示，我们会继续严厉打击跨境侵权活动。",
     [("org/xiang-gang-hai-guan", "li-hua", "我们会继续严厉打击跨境侵权活动")]),
    ("商务部新闻发言人王强说，中方高度重视企业权益，我们也会采取相应措施维护企业权益。",
     [("org/MOFCOM", "wang-qiang", "我们也会采取相应措施维护企业权益")]),
    ("知识产权署署长陈文表示，我们今年会推出新的专利检索服务。",
     [("org/zhi-shi-chan-quan-shu", "chen-wen", "我们今年会推出新的专利检索服务")]),
    ("李明说：“我们会同有关部门开展联合执法。”", []),
    ("他们会继续合作。", []),
    # X表示，<actor>高度重视…。下一步，将…: the speaker's organisation untold (or the speaker unknown to the people
    # stage), the next sentence's 将 is the actor's his words are about; words that open with no actor, or a clause
    # far from the speaker's sentence behind the author's narration, name nobody
    ("赵刚表示，宁波市高度重视知识产权保护工作，取得了明显成效。下一步，将持续加大执法力度。",
     [("org/ning-bo-shi", None, "将持续加大执法力度")]),
    # (市长 alone in a report naming one city: the mayor is of its government, the body he speaks for, since s32)
    ("市长赵刚表示，宁波市高度重视知识产权保护工作。今后，将继续加大行政执法力度。",
     [("org/ning-bo-shi-zheng-fu", "zhao-gang", "将继续加大行政执法力度")]),
    ("李强指出，中国和东盟都高度重视知识产权合作。下一步，将继续深化务实合作。",
     [("country/CN", None, "将继续深化务实合作"), ("org/ASEAN", None, "将继续深化务实合作")]),
    ("赵刚表示，知识产权保护工作取得明显成效。下一步，将持续加大执法力度。", []),
    ("赵刚表示，行业要加强自律。据悉，协会举办了研讨活动。协会将出版论文集，将所有论文收录其中。", []),
    # 人民网…电（记者…）, 中新社…电, 新华社…电: the agency and its reporters are the outlet's, neither the body whose
    # work the report tells (全国各地还将…: the bureau the words name first) nor the subject of the sentence it opens;
    # a region no body of which is named pledges through its divisions (pl48: pledge_groups), never the agency
    ("人民网北京4月20日电 (记者王红)记者从国家知识产权局获悉，全国各地还将开展数千场宣传活动。",
     [("org/CNIPA", None, "全国各地还将开展数千场宣传活动")]),
    ("中新社北京5月23日电 (记者 李明)中国商务部新闻发言人王峰称，将采取必要措施坚决维护企业合法权益。",
     [("org/MOFCOM", "wang-feng", "将采取必要措施坚决维护企业合法权益")]),  # 称 is a verb of speech: he speaks
    ("新华社上海3月1日电 长三角地区将加强知识产权协同保护。",
     [(f"org/{d}", None, "长三角地区将加强知识产权协同保护")
      for d in ("an-hui-sheng", "jiang-su-sheng", "shang-hai-shi", "zhe-jiang-sheng")]),
    # a title line that tells in short a pledge the body tells again is no pledge of its own; a title the body
    # does not retell still pledges
    ("商务部：中方将加强知识产权保护 坚决打击侵权行为\n\n"
     "商务部新闻发言人王峰表示，中方将加强知识产权保护，坚决打击各类侵权行为。",
     [("country/CN", "wang-feng", "中方将加强知识产权保护，坚决打击各类侵权行为")]),
    ("国家知识产权局将推出专利快速审查新举措\n\n据悉，国家知识产权局今年将推出专利快速审查的多项新举措。",
     [("org/CNIPA", None, "国家知识产权局今年将推出专利快速审查的多项新举措")]),
    ("国家知识产权局将推出专利快速审查新举措\n\n记者从会上获悉，专利审查周期持续缩短。",
     [("org/CNIPA", None, "国家知识产权局将推出专利快速审查新举措")]),
]


@pytest.mark.parametrize(("text", "pledges"), _READ)
def test_we_before_the_modal_a_speakers_topic_the_outlet_of_a_dateline_and_a_title_retold(
        text: str, pledges: list[tuple[str, str | None, str]]) -> None:
    assert _said(text) == pledges
