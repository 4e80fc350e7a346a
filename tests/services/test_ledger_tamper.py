"""Edits made behind the app's back, with the append-only triggers dropped, are
found by `verify` (and `clubcrm verify`), which names the row or the card."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from money_world import World, new_key, world_fixture  # noqa: F401 (fixture)

from clubcrm.cli import main
from clubcrm.db import ledger_chain
from clubcrm.domain.cards import PaymentMethod
from clubcrm.domain.errors import DatabaseDamaged
from clubcrm.services import verification
from clubcrm.services.consumption import ConsumptionRequest, SaleItem
from clubcrm.services.verification import DATABASE_CHECKS, verify_file

# The ledger `ledger_path` writes, row by row: (id, kind, card).
LAYOUT = [(1, "open", "C0000001"), (2, "recharge", "C0000001"), (3, "consume", "C0000001"),
          (4, "open", "C0000002"), (5, "transfer", "C0000001"), (6, "transfer", "C0000002"),
          (7, "consume", "C0000002")]


@pytest.fixture
def ledger_path(world: World) -> Path:
    """Two cards, seven rows: sales, a recharge, consumptions (earning points), a transfer."""
    cards, owner, member = world.club.cards, world.owner, world.members[0]
    first = cards.sell(member, world.stored, method=PaymentMethod.CASH, paid_fen=100000,
                       key=new_key(), operator=owner).card_id
    cards.recharge(first, 50000, method=PaymentMethod.WECHAT, key=new_key(), operator=owner)
    cards.consume(ConsumptionRequest(member, (SaleItem(world.swim, 2),), card_id=first),
                  key=new_key(), operator=owner)
    second = cards.sell(member, world.season, method=PaymentMethod.CASH, paid_fen=5000,
                        key=new_key(), operator=owner).card_id
    cards.transfer(first, second, 10000, key=new_key(), operator=owner)
    cards.consume(ConsumptionRequest(member, (SaleItem(world.yoga, 1),), card_id=second),
                  key=new_key(), operator=owner)
    world.club.close()
    with sqlite3.connect(world.path) as connection:
        assert connection.execute(
            "SELECT l.id, l.kind, c.card_no FROM ledger l JOIN cards c ON c.id = l.card_id "
            "ORDER BY l.id").fetchall() == LAYOUT
    assert verify_file(world.path, checks=DATABASE_CHECKS) == []
    return world.path


def _balances_from_ledger(connection: sqlite3.Connection) -> None:
    """What a careful forger does after editing rows: make the balances agree again."""
    connection.execute(
        "UPDATE cards SET "
        "principal_fen = (SELECT coalesce(sum(principal_delta), 0) FROM ledger l "
        "                 WHERE l.card_id = cards.id), "
        "bonus_fen = (SELECT coalesce(sum(bonus_delta), 0) FROM ledger l "
        "             WHERE l.card_id = cards.id), "
        "sessions = (SELECT coalesce(sum(sessions_delta), 0) FROM ledger l "
        "            WHERE l.card_id = cards.id)")
    connection.execute("UPDATE points_accounts SET points = (SELECT coalesce(sum(points_delta), 0) "
                       "FROM ledger l WHERE l.member_id = points_accounts.member_id)")


def _swap(connection: sqlite3.Connection, first: int, second: int) -> None:
    """Two rows trade everything but their ids (hashes included)."""
    columns = [row[1] for row in connection.execute("PRAGMA table_info(ledger)")
               if row[1] != "id"]
    values = {row_id: connection.execute(f"SELECT {', '.join(columns)} FROM ledger WHERE id = ?",
                                         (row_id,)).fetchone() for row_id in (first, second)}
    assignments = ", ".join(f"{column} = ?" for column in columns)
    connection.execute("UPDATE ledger SET op_id = -1 WHERE id = ?", (first,))  # unique (op, line)
    for target, source in ((second, first), (first, second)):
        connection.execute(f"UPDATE ledger SET {assignments} WHERE id = ?",
                           (*values[source], target))


Tamper = Callable[[sqlite3.Connection], object]
# name -> (the edit, the row verify names first, the card it names)
CHAIN_EDITS: dict[str, tuple[Tamper, int, str]] = {
    "a principal changed, balances kept in step": (
        lambda c: c.execute("UPDATE ledger SET principal_delta = principal_delta - 100 "
                            "WHERE id = 3"), 3, "C0000001"),
    "one byte of a reason": (
        lambda c: c.execute("UPDATE ledger SET reason = 'x' WHERE id = 2"), 2, "C0000001"),
    "a kind relabelled": (
        lambda c: c.execute("UPDATE ledger SET kind = 'adjust' WHERE id = 2"), 2, "C0000001"),
    "a time moved by a second": (
        lambda c: c.execute("UPDATE ledger SET at = datetime(at, '+1 second') || "
                            "substr(at, 20) WHERE id = 6"), 6, "C0000002"),
    "a middle row deleted, balances kept in step": (
        lambda c: c.execute("DELETE FROM ledger WHERE id = 3"), 4, "C0000002"),
    "two rows swapped": (lambda c: _swap(c, 3, 4), 3, "C0000002"),
    "a row added by hand": (
        lambda c: c.execute("INSERT INTO ledger SELECT 8, op_id, 1, at, 'adjust', card_id, "
                            "member_id, NULL, 10000, 0, 0, 0, 0, 0, NULL, 0, 0, NULL, 0, "
                            "operator_id, NULL, '', hash FROM ledger WHERE id = 7"),
        8, "C0000002"),
}


def _tamper(path: Path, edit: Tamper, *, in_step: bool) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    for trigger in ("ledger_no_update", "ledger_no_delete"):
        connection.execute(f"DROP TRIGGER {trigger}")
    edit(connection)
    if in_step:
        _balances_from_ledger(connection)
    connection.close()


def _cli_verify(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, object]]:
    code = main(["verify", "--json", "--lang", "en", "--db", str(path)])
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("name", list(CHAIN_EDITS))
def test_edited_history_is_found(ledger_path: Path, name: str,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Any edit of history breaks the hash chain at the first row it touches, even when
    the balances were made to agree with the edited rows; the CLI exits 1 naming it."""
    edit, row, card = CHAIN_EDITS[name]
    _tamper(ledger_path, edit, in_step=True)
    [problem] = verify_file(ledger_path, checks=DATABASE_CHECKS)
    assert isinstance(problem, DatabaseDamaged)
    assert f"the ledger was altered at row {row} (card {card})" in str(problem)
    code, report = _cli_verify(ledger_path, capsys)
    assert code == 1 and report["ok"] is False
    assert f"row {row} (card {card})" in str(report["problems"])


