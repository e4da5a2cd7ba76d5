"""The families an eighth blind set (tests/fixtures/shapes_eighth, written by a colleague who read none of the
readers; mixtures and ordinary messiness) found, each in our own words. First run of that set: 2 of 12 files read
exactly, items 79 of 95 with 5 invented, round texts 117 of 168, statuses 67 right of 77 given (no false done)."""
from __future__ import annotations

import pytest

from etl.extract import extract
from tests.fixtures import write_csv, write_html


def read(path, normaliser):
    force_id, _, updates, issues = normaliser.normalise(extract(path), path.name)
    return force_id, sorted(updates, key=lambda u: (tuple(map(int, u.item_id.split("."))), u.round_order)), issues


ROWS = [["7(1)", "Crime recording", "Classification audits began in January.", "In progress"],
        ["7(2)", "Searchability", "An interim marker is in use on Niche.", "Complete"],
        ["10(1)", "E-learning", "The e-learning is mandatory for new starters.", "Complete"]]


@pytest.mark.parametrize("write", [
    lambda p, rows: write_html(p / "cumbria-constabulary-plan.html", rows, ["Ref", "Recommendation", "Force update", "Status"],
                               title="Cumbria Constabulary"),
    lambda p, rows: write_csv(p / "cumbria-constabulary-plan.csv", ["Ref", "Recommendation", "Force update", "Status"], rows,
                              preamble=("Cumbria Constabulary",)),
])
def test_a_plan_that_writes_every_item_as_n_bracket_m_is_read_so_and_says_so(tmp_path, normaliser, write):
    _, updates, issues = read(write(tmp_path, ROWS), normaliser)
    assert [(u.item_id, u.status) for u in updates] == [("7.1", "in_progress"), ("7.2", "complete"),
                                                        ("10.1", "complete")]
    assert [i.code for i in issues if i.code in ("item_notation", "unparsed_item")] == ["item_notation"]


def test_a_lone_n_bracket_m_is_still_reported_and_not_read(tmp_path, normaliser):
    rows = [ROWS[0], ["7.2", "Searchability", "An interim marker is in use on Niche.", "Complete"]]
    _, updates, issues = read(write_html(tmp_path / "cumbria-constabulary-plan.html", rows,
                                         ["Ref", "Recommendation", "Force update", "Status"], title="Cumbria Constabulary"),
                              normaliser)
    assert [u.item_id for u in updates] == ["7.2"] and "unparsed_item" in {i.code for i in issues}


