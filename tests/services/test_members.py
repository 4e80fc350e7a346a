from datetime import date

import pytest

from clubcrm.domain.errors import Conflict, DuplicatePhone, NotFound, ValidationError
from clubcrm.domain.member import Gender, Guardian, MemberDraft, MemberFilter, MemberStatus
from clubcrm.services.club import Club
from clubcrm.services.settings import MEMBER_NO_NEXT, MEMBER_NO_PATTERN


def register(club: Club, name: str = "张三", phone: str = "13800138000", **fields):
    return club.members.register(MemberDraft(name=name, phone=phone, **fields),
                                 operator=club.operator)


def test_register_normalises_and_numbers(club: Club) -> None:
    """A new member gets a generated number, a canonical phone and parsed birthday."""
    member = register(club, name=" 张三 ", phone="+86 138-0013-8000", birthday="5月3日",
                      tags=("游泳", " VIP ", "游泳"))
    assert member.member_no == "000001"
    assert member.name == "张三"
    assert member.phone == "13800138000"
    assert member.birthday is not None and member.birthday.iso() == "--05-03"
    assert member.tags == ("VIP", "游泳")
    assert member.status is MemberStatus.ACTIVE
    assert member.joined_on == date.today()


def test_register_with_guardian_for_minor(club: Club) -> None:
    """A child's record keeps the guardian's name, relation and phone."""
    member = register(club, name="小宝", birthday="2024-03-01",
                      guardian=Guardian("王芳", "母亲", "139 1234 5678"), guardian_consent=True)
    assert member.guardian == Guardian("王芳", "母亲", "13912345678")
    assert member.guardian_consent


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"name": "  "}, "name"),
        ({"phone": "12345"}, "phone"),
        ({"birthday": "1990-02-30"}, "birthday"),
        ({"guardian": Guardian("王芳", "母亲", "123")}, "guardian_phone"),
        ({"tags": ("x" * 31,)}, "tags"),
        ({"member_no": "会员1"}, "member_no"),
        ({"name": "x" * 61}, "name"),
    ],
)
def test_bad_input_changes_nothing(club: Club, fields: dict, field: str | None) -> None:
    """Invalid name, phone, birthday or member number: a message and no record."""
    with pytest.raises(ValidationError) as caught:
        register(club, **fields)
    assert caught.value.field == field
    assert club.members.count(MemberFilter(statuses=tuple(MemberStatus))) == 0


def test_duplicate_phone_offers_existing(club: Club) -> None:
    """A phone already on file stops registration and names the existing member."""
    first = register(club)
    with pytest.raises(DuplicatePhone) as caught:
        register(club, name="李四", phone="138 0013 8000")
    assert caught.value.existing_id == first.id
    assert club.members.count(MemberFilter()) == 1


def test_shared_phone_allowed_when_user_says_so(club: Club) -> None:
    """Reception may register a different person on a family phone."""
    register(club)
    child = club.members.register(MemberDraft(name="张小宝", phone="13800138000"),
                                  operator=club.operator, allow_shared_phone=True)
    assert child.phone == "13800138000"


def test_duplicate_member_number_refused(club: Club) -> None:
    """A typed or scanned member number already in use is refused."""
    register(club, member_no="A100")
    with pytest.raises(Conflict):
        register(club, phone="13900000000", member_no="a100")


def test_generated_numbers_skip_typed_ones(club: Club) -> None:
    """The pattern's next number skips numbers typed by hand."""
    club.settings.set(MEMBER_NO_PATTERN, "VIP{seq:04d}", operator=club.operator)
    register(club, phone="13900000001", member_no="VIP0001")
    member = register(club, phone="13900000002")
    assert member.member_no == "VIP0002"
    assert club.settings.get(MEMBER_NO_NEXT) == 3


def test_bad_pattern_refused(club: Club) -> None:
    """A member number pattern without {seq} is refused and not saved."""
    with pytest.raises(ValidationError):
        club.settings.set(MEMBER_NO_PATTERN, "VIP", operator=club.operator)
    assert club.settings.get(MEMBER_NO_PATTERN) == "{seq:06d}"