@pytest.mark.parametrize("name", ["a principal changed, balances kept in step",
                                  "a middle row deleted, balances kept in step",
                                  "a row added by hand"])
def test_the_parallel_check_names_the_same_row(ledger_path: Path, name: str,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A big club's file is checked by threads and its chain by worker processes, each
    taking a stretch of rows; forced here on seven rows (so the break falls in either
    stretch), they name the row a single pass names."""
    edit, row, card = CHAIN_EDITS[name]
    _tamper(ledger_path, edit, in_step=True)
    single = verify_file(ledger_path, checks=DATABASE_CHECKS)
    monkeypatch.setattr(ledger_chain, "PARALLEL_FROM_ROWS", 1)
    monkeypatch.setattr(verification, "PARALLEL_FROM_PAGES", 0)
    with sqlite3.connect(ledger_path) as connection:
        assert ledger_chain.check_chain(connection, path=ledger_path).first_broken == row
    connection.close()
    [problem] = verify_file(ledger_path, checks=DATABASE_CHECKS)
    assert str(problem) == str(single[0])
    assert f"the ledger was altered at row {row} (card {card})" in str(problem)


@pytest.mark.parametrize(("statement", "message"), [
    ("UPDATE cards SET principal_fen = principal_fen + 100000 WHERE card_no = 'C0000002'",
     "the balance of card C0000002 does not match its ledger"),
    ("UPDATE cards SET sessions = 3 WHERE card_no = 'C0000001'",
     "the balance of card C0000001 does not match its ledger"),
    ("UPDATE cards SET valid_until = date(valid_until, '+30 days') WHERE card_no = 'C0000002'",
     "the balance of card C0000002 does not match its ledger"),
    ("UPDATE points_accounts SET points = points + 500",
     "the points of member {member_no} do not match the ledger"),
])
def test_a_balance_changed_without_a_ledger_row_is_found(
        ledger_path: Path, world: World, statement: str, message: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A balance, sessions, validity or points edited in place (no trigger needed) fails
    the balance check, which names the card or the member."""
    with sqlite3.connect(ledger_path) as connection:
        member_no = connection.execute("SELECT member_no FROM members WHERE id = ?",
                                       (world.members[0],)).fetchone()[0]
        connection.execute(statement)
    connection.close()
    expected = message.format(member_no=member_no)
    [problem] = verify_file(ledger_path, checks=DATABASE_CHECKS)
    assert expected in str(problem)
    code, report = _cli_verify(ledger_path, capsys)
    assert code == 1 and expected in str(report["problems"])


def test_an_untouched_ledger_verifies(ledger_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    """The control: the same ledger, not edited, passes and the CLI exits 0."""
    code, report = _cli_verify(ledger_path, capsys)
    assert code == 0 and report == {"file": str(ledger_path), "ok": True, "problems": []}


@pytest.mark.xfail(strict=True, reason="GAP: verify does not notice the newest rows removed "
                   "(an operation left without its ledger rows)")
def test_the_newest_row_removed_is_found(ledger_path: Path) -> None:
    """GAP. Removing the last row (balances made to agree) leaves a valid chain, and its
    operation stays behind with no rows: `verify` could at least report an operation
    without ledger rows (every operation writes at least one)."""
    _tamper(ledger_path, lambda c: c.execute("DELETE FROM ledger WHERE id = 7"), in_step=True)
    assert verify_file(ledger_path, checks=DATABASE_CHECKS) != []
