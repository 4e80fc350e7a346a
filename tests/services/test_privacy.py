"""Privacy requests (issue "Trust"): a member's data export, anonymising,
guardian consent for children under 14, marketing lists by consent."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from clubcrm.domain.errors import DuplicatePhone, PermissionDenied, ValidationError
from clubcrm.domain.ids import StaffId
from clubcrm.domain.member import Guardian, Member, MemberDraft, MemberFilter, MemberStatus
from clubcrm.domain.staff import Role
from clubcrm.services.club import Club
from clubcrm.services.member_export import MemberExport

PHONE = "13987654321"
NAME = "欧阳娜娜"
GUARDIAN = Guardian("欧阳芳", "母亲", "13700001111")


def _child_birthday(years: int) -> str:
    today = date.today()
    return f"{today.year - years}-01-01" if today.month > 1 else f"{today.year - years - 1}-01-01"


@pytest.fixture
def child(club: Club) -> Member:
    """A nine-year-old with a consenting guardian, tagged and noted."""
    return club.members.register(
        MemberDraft(name=NAME, phone=PHONE, birthday=_child_birthday(9), tags=("游泳",),
                    notes="怕水", source_channel="美团", guardian=GUARDIAN,
                    guardian_consent=True, marketing_consent=True),
        operator=club.operator,
    )


def _sheets(path: Path) -> dict[str, list[tuple[object, ...]]]:
    workbook = load_workbook(path, read_only=True)
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in workbook.worksheets}


def _file_bytes(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_export_holds_profile_consent_tags_and_audit(club: Club, child: Member,
                                                      tmp_path: Path) -> None:
    """The owner's export of one member has the profile, consent record, tags and audit rows."""
    club.members.reveal_phone(child.id, operator=club.operator)
    path = club.privacy.export_member_data(child.id, tmp_path / "one.xlsx",
                                           operator=club.operator)
    sheets = _sheets(path)
    profile = dict(row[:2] for row in sheets["Profile"][1:])
    assert profile["Name"] == NAME and profile["Mobile phone"] == PHONE
    assert profile["Guardian"] == GUARDIAN.name
    assert sheets["Guardian consents"][1][1:3] == (GUARDIAN.name, GUARDIAN.relation)
    assert sheets["Tags"][1:] == [("游泳",)]
    assert [row[2] for row in sheets["Audit log"][1:]] == ["Phone number revealed"]


@pytest.mark.parametrize("role", [Role.RECEPTION, Role.MANAGER])
def test_export_of_one_member_is_for_the_owner_only(
    club: Club, child: Member, staff: dict[Role, StaffId], role: Role, tmp_path: Path
) -> None:
    """Reception and managers may not export a member's full personal data."""
    with pytest.raises(PermissionDenied):
        club.privacy.export_member_data(child.id, tmp_path / "one.xlsx", operator=staff[role])
    assert not (tmp_path / "one.xlsx").exists()


def test_anonymise_removes_the_bytes_from_the_file(club: Club, child: Member) -> None:
    """Afterwards neither the phone nor the name is anywhere in the database file or its WAL."""
    club.members.reveal_phone(child.id, operator=club.operator)
    member = club.privacy.anonymise(child.id, operator=club.operator, reason="member asked")
    assert member.id == child.id and member.member_no == child.member_no
    assert member.status is MemberStatus.ANONYMISED
    assert member.birthday is None and member.guardian is None and not member.tags
    assert member.notes == "" and member.source_channel == ""
    raw = _file_bytes(club.db.path)
    for secret in (PHONE, NAME, GUARDIAN.name, GUARDIAN.phone, "怕水"):
        assert secret.encode() not in raw, secret


def test_anonymise_reaches_records_merged_into_the_member(club: Club, child: Member) -> None:
    """A duplicate merged into the member is the same person: its data goes too."""
    twin = club.members.register(MemberDraft(name="娜娜", phone="13911112222"),
                                 operator=club.operator)
    club.members.merge(child.id, twin.id, operator=club.operator)
    club.privacy.anonymise(child.id, operator=club.operator, reason="member asked")
    assert b"13911112222" not in _file_bytes(club.db.path)


