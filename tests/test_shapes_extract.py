"""Shapes the extractors misread (issue 19 part 2): what a plan does not publish (hidden rows, columns and
sheets; rows and sections marked 'Not for publication' or 'DRAFT'), PDF tables without ruled lines whose
columns plain extraction interleaves, and `pdftotext -layout` dumps of such PDFs.

Every fixture is written here, in our own words, and read through the whole reader (extract, then the
DocumentNormaliser): item ids, latest texts and statuses are asserted, never just "something was read".
"""
from __future__ import annotations

import textwrap
from pathlib import Path

import duckdb
import pytest

from etl.build import run_build
from etl.extract import extract


def _read(path: Path, normaliser):
    """As the build reads a file: the extractor's warnings (hidden content, caps) then the normaliser's issues."""
    document = extract(path)
    force_id, _, updates, issues = normaliser.normalise(document, path.name)
    issues = list(getattr(document, "warnings", [])) + issues
    latest: dict[str, object] = {}
    for update in sorted(updates, key=lambda u: u.round_order):
        latest[update.item_id] = update
    return force_id, latest, issues


def _got(items) -> dict[str, tuple[str, str]]:
    return {item_id: (u.update_text, u.status) for item_id, u in sorted(items.items())}


def _hidden_notes(issues) -> list[str]:
    return [i.message for i in issues if i.code == "hidden_content" and i.severity == "warning"]


# ---------------------------------------------------------------------------------------------------------
# (a) What is not published

PUBLISHED = {
    "7.1": ("Crime recording staff were briefed and a monthly audit checks the new field is used.", "complete"),
    "7.2": ("Intelligence logs stand in until the records system is changed in the spring.", "in_progress"),
    "12.1": ("The screening tool is being piloted in the northern district.", "in_progress"),
}


def _unpublished_workbook(path: Path) -> Path:
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    plan = book.active
    plan.title = "Action plan"
    plan["A1"] = "Derbyshire Constabulary: stalking super-complaint action plan"
    plan["A2"] = "Position at November 2025"
    head = ["Rec No", "Sub-rec", "Owner", "Force update", "Draft status", "Status"]
    rows = [
        ["7", "7.1", "DCI Holt", PUBLISHED["7.1"][0], "In progress", "Complete"],
        # a hidden row: an earlier draft of 7.2 that would otherwise be read first and win
        ["7", "7.2", "DCI Holt", "DRAFTING - to be agreed with the records team before it goes out.", "", "Complete"],
        ["7", "7.2", "DCI Holt", PUBLISHED["7.2"][0], "Complete", "In progress"],
        # a row marked in one of its cells
        ["10", "10.1", "Head of L&D", "Figures to be checked by the training team - NOT FOR PUBLICATION", "", "Complete"],
        ["10", "10.2", "Head of L&D", "Numbers still being counted.", "", "NOT FOR PUBLICATION"],
        # a section headed so, up to the next heading
        ["DRAFT - not for publication", "", "", "", "", ""],
        ["11", "11.1", "Analyst", "The profile is written and signed off.", "", "Complete"],
        ["11", "11.2", "Analyst", "Shared with partners.", "", "Complete"],
        ["Recommendation 12", "", "", "", "", ""],
        ["12", "12.1", "DI Shah", PUBLISHED["12.1"][0], "Complete", "In progress"],
    ]
    for col, text in enumerate(head, start=1):
        plan.cell(4, col, text).font = Font(bold=True)
    for r, row in enumerate(rows, start=5):
        for c, value in enumerate(row, start=1):
            if value:
                plan.cell(r, c, value)
    plan.merge_cells("A10:F10")
    plan.merge_cells("A13:F13")
    plan.row_dimensions[6].hidden = True        # the draft of 7.2
    plan.column_dimensions["E"].hidden = True   # 'Draft status'
    # a hidden sheet and a very hidden one: a later round nobody published
    for title, state in (("March 2026 draft", "hidden"), ("Workings", "veryHidden")):
        sheet = book.create_sheet(title)
        sheet.sheet_state = state
        for col, text in enumerate(["Rec No", "Sub-rec", "Owner", "March 2026 update", "Status"], start=1):
            sheet.cell(1, col, text)
        sheet.append(["7", "7.1", "DCI Holt", "Not yet agreed: audit found gaps.", "In progress"])
        sheet.append(["12", "12.1", "DI Shah", "Pilot finished, rolled out everywhere.", "Complete"])
        sheet.append(["16", "16.1", "PCC", "Commissioning review not started.", "Not started"])
    book.save(str(path))
    return path


