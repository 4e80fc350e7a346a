"""The rows of an import preview: every row as it will be imported, with its
status and its problems. Cells are formatted in `data()` from the preview's
rows, so 50,000 rows cost nothing until they are scrolled to."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from clubcrm.domain.money import format_money
from clubcrm.services.import_preview import Preview
from clubcrm.services.import_rows import Action, ImportRow

from clubcrm.ui.i18n import tr, tr_label
from clubcrm.ui.models.rows_table_model import TOP, Index

(COL_ROW, COL_STATUS, COL_MEMBER_NO, COL_NAME, COL_PHONE, COL_BALANCE, COL_BONUS,
 COL_SESSIONS, COL_VALID_UNTIL, COL_POINTS, COL_MESSAGES) = range(11)
STATUS_COLOURS = {Action.REJECT: QColor(255, 220, 220), Action.SKIP: QColor(235, 235, 235),
                  Action.ATTACH: QColor(255, 244, 214)}


class ImportPreviewTableModel(QAbstractTableModel):
    def __init__(self, preview: Preview | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._preview = preview

    def set_preview(self, preview: Preview | None) -> None:
        self.beginResetModel()
        self._preview = preview
        self.endResetModel()

    def refresh(self) -> None:
        """The rows' actions changed (a duplicate group's choice)."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0, COL_STATUS),
                                  self.index(self.rowCount() - 1, COL_MESSAGES))

    def row_at(self, row: int) -> ImportRow:
        assert self._preview is not None
        return self._preview.rows[row]

    def rowCount(self, parent: Index = TOP) -> int:
        return 0 if parent.isValid() or self._preview is None else len(self._preview.rows)

    def columnCount(self, parent: Index = TOP) -> int:
        return 0 if parent.isValid() else COL_MESSAGES + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (tr("Row"), tr("Status"), tr("Member number"), tr("Name"), tr("Mobile phone"),
                tr("Balance (principal)"), tr("Bonus balance"), tr("Remaining sessions"),
                tr("Expiry date"), tr("Points"), tr("Errors and warnings"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._preview is None:
            return None
        row = self._preview.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and row.action in STATUS_COLOURS:
            return QBrush(STATUS_COLOURS[row.action])
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_MESSAGES:
            return self._text(row, COL_MESSAGES)
        return None

    def _text(self, row: ImportRow, column: int) -> str:
        if column == COL_ROW:
            return str(row.row_no)
        if column == COL_STATUS:
            return status_text(row)
        if column == COL_MESSAGES:  # what rejects the row first, then the warnings
            return "; ".join(describe_problem(p) for p in sorted(row.problems,
                                                                 key=lambda p: p.warning))
        return _value_text(row, column)


def _value_text(row: ImportRow, column: int) -> str:
    if column == COL_MEMBER_NO:
        return row.member_no
    if column == COL_NAME:
        return row.name
    if column == COL_PHONE:
        return row.phone
    if column == COL_BALANCE:
        return format_money(row.balance_fen) if row.balance_fen else ""
    if column == COL_BONUS:
        return format_money(row.bonus_fen) if row.bonus_fen else ""
    if column == COL_SESSIONS:
        return str(row.sessions) if row.sessions else ""
    if column == COL_VALID_UNTIL:
        return row.valid_until.isoformat() if row.valid_until else ""
    return str(row.points) if row.points else ""


def status_text(row: ImportRow) -> str:
    texts = {Action.CREATE: tr("New member"), Action.ATTACH: tr("Merged"),
             Action.SKIP: tr("Duplicate, skipped"), Action.REJECT: tr("Rejected")}
    text = texts[row.action]
    if row.action is Action.CREATE and row.group is not None:
        text = tr("New member (has duplicates)")
    return text


def describe_problem(problem: Any) -> str:
    text = tr_label(problem.template).format(**problem.params)
    return tr("Warning: {text}").format(text=text) if problem.warning else text


