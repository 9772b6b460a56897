"""One event as a report tells it: the record every event rule fills and the graph writer reads."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from ipgraph.extract.events.labels import squash


@dataclass
class EventFact:
    """One event as a report tells it."""

    type: str
    label: str
    start: str | None = None
    end: str | None = None
    city: str | None = None
    country: str | None = None
    mode: str | None = None
    organisers: list[str] = field(default_factory=list)
    organiser_inferred: bool = False
    organisers_stood_for: bool = False
    """The organisers are who a word stood for (双方成功举办…, 该局举办…), not names a role gave (由A、B主办)."""
    partners: list[str] = field(default_factory=list)
    sponsors: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    attendees: int | None = None
    passages: list[str] = field(default_factory=list)
    rule: str = ""
    confidence: float = 0.0
    variant: int = 0
    opened: bool = False
    """Told only as opening on its day (…峰会在南京开幕; ``dating.opened_then``): it went on past that day, which the
    text may not count, so what was held during it (会议期间) is of its month."""
    stop: str | None = None
    """The stop of an itinerary this holding is, as printed (巡讲活动先后在许昌、漯河举行: 许昌, then 漯河;
    events/itineraries.py): two stops are two events, even of one name on one day."""

    def key(self, report_id: str) -> str:
        """Name and start date; a second distinct event of the same name and date (two 产权组织研讨会 at two
        universities) adds its number, so the first keeps the IRI it always had."""
        told = f"{squash(self.label)}|{self.start}" + (f"|{self.variant}" if self.variant else "")
        digest = hashlib.sha1(told.encode("utf-8")).hexdigest()[:10]
        return f"{report_id}-{digest}"

    def holders_told(self) -> int:
        """How the event's organisers are told, the priority of a later telling's: 0 not at all, or inferred (the
        author); 1 through a word that stands for them (双方, 该局); 2 named in a role (研讨会由A和B共同举办)."""
        if not self.organisers or self.organiser_inferred:
            return 0
        return 1 if self.organisers_stood_for else 2

    def heads_session(self, told: EventFact) -> bool:
        """A committee's session named in full on a title line that prints its date and place beside it (…委员会
        第六届会议 2018 年 10 月 15 日至 19 日,日内瓦), left undated, then told dated in the body as the same body's
        第六届会议: one session. The same organisers keep two bodies' sessions of one number apart."""
        return self.start is None and told.start is not None and bool(self.organisers) \
            and sorted(self.organisers) == sorted(told.organisers)
