"""The demo club generator: deterministic, realistic, and searchable like real members."""

from __future__ import annotations

import functools
import hashlib
import random
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from clubcrm.domain.member import MemberDraft, MemberFilter, MemberStatus
from clubcrm.domain.phone import normalize_phone
from clubcrm.services import demo_data
from clubcrm.services.club import Club, open_club
from clubcrm.services.demo import generate_demo
from clubcrm.services.demo_keys import NameKeyCache
from clubcrm.services.demo_money import LEDGER_PER_MEMBER
from clubcrm.services.name_keys import name_grams, search_keys
from clubcrm.services.settings import MEMBER_NO_NEXT, MEMBER_NO_PATTERN, format_member_no

TODAY = date(2026, 6, 15)
N = 300


@pytest.fixture
def club(tmp_path: Path) -> Iterator[Club]:
    club = open_club(tmp_path / "club.sqlite")
    yield club
    club.close()


def _demo(club: Club, *, seed: int = 1, members: int = N) -> None:
    generate_demo(club, members=members, months=24, seed=seed, today=TODAY)


def _rows(club: Club, sql: str) -> list[tuple]:
    with sqlite3.connect(club.db.path) as connection:
        return connection.execute(sql).fetchall()


def _fingerprint(path: Path, seed: int) -> str:
    club = open_club(path)
    try:
        _demo(club, seed=seed)
        rows = _rows(
            club,
            "SELECT member_no, name, phone, birth_year, birth_month, birth_day "
            "FROM members ORDER BY id",
        )
    finally:
        club.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def test_same_seed_gives_identical_members(tmp_path: Path) -> None:
    """Two fresh databases from the same seed and date hold the same members."""
    assert _fingerprint(tmp_path / "a.sqlite", 7) == _fingerprint(tmp_path / "b.sqlite", 7)


def test_different_seeds_give_different_members(tmp_path: Path) -> None:
    """Another seed gives another club."""
    assert _fingerprint(tmp_path / "a.sqlite", 7) != _fingerprint(tmp_path / "b.sqlite", 8)


def test_summary_counts_what_was_written(club: Club) -> None:
    """The summary's counts match the rows in the database; progress only grows, to the total."""
    calls: list[tuple[int, int]] = []
    summary = generate_demo(
        club, members=N, months=24, seed=3, today=TODAY, progress=lambda d, t: calls.append((d, t))
    )
    assert summary.members == _rows(club, "SELECT count(*) FROM members")[0][0] == N
    assert summary.name_grams == _rows(club, "SELECT count(*) FROM member_name_grams")[0][0]
    assert summary.tags == _rows(club, "SELECT count(*) FROM member_tags")[0][0]
    assert summary.ledger_rows == _rows(club, "SELECT count(*) FROM ledger")[0][0]
    total = N + round(N * LEDGER_PER_MEMBER)  # members, then ledger rows
    assert calls[-1] == (total, total)
    assert [done for done, _total in calls] == sorted(done for done, _total in calls)


def test_phones_are_unique_valid_mainland_mobiles(club: Club) -> None:
    """Member and guardian phones are distinct 11-digit mobiles with real prefixes."""
    _demo(club)
    phones = [r[0] for r in _rows(club, "SELECT phone FROM members")]
    guardians = "SELECT guardian_phone FROM members WHERE guardian_phone IS NOT NULL"
    phones += [r[0] for r in _rows(club, guardians)]
    assert len(set(phones)) == len(phones)
    for phone in phones:
        assert normalize_phone(phone) == phone
        assert len(phone) == 11 and phone[:3] in demo_data.PHONE_PREFIXES


def test_search_columns_are_what_the_member_service_computes(club: Club) -> None:
    """Pinyin, reversed phone and name grams of every member equal the service's own keys."""
    _demo(club)
    rows = _rows(club, "SELECT id, name, phone, name_initials, name_pinyin, phone_rev FROM members")
    grams: dict[int, set[str]] = {}
    for member_id, gram in _rows(club, "SELECT member_id, gram FROM member_name_grams"):
        grams.setdefault(member_id, set()).add(gram)
    for member_id, name, phone, initials, pinyin, phone_rev in rows:
        expected = search_keys(name, phone)
        assert (initials, pinyin, phone_rev) == (
            expected["name_initials"], expected["name_pinyin"], expected["phone_rev"]
        ), name
        assert grams[member_id] == name_grams(name)


def test_name_key_shortcut_matches_search_keys_for_every_surname() -> None:
    """Reading surname and given name apart gives search_keys' result for every surname."""
    cache = NameKeyCache()
    givens = {*demo_data.FEMALE_CHARS, *demo_data.MALE_CHARS, *demo_data.GIRL_NAMES,
              *demo_data.BOY_NAMES}
    rng = random.Random(0)
    givens |= {rng.choice(demo_data.SHARED_FIRST_CHARS) + rng.choice(demo_data.MALE_CHARS)
               for _ in range(100)}
    for surname, _share in demo_data.SURNAMES:
        for given in givens:
            keys = cache.keys(surname, given)
            expected = search_keys(surname + given, "")
            assert (keys.initials, keys.pinyin) == (
                expected["name_initials"], expected["name_pinyin"]
            ), surname + given


