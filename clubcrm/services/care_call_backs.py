"""Dormant and churning members to call back, from the segmentation.

Reception calls the members who are slipping away while a call can still
bring them back: dormant (no activity for over 180 days) or churning (visits
fell by more than half), but not those gone for over a year (lifecycle stage
churned: no call for reception) nor prospects who never bought anything. The
lifecycle stage "at risk" is exactly these members (README, "Segments: how
each figure is defined"); the most valuable are called first.

The lists are read from the segmentation's columns at once: the bench club
has 25,019 members at risk, and building each one's whole result (through
`SegmentationService.members_of`) took about twice as long there.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date

import numpy as np
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
from clubcrm.domain.phone import mask_phone
from clubcrm.segmentation.figures import NEVER
from clubcrm.segmentation.model import GRADES, STAGES, Lifecycle, Segment
from clubcrm.segmentation.rules import Segmentation
from clubcrm.services.care_tasks import without_done
from clubcrm.services.permissions import sees_full_phones
from clubcrm.services.segmentation import SegmentationService

Details = tuple[str, str, str, bool]  # member number, name, phone, marketing consent
# Frozen members count in the segmentation, but nobody calls them.
_MEMBERS_SQL = """
SELECT id, member_no, name, phone, marketing_consent FROM members
WHERE status = 'active' AND id IN (SELECT value FROM json_each(?))
"""


def find_call_backs(db: Database, segments: SegmentationService, today: date, *,
                    operator: StaffId, valued: Iterable[int] = ()) -> CallBacks:
    """This month's call-backs not yet done, by spend, highest first; and the
    value of the members in `valued`."""
    segmentation = segments.compute(today)
    at_risk = _at_risk(segmentation)
    ids = segmentation.figures.member_ids[at_risk].tolist()
    with db.read() as session:
        details = _details(session, ids, full_phones=sees_full_phones(session, operator))
        tasks = without_done(session, list(_call_backs(segmentation, at_risk, details,
                                                       month_occasion(today))))
    values = _values(segmentation, at_risk)
    values.update(_values(segmentation, _indexes_of(segmentation, valued)))
    return CallBacks(dormant=[task for task in tasks if task.kind is CareKind.DORMANT],
                     churning=[task for task in tasks if task.kind is CareKind.CHURNING],
                     values=values, window_months=segmentation.thresholds.window_months)


def _at_risk(segmentation: Segmentation) -> np.ndarray:
    """Indexes of the members at risk, by spend, highest first (ties by id)."""
    indexes = np.flatnonzero(segmentation.lifecycle == STAGES.index(Lifecycle.AT_RISK))
    return indexes[np.argsort(-segmentation.figures.spend[indexes], kind="stable")]


def _call_backs(segmentation: Segmentation, indexes: np.ndarray, details: dict[int, Details],
                occasion: str) -> Iterator[CareTask]:
    """A task per member with `details`, saying why: the last visit (or, for a
    member who never came, joining), or how visits fell."""
    f, as_of = segmentation.figures, segmentation.windows.last
    months = segmentation.thresholds.recent_months
    last = f.last_active[indexes]
    never = last == NEVER
    since = np.where(never, f.joined[indexes], last)  # day numbers
    columns = zip(f.member_ids[indexes].tolist(),
                  ((segmentation.segments[indexes] & Segment.DORMANT.bit) != 0).tolist(),
                  never.tolist(), np.datetime_as_string(since.astype("datetime64[D]")).tolist(),
                  (as_of - since).tolist(), f.recent_days[indexes].tolist(),
                  f.prior_days[indexes].tolist(), f.prior_periods[indexes].tolist(), strict=True)
    for member_id, dormant, never_came, day, days, recent, prior, periods in columns:
        if member_id not in details:
            continue
        if dormant:
            kind = CareKind.DORMANT
            template = NEVER_VISITED if never_came else LAST_VISIT
            params: dict[str, object] = {"date": day, "days": days}
        else:
            kind, template = CareKind.CHURNING, VISITS_FELL
            params = {"recent": recent, "months": months, "average": f"{prior / periods:.1f}",
                      "date": day}
        yield CareTask(kind, member_id, occasion, *details[member_id], template, params)


def _details(session: Session, member_ids: list[int], *, full_phones: bool
             ) -> dict[int, Details]:
    """The active members among `member_ids`, their phones masked unless `full_phones`."""
    rows = driver(session).execute(_MEMBERS_SQL, (json.dumps(member_ids),))
    return {row[0]: (row[1], row[2], row[3] if full_phones else mask_phone(row[3]),
                     bool(row[4])) for row in rows}


def _indexes_of(segmentation: Segmentation, member_ids: Iterable[int]) -> np.ndarray:
    """The indexes of those of `member_ids` the segmentation counts."""
    ids = segmentation.figures.member_ids
    wanted = np.unique(np.fromiter(member_ids, np.int64))
    at = np.minimum(np.searchsorted(ids, wanted), max(len(ids) - 1, 0))
    return at[ids[at] == wanted] if len(ids) else np.zeros(0, np.int64)


def _values(segmentation: Segmentation, indexes: np.ndarray) -> dict[int, MemberValue]:
    f = segmentation.figures
    return {member_id: MemberValue(spend, GRADES[grade].value)
            for member_id, spend, grade in zip(f.member_ids[indexes].tolist(),
                                               f.spend[indexes].tolist(),
                                               segmentation.grade[indexes].tolist(),
                                               strict=True)}
