"""All members (or a filtered list) to Excel: managers and the owner; every export is audited."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from clubcrm import i18n
from clubcrm.db.database import Database
from clubcrm.domain.audit import AuditAction
from clubcrm.domain.errors import ValidationError
from clubcrm.domain.ids import StaffId
from clubcrm.domain.member import GENDER_LABELS, STATUS_LABELS, Member, MemberFilter
from clubcrm.domain.staff import Permission
from clubcrm.domain.translatable import N_
from clubcrm.io.excel import Cell, write_table
from clubcrm.services.audit import AuditService
from clubcrm.services.members import MemberService
from clubcrm.services.permissions import require

COLUMNS = (
    (N_("Member number"), 14),
    (N_("Name"), 12),
    (N_("Mobile phone"), 15),
    (N_("Gender"), 8),
    (N_("Birthday"), 12),
    (N_("Tier"), 10),
    (N_("Joined on"), 12),
    (N_("Source channel"), 14),
    (N_("Tags"), 20),
    (N_("Marketing consent"), 10),
    (N_("Status"), 8),
    (N_("Guardian"), 10),
    (N_("Guardian relation"), 10),
    (N_("Guardian phone"), 15),
    (N_("Notes"), 30),
)


class MemberExport:
    def __init__(self, db: Database, members: MemberService) -> None:
        self._db = db
        self._members = members

    def export(
        self, path: Path, member_filter: MemberFilter, *, operator: StaffId, marketing: bool = False
    ) -> int:
        """Write the members matching `member_filter` to `path` (.xlsx); returns the count.

        A marketing list (`marketing`) leaves out everybody who did not consent
        to marketing (PIPL: no consent, no promotion)."""
        path = Path(path)
        if path.suffix.lower() != ".xlsx":
            raise ValidationError(N_("The export file must end in .xlsx: {path}"), path=str(path))
        with self._db.read() as session:
            require(session, operator, Permission.EXPORT_MEMBERS)
        count = write_table(
            path,
            sheet_title=i18n.translate(N_("Members")),
            headers=[i18n.translate(title) for title, _ in COLUMNS],
            widths=[width for _, width in COLUMNS],
            rows=_rows(m for m in self._members.iter_all(member_filter, operator=operator)
                       if m.marketing_consent or not marketing),
        )
        with self._db.write() as session:
            AuditService.record(
                session, operator=operator, action=AuditAction.MEMBERS_EXPORTED,
                subject=path.name,
                details={"members": count, "statuses": [s.value for s in member_filter.statuses],
                         "marketing": marketing},
            )
        return count


def _rows(members: Iterator[Member]) -> Iterator[Sequence[Cell]]:
    yes, no = i18n.translate(N_("Yes")), i18n.translate(N_("No"))
    for m in members:
        guardian = m.guardian
        yield (
            m.member_no,
            m.name,
            m.phone,
            i18n.translate(GENDER_LABELS[m.gender]),
            m.birthday.iso() if m.birthday else "",
            m.tier_name,
            m.joined_on,
            m.source_channel,
            ", ".join(m.tags),
            yes if m.marketing_consent else no,
            i18n.translate(STATUS_LABELS[m.status]),
            guardian.name if guardian else "",
            guardian.relation if guardian else "",
            guardian.phone if guardian else "",
            m.notes,
        )
