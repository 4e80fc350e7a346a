"""Reading cards, products, services and tiers as domain objects."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clubcrm.db.database import driver
from clubcrm.db.models import (
    BonusRuleRow,
    CardRow,
    ProductRow,
    ProductServiceRow,
    ServiceItemRow,
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
        .group_by(CardRow.product_id)).all())
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


_TIERS_SQL = ("SELECT id, name, rank, discount_permille, points_per_yuan, upgrade_spend_fen, "
              "upgrade_active_months FROM tiers ORDER BY rank, id")


def tiers(session: Session) -> list[Tier]:
    """Every tier, lowest rank first (read on every consumption: plain SQL)."""
    return [Tier(*row) for row in driver(session).execute(_TIERS_SQL).fetchall()]


def tier_of_member(session: Session, member_id: int) -> Tier | None:
    row = driver(session).execute(
        "SELECT t.id, t.name, t.rank, t.discount_permille, t.points_per_yuan, "
        "t.upgrade_spend_fen, t.upgrade_active_months FROM members m "
        "JOIN tiers t ON t.id = m.tier_id WHERE m.id = ?", (member_id,)).fetchone()
    return Tier(*row) if row else None


def points_of(session: Session, member_id: int) -> int:
    row = driver(session).execute(
        "SELECT points FROM points_accounts WHERE member_id = ?", (member_id,)).fetchone()
    return row[0] if row else 0


def member_status(session: Session, member_id: int) -> str | None:
    row = driver(session).execute(
        "SELECT status FROM members WHERE id = ?", (member_id,)).fetchone()
    return row[0] if row else None


def service_prices(session: Session, ids: Iterable[int]) -> dict[int, ServiceItem]:
    wanted = sorted(set(ids))
    rows = driver(session).execute(
        "SELECT id, name, category, price_fen, active FROM service_items WHERE id IN "
        f"({', '.join('?' * len(wanted))})", tuple(wanted)).fetchall()
    return {row[0]: ServiceItem(row[0], row[1], row[2], row[3], bool(row[4])) for row in rows}


# Cards are read on every operation at the desk: plain SQL straight to the
# driver (an ORM query costs ~0.3 ms to build; these cost a few µs).
_CARD_SQL = """
SELECT c.id, c.card_no, c.product_id, c.member_id, m.name, c.status, c.principal_fen,
       c.bonus_fen, c.sessions, c.valid_from, c.valid_until, c.frozen_on, c.opened_at,
       r.card_no, coalesce(a.points, 0)
FROM cards c JOIN members m ON m.id = c.member_id
LEFT JOIN cards r ON r.id = c.replaced_by_id
LEFT JOIN points_accounts a ON a.member_id = c.member_id
"""
_PRODUCT_SQL = ("SELECT id, name, kind, price_fen, discount_permille, sessions, valid_days, "
                "valid_months, active FROM card_products WHERE id = ?")
_RULES_SQL = "SELECT pay_fen, bonus_fen FROM product_bonus_rules WHERE product_id = ? ORDER BY 1"
_SERVICES_SQL = "SELECT service_id FROM product_services WHERE product_id = ? ORDER BY 1"
_HOLDERS_SQL = "SELECT member_id FROM card_holders WHERE card_id = ? ORDER BY 1"


def cards_of_member(session: Session, member_id: int) -> list[Card]:
    """The member's own cards and the family cards they may use, usable first."""
    cards = _cards(session, _CARD_SQL + "WHERE c.member_id = ? OR c.id IN "
                   "(SELECT card_id FROM card_holders WHERE member_id = ?)",
                   (member_id, member_id))
    usable_first = list(CardStatus)
    return sorted(cards, key=lambda card: (usable_first.index(card.status), -card.id))


def card(session: Session, card_id: int) -> Card | None:
    found = _cards(session, _CARD_SQL + "WHERE c.id = ?", (card_id,))
    return found[0] if found else None


def card_by_number(session: Session, card_no: str) -> Card | None:
    found = _cards(session, _CARD_SQL + "WHERE c.card_no = ?", (card_no.strip().upper(),))
    return found[0] if found else None


def _cards(session: Session, sql: str, params: tuple[object, ...]) -> list[Card]:
    run = driver(session).execute
    cards = []
    products: dict[int, Product] = {}
    for row in run(sql, params).fetchall():
        if row[2] not in products:
            products[row[2]] = _product_terms(run, row[2])
        holders = tuple(MemberId(r[0]) for r in run(_HOLDERS_SQL, (row[0],)).fetchall())
        cards.append(Card(
            id=row[0], card_no=row[1], product=products[row[2]], member_id=MemberId(row[3]),
            member_name=row[4], status=CardStatus(row[5]),
            balances=Balances(row[6], row[7], row[8]), valid_from=_date(row[9]),
            valid_until=_date(row[10]), frozen_on=_date(row[11]),
            opened_at=datetime.fromisoformat(row[12]), holders=holders, replaced_by=row[13],
            points=row[14]))
    return cards


def _product_terms(run: Any, product_id: int) -> Product:
    """A card's product, without counting its sales (`sold` is None)."""
    row = run(_PRODUCT_SQL, (product_id,)).fetchone()
    return Product(
        id=row[0], name=row[1], kind=ProductKind(row[2]), price_fen=row[3],
        discount_permille=row[4], sessions=row[5], valid_days=row[6], valid_months=row[7],
        bonus_rules=tuple(BonusRule(pay, bonus) for pay, bonus in
                          run(_RULES_SQL, (product_id,)).fetchall()),
        service_ids=tuple(r[0] for r in run(_SERVICES_SQL, (product_id,)).fetchall()),
        active=bool(row[8]), sold=None)


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
