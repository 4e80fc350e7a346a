"""Schema versions. Alembic revisions live in `migrations/`; they are applied
at start. Alembic itself is imported only when an upgrade is needed, because
it costs about half a second of start-up."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, inspect, text

from clubcrm.domain.errors import StorageError
from clubcrm.domain.translatable import N_

log = logging.getLogger("clubcrm.db")

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# Oldest first; a test proves this list is exactly Alembic's revision chain.
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009",
             "0010")
HEAD = REVISIONS[-1]


def current_revision(connection: Connection) -> str | None:
    """The schema version stored in the file, or None for a database without one."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def bring_up_to_date(connection: Connection, *, path: Path) -> None:
    """Upgrade to HEAD, or refuse a file this version of the app cannot understand."""
    revision = current_revision(connection)
    connection.rollback()
    if revision == HEAD:
        return
    if revision is None and inspect(connection).get_table_names():
        raise StorageError(
            N_("{path} is a database of another program, not of clubcrm."), path=str(path)
        )
    if revision is not None and revision not in REVISIONS:
        raise StorageError(
            N_("{path} was written by a newer version of clubcrm; please update the app."),
            path=str(path),
        )
    upgrade(connection, HEAD)


def upgrade(connection: Connection, target: str) -> None:
    """Run Alembic's upgrade to `target` on an open connection."""
    from alembic import command  # heavy; only needed when the schema changes
    from alembic.config import Config

    log.info("upgrading schema to %s", target)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    with _foreign_keys_off(connection) as broken_references:
        command.upgrade(config, target)
        if broken_references():
            connection.rollback()
            raise StorageError(N_("The database upgrade found broken references between "
                                  "records; it was not applied."))
        connection.commit()


@contextmanager
def _foreign_keys_off(connection: Connection) -> Iterator[Callable[[], bool]]:
    """Revisions that rebuild a table (SQLite's only way to change a constraint)
    must not fire ON DELETE CASCADE when the old table is dropped. The pragma
    works only outside a transaction, so it goes to the driver connection,
    which SQLAlchemy has not begun yet."""
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute("PRAGMA foreign_keys=OFF")
    try:
        yield lambda: driver.execute("PRAGMA foreign_key_check").fetchone() is not None
    finally:
        driver.execute("PRAGMA foreign_keys=ON")
