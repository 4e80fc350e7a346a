"""Privacy requests (PIPL, issue "Trust"): everything held about one member to
Excel, and anonymising a member so that their personal data is gone from the
database file while the record, its id and its ledger stay.

Audit rows never hold a member's name or phone (only the member number and
id), because the audit log is append-only and could not be anonymised later.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from clubcrm import i18n
from clubcrm.db import cards as cards_db
from clubcrm.db import ledger as ledger_db
from clubcrm.db import members as member_queries
from clubcrm.db import visits as visits_db
from clubcrm.db.database import Database
from clubcrm.db.models import AuditRow, GuardianConsentRow, MemberMergeRow, MemberRow, StaffRow
from clubcrm.domain.audit import AuditAction, action_label
from clubcrm.domain.cards import CARD_STATUS_LABELS
from clubcrm.domain.errors import Conflict, ValidationError
from clubcrm.domain.ids import MemberId, StaffId
from clubcrm.domain.ledger import LedgerFilter
from clubcrm.domain.member import GENDER_LABELS, STATUS_LABELS, Member, MemberStatus
from clubcrm.domain.staff import Permission
from clubcrm.domain.translatable import N_
from clubcrm.io.excel import Cell, Sheet, write_sheets
from clubcrm.services.audit import AuditService
from clubcrm.services.ledger import COLUMNS as LEDGER_COLUMNS
from clubcrm.services.ledger import EXPORT_PAGE, export_row, member_and_merged
from clubcrm.services.members import member_row, write_keys
from clubcrm.services.name_keys import search_keys
from clubcrm.services.permissions import require
from clubcrm.services.visit_export import COLUMNS as VISIT_COLUMNS
from clubcrm.services.visit_export import export_row as visit_row

PSEUDONYM = N_("Anonymous member {member_no}")
FIELD_WIDTHS = (22, 50)

# One builder per sheet, in the workbook's order.
SheetBuilder = Callable[[Session, MemberRow], Sheet]


class PrivacyService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def export_member_data(self, member_id: MemberId, path: Path, *, operator: StaffId) -> Path:
        """Everything held about one member to `path` (.xlsx), in full (owner only, audited)."""
        path = Path(path)
        if path.suffix.lower() != ".xlsx":
            raise ValidationError(N_("The export file must end in .xlsx: {path}"), path=str(path))
        with self._db.read() as session:
            require(session, operator, Permission.EXPORT_PERSONAL_DATA)
            row = member_row(session, member_id)
            sheets = [build(session, row) for build in SHEET_BUILDERS]
        write_sheets(path, sheets)
        with self._db.write() as session:
            AuditService.record(session, operator=operator,
                                action=AuditAction.PERSONAL_DATA_EXPORTED, subject=row.member_no,
                                details={"member_id": row.id})  # a file name may name them
        return path

    def anonymise(self, member_id: MemberId, *, operator: StaffId, reason: str) -> Member:
        """Remove the member's name, phone, birthday, notes, tags, source and
        guardian (also from records merged into it); the rows, ids and member
        numbers stay for the ledger's retention. Afterwards the old values are
        not in the database file."""
        reason = reason.strip()
        if not reason:
            raise ValidationError(N_("Give the reason for anonymising."), field="reason")
        with self._db.write() as session:
            require(session, operator, Permission.ANONYMISE_MEMBERS)
            row = member_row(session, member_id)
            if row.status == MemberStatus.ANONYMISED.value:
                raise Conflict(N_("Member {member_no} is already anonymised."),
                               member_no=row.member_no)
            # Records merged into this one are the same person's older data.
            merged = session.scalars(select(MemberRow).where(MemberRow.merged_into_id == row.id))
            for person in (row, *merged):
                _strip_personal_data(session, person)
            AuditService.record(session, operator=operator, action=AuditAction.MEMBER_ANONYMISED,
                                subject=row.member_no,
                                details={"member_id": row.id, "reason": reason})
            member = member_queries.to_member(session, row)
        self._db.purge_old_content()
        return member


def _strip_personal_data(session: Session, row: MemberRow) -> None:
    # The phone column is NOT NULL and indexed: a token that can never be a
    # phone keeps it unique, so no duplicate-phone check or search matches it.
    name = i18n.translate(PSEUDONYM, member_no=row.member_no)
    phone = f"anon-{row.id}"
    for column, value in {
        **search_keys(name, phone), "name": name, "phone": phone, "birth_year": None,
        "birth_month": None, "birth_day": None, "notes": "", "source_channel": "",
        "guardian_name": None, "guardian_relation": None, "guardian_phone": None,
        "marketing_consent": False, "status": MemberStatus.ANONYMISED.value,
    }.items():
        setattr(row, column, value)
    row.updated_at = datetime.now()
    session.flush()
    write_keys(session, row, ())
    # The consent records stay as evidence (relation, when, operator), nameless.
    session.execute(update(GuardianConsentRow).where(GuardianConsentRow.member_id == row.id)
                    .values(guardian_name=""))


def _fields_sheet(title: str, rows: Sequence[Sequence[Cell]]) -> Sheet:
    return Sheet(
        title=i18n.translate(title),
        headers=[i18n.translate(N_("Field")), i18n.translate(N_("Value"))],
        rows=rows,
        widths=FIELD_WIDTHS,
    )


def _profile(session: Session, row: MemberRow) -> Sheet:
    member = member_queries.to_member(session, row)
    guardian = member.guardian
    fields: list[tuple[str, Cell]] = [
        (N_("Member number"), member.member_no),
        (N_("Name"), member.name),
        (N_("Mobile phone"), member.phone),
        (N_("Gender"), i18n.translate(GENDER_LABELS[member.gender])),
        (N_("Birthday"), member.birthday.iso() if member.birthday else ""),
        (N_("Tier"), member.tier_name),
        (N_("Joined on"), member.joined_on),
        (N_("Source channel"), member.source_channel),
        (N_("Marketing consent"), i18n.translate(N_("Yes") if member.marketing_consent
                                                 else N_("No"))),
        (N_("Status"), i18n.translate(STATUS_LABELS[member.status])),
        (N_("Guardian"), guardian.name if guardian else ""),
        (N_("Guardian relation"), guardian.relation if guardian else ""),
        (N_("Guardian phone"), guardian.phone if guardian else ""),
        (N_("Notes"), member.notes),
        (N_("Created at"), member.created_at.replace(microsecond=0)),
        (N_("Updated at"), member.updated_at.replace(microsecond=0)),
    ]
    return _fields_sheet(N_("Profile"), [(i18n.translate(k), v) for k, v in fields])


def _consents(session: Session, row: MemberRow) -> Sheet:
    rows = session.execute(
        select(GuardianConsentRow.consented_at, GuardianConsentRow.guardian_name,
               GuardianConsentRow.relation, StaffRow.display_name)
        .join(StaffRow, StaffRow.id == GuardianConsentRow.operator_id)
        .where(GuardianConsentRow.member_id == row.id).order_by(GuardianConsentRow.id)
    ).all()
    return Sheet(
        title=i18n.translate(N_("Guardian consents")),
        headers=[i18n.translate(t) for t in (N_("Time"), N_("Guardian"), N_("Guardian relation"),
                                             N_("Operator"))],
        rows=[(at.replace(microsecond=0), name, relation, staff)
              for at, name, relation, staff in rows],
        widths=(20, 14, 12, 14),
    )


def _tags(session: Session, row: MemberRow) -> Sheet:
    tags = member_queries.to_member(session, row).tags
    return Sheet(title=i18n.translate(N_("Tags")), headers=[i18n.translate(N_("Tags"))],
                 rows=[(tag,) for tag in tags], widths=(30,))


def _merges(session: Session, row: MemberRow) -> Sheet:
    survivor = MemberRow.__table__.alias("survivor")
    merged = MemberRow.__table__.alias("merged")
    rows = session.execute(
        select(MemberMergeRow.merged_at, survivor.c.member_no, merged.c.member_no,
               MemberMergeRow.reason)
        .join(survivor, survivor.c.id == MemberMergeRow.survivor_id)
        .join(merged, merged.c.id == MemberMergeRow.merged_id)
        .where(or_(MemberMergeRow.survivor_id == row.id, MemberMergeRow.merged_id == row.id))
        .order_by(MemberMergeRow.id)
    ).all()
    return Sheet(
        title=i18n.translate(N_("Merges")),
        headers=[i18n.translate(t) for t in (N_("Time"), N_("Kept record"), N_("Merged record"),
                                             N_("Reason"))],
        rows=[(at.replace(microsecond=0), kept, gone, reason) for at, kept, gone, reason in rows],
        widths=(20, 14, 14, 40),
    )


def _audit(session: Session, row: MemberRow) -> Sheet:
    """Audit rows name a member by number (subject, or a merge's merged number) or by id."""
    details = AuditRow.details
    rows = session.execute(
        select(AuditRow.at, StaffRow.display_name, AuditRow.action, AuditRow.subject,
               AuditRow.details)
        .outerjoin(StaffRow, StaffRow.id == AuditRow.operator_id)
        .where(or_(AuditRow.subject == row.member_no,
                   func.json_extract(details, "$.member_id") == row.id,
                   func.json_extract(details, "$.merged_member_no") == row.member_no))
        .order_by(AuditRow.id)
    ).all()
    return Sheet(
        title=i18n.translate(N_("Audit log")),
        headers=[i18n.translate(t) for t in (N_("Time"), N_("Operator"), N_("Action"),
                                             N_("Subject"), N_("Details"))],
        rows=[(at.replace(microsecond=0), staff or "", i18n.translate(action_label(action)),
               subject, json.dumps(json.loads(text), ensure_ascii=False, sort_keys=True))
              for at, staff, action, subject, text in rows],
        widths=(20, 14, 18, 24, 60),
    )


def _cards(session: Session, row: MemberRow) -> Sheet:
    cards = cards_db.cards_of_member(session, row.id)
    return Sheet(
        title=i18n.translate(N_("Cards")),
        headers=[i18n.translate(t) for t in (
            N_("Card number"), N_("Card product"), N_("Status"), N_("Principal (yuan)"),
            N_("Bonus (yuan)"), N_("Sessions left"), N_("Valid from"), N_("Valid until"))],
        rows=[(card.card_no, card.product.name, i18n.translate(CARD_STATUS_LABELS[card.status]),
               Decimal(card.balances.principal_fen).scaleb(-2),
               Decimal(card.balances.bonus_fen).scaleb(-2), card.balances.sessions,
               card.valid_from, card.valid_until) for card in cards],
        widths=(12, 16, 10, 12, 12, 10, 12, 12),
    )


def _ledger(session: Session, row: MemberRow) -> Sheet:
    """Every ledger row of the member and their cards (and of merged records)."""
    ids = member_and_merged(session, row.id)
    rows = []
    before = None
    while page := ledger_db.entries_page(session, ids, LedgerFilter(), before_id=before,
                                         limit=EXPORT_PAGE):
        rows += [export_row(entry) for entry in page]
        before = page[-1].id
    return Sheet(title=i18n.translate(N_("Ledger")),
                 headers=[i18n.translate(title) for title, _width in LEDGER_COLUMNS],
                 rows=rows, widths=[width for _title, width in LEDGER_COLUMNS])


def _visits(session: Session, row: MemberRow) -> Sheet:
    """Every visit of the member (and of merged records), newest first."""
    ids = member_and_merged(session, row.id)
    rows = []
    before = None
    while page := visits_db.member_visits(session, ids, before_id=before, limit=EXPORT_PAGE):
        rows += [visit_row(visit) for visit in page]
        before = page[-1].id
    return Sheet(title=i18n.translate(N_("Visits")),
                 headers=[i18n.translate(title) for title, _width in VISIT_COLUMNS],
                 rows=rows, widths=[width for _title, width in VISIT_COLUMNS])


SHEET_BUILDERS: list[SheetBuilder] = [_profile, _consents, _tags, _merges, _cards, _ledger,
                                      _visits, _audit]
