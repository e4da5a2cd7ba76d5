"""Small hand-made plan files in every format, written fresh by each test that needs them."""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

TEMPLATE_HEAD = ["Rec. No.", "Recommendation:", "Evidence requirements of progress/completion:", "Recommendation Owner:",
                 "Force Update:", "Date", "Status", "Supporting Documents"]

# A national-template text export with the mess real ones have (same shape as BTP's, our own words):
# rec number only on a group's first line, <p> markup, item fused with evidence, a missing Date cell,
# blank lines, a page marker, 14.1 before the row that opens recommendation 14, empty evidence.
TEMPLATE_LINES = [
    "", "Force' Police Stalking Action Plan", "",
    "Force:\t\tKent Police\t\t\t\t\t",
    "\t".join(TEMPLATE_HEAD),
    "7\tBy 27 March 2025, crime recording.\t7.1\tUse the system.\tDCI One\tDone and dusted, all staff briefed.\t\tAction Complete",
    "\t\t7.2\tInterim measures.\tDCI One\tIntelligence logs are submitted.\t\tIn Progress",
    "",
    "10\tBy 27 March 2025, training.\t10.1\tCurriculum.\tHead of L&D\tReview taking place.\tIn Progress 50%",
    "\t\t<p>10.2 College e-learning.</p>\t<p>Head of L&D</p>\t<p>Mandatory since 2019.</p>\t<p>Action Complete</p>\t",
    "OFFICIAL",
    "",
    "\t\t14.1\tNeeds assessments.\tVictim Services\tThe toolkit is used.\t\tBAU\t",
    "14\tBy 27 March 2025, victims' rights.\t14.2\tVictims' Code.\tVictim Services\tAudited monthly.\tNot started\t",
    "16\tBy 27 March 2025, commissioning.\t16.1\t\t\tWe have no PCC of our own.\tAction Complete\t",
]


def write_template_text(path: Path, lines=TEMPLATE_LINES, encoding: str = "utf-8") -> Path:
    path.write_bytes("\n".join(lines).encode(encoding))
    return path


def write_html(path: Path, rows: list[list[str]], head: list[str], title: str = "Kent Police stalking plan",
               extra: str = "") -> Path:
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    head_html = "<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"
    path.write_text(
        f"<html><head><title>{title}</title></head><body>"
        "<table><tr><th>Cookie</th><th>Purpose</th></tr><tr><td>_ga</td><td>Analytics</td></tr></table>"
        f"{extra}<table>{head_html}{body}</table></body></html>",
        encoding="utf-8",
    )
    return path


def add_docx_table(container, head: list[str], rows: list[list[str]]):
    """A header row and rows, added to a Word document or to a table cell (for nested tables)."""
    table = container.add_table(rows=1, cols=len(head))
    for cell, text in zip(table.rows[0].cells, head):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    return table


def add_docx_form(document, pairs) -> None:
    """A form: a two-column table of labels ('Recommendation:', 'Force update:') and their values."""
    table = document.add_table(rows=0, cols=2)
    for label, value in pairs:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value


def write_docx(path: Path, head: list[str], rows: list[list[str]], paragraphs=("Force: Kent Police",),
               merge_first_col: bool = False) -> Path:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    leads = document.add_table(rows=1, cols=2)
    leads.cell(0, 0).text, leads.cell(0, 1).text = "Executive lead", "ACC Example"
    table = add_docx_table(document, head, rows)
    if merge_first_col and len(rows) > 1:
        table.cell(1, 0).merge(table.cell(len(rows), 0))
    document.save(str(path))
    return path


def write_xlsx(path: Path, head: list[str], rows: list[list], header_row: int = 3, cover: bool = True) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    first = workbook.active
    if cover:
        first.title = "Cover"
        first["A1"] = "Kent Police stalking action plan"
        sheet = workbook.create_sheet("Plan")
    else:
        sheet = first
    sheet["A1"] = "Stalking super-complaint action plan"
    for col, text in enumerate(head, start=1):
        sheet.cell(header_row, col, text)
    for r, row in enumerate(rows, start=header_row + 1):
        for c, value in enumerate(row, start=1):
            sheet.cell(r, c, value)
    workbook.save(str(path))
    return path


def write_pdf(path: Path, head: list[str], rows: list[list[str]], title: str = "Kent Police stalking plan",
              ruled: bool = True) -> Path:
    from fpdf import FPDF

    pdf = FPDF(orientation="L", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
    with pdf.table(first_row_as_headings=True, repeat_headings=1, borders_layout="ALL" if ruled else "NONE",
                   col_widths=(20, 20, 50, 120, 40) if len(head) == 5 else None) as table:
        for values in [head, *rows]:
            row = table.row()
            for value in values:
                row.cell(value)
    pdf.output(str(path))
    return path


def write_csv(path: Path, head: list[str], rows: list[list[str]], preamble=("Kent Police stalking plan",)) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        for line in preamble:
            writer.writerow([line])
        writer.writerow(head)
        writer.writerows(rows)
    return path


SIMPLE_HEAD = ["Rec No.", "Sub-rec", "Owner", "Update", "Status"]
SIMPLE_ROWS = [
    ["7", "7.1", "DCI One", "The change has been made.", "Complete"],
    ["", "7.2", "DCI One", "Logs in use.", "In progress 40%"],
    ["10", "10.1", "Head of L&D", "Not begun.", "Not started"],
    ["", "10.2", "Head of L&D", "Embedded.", "BAU"],
]
SIMPLE_EXPECTED = {"7.1": "complete", "7.2": "in_progress", "10.1": "not_started", "10.2": "bau"}


def today() -> dt.date:
    return dt.date.today()


def read_plan(path: Path, normaliser):
    """(force_id, updates in item, date and round order, issues) for one plan file: what the family tests compare."""
    import datetime as dt

    from etl.extract import extract

    force_id, _, updates, issues = normaliser.normalise(extract(path), path.name)
    return force_id, sorted(updates, key=lambda u: (tuple(map(int, u.item_id.split("."))), u.round_date or dt.date.min,
                                                    u.round_order)), issues


def assert_blind_set_reads(folder: str, exact: list[str]) -> None:
    """A blind shape set reads these files item for item, and none of its files gives a false done."""
    from etl.evaluate import evaluate_plans

    table, problems = evaluate_plans(Path(__file__).parent / "fixtures" / folder)
    assert table[table.file.isin(exact)].ok.all() and table.file.isin(exact).sum() == len(exact), problems
    wrong = [p for p in problems if " status complete " in p or " status bau " in p]
    assert not [p for p in wrong if not ("expected complete" in p or "expected bau" in p)], wrong


# the four publication rounds, as the status family tests date their words
NOV_24 = dt.date(2024, 11, 29)
MAR_25 = dt.date(2025, 3, 31)
SEP_25 = dt.date(2025, 9, 30)
MAR_26 = dt.date(2026, 3, 31)


def inferred_status(words: str, as_of: dt.date) -> str | None:
    """What the text reader infers from words alone in a round, None when it infers nothing."""
    from etl.normalise.infer import infer_status

    found = infer_status(words, as_of=as_of)
    return found.status if found else None
