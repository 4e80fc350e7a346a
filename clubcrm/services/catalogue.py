"""What the club sells and its member tiers, as the owner configures them.

A product with cards sold keeps its terms for ever (members bought those
terms); it can be retired, and a new product made with the new terms.
Every change is audited.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import date, datetime

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clubcrm.db import cards as cards_db
from clubcrm.db.database import Database
from clubcrm.db.models import (
    BonusRuleRow,
    CardRow,
    ProductRow,
    ProductServiceRow,
    ServiceItemRow,
    TierRow,
)
from clubcrm.domain.audit import AuditAction
from clubcrm.domain.cards import (
    FULL_PRICE,
    BonusRule,
    Product,
    ProductKind,
    ServiceItem,
    Tier,
)
from clubcrm.domain.errors import Conflict, NotFound, ValidationError
from clubcrm.domain.ids import StaffId
from clubcrm.domain.staff import Permission
from clubcrm.domain.translatable import N_
from clubcrm.services import tiers as tier_rules
from clubcrm.services.audit import AuditService
from clubcrm.services.permissions import require

MAX_NAME = 60
MAX_TIER_NAME = 40
MAX_PRICE_FEN = 100_000_000  # ¥1,000,000: a typo guard, far above any real price


@dataclass(frozen=True, slots=True)
class ServiceDraft:
    name: str
    category: str
    price_fen: int


@dataclass(frozen=True, slots=True)
class ProductDraft:
    name: str
    kind: ProductKind
    price_fen: int = 0
    discount_permille: int = FULL_PRICE
    sessions: int = 0
    valid_days: int = 0
    valid_months: int = 0
    bonus_rules: tuple[BonusRule, ...] = ()
    service_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class TierDraft:
    name: str
    discount_permille: int = FULL_PRICE
    points_per_yuan: int = 0
    upgrade_spend_fen: int | None = None
    upgrade_active_months: int = 0


class CatalogueService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def services(self, *, include_retired: bool = True) -> list[ServiceItem]:
        with self._db.read() as session:
            return cards_db.service_items(session, include_retired=include_retired)

    def products(self) -> list[Product]:
        with self._db.read() as session:
            return cards_db.products(session)

    def tiers(self) -> list[Tier]:
        with self._db.read() as session:
            return cards_db.tiers(session)

    # --- services ---

    def save_service(self, draft: ServiceDraft, *, service_id: int | None = None,
                     operator: StaffId) -> int:
        name = _name(draft.name)
        _price(draft.price_fen)
        values = {"name": name, "category": " ".join(draft.category.split())[:40],
                  "price_fen": draft.price_fen}
        with self._change(operator, "service", values) as session:
            if service_id is None:
                return session.execute(insert(ServiceItemRow).values(
                    **values, active=True, created_at=datetime.now())
                    .returning(ServiceItemRow.id)).scalar_one()
            _exists(session, ServiceItemRow, service_id)
            session.execute(update(ServiceItemRow).where(ServiceItemRow.id == service_id)
                            .values(**values))
            return service_id

    def set_service_active(self, service_id: int, active: bool, *, operator: StaffId) -> None:
        with self._change(operator, "service_active", {"id": service_id, "active": active}) \
                as session:
            _exists(session, ServiceItemRow, service_id)
            session.execute(update(ServiceItemRow).where(ServiceItemRow.id == service_id)
                            .values(active=active))

    # --- card products ---

    def save_product(self, draft: ProductDraft, *, product_id: int | None = None,
                     operator: StaffId) -> int:
        values = _checked_product(draft)
        with self._change(operator, "product", {**values, "id": product_id}) as session:
            if product_id is None:
                product_id = session.execute(insert(ProductRow).values(
                    **values, active=True, created_at=datetime.now())
                    .returning(ProductRow.id)).scalar_one()
            else:
                _exists(session, ProductRow, product_id)
                if session.scalar(select(func.count()).where(CardRow.product_id == product_id)):
                    raise Conflict(N_("Cards of this product were sold, so its terms cannot "
                                      "change: retire it and create a new product."))
                session.execute(update(ProductRow).where(ProductRow.id == product_id)
                                .values(**values))
                session.execute(delete(BonusRuleRow).where(BonusRuleRow.product_id == product_id))
                session.execute(delete(ProductServiceRow)
                                .where(ProductServiceRow.product_id == product_id))
            for rule in draft.bonus_rules:
                session.execute(insert(BonusRuleRow).values(
                    product_id=product_id, pay_fen=rule.pay_fen, bonus_fen=rule.bonus_fen))
            for service_id in sorted(set(draft.service_ids)):
                session.execute(insert(ProductServiceRow).values(product_id=product_id,
                                                                 service_id=service_id))
            return product_id

    def set_product_active(self, product_id: int, active: bool, *, operator: StaffId) -> None:
        """Retire a product (no new sales; sold cards keep working) or bring it back."""
        with self._change(operator, "product_active", {"id": product_id, "active": active}) \
                as session:
            _exists(session, ProductRow, product_id)
            session.execute(update(ProductRow).where(ProductRow.id == product_id)
                            .values(active=active))

    # --- tiers ---

    def save_tier(self, draft: TierDraft, *, tier_id: int | None = None,
                  operator: StaffId) -> int:
        values = _checked_tier(draft)
        with self._change(operator, "tier", {**values, "id": tier_id}) as session:
            if tier_id is None:
                rank = (session.scalar(select(func.max(TierRow.rank))) or 0) + 1
                return session.execute(insert(TierRow).values(**values, rank=rank)
                                       .returning(TierRow.id)).scalar_one()
            _exists(session, TierRow, tier_id)
            session.execute(update(TierRow).where(TierRow.id == tier_id).values(**values))
            return tier_id

    def review_tiers(self, *, today: date | None = None) -> list[tier_rules.TierProposal]:
        """Who would move up or down if the tier rules were applied today."""
        with self._db.read() as session:
            return tier_rules.review(session, today or date.today())

    def apply_tier_review(self, proposals: list[tier_rules.TierProposal], *,
                          operator: StaffId) -> int:
        """Apply reviewed proposals, each with its reason; audited as one review.
        A member whose tier changed since the review is skipped; returns how many
        changed."""
        now = datetime.now()
        with self._db.write() as session:
            require(session, operator, Permission.EDIT_PRODUCTS_AND_PRICES)
            applied = 0
            for proposal in proposals:
                current = cards_db.tier_of_member(session, proposal.member_id)
                if current != proposal.current:
                    continue  # changed since the review was shown: left for the next one
                tier_rules.change_tier(session, proposal.member_id, proposal.current,
                                       proposal.proposed, reason=proposal.reason, at=now,
                                       operator=operator)
                applied += 1
            AuditService.record(session, operator=operator, action=AuditAction.TIERS_REVIEWED,
                                details={"changes": applied, "proposed": len(proposals)})
        return applied

    @contextmanager
    def _change(self, operator: StaffId, what: str,
                details: dict[str, object]) -> Iterator[Session]:
        """A catalogue change: permission, one write transaction, an audit row,
        and a clear message when a name is already taken."""
        try:
            with self._db.write() as session:
                require(session, operator, Permission.EDIT_PRODUCTS_AND_PRICES)
                AuditService.record(session, operator=operator,
                                    action=AuditAction.CATALOGUE_CHANGED, subject=what,
                                    details=details)
                yield session
        except IntegrityError as exc:
            if "UNIQUE" in str(exc.orig):
                raise Conflict(N_("This name is already used; choose another.")) from None
            raise Conflict(N_("This entry refers to a service or product that no longer "
                              "exists; reopen the window and try again.")) from None


def _name(text: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise ValidationError(N_("The name is required."), field="name")
    if len(name) > MAX_NAME:
        raise ValidationError(N_("The name is too long (at most 60 characters)."), field="name")
    return name


def _price(fen: int, field: str = "price") -> None:
    if not isinstance(fen, int) or not 0 <= fen <= MAX_PRICE_FEN:
        raise ValidationError(N_("A price is between ¥0.00 and ¥1,000,000.00."), field=field)


def _permille(value: int) -> int:
    if not isinstance(value, int) or not 1 <= value <= FULL_PRICE:
        raise ValidationError(N_("A discount is between 0.1% and 100% of the price (100% is "
                                 "no discount)."), field="discount")
    return value


def _checked_product(draft: ProductDraft) -> dict[str, object]:
    _price(draft.price_fen)
    counts = (draft.sessions, draft.valid_days, draft.valid_months)
    if any(not isinstance(value, int) or value < 0 for value in counts):
        raise ValidationError(N_("Sessions and validity are whole numbers, zero or more."),
                              field="sessions")
    if draft.kind is ProductKind.COUNT and draft.sessions <= 0:
        raise ValidationError(N_("A count card needs a number of sessions."), field="sessions")
    if draft.kind is ProductKind.PERIOD and not (draft.valid_days or draft.valid_months):
        raise ValidationError(N_("A period card needs a validity in days or months."),
                              field="valid_days")
    if draft.kind is not ProductKind.STORED_VALUE and draft.price_fen <= 0:
        raise ValidationError(N_("A count or period card needs a price."), field="price")
    if draft.kind is not ProductKind.STORED_VALUE and draft.bonus_rules:
        raise ValidationError(N_("Only stored-value cards have recharge bonus rules."),
                              field="bonus")
    steps = [rule.pay_fen for rule in draft.bonus_rules]
    if len(set(steps)) != len(steps) or any(
            rule.pay_fen <= 0 or rule.bonus_fen < 0 for rule in draft.bonus_rules):
        raise ValidationError(N_("Each bonus step pays a different amount above zero and adds "
                                 "zero or more."), field="bonus")
    if draft.service_ids and draft.kind is not ProductKind.COUNT:
        raise ValidationError(N_("Only count cards cover chosen services."), field="services")
    if draft.kind is not ProductKind.STORED_VALUE and draft.discount_permille != FULL_PRICE:
        raise ValidationError(N_("Only stored-value cards give a discount on consumption."),
                              field="discount")
    if any(rule.pay_fen > MAX_PRICE_FEN or rule.bonus_fen > MAX_PRICE_FEN
           for rule in draft.bonus_rules):
        raise ValidationError(N_("A bonus step is at most ¥1,000,000.00."), field="bonus")
    values = asdict(draft)
    for derived in ("bonus_rules", "service_ids"):
        values.pop(derived)
    return {**values, "name": _name(draft.name), "kind": draft.kind.value,
            "discount_permille": _permille(draft.discount_permille)}


def _checked_tier(draft: TierDraft) -> dict[str, object]:
    if draft.upgrade_spend_fen is not None:
        _price(draft.upgrade_spend_fen, "upgrade_spend")
    if not isinstance(draft.points_per_yuan, int) or not 0 <= draft.points_per_yuan <= 100:
        raise ValidationError(N_("Points per yuan are between 0 and 100."), field="points")
    if not isinstance(draft.upgrade_active_months, int) \
            or not 0 <= draft.upgrade_active_months <= 12:
        raise ValidationError(N_("Active months are between 0 and 12."), field="months")
    if len(" ".join(draft.name.split())) > MAX_TIER_NAME:
        raise ValidationError(N_("A tier name has at most 40 characters."), field="name")
    return {**asdict(draft), "name": _name(draft.name),
            "discount_permille": _permille(draft.discount_permille)}


def _exists(session: Session, table: type, row_id: int) -> None:
    if session.get(table, row_id) is None:
        raise NotFound(N_("This entry no longer exists."))
