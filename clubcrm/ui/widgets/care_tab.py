"""One list of care tasks on the home screen: its table, or a sentence in its
place while there is nothing to show (being computed, nothing left to do)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QStackedWidget

from clubcrm.ui.i18n import tr
from clubcrm.ui.models.care_tasks_table_model import (
    COL_MEMBER_NO,
    COL_NAME,
    COL_PHONE,
    COL_TASK,
    COL_VALUE,
    CareTasksTableModel,
)
from clubcrm.ui.widgets.tables import make_table

# Column widths in digit widths (a Chinese character is about two).
COLUMN_WIDTHS = {COL_MEMBER_NO: 11, COL_NAME: 12, COL_PHONE: 14, COL_VALUE: 20}
HEADER_PADDING = 28  # room for the sort arrow


class CareTab(QStackedWidget):
    def __init__(self, model: CareTasksTableModel) -> None:
        super().__init__()
        self.model = model
        self.table = make_table(model)
        header = self.table.horizontalHeader()
        digit = self.table.fontMetrics().horizontalAdvance("0")
        for column, digits in COLUMN_WIDTHS.items():
            title = model.headerData(column, Qt.Orientation.Horizontal)
            title_width = header.fontMetrics().horizontalAdvance(title) + HEADER_PADDING
            self.table.setColumnWidth(column, max(digit * digits, title_width))
        header.setStretchLastSection(False)  # "What" takes the room, not the figures
        header.setSectionResizeMode(COL_TASK, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the list's own order
        self.table.setSortingEnabled(True)
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setEnabled(False)  # drawn in the palette's muted text colour
        self.addWidget(self.table)
        self.addWidget(self.message)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.setCurrentWidget(self.message)

    def show_list(self) -> None:
        if self.model.rowCount():
            self.setCurrentWidget(self.table)
        else:
            self.show_message(tr("Nothing left to do in this list."))
