"""Render a sample Plan in each published shape, with the mess real plans have."""
from __future__ import annotations

import csv
import datetime as dt
import html
import re
import zipfile
from pathlib import Path

from ..normalise.text import latin1
from ..paths import REFERENCE_DIR
from ..reference import load_reference


FIXED_TIME = dt.datetime(2025, 1, 1)  # every generated file carries this date: the corpus is byte-reproducible


def _freeze_zip(path: Path) -> None:
    """Rewrite a .docx/.xlsx with fixed entry times, so the same plan gives the same bytes on every run."""
    with zipfile.ZipFile(path) as source:
        entries = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    # openpyxl stamps 'modified' with the time of saving, whatever the workbook says
    entries = [(name, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + stamp + rb"\g<2>", data)
                if name == "docProps/core.xml" else data) for name, data in entries]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            target.writestr(zipfile.ZipInfo(name, date_time=FIXED_TIME.timetuple()[:6]), data,
                            compress_type=zipfile.ZIP_DEFLATED)


def _rec_text(rec_no: int) -> str:
    reference = load_reference(REFERENCE_DIR)
    rec = next(r for r in reference.recommendations if int(r["rec_no"]) == rec_no)
    if rec_no == 27:
        return "By 22 November 2024 (56 days from publication), write to the three bodies setting out the response."
    if rec_no == 28:  # misprinted year, as some plans have it
        return "By 22 November 2025 (56 days from publication), publish an action plan on the force website."
    deadline = "27 September 2025" if rec_no == 22 else "27 March 2025"
    return f"By {deadline}, {rec['rec_title'].lower()} (see the report for the full wording)."


def _groups(plan):
    """Rows grouped by recommendation, in plan order, with combined items folded into the row before."""
    groups: list[tuple[int, list]] = []
    for row in plan.rows:
        if row.item_id in plan.combine:
            groups[-1][1][-1] = (groups[-1][1][-1][0] + [row.item_id], groups[-1][1][-1][1])
            continue
        if not groups or groups[-1][0] != row.rec_no:
            groups.append((row.rec_no, []))
        groups[-1][1].append(([row.item_id], row))
    return groups


def _word(row, k=0) -> str:
    return row.words[k] or ""


def _date_line(plan) -> str:
    return f"Last updated: {plan.doc_date:%d %B %Y}" if plan.doc_date else ""


# ---------------------------------------------------------------- national template, tab-separated text
def write_text(plan, path: Path) -> None:
    lines = ["", "", f"{plan.title} \u2013 in response to the super-complaint", "",
             "Force:\t\t" + plan.force_name + "\t\t\t\t\t", "Executive Lead:\t\tDCS Sample Lead\t\t\t\t\t"]
    if plan.doc_date:
        lines.append(_date_line(plan))
    lines.append("Rec. No.\tRecommendation:\tEvidence requirements of progress/completion:\tRecommendation Owner:"
                 "\tForce Update:\tDate\tStatus\tSupporting Documents")
    body = []
    for g, (rec_no, members) in enumerate(_groups(plan)):
        for m, (ids, row) in enumerate(members):
            first = m == 0
            number, rec = (str(rec_no), _rec_text(rec_no)) if first else ("", "")
            if g % 4 == 1:  # item number fused with its evidence, wrapped in stray <p> markup, no date column
                cells = [f"<p>{number}</p>" if number else "", f"<p>{rec}</p>" if rec else "",
                         f"<p>{' '.join(ids)} {row.evidence}</p>", f"<p>{row.owner}</p>", f"<p>{row.texts[0]}</p>",
                         f"<p>{_word(row)}</p>", ""]
            elif g % 4 == 2:  # date column missing: status lands under 'Date'
                cells = [number, rec, " ".join(ids), row.evidence, row.owner, row.texts[0], _word(row), ""]
            else:
                cells = [number, rec, " ".join(ids), row.evidence if m % 3 else "", row.owner, row.texts[0], "", _word(row)]
            body.append("\t".join(cells))
        body.append("")  # blank line between groups
        if g == 6:
            body += ["OFFICIAL", ""]  # a page marker from the export
    # the first item of recommendation 14 listed before the row that opens its group
    fourteen = [i for i, line in enumerate(body) if line.startswith("14\t")]
    if fourteen and "\t14.2" in body[fourteen[0] + 1] if fourteen and fourteen[0] + 1 < len(body) else False:
        opener, second = body[fourteen[0]].split("\t"), body[fourteen[0] + 1].split("\t")
        opener[0], opener[1], second[0], second[1] = "", "", opener[0], opener[1]
        body[fourteen[0]], body[fourteen[0] + 1] = "\t".join(opener), "\t".join(second)
    text = "\n".join(lines + body) + "\n"
    path.write_bytes(text.encode(plan.encoding, errors="replace"))


