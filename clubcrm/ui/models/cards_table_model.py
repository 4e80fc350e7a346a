"""A member's cards as a table: what each holds, until when, and who may use it.

A member has a handful of cards, so they are all in memory; usable cards come
first (the service's order). Cards that can no longer be used are greyed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from clubcrm.domain.cards import Card, CardStatus, ProductKind

from clubcrm.ui.i18n import tr
from clubcrm.ui.models.rows_table_model import Index, RowsTableModel
from clubcrm.ui.widgets.card_texts import day, kind_text, money, status_text

(COL_CARD_NO, COL_PRODUCT, COL_KIND, COL_PRINCIPAL, COL_BONUS, COL_SESSIONS, COL_VALID_FROM,
 COL_VALID_UNTIL, COL_STATUS, COL_FAMILY) = range(10)
NUMERIC = frozenset({COL_PRINCIPAL, COL_BONUS, COL_SESSIONS})
CARD_ID_ROLE = Qt.ItemDataRole.UserRole
LISTED_WITH = "、"  # the Chinese enumeration comma between names


@dataclass(frozen=True, slots=True)
class CardLine:
    card: Card
    family: str  # who else may use it, or whose card it is when shared with this member


def _stored(card: Card, fen: int) -> str:
    return money(fen) if card.product.kind is ProductKind.STORED_VALUE else ""


_CELLS: list[Callable[[CardLine], str]] = [  # in COL_* order
    lambda line: line.card.card_no,
    lambda line: line.card.product.name,
    lambda line: kind_text(line.card),
    lambda line: _stored(line.card, line.card.balances.principal_fen),
    lambda line: _stored(line.card, line.card.balances.bonus_fen),
    lambda line: (str(line.card.balances.sessions)
                  if line.card.product.kind is ProductKind.COUNT else ""),
    lambda line: day(line.card.valid_from) if line.card.valid_from else "",
    lambda line: day(line.card.valid_until) if line.card.valid_until else "",
    lambda line: status_text(line.card),
    lambda line: line.family,
]


def column_titles() -> list[str]:
    return [tr("Card number"), tr("Card product"), tr("Kind"), tr("Principal"), tr("Bonus"),
            tr("Sessions left"), tr("Valid from"), tr("Valid until"), tr("Status"),
            tr("Family")]


def family_text(card: Card, member_id: int, names: Mapping[int, str]) -> str:
    """The family members who may use the member's own card; for a card shared
    with the member, whose card it is."""
    if card.member_id != member_id:
        return tr("Card of {name}").format(name=card.member_name)
    return LISTED_WITH.join(names.get(holder, str(holder)) for holder in card.holders)


class CardsTableModel(RowsTableModel[CardLine]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_CELLS, column_titles(), parent)

    def set_cards(self, cards: Sequence[Card], *, member_id: int,
                  names: Mapping[int, str]) -> None:
        """Show `member_id`'s cards; `names` names the family members on them."""
        self.beginResetModel()
        self._rows = [CardLine(card, family_text(card, member_id, names)) for card in cards]
        self.endResetModel()

    def card_at(self, row: int) -> Card:
        return self.row_at(row).card

    def cards(self) -> list[Card]:
        return [line.card for line in self._rows]

    def row_of(self, card_id: int) -> int | None:
        return next((row for row, line in enumerate(self._rows) if line.card.id == card_id),
                    None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        card = self._rows[index.row()].card
        if role == CARD_ID_ROLE:
            return card.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in NUMERIC:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and card.status not in (CardStatus.ACTIVE,
                                                                          CardStatus.FROZEN):
            return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return super().data(index, role)
