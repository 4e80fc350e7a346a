"""A report's charts drawn with matplotlib, as PNG images for screen, paper and PDF.

matplotlib's own fonts have no Chinese: the app's embedded CJK font is added
to its font manager and used for every label, so a chart reads the same on
a machine without Chinese fonts. Only `Figure` objects are used (no pyplot,
no GUI backend), which is safe in a worker thread.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence

from matplotlib import font_manager, rc_context
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from clubcrm.domain.reports import Chart, ChartKind
from clubcrm.io import fonts

WIDTH_IN, HEIGHT_IN = 7.2, 3.0  # fits an A4 page between 15 mm margins
DPI = 150  # sharp on paper, ~60 KB a chart
COLOURS = ("#2e86c1", "#28b463", "#f39c12", "#8e44ad", "#c0392b", "#7f8c8d")


@functools.cache
def _font_family() -> str:
    """Register the bundled font with matplotlib once; its family name."""
    font_manager.fontManager.addfont(str(fonts.font_path()))
    return font_manager.FontProperties(fname=str(fonts.font_path())).get_name()


def chart_png(chart: Chart) -> bytes:
    """The chart as a PNG image."""
    family = _font_family()
    rc = {"font.family": family, "font.size": 8, "axes.unicode_minus": False}

    with rc_context(rc):
        figure = Figure(figsize=(WIDTH_IN, _height(chart)), dpi=DPI)
        axes = figure.add_subplot()
        DRAW[chart.kind](figure, axes, chart)
        axes.set_title(chart.title, fontsize=10)
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()


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
    count = max(len(chart.series), 1)
    width = 0.8 / count
    positions = range(len(chart.categories))
    for index, (name, values) in enumerate(chart.series):
        axes.bar([p + index * width - 0.4 + width / 2 for p in positions],
                 _scale(chart, values), width, label=name, color=COLOURS[index % len(COLOURS)])
    _categories(axes, chart)
    _format_axis(axes, chart)
    if len(chart.series) > 1:
        axes.legend(fontsize=7, ncols=len(chart.series))


def _stacked(figure: Figure, axes, chart: Chart) -> None:
    bottoms = [0.0] * len(chart.categories)
    for index, (name, values) in enumerate(chart.series):
        scaled = _scale(chart, values)
        axes.bar(range(len(chart.categories)), scaled, 0.8, bottom=bottoms, label=name,
                 color=COLOURS[index % len(COLOURS)])
        bottoms = [a + b for a, b in zip(bottoms, scaled, strict=True)]
    _categories(axes, chart)
    _format_axis(axes, chart)
    axes.legend(fontsize=7, ncols=max(len(chart.series), 1))


def _hbars(figure: Figure, axes, chart: Chart) -> None:
    name, values = chart.series[0] if chart.series else ("", ())
    positions = list(range(len(chart.categories)))
    axes.barh(positions, _scale(chart, values), color=COLOURS[0], label=name)
    axes.set_yticks(positions, chart.categories)
    axes.invert_yaxis()  # the biggest first, at the top
    _format_axis(axes, chart, axis="x")


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
