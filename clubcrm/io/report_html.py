"""A report as HTML for the reports view and the Qt printer: the same tables,
charts and notes as the PDF, as Qt's rich text understands them (charts are
named images the view supplies, `chart:KEY`)."""

from __future__ import annotations

from html import escape

from clubcrm import i18n
from clubcrm.domain.reports import ColumnKind, Report, Section, Table, format_cell
from clubcrm.domain.translatable import N_

NUMERIC = (ColumnKind.INT, ColumnKind.MONEY, ColumnKind.PERCENT)
STYLE = """
h1 { font-size: 16pt; } h2 { font-size: 13pt; color: #1a5276; margin-top: 14px; }
h3 { font-size: 10pt; margin-top: 8px; } p.note { color: #444; font-size: 8pt; }
th { background: #eef3f8; font-weight: normal; } td, th { padding: 2px 5px; }
tr.total td { background: #eef3f8; }
"""


def report_html(report: Report, *, chart_width: int = 680, heading: bool = True) -> str:
    parts = [f"<html><head><style>{STYLE}</style></head><body>"]
    if heading:
        parts.append(f"<h1>{escape(report.heading)}</h1>")
        parts.append(f"<p class='note'>{escape(i18n.translate(N_('Made on {at}'), at=report.generated_at))}</p>")
    if not report.activity:
        parts.append(f"<h3>{escape(i18n.translate(N_('Nothing was recorded in this period: no money moved and nobody checked in.')))}</h3>")
    parts += [_section(section, chart_width) for section in report.sections]
    if not report.complete:
        parts.append(f"<h3>{escape(i18n.translate(N_('Computing the members and segments sections…')))}</h3>")
    parts.append("</body></html>")
    return "".join(parts)


def _section(section: Section, chart_width: int) -> str:
    parts = [f"<h2>{escape(section.title)}</h2>"]
    parts += [_table(table) for table in section.tables]
    parts += [f"<p><img src='chart:{chart.key}' width='{chart_width}'></p>"
              for chart in section.charts]
    parts += [f"<p class='note'>{escape(note)}</p>" for note in section.notes]
    return "".join(parts)


def _table(table: Table) -> str:
    head = "".join(f"<th align='{_align(column.kind)}'>{escape(column.title)}</th>"
                   for column in table.columns)
    rows = [_row(table, row) for row in table.shown_rows]
    if table.total is not None:
        rows.append(_row(table, table.total, css="total"))
    more = ""
    if table.hidden_rows:
        more = "<p class='note'>{}</p>".format(escape(i18n.translate(
            N_("{count} more rows are in the Excel workbook."), count=table.hidden_rows)))
    return (f"<h3>{escape(table.title)}</h3><table cellspacing='0' border='0.5' "
            f"cellpadding='2'><tr>{head}</tr>{''.join(rows)}</table>{more}")


def _row(table: Table, row: tuple, css: str = "") -> str:
    cells = "".join(f"<td align='{_align(column.kind)}'>{escape(format_cell(value, column.kind))}</td>"
                    for value, column in zip(row, table.columns, strict=True))
    return f"<tr class='{css}'>{cells}</tr>"


def _align(kind: ColumnKind) -> str:
    return "right" if kind in NUMERIC else "left"
