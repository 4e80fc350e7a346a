"""Opening a club: the database and every service over it, in one object.

The GUI and the CLI both start here, so they see the same services.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from clubcrm import i18n
from clubcrm.db.database import Database, open_database
from clubcrm.db.models import StaffRow, TierRow
from clubcrm.domain.ids import StaffId
from clubcrm.domain.translatable import N_
from clubcrm.services.member_search import MemberSearch
from clubcrm.services.members import MemberService
from clubcrm.services.settings import SEARCH_LIMIT, SettingsService

DEFAULT_TIERS = (N_("Regular"), N_("Silver"), N_("Gold"), N_("Platinum"))
OWNER_USERNAME = "owner"


@dataclass
class Club:
    db: Database
    members: MemberService
    search: MemberSearch
    settings: SettingsService
    operator: StaffId  # the default owner account until staff logins exist

    def close(self) -> None:
        self.db.close()


def open_club(path: Path) -> Club:
    """Open or create the club database at `path`; a new one gets the owner
    account and the usual tiers, named in the current language."""
    db = open_database(path)
    operator = _ensure_defaults(db)
    settings = SettingsService(db)
    return Club(
        db=db,
        members=MemberService(db),
        search=MemberSearch(db, limit=settings.get(SEARCH_LIMIT)),
        settings=settings,
        operator=operator,
    )


def _ensure_defaults(db: Database) -> StaffId:
    with db.read() as session:
        owner = session.scalar(select(StaffRow.id).where(StaffRow.username == OWNER_USERNAME))
    if owner is not None:
        return StaffId(owner)
    with db.write() as session:
        row = StaffRow(
            username=OWNER_USERNAME,
            display_name=i18n.translate(N_("Owner")),
            role="owner",
            active=True,
        )
        session.add(row)
        if session.scalar(select(TierRow.id).limit(1)) is None:
            session.add_all(
                TierRow(name=i18n.translate(name), rank=rank)
                for rank, name in enumerate(DEFAULT_TIERS)
            )
        session.flush()
        return StaffId(row.id)
