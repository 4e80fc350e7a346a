"""The bulk-insert helpers of an import commit: member and card numbering as
the services number them, products made on first use, name keys, and a big
page cache for the load (its indexes are built after it: `db.bulk_load`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy.orm import Session

from clubcrm import i18n
from clubcrm.domain.cards import ProductKind
from clubcrm.domain.translatable import N_
from clubcrm.services import name_keys
from clubcrm.services.demo_keys import NameKeyCache
from clubcrm.services.import_preview import Preview
from clubcrm.services.import_rows import CardPlan
from clubcrm.services.settings import (
    CARD_NO_NEXT,
    MEMBER_NO_NEXT,
    MEMBER_NO_PATTERN,
    format_member_no,
    read_setting,
    write_setting,
)

DEFAULT_PRODUCT_NAMES = {
    ProductKind.STORED_VALUE: N_("Imported stored-value card"),
    ProductKind.COUNT: N_("Imported count card"),
    ProductKind.PERIOD: N_("Imported period card"),
}


# 16 MiB: the index pages a 50,000-member load keeps touching stay in memory. The
# demo's 256 MiB kept every new page too: ~20 MB more peak RSS (issue 8 allows 300 MB).
IMPORT_CACHE_KIB = 16 * 1024


@contextmanager
def big_cache(session: Session) -> Iterator[None]:
    """A larger page cache while loading, so index inserts stay in memory; the
    connection's own size afterwards."""
    connection = session.connection().connection.driver_connection
    assert connection is not None
    size = connection.execute("PRAGMA cache_size").fetchone()[0]
    connection.execute(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        connection.execute(f"PRAGMA cache_size={int(size)}")


class NameKeys:
    """Search keys as the member service stores them. Chinese names go through
    the demo generator's cache (surname and given name read once each, checked
    against `search_keys`); anything else through `search_keys` itself."""

    def __init__(self) -> None:
        self._cache = NameKeyCache()

    def keys_of(self, name: str) -> tuple[str, str, tuple[str, ...]]:
        if len(name) >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in name):
            found = self._cache.keys(name[:1], name[1:])
            return found.initials, found.pinyin, found.grams
        keys = name_keys.search_keys(name, "")
        return (keys["name_initials"], keys["name_pinyin"],
                tuple(sorted(name_keys.name_grams(name))))


def first_id(connection: sqlite3.Connection, table: str) -> int:
    return int(connection.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])


class Numbering:
    """Member numbers: the file's own when free, otherwise the club's pattern
    (as the member service numbers a new member)."""

    def __init__(self, session: Session, connection: sqlite3.Connection) -> None:
        self._session = session
        self._pattern = read_setting(session, MEMBER_NO_PATTERN)
        self._seq = read_setting(session, MEMBER_NO_NEXT)
        self._taken = {row[0] for row in connection.execute("SELECT member_no FROM members")}
        self._moved = False

    def take(self, wanted: str, joined: date) -> str:
        if wanted and wanted not in self._taken:
            self._taken.add(wanted)
            return wanted
        while (number := format_member_no(self._pattern, self._seq, joined)) in self._taken:
            self._seq += 1
        self._seq += 1
        self._moved = True
        self._taken.add(number)
        return number

    def save(self) -> None:
        if self._moved:
            write_setting(self._session, MEMBER_NO_NEXT, self._seq)


class CardNumbers:
    def __init__(self, session: Session, connection: sqlite3.Connection) -> None:
        self._session = session
        self._seq = read_setting(session, CARD_NO_NEXT)
        self._taken = {row[0] for row in connection.execute("SELECT card_no FROM cards")}

    def take(self) -> str:
        while (number := f"C{self._seq:07d}") in self._taken:
            self._seq += 1
        self._seq += 1
        return number

    def save(self) -> None:
        write_setting(self._session, CARD_NO_NEXT, self._seq)


class Products:
    """The product of each card: matched, chosen, or (first time) created."""

    def __init__(self, connection: sqlite3.Connection, preview: Preview, stamp: str) -> None:
        self._connection = connection
        self._defaults = dict(preview.catalogue.defaults)
        self._stamp = stamp

    def id_for(self, plan: CardPlan) -> int:
        if plan.product_id is not None:
            return plan.product_id
        found = self._defaults.get(plan.kind)
        if found is None:
            found = self._defaults[plan.kind] = self._create(plan.kind)
        return found

    def _create(self, kind: ProductKind) -> int:
        name = i18n.translate(DEFAULT_PRODUCT_NAMES[kind])
        row = self._connection.execute(
            "SELECT id FROM card_products WHERE name = ? AND kind = ?", (name, kind.value)
        ).fetchone()
        if row:
            return int(row[0])
        cursor = self._connection.execute(
            "INSERT INTO card_products (name, kind, price_fen, discount_permille, sessions, "
            "valid_days, valid_months, active, created_at) VALUES (?, ?, 0, 1000, 0, 0, 0, 1, ?)",
            (name, kind.value, self._stamp))
        return int(cursor.lastrowid or 0)
