"""Every extractor on fixtures written in its format, read through the normaliser."""
import pytest

from etl.extract import extract
from etl.model import ExtractError
from tests.fixtures import (SIMPLE_EXPECTED, SIMPLE_HEAD, SIMPLE_ROWS, TEMPLATE_HEAD, add_docx_table, write_csv, write_docx,
                            write_html, write_pdf, write_template_text, write_xlsx)


def statuses(items):
    return {item_id: u.status for item_id, u in items.items()}


def test_template_text_with_shifted_columns(tmp_path, read_plan):
    force, items, issues = read_plan(write_template_text(tmp_path / "kent.txt"))
    assert force == "kent"
    assert statuses(items) == {"7.1": "complete", "7.2": "in_progress", "10.1": "in_progress", "10.2": "complete",
                               "14.1": "bau", "14.2": "not_started", "16.1": "not_applicable"}  # no PCC of its own
    assert items["10.1"].progress_pct == 50
    assert items["10.2"].owner == "Head of L&D" and items["10.2"].update_text == "Mandatory since 2019."
    assert items["16.1"].update_text == "We have no PCC of our own." and items["16.1"].owner == ""
    assert items["14.1"].rec_no == 14  # by its number, though listed before recommendation 14's row
    assert items["7.1"].source_row == 6 and items["7.1"].source_table == "lines"
    assert not [i for i in issues if i.severity == "error"]


def test_windows_1252_text_export(tmp_path, read_plan):
    lines = ["Force:\tKent Police", "\t".join(TEMPLATE_HEAD),
             "7\tBy 27 March 2025 \u2013 recording\t7.1\tEvidence\tDCI \u00c9lise\tDone \u2013 \u00a3500 spent\t\tComplete"]
    path = tmp_path / "kent.txt"
    path.write_bytes("\n".join(lines).encode("cp1252"))
    _, items, _ = read_plan(path)
    assert items["7.1"].owner == "DCI \u00c9lise" and "\u2013 \u00a3500" in items["7.1"].update_text


def test_html_finds_plan_among_cookie_and_layout_tables(tmp_path, read_plan):
    rows = [["7", "Recording", "<p>7.1</p><p>Use the system</p>", "DCI One", "<p>Done.</p>", "", "Action Complete"],
            ["", "", "<p>7.2 Interim</p>", "DCI One", "Logs.", "", "In Progress 25%"],
            ["10", "Training", "10.2 10.3", "Head", "Both delivered.", "", "Complete"]]
    head = ["Rec No.", "Recommendation", "Evidence requirements", "Recommendation Owner", "Force Update", "Date", "Status"]
    path = write_html(tmp_path / "kent.html", rows, head, extra="<table><tr><td>Menu</td><td>Links</td></tr></table>")
    force, items, issues = read_plan(path)
    assert statuses(items) == {"7.1": "complete", "7.2": "in_progress", "10.2": "complete", "10.3": "complete"}
    assert items["7.2"].progress_pct == 25 and items["10.3"].update_text == "Both delivered."
    assert items["7.1"].source_table == "table 3" and items["7.1"].source_row == 2


def test_html_rowspan_and_colspan(tmp_path, read_plan):
    path = tmp_path / "kent.html"
    path.write_text(
        "<html><body><p>Force: Kent Police</p><table>"
        "<tr><th>Rec No</th><th colspan='2'>Evidence requirements</th><th>Owner</th><th>Update</th><th>Status</th></tr>"
        "<tr><td rowspan='2'>7</td><td>7.1</td><td>Use it</td><td>A</td><td>Done</td><td>Complete</td></tr>"
        "<tr><td>7.2</td><td>Interim</td><td>B</td><td>Started</td><td>Ongoing</td></tr>"
        "</table></body></html>", encoding="utf-8")
    _, items, _ = read_plan(path)
    assert statuses(items) == {"7.1": "complete", "7.2": "in_progress"}
    assert items["7.2"].owner == "B" and items["7.2"].update_text == "Started"


def test_html_page_with_no_plan_in_it_is_refused_with_its_reason(tmp_path, normaliser):
    path = tmp_path / "kent.html"
    path.write_text("<html><body><p>Our plan is coming soon.</p></body></html>")
    force_id, _, updates, issues = normaliser.normalise(extract(path), path.name)
    assert force_id == "kent" and updates == []
    assert [(i.severity, i.code) for i in issues] == [("error", "not_a_plan")]


