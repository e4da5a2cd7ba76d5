"""The national progress report, written from the data: PDF (fpdf2), self-contained HTML and Word (.docx).

`gather` asks the query layer (app.queries, app.report_queries) and computes the themes (app.themes); `blocks`
turns that into one list of headings, paragraphs, tables, charts and quotations; each format renders the same
blocks, so the three say the same thing. In the HTML every figure links to the dashboard view that shows it.
No Streamlit here: `python -m etl report` runs it from the command line.
"""
from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import html
import io
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from etl.normalise.text import latin1

from . import charts, links, queries, report_queries, themes
from .filters import Filters
from .report import SAMPLE_LABEL, draw_pngs
from .warehouse import Warehouse

TITLE = "Police forces' stalking action plans: national progress report"
DEFAULT_BASE_URL = "http://localhost:8501"


@dataclass
class NationalReport:
    filters: Filters  # as applied (the status filter dropped: see gather)
    base_url: str
    build: str
    build_id: str
    headline: pd.Series
    presence: pd.DataFrame
    recs: pd.DataFrame
    changes: pd.DataFrame  # per recommendation
    change_summary: pd.DataFrame
    scope: pd.Series  # whole-recommendation answers, sample rows
    by_rec_status: pd.DataFrame
    trend: pd.DataFrame
    attention: pd.DataFrame
    overdue_forces: pd.DataFrame
    themes: dict
    excerpts: dict
    rec_titles: dict
    force_names: dict
    dropped_statuses: tuple = ()
    images: dict[str, bytes] = field(default_factory=dict)
    image_note: str = ""
    review: pd.Series | None = None  # issue 20: readings a person reviewed, and how many wait (queries.review_counts)
    findings: dict = field(default_factory=dict)  # rec_no -> [themes.Finding]: what forces report, in plain words

    @property
    def as_of(self) -> dt.date:
        return self.filters.date

    @property
    def is_sample(self) -> bool:
        return int(self.scope["sample_items"]) > 0

    # ---------------------------------------------------------------- links to the dashboard views
    def url(self, page: str = "", f: Filters | None = None, **choices) -> str:
        query = links.view_query(f or self.filters, self.rec_titles, self.force_names, **choices)
        return f"{self.base_url.rstrip('/')}/{page}" + (f"?{query}" if query else "")

    def rec_filters(self, rec_no: int) -> Filters:
        return dataclasses.replace(self.filters, recs=(int(rec_no),))


def gather(wh: Warehouse, f: Filters, base_url: str = DEFAULT_BASE_URL, top_themes: int = 6) -> NationalReport:
    """Everything the report says, from named queries. A status filter is not applied: a report of only the
    items 'in progress' would have no completion rate to speak of (the report says so in its filters)."""
    dropped = f.statuses
    f = dataclasses.replace(f, statuses=())
    recs = report_queries.recommendation_summary(wh, f)
    texts = report_queries.update_texts(wh, f)
    options = queries.item_options(wh)
    wording = {int(r): [t] for r, t in zip(options.rec_no, options.rec_title)}
    for r, t in zip(options.rec_no, options.title):
        wording[int(r)].append(t)
    rows = texts.to_dict("records")
    found = themes.themes_by_group(rows, exclude=wording, top=top_themes)  # orders the quotations
    findings = themes.findings_by_group(rows, themes.practice_themes(), top=top_themes)
    quotes = {rec: themes.excerpts([r for r in rows if r["rec_no"] == rec], found.get(rec, []), exclude=wording.get(rec, ()))
              for rec in recs.rec_no}
    forces = queries.force_options(wh)
    rec_options = queries.recommendation_options(wh)
    return NationalReport(
        filters=f, base_url=base_url, build=f"{pd.Timestamp(wh.built_at):%d %b %Y %H:%M} UTC", build_id=str(wh.build_id),
        headline=queries.headline(wh, f).iloc[0], presence=queries.plan_presence(wh, f), recs=recs,
        changes=report_queries.changes_by_recommendation(wh, f), change_summary=queries.change_summary(wh, f),
        scope=report_queries.scope_facts(wh, f).iloc[0], by_rec_status=queries.status_by_recommendation(wh, f),
        trend=queries.completion_over_time(wh, f), attention=report_queries.items_needing_attention(wh, f),
        overdue_forces=queries.overdue_by_force(wh, f).head(10), themes=found, excerpts=quotes,
        rec_titles={str(r): f"{r}. {t}" for r, t in zip(rec_options.rec_no, rec_options.rec_title)},
        force_names=dict(zip(forces.force_id, forces.force_name)), dropped_statuses=dropped,
        review=queries.review_counts(wh, f).iloc[0], findings=findings)


