"""Reading cards, products, services and tiers as domain objects."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clubcrm.db.models import (
    BonusRuleRow,
    CardHolderRow,
    CardRow,
    MemberRow,
    PointsRow,
    ProductRow,
    ProductServiceRow,
    ServiceItemRow,
    TierRow,
)
from clubcrm.domain.cards import (
    Balances,
    BonusRule,
    Card,
    CardStatus,
    Product,
    ProductKind,
    ServiceItem,
    Tier,
)
from clubcrm.domain.ids import MemberId


def products(session: Session, ids: Iterable[int] | None = None) -> list[Product]:
    """Products (all, or those with `ids`), with their bonus steps, services
    and how many cards were sold: the rules that make a product read-only."""
    query = select(ProductRow).order_by(ProductRow.active.desc(), ProductRow.name)
    if ids is not None:
        query = query.where(ProductRow.id.in_(list(ids)))
    rows = session.scalars(query).all()
    wanted = [row.id for row in rows]
    rules: dict[int, list[BonusRule]] = defaultdict(list)
    for rule in session.scalars(select(BonusRuleRow).where(BonusRuleRow.product_id.in_(wanted))
                                .order_by(BonusRuleRow.pay_fen)):
        rules[rule.product_id].append(BonusRule(rule.pay_fen, rule.bonus_fen))
    services: dict[int, list[int]] = defaultdict(list)
    for link in session.scalars(select(ProductServiceRow)
                                .where(ProductServiceRow.product_id.in_(wanted))):
        services[link.product_id].append(link.service_id)
    sold = dict(session.execute(
        select(CardRow.product_id, func.count()).where(CardRow.product_id.in_(wanted))
        .group_by(CardRow.product_id)).tuples().all())
    return [Product(
        id=row.id, name=row.name, kind=ProductKind(row.kind), price_fen=row.price_fen,
        discount_permille=row.discount_permille, sessions=row.sessions,
        valid_days=row.valid_days, valid_months=row.valid_months,
        bonus_rules=tuple(rules[row.id]), service_ids=tuple(sorted(services[row.id])),
        active=row.active, sold=sold.get(row.id, 0),
    ) for row in rows]


def service_items(session: Session, *, include_retired: bool = True) -> list[ServiceItem]:
    query = select(ServiceItemRow).order_by(ServiceItemRow.category, ServiceItemRow.name)
    if not include_retired:
        query = query.where(ServiceItemRow.active.is_(True))
    return [ServiceItem(row.id, row.name, row.category, row.price_fen, row.active)
            for row in session.scalars(query)]


def tiers(session: Session) -> list[Tier]:
    return [Tier(id=row.id, name=row.name, rank=row.rank,
                 discount_permille=row.discount_permille, points_per_yuan=row.points_per_yuan,
                 upgrade_spend_fen=row.upgrade_spend_fen,
                 upgrade_active_months=row.upgrade_active_months)
            for row in session.scalars(select(TierRow).order_by(TierRow.rank, TierRow.id))]


def tier_of_member(session: Session, member_id: int) -> Tier | None:
    tier_id = session.scalar(select(MemberRow.tier_id).where(MemberRow.id == member_id))
    return next((tier for tier in tiers(session) if tier.id == tier_id), None)


def points_of(session: Session, member_id: int) -> int:
    return session.scalar(select(PointsRow.points).where(PointsRow.member_id == member_id)) or 0


def cards_of_member(session: Session, member_id: int) -> list[Card]:
    """The member's own cards and the family cards they may use, usable first."""
    shared = select(CardHolderRow.card_id).where(CardHolderRow.member_id == member_id)
    query = select(CardRow).where((CardRow.member_id == member_id) | CardRow.id.in_(shared))
    return _cards(session, session.scalars(query).all())


def card(session: Session, card_id: int) -> Card | None:
    row = session.get(CardRow, card_id)
    return _cards(session, [row])[0] if row is not None else None


def card_by_number(session: Session, card_no: str) -> Card | None:
    row = session.scalar(select(CardRow).where(CardRow.card_no == card_no.strip().upper()))
    return _cards(session, [row])[0] if row is not None else None


def _cards(session: Session, rows: Iterable[CardRow]) -> list[Card]:
    rows = list(rows)
    if not rows:
        return []
    by_product = {product.id: product
                  for product in products(session, {row.product_id for row in rows})}
    owners = {row.member_id for row in rows}
    names = dict(session.execute(select(MemberRow.id, MemberRow.name)
                                 .where(MemberRow.id.in_(owners))).tuples().all())
    points = dict(session.execute(select(PointsRow.member_id, PointsRow.points)
                                  .where(PointsRow.member_id.in_(owners))).tuples().all())
    holders: dict[int, list[MemberId]] = defaultdict(list)
    for link in session.scalars(select(CardHolderRow).where(
            CardHolderRow.card_id.in_([row.id for row in rows]))):
        holders[link.card_id].append(MemberId(link.member_id))
    replacement_ids = [row.replaced_by_id for row in rows if row.replaced_by_id]
    replacements = dict(session.execute(select(CardRow.id, CardRow.card_no)
                                        .where(CardRow.id.in_(replacement_ids))).tuples().all())
    cards = [Card(
        id=row.id, card_no=row.card_no, product=by_product[row.product_id],
        member_id=MemberId(row.member_id), member_name=names.get(row.member_id, ""),
        status=CardStatus(row.status),
        balances=Balances(row.principal_fen, row.bonus_fen, row.sessions),
        valid_from=row.valid_from, valid_until=row.valid_until, frozen_on=row.frozen_on,
        opened_at=row.opened_at, holders=tuple(sorted(holders[row.id])),
        replaced_by=replacements.get(row.replaced_by_id) if row.replaced_by_id else None,
        points=points.get(row.member_id, 0),
    ) for row in rows]
    usable_first = list(CardStatus)
    return sorted(cards, key=lambda card: (usable_first.index(card.status), -card.id))
