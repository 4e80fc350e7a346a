"""Opening a club: the database and every service over it, in one object.

The GUI and the CLI both start here, so they see the same services.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from clubcrm import i18n
from clubcrm.db.database import Database, open_database
from clubcrm.db.models import StaffRow, TierRow
from clubcrm.domain.ids import StaffId
from clubcrm.domain.staff import Actor, Role
from clubcrm.domain.translatable import N_
from clubcrm.services.audit import AuditService
from clubcrm.services.cards import CardCare, CardService
from clubcrm.services.care_tasks import CareTaskService
from clubcrm.services.catalogue import CatalogueService
from clubcrm.services.ledger import LedgerService
from clubcrm.services.member_search import MemberSearch
from clubcrm.services.members import MemberService
from clubcrm.services.privacy import PrivacyService
from clubcrm.services.settings import SEARCH_LIMIT, SettingsService
from clubcrm.services.staff import StaffService
from clubcrm.services.visits import VisitService

if TYPE_CHECKING:
    from clubcrm.services.segment_snapshots import SegmentSnapshots
    from clubcrm.services.segmentation import SegmentationService

DEFAULT_TIERS = (N_("Regular"), N_("Silver"), N_("Gold"), N_("Platinum"))
OWNER_USERNAME = "owner"


@dataclass
class Club:
    db: Database
    members: MemberService
    search: MemberSearch
    settings: SettingsService
    staff: StaffService
    audit: AuditService
    privacy: PrivacyService
    cards: CardService
    card_care: CardCare
    catalogue: CatalogueService
    ledger: LedgerService
    visits: VisitService
    # The current operator: the default owner while no account has a password;
    # otherwise nobody (`NO_OPERATOR`) until the GUI or the CLI signs somebody in.
    operator: StaffId

    @cached_property
    def segments(self) -> SegmentationService:
        # Imported on first use: numpy and the segmentation stay out of start-up.
        from clubcrm.services.segmentation import SegmentationService

        return SegmentationService(self.db)

    @cached_property
    def segment_snapshots(self) -> SegmentSnapshots:
        from clubcrm.services.segment_snapshots import SegmentSnapshots

        return SegmentSnapshots(self.db, self.segments)

    @cached_property
    def care(self) -> CareTaskService:
        return CareTaskService(self.db, lambda: self.segments)

    def current_actor(self) -> Actor:
        return self.staff.actor(self.operator)

    def close(self) -> None:
        self.db.close()


def open_club(path: Path) -> Club:
    """Open or create the club database at `path`; a new one gets the owner
    account and the usual tiers, named in the current language."""
    db = open_database(path)
    _ensure_defaults(db)
    settings = SettingsService(db)
    staff = StaffService(db)
    search = MemberSearch(db, limit=settings.get(SEARCH_LIMIT))
    return Club(
        db=db,
        members=MemberService(db),
        search=search,
        settings=settings,
        staff=staff,
        audit=AuditService(db),
        privacy=PrivacyService(db),
        cards=CardService(db),
        card_care=CardCare(db),
        catalogue=CatalogueService(db),
        ledger=LedgerService(db),
        visits=VisitService(db, search),
        operator=staff.initial_operator(),
    )


def _ensure_defaults(db: Database) -> None:
    with db.read() as session:
        if session.scalar(select(StaffRow.id).limit(1)) is not None:
            return
    with db.write() as session:
        session.add(StaffRow(
            username=OWNER_USERNAME,
            display_name=i18n.translate(N_("Owner")),
            role=Role.OWNER.value,
            active=True,
            failed_logins=0,
            created_at=datetime.now(),
        ))
        if session.scalar(select(TierRow.id).limit(1)) is None:
            session.add_all(
                TierRow(name=i18n.translate(name), rank=rank)
                for rank, name in enumerate(DEFAULT_TIERS)
            )
