"""Phone masking for roles without VIEW_FULL_PHONE: lists, search, records, revealing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from clubcrm.domain.ids import StaffId
from clubcrm.domain.member import Guardian, Member, MemberDraft, MemberFilter
from clubcrm.domain.staff import Role
from clubcrm.services.club import Club

PHONE, MASKED = "13800138000", "138****8000"
GUARDIAN_PHONE, GUARDIAN_MASKED = "13912345678", "139****5678"


@pytest.fixture
def child(club: Club) -> Member:
    return club.members.register(
        MemberDraft(name="张小宝", phone=PHONE,
                    guardian=Guardian("王芳", "Mother", GUARDIAN_PHONE)),
        operator=club.operator,
    )


@pytest.fixture
def reception(staff: dict[Role, StaffId]) -> StaffId:
    return staff[Role.RECEPTION]


@pytest.mark.parametrize("query", [PHONE, "8000", "138 0013 8000", "zxb", "小宝"])
def test_reception_finds_by_any_key_and_sees_masked_phone(
    club: Club, child: Member, reception: StaffId, query: str
) -> None:
    """Search matches stored phones (full and tail) for everybody; reception sees the mask."""
    [hit] = club.search.search(query, operator=reception)
    assert hit.member.id == child.id and hit.member.phone == MASKED
    assert club.search.exact_member(PHONE, operator=reception) == child.id


def test_list_record_and_export_rows_masked_for_reception(
    club: Club, child: Member, reception: StaffId
) -> None:
    """Member list pages, the member record (guardian too) and export rows are masked."""
    [(summary, _)] = club.members.page(MemberFilter(), operator=reception)
    assert summary.phone == MASKED
    member = club.members.get(child.id, operator=reception)
    assert member.phone == MASKED
    assert member.guardian is not None and member.guardian.phone == GUARDIAN_MASKED
    [exported] = club.members.iter_all(MemberFilter(), operator=reception)
    assert exported.phone == MASKED and exported.guardian.phone == GUARDIAN_MASKED


def test_manager_and_owner_see_full_phones(club: Club, child: Member, staff: dict) -> None:
    """Roles with VIEW_FULL_PHONE see the numbers as stored."""
    for role in (Role.MANAGER, Role.OWNER):
        assert club.members.get(child.id, operator=staff[role]).phone == PHONE
        [hit] = club.search.search("8000", operator=staff[role])
        assert hit.member.phone == PHONE


def test_duplicates_and_write_results_masked(club: Club, child: Member,
                                             reception: StaffId) -> None:
    """What reception's own writes and the duplicate list return is masked too."""
    twin = club.members.register(MemberDraft(name="张大宝", phone=PHONE), operator=reception,
                                 allow_shared_phone=True)
    assert twin.phone == MASKED
    [group] = club.members.duplicate_groups(operator=reception)
    assert {m.phone for m in group} == {MASKED}
    assert club.members.archive(twin.id, operator=reception).phone == MASKED


def test_saving_unrevealed_masks_keeps_the_real_phones(
    club: Club, child: Member, reception: StaffId
) -> None:
    """An edit sent back with the masked phones changes the name, never the numbers."""
    draft = club.members.get(child.id, operator=reception).draft()
    club.members.update(child.id, replace(draft, name="张宝宝"), operator=reception)
    stored = club.members.get(child.id, operator=club.operator)
    assert stored.name == "张宝宝" and stored.phone == PHONE
    assert stored.guardian is not None and stored.guardian.phone == GUARDIAN_PHONE


def test_reception_may_change_a_phone_after_revealing(
    club: Club, child: Member, reception: StaffId
) -> None:
    """A typed new number replaces the stored one."""
    phones = club.members.reveal_phone(child.id, operator=reception)
    assert (phones.phone, phones.guardian_phone) == (PHONE, GUARDIAN_PHONE)
    draft = club.members.get(child.id, operator=reception).draft()
    club.members.update(child.id, replace(draft, phone="13700001111"), operator=reception)
    assert club.members.get(child.id, operator=club.operator).phone == "13700001111"
