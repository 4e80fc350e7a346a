"""The audit trail: what is recorded, filters and export, append-only, hash chain."""

from __future__ import annotations

import sqlite3
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from clubcrm.domain.audit import AuditAction, AuditFilter
from clubcrm.domain.ids import StaffId
from clubcrm.domain.member import MemberDraft, MemberFilter
from clubcrm.domain.staff import Role
from clubcrm.services.club import Club
from clubcrm.services.member_export import MemberExport
from clubcrm.services.settings import CLUB_NAME
from clubcrm.services.verification import verify_file


def entries(club: Club, owner: StaffId, action: AuditAction) -> list:
    return club.audit.page(AuditFilter(action=action), operator=owner)


def test_setting_change_audited_with_old_and_new(club: Club) -> None:
    """A changed setting records who, which and both values; an unchanged one records nothing."""
    owner = club.operator
    club.settings.set(CLUB_NAME, "Dolphin", operator=owner)
    club.settings.set(CLUB_NAME, "Dolphin", operator=owner)
    [entry] = entries(club, owner, AuditAction.SETTING_CHANGED)
    assert (entry.operator_id, entry.subject) == (owner, "club_name")
    assert entry.details == {"old": "", "new": "Dolphin"}


def test_merge_audited(club: Club) -> None:
    """A merge records the survivor, the merged record and the reason."""
    first = club.members.register(MemberDraft(name="张三", phone="13800138000"),
                                  operator=club.operator)
    second = club.members.register(MemberDraft(name="张三", phone="13800138000"),
                                   operator=club.operator, allow_shared_phone=True)
    club.members.merge(first.id, second.id, operator=club.operator, reason="registered twice")
    [entry] = entries(club, club.operator, AuditAction.MEMBERS_MERGED)
    assert entry.subject == first.member_no
    assert entry.details["merged_member_no"] == second.member_no
    assert entry.details["reason"] == "registered twice"


def test_member_export_audited(club: Club, tmp_path: Path) -> None:
    """An export records the file and how many members left the building."""
    club.members.register(MemberDraft(name="张三", phone="13800138000"), operator=club.operator)
    MemberExport(club.db, club.members).export(tmp_path / "m.xlsx", MemberFilter(),
                                               operator=club.operator)
    [entry] = entries(club, club.operator, AuditAction.MEMBERS_EXPORTED)
    assert (entry.subject, entry.details["members"]) == ("m.xlsx", 1)


def test_reveal_audited(club: Club, staff: dict) -> None:
    """Revealing a phone records who looked at whose number."""
    member = club.members.register(MemberDraft(name="张三", phone="13800138000"),
                                   operator=club.operator)
    phones = club.members.reveal_phone(member.id, operator=staff[Role.RECEPTION])
    assert phones.phone == "13800138000"
    [entry] = entries(club, club.operator, AuditAction.PHONE_REVEALED)
    assert (entry.operator_id, entry.subject) == (staff[Role.RECEPTION], member.member_no)


def test_filters_and_paging(club: Club, staff: dict, staff_password: str) -> None:
    """The log filters by action, operator and dates, newest first, page by page."""
    owner = club.operator
    for _ in range(3):
        club.staff.authenticate("xiaoli", staff_password)
    club.staff.authenticate("wangjl", staff_password)
    by_reception = AuditFilter(action=AuditAction.LOGIN, operator_id=staff[Role.RECEPTION])
    assert club.audit.count(by_reception, operator=owner) == 3
    first_page = club.audit.page(by_reception, operator=owner, limit=2)
    rest = club.audit.page(by_reception, operator=owner, before_id=first_page[-1].id, limit=2)
    ids = [e.id for e in first_page + rest]
    assert ids == sorted(ids, reverse=True) and len(ids) == 3
    today = date.today()
    assert club.audit.count(AuditFilter(date_from=today, date_to=today), operator=owner) == 6
    tomorrow = today + timedelta(days=1)
    assert club.audit.count(AuditFilter(date_from=tomorrow), operator=owner) == 0


