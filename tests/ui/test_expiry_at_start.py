"""Cards past their end date are expired when the desk opens."""

from __future__ import annotations

from datetime import datetime, timedelta

from clubcrm.domain.cards import CardStatus, PaymentMethod
from clubcrm.domain.ids import MemberId
from tests.services.money_world import World, new_key, world_fixture  # noqa: F401 (fixture)

from clubcrm.ui.application import expire_due_cards


def test_a_count_card_past_its_end_is_expired_at_start(world: World) -> None:
    sold_long_ago = datetime.now() - timedelta(days=200)  # the count card is valid 90 days
    card_id = world.club.cards.sell(MemberId(world.members[0]), world.count,
                                    method=PaymentMethod.CASH, valid_from=sold_long_ago.date(),
                                    key=new_key(), operator=world.owner,
                                    now=sold_long_ago).card_id
    assert world.club.cards.card(card_id).balances.sessions == 10
    world.club.operator = world.reception  # the desk opens after sign-in

    assert expire_due_cards(world.club) == 1
    expired = world.club.cards.card(card_id)
    assert expired.status is CardStatus.EXPIRED and expired.balances.sessions == 0
    assert expire_due_cards(world.club) == 0  # once only
