"""The reception search box: one query, every way reception finds a member.

Each way is one indexed lookup with a limit (see PERFORMANCE.md: a leading
wildcard LIKE scans every member, an index range costs microseconds):

| query looks like          | exact                  | prefix                          | substring      |
|---------------------------|------------------------|---------------------------------|----------------|
| digits                    | phone, member number   | phone tail (reversed phone),    |                |
|                           |                        | member number, phone start      |                |
| latin letters             | initials, full pinyin, | initials, full pinyin,          | name grams     |
|                           | member number          | member number                   |                |
| anything else (汉字...)   | name                   | name                            | name grams     |

Results are ranked exact, then prefix, then substring, and capped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from sqlalchemy import ColumnElement

from clubcrm.db import members as queries
from clubcrm.db.database import Database
from clubcrm.db.models import MemberRow
from clubcrm.domain.errors import ValidationError
from clubcrm.domain.member import MATCH_RANK, MatchKind, MemberStatus, SearchHit
from clubcrm.domain.phone import normalize_phone
from clubcrm.services.name_keys import MAX_GRAM, normalize_name

Lookup = tuple[MatchKind, str, Callable[[], ColumnElement[bool]]]

_DIGITS = re.compile(r"^[\d\s\-+]+$")
_LATIN = re.compile(r"^[a-z]+$")
_MEMBER_NO = re.compile(r"^[A-Z0-9\-_]+$")
LIVE = (MemberStatus.ACTIVE, MemberStatus.FROZEN)
WITH_ARCHIVED = (*LIVE, MemberStatus.ARCHIVED)
TAIL_MIN = 3  # a phone tail shorter than this matches thousands of members


def normalize_query(text: str) -> str:
    return normalize_name(unicodedata.normalize("NFKC", text)).strip()


class MemberSearch:
    def __init__(self, db: Database, *, limit: int = 50) -> None:
        self._db = db
        self.limit = limit

    def search(self, text: str, *, include_archived: bool = False) -> list[SearchHit]:
        """Members matching `text`, best matches first, at most `limit`."""
        query = normalize_query(text)
        if not query:
            return []
        statuses = WITH_ARCHIVED if include_archived else LIVE
        hits: dict[int, SearchHit] = {}
        with self._db.read() as session:
            for kind, field, condition in lookups(query):
                if len(hits) >= self.limit and kind != MatchKind.EXACT:
                    break
                for member in queries.find_summaries(
                    session, condition(), statuses=statuses, limit=self.limit
                ):
                    if member.id not in hits or _better(kind, hits[member.id].match):
                        hits[member.id] = SearchHit(member=member, match=kind, field=field)
            if len(query) > MAX_GRAM:
                _drop_false_grams(hits, query)
        ranked = sorted(hits.values(), key=lambda h: (MATCH_RANK[h.match], h.member.member_no))
        return ranked[: self.limit]

    def exact_member(self, text: str) -> int | None:
        """The one member a scanner's number or a full phone identifies, if exactly one."""
        exact = [h for h in self.search(text) if h.match == MatchKind.EXACT]
        return exact[0].member.id if len(exact) == 1 else None


def lookups(query: str) -> list[Lookup]:
    """The indexed lookups worth trying for this query, best kind first."""
    lower = query.lower()
    upper = query.upper()
    if _DIGITS.match(query):
        digits = re.sub(r"\D", "", query)
        return _digit_lookups(digits) if digits else []
    found: list[Lookup] = []
    if _MEMBER_NO.match(upper):
        found.append((MatchKind.EXACT, "member_no", lambda: MemberRow.member_no == upper))
    if _LATIN.match(lower):
        found += [
            (MatchKind.EXACT, "initials", lambda: MemberRow.name_initials == lower),
            (MatchKind.EXACT, "pinyin", lambda: MemberRow.name_pinyin == lower),
        ]
    else:
        found.append((MatchKind.EXACT, "name", lambda: MemberRow.name == query))
    if _MEMBER_NO.match(upper):
        found.append(
            (MatchKind.PREFIX, "member_no", lambda: queries.prefix_range(MemberRow.member_no, upper))
        )
    if _LATIN.match(lower):
        found += [
            (MatchKind.PREFIX, "initials",
             lambda: queries.prefix_range(MemberRow.name_initials, lower)),
            (MatchKind.PREFIX, "pinyin", lambda: queries.prefix_range(MemberRow.name_pinyin, lower)),
        ]
    else:
        found.append((MatchKind.PREFIX, "name", lambda: queries.prefix_range(MemberRow.name, query)))
    found.append((MatchKind.SUBSTRING, "name", lambda: queries.gram_condition(lower[:MAX_GRAM])))
    return found


def _digit_lookups(digits: str) -> list[Lookup]:
    phone = _as_phone(digits)
    found: list[Lookup] = [
        (MatchKind.EXACT, "phone", lambda: MemberRow.phone == phone),
        (MatchKind.EXACT, "member_no", lambda: MemberRow.member_no == digits),
    ]
    if len(digits) >= TAIL_MIN:
        found.append(
            (MatchKind.PREFIX, "phone_tail",
             lambda: queries.prefix_range(MemberRow.phone_rev, digits[::-1]))
        )
    found.append(
        (MatchKind.PREFIX, "member_no", lambda: queries.prefix_range(MemberRow.member_no, digits))
    )
    if len(digits) >= TAIL_MIN:
        found.append(
            (MatchKind.PREFIX, "phone", lambda: queries.prefix_range(MemberRow.phone, digits))
        )
    return found


def _as_phone(digits: str) -> str:
    """`8613800138000` typed with its country code is the phone `13800138000`."""
    try:
        return normalize_phone(digits)
    except ValidationError:
        return digits


def _better(kind: MatchKind, than: MatchKind) -> bool:
    return MATCH_RANK[kind] < MATCH_RANK[than]


def _drop_false_grams(hits: dict[int, SearchHit], query: str) -> None:
    """A long query was looked up by its first MAX_GRAM characters; keep only
    names that really contain all of it."""
    lower = query.lower()
    for member_id, hit in list(hits.items()):
        if hit.match == MatchKind.SUBSTRING and lower not in hit.member.name.lower():
            del hits[member_id]


