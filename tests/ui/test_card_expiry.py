"""Cards past their end date are expired when the desk opens, and again after
every midnight while it stays open."""

from __future__ import annotations

from datetime import datetime, timedelta

from pytestqt.qtbot import QtBot

from clubcrm.domain.cards import CardStatus, PaymentMethod
from clubcrm.domain.ids import MemberId
from tests.services.money_world import World, new_key, world_fixture  # noqa: F401 (fixture)

from clubcrm.ui.card_expiry import DailyExpiry, expire_due_cards, ms_until_next_run


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


def test_the_next_run_is_a_minute_past_the_coming_midnight() -> None:
    assert ms_until_next_run(datetime(2026, 11, 23, 23, 59)) == 2 * 60_000
    assert ms_until_next_run(datetime(2026, 11, 23, 0, 0, 30)) == (24 * 3600 + 30) * 1000


def test_a_desk_left_open_expires_cards_after_midnight(qtbot: QtBot, world: World) -> None:
    """The run at start arms the timer; when it fires (midnight) the cards that ended
    since are expired and the timer is armed for the next night."""
    world.club.operator = world.reception
    expiry = DailyExpiry(world.club)
    longest = ms_until_next_run(datetime.now())
    assert expiry.run() == 0
    assert 0 < expiry.timer.remainingTime() <= longest
    ended_yesterday = datetime.now() - timedelta(days=90)  # the count card is valid 90 days
    card_id = world.club.cards.sell(MemberId(world.members[0]), world.count,
                                    method=PaymentMethod.CASH, valid_from=ended_yesterday.date(),
                                    key=new_key(), operator=world.owner,
                                    now=ended_yesterday).card_id
    expiry.timer.timeout.emit()
    assert world.club.cards.card(card_id).status is CardStatus.EXPIRED
    assert expiry.timer.isActive()