def test_docx_with_leads_table_and_merged_cells(tmp_path, read_plan):
    head = ["Rec. No.", "Recommendation", "Evidence requirements", "Owner", "Force Update", "Status"]
    rows = [["7", "Recording", "7.1 Use the system", "DCI One", "Done.", "Complete"],
            ["", "", "7.2 Interim", "DCI One", "Underway.", "In progress"]]
    force, items, _ = read_plan(write_docx(tmp_path / "plan.docx", head, rows, merge_first_col=True))
    assert force == "kent"  # from the 'Force:' paragraph: the file name names no force
    assert statuses(items) == {"7.1": "complete", "7.2": "in_progress"}
    assert items["7.1"].source_table == "table 2"


def test_xlsx_plan_on_second_sheet_below_title_rows(tmp_path, read_plan):
    head = ["Recommendation", "Sub Rec", "Description", "Owner", "Force Update", "Status"]
    rows = [[7, "7.1", "Use it", "A", "Done", "Complete"], [None, 7.2, "Interim", "B", "Pending", "Amber - 60%"],
            [10, "10.1", "Training", "C", "Not begun", "Red"]]
    _, items, _ = read_plan(write_xlsx(tmp_path / "kent.xlsx", head, rows, header_row=4))
    assert statuses(items) == {"7.1": "complete", "7.2": "in_progress", "10.1": "not_started"}
    assert items["7.2"].progress_pct == 60
    assert items["7.2"].source_table == "sheet 'Plan'" and items["7.2"].source_row == 6  # the Excel row


def test_xlsx_merged_cells_fill_their_range(tmp_path):
    import openpyxl

    path = write_xlsx(tmp_path / "kent.xlsx", ["Rec No", "Sub Rec", "Update", "Status"],
                      [[7, "7.1", "x", "Complete"], [None, "7.2", "y", "Complete"]], cover=False)
    workbook = openpyxl.load_workbook(path)
    workbook.active.merge_cells("A4:A5")
    workbook.save(path)
    grid = extract(path).tables[0].rows
    assert [row[0] for row in grid[-2:]] == ["7", "7"]


@pytest.mark.parametrize("writer, name", [(write_pdf, "kent.pdf"), (write_csv, "kent.csv")])
def test_pdf_and_csv_tables(tmp_path, read_plan, writer, name):
    force, items, _ = read_plan(writer(tmp_path / name, SIMPLE_HEAD, SIMPLE_ROWS))
    assert force == "kent"
    assert statuses(items) == SIMPLE_EXPECTED
    assert items["7.2"].progress_pct == 40


def test_pdf_table_continued_on_next_page_keeps_its_header(tmp_path, read_plan, reference):
    item_ids = [r["item_id"] for r in reference.recommendations][:20]
    rows = [["", item_id, "Owner", "Long text " * 30, "Complete"] for item_id in item_ids]
    _, items, _ = read_plan(write_pdf(tmp_path / "kent.pdf", SIMPLE_HEAD, rows))
    assert set(items) == set(item_ids)  # rows on the second page and after are read too
    assert all(u.status == "complete" for u in items.values())


def test_csv_semicolon_delimited(tmp_path, read_plan):
    path = tmp_path / "kent.csv"
    path.write_text("Rec No;Sub-rec;Owner;Update;Status\n7;7.1;A;Done;Complete\n;7.2;B;\"Two\nlines\";Ongoing\n;10.1;C;x;BAU\n")
    _, items, _ = read_plan(path)
    assert statuses(items) == {"7.1": "complete", "7.2": "in_progress", "10.1": "bau"}
    assert items["10.1"].source_row == 5  # the line the record starts on, after a two-line cell


def test_unruled_pdf_table_with_wrapped_text(tmp_path, read_plan):
    long = ("The change has been made and every crime recording team has been briefed on the new included "
            "classification field, with a dip sample in May to check it is used.")
    rows = [["7", "7.1", "DCI One", long, "Complete"]] + SIMPLE_ROWS[1:]
    force, items, issues = read_plan(write_pdf(tmp_path / "kent.pdf", SIMPLE_HEAD, rows, ruled=False))
    assert statuses(items) == SIMPLE_EXPECTED
    assert items["7.1"].update_text == long  # the wrapped lines are one cell again, in order
    assert items["7.2"].progress_pct == 40 and items["10.1"].owner == "Head of L&D"
    assert not issues


def test_wrapped_line_fragments_fold_into_their_rows():
    from etl.extract.pdf import merge_wrapped_lines

    grid = [["Rec", "Sub", "Update", "Status"],
            ["", "", "centred text starts", ""],          # above its row, whose Update cell is empty
            ["7", "7.1", "", "Complete"],
            ["", "", "and ends here", ""],
            ["", "7.2", "top-aligned text", "Ongoing"],
            ["", "", "continues below", ""]]
    assert merge_wrapped_lines(grid) == [
        ["Rec", "Sub", "Update", "Status"],
        ["7", "7.1", "centred text starts and ends here", "Complete"],
        ["", "7.2", "top-aligned text continues below", "Ongoing"],
    ]