def render_images(data: NationalReport) -> NationalReport:
    """The charts as PNG, in one Chromium session: status by recommendation, completion over time, and each
    recommendation's status split."""
    figures, widths, heights = {}, [], []
    if len(data.by_rec_status):
        # labels of up to 40 characters (two lines, not three) and 40 px a recommendation: at 560 px for 15 the
        # wrapped labels ran into each other
        recs = data.by_rec_status.rec_no.nunique()
        figures["by_rec"] = charts.status_by_recommendation(data.by_rec_status, "number", 40)
        figures["by_rec"].update_layout(margin=dict(t=130), title=dict(y=0.98, yanchor="top"))  # legend under the title
        widths.append(900), heights.append(max(560, 40 * recs + 260))
    if len(data.trend):
        figures["trend"] = charts.completion_over_time(data.trend, title="National completion over time")
        widths.append(900), heights.append(400)
    for row in data.recs.itertuples():
        split = split_frame(row)
        if len(split):
            figures[f"rec_{row.rec_no}"] = charts.status_split(split, f"Recommendation {row.rec_no}: status of "
                                                                      "force sub-items")
            widths.append(700), heights.append(330)
    data.images, data.image_note = draw_pngs(figures, widths, heights)
    return data


def split_frame(row) -> pd.DataFrame:
    counts = [(s, int(getattr(row, s))) for s in charts.STATUS_ORDER]
    return pd.DataFrame([{"status": s, "items": n} for s, n in counts if n])


# -------------------------------------------------------------------- the words
def _pct(value) -> str:
    return "-" if value is None or pd.isna(value) else f"{value:.0%}"


def _n(value) -> str:
    return f"{int(value):,}"


def _date(value) -> str:
    return f"{pd.Timestamp(value):%d %B %Y}".lstrip("0")


def filters_in_words(data: NationalReport) -> str:
    f = data.filters
    parts = ["recommendations " + ", ".join(str(r) for r in f.recs) if f.recs else "every recommendation",
             "regions: " + ", ".join(f.regions) if f.regions else "every region",
             "forces: " + ", ".join(data.force_names.get(x, x) for x in f.forces) if f.forces else "every force",
             f"each force's latest update on or before {_date(data.as_of)}",
             "sample data included" if f.include_sample else "sample data left out",
             "statuses read from update text counted" if f.include_inferred
             else "statuses read from update text counted as unknown"]
    text = "; ".join(parts) + "."
    if data.dropped_statuses:
        text += (" The status filter (" + ", ".join(charts.status_label(s) for s in data.dropped_statuses)
                 + ") is not applied: the report counts every status.")
    return text[0].upper() + text[1:]


# blocks: ("h", level, text) ("p", text, style) ("table", header, rows) ("img", name, alt) ("quote", text, cite)
# a table cell is text or (text, url)


def review_rows(data: NationalReport) -> list[list]:
    """Headline rows: how many readings a person reviewed (and how many of the positions above), how many wait."""
    r = data.review
    if r is None:
        return []
    return [["Readings reviewed by a person (of them in these figures)",
             (f"{_n(r.reviewed_readings)} ({_n(r.reviewed_positions)})", data.url("review"))],
            ["Readings waiting for review (of them in these figures)",
             (f"{_n(r.waiting)} ({_n(r.waiting_in_figures)})", data.url("review"))]]


