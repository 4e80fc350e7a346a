"""The card operations as actions with shortcuts: each opens its dialog for
the member, card or ledger row chosen in the cards view, and is enabled only
when the card's state and the operator's role allow it (the services refuse
the rest anyway)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from clubcrm.domain.cards import Card, CardStatus, ProductKind
from clubcrm.domain.ledger import NOT_REVERSIBLE, LedgerEntry
from clubcrm.domain.member import Member, MemberStatus
from clubcrm.domain.staff import Actor, Permission
from clubcrm.services.club import Club

from clubcrm.ui.dialogs.card_consume_dialog import ConsumeDialog
from clubcrm.ui.dialogs.card_refund_dialogs import AdjustDialog, RefundDialog
from clubcrm.ui.dialogs.card_reverse_dialog import ReverseDialog
from clubcrm.ui.dialogs.card_sale_dialogs import RechargeDialog, SellCardDialog
from clubcrm.ui.dialogs.card_share_dialog import ShareDialog
from clubcrm.ui.dialogs.card_state_dialogs import (
    CloseCardDialog,
    ExtendDialog,
    FreezeDialog,
    RedeemPointsDialog,
    ReplaceLostDialog,
)
from clubcrm.ui.dialogs.card_transfer_dialog import TransferDialog
from clubcrm.ui.i18n import tr

LIVE = (CardStatus.ACTIVE, CardStatus.FROZEN)
# The dialogs about one card take (club, card, parent).
CardDialog = Callable[[Club, Card, QWidget], QDialog]


@dataclass(frozen=True)
class Selection:
    """What the cards view has chosen: the actions act on it."""

    actor: Actor
    member: Member | None = None
    cards: tuple[Card, ...] = ()
    card: Card | None = None
    entry: LedgerEntry | None = None
    points: int = 0


class CardActions(QObject):
    operation_done = Signal(object)  # the OperationResult of any dialog
    card_changed = Signal(object)  # a Card whose family changed

    def __init__(self, club: Club, view: QWidget) -> None:
        super().__init__(view)
        self._club, self._view = club, view
        self.selection = Selection(club.current_actor())
        self._dialogs: dict[QAction, Callable[[], QDialog]] = {}
        make, for_card = self._action, self._card_action
        self.sell = make(tr("&Sell card…"), "F6", self._sell)
        self.recharge = for_card(tr("&Recharge…"), "F7", RechargeDialog)
        self.consume = make(tr("C&onsume…"), "F8", self._consume)
        self.transfer = for_card(tr("&Transfer…"), "F9", TransferDialog)
        self.refund = for_card(tr("Re&fund…"), "Ctrl+R", RefundDialog)
        self.reverse = make(tr("Re&verse row…"), "Ctrl+Shift+Z", self._reverse)
        self.freeze = for_card(tr("Free&ze…"), "Ctrl+Shift+F", FreezeDialog)
        self.extend = for_card(tr("&Extend…"), "Ctrl+E", ExtendDialog)
        self.replace = for_card(tr("Replace &lost card…"), "Ctrl+L", ReplaceLostDialog)
        self.share = make(tr("S&hare with family…"), "Ctrl+Shift+H", self._share)
        self.close_card = for_card(tr("Close car&d…"), "Ctrl+Shift+W", CloseCardDialog)
        self.redeem = make(tr("Redeem &points…"), "Ctrl+Shift+P", self._redeem)
        self.adjust = for_card(tr("&Adjust balance…"), "", AdjustDialog)

    def _action(self, text: str, shortcut: str, dialog: Callable[[], QDialog]) -> QAction:
        action = QAction(text, self._view)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{action.text().replace('&', '')} ({shortcut})")
        # Active while the cards view has the focus, so the keys can mean other
        # things in other views.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: self.open(action))
        self._view.addAction(action)
        self._dialogs[action] = dialog
        return action

    def _card_action(self, text: str, shortcut: str, dialog: CardDialog) -> QAction:
        """An action on the chosen card (enabled only while there is one)."""
        return self._action(text, shortcut, lambda: dialog(self._club, self._card(),
                                                           self._view))

    def _card(self) -> Card:
        assert self.selection.card is not None, "card actions are disabled without a card"
        return self.selection.card

    def buttons(self) -> list[QAction]:
        """The actions on the view's button bar, most frequent first."""
        return [self.sell, self.recharge, self.consume, self.transfer, self.refund,
                self.freeze, self.extend, self.replace, self.share, self.close_card,
                self.redeem]

    def card_menu(self) -> list[QAction]:
        """The card table's context menu."""
        return [self.recharge, self.consume, self.transfer, self.refund, self.freeze,
                self.extend, self.replace, self.share, self.close_card, self.adjust]

    def open(self, action: QAction) -> QDialog | None:
        """Open `action`'s dialog for the selection, if the action is enabled."""
        if not action.isEnabled():
            return None
        dialog = self._dialogs[action]()
        operation_done = getattr(dialog, "operation_done", None)
        if operation_done is not None:
            operation_done.connect(self.operation_done)
        dialog.open()
        return dialog

    # -- enabling --------------------------------------------------------------

    def update(self, selection: Selection) -> None:
        """Enable what the selection and the operator's role allow."""
        self.selection = selection
        member, card, can = selection.member, selection.card, selection.actor.can
        here = member is not None and member.status is MemberStatus.ACTIVE
        live = card is not None and card.status in LIVE
        stored = card is not None and card.product.kind is ProductKind.STORED_VALUE
        active = card is not None and card.status is CardStatus.ACTIVE
        self.sell.setEnabled(here)
        self.consume.setEnabled(here)
        self.redeem.setEnabled(here and selection.points > 0)
        self.recharge.setEnabled(stored and active)
        self.transfer.setEnabled(stored and active)
        self.refund.setEnabled(live and can(Permission.REFUND))
        self.adjust.setEnabled(live and can(Permission.ADJUST_BALANCE))
        self.freeze.setEnabled(live)
        frozen = card is not None and card.status is CardStatus.FROZEN
        self.freeze.setText(tr("Unfree&ze…") if frozen else tr("Free&ze…"))
        self.extend.setEnabled(live and card is not None and card.valid_until is not None)
        self.replace.setEnabled(live)
        self.share.setEnabled(live and card is not None and member is not None
                              and card.member_id == member.id)
        self.close_card.setEnabled(card is not None and card.status in (*LIVE,
                                                                          CardStatus.EXPIRED))
        entry = selection.entry
        self.reverse.setEnabled(entry is not None and can(Permission.REVERSE)
                                and entry.kind not in NOT_REVERSIBLE
                                and entry.reversed_by_id is None)

    # -- dialogs that need more than the card ----------------------------------

    def _member(self) -> Member:
        assert self.selection.member is not None, "disabled without a member"
        return self.selection.member

    def _sell(self) -> QDialog:
        return SellCardDialog(self._club, self._member(), self._view)

    def _consume(self) -> QDialog:
        chosen = self.selection
        return ConsumeDialog(self._club, self._member(), chosen.cards, card=chosen.card,
                             parent=self._view)

    def _reverse(self) -> QDialog:
        chosen = self.selection
        assert chosen.entry is not None, "disabled without a ledger row"
        return ReverseDialog(self._club, chosen.entry, member_id=self._member().id,
                             points=chosen.points, parent=self._view)

    def _share(self) -> QDialog:
        dialog = ShareDialog(self._club, self._card(), self._view)
        dialog.card_changed.connect(self.card_changed)
        return dialog

    def _redeem(self) -> QDialog:
        return RedeemPointsDialog(self._club, self._member(), self.selection.points,
                                  self._view)
