"""The report's charts: an opaque PNG of the printed size and resolution, with
every label inside the image whatever the lengths of the labels and figures
(the margins are worked out from them, not measured by matplotlib), and no
alpha channel for the PDF to carry."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageColor

from clubcrm.domain.reports import Chart, ChartKind
from clubcrm.io.chart_layout import ELLIPSIS, Margins, label_width_in, shortened
from clubcrm.io.report_charts import COLOURS, DPI, WIDTH_IN, chart_png

DAYS = tuple(f"{day:02d}" for day in range(1, 32))
LONG_SERVICE = "成人游泳（含毛巾、储物柜、淋浴）周末下午场六十分钟单次体验课"
CHARTS = [
    Chart("stacked", ChartKind.STACKED, "每日收款", DAYS,
          (("现金", tuple(98_765_432_100_00 + day for day in range(31))),
           ("微信支付", tuple(day * 1_000_00 for day in range(31)))), money=True,
          value_label="元"),
    Chart("bars", ChartKind.BARS, "各主客群会员数",
          ("沉睡会员", "明显流失会员", "新入会会员", "高价值会员", "其他会员"),
          (("2026-09 月末", (18_000, 14_000, 4_000, 10_000, 25_000)),
           ("截至 2026-10-31", (20_000, 15_000, 3_900, 10_500, 25_500)))),
    Chart("hbars", ChartKind.HBARS, "各服务项目消费净额", (LONG_SERVICE, "足疗", "洗剪吹"),
          (("净额", (123_456_789_00, -5_000_00, 88_00)),), money=True, value_label="元"),
    Chart("heatmap", ChartKind.HEATMAP, "按星期和时段统计的到店",
          tuple(str(hour) for hour in range(6, 23)),
          tuple((f"周{day}", tuple(range(1_000_000, 1_000_017))) for day in "一二三四五六日")),
    Chart("empty", ChartKind.STACKED, "每日收款", (), (), money=True, value_label="元"),
]


def _picture(chart: Chart) -> Image.Image:
    return Image.open(io.BytesIO(chart_png(chart)))


@pytest.mark.parametrize("chart", CHARTS, ids=lambda chart: chart.key)
def test_a_chart_is_an_opaque_png_at_print_size(chart: Chart) -> None:
    """7.2 in wide at 150 dpi, RGB (no alpha), the resolution recorded."""
    picture = _picture(chart)
    assert picture.format == "PNG" and picture.mode == "RGB"
    assert picture.width == round(WIDTH_IN * DPI)
    assert picture.info["dpi"][0] == pytest.approx(DPI, abs=0.1)


@pytest.mark.parametrize("chart", CHARTS, ids=lambda chart: chart.key)
def test_no_label_is_cut_by_the_edge_of_the_image(chart: Chart) -> None:
    """The outermost pixels are all background: labels of 12 digits, a long
    service name, a colour bar's figures and the title all fall inside."""
    picture = _picture(chart).convert("L")
    width, height = picture.size
    frame = ([(x, y) for x in range(width) for y in (0, 1, height - 2, height - 1)]
             + [(x, y) for y in range(height) for x in (0, 1, width - 2, width - 1)])
    assert min(picture.getpixel(point) for point in frame) > 250


def test_the_bars_keep_most_of_the_width_beside_a_long_name() -> None:
    """A long service name is cut short with "…": the longest bar (the
    first, at the top) is drawn over more than half the image's width."""
    picture = _picture(CHARTS[2])
    colour = ImageColor.getrgb(COLOURS[0])
    rows = [[x for x in range(picture.width) if picture.getpixel((x, y)) == colour]
            for y in range(picture.height)]
    longest = max(rows, key=len)
    assert len(longest) > picture.width / 2


def test_a_cjk_label_is_counted_wider_than_digits() -> None:
    """One em a CJK character, 0.6 em a digit; 8 pt = 1/9 inch an em."""
    assert label_width_in("推拿") == pytest.approx(2 * 8 / 72)
    assert label_width_in("12") == pytest.approx(1.2 * 8 / 72)


@pytest.mark.parametrize("text", ["足疗", LONG_SERVICE, "x" * 200])
def test_shortened_fits_and_says_it_was_cut(text: str) -> None:
    """A label wider than allowed ends with "…" and fits; a short one is kept."""
    result = shortened(text, 1.5)
    assert label_width_in(result) <= 1.5
    assert result == text if label_width_in(text) <= 1.5 else (
        result.endswith(ELLIPSIS) and text.startswith(result[:-1]))


def test_margins_grow_with_the_labels() -> None:
    """Wider tick labels, an axis label or a colour bar leave less room to the axes."""
    plain = Margins.around(left_labels_in=0.3, y_label=False, x_label=False)
    wide = Margins.around(left_labels_in=0.9, y_label=True, x_label=True, right_labels_in=0.4)
    assert wide.left > plain.left + 0.6 and wide.bottom > plain.bottom
    assert wide.right > plain.right and wide.axes_size(7.2, 3)[0] < plain.axes_size(7.2, 3)[0]