def blocks(data: NationalReport) -> list[tuple]:
    out: list[tuple] = []
    h, f = data.headline, data.filters
    if data.is_sample:
        out.append(("p", SAMPLE_LABEL + " Every figure and quotation below comes from the generated sample corpus.",
                    "sample"))
    out.append(("h", 1, TITLE))
    out.append(("p", f"As of {_date(data.as_of)}. Recommendations of the super-complaint report (September 2024) to "
                     "chief constables, as each force's own published action plan reports them.", "lead"))
    out.append(("p", "Filters: " + filters_in_words(data), "normal"))
    out.append(("p", f"Written from warehouse build {data.build_id} (built {data.build}) by the national stalking "
                     f"action plan tracker on {dt.date.today():%d %B %Y}.", "note"))

    # headline
    overview = data.url("")
    with_plan = int(data.presence.has_plan.sum()) if len(data.presence) else 0
    out.append(("h", 2, "Headline figures"))
    out.append(("table", ["Measure", "Figure"], [
        ["Completion rate (complete or business as usual, of sub-items that apply)", (_pct(h.completion_rate), overview)],
        ["Sub-item positions reported (forces x sub-items)", (_n(h["items"]), overview)],
        ["Sub-item positions that apply (reported, less not applicable): the rate's denominator",
         (_n(h.applicable), overview)],
        ["Complete or business as usual", (f"{_n(h.done)} ({_n(h.complete)} complete, {_n(h.bau)} BAU)", overview)],
        ["In progress", (_n(h.in_progress), overview)],
        ["Not started", (_n(h.not_started), overview)],
        ["Overdue (past the deadline and not done)", (_n(h.overdue), data.url("overdue"))],
        ["Unknown status", (_n(h.unknown), overview)],
        ["Not applicable", (_n(h.not_applicable), overview)],
        ["Forces reporting", (f"{_n(h.forces_reporting)} of {len(data.presence)} in scope", overview)],
        ["Forces with no plan by this date", (_n(len(data.presence) - with_plan), data.url("quality"))],
    ] + review_rows(data)))
    moved = data.change_summary
    if len(moved):
        to_done = int(moved[moved.to_status.isin(themes.DONE) & ~moved.from_status.isin(themes.DONE)]["items"].sum())
        from_done = int(moved[~moved.to_status.isin(themes.DONE) & moved.from_status.isin(themes.DONE)]["items"].sum())
        out.append(("p", f"Since each force's previous round, {_n(moved['items'].sum())} sub-item positions changed "
                         f"status ({to_done} to done, {from_done} away from done); see the National overview's "
                         "'What changed since each force's previous round'.", "normal", overview))
    else:
        out.append(("p", "No sub-item changed status between rounds: forces have published one round each, or "
                         "nothing moved.", "normal"))
    whole = data.scope
    if int(whole["whole_items"]):
        out.append(("p", f"Answered per recommendation: {_n(whole.whole_items)} of the {_n(h['items'])} sub-item "
                         f"positions come from {_n(whole.whole_answers)} answers that {_n(whole.whole_forces)} "
                         "forces gave for a recommendation as a whole. Each such answer is counted once for every "
                         "sub-item of its recommendation, with the status the force gave, so those figures are not "
                         "sub-item precise. Per recommendation below, the forces answering it as a whole are counted.",
                    "normal", data.url("quality")))
    out.append(("img", "by_rec", "Status of each recommendation's sub-items across forces"))
    out.append(("img", "trend", "National completion over time"))

    # per recommendation
    out.append(("h", 2, "Recommendation by recommendation"))
    changes = data.changes.set_index("rec_no") if len(data.changes) else pd.DataFrame()
    for row in data.recs.itertuples():
        rf = data.rec_filters(row.rec_no)
        rec_url = data.url("recommendations", rf, item=f"Rec {row.rec_no}")
        out.append(("h", 3, f"Recommendation {row.rec_no}: {row.rec_title}"))
        due = "passed" if pd.Timestamp(row.deadline).date() < data.as_of else "not yet reached"
        out.append(("p", f"Deadline {_date(row.deadline)} ({due} on {_date(data.as_of)}). Sub-items: {row.item_ids}.",
                    "normal"))
        if not row.items:
            out.append(("p", "No force reports on this recommendation under these filters.", "normal"))
            continue
        split_rows = []
        for status in charts.STATUS_ORDER:
            count = int(getattr(row, status))
            if count:
                split_rows.append([charts.status_label(status),
                                   (_n(count), data.url("recommendations", dataclasses.replace(rf, statuses=(status,)),
                                                        item=f"Rec {row.rec_no}")),
                                   f"{count / row.items:.0%}"])
        out.append(("table", ["Status of force sub-items", "Positions", "Share"], split_rows))
        moved_row = changes.loc[row.rec_no] if row.rec_no in changes.index else None
        moved_text = (f"{int(moved_row.moved)} moved ({int(moved_row.to_done)} to done, {int(moved_row.from_done)} "
                      f"away from done) across {int(moved_row.forces)} force{'s' if int(moved_row.forces) != 1 else ''}"
                      if moved_row is not None else "none")
        out.append(("table", ["Forces", "Count"], [
            ["Reporting on it", (_n(row.forces_reporting), rec_url)],
            ["Done: every sub-item that applies complete or BAU", (_n(row.forces_done), rec_url)],
            ["Not started: every sub-item that applies not started", (_n(row.forces_not_started), rec_url)],
            ["With an overdue sub-item", (_n(row.forces_overdue), data.url("overdue", rf))],
            ["Answering it as a whole (one answer for every sub-item)", (_n(row.forces_whole), data.url("quality"))],
            ["Changes since the previous round (sub-item positions)", (moved_text, data.url("", rf))],
        ]))
        out.append(("img", f"rec_{row.rec_no}", f"Recommendation {row.rec_no}: status of force sub-items"))
        found = data.findings.get(row.rec_no, [])
        out.append(("h", 4, "What forces report"))
        if found:
            # plain findings, the kinds of work most forces describe first, each linked to the words behind it
            out.append(("table", ["What forces report", "Forces"],
                        [[t.sentence(), (f"{t.forces} of {t.of_forces}", data.url("search", rf, q=t.search))]
                         for t in found]))
        else:
            out.append(("p", "No kind of work is described by two or more forces on this recommendation.", "normal"))
        quotes = data.excerpts.get(row.rec_no, [])
        if quotes:
            for q in quotes:
                out.append(("quote", q.text, f"{q.force_name}, {q.item_id} ({charts.status_label(q.status)}): "
                                              f"{q.source_file}, {q.source_table} row {q.source_row}"))
        else:
            out.append(("p", "No force reports this recommendation done with words to quote.", "note"))

    # areas for improvement
    out.append(("h", 2, "Areas for improvement"))
    out.append(("p", "Where the published plans say the most work remains, by count. A count reflects what each plan "
                     "says as of the date; a plan answering per recommendation repeats one status for each sub-item.",
                "normal"))
    if len(data.attention):
        out.append(("table", ["Sub-item", "Forces overdue", "Forces not started", "Forces reporting"],
                    [[f"{r.item_id} {r.item_title}",
                      (_n(r.forces_overdue), data.url("overdue", data.rec_filters(r.rec_no))),
                      (_n(r.forces_not_started), data.url("recommendations", dataclasses.replace(
                          data.rec_filters(r.rec_no), statuses=("not_started",)), item=r.item_id)),
                      (_n(r.forces_reporting), data.url("recommendations", f, item=r.item_id))]
                     for r in data.attention.itertuples()]))
    else:
        out.append(("p", "No sub-item is overdue or not started for any force.", "normal"))
    if len(data.overdue_forces):
        out.append(("table", ["Force (most overdue sub-items first)", "Overdue sub-items", "Sub-items reported"],
                    [[r.force_name, (_n(r.overdue_items), data.url("force", f, lead_force=r.force_name)),
                      _n(r.items)] for r in data.overdue_forces.itertuples()]))
    else:
        out.append(("p", "No force has an overdue sub-item.", "normal"))

    out.append(("h", 2, "How these figures are made"))
    for text in (
        "Each force's latest update round on or before the as-of date, per sub-item. Done = complete or business as "
        "usual; completion rate = done / (sub-items reported - not applicable). Overdue = the recommendation's "
        "deadline is before the as-of date and the status is not complete, business as usual or not applicable. "
        "An undated round counts from the day the plans were collected (the build date).",
        "What forces report: for each recommendation, the kinds of work forces' latest updates describe (training, "
        "screening questions, specialist staff, audits...; each kind with the words that show it, in "
        "data/reference/practice_themes.csv), counted in forces, not rows, and shown when two or more forces "
        "describe it. 'Report that work done': the force's every sub-item whose words describe it is complete or "
        "business as usual. Quotations are from forces reporting the recommendation done, those whose words most "
        "other forces also use first (the words and two-word phrases of the updates, without common words and the "
        "recommendation's own wording), one per force, each with its file and row.",
    ):
        out.append(("p", text, "note"))
    return out