# ---------------------------------------------------------------- HTML pages
_COOKIE = ("<table class='cookies'><tr><th>Cookie</th><th>Purpose</th><th>Expires</th></tr>"
           "<tr><td>_ga</td><td>Analytics</td><td>2 years</td></tr><tr><td>session</td><td>Login</td><td>Session</td></tr></table>")


def _cell(text: str, tag: str = "td", attrs: str = "") -> str:
    return f"<{tag}{attrs}>{html.escape(text)}</{tag}>"


_SHELL = ("<p><a href='https://www.bbc.co.uk/weather'>Leave this site</a> Quickly exit this site by pressing the "
          "Escape key</p><div class='cookie-banner'><h2>Cookies on this website</h2><p>We use some essential cookies "
          "to make this website work. We would also like to set optional analytics cookies.</p>"
          "<button>Accept all cookies</button></div><p>Sorry, there was a technical problem. Please try again.</p>"
          "<p>BETA This is a new service. Your feedback will help us improve this website.</p>")


def _page(plan, body: str, shell: bool = True) -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(plan.title)}</title></head><body>"
            f"{_SHELL if shell else ''}<main><h1>{html.escape(plan.title)}</h1><p>{_date_line(plan)}</p>{body}</main>"
            "<footer>Published under the super-complaint response</footer></body></html>")


def _narrative_html(plan) -> str:
    """Family 6: the recommendation, its leads, then per sub-item a numbered template label and the words."""
    parts = []
    for rec_no, members in _groups(plan):
        parts.append(f"<h2>Recommendation {rec_no}</h2><p>{html.escape(_rec_text(rec_no))}</p>"
                     f"<p>Executive Lead: {html.escape(members[0][1].owner)}</p>")
        for ids, row in members:
            parts.append(f"<p>{' and '.join(ids)} - Evidence requirements of progress/completion: "
                         f"{html.escape(row.evidence)}</p><p>{html.escape(row.texts[0])}</p>")
            if _word(row):
                parts.append(f"<p><strong>Status:</strong> {html.escape(_word(row))}</p>")
    return "".join(parts)


def _themes_html(plan) -> str:
    """Family 7: theme headings naming the recommendation, the report's words as a numbered list (list
    numbers are not item numbers), the force's prose for the recommendation as a whole."""
    parts = []
    for rec_no, members in _groups(plan):
        title = next(r for r in load_reference(REFERENCE_DIR).recommendations if int(r["rec_no"]) == rec_no)["rec_title"]
        items = "".join(f"<li>{html.escape(row.evidence)}</li>" for _, row in members)
        parts.append(f"<h2>{html.escape(title)} (recommendation {rec_no})</h2><h3>Recommendation received</h3>"
                     f"<ol><li>{html.escape(_rec_text(rec_no))}</li>{items}</ol>"
                     f"<h3>Our current process</h3><p>{html.escape(members[0][1].texts[0])}</p>")
    return "".join(parts)


def _rounds_table(plan) -> str:
    """Families 2 and 5: rounds as columns, left to right; an empty later cell is no update that round."""
    if plan.layout == "perrec":
        head = ["No.", "Recommendation", *plan.round_headings]
        body = [[str(rec_no), _rec_text(rec_no), *members[0][1].texts] for rec_no, members in _groups(plan)]
    else:
        head = ["Rec No.", "Recomendation", "Sub recommendation/", "Rec. Owner", *plan.round_headings]  # (sic)
        body = [[str(rec_no), _rec_text(rec_no), " ".join(ids), row.owner, *row.texts]
                for rec_no, members in _groups(plan) for ids, row in members]
    rows = ["<tr>" + "".join(_cell(h, "th") for h in head) + "</tr>"]
    rows += ["<tr>" + "".join(_cell(c) for c in cells) + "</tr>" for cells in body]
    return "<table>" + "".join(rows) + "</table>"


