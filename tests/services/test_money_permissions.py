"""The role x money-operation matrix (issue "Trust"), enforced by the services:
reception sells and spends; refunds and reversals need a manager; balance
adjustments, the refund formula and the cap are the owner's; products and
prices are the manager's and the owner's. Refunds, reversals and adjustments
are audited.

The expected matrix is written out here, not read from ROLE_PERMISSIONS, so a
change to the table shows up as a failing test.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from money_world import World, dump, new_key, world_fixture  # noqa: F401 (fixture)

from clubcrm.domain.audit import AuditAction, AuditFilter
from clubcrm.domain.cards import PaymentMethod, ProductKind
from clubcrm.domain.errors import PermissionDenied
from clubcrm.domain.ids import StaffId
from clubcrm.domain.ledger import LedgerFilter
from clubcrm.domain.staff import Role
from clubcrm.services.catalogue import ProductDraft, ServiceDraft, TierDraft
from clubcrm.services.consumption import ConsumptionRequest, SaleItem
from clubcrm.services.settings import CARD_SPEND_ORDER, OPERATION_CAP_FEN, REFUND_FORMULA

R, M, O = Role.RECEPTION, Role.MANAGER, Role.OWNER
CASH = PaymentMethod.CASH


@dataclass(frozen=True)
class Setup:
    """Cards in every state an operation needs, made by the owner."""

    world: World
    card: int  # stored value, ¥1,000 + ¥200 bonus
    other: int  # stored value, ¥50
    frozen: int
    period: int
    empty: int  # a month card: nothing to refund or transfer, can be closed
    recharge_row: int  # a recharge to reverse


@pytest.fixture
def setup(world: World) -> Setup:
    cards, owner, member = world.club.cards, world.owner, world.members[0]

    def sell(product: int, paid: int | None = None) -> int:
        return cards.sell(member, product, method=CASH, paid_fen=paid, key=new_key(),
                          operator=owner).card_id

    card, other, frozen = sell(world.stored, 100000), sell(world.stored, 5000), sell(
        world.stored, 5000)
    world.club.card_care.freeze(frozen, key=new_key(), operator=owner)
    recharge = cards.recharge(card, 10000, method=CASH, key=new_key(), operator=owner)
    world.club.card_care.adjust(member_id=member, points=500, reason="开业赠送", key=new_key(),
                                operator=owner)
    return Setup(world, card, other, frozen, sell(world.period), sell(world.period),
                 recharge.entries[0].id)


Operation = Callable[[Setup, StaffId], Any]


def _consume(s: Setup, op: StaffId) -> Any:
    request = ConsumptionRequest(s.world.members[0], (SaleItem(s.world.swim, 1),), card_id=s.card)
    return s.world.club.cards.consume(request, key=new_key(), operator=op)


# name -> (roles allowed, the call)
OPERATIONS: dict[str, tuple[set[Role], Operation]] = {
    "sell a card": ({R, M, O}, lambda s, op: s.world.club.cards.sell(
        s.world.members[1], s.world.stored, method=CASH, paid_fen=20000, key=new_key(),
        operator=op)),
    "recharge": ({R, M, O}, lambda s, op: s.world.club.cards.recharge(
        s.card, 20000, method=CASH, key=new_key(), operator=op)),
    "consume": ({R, M, O}, _consume),
    "transfer": ({R, M, O}, lambda s, op: s.world.club.cards.transfer(
        s.card, s.other, 1000, key=new_key(), operator=op)),
    "freeze": ({R, M, O}, lambda s, op: s.world.club.card_care.freeze(
        s.card, key=new_key(), operator=op)),
    "unfreeze": ({R, M, O}, lambda s, op: s.world.club.card_care.unfreeze(
        s.frozen, key=new_key(), operator=op)),
    "extend": ({R, M, O}, lambda s, op: s.world.club.card_care.extend(
        s.period, 7, reason="生病", key=new_key(), operator=op)),
    "replace a lost card": ({R, M, O}, lambda s, op: s.world.club.card_care.replace_lost(
        s.card, "LOST-1", key=new_key(), operator=op)),
    "close an empty card": ({R, M, O}, lambda s, op: s.world.club.card_care.close(
        s.empty, key=new_key(), operator=op)),
    "redeem points": ({R, M, O}, lambda s, op: s.world.club.card_care.redeem_points(
        s.world.members[0], 100, gift="毛巾", key=new_key(), operator=op)),
    "share a card": ({R, M, O}, lambda s, op: s.world.club.card_care.share(
        s.card, s.world.members[1], add=True, operator=op)),
    "refund": ({M, O}, lambda s, op: s.world.club.cards.refund(
        s.card, method=CASH, key=new_key(), operator=op)),
    "reverse": ({M, O}, lambda s, op: s.world.club.card_care.reverse(
        s.recharge_row, reason="录错了", key=new_key(), operator=op)),
    "adjust a balance": ({O}, lambda s, op: s.world.club.card_care.adjust(
        card_id=s.card, principal_fen=-100, reason="盘点", key=new_key(), operator=op)),
    "adjust points": ({O}, lambda s, op: s.world.club.card_care.adjust(
        member_id=s.world.members[0], points=100, reason="补积分", key=new_key(), operator=op)),
    "add a service": ({M, O}, lambda s, op: s.world.club.catalogue.save_service(
        ServiceDraft("桑拿", "理疗", 5000), operator=op)),
    "change a price": ({M, O}, lambda s, op: s.world.club.catalogue.save_service(
        ServiceDraft("游泳", "泳池", 9900), service_id=s.world.swim, operator=op)),
    "add a card product": ({M, O}, lambda s, op: s.world.club.catalogue.save_product(
        ProductDraft("年卡", ProductKind.PERIOD, price_fen=300000, valid_months=12),
        operator=op)),
    "retire a card product": ({M, O}, lambda s, op: s.world.club.catalogue.set_product_active(
        s.world.stored, False, operator=op)),
    "change a tier": ({M, O}, lambda s, op: s.world.club.catalogue.save_tier(
        TierDraft("白银会员", discount_permille=850), tier_id=s.world.silver_tier, operator=op)),
    "change the spend order": ({M, O}, lambda s, op: s.world.club.settings.set(
        CARD_SPEND_ORDER, "bonus_first", operator=op)),
    "change the refund formula": ({O}, lambda s, op: s.world.club.settings.set(
        REFUND_FORMULA, "remaining_principal", operator=op)),
    "change the per-operation cap": ({O}, lambda s, op: s.world.club.settings.set(
        OPERATION_CAP_FEN, 100000, operator=op)),
}
CASES = [(name, role) for name in OPERATIONS for role in Role]


@pytest.mark.parametrize(("name", "role"), CASES, ids=[f"{n}-{r}" for n, r in CASES])
def test_role_may_or_may_not(setup: Setup, name: str, role: Role) -> None:
    """Each role can do exactly what the matrix allows; a refusal names the action and
    changes nothing."""
    allowed, operation = OPERATIONS[name]
    operator = setup.world.staff[role]
    if role in allowed:
        operation(setup, operator)
        return
    before = dump(setup.world.path)
    with pytest.raises(PermissionDenied, match="Your role may not|Only the owner"):
        operation(setup, operator)
    assert dump(setup.world.path) == before


@pytest.mark.parametrize("name", ["refund", "reverse", "recharge"])
def test_a_disabled_manager_may_do_nothing(setup: Setup, name: str) -> None:
    """A disabled account is refused money operations, even those its role allows."""
    world = setup.world
    world.club.staff.set_active(world.manager, False, operator=world.owner)
    before = dump(world.path)
    with pytest.raises(PermissionDenied, match="Sign in first"):
        OPERATIONS[name][1](setup, world.manager)
    assert dump(world.path) == before


def test_refunds_reversals_and_adjustments_are_audited(setup: Setup) -> None:
    """Each lands in the audit trail under its operation number, with who did it and the
    ledger rows it wrote."""
    world = setup.world
    reversal = OPERATIONS["reverse"][1](setup, world.manager)
    adjustment = OPERATIONS["adjust a balance"][1](setup, world.owner)
    refund, _statement = OPERATIONS["refund"][1](setup, world.manager)
    for action, result, operator in ((AuditAction.REVERSED, reversal, world.manager),
                                     (AuditAction.BALANCE_ADJUSTED, adjustment, world.owner),
                                     (AuditAction.REFUNDED, refund, world.manager)):
        [entry] = [entry for entry in world.club.audit.page(AuditFilter(action=action),
                                                            operator=world.owner)
                   if entry.subject == result.number]
        assert entry.operator_id == operator
        assert entry.details["rows"] == [row.id for row in result.entries]
    card_rows = world.club.ledger.page(world.members[0], LedgerFilter(card_id=setup.card))
    assert {row.operator_name for row in card_rows} >= {"Wangjl", "Owner"}