# -------------------------------------------------------------------- HTML
_CSS = ("body{font-family:Arial,sans-serif;margin:24px auto;color:#222;max-width:980px;line-height:1.4}"
        "table{border-collapse:collapse;margin:6px 0 14px}td,th{border:1px solid #bbb;padding:3px 8px;font-size:13px;"
        "text-align:left;vertical-align:top}th{background:#eee}.sample{background:#fff3cd;border:2px solid #e69f00;"
        "padding:8px;font-weight:bold}.note{color:#555;font-size:12px}.lead{font-size:15px}img{max-width:100%}"
        "blockquote{border-left:4px solid #0072B2;margin:6px 0 10px;padding:2px 12px}blockquote cite{display:block;"
        "color:#555;font-size:12px;font-style:normal}a{color:#0b57a4}")


def to_html(data: NationalReport) -> str:
    """Self-contained: inline CSS, charts as data: URIs, every plan-derived string escaped; links only to the
    dashboard's views (never loaded by the page itself)."""
    esc = html.escape

    def cell(value, tag="td") -> str:
        if isinstance(value, tuple):
            text, url = value
            return f"<{tag}><a href=\"{esc(url, quote=True)}\">{esc(text)}</a></{tag}>"
        return f"<{tag}>{esc(str(value))}</{tag}>"

    parts = ["<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
             f"<title>{esc(TITLE)}, as of {_date(data.as_of)}</title><style>{_CSS}</style></head><body>"]
    for block in blocks(data):
        kind = block[0]
        if kind == "h":
            parts.append(f"<h{block[1]}>{esc(block[2])}</h{block[1]}>")
        elif kind == "p":
            text = esc(block[1])
            if len(block) > 3:
                text += f" <a href=\"{esc(block[3], quote=True)}\">(view)</a>"
            parts.append(f"<p class='{block[2]}'>{text}</p>")
        elif kind == "table":
            head = "".join(cell(c, "th") for c in block[1])
            body = "".join("<tr>" + "".join(cell(c) for c in row) + "</tr>" for row in block[2])
            parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
        elif kind == "img":
            png = data.images.get(block[1])
            if png:
                parts.append(f"<img alt=\"{esc(block[2])}\" src=\"data:image/png;base64,{base64.b64encode(png).decode()}\">")
        elif kind == "quote":
            parts.append(f"<blockquote>{esc(block[1])}<cite>{esc(block[2])}</cite></blockquote>")
    if data.image_note:
        parts.append(f"<p class='note'>{esc(data.image_note)}</p>")
    parts.append("</body></html>")
    return "".join(parts)