def test_update_changes_fields_and_keys(club: Club) -> None:
    """Editing a name updates what search finds."""
    member = register(club)
    draft = member.draft()
    updated = club.members.update(
        member.id,
        MemberDraft(**{**_fields(draft), "name": "李四", "gender": Gender.MALE}),
        operator=club.operator,
    )
    assert updated.name == "李四" and updated.gender is Gender.MALE
    assert [h.member.id for h in club.search.search("ls", operator=club.operator)] == [member.id]
    assert club.search.search("zs", operator=club.operator) == []


def test_update_to_taken_phone_refused(club: Club) -> None:
    """Changing a phone to another member's phone is stopped."""
    register(club)
    other = register(club, name="李四", phone="13900000000")
    with pytest.raises(DuplicatePhone):
        club.members.update(other.id, MemberDraft(name="李四", phone="13800138000"),
                            operator=club.operator)


def test_archive_and_restore(club: Club) -> None:
    """Archived members leave search and the default list, and come back on restore."""
    member = register(club)
    club.members.archive(member.id, operator=club.operator)
    assert club.search.search("8000", operator=club.operator) == []
    assert club.members.count(MemberFilter()) == 0
    assert len(club.search.search("8000", include_archived=True, operator=club.operator)) == 1
    club.members.restore(member.id, operator=club.operator)
    assert club.members.get(member.id, operator=club.operator).status is MemberStatus.ACTIVE
    with pytest.raises(Conflict):
        club.members.restore(member.id, operator=club.operator)


def test_get_unknown_member(club: Club) -> None:
    """Asking for a member that does not exist is a NotFound error."""
    with pytest.raises(NotFound):
        club.members.get(999, operator=club.operator)


def test_merge_moves_everything_to_survivor(club: Club) -> None:
    """A merge keeps the survivor, fills its gaps, unions tags and records itself."""
    survivor = register(club, tags=("游泳",), notes="喜欢早上来")
    duplicate = club.members.register(
        MemberDraft(name="张三", phone="13800138000", birthday="1990-05-03", tags=("私教",),
                    notes="膝盖旧伤", gender=Gender.MALE),
        operator=club.operator, allow_shared_phone=True)
    assert len(club.members.duplicate_groups(operator=club.operator)) == 1
    result = club.members.merge(survivor.id, duplicate.id, operator=club.operator,
                                reason="same person")
    merged = result.survivor
    assert set(merged.tags) == {"私教", "游泳"}
    assert merged.birthday is not None and merged.birthday.year == 1990
    assert merged.gender is Gender.MALE
    assert "膝盖旧伤" in merged.notes and "喜欢早上来" in merged.notes
    gone = club.members.get(duplicate.id, operator=club.operator)
    assert gone.status is MemberStatus.MERGED and gone.merged_into == survivor.id
    assert club.members.duplicate_groups(operator=club.operator) == []
    hits = club.search.search("8000", operator=club.operator)
    assert [h.member.id for h in hits] == [survivor.id]
    with pytest.raises(Conflict):
        club.members.merge(survivor.id, duplicate.id, operator=club.operator)


def test_merge_with_itself_refused(club: Club) -> None:
    """A member cannot be merged into itself."""
    member = register(club)
    with pytest.raises(ValidationError):
        club.members.merge(member.id, member.id, operator=club.operator)


def test_same_name_and_birthday_suggested(club: Club) -> None:
    """Two records with one name and birthday but different phones are suggested."""
    register(club, birthday="1990-05-03")
    register(club, phone="13900000000", birthday="1990-05-03")
    groups = club.members.duplicate_groups(operator=club.operator)
    assert [len(g) for g in groups] == [2]


def _fields(draft: MemberDraft) -> dict:
    return {f: getattr(draft, f) for f in draft.__dataclass_fields__}


def test_lowercase_pattern_numbers_are_findable(club: Club) -> None:
    """A pattern typed in lower case still gives numbers search can find."""
    club.settings.set(MEMBER_NO_PATTERN, "vip{seq:03d}", operator=club.operator)
    member = register(club)
    assert member.member_no == "VIP001"
    assert club.search.exact_member("vip001", operator=club.operator) == member.id
