"""The demo club's catalogue: services, card products (with their bonus steps
and the services they cover) and the tiers' rules, inside the demo's bulk
transaction.

Rows already on file with a demo name are reused as they are (a second demo
run, or an owner who made a "储值卡" first): the demo sells what the club has
configured, never edits a product the owner made. Tier rules are set only on
tiers whose rules were never configured.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from clubcrm.domain.cards import FULL_PRICE, BonusRule, Product, ProductKind, ServiceItem, Tier
from clubcrm.services import demo_data as data


@dataclass(frozen=True)
class Catalogue:
    """What the money step sells and prices with, as stored (active rows only)."""

    services: dict[str, ServiceItem]
    products: dict[str, Product]
    tiers: dict[int, Tier]


@dataclass(frozen=True)
class _ProductSpec:
    product: Product  # id 0: not stored yet
    services: tuple[str, ...]


def ensure_catalogue(connection: sqlite3.Connection, *, created_at: str) -> Catalogue:
    """Add the demo's services, products and tier rules where missing, and
    read back everything the demo will use."""
    connection.executemany(
        "INSERT INTO service_items (name, category, price_fen, active, created_at) "
        "VALUES (?, ?, ?, 1, ?) ON CONFLICT (name) DO NOTHING",
        [(name, category, price, created_at) for name, category, price in data.SERVICES])
    services = _services(connection)
    for spec in _product_specs():
        _add_product(connection, spec, services, created_at)
    _set_tier_rules(connection)
    return Catalogue(services=services, products=_products(connection), tiers=_tiers(connection))


def _product_specs() -> Iterable[_ProductSpec]:
    for name, permille, steps in data.STORED_VALUE_PRODUCTS:
        rules = tuple(BonusRule(pay, bonus) for pay, bonus in steps)
        yield _ProductSpec(Product(0, name, ProductKind.STORED_VALUE, discount_permille=permille,
                                   bonus_rules=rules), ())
    for name, price, sessions, days, covered in data.COUNT_PRODUCTS:
        yield _ProductSpec(Product(0, name, ProductKind.COUNT, price_fen=price,
                                   sessions=sessions, valid_days=days), covered)
    for name, price, days, months, covered in data.PERIOD_PRODUCTS:
        yield _ProductSpec(Product(0, name, ProductKind.PERIOD, price_fen=price, valid_days=days,
                                   valid_months=months), covered)


def _add_product(connection: sqlite3.Connection, spec: _ProductSpec,
                 services: dict[str, ServiceItem], created_at: str) -> None:
    """A new product with its bonus steps and services; nothing if the name is taken."""
    product = spec.product
    added = connection.execute(
        "INSERT INTO card_products (name, kind, price_fen, discount_permille, sessions, "
        "valid_days, valid_months, active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?) "
        "ON CONFLICT (name) DO NOTHING RETURNING id",
        (product.name, product.kind.value, product.price_fen, product.discount_permille,
         product.sessions, product.valid_days, product.valid_months, created_at)).fetchone()
    if added is None:
        return
    connection.executemany(
        "INSERT INTO product_bonus_rules (product_id, pay_fen, bonus_fen) VALUES (?, ?, ?)",
        [(added[0], rule.pay_fen, rule.bonus_fen) for rule in product.bonus_rules])
    connection.executemany(
        "INSERT INTO product_services (product_id, service_id) VALUES (?, ?)",
        [(added[0], services[name].id) for name in spec.services if name in services])


def _set_tier_rules(connection: sqlite3.Connection) -> None:
    """The demo's rules, by rank, on tiers still at the defaults of migration 0005."""
    tier_ids = [row[0] for row in connection.execute(
        "SELECT id FROM tiers WHERE discount_permille = ? AND points_per_yuan = 0 "
        "AND upgrade_spend_fen IS NULL AND upgrade_active_months = 0 ORDER BY rank, id",
        (FULL_PRICE,))]
    connection.executemany(
        "UPDATE tiers SET discount_permille = ?, points_per_yuan = ?, upgrade_spend_fen = ?, "
        "upgrade_active_months = ? WHERE id = ?",
        [(*rule, tier_id) for tier_id, rule in zip(tier_ids, data.TIER_RULES)])


def _services(connection: sqlite3.Connection) -> dict[str, ServiceItem]:
    return {name: ServiceItem(service_id, name, category, price) for service_id, name, category,
            price in connection.execute(
                "SELECT id, name, category, price_fen FROM service_items WHERE active")}


def _products(connection: sqlite3.Connection) -> dict[str, Product]:
    rules: dict[int, list[BonusRule]] = defaultdict(list)
    for product_id, pay, bonus in connection.execute(
            "SELECT product_id, pay_fen, bonus_fen FROM product_bonus_rules "
            "ORDER BY product_id, pay_fen"):
        rules[product_id].append(BonusRule(pay, bonus))
    covered: dict[int, list[int]] = defaultdict(list)
    for product_id, service_id in connection.execute(
            "SELECT product_id, service_id FROM product_services ORDER BY product_id, service_id"):
        covered[product_id].append(service_id)
    return {row[1]: Product(
        id=row[0], name=row[1], kind=ProductKind(row[2]), price_fen=row[3],
        discount_permille=row[4], sessions=row[5], valid_days=row[6], valid_months=row[7],
        bonus_rules=tuple(rules[row[0]]), service_ids=tuple(covered[row[0]]),
    ) for row in connection.execute(
        "SELECT id, name, kind, price_fen, discount_permille, sessions, valid_days, "
        "valid_months FROM card_products WHERE active ORDER BY id")}


def _tiers(connection: sqlite3.Connection) -> dict[int, Tier]:
    return {row[0]: Tier(*row) for row in connection.execute(
        "SELECT id, name, rank, discount_permille, points_per_yuan, upgrade_spend_fen, "
        "upgrade_active_months FROM tiers ORDER BY rank, id")}