def test_anonymised_member_not_found_by_old_phone_or_name(club: Club, child: Member) -> None:
    """Search no longer finds the member by the old phone, its tail, the name or its pinyin."""
    club.privacy.anonymise(child.id, operator=club.operator, reason="member asked")
    for query in (PHONE, PHONE[-4:], NAME, "oyn"):
        assert club.search.search(query, operator=club.operator) == [], query


def test_phone_is_free_again_after_anonymising(club: Club, child: Member) -> None:
    """The old phone can be registered anew, and duplicates are still caught for others."""
    club.privacy.anonymise(child.id, operator=club.operator, reason="member asked")
    club.members.register(MemberDraft(name="新会员", phone=PHONE), operator=club.operator)
    with pytest.raises(DuplicatePhone):
        club.members.register(MemberDraft(name="又一个", phone=PHONE), operator=club.operator)
    assert club.members.duplicate_groups(operator=club.operator) == []


@pytest.mark.parametrize("role", [Role.RECEPTION, Role.MANAGER])
def test_anonymise_refused_for_staff_and_nothing_changes(
    club: Club, child: Member, staff: dict[Role, StaffId], role: Role
) -> None:
    """Only the owner anonymises; a refusal leaves the member as it was."""
    with pytest.raises(PermissionDenied):
        club.privacy.anonymise(child.id, operator=staff[role], reason="asked")
    assert club.members.get(child.id, operator=club.operator) == child


def test_anonymise_needs_a_reason(club: Club, child: Member) -> None:
    """The owner says why, for the audit log."""
    with pytest.raises(ValidationError):
        club.privacy.anonymise(child.id, operator=club.operator, reason="  ")


def test_under_14_without_guardian_consent_refused(club: Club) -> None:
    """A child under 14 needs a guardian with name, relation, phone and an explicit consent."""
    for guardian, consent in ((None, True), (GUARDIAN, False)):
        with pytest.raises(ValidationError) as error:
            club.members.register(MemberDraft(name="小宝", phone=PHONE,
                                              birthday=_child_birthday(3), guardian=guardian,
                                              guardian_consent=consent), operator=club.operator)
        assert error.value.field == "guardian"
    assert club.members.count(MemberFilter()) == 0


def test_consent_writes_a_consent_record(club: Club, child: Member) -> None:
    """Saving with consent records who, relation, when and operator, once per guardian."""
    club.members.update(child.id, child.draft(), operator=club.operator)
    connection = sqlite3.connect(club.db.path)
    rows = connection.execute(
        "SELECT guardian_name, relation, consented_at IS NOT NULL, operator_id "
        "FROM guardian_consents WHERE member_id = ?", (child.id,)).fetchall()
    assert rows == [(GUARDIAN.name, GUARDIAN.relation, 1, club.operator)]


def test_unknown_birth_year_needs_no_consent(club: Club) -> None:
    """A birthday without a year does not make a member a known minor."""
    member = club.members.register(MemberDraft(name="小宝", phone=PHONE, birthday="--05-03"),
                                   operator=club.operator)
    assert not member.guardian_consent


def test_marketing_export_leaves_out_members_without_consent(club: Club, tmp_path: Path) -> None:
    """Only members who consented to marketing are on a marketing list."""
    for name, phone, consent in (("甲", "13800000001", True), ("乙", "13800000002", False)):
        club.members.register(MemberDraft(name=name, phone=phone, marketing_consent=consent),
                              operator=club.operator)
    path = tmp_path / "marketing.xlsx"
    count = MemberExport(club.db, club.members).export(path, MemberFilter(),
                                                       operator=club.operator, marketing=True)
    assert count == 1
    assert [row[1] for row in _sheets(path)["Members"][1:]] == ["甲"]