def test_export_to_excel(club: Club, staff: dict, tmp_path: Path) -> None:
    """The owner exports the filtered log; the export itself is audited."""
    target = tmp_path / "audit.xlsx"
    assert club.audit.export(target, AuditFilter(), operator=club.operator) == 2
    sheet = zipfile.ZipFile(target).read("xl/worksheets/sheet1.xml").decode()
    assert "xiaoli" in sheet and "Staff account added" in sheet
    newest = club.audit.page(AuditFilter(), operator=club.operator, limit=1)[0]
    assert newest.action == AuditAction.AUDIT_EXPORTED


def logged_club(club: Club) -> Club:
    for name in ("A", "B", "C"):
        club.settings.set(CLUB_NAME, name, operator=club.operator)
    return club


@pytest.mark.parametrize("statement", ["UPDATE audit_log SET subject = 'x'",
                                       "DELETE FROM audit_log WHERE id = 2"])
def test_audit_log_is_append_only(club: Club, statement: str) -> None:
    """UPDATE and DELETE on the audit log are refused by the database itself."""
    logged_club(club)
    with pytest.raises(IntegrityError, match="append-only"), club.db.write() as session:
        session.connection().exec_driver_sql(statement)
    with sqlite3.connect(club.db.path) as connection, pytest.raises(sqlite3.IntegrityError):
        connection.execute(statement)
    assert club.audit.count(AuditFilter(), operator=club.operator) == 3


def test_intact_chain_verifies(club: Club) -> None:
    """An untouched log verifies, every row checked."""
    check = logged_club(club).audit.verify(operator=club.operator)
    assert check.ok and check.rows == 3


def test_edited_row_breaks_the_chain(club: Club) -> None:
    """With the triggers dropped and one byte edited, verify names that row."""
    logged_club(club)
    with sqlite3.connect(club.db.path) as connection:
        connection.execute("DROP TRIGGER audit_log_no_update")
        connection.execute(
            "UPDATE audit_log SET details = replace(details, '\"B\"', '\"b\"') WHERE id = 2")
    check = club.audit.verify(operator=club.operator)
    assert not check.ok and check.first_broken == 2 and check.rows == 1


def test_removed_row_breaks_the_chain(club: Club) -> None:
    """A row deleted from the middle is noticed at the row after it."""
    logged_club(club)
    with sqlite3.connect(club.db.path) as connection:
        connection.execute("DROP TRIGGER audit_log_no_delete")
        connection.execute("DELETE FROM audit_log WHERE id = 2")
    assert club.audit.verify(operator=club.operator).first_broken == 3


def test_verify_file_reports_an_edited_audit_row(club: Club) -> None:
    """`clubcrm verify` and backup checks catch an edited audit row in the file."""
    logged_club(club)
    assert verify_file(club.db.path) == []
    with sqlite3.connect(club.db.path) as connection:
        connection.execute("DROP TRIGGER audit_log_no_update")
        connection.execute("UPDATE audit_log SET subject = 'x' WHERE id = 3")
    problems = verify_file(club.db.path)
    assert problems and problems[0].params["row"] == 3


def test_archive_and_restore_are_audited(club: Club) -> None:
    """Archiving and restoring a member each leave an audit row naming the member number."""
    member = club.members.register(MemberDraft(name="张三", phone="13800138000"),
                                   operator=club.operator)
    club.members.archive(member.id, operator=club.operator)
    club.members.restore(member.id, operator=club.operator)
    actions = [(e.action, e.subject) for e in club.audit.page(AuditFilter(),
                                                               operator=club.operator)]
    assert actions[:2] == [(AuditAction.MEMBER_RESTORED, member.member_no),
                           (AuditAction.MEMBER_ARCHIVED, member.member_no)]
