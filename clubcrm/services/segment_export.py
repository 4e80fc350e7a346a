"""A segment's members to Excel, and every member's result as plain records
(`clubcrm segment --json`).

An export is a member list: managers and the owner, audited like the member
export; phones are masked unless the operator may see them, and members who
did not consent to marketing are marked, so a list for calls does not become
a list for promotions by mistake.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from clubcrm import i18n
from clubcrm.db.database import Database
from clubcrm.domain.audit import AuditAction
from clubcrm.domain.errors import ValidationError
from clubcrm.domain.ids import StaffId
from clubcrm.domain.staff import Permission
from clubcrm.domain.translatable import N_
from clubcrm.io.excel import Cell, write_table
from clubcrm.segmentation.explain import GRADE_NAMES, RFM_GROUP_NAMES, SEGMENT_NAMES, STAGE_NAMES
from clubcrm.segmentation.model import MemberSegments, Segment
from clubcrm.segmentation.rules import Segmentation
from clubcrm.services.audit import AuditService
from clubcrm.services.permissions import require
from clubcrm.services.segmentation import Family, SegmentationService, SegmentList

BATCH = 5_000  # results made at once: the columns are read for a batch, not per member
COLUMNS = (
    (N_("Member number"), 14), (N_("Name"), 12), (N_("Mobile phone"), 15),
    (N_("Marketing consent"), 10), (N_("Primary segment"), 14), (N_("Segments met"), 30),
    (N_("Value grade"), 8), (N_("Lifecycle stage"), 10), (N_("RFM group"), 14),
    (N_("R score"), 6), (N_("F score"), 6), (N_("M score"), 6),
    (N_("Last visit or consumption"), 12), (N_("Days since"), 8),
    (N_("Visit days (12 months)"), 10), (N_("Spend (yuan)"), 12),
    (N_("Average ticket (yuan)"), 12), (N_("Joined on"), 12),
)


def export_segment(service: SegmentationService, db: Database, segmentation: Segmentation,
                   family: Family | None, key: str | None, path: Path, *,
                   operator: StaffId) -> int:
    """Write one tile's members (every member without one) to `path` (.xlsx); returns how many."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError(N_("The export file must end in .xlsx: {path}"), path=str(path))
    with db.read() as session:
        require(session, operator, Permission.EXPORT_MEMBERS)
    members = service.members_of(segmentation, family, key, operator=operator)
    count = write_table(
        path, sheet_title=i18n.translate(N_("Segment")),
        headers=[i18n.translate(title) for title, _ in COLUMNS],
        widths=[width for _, width in COLUMNS], rows=_rows(members))
    with db.write() as session:
        AuditService.record(session, operator=operator, action=AuditAction.MEMBERS_EXPORTED,
                            subject=path.name,
                            details={"members": count,
                                     "segment": f"{family.value}:{key}" if family else "all",
                                     "as_of": segmentation.windows.as_of.isoformat()})
    return count


def _rows(members: SegmentList) -> Iterator[Sequence[Cell]]:
    t = i18n.translate
    yes, no = t(N_("Yes")), t(N_("No — do not promote"))
    # One table per family: a StrEnum equals its value, so two families' "new" would meet.
    segment, grade, stage, group = ({value: t(name) for value, name in table.items()} for table
                                    in (SEGMENT_NAMES, GRADE_NAMES, STAGE_NAMES, RFM_GROUP_NAMES))
    met: dict[tuple[Segment, ...], str] = {}
    for batch in members.batches():
        for member in batch:
            r = member.result
            segments = met.get(r.segments)
            if segments is None:
                segments = met[r.segments] = ", ".join(segment[s] for s in r.segments)
            yield (member.member_no, member.name, member.phone,
                   yes if member.marketing_consent else no, segment[r.primary], segments,
                   grade[r.grade], stage[r.lifecycle], group[r.rfm_group], r.r, r.f, r.m,
                   r.last_active, r.recency_days, r.frequency, _yuan(r.monetary_fen),
                   _yuan(r.ticket_fen), r.joined_on)


def _yuan(fen: int | None) -> Decimal | None:
    return None if fen is None else Decimal(fen).scaleb(-2)


def member_record(number: str, result: MemberSegments) -> dict[str, Any]:
    """One member as `clubcrm segment --json` prints it (codes, not translated names)."""
    return {
        "member_no": number,
        "recency_days": result.recency_days,
        "last_active": result.last_active.isoformat() if result.last_active else None,
        "frequency": result.frequency,
        "monetary_fen": result.monetary_fen,
        "average_ticket_fen": result.ticket_fen,
        "r": result.r, "f": result.f, "m": result.m,
        "rfm_group": result.rfm_group.value,
        "segments": [segment.value for segment in result.segments],
        "primary_segment": result.primary.value,
        "value_grade": result.grade.value,
        "lifecycle": result.lifecycle.value,
    }


def member_records(service: SegmentationService, segmentation: Segmentation
                   ) -> Iterator[dict[str, Any]]:
    numbers = service.member_numbers()
    for first in range(0, len(segmentation), BATCH):
        for result in segmentation.members(range(first, min(first + BATCH, len(segmentation)))):
            yield member_record(numbers[result.member_id], result)
