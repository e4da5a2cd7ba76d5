"""A one-page report for one force, as PDF (fpdf2) and as self-contained HTML (images inlined, no links out).

Pure functions over the query layer, so tests call them directly. Charts are rendered to PNG by kaleido
with the machine's Chromium (never downloaded); if that fails, the report says so and carries the numbers.
"""
from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import html
import io
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from etl.normalise.text import latin1

from . import charts, queries
from .filters import Filters
from .warehouse import Warehouse

SAMPLE_LABEL = "SAMPLE DATA: generated test plans, not a real force's plan. No figure here describes a real force."


@dataclass
class ReportData:
    force_id: str
    force_name: str
    as_of: dt.date
    comparison: pd.DataFrame
    overdue: pd.DataFrame
    changes: pd.DataFrame
    trend: pd.DataFrame
    is_sample: bool
    build: str
    images: dict[str, bytes] = field(default_factory=dict)
    image_note: str = ""


def gather(wh: Warehouse, f: Filters, force_id: str) -> ReportData:
    f = queries.whole_force(f)  # a force's report: all its items, whatever the sidebar's status filter
    names = queries.force_options(wh).set_index("force_id")["force_name"]
    name = names.get(force_id, force_id)
    mine = dataclasses.replace(f, forces=(force_id,))
    items = queries.explore_rows(wh, mine)
    changes = queries.changes_since_previous_round(wh, mine)
    return ReportData(
        force_id=force_id, force_name=name, as_of=f.date,
        comparison=queries.force_comparison(wh, f, force_id),
        overdue=queries.overdue_items(wh, mine),
        changes=changes,
        trend=queries.force_completion_over_time(wh, f, force_id),
        is_sample=bool(items["is_sample"].any()) if len(items) else False,
        build=f"{pd.Timestamp(wh.built_at):%d %b %Y %H:%M} UTC (build {wh.build_id})",
    )


def render_images(data: ReportData) -> ReportData:
    """PNG charts for the report, all in one Chromium session."""
    figures = {"comparison": charts.comparison(data.comparison)}
    if len(data.trend):
        figures["trend"] = charts.completion_over_time(data.trend, colour_by="scope",
                                                       title="Completion over time: this force and England and Wales")
    data.images, data.image_note = draw_pngs(figures)
    return data


def fit_title(figure, width: int) -> int:
    """Wrap a chart's title between words to the image's width (a Plotly title never wraps: in a PDF, a title that
    states its finding ran off the image, cut mid-word). Returns the number of lines added."""
    from .charts import wrap_label

    title = figure.layout.title.text or ""
    if not title or "<br>" in title:
        return 0
    wrapped = wrap_label(title, max(30, int((width - 60) / 9)))  # ~9 px a character at the images' 16 px titles
    figure.update_layout(title_text=wrapped)
    return wrapped.count("<br>")


def draw_pngs(figures: dict, width: int | list[int] = 760, height: int | list[int] = 420) -> tuple[dict[str, bytes], str]:
    """PNG images of Plotly figures, drawn by the server's one chart renderer (kaleido with the machine's Chromium,
    never downloaded, kept running between reports: app/renderer.py): ({name: png}, '') or ({}, a note saying why
    not, for a report that then carries the numbers)."""
    from . import renderer

    widths = width if isinstance(width, list) else [width] * len(figures)
    for figure, wide in zip(figures.values(), widths):  # room for axis titles and labels: no automatic margin
        top = max(70, figure.layout.margin.t or 0)  # a figure may ask for more room on top (a legend above the plot)
        top += 20 * fit_title(figure, wide)
        figure.update_layout(margin=dict(l=80, r=30, t=top, b=70), font=dict(size=14))
        figure.update_xaxes(automargin=True)
        figure.update_yaxes(automargin=True)
    if not figures:
        return {}, ""
    heights = height if isinstance(height, list) else [height] * len(figures)
    try:
        with tempfile.TemporaryDirectory() as folder:
            paths = [Path(folder) / f"{n}.png" for n in range(len(figures))]
            renderer.write_pngs(list(figures.values()), paths, widths, heights)
            return {name: path.read_bytes() for name, path in zip(figures, paths)}, ""
    except Exception as exc:  # no browser on this machine: the report still carries every number
        return {}, f"Charts could not be drawn here ({type(exc).__name__}); the tables hold the same figures."