def test_a_title_line_above_labelled_reviews_is_no_round_and_rules_are_no_words(tmp_path, normaliser):
    path = tmp_path / "dorset-police-delivery-plan.txt"
    path.write_text(
        "DORSET POLICE\nSTALKING DELIVERY PLAN\n\n==========================\nRECOMMENDATION 12 - ORDERS\n"
        "==========================\n\nR12.1  Orders are applied for early\n  Initial position (Nov 2024):\n"
        "    Applications are reviewed by the Civil Orders Team.\n    Status: On track\n  6 month review:\n"
        "    Forty applications were made; all were granted.\n    Status: Complete\n"
        "--------------------------\n\nR12.2  Interim orders\n  Initial position (Nov 2024):\n"
        "    Interim orders will be sought in every high-risk case.\n    Status: Not started\n", encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    twelve_one = [u for u in updates if u.item_id == "12.1"]
    assert [(u.round, u.status) for u in twelve_one] == [("November 2024", "in_progress"), ("6 month review", "complete")]
    assert twelve_one[-1].update_text == "Forty applications were made; all were granted."
    assert [u.round for u in updates if u.item_id == "12.2"] == ["November 2024"]


def test_a_placeholder_in_the_newest_column_leaves_the_status_to_the_words_before_it(tmp_path, normaliser):
    rows = [["10.3", "Call handlers", "Contact centre staff will get a stalking input in spring.", "-", "On track"]]
    head = ["Ref", "Recommendation", "Initial response (Nov 2024)", "6 month review", "Status"]
    _, updates, _ = read(write_html(tmp_path / "staffordshire-police-plan.html", rows, head,
                                    title="Staffordshire Police"), normaliser)
    assert [(u.round, u.status) for u in updates] == [("November 2024", "in_progress")]


def test_a_symbol_in_the_status_column_is_its_status_not_a_reason_to_read_a_sentence_as_one(tmp_path, normaliser):
    rows = [["18", "18.4", "-", "A Power BI report on orders is in development.", "◐", "Depends on the data"]]
    head = ["Rec", "Sub-rec", "Response Nov 2024", "Update March 2025", "Status", "Notes"]
    _, updates, issues = read(write_csv(tmp_path / "lincolnshire-police-tracker.csv", head, rows,
                                        preamble=("Lincolnshire Police",)), normaliser)
    assert [(u.round, u.update_text) for u in updates] == [
        ("March 2025", "A Power BI report on orders is in development.")]
    assert updates[0].status == "unknown" and "unmapped_status" in {i.code for i in issues}  # a symbol with no key


def test_the_report_words_under_a_numbered_recommendation_heading_are_that_recommendations(tmp_path, normaliser):
    path = tmp_path / "essex-police-stalking-plan.html"
    path.write_text(
        "<html><head><title>Essex Police: stalking plan</title></head><body><main>"
        "<h2>Recommendation 23 – working with partners</h2>"
        "<p>Chief constables should work with partners on stalking clinics and a joined-up response.</p>"
        "<h3>Our response (November 2024)</h3><p>Stalking is a standing item at the partnership board.</p>"
        "<p>Status: Business as usual</p></main></body></html>", encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    assert [(u.item_id, u.round, u.status) for u in updates] == [("23.1", "November 2024", "bau")]


def test_a_whole_recommendation_answered_in_one_round_stands_beside_a_sub_item_updated_in_another(tmp_path,
                                                                                                   normaliser):
    path = tmp_path / "north-yorkshire-police-update.html"
    path.write_text(
        "<html><head><title>North Yorkshire Police: stalking update</title></head><body><main>"
        "<h2>Recommendation 12 – stalking protection orders</h2>"
        "<h3>Update November 2024</h3><p>The Civil Orders Team now leads on every order application.</p>"
        "<h3>Update September 2025</h3><p>12.2 Interim orders are now sought at the first hearing in every "
        "high-risk case.</p></main></body></html>", encoding="utf-8")
    _, updates, issues = read(path, normaliser)
    assert [(u.item_id, u.round, u.granularity) for u in updates] == [
        ("12.1", "November 2024", "recommendation"), ("12.2", "November 2024", "recommendation"),
        ("12.2", "September 2025", "item"), ("12.3", "November 2024", "recommendation"),
        ("12.4", "November 2024", "recommendation")]


def test_recommendations_answered_in_a_table_and_others_in_headed_paragraphs_below_are_all_read(tmp_path, normaliser):
    from docx import Document

    doc = Document()
    doc.add_heading("Northumbria Police – response to the stalking super-complaint", 1)
    doc.add_paragraph("1.1 In September 2024 the inspectorates published their report.")
    doc.add_paragraph("1.2 A working group has met every month since.")
    doc.add_paragraph("2.1 Progress is reported to the Force Performance Board.")
    doc.add_heading("3. Action plan – recommendation 7", 2)
    table = doc.add_table(rows=2, cols=4)
    for cell, text in zip(table.rows[0].cells, ["Ref", "Recommendation", "Force update", "Status"]):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["7.1", "Crime recording", "Weekly audits began in December.",
                                                "In progress"]):
        cell.text = text
    doc.add_heading("4. Recommendations 16 and 27", 2)
    doc.add_heading("16.1 – Single point of contact", 3)
    doc.add_paragraph("Original response: The DCI for Safeguarding is our single point of contact.")
    doc.add_heading("27.1 – Breaches of orders", 3)
    doc.add_paragraph("Position at 31/03/2025: A breach flag has been added to Niche and is now in use.")
    path = tmp_path / "northumbria-police-stalking-plan.docx"
    doc.save(str(path))
    _, updates, _ = read(path, normaliser)
    assert [u.item_id for u in updates] == ["7.1", "16.1", "27.1"]
    assert [u.update_text for u in updates][1:] == ["The DCI for Safeguarding is our single point of contact.",
                                                   "A breach flag has been added to Niche and is now in use."]


# the set itself: the plans it holds that read exactly, held so. The other three differ from their labels where the
# build keeps an item a plan lists with a status and no words (Dorset 10.5, Norfolk 11.4, Suffolk 12.4). West Mercia reads
# exactly but for a cell merged over four sub-items in one round, read as four answers, not one for the recommendation
EIGHTH_EXACT = ["West-Mercia-Police-Stalking-Action-Plan-Sept-2025.docx", "surrey-police-stalking-plan-updates.xlsx",
                "Staffordshire-Police-Stalking-Action-Plan-Export.pdf", "leicestershire-police-stalking-delivery-plan.txt",
                "humberside-police-stalking-action-plan.csv", "Northamptonshire_Police_Stalking_Action_Plan_v3.docx",
                "Lincolnshire_Police_Stalking_Action_Tracker.xlsx", "essex-police-stalking-complaint-action-plan.html",
                "north-yorkshire-police-stalking-action-plan-update-sept-2025.pdf"]


STEPS = {"11.1": "the profile", "11.2": "dip-sampling", "11.3": "a victim survey", "11.4": "a data review"}
MERGED_WORDS = "A problem profile drawing on police, health and advocacy data was commissioned in October."


def _merged_docx(path):
    import docx

    document = docx.Document()
    document.add_paragraph("Cleveland Police: stalking action plan")
    table = document.add_table(rows=5, cols=4)
    for cell, text in zip(table.rows[0].cells, ["Ref", "Recommendation", "Response November 2024", "Update March 2025"]):
        cell.text = text
    for n, item in enumerate(["11.1", "11.2", "11.3", "11.4"], start=1):
        table.rows[n].cells[0].text = item
        table.rows[n].cells[1].text = "Understanding stalking"
        table.rows[n].cells[3].text = f"Its own March step ({STEPS[item]}) has been taken and is recorded."
    table.cell(1, 2).merge(table.cell(4, 2)).text = MERGED_WORDS  # one cell down the four rows
    document.save(path)
    return path


def _rowspan_html(path):
    rows = "".join(f"<tr><td>{item}</td>" + (f'<td rowspan="4">{MERGED_WORDS}</td>' if n == 0 else "")
                   + f"<td>Its own March step ({STEPS[item]}) has been taken and is recorded.</td></tr>"
                   for n, item in enumerate(["11.1", "11.2", "11.3", "11.4"]))
    path.write_text("<html><head><title>Cleveland Police stalking plan</title></head><body><table>"
                    "<tr><th>Ref</th><th>Response November 2024</th><th>Update March 2025</th></tr>"
                    f"{rows}</table></body></html>", encoding="utf-8")
    return path


@pytest.mark.parametrize("write", [lambda p: _merged_docx(p / "cleveland-police-plan.docx"),
                                   lambda p: _rowspan_html(p / "cleveland-police-plan.html"),
                                   lambda p: _merged_xlsx(p / "cleveland-police-plan.xlsx")])
def test_one_cell_merged_down_every_sub_item_of_a_recommendation_is_one_answer_for_it(tmp_path, normaliser, write):
    _, updates, issues = read(write(tmp_path), normaliser)
    november = [u for u in updates if u.round == "November 2024"]
    assert [(u.item_id, u.granularity, u.update_text) for u in november] == [
        (item, "recommendation", MERGED_WORDS) for item in ("11.1", "11.2", "11.3", "11.4")]
    # the later round's cells are each item's own
    assert [(u.item_id, u.granularity) for u in updates if u.round == "March 2025"] == [
        (item, "item") for item in ("11.1", "11.2", "11.3", "11.4")]
    assert "rec_level_row" in {i.code for i in issues}


def _merged_xlsx(path):
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Cleveland Police: stalking action plan"])
    sheet.append(["Ref", "Response November 2024", "Update March 2025"])
    for item in ("11.1", "11.2", "11.3", "11.4"):
        sheet.append([item, MERGED_WORDS, f"Its own March step ({STEPS[item]}) has been taken and is recorded."])
    sheet.merge_cells("B3:B6")
    workbook.save(path)
    return path


@pytest.mark.parametrize("typed", [
    {"11.1": MERGED_WORDS, "11.2": MERGED_WORDS, "11.3": MERGED_WORDS, "11.4": "A different answer on victims' views."},
    # the same words typed on every row are each row's own answer: only a merged cell is one for all
    {"11.1": MERGED_WORDS, "11.2": MERGED_WORDS, "11.3": MERGED_WORDS, "11.4": MERGED_WORDS}])
def test_the_same_words_typed_on_each_row_stay_item_answers(tmp_path, normaliser, typed):
    rows = [[item, words, "In progress"] for item, words in typed.items()]
    _, updates, _ = read(write_html(tmp_path / "cleveland-police-plan.html", rows, ["Ref", "Update March 2025", "Status"],
                                    title="Cleveland Police"), normaliser)
    assert {u.granularity for u in updates} == {"item"} and len(updates) == 4


def test_the_eighth_blind_set_reads_these_plans_item_for_item():
    from etl.evaluate import evaluate_plans
    from tests.test_real_shapes import FIXTURES

    table, problems = evaluate_plans(FIXTURES / "shapes_eighth")
    exact = table[table.file.isin(EIGHTH_EXACT)]
    assert len(exact) == len(EIGHTH_EXACT) and exact.ok.all(), problems
    wrong = [p for p in problems if p.split(":")[0] in EIGHTH_EXACT and " status " in p]
    # a status read wrong in these plans is only ever short of done ('93% of officers' read in progress), never done
    assert all(" status in_progress " in p and "expected complete" in p for p in wrong), wrong
