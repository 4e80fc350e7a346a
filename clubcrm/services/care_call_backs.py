"""Dormant and churning members to call back, from the segmentation.

Reception calls the members who are slipping away while a call can still
bring them back: dormant (no activity for over 180 days) or churning (visits
fell by more than half), but not those gone for over a year (lifecycle stage
churned: no call for reception) nor prospects who never bought anything. The
lifecycle stage "at risk" is exactly these members (README, "Segments: how
each figure is defined"); the most valuable are called first.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date

from sqlalchemy.orm import Session

from clubcrm.db.database import Database, driver
from clubcrm.domain.care import (
    LAST_VISIT,
    NEVER_VISITED,
    VISITS_FELL,
    CallBacks,
    CareKind,
    CareTask,
    MemberValue,
    month_occasion,
)
from clubcrm.domain.ids import StaffId
from clubcrm.segmentation.model import Lifecycle, MemberSegments, Segment
from clubcrm.segmentation.rules import Segmentation
from clubcrm.services.care_tasks import without_done
from clubcrm.services.segmentation import Family, SegmentationService, SegmentMember

_NOT_ACTIVE_SQL = """
SELECT id FROM members WHERE status != 'active' AND id IN (SELECT value FROM json_each(?))
"""


def find_call_backs(db: Database, segments: SegmentationService, today: date, *,
                    operator: StaffId, valued: Iterable[int] = ()) -> CallBacks:
    """This month's call-backs not yet done, by spend, highest first; and the
    value of the members in `valued`."""
    segmentation = segments.compute(today)
    at_risk = segments.members_of(segmentation, Family.LIFECYCLE, Lifecycle.AT_RISK.value,
                                  operator=operator)
    month = month_occasion(today)
    with db.read() as session:
        frozen = _not_active(session, [member.result.member_id for member in at_risk])
        tasks = without_done(session, [
            _call_back(member, month, segmentation) for member in at_risk
            if member.result.member_id not in frozen])
    values = {member.result.member_id: _value(member.result) for member in at_risk}
    values.update(_values_of(segmentation, valued))
    return CallBacks(dormant=[task for task in tasks if task.kind is CareKind.DORMANT],
                     churning=[task for task in tasks if task.kind is CareKind.CHURNING],
                     values=values, window_months=segmentation.thresholds.window_months)


def _call_back(member: SegmentMember, month: str, segmentation: Segmentation) -> CareTask:
    result = member.result
    if result.meets(Segment.DORMANT):
        kind, template, params = CareKind.DORMANT, *_dormant_text(result,
                                                                  segmentation.windows.as_of)
    else:
        kind, template, params = CareKind.CHURNING, VISITS_FELL, {
            "recent": result.recent_days, "months": segmentation.thresholds.recent_months,
            "average": f"{result.prior_days / result.prior_periods:.1f}",
            "date": _iso(result.last_active)}
    return CareTask(kind, result.member_id, month, member.member_no, member.name, member.phone,
                    member.marketing_consent, template, params)


def _dormant_text(result: MemberSegments, as_of: date) -> tuple[str, dict[str, object]]:
    if result.last_active is None:  # bought a card, never came
        return NEVER_VISITED, {"date": result.joined_on.isoformat(),
                               "days": (as_of - result.joined_on).days}
    return LAST_VISIT, {"date": result.last_active.isoformat(), "days": result.recency_days}


def _iso(day: date | None) -> str:
    return day.isoformat() if day else "—"


def _value(result: MemberSegments) -> MemberValue:
    return MemberValue(result.monetary_fen, result.grade.value)


def _values_of(segmentation: Segmentation, member_ids: Iterable[int]) -> dict[int, MemberValue]:
    values = {}
    for member_id in set(member_ids):
        index = segmentation.index_of(member_id)
        if index is not None:
            values[member_id] = _value(segmentation.member(index))
    return values


def _not_active(session: Session, member_ids: list[int]) -> set[int]:
    """Frozen members count in the segmentation, but nobody calls them."""
    return {row[0] for row in driver(session).execute(_NOT_ACTIVE_SQL, (json.dumps(member_ids),))}