def _pct(value) -> str:
    return "-" if value is None or pd.isna(value) else f"{value:.0%}"


def headline_rows(data: ReportData) -> list[list[str]]:
    # the rate is done / applicable: the applicable count beside it, so the figures check (issue 22 item 4)
    rows = [["", "Completion", "Done", "Applicable", "Sub-items", "Overdue", "Rank"]]
    for _, row in data.comparison.iterrows():
        rank = f"{int(row['rank'])} of {int(row['of_forces'])}" if pd.notna(row["rank"]) else ""
        rows.append([str(row["scope"]), _pct(row["completion_rate"]), str(int(row["done"])),
                     str(int(row["applicable"])), str(int(row["items"])), str(int(row["overdue"])), rank])
    return rows


# the same rows in the PDF and the HTML, each list ending 'and N more' when cut
OVERDUE_LIMIT, CHANGES_LIMIT = 10, 10


ROW_BUDGET = OVERDUE_LIMIT + CHANGES_LIMIT  # rows the one page holds under the charts, shared by the two lists


def limits(data: ReportData) -> tuple[int, int]:
    """How many overdue items and changes to list: ten of each, and a list with less to show leaves its room to the
    other (ten overdue and 'and 10 more' beside half a page left empty, when nothing had changed)."""
    changes_shown = min(len(data.changes), CHANGES_LIMIT)
    overdue_limit = max(OVERDUE_LIMIT, ROW_BUDGET - max(changes_shown, 1))
    overdue_shown = min(len(data.overdue), overdue_limit)
    return overdue_limit, max(CHANGES_LIMIT, ROW_BUDGET - max(overdue_shown, 1))


def more_line(more: int) -> str:
    return f"and {more} more" if more else ""


def overdue_rows(data: ReportData, limit: int = OVERDUE_LIMIT) -> tuple[list[list[str]], int]:
    rows = [["Item", "What", "Due", "Status", "Days overdue"]]
    for _, row in data.overdue.head(limit).iterrows():
        rows.append([row["item_id"], str(row["item_title"])[:70], f"{row['deadline']:%d %b %Y}",
                     charts.status_label(row["status"]) + (" (reviewed)" if row.get("status_source") == "reviewed" else ""),
                     str(int(row["days_overdue"]))])
    return rows, max(0, len(data.overdue) - limit)


def change_rows(data: ReportData, limit: int = CHANGES_LIMIT) -> tuple[list[list[str]], int]:
    rows = [["Item", "From", "To", "Rounds"]]
    for _, row in data.changes.head(limit).iterrows():
        rows.append([row["item_id"], charts.status_label(row["from_status"]), charts.status_label(row["to_status"]),
                     f"{row['from_round']} -> {row['to_round']}"])
    return rows, max(0, len(data.changes) - limit)