def write_extra_page(plan, path: Path) -> None:
    """A page beside the plan that is not one: a prose statement, or a news page linking to the plan."""
    if plan.force_id == "south-wales":
        body = ("<p>Published 21 November 2024</p><p>The force has published its action plan in response to the "
                "recommendations of the national investigation into the police response to stalking.</p>"
                f"<p>Our action plan can be <a href='{html.escape(plan.file_name)}'>read in full here</a>.</p>")
    else:
        body = "".join(f"<p>{html.escape(t)}</p>" for t in (
            "We take every report of stalking seriously and have considered the super-complaint carefully.",
            "Our officers work with partners across the city to protect victims and to pursue offenders.",
            "Training on stalking has been refreshed for many of our staff over the past year.",
            "We welcome the recommendations and will continue to improve how we respond to stalking.",
            "Victims can report stalking online, by calling 101 or, in an emergency, 999.",
            "Further information on the support available is on our website."))
    path.write_text(_page(plan, body), encoding="utf-8")


def write_html(plan, path: Path) -> None:
    special = {"narrative": _narrative_html, "themes": _themes_html, "rounds": _rounds_table, "perrec": _rounds_table}
    if plan.layout in special:
        path.write_text(_page(plan, special[plan.layout](plan), shell=plan.layout != "themes"), encoding="utf-8")
        return
    if plan.layout == "template":
        head = ["Rec No.", "Recommendation", "Evidence requirements", "Recommendation Owner", "Force Update", "Date", "Status"]
    elif plan.layout == "ref":
        head = ["Ref", "Recommendation", "Sub-recommendation", "Lead", "Progress update", "RAG"]
    elif plan.layout == "multi":
        head = ["Rec", "Recommendation", "Sub-rec", "Owner", *plan.round_headings, "Status"]
    else:  # nostatus: only what the force wrote
        head = ["Recommendation number", "Recommendation", "What we will do", "Lead officer", "Progress to date"]
    rows = ["<tr>" + "".join(_cell(h, "th") for h in head) + "</tr>"]
    for rec_no, members in _groups(plan):
        for m, (ids, row) in enumerate(members):
            cells = []
            item = " ".join(ids)
            if plan.layout == "template":
                if m == 0:
                    span = f" rowspan='{len(members)}'"
                    cells += [_cell(str(rec_no), attrs=span), _cell(_rec_text(rec_no), attrs=span)]
                cells += [f"<td><p>{item}</p><p>{html.escape(row.evidence)}</p></td>", _cell(row.owner),
                          f"<td><p>{html.escape(row.texts[0])}</p></td>", _cell(""), _cell(_word(row))]
            elif plan.layout == "ref":
                cells += [_cell(str(rec_no) if m == 0 else ""), _cell(_rec_text(rec_no) if m == 0 else ""),
                          _cell(f"{item} {row.evidence}"), _cell(row.owner), _cell(row.texts[0]), _cell(_word(row))]
            elif plan.layout == "multi":
                cells += [_cell(str(rec_no)), _cell(_rec_text(rec_no)), _cell(item), _cell(row.owner)]
                cells += [_cell(t) for t in row.texts] + [_cell(_word(row, len(row.texts) - 1))]
            else:
                cells += [_cell(item), _cell(_rec_text(rec_no)), _cell(row.evidence), _cell(row.owner), _cell(row.texts[0])]
            rows.append("<tr>" + "".join(cells) + "</tr>")
    plan_table = "<table class='plan'>" + "".join(rows) + "</table>"
    page = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(plan.title)}</title></head><body>"
        f"{_COOKIE}<nav><a href='/'>Home</a></nav>"
        f"<table class='layout'><tr><td><h1>{html.escape(plan.title)}</h1><p>Force: {html.escape(plan.force_name)}</p>"
        f"<p>{_date_line(plan)}</p>{plan_table}</td><td><p>Related pages</p></td></tr></table>"
        "<footer>Published under the super-complaint response</footer></body></html>"
    )
    path.write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- Word
