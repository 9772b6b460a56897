"""Issue 16, session 26 (wp34): WIPO committee documents and the releases about them — sentences written for these
tests (none copied from an evaluation text), read by the real pipeline. A committee's report names its session
again as the body's own (委员会的本届会议于…举行): that telling dates the session told before. A body's unit named
after it (A所属的B, A下属的B) is the one that holds an event told 由A所属的B主办. The offices of a region a compass
point names (东部地区知识产权局) are a kind of body, no one office; a training institute (…培训所) and a consortium
(…联合体) are bodies. A body
in a relative clause of where after 在 (在位于北京的A举行) is the venue, not the organiser."""

from __future__ import annotations

from tests.unseen.test_events import events, one
from tests.unseen.test_new_orgs_s14 import orgs


def test_the_bodys_own_session_told_again_dates_the_session():
    found = events("江南委员会在其新任务下举行第三届会议，讨论了案文。"
                   "委员会的本届会议于2015年4月7日至9日在日内瓦举行。", date="2015-05-01")
    session = one(found, "第三届会议")
    assert (session.start, session.end) == ("2015-04-07", "2015-04-09")


def test_a_session_told_again_by_its_acronym_and_de_is_dated_too():
    found = events("SCX在其任务授权下举行第七届会议。SCX的本届会议于2016年10月3日至7日举行，由大使主持。",
                   date="2016-11-01")
    assert one(found, "第七届会议").start == "2016-10-03"


def test_the_unit_named_after_its_body_holds_the_event():
    found = events("第二次区域研讨会将由韩国知识产权局（KIPO）所属的南方知识产权培训所（SIPTI）于2019年在釜山主办。",
                   date="2018-06-01")
    assert one(found, "第二次区域研讨会").organisers == ["org/SIPTI"]


def test_the_offices_of_a_compass_region_are_no_organisation(res):
    found = orgs("副局长甲率我国西部地区知识产权局长代表团访问了南方大学。"
                 "此次西部地区知识产权局长访问团是后续项目。", res)
    assert not [names for names in found if any("西部地区" in n for n in names)]


def test_a_named_regions_body_is_still_one(res):
    found = orgs("会议邀请了东非地区知识产权协会和中部地区知识产权协会的代表。", res)
    names = {n for names in found for n in names}
    assert "东非地区知识产权协会" in names
    assert not [n for n in names if n.startswith("中部地区")]


def test_a_training_institute_and_a_consortium_are_bodies(res):
    found = orgs("下列组织参加了会议：欧洲海洋观测研究基础设施联合体和东方知识产权培训所。", res)
    names = {n for names in found for n in names}
    assert "欧洲海洋观测研究基础设施联合体" in names
    assert "东方知识产权培训所" in names


def test_a_body_in_a_relative_clause_of_where_is_the_venue_not_the_organiser():
    found = events("中华商标协会2009年6月9日在位于北京的国家知识产权局举行第三届会员大会。", date="2009-06-11")
    assert one(found, "第三届会员大会").organisers == ["org/zhong-hua-shang-biao-xie-hui"]