def test_members_are_found_by_phone_tail_and_pinyin_initials(club: Club) -> None:
    """A sample of members is found by reception's search by the last 4 digits and by initials."""
    _demo(club)
    rows = _rows(club, "SELECT id, phone, name_initials, status FROM members")
    for member_id, phone, initials, status in random.Random(5).sample(rows, 50):
        archived = status == "archived"
        search = functools.partial(club.search.search, include_archived=archived,
                                   operator=club.operator)
        by_tail, by_initials = search(phone[-4:]), search(initials)
        assert member_id in {hit.member.id for hit in by_tail}, phone
        assert member_id in {hit.member.id for hit in by_initials}, initials


def test_registration_after_the_demo_gets_the_next_member_number(club: Club) -> None:
    """MEMBER_NO_NEXT moves past the demo's numbers, so the next registration cannot collide."""
    _demo(club)
    taken = {r[0] for r in _rows(club, "SELECT member_no FROM members")}
    member = club.members.register(
        MemberDraft(name="新会员", phone="13912345678"), operator=club.operator
    )
    assert member.member_no not in taken
    pattern = club.settings.get(MEMBER_NO_PATTERN)
    assert member.member_no == format_member_no(pattern, N + 1, date.today())


def test_a_second_run_continues_numbers_and_never_reuses_a_phone(club: Club) -> None:
    """The same seed again on the same database adds new members with fresh numbers and phones."""
    _demo(club)
    _demo(club)
    rows = _rows(club, "SELECT member_no, phone FROM members")
    assert len(rows) == 2 * N
    assert len({r[0] for r in rows}) == len({r[1] for r in rows}) == 2 * N
    assert club.settings.get(MEMBER_NO_NEXT) == 2 * N + 1


def test_member_numbers_follow_the_configured_pattern(club: Club) -> None:
    """A pattern with the year numbers each member by the year they joined."""
    club.settings.set(MEMBER_NO_PATTERN, "VIP{yy}{seq:05d}", operator=club.operator)
    _demo(club, members=50)
    for member_no, joined_on in _rows(club, "SELECT member_no, joined_on FROM members"):
        assert member_no.startswith("VIP" + joined_on[2:4])


def test_children_have_guardians_and_adults_do_not(club: Club) -> None:
    """Every member under 14 has a guardian with a name, a relation and a valid phone."""
    _demo(club)
    rows = _rows(
        club,
        "SELECT birth_year, birth_month, birth_day, guardian_name, guardian_relation, "
        "guardian_phone FROM members",
    )
    children = 0
    for year, month, day, name, relation, phone in rows:
        before_birthday = (TODAY.month, TODAY.day) < (month, day)
        age = None if year is None else TODAY.year - year - before_birthday
        if age is not None and age < demo_data.CHILD_AGE:
            children += 1
            assert name and relation and normalize_phone(phone) == phone
        else:
            assert name is None
    assert children > 0


def test_members_look_like_a_real_club(club: Club) -> None:
    """Shares of unknown birth years, consent, archived members and notes are plausible."""
    total = 2000
    _demo(club, members=total)

    def share(where: str) -> float:
        return _rows(club, f"SELECT count(*) FROM members WHERE {where}")[0][0] / total

    assert 0.05 < share("birth_year IS NULL") < 0.15
    assert 0.6 < share("marketing_consent") < 0.8
    assert 0.005 < share("status = 'archived'") < 0.05
    assert 0.02 < share("notes != ''") < 0.1


def test_tags_and_join_dates_stay_in_range(club: Club) -> None:
    """At most three tags a member; everyone joined within the requested months, up to today."""
    _demo(club)
    per_member = "SELECT max(n) FROM (SELECT count(*) AS n FROM member_tags GROUP BY member_id)"
    assert _rows(club, per_member)[0][0] <= 3
    first, last = _rows(club, "SELECT min(joined_on), max(joined_on) FROM members")[0]
    assert "2024-06-15" <= first and last <= TODAY.isoformat()


def test_demo_children_have_guardian_consent(tmp_path: Path) -> None:
    """Every demo child has a consent record, so editing one needs no new consent."""
    club = open_club(tmp_path / "consent.sqlite")
    try:
        generate_demo(club, members=300, months=12, seed=5, today=date(2026, 11, 1))
        children = [m for m in club.members.iter_all(MemberFilter(statuses=tuple(MemberStatus)),
                                                     operator=club.operator) if m.guardian]
        assert children and all(m.guardian_consent for m in children)
    finally:
        club.close()
