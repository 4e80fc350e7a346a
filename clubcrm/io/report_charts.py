"""A report's charts drawn with matplotlib, as PNG images for screen, paper and PDF.

matplotlib's own fonts have no Chinese: the app's embedded CJK font is added
to its font manager and used for every label, so a chart reads the same on
a machine without Chinese fonts. Only `Figure` objects are used (no pyplot,
no GUI backend), which is safe in a worker thread.

Drawing is what a report waits for on screen, so each chart is drawn once:
the margins are worked out from the labels' lengths (`chart_layout`) instead
of by `tight_layout`, which measured every text in an extra draw, and the
title and axis labels are put in place instead of being fitted around the
tick labels at draw time.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence

from matplotlib import font_manager, rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter
from PIL import Image

from clubcrm.domain.reports import Chart, ChartKind
from clubcrm.io import fonts
from clubcrm.io.chart_layout import FONT_PT, TITLE_PT, Margins, label_width_in, shortened

WIDTH_IN, HEIGHT_IN = 7.2, 3.0  # fits an A4 page between 15 mm margins
DPI = 150  # sharp on paper, ~30 KB a chart
LEGEND_PT = 7
LONGEST_CATEGORY_IN = 0.3 * WIDTH_IN  # a longer service name is cut short ("…")
COLOURS = ("#2e86c1", "#28b463", "#f39c12", "#8e44ad", "#c0392b", "#7f8c8d")
# zlib's fastest level: half the time of the default (6) for a few KB more a chart.
PNG_COMPRESSION = 1


@functools.cache
def _font_family() -> str:
    """Register the bundled font with matplotlib once; its family name."""
    font_manager.fontManager.addfont(str(fonts.font_path()))
    return font_manager.FontProperties(fname=str(fonts.font_path())).get_name()


def chart_png(chart: Chart) -> bytes:
    """The chart as a PNG image."""
    # Glyphs unhinted: about a fifth of the drawing time less; at 150 dpi the
    # smallest text (a legend's, 7 pt) is 15 pixels high and as legible, and
    # the screen shows the image scaled anyway.
    with rc_context({"font.family": _font_family(), "font.size": FONT_PT,
                     "axes.unicode_minus": False, "text.hinting": "no_hinting"}):
        figure = Figure(figsize=(WIDTH_IN, _height(chart)), dpi=DPI)
        axes = figure.add_subplot()
        DRAW[chart.kind](figure, axes, chart)
        # y given: the title stays where it is put, no search for ticks above the axes.
        axes.set_title(chart.title, fontsize=TITLE_PT, y=1.0)
        _fit(figure, axes, chart)
        return _png(figure)


def _png(figure: Figure) -> bytes:
    """The figure drawn once by Agg, saved without its alpha channel (the
    background is opaque; a PDF would carry it as a second image)."""
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    buffer = io.BytesIO()
    pixels = Image.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba(),
                              "raw", "RGBA", 0, 1)
    pixels.convert("RGB").save(buffer, format="png", compress_level=PNG_COMPRESSION,
                               dpi=(DPI, DPI))
    return buffer.getvalue()


def _fit(figure: Figure, axes, chart: Chart) -> None:
    """Margins for the labels this chart has, and the axis labels just outside its ticks."""
    left = _widest(axes.get_yticklabels())
    colour_bars = [other for other in figure.axes if other is not axes]
    margins = Margins.around(
        left_labels_in=left, y_label=bool(axes.get_ylabel()), x_label=bool(axes.get_xlabel()),
        right_labels_in=max((_widest(bar.get_yticklabels()) for bar in colour_bars), default=0.0),
        overhang_in=_last_x_label_in(axes) / 2)
    figure.subplots_adjust(**margins.fractions(WIDTH_IN, _height(chart)))
    width_in, height_in = margins.axes_size(WIDTH_IN, _height(chart))
    axes.yaxis.set_label_coords(-margins.y_label_offset_in(left) / width_in, 0.5)
    axes.xaxis.set_label_coords(0.5, -margins.x_label_offset_in() / height_in)


def _last_x_label_in(axes) -> float:
    """The width of the x tick label at the right end, which may stick out of the axes."""
    low, high = sorted(axes.get_xlim())
    shown = [label for label in axes.get_xticklabels() if low <= label.get_position()[0] <= high]
    if not shown:
        return 0.0
    return label_width_in(max(shown, key=lambda label: label.get_position()[0]).get_text())


def _widest(labels) -> float:
    return max((label_width_in(label.get_text()) for label in labels), default=0.0)


def _height(chart: Chart) -> float:
    if chart.kind is ChartKind.HBARS:
        return max(HEIGHT_IN, 0.8 + 0.22 * len(chart.categories))
    return HEIGHT_IN


def _scale(chart: Chart, values: Sequence[int]) -> list[float]:
    return [value / 100 for value in values] if chart.money else [float(v) for v in values]


def _format_axis(axes, chart: Chart, axis: str = "y") -> None:
    formatter = FuncFormatter(lambda value, _pos: f"{value:,.0f}")
    (axes.yaxis if axis == "y" else axes.xaxis).set_major_formatter(formatter)
    if chart.value_label:
        (axes.set_ylabel if axis == "y" else axes.set_xlabel)(chart.value_label)


def _bars(figure: Figure, axes, chart: Chart) -> None:
    width = 0.8 / max(len(chart.series), 1)
    for index, (name, values) in enumerate(chart.series):
        _add_bars(axes, chart, values, index=index, label=name, width=width,
                  offset=index * width - 0.4 + width / 2)
    _categories(axes, chart)
    _format_axis(axes, chart)
    if len(chart.series) > 1:
        axes.legend(fontsize=LEGEND_PT, ncols=len(chart.series))


def _stacked(figure: Figure, axes, chart: Chart) -> None:
    bottoms = [0.0] * len(chart.categories)
    for index, (name, values) in enumerate(chart.series):
        bottoms = _add_bars(axes, chart, values, index=index, label=name, bottoms=bottoms)
    _categories(axes, chart)
    _format_axis(axes, chart)
    if chart.series:
        axes.legend(fontsize=LEGEND_PT, ncols=len(chart.series))


def _hbars(figure: Figure, axes, chart: Chart) -> None:
    name, values = chart.series[0] if chart.series else ("", ())
    _add_bars(axes, chart, values, index=0, label=name, horizontal=True)
    axes.set_yticks(range(len(chart.categories)),
                    [shortened(category, LONGEST_CATEGORY_IN) for category in chart.categories])
    axes.invert_yaxis()  # the biggest first, at the top
    _format_axis(axes, chart, axis="x")


def _add_bars(axes, chart: Chart, values: Sequence[int], *, index: int, label: str,
              width: float = 0.8, offset: float = 0.0, bottoms: Sequence[float] = (),
              horizontal: bool = False) -> list[float]:
    """One series' bars as a single shape (`Axes.bar` makes and draws one patch
    per bar: most of a month's chart); the tops, for the next series to stack on."""
    scaled = _scale(chart, values)
    bases = list(bottoms) or [0.0] * len(scaled)
    tops = [base + value for base, value in zip(bases, scaled, strict=True)]
    boxes = []
    for position, (base, top) in enumerate(zip(bases, tops, strict=True)):
        low, high = position + offset - width / 2, position + offset + width / 2
        box = [(low, base), (low, top), (high, top), (high, base)]
        boxes.append([(y, x) for x, y in box] if horizontal else box)
    bars = PolyCollection(boxes, facecolors=COLOURS[index % len(COLOURS)], edgecolors="none",
                          linewidths=0, label=label)
    (bars.sticky_edges.x if horizontal else bars.sticky_edges.y).append(0)  # bars start at 0
    axes.add_collection(bars)
    return tops


def _heatmap(figure: Figure, axes, chart: Chart) -> None:
    grid = [list(values) for _name, values in chart.series]
    image = axes.imshow(grid or [[0]], aspect="auto", cmap="Blues")
    axes.set_xticks(range(len(chart.categories)), chart.categories)
    axes.set_yticks(range(len(chart.series)), [name for name, _values in chart.series])
    figure.colorbar(image, ax=axes, fraction=0.03)


def _categories(axes, chart: Chart) -> None:
    axes.set_xticks(range(len(chart.categories)), chart.categories)
    axes.set_xlim(-0.6, max(len(chart.categories), 1) - 0.4)
    axes.spines[["top", "right"]].set_visible(False)


DRAW = {ChartKind.BARS: _bars, ChartKind.STACKED: _stacked, ChartKind.HBARS: _hbars,
        ChartKind.HEATMAP: _heatmap}
