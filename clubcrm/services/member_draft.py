"""From what a form or an import typed to the values a member row stores:
each field validated and normalised, or a `ValidationError` naming the field
so the form can focus it. Nothing here touches the database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from clubcrm.domain.dates import Birthday, parse_birthday
from clubcrm.domain.errors import ValidationError
from clubcrm.domain.member import MemberDraft
from clubcrm.domain.phone import normalize_phone
from clubcrm.domain.translatable import N_
from clubcrm.services import name_keys

T = TypeVar("T")
MAX_NAME = 60
MAX_TAG = 30
# PIPL: a child under 14's data is sensitive and needs a guardian's consent.
CONSENT_AGE = 14


def validated_values(draft: MemberDraft) -> dict[str, object]:
    """Column values for a draft, or a `ValidationError` naming the field."""
    name = name_keys.normalize_name(draft.name)
    if not name:
        raise ValidationError(N_("The name is required."), field="name")
    if len(name) > MAX_NAME:
        raise ValidationError(N_("The name is too long (at most 60 characters)."), field="name")
    member_no = draft.member_no.strip().upper()
    if member_no and not _is_member_no(member_no):
        raise ValidationError(
            N_("A member number may use letters, digits, - and _ (at most 32): {member_no}"),
            field="member_no",
            member_no=draft.member_no,
        )
    birthday = _on_field("birthday", parse_birthday, draft.birthday) if draft.birthday.strip() \
        else None
    guardian = draft.guardian
    if guardian and not guardian.name.strip():
        guardian = None
    for tag in draft.tags:
        if len(tag.strip()) > MAX_TAG:
            raise ValidationError(N_("A tag is too long (at most 30 characters): {tag}"),
                                  field="tags", tag=tag)
    phone = normalize_phone(draft.phone)
    guardian_phone = (
        _on_field("guardian_phone", normalize_phone, guardian.phone)
        if guardian and guardian.phone.strip() else None
    )
    joined_on = draft.joined_on or date.today()
    if needs_guardian_consent(birthday, joined_on):
        _require_guardian_consent(draft, guardian_phone)
    return {
        **name_keys.search_keys(name, phone),
        "name": name,
        "phone": phone,
        "member_no": member_no,
        "gender": draft.gender.value,
        "birth_year": birthday.year if birthday else None,
        "birth_month": birthday.month if birthday else None,
        "birth_day": birthday.day if birthday else None,
        "joined_on": joined_on,
        "source_channel": draft.source_channel.strip(),
        "tier_id": draft.tier_id,
        "notes": draft.notes.strip(),
        "marketing_consent": draft.marketing_consent,
        "guardian_name": guardian.name.strip() if guardian else None,
        "guardian_relation": guardian.relation.strip() if guardian else None,
        "guardian_phone": guardian_phone,
    }


def needs_guardian_consent(birthday: Birthday | None, joined_on: date) -> bool:
    """Under 14 on the day of registration (the form and the import apply the
    same rule); a birthday without a year is not a known minor."""
    age = birthday.age_on(joined_on) if birthday else None
    return age is not None and age < CONSENT_AGE


def _require_guardian_consent(draft: MemberDraft, guardian_phone: str | None) -> None:
    """A child under 14 on the day of registration needs a named guardian who
    consented. A birthday without a year does not make a member a known
    minor, so it needs no consent (the age is unknown, not under 14)."""
    guardian = draft.guardian
    if guardian is None or not guardian.name.strip() or not guardian.relation.strip() \
            or not guardian_phone:
        raise ValidationError(
            N_("A member under 14 needs a guardian: name, relation and phone."), field="guardian"
        )
    if not draft.guardian_consent:
        raise ValidationError(
            N_("A member under 14 needs the guardian's consent to keep the child's data."),
            field="guardian",
        )


def _on_field(field: str, parse: Callable[[str], T], text: str) -> T:
    """Parse one form field; a `ValidationError` names that field so the form can focus it."""
    try:
        return parse(text)
    except ValidationError as error:
        error.field = field
        raise


def _is_member_no(text: str) -> bool:
    return 0 < len(text) <= 32 and all(ch.isascii() and (ch.isalnum() or ch in "-_") for ch in text)