RAG_HEAD = ["Rec No.", "Sub-rec", "Owner", "Update", "RAG"]
RAG_ROWS = [["7", "7.1", "A", "Work done.", ""], ["", "7.2", "A", "Under way.", ""],
            ["10", "10.1", "B", "Nothing yet.", ""], ["", "10.2", "B", "Work is being scoped.", ""]]
# an Excel green, Excel amber, a pure red, and a pale header-band blue that is decoration, not a status
RAG_FILLS = ["00B050", "FFC000", "FF0000", "DDEBF7"]
RAG_EXPECTED = {"7.1": "complete", "7.2": "in_progress", "10.1": "not_started"}


def _rag_statuses(items):
    stated = {i: u.status for i, u in items.items() if u.status_source == "stated"}
    return stated, items["10.2"].status_source


def test_xlsx_status_given_only_by_cell_colour(tmp_path, read_plan):
    import openpyxl
    from openpyxl.styles import PatternFill

    path = write_xlsx(tmp_path / "kent.xlsx", RAG_HEAD, RAG_ROWS, header_row=1, cover=False)
    workbook = openpyxl.load_workbook(path)
    for row, colour in enumerate(RAG_FILLS, start=2):
        workbook.active.cell(row, 5).fill = PatternFill("solid", fgColor=colour)
    workbook.save(path)
    _, items, _ = read_plan(path)
    assert _rag_statuses(items) == (RAG_EXPECTED, "inferred")  # the pale cell is left to the text reader
    assert items["7.1"].status_raw == "Green (cell colour)"


def test_docx_status_given_only_by_cell_shading(tmp_path, read_plan):
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    path = write_docx(tmp_path / "kent.docx", RAG_HEAD, RAG_ROWS)
    document = docx.Document(str(path))
    for row, colour in zip(document.tables[1].rows[1:], RAG_FILLS):
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:fill"), colour)
        row.cells[4]._tc.get_or_add_tcPr().append(shading)
    document.save(str(path))
    _, items, _ = read_plan(path)
    assert _rag_statuses(items) == (RAG_EXPECTED, "inferred")


def _rag_html(path, status_cells: list[str]):
    """The RAG plan as an HTML table whose status cells are the given markup."""
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row[:-1]) + cell + "</tr>"
                   for row, cell in zip(RAG_ROWS, status_cells))
    head = "<tr>" + "".join(f"<th>{h}</th>" for h in RAG_HEAD) + "</tr>"
    path.write_text(f"<html><body><table>{head}{body}</table></body></html>", encoding="utf-8")
    return path


def test_html_status_given_only_by_background_colour(tmp_path, read_plan):
    cells = ['<td style="background-color: #00b050"></td>', '<td bgcolor="orange"></td>',
             '<td style="background: rgb(255, 0, 0)"></td>', '<td style="background-color:#ddebf7"></td>']
    _, items, _ = read_plan(_rag_html(tmp_path / "kent.html", cells))
    assert _rag_statuses(items) == (RAG_EXPECTED, "inferred")


@pytest.mark.parametrize("colour, name", [
    ("FF00B050", "Green"), ("92D050", "Green"), ("#fc0", "Amber"), ("yellow", "Amber"), ("C00000", "Red"),
    ("rgba(255, 0, 0, 0.8)", "Red"), ("FFFFFF", None), ("D9D9D9", None), ("4472C4", None), ("E2EFDA", None),
    ("auto", None), ("", None),
])
def test_which_fills_count_as_rag(colour, name):
    from etl.extract.colour import parse_colour, rag_name

    assert rag_name(parse_colour(colour)) == name


def test_a_cell_with_words_keeps_them_whatever_its_colour():
    from etl.extract.colour import fill_text

    assert fill_text("In progress", "FF0000") == "In progress"
    assert fill_text("", "FF0000") == "Red (cell colour)"


FORM_ITEMS = [("7.1", "DCI One", "The recording change is live.", "Complete"),
              ("7.2", "DCI One", "Logs are in use while systems change.", "In Progress 40%"),
              ("10.1", "Head of L&D", "Work has not yet started.", "Not started")]


