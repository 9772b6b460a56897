"""Session 15, the class nouns that close a list of bodies before its verb (words.tsv list_class): sentences
written for these tests, none copied from a report, an evaluation text or a probe."""

from __future__ import annotations

from tests.unseen.test_events import events


def test_a_list_closed_by_a_count_of_ministries_keeps_its_named_members_as_holders():
    """A联合B等20个部委共同举办X: 部委 (ministries and commissions) closes the list as 单位 does, so B holds X too."""
    for text in ("国家知识产权局联合最高人民法院等二十个部委共同举办2024年知识产权宣传周活动。",
                 "商务部会同最高人民检察院等多个部委联合举办打击侵权假冒工作推进会。"):
        found = events(text, "2024-05-10")
        assert len(found) == 1 and len(found[0].organisers) + len(found[0].partners) == 2, text
