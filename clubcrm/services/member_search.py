"""The reception search box: one query, every way reception finds a member.

Each way is one indexed lookup with a limit (see PERFORMANCE.md: a leading
wildcard LIKE scans every member, an index range costs microseconds):

- digits: phone and member number exactly; then the phone's tail (a range on
  the indexed reversed phone), member number and phone prefixes;
- latin letters: pinyin initials and full pinyin, exactly then as prefixes
  (and member numbers when the query has digits too);
- anything else (汉字...): the name exactly, then as a prefix;
- and for every non-digit query, any part of the name (the name grams table).

Results are ranked exact, then prefix, then substring, and capped. Matching
is on the stored phones, so everybody finds by full phone and tail; only the
phones returned are masked for roles without VIEW_FULL_PHONE.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from clubcrm.db import members as queries
from clubcrm.db.database import Database
from clubcrm.domain.errors import ValidationError
from clubcrm.domain.ids import StaffId
from clubcrm.domain.member import MATCH_RANK, MatchKind, MemberStatus, SearchHit
from clubcrm.domain.phone import normalize_phone
from clubcrm.services.name_keys import MAX_GRAM, normalize_name
from clubcrm.services.permissions import sees_full_phones


@dataclass(frozen=True, slots=True)
class Lookup:
    """One indexed lookup: members whose `column` equals (or starts with) `value`."""

    kind: MatchKind
    field: str  # what the user sees as the reason for the hit
    column: str  # a key of clubcrm.db.members.SEARCH_COLUMNS
    mode: queries.SearchMode
    value: str


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

    def search(
        self, text: str, *, operator: StaffId, include_archived: bool = False
    ) -> list[SearchHit]:
        """Members matching `text`, best matches first, at most `limit`."""
        query = normalize_query(text)
        if not query:
            return []
        statuses = WITH_ARCHIVED if include_archived else LIVE
        hits: dict[int, SearchHit] = {}
        with self._db.read() as session:
            full_phones = sees_full_phones(session, operator)  # once per search, not per hit
            for lookup in lookups(query):
                if len(hits) >= self.limit and lookup.kind != MatchKind.EXACT:
                    break
                found = queries.search_members(
                    session, lookup.column, lookup.mode, lookup.value,
                    statuses=statuses, limit=self.limit,
                )
                for member in found:
                    if member.id not in hits or _better(lookup.kind, hits[member.id].match):
                        hits[member.id] = SearchHit(member=member, match=lookup.kind,
                                                    field=lookup.field)
            if len(query) > MAX_GRAM:
                _drop_false_grams(hits, query)
        ranked = sorted(hits.values(), key=lambda h: (MATCH_RANK[h.match], h.member.member_no))
        if full_phones:
            return ranked[: self.limit]
        return [replace(h, member=h.member.masked()) for h in ranked[: self.limit]]

    def exact_member(self, text: str, *, operator: StaffId) -> int | None:
        """The one member a scanner's number or a full phone identifies, if exactly one."""
        exact = [h for h in self.search(text, operator=operator) if h.match == MatchKind.EXACT]
        return exact[0].member.id if len(exact) == 1 else None


def lookups(query: str) -> list[Lookup]:
    """The indexed lookups worth trying for this query, best kind first."""
    if _DIGITS.match(query):
        digits = re.sub(r"\D", "", query)
        return _digit_lookups(digits) if digits else []
    lower, upper = query.lower(), query.upper()
    # Every generated member number has digits: a query without one is a name.
    is_member_no = bool(_MEMBER_NO.match(upper)) and any(ch.isdigit() for ch in upper)
    is_latin = bool(_LATIN.match(lower))
    exact, prefix = MatchKind.EXACT, MatchKind.PREFIX
    found: list[Lookup] = []
    if is_member_no:
        found.append(Lookup(exact, "member_no", "member_no", "exact", upper))
    if is_latin:
        found += [Lookup(exact, "initials", "initials", "exact", lower),
                  Lookup(exact, "pinyin", "pinyin", "exact", lower)]
    else:
        found.append(Lookup(exact, "name", "name", "exact", query))
    if is_member_no:
        found.append(Lookup(prefix, "member_no", "member_no", "prefix", upper))
    if is_latin:
        found += [Lookup(prefix, "initials", "initials", "prefix", lower),
                  Lookup(prefix, "pinyin", "pinyin", "prefix", lower)]
    else:
        found.append(Lookup(prefix, "name", "name", "prefix", query))
    found.append(Lookup(MatchKind.SUBSTRING, "name", "gram", "exact", lower[:MAX_GRAM]))
    return found


def _digit_lookups(digits: str) -> list[Lookup]:
    exact, prefix = MatchKind.EXACT, MatchKind.PREFIX
    found = [Lookup(exact, "phone", "phone", "exact", _as_phone(digits)),
             Lookup(exact, "member_no", "member_no", "exact", digits)]
    if len(digits) >= TAIL_MIN:
        found.append(Lookup(prefix, "phone_tail", "phone_rev", "prefix", digits[::-1]))
    found.append(Lookup(prefix, "member_no", "member_no", "prefix", digits))
    if len(digits) >= TAIL_MIN:
        found.append(Lookup(prefix, "phone", "phone", "prefix", digits))
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