def write_docx(plan, path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.created = document.core_properties.modified = FIXED_TIME
    document.add_heading(plan.title, level=1)
    document.add_paragraph(f"Force: {plan.force_name}")
    if plan.doc_date:
        document.add_paragraph(_date_line(plan))
    leads = document.add_table(rows=2, cols=2)
    leads.cell(0, 0).text, leads.cell(0, 1).text = "Executive lead", "ACC Sample"
    leads.cell(1, 0).text, leads.cell(1, 1).text = "Operational lead", "DCI Sample"
    document.add_paragraph("")
    if plan.layout == "forms":
        _docx_forms(document, plan)
        document.save(str(path))
        _freeze_zip(path)
        return
    if plan.layout == "template":
        head = ["Rec. No.", "Recommendation", "Evidence requirements of progress/completion", "Recommendation Owner",
                "Force Update", "Status"]
    elif plan.layout == "actions":
        head = ["Rec No", "Recommendation (summary)", "Actions required", "Owner", "Target date", "Update", "Status"]
    else:
        head = ["Recommendation number", "Recommendation", "What we will do", "Lead officer", "Progress to date"]
    table = document.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, head):
        cell.text = text
    for rec_no, members in _groups(plan):
        start = len(table.rows)
        for m, (ids, row) in enumerate(members):
            cells = table.add_row().cells
            item = " ".join(ids)
            if plan.layout == "template":
                values = [str(rec_no) if m == 0 else "", _rec_text(rec_no) if m == 0 else "", f"{item} {row.evidence}",
                          row.owner, row.texts[0], _word(row)]
            elif plan.layout == "actions":
                values = [str(rec_no) if m == 0 else "", _rec_text(rec_no) if m == 0 else "", f"{item} {row.evidence}",
                          row.owner, "27/03/2025", row.texts[0], _word(row)]
            else:
                values = [item, _rec_text(rec_no), row.evidence, row.owner, row.texts[0]]
            for cell, value in zip(cells, values):
                cell.text = value
        if plan.layout != "nostatus" and len(members) > 1:  # rec number and wording merged down the group
            for col in (0, 1):
                table.cell(start, col).merge(table.cell(len(table.rows) - 1, col))
    document.save(str(path))
    _freeze_zip(path)


def _docx_forms(document, plan) -> None:
    """One small form per sub-item, under a title row spanning it: the shape of many Word action plans."""
    for rec_no, members in _groups(plan):
        document.add_heading(f"Recommendation {rec_no}", level=2)
        document.add_paragraph(_rec_text(rec_no))
        for ids, row in members:
            fields = [("Sub-recommendation", " ".join(ids)), ("What good looks like", row.evidence),
                      ("Lead", row.owner), ("Progress update", row.texts[0]), ("Status", _word(row))]
            table = document.add_table(rows=len(fields) + 1, cols=2)
            table.style = "Table Grid"
            table.cell(0, 0).merge(table.cell(0, 1)).text = f"Recommendation {rec_no}"
            for n, (label, value) in enumerate(fields, start=1):
                table.cell(n, 0).text, table.cell(n, 1).text = label, value
            document.add_paragraph("")


# ---------------------------------------------------------------- Excel
RAG_FILLS = {"complete": "00B050", "bau": "00B050", "in_progress": "FFC000", "not_started": "FF0000"}  # Excel's RAG


