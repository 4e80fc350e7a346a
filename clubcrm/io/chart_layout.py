"""Where a chart's axes sit in its image, worked out from the lengths of its labels.

matplotlib's `tight_layout` finds the margins by measuring every text in an
extra draw, and at each draw the title and axis labels are fitted around the
measured tick labels: two more passes over every text of a chart besides
the one that draws it. The charts' texts are short and in one known font,
so a width counted from the characters (a CJK character is one em wide, any
other at most 0.6 em) is close enough, and a little generous, for margins.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

FONT_PT = 8  # tick labels, axis labels
TITLE_PT = 10
POINT_IN = 1 / 72
EDGE_IN = 0.06  # clear space between any text and the image's edge
TICK_IN = 7 * POINT_IN  # a tick (3.5 pt) and its gap to the label (3.5 pt)
LABEL_GAP_IN = 4 * POINT_IN  # an axis label's gap to the tick labels
LINE = 1.25  # a line of text, in ems
TITLE_GAP_IN = 6 * POINT_IN
NARROW_EM = 0.6
ELLIPSIS = "…"


def label_width_in(text: str, size_pt: float = FONT_PT) -> float:
    """The width of one line of `text`, in inches; never less than the real one."""
    ems = sum(1.0 if unicodedata.east_asian_width(char) in "WF" else NARROW_EM
              for char in text)
    return ems * size_pt * POINT_IN


def shortened(text: str, width_in: float, size_pt: float = FONT_PT) -> str:
    """`text`, cut and ended with "…" if it is wider than `width_in`."""
    if label_width_in(text, size_pt) <= width_in:
        return text
    while text and label_width_in(text + ELLIPSIS, size_pt) > width_in:
        text = text[:-1]
    return text + ELLIPSIS


def _line_in(size_pt: float = FONT_PT) -> float:
    return LINE * size_pt * POINT_IN


@dataclass(frozen=True, slots=True)
class Margins:
    """The space around the axes, in inches."""

    left: float
    right: float
    top: float
    bottom: float

    @classmethod
    def around(cls, *, left_labels_in: float, y_label: bool, x_label: bool,
               right_labels_in: float = 0.0, overhang_in: float = 0.0) -> Margins:
        """Room for the y tick labels (`left_labels_in` wide) and the y label on
        the left, a colour bar's labels (`right_labels_in`) or the last x tick
        label's half (`overhang_in`) on the right, the title above, the x tick
        labels and the x label below."""
        y_label_in = _line_in() + LABEL_GAP_IN if y_label else 0.0
        x_label_in = _line_in() + LABEL_GAP_IN if x_label else 0.0
        right = TICK_IN + right_labels_in if right_labels_in else overhang_in
        return cls(left=EDGE_IN + y_label_in + left_labels_in + TICK_IN,
                   right=EDGE_IN + right,
                   top=EDGE_IN + _line_in(TITLE_PT) + TITLE_GAP_IN,
                   bottom=EDGE_IN + x_label_in + _line_in() + TICK_IN)

    def fractions(self, width_in: float, height_in: float) -> dict[str, float]:
        """As `Figure.subplots_adjust` takes them."""
        return {"left": self.left / width_in, "right": 1 - self.right / width_in,
                "top": 1 - self.top / height_in, "bottom": self.bottom / height_in}

    def axes_size(self, width_in: float, height_in: float) -> tuple[float, float]:
        return width_in - self.left - self.right, height_in - self.top - self.bottom

    @staticmethod
    def y_label_offset_in(left_labels_in: float) -> float:
        """How far left of the axes the y label's right edge sits."""
        return TICK_IN + left_labels_in + LABEL_GAP_IN

    @staticmethod
    def x_label_offset_in() -> float:
        """How far below the axes the x label's top sits."""
        return TICK_IN + _line_in() + LABEL_GAP_IN