def test_xlsx_hidden_rows_columns_and_sheets_and_marked_rows_are_not_read(tmp_path, normaliser):
    path = _unpublished_workbook(tmp_path / "derbyshire-stalking-plan.xlsx")
    force, items, issues = _read(path, normaliser)
    assert force == "derbyshire"
    assert _got(items) == PUBLISHED
    assert len({u.round for u in items.values()}) == 1 and "2026" not in items["7.1"].round  # none from the hidden sheet
    notes = _hidden_notes(issues)
    assert any("'Action plan'" in n and "row(s) 6" in n and "column(s) E" in n for n in notes), notes
    assert any("'March 2026 draft' is hidden" in n for n in notes), notes
    assert any("'Workings' is very hidden" in n for n in notes), notes
    marked = next(n for n in notes if "marked" in n)
    assert "8, 9, 10, 11, 12" in marked  # 10.1, 10.2, the DRAFT heading and its two rows
    assert not [i for i in issues if i.code in ("unparsed_row", "duplicate_item", "unmapped_status")], issues


def test_hidden_content_notes_reach_load_issues(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    _unpublished_workbook(raw / "derbyshire-stalking-plan.xlsx")
    run_build(raw, tmp_path / "wh")
    con = duckdb.connect(str(tmp_path / "wh" / "plans.duckdb"), read_only=True)
    notes = con.execute("SELECT severity, message FROM load_issues WHERE code = 'hidden_content'").fetchall()
    items = con.execute("SELECT item_id FROM plan_items ORDER BY item_id").fetchall()
    con.close()
    assert {s for s, _ in notes} == {"warning"} and len(notes) == 4, notes
    assert [i for (i,) in items] == ["12.1", "7.1", "7.2"]


def test_marked_rows_and_sections_in_csv_are_not_items(tmp_path, normaliser):
    from tests.fixtures import write_csv

    head = ["Rec No.", "Sub-rec", "Owner", "Update", "Status", "Notes"]
    rows = [
        ["7", "7.1", "DCI One", "The draft policy is with the legal team for approval.", "In progress", ""],
        ["", "7.2", "DCI One", "Logs in use while the system changes.", "In progress", "[Draft]"],
        ["10", "10.1", "Head of L&D", "Training plan agreed.", "Ongoing", ""],
        ["NOT FOR PUBLICATION", "", "", "", "", ""],
        ["", "10.2", "Head of L&D", "Pass rates by team, for the board only.", "Complete", ""],
        ["", "10.3", "Head of L&D", "Advocate sessions being booked.", "In progress", ""],
    ]
    path = write_csv(tmp_path / "leicestershire-plan.csv", head, rows, preamble=("Leicestershire Police stalking plan",))
    _, items, issues = _read(path, normaliser)
    assert _got(items) == {
        "7.1": ("The draft policy is with the legal team for approval.", "in_progress"),  # the word in a sentence is no marker
        "10.1": ("Training plan agreed.", "in_progress"),
    }
    assert _hidden_notes(issues) == ["csv: row(s) 4, 6, 7, 8 marked 'not for publication' or 'draft' were not read"]


def test_a_draft_heading_above_a_word_table_leaves_that_table_out(tmp_path, normaliser):
    import docx

    from tests.fixtures import add_docx_table

    head = ["Rec No", "Sub-rec", "Force update", "Status"]
    document = docx.Document()
    document.add_paragraph("Northamptonshire Police stalking action plan")
    document.add_heading("Published position", level=1)
    add_docx_table(document, head, [["7", "7.1", "Guidance issued to every team.", "Complete"],
                                    ["", "7.2", "Interim logs in use.", "In progress"]])
    document.add_heading("DRAFT - NOT FOR PUBLICATION", level=1)
    document.add_paragraph("Proposed wording for the next round, not yet agreed.")
    add_docx_table(document, head, [["10", "10.1", "All staff trained.", "Complete"],
                                    ["", "7.2", "System change made.", "Complete"]])
    document.save(str(tmp_path / "northamptonshire-plan.docx"))
    _, items, issues = _read(tmp_path / "northamptonshire-plan.docx", normaliser)
    assert _got(items) == {"7.1": ("Guidance issued to every team.", "complete"),
                           "7.2": ("Interim logs in use.", "in_progress")}
    notes = _hidden_notes(issues)
    assert any("DRAFT - NOT FOR PUBLICATION" in n for n in notes) and any("table 2" in n for n in notes), notes


def test_what_counts_as_a_marker():
    from etl.normalise.unpublished import is_marker

    for cell in ("DRAFT", "Draft", "NOT FOR PUBLICATION", "Not for publication.", "DRAFT - NOT FOR PUBLICATION",
                 "[Draft]", "7.3 (DRAFT)", "DRAFT: wording to be agreed", "Not for publication - board only",
                 "** Do not publish **"):
        assert is_marker(cell), cell
    for cell in ("The draft policy is with legal.", "Draft policy written", "Draft: the policy", "Drafting", "",
                 "A draft was shared (not yet published) with partners for comment over the summer months."):
        assert not is_marker(cell), cell


# ---------------------------------------------------------------------------------------------------------
# (b) PDF tables without ruled lines: columns from the header's headings, rows broken across pages


def _unruled_pdf(path: Path, title: str, head: list[str], rows: list[list[str]], widths: list[float],
                 break_in: tuple[str, int], intro: tuple[str, ...] = (), size: int = 9, line: float = 4.4,
                 row_gap: float = 3.0, repeat_head: bool = True) -> list[str]:
    """A table drawn as text only (no lines, no fills), cells top-aligned and wrapped within their column,
    a row running on to the next page under the repeated header; 'OFFICIAL' at the top of every page and
    'Page n of m' at the foot; a row with only its first cell is a heading across the table. The page
    breaks after line n of row `item` (break_in = (item, n)), or at the foot of a page. Returns the item
    numbers of the rows broken by a page."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    left, foot = 15, 297 - 22
    xs = [left + sum(widths[:n]) for n in range(len(widths))]

    def furniture():
        pdf.set_font("Helvetica", "", 8)
        pdf.set_xy(0, 8)
        pdf.cell(210, 4, "OFFICIAL", align="C")

    def header(y):
        pdf.set_font("Helvetica", "B", size)
        lines = [pdf.multi_cell(w - 4, line, text, dry_run=True, output="LINES") for w, text in zip(widths, head)]
        for x, cell in zip(xs, lines):
            for n, text in enumerate(cell):
                pdf.set_xy(x, y + n * line)
                pdf.cell(0, line, text)
        pdf.set_font("Helvetica", "", size)
        return y + line * max(map(len, lines)) + 2

    pdf.add_page()
    furniture()
    pdf.set_font("Helvetica", "B", 14)
    pdf.set_xy(left, 18)
    pdf.multi_cell(180, 7, title)
    pdf.set_font("Helvetica", "", 10)
    for paragraph in intro:
        pdf.set_x(left)
        pdf.multi_cell(180, 5, paragraph)
        pdf.ln(2)
    y = header(pdf.get_y() + 3)
    broken = []
    for row in rows:
        if not any(row[1:]):  # a heading across the table
            pdf.set_xy(left, y)
            pdf.cell(0, line, row[0])
            y += line + row_gap
            continue
        cells = [pdf.multi_cell(w - 4, line, text, dry_run=True, output="LINES") if text else []
                 for w, text in zip(widths, row)]
        for n in range(max(map(len, cells))):
            if y + line > foot or (row[0].split()[0], n) == break_in:
                broken += [row[0].split()[0]] if n else []
                pdf.add_page()
                furniture()
                y = header(18) if repeat_head else 18
            for x, cell in zip(xs, cells):
                if n < len(cell):
                    pdf.set_xy(x, y)
                    pdf.cell(0, line, cell[n])
            y += line
        y += row_gap
    pages = pdf.page
    for number in range(1, pages + 1):
        pdf.page = number
        pdf.set_font("Helvetica", "", 8)
        pdf.set_xy(0, 297 - 14)
        pdf.cell(210, 4, f"Page {number} of {pages}", align="C")
    pdf.output(str(path))
    return broken


INTRO = ("This plan sets out what the force has done on each recommendation of the super-complaint report "
         "made to chief constables, with the lead for each and where the work stands. ") * 3

DURHAM = {
    "7.1": ("Crime recording staff were briefed on the included classification field in May and a monthly dip "
            "sample now checks that stalking is recorded alongside the principal offence in every district.",
            "complete"),
    "7.2": ("Until the records system is changed, officers submit an intelligence log for each linked stalking "
            "report; the supplier has given us a release date in the spring and testing starts in February. "
            "Supervisors check the logs at the daily management meeting and chase any that are missing.",
            "in_progress"),
    "10.1": ("The stalking module was rewritten with the College and is now part of the standard course for "
             "every new detective.", "bau"),
    "10.2": ("Every frontline officer and call handler must complete the College e-learning; completion stood at "
             "81 per cent at the end of October and managers receive a weekly list of staff who have not "
             "finished it.", "in_progress"),
    "11.1": ("A problem profile will be commissioned from the analysts once the new recording field has six "
             "months of data.", "not_started"),
    "12.1": ("The screening questions are asked at every first contact and supervisors review the answers each "
             "morning.", "complete"),
}
STATUS_WORDS = {"complete": "Complete", "in_progress": "In progress", "bau": "Business as usual",
                "not_started": "Not started"}


def test_unruled_pdf_three_columns_with_a_row_broken_across_pages(tmp_path, normaliser):
    path = tmp_path / "durham-constabulary-stalking-plan.pdf"
    rows = [[item, text, STATUS_WORDS[status]] for item, (text, status) in DURHAM.items()]
    broken = _unruled_pdf(path, "Durham Constabulary: stalking action plan", ["Ref", "Action and progress", "Status"],
                          rows, [18, 136, 26], break_in=("7.2", 2), intro=(INTRO,) * 2)
    assert broken  # the fixture does break a row over a page
    force, items, issues = _read(path, normaliser)
    assert force == "durham"
    assert _got(items) == DURHAM
    assert not [i for i in issues if i.code in ("unparsed_row", "duplicate_item")], issues
    document = extract(path)
    page_two = next(t for t in document.tables if t.name.startswith("page 2"))
    assert page_two.rows[0][0] != "Ref"  # the repeated header is not a row
    assert not any("OFFICIAL" in c or "Page 1" in c for t in document.tables for r in t.rows for c in r)


LINCOLNSHIRE = {
    "13.1": ("Stalking protection orders are considered at the first review of every stalking crime and the "
             "decision is recorded on the crime report.", "Officers are reminded at briefings and the decision "
             "field is now mandatory; an audit in August found it completed in nine cases out of ten.", "complete"),
    "13.2": ("Breaches of protective orders are investigated as new offences and victims are told the outcome.",
             "A breach policy has been drafted with the legal team and goes to the chief officer group in "
             "January for sign off, after which training for custody staff will follow in the spring.",
             "in_progress"),
    "14.1": ("Victims of stalking are offered a needs assessment at the first contact.",
             "The victim care unit has started a pilot of the assessment in one district.", "in_progress"),
    "14.2": ("Victims are referred to a specialist stalking advocate where one is available locally.",
             "Not yet begun: the commissioning review must finish first.", "not_started"),
}


def test_unruled_pdf_two_wrapped_text_columns_are_not_interleaved(tmp_path, normaliser):
    """Both text columns wrap, so plain text extraction reads their lines in turn ('recommendation line,
    update line, recommendation line ...'); each column's words must stay in their own cell."""
    path = tmp_path / "lincolnshire-police-stalking-plan.pdf"
    rows = [[f"{item} {wording}", update, STATUS_WORDS[status]] for item, (wording, update, status) in LINCOLNSHIRE.items()]
    broken = _unruled_pdf(path, "Lincolnshire Police stalking plan", ["Sub-recommendation", "Force update", "Status"],
                          rows, [70, 82, 28], break_in=("13.2", 1), intro=(INTRO,) * 2, row_gap=2)
    assert broken
    _, items, issues = _read(path, normaliser)
    assert _got(items) == {item: (update, status) for item, (_, update, status) in LINCOLNSHIRE.items()}
    assert not [i for i in issues if i.code in ("unparsed_row", "duplicate_item")], issues
    document = extract(path)
    rows_read = [r for t in document.tables for r in t.rows]
    assert [r[0] for r in rows_read if r[0].startswith("13.2")] == ["13.2 " + LINCOLNSHIRE["13.2"][0]]


# ---------------------------------------------------------------------------------------------------------
# (c) Text dumps of such a PDF (`pdftotext -layout`): fixed-width columns


def _layout_dump(head: list[str], rows: list[list[str]], widths: list[int], break_in: tuple[str, int],
                 title: str, intro: str = INTRO, page_lines: int = 60, drift: int = 1) -> str:
    """A table as `pdftotext -layout` writes it: each cell wrapped within its column, a blank line between
    rows, 'OFFICIAL' at the top and 'Page n of m' at the foot of each page, a form feed before each new
    page, the header repeated there, and the columns of later pages standing `drift` characters right.
    A row with only its first cell is a heading across the table."""
    pages: list[list[str]] = [[]]

    def emit(cells_lines: list[list[str]], shift: int) -> None:
        for n in range(max(map(len, cells_lines))):
            parts = [(cell[n] if n < len(cell) else "").ljust(w) for cell, w in zip(cells_lines, widths)]
            text = parts[0] + " " * shift + "".join(parts[1:])
            pages[-1].append(text.rstrip())

    def new_page() -> None:
        pages.append([])
        pages[-1].append("OFFICIAL".center(sum(widths)))
        pages[-1].append("")
        emit([[h] for h in head], drift * (len(pages) > 1))
        pages[-1].append("")

    pages[-1] += ["OFFICIAL".center(sum(widths)), "", title, ""] + textwrap.wrap(intro, sum(widths) - 10) + [""]
    emit([[h] for h in head], 0)
    pages[-1].append("")
    for row in rows:
        if not any(row[1:]):  # a heading across the table
            pages[-1] += [row[0], ""]
            continue
        cells = [textwrap.wrap(text, w - 3) for text, w in zip(row, widths)]
        for n in range(max(map(len, cells))):
            if len(pages[-1]) >= page_lines or (row[0].split()[0], n) == break_in:
                new_page()
            emit([[cell[n]] if n < len(cell) else [] for cell in cells], drift * (len(pages) > 1))
        pages[-1].append("")
    total = len(pages)
    text = "\f".join("\n".join(page + ["", f"Page {n} of {total}".center(sum(widths)), ""])
                     for n, page in enumerate(pages, start=1))
    return text


def test_pdftotext_layout_dump_reads_columns_joins_wrapped_cells_and_drops_page_furniture(tmp_path, normaliser):
    path = tmp_path / "norfolk-constabulary-stalking-plan.txt"
    rows = [[item, text, STATUS_WORDS[status]] for item, (text, status) in DURHAM.items()]
    text = _layout_dump(["Ref", "Action and progress", "Status"], rows, [8, 70, 14], break_in=("7.2", 2),
                        title="Norfolk Constabulary - stalking action plan")
    path.write_text(text, encoding="utf-8")
    assert "\f" in text and "Page 2 of 2" in text and "Business as" in text  # the status wraps in its column
    force, items, issues = _read(path, normaliser)
    assert force == "norfolk"
    assert _got(items) == DURHAM
    assert not [i for i in issues if i.code in ("unparsed_row", "duplicate_item")], issues


def test_pdftotext_layout_dump_with_two_wrapped_text_columns(tmp_path, normaliser):
    path = tmp_path / "suffolk-constabulary-stalking-plan.txt"
    rows = [[f"{item} {wording}", update, STATUS_WORDS[status]] for item, (wording, update, status) in LINCOLNSHIRE.items()]
    text = _layout_dump(["Sub-recommendation", "Force update", "Status"], rows, [40, 46, 14], break_in=("13.2", 1),
                        title="Suffolk Constabulary stalking plan")
    path.write_text(text, encoding="utf-8")
    _, items, issues = _read(path, normaliser)
    assert _got(items) == {item: (update, status) for item, (_, update, status) in LINCOLNSHIRE.items()}
    assert not [i for i in issues if i.code in ("unparsed_row", "duplicate_item")], issues


def test_a_column_headed_not_for_publication_is_left_out_not_the_header(tmp_path, normaliser):
    from tests.fixtures import write_xlsx

    head = ["Rec No", "Sub-rec", "Force update", "Status", "Internal comments - NOT FOR PUBLICATION"]
    rows = [["7", "7.1", "The new field is in use.", "Complete", "Audit result disputed by the registrar; status overstated"],
            ["", "7.2", "Logs are used meanwhile.", "In progress", "Completed really, waiting for sign-off"]]
    path = write_xlsx(tmp_path / "kent-plan.xlsx", head, rows)
    _, items, issues = _read(path, normaliser)
    assert _got(items) == {"7.1": ("The new field is in use.", "complete"), "7.2": ("Logs are used meanwhile.", "in_progress")}
    assert any("column(s) 'Internal comments - NOT FOR PUBLICATION'" in n for n in _hidden_notes(issues)), issues


def test_a_draft_section_inside_a_layout_dump_and_an_unruled_pdf_is_not_read(tmp_path, normaliser):
    published = {item: DURHAM[item] for item in ("7.1", "7.2", "10.1")}
    rows = [[item, text, STATUS_WORDS[status]] for item, (text, status) in published.items()]
    rows += [["DRAFT - NOT FOR PUBLICATION", "", ""],
             ["11.1", "The profile is finished and shared with partners.", "Complete"],
             ["12.1", "The screening tool is used everywhere.", "Complete"]]
    text = _layout_dump(["Ref", "Action and progress", "Status"], rows, [8, 70, 14], break_in=("7.2", 2),
                        title="Norfolk Constabulary - stalking action plan")
    (tmp_path / "norfolk-plan.txt").write_text(text, encoding="utf-8")
    _unruled_pdf(tmp_path / "durham-plan.pdf", "Durham Constabulary: stalking action plan",
                 ["Ref", "Action and progress", "Status"], rows, [18, 136, 26], break_in=("7.2", 2), intro=(INTRO,))
    for name in ("norfolk-plan.txt", "durham-plan.pdf"):
        _, items, issues = _read(tmp_path / name, normaliser)
        assert _got(items) == published, name
        assert any("marked 'not for publication' or 'draft'" in n for n in _hidden_notes(issues)), (name, issues)


HAND_LAYOUT = """\
                                 OFFICIAL SENSITIVE

Cheshire Constabulary - Stalking Super-complaint Action Plan

Rec      Recommendation /                 What we have done                          RAG
No.      sub-recommendation                                                         status
-------  -------------------------------  -----------------------------------------  --------

Recommendation 7 - crime recording systems so that stalking is searchable whatever the principal offence

7.1      Seek changes to crime            The crime system supplier changed the     Complete
         recording systems.               classification screen in June and all
                                          staff were told by a force notice.

7.2      Put alternative measures in      Intelligence logs are used until the       In
         place while changes are          change is live; 3 districts audit them     progress
         pending.                         weekly.

10.1     Review the learning and          Not begun; the review is planned for      Not
         training provision.              the spring.                                started
           Cheshire Constabulary stalking plan v2 - 1
\f                                 OFFICIAL SENSITIVE

Rec       Recommendation /                 What we have done                          RAG
No.       sub-recommendation                                                         status

10.2      Use the College e-learning.      Completion is at 91 per cent and           In
                                           managers chase those not done.             progress

11.1      Understand the scale of           The problem profile was signed off by      Complete
          stalking in the force area.       the board in October.

           Cheshire Constabulary stalking plan v2 - 2
"""


def test_layout_dump_with_a_two_line_header_a_rule_a_centred_heading_and_a_running_footer(tmp_path, normaliser):
    """As a person's pdftotext run gives it: the header over two lines and underlined, 'RAG status' set in
    the middle of its column (the words below start left of it), a heading across the table, statuses
    wrapped in their column, a running footer without 'Page n of m', the columns one character further
    right on the second page."""
    path = tmp_path / "cheshire-constabulary-plan.txt"
    path.write_text(HAND_LAYOUT, encoding="utf-8")
    _, items, issues = _read(path, normaliser)
    assert {item: u.status for item, u in items.items()} == {
        "7.1": "complete", "7.2": "in_progress", "10.1": "not_started", "10.2": "in_progress", "11.1": "complete"}
    assert items["7.2"].update_text == ("Intelligence logs are used until the change is live; 3 districts audit them "
                                        "weekly.")
    assert items["10.1"].update_text == "Not begun; the review is planned for the spring."
    assert items["11.1"].update_text == "The problem profile was signed off by the board in October."
    assert not [i for i in issues if i.code == "duplicate_item"], issues


def test_prose_with_two_labels_on_a_line_is_not_a_layout_table(tmp_path):
    """'Executive Lead: ...     Operational Lead: ...' looks like a header of two headings, and numbered
    paragraphs below it have spaces near its offsets; they are prose, read as lines as before."""
    path = tmp_path / "cumbria-response.txt"
    path.write_text(
        "Cumbria Constabulary stalking response\n\n"
        "Executive Lead: ACC Example       Operational Lead: DCI Example\n\n"
        "12.1 - Evidence requirements of progress/completion: Consider adopting the stalking screening tool in all of the districts.\n"
        "The screening tool went live in every district in January and officers have been trained in how to use it at first contact.\n"
        "Status: Complete\n\n"
        "12.3 - Evidence requirements of progress/completion: Breaches of protective orders raise the risk that the victim faces.\n"
        "Policy is being rewritten to cover breaches and will be published to all officers and staff in the spring of next year.\n"
        "Status: In progress\n", encoding="utf-8")
    document = extract(path)
    assert document.tables == []
    assert [b.kind for b in document.blocks] == ["paragraph"] * 8