def to_html(data: ReportData) -> str:
    """Self-contained: inline CSS, images as data: URIs, every plan-derived string escaped, no links out."""
    esc = html.escape

    def table(rows: list[list[str]]) -> str:
        head = "".join(f"<th>{esc(c)}</th>" for c in rows[0])
        body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

    overdue_limit, changes_limit = limits(data)
    overdue, more_overdue = overdue_rows(data, overdue_limit)
    changes, more_changes = change_rows(data, changes_limit)
    images = "".join(f'<img alt="{esc(name)} chart" src="data:image/png;base64,{base64.b64encode(png).decode()}">'
                     for name, png in data.images.items())
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{esc(data.force_name)}: stalking action plan progress</title>",
        "<style>body{font-family:Arial,sans-serif;margin:24px;color:#222;max-width:1000px}"
        "table{border-collapse:collapse;margin:8px 0 16px}td,th{border:1px solid #bbb;padding:4px 8px;font-size:13px;"
        "text-align:left}th{background:#eee}.sample{background:#fff3cd;border:2px solid #e69f00;padding:8px;"
        "font-weight:bold}img{max-width:48%;margin:4px}.note{color:#555;font-size:12px}</style></head><body>",
    ]
    if data.is_sample:
        parts.append(f"<p class='sample'>{esc(SAMPLE_LABEL)}</p>")
    parts += [
        f"<h1>{esc(data.force_name)}: stalking action plan progress</h1>",
        f"<p>Super-complaint recommendations to chief constables, as of {data.as_of:%d %B %Y}.</p>",
        "<h2>Headline figures</h2>", table(headline_rows(data)),
        f"<div>{images}</div>" if images else f"<p class='note'>{esc(data.image_note)}</p>",
        f"<h2>Overdue items ({len(data.overdue)})</h2>",
        table(overdue) if len(overdue) > 1 else "<p>None.</p>",
        f"<p class='note'>{more_line(more_overdue)}</p>" if more_overdue else "",
        "<h2>Changed since the previous round</h2>",
        table(changes) if len(changes) > 1 else "<p>No change, or only one round published.</p>",
        f"<p class='note'>{more_line(more_changes)}</p>" if more_changes else "",
        f"<p class='note'>Warehouse built {esc(data.build)}. Completion = complete or business as usual, out of the "
        "sub-items that apply. Generated by the national stalking action plan tracker.</p>",
        "</body></html>",
    ]
    return "".join(parts)


def to_pdf(data: ReportData) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(orientation="P", format="A4")
    pdf.set_auto_page_break(False)  # one page: tables are cut to fit, with 'and N more'
    pdf.add_page()
    pdf.set_margins(12, 12, 12)
    if data.is_sample:
        pdf.set_fill_color(255, 243, 205)
        pdf.set_font("Helvetica", "B", 9)
        pdf.multi_cell(0, 5, latin1(SAMPLE_LABEL), border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_fill_color(255, 255, 255)
        pdf.ln(2)
    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(0, 8, latin1(f"{data.force_name}: stalking action plan progress"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=9)
    pdf.multi_cell(0, 5, latin1(f"Super-complaint recommendations to chief constables, as of {data.as_of:%d %B %Y}."),
                   new_x="LMARGIN", new_y="NEXT")

    def table(rows, widths):
        pdf.set_font("Helvetica", size=8)
        with pdf.table(col_widths=widths, first_row_as_headings=True, line_height=4.5) as out:
            for values in rows:
                row = out.row()
                for value in values:
                    row.cell(latin1(value))

    def heading(text):
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 6, latin1(text), new_x="LMARGIN", new_y="NEXT")

    heading("Headline figures")
    table(headline_rows(data), (48, 22, 18, 22, 20, 18, 22))
    if data.images:
        top = pdf.get_y() + 2
        for n, png in enumerate(data.images.values()):
            pdf.image(io.BytesIO(png), x=12 + n * 94, y=top, w=92)
        pdf.set_y(top + 53)
    elif data.image_note:
        pdf.set_font("Helvetica", "I", 8)
        pdf.multi_cell(0, 4, latin1(data.image_note), new_x="LMARGIN", new_y="NEXT")
    overdue_limit, changes_limit = limits(data)
    overdue, more = overdue_rows(data, overdue_limit)
    heading(f"Overdue items ({len(data.overdue)})")
    table(overdue, (14, 92, 24, 26, 24)) if len(overdue) > 1 else pdf.cell(0, 5, "None.", new_x="LMARGIN", new_y="NEXT")
    if more:
        pdf.set_font("Helvetica", "I", 8)
        pdf.cell(0, 4, more_line(more), new_x="LMARGIN", new_y="NEXT")
    changes, more = change_rows(data, changes_limit)
    heading("Changed since the previous round")
    if len(changes) > 1:
        table(changes, (16, 40, 40, 90))
        if more:
            pdf.set_font("Helvetica", "I", 8)
            pdf.cell(0, 4, more_line(more), new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.set_font("Helvetica", size=8)
        pdf.cell(0, 5, "No change, or only one round published.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(-16)
    pdf.set_font("Helvetica", "I", 7)
    pdf.multi_cell(0, 3.5, latin1(f"Warehouse built {data.build}. Completion = complete or business as usual, out of "
                                   "the sub-items that apply. National stalking action plan tracker."))
    return bytes(pdf.output())

