"""What a card operation will do, shown before it is confirmed: the figures
of the calculation (price, discounts, bonus...) and each balance before → after.

The card dialogs fill it from the services' quotes as the user types, so what
reception reads out to the member is what the ledger will say.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from clubcrm.ui.i18n import tr

ARROW = "→"
COLUMNS = ("label", "before", "arrow", "after")
WRAP_WIDTH = 320  # px: a figure's value wider than this wraps
WRAP_SLACK = 4  # px: rounding in the text measure


@dataclass(frozen=True, slots=True)
class Figure:
    """One line of the calculation: `Bonus by rule   ¥200.00`."""

    label: str
    value: str
    emphasis: bool = False


@dataclass(frozen=True, slots=True)
class Change:
    """One balance before → after: `Principal   ¥0.00 → ¥1,000.00`."""

    label: str
    before: str
    after: str

    @property
    def changed(self) -> bool:
        return self.before != self.after


@dataclass(frozen=True, slots=True)
class Preview:
    figures: tuple[Figure, ...] = ()
    changes: tuple[Change, ...] = ()


class PreviewBox(QGroupBox):
    """The calculation above, the changes below; or a hint while input is missing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Before → after"), parent)
        self._shown: list[tuple[str, ...]] = []
        self._grid = QGridLayout()
        self._grid.setColumnStretch(0, 1)
        self._grid.setHorizontalSpacing(16)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)  # drawn in the palette's muted text colour
        layout = QVBoxLayout(self)
        layout.addLayout(self._grid)
        layout.addWidget(self.hint)

    def show_preview(self, preview: Preview) -> None:
        self._clear()
        self.hint.hide()
        row = 0
        for figure in preview.figures:
            self._put(row, [figure.label, figure.value], bold=figure.emphasis)
            row += 1
        if preview.figures and preview.changes:
            self._grid.addWidget(_rule(), row, 0, 1, len(COLUMNS))
            row += 1
        for change in preview.changes:
            self._put(row, [change.label, change.before, ARROW, change.after],
                      bold=change.changed)
            row += 1

    def show_hint(self, text: str) -> None:
        """No preview yet: say what is missing or wrong, quietly (the user is typing)."""
        self._clear()
        self.hint.setText(text)
        self.hint.show()

    def texts(self) -> list[list[str]]:
        """The lines shown, cell by cell: (label, value) for a figure, (label,
        before, arrow, after) for a change."""
        return [list(cells) for cells in self._shown]

    def _put(self, row: int, cells: Sequence[str], *, bold: bool) -> None:
        """A figure (label, value: the value spans the columns, wrapped if long) or
        a change (label, before, arrow, after: the after is bold if it changed)."""
        self._shown.append(tuple(cells))
        spans = (1, len(COLUMNS) - 1) if len(cells) == 2 else (1,) * len(COLUMNS)
        column = 0
        for index, (text, span) in enumerate(zip(cells, spans, strict=True)):
            label = QLabel(text)
            if index:
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if span > 1:
                # Only a long value wraps; a short one keeps its width (a wrapped
                # label would otherwise be squeezed onto a clipped second line).
                label.setWordWrap(True)
                width = label.fontMetrics().horizontalAdvance(text) + WRAP_SLACK
                label.setMinimumWidth(min(width, WRAP_WIDTH))
            if bold and (index == 0 or index == len(cells) - 1):
                font = label.font()
                font.setBold(True)
                label.setFont(font)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._grid.addWidget(label, row, column, 1, span)
            column += span

    def _clear(self) -> None:
        self._shown.clear()
        while (item := self._grid.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()


def _rule() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