# -------------------------------------------------------------------- PDF
def to_pdf(data: NationalReport) -> bytes:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(orientation="P", format="A4")
    pdf.set_margins(14, 14, 14)
    pdf.set_auto_page_break(True, margin=14)
    pdf.set_title(TITLE)
    pdf.add_page()
    width = pdf.w - 28
    sizes = {1: 16, 2: 13, 3: 11, 4: 10}
    for block in blocks(data):
        kind = block[0]
        if kind == "h":
            if block[1] <= 3 and pdf.get_y() > pdf.h - 60:
                pdf.add_page()
            pdf.ln(3 if block[1] > 1 else 0)
            pdf.set_font("Helvetica", "B", sizes[block[1]])
            pdf.multi_cell(0, sizes[block[1]] * 0.5, latin1(block[2]), new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            style = block[2]
            if style == "sample":
                pdf.set_fill_color(255, 243, 205)
                pdf.set_font("Helvetica", "B", 9)
                pdf.multi_cell(0, 5, latin1(block[1]), border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("Helvetica", "I" if style == "note" else "", 8 if style == "note" else 9)
                pdf.multi_cell(0, 4.5, latin1(block[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "table":
            pdf.set_font("Helvetica", size=8)
            columns = len(block[1])
            first = width * (0.55 if columns == 2 else 0.46 if columns == 3 else 0.4)
            rest = (width - first) / (columns - 1)
            with pdf.table(col_widths=(first, *[rest] * (columns - 1)), first_row_as_headings=True, line_height=4.2,
                           headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235))) as table:
                for values in [block[1], *block[2]]:
                    row = table.row()
                    for value in values:
                        row.cell(latin1(value[0] if isinstance(value, tuple) else str(value)))
            pdf.ln(1)
        elif kind == "img":
            png = data.images.get(block[1])
            if png:
                wide = block[1] in ("by_rec", "trend")
                w = width if wide else width * 0.7
                h = w * (560 / 900 if block[1] == "by_rec" else 400 / 900 if wide else 330 / 700)
                if pdf.get_y() + h > pdf.h - 14:
                    pdf.add_page()
                pdf.image(io.BytesIO(png), x=14, w=w, h=h)
                pdf.ln(2)
        elif kind == "quote":
            pdf.set_font("Helvetica", "", 9)
            pdf.set_x(20)
            pdf.multi_cell(width - 6, 4.5, latin1(f"\"{block[1]}\""), new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(20)
            pdf.set_font("Helvetica", "I", 7.5)
            pdf.multi_cell(width - 6, 3.8, latin1(block[2]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    if data.image_note:
        pdf.set_font("Helvetica", "I", 8)
        pdf.multi_cell(0, 4, latin1(data.image_note), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


# -------------------------------------------------------------------- Word
def to_docx(data: NationalReport) -> bytes:
    """A Word document to edit: real headings, tables in 'Table Grid', charts as pictures, quotations in the
    'Quote' style with their citation."""
    import docx
    from docx.shared import Inches, Pt, RGBColor

    document = docx.Document()
    document.core_properties.title = TITLE
    document.styles["Normal"].font.size = Pt(10)
    for block in blocks(data):
        kind = block[0]
        if kind == "h":
            document.add_heading(block[2], level=min(block[1] - 1, 3) if block[1] > 1 else 0)
        elif kind == "p":
            paragraph = document.add_paragraph()
            run = paragraph.add_run(_xml_safe(block[1]))
            if block[2] == "sample":
                run.bold = True
                run.font.color.rgb = RGBColor(0x9C, 0x4A, 0x00)
            elif block[2] == "note":
                run.italic = True
                run.font.size = Pt(8.5)
        elif kind == "table":
            table = document.add_table(rows=1, cols=len(block[1]))
            table.style = "Table Grid"
            for cell, value in zip(table.rows[0].cells, block[1]):
                cell.text = _xml_safe(value)
                for run in cell.paragraphs[0].runs:
                    run.bold = True
            for values in block[2]:
                cells = table.add_row().cells
                for cell, value in zip(cells, values):
                    cell.text = _xml_safe(value[0] if isinstance(value, tuple) else str(value))
            document.add_paragraph()
        elif kind == "img":
            png = data.images.get(block[1])
            if png:
                document.add_picture(io.BytesIO(png), width=Inches(6.3 if block[1] in ("by_rec", "trend") else 4.6))
        elif kind == "quote":
            document.add_paragraph(_xml_safe(block[1]), style="Quote")
            cite = document.add_paragraph()
            run = cite.add_run(_xml_safe(block[2]))
            run.italic = True
            run.font.size = Pt(8.5)
    if data.image_note:
        document.add_paragraph(data.image_note)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _xml_safe(text: str) -> str:
    """Word's XML refuses control characters a plan's text may carry."""
    return "".join(ch for ch in str(text) if ch in "\t\n" or ord(ch) >= 32)


# -------------------------------------------------------------------- all three
FORMATS = ("pdf", "html", "docx")


def write(data: NationalReport, out_dir: Path, formats: tuple[str, ...] = FORMATS) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"national-stalking-plan-report-{data.as_of:%Y-%m-%d}"
    written = []
    for kind in formats:
        body = render(data, kind)
        path = out_dir / f"{stem}.{kind}"
        tmp = path.with_suffix(f".{kind}.tmp")
        tmp.write_bytes(body)
        tmp.replace(path)
        written.append(path)
    return written


def render(data: NationalReport, kind: str) -> bytes:
    if kind == "pdf":
        return to_pdf(data)
    if kind == "docx":
        return to_docx(data)
    if kind == "html":
        return to_html(data).encode("utf-8")
    raise ValueError(f"unknown report format {kind!r}")