def write_xlsx(plan, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import PatternFill

    workbook = openpyxl.Workbook()
    workbook.properties.created = workbook.properties.modified = FIXED_TIME
    cover = workbook.active
    cover.title = "Cover"
    cover["A1"] = plan.title
    cover["A2"] = f"Force: {plan.force_name}"
    if plan.doc_date:
        cover["A3"] = _date_line(plan)
    sheet = workbook.create_sheet("Action Plan")
    sheet["A1"] = f"{plan.force_name} - stalking super-complaint action plan"
    sheet["A2"] = LABEL_ROW
    if plan.layout == "multi":
        head = ["Recommendation", "Sub Rec", "Description", "Owner", "Update - March 2025", "Status - March 2025",
                "Update - March 2026", "Status - March 2026", "Evidence / supporting documents"]
    else:
        status_heading = "RAG" if plan.layout == "ragfill" else "Status"
        head = ["Recommendation", "Sub Rec", "Description", "Owner", "Force Update", "Date", status_heading]
    header_row = 4
    for col, text in enumerate(head, start=1):
        sheet.cell(header_row, col, text)
    r = header_row
    for rec_no, members in _groups(plan):
        first = r + 1
        for m, (ids, row) in enumerate(members):
            r += 1
            sheet.cell(r, 1, rec_no if m == 0 else None)  # rec number on the group's first row only
            item = ids[0]
            # every other sub-item typed as a number, as Excel does when someone types 7.1 into a cell
            sheet.cell(r, 2, float(item) if m % 2 else item)
            sheet.cell(r, 3, row.evidence)
            sheet.cell(r, 4, row.owner)
            if plan.layout == "multi":
                sheet.cell(r, 5, row.texts[0]); sheet.cell(r, 6, _word(row, 0))
                sheet.cell(r, 7, row.texts[1]); sheet.cell(r, 8, _word(row, 1))
            else:
                sheet.cell(r, 5, row.texts[0]); sheet.cell(r, 6, None); sheet.cell(r, 7, _word(row) or None)
                if plan.layout == "ragfill" and row.truth[0] in RAG_FILLS:
                    sheet.cell(r, 7).fill = PatternFill("solid", fgColor=RAG_FILLS[row.truth[0]])
        if len(members) > 1 and m % 2 == 0:
            sheet.merge_cells(start_row=first, start_column=1, end_row=r, end_column=1)
    workbook.save(str(path))
    _freeze_zip(path)


LABEL_ROW = "SAMPLE DATA (generated for testing; not a real force plan)"


# ---------------------------------------------------------------- PDF
def write_pdf(plan, path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(orientation="L", format="A4")
    pdf.set_creation_date(FIXED_TIME.replace(tzinfo=dt.timezone.utc))
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 7, latin1(plan.title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=9)
    pdf.multi_cell(0, 6, latin1(f"Force: {plan.force_name}"), new_x="LMARGIN", new_y="NEXT")
    if plan.doc_date:
        pdf.multi_cell(0, 6, latin1(_date_line(plan)), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    head = ["Rec No.", "Sub-rec", "Recommendation owner", "Update", "Status"]
    borders = "NONE" if plan.layout == "unruled" else "ALL"
    with pdf.table(col_widths=(14, 16, 45, 150, 40), first_row_as_headings=True, repeat_headings=1,
                   borders_layout=borders) as table:
        row_out = table.row()
        for text in head:
            row_out.cell(text)
        for rec_no, members in _groups(plan):
            for m, (ids, row) in enumerate(members):
                row_out = table.row()
                for text in (str(rec_no) if m == 0 else "", " ".join(ids), row.owner, row.texts[0], _word(row)):
                    row_out.cell(latin1(text))
    pdf.output(str(path))


# ---------------------------------------------------------------- CSV
def write_csv(plan, path: Path) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow([plan.title])
        writer.writerow([f"Force: {plan.force_name}"])
        if plan.doc_date:
            writer.writerow([_date_line(plan)])
        writer.writerow(["Rec Ref", "Sub-item", "Recommendation", "Lead", "Force response", "RAG status", "Date of update"])
        for rec_no, members in _groups(plan):
            for m, (ids, row) in enumerate(members):
                date = plan.doc_date.strftime("%d/%m/%Y") if plan.doc_date and m % 2 == 0 else ""
                writer.writerow([rec_no if m == 0 else "", " ".join(ids), _rec_text(rec_no) if m == 0 else "",
                                 row.owner, row.texts[0], _word(row), date])


WRITERS = {"text": write_text, "html": write_html, "docx": write_docx, "xlsx": write_xlsx, "pdf": write_pdf, "csv": write_csv}


def write(plan, path: Path) -> None:
    WRITERS[plan.fmt](plan, path)