def test_docx_plan_written_as_a_form_per_item(tmp_path, read_plan):
    import docx

    document = docx.Document()
    document.add_paragraph("Kent Police: stalking super-complaint action plan")
    for item_id, owner, update_text, status in FORM_ITEMS:
        table = document.add_table(rows=5, cols=2)
        title = table.cell(0, 0).merge(table.cell(0, 1))
        title.text = f"Recommendation {item_id.split('.')[0]}"  # a title spanning the form
        for row, (label, value) in enumerate([("Sub-recommendation", item_id), ("Recommendation owner", owner),
                                              ("Force update", update_text), ("Status", status)], start=1):
            table.cell(row, 0).text, table.cell(row, 1).text = label, value
    path = tmp_path / "kent-plan.docx"
    document.save(str(path))
    _, items, issues = read_plan(path)
    assert statuses(items) == {"7.1": "complete", "7.2": "in_progress", "10.1": "not_started"}
    assert items["7.2"].progress_pct == 40 and items["7.2"].owner == "DCI One"
    assert items["10.1"].update_text == "Work has not yet started."
    assert (items["7.2"].source_table, items["7.2"].source_row) == ("table 2 (form)", 2)  # traced to its Word row
    assert not [i for i in issues if i.severity == "error"]


def test_html_forms_stacked_in_one_table(tmp_path, read_plan):
    rows = "".join(f"<tr><th>Rec No.</th><td>{i}</td></tr><tr><th>Progress update</th><td>{u}</td></tr>"
                   f"<tr><th>RAG status</th><td>{s}</td></tr>" for i, _, u, s in FORM_ITEMS)
    path = tmp_path / "kent.html"
    path.write_text(f"<html><body><table>{rows}</table></body></html>", encoding="utf-8")
    _, items, _ = read_plan(path)
    assert statuses(items) == {"7.1": "complete", "7.2": "in_progress", "10.1": "not_started"}
    assert items["10.1"].source_row == 7


def test_an_ordinary_two_column_table_is_not_a_form(reference):
    from etl.model import RawTable
    from etl.normalise.table import transpose_form

    leads = RawTable("table 1", [["Executive lead", "ACC Example"], ["Owner", "DCI One"], ["Date", "May 2025"]], [1, 2, 3])
    assert transpose_form(leads, reference) is None  # two plan-ish labels are not a plan


def test_pdf_status_given_only_by_cell_colour(tmp_path, read_plan):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(orientation="L", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 6, "Kent Police stalking plan", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(first_row_as_headings=True) as table:
        table.row(RAG_HEAD)
        for cells, colour in zip(RAG_ROWS, RAG_FILLS):
            row = table.row()
            for value in cells[:-1]:
                row.cell(value)
            row.cell("", style=FontFace(fill_color=tuple(int(colour[i:i + 2], 16) for i in (0, 2, 4))))
    path = tmp_path / "kent.pdf"
    pdf.output(str(path))
    _, items, _ = read_plan(path)
    assert _rag_statuses(items) == (RAG_EXPECTED, "inferred")


def test_docx_plan_nested_in_a_layout_table(tmp_path, read_plan):
    import docx

    document = docx.Document()
    frame = document.add_table(rows=1, cols=1)  # a border frame around the whole plan
    frame.cell(0, 0).text = "Kent Police stalking action plan"
    add_docx_table(frame.cell(0, 0), SIMPLE_HEAD, SIMPLE_ROWS)
    path = tmp_path / "kent.docx"
    document.save(str(path))
    _, items, _ = read_plan(path)
    assert statuses(items) == SIMPLE_EXPECTED
    assert items["7.1"].source_table == "table 2"


def _in_content_control(element):
    """Put an element inside w:sdt/w:sdtContent where it stood, as Word's content controls do."""
    from docx.oxml import OxmlElement

    sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    sdt.append(OxmlElement("w:sdtPr"))
    sdt.append(content)
    element.addprevious(sdt)
    content.append(element)


def test_docx_plan_inside_content_controls(tmp_path, read_plan):
    import docx

    document = docx.Document()
    _in_content_control(document.add_paragraph("Force: Kent Police")._p)  # the title in a form field too
    table = add_docx_table(document, SIMPLE_HEAD, SIMPLE_ROWS)
    for row in table.rows[1:]:  # each status a drop-down: its run inside an inline content control
        _in_content_control(row.cells[-1].paragraphs[0].runs[0]._r)
    _in_content_control(table._tbl)  # and the whole table inside a block content control
    path = tmp_path / "plan.docx"
    document.save(str(path))
    force, items, _ = read_plan(path)
    assert force == "kent" and statuses(items) == SIMPLE_EXPECTED
    assert items["7.2"].progress_pct == 40


def test_html_status_given_by_an_icon(tmp_path, read_plan):
    cells = ['<td><img src="g.png" alt="Green"></td>', '<td><img src="a.png" alt="Amber"></td>',
             '<td><img src="r.png" alt="Red"></td>', '<td><img src="spacer.gif"></td>']
    _, items, _ = read_plan(_rag_html(tmp_path / "kent.html", cells))
    assert _rag_statuses(items) == (RAG_EXPECTED, "inferred")
