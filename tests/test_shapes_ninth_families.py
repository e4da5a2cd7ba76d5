"""The families a ninth blind set (tests/fixtures/shapes_ninth, written by a colleague who read none of the readers)
found, each in our own words. First run of that set: 2 of 12 files read exactly, items 292 of 294 with 15 invented,
round texts 406 of 529, statuses 193 right of 203 given (4 false done: colours in a log read as words)."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.extract import extract
from etl.model import Document, RawTable
from etl.normalise.rounds import split_rounds
from etl.normalise.text import says_something
from tests.fixtures import write_csv

NINTH_EXACT = ["cambridgeshire-constabulary-stalking-action-plan-sept-2025.pdf",
               "cheshire-constabulary-super-complaint-stalking-response.docx",
               "greater-manchester-police-stalking-super-complaint-tracker.xlsx",
               "hertfordshire-constabulary-suzy-lamplugh-trust-stalking-action-plan.docx"]


def read(path, normaliser):
    force_id, _, updates, issues = normaliser.normalise(extract(path), path.name)
    return force_id, sorted(updates, key=lambda u: (tuple(map(int, u.item_id.split("."))), u.round_order)), issues


def test_a_colour_badge_before_each_log_entrys_words_is_that_entrys_status_by_the_pages_key(tmp_path, normaliser):
    path = tmp_path / "durham-constabulary-stalking-log.html"
    path.write_text(
        "<html><head><title>Durham Constabulary: stalking plan</title></head><body><main>"
        "<table><tr><th>Colour</th><th>Meaning</th></tr><tr><td>Purple</td><td>Finished</td></tr>"
        "<tr><td>Green</td><td>On track</td></tr><tr><td>Red</td><td>Not started</td></tr></table>"
        "<h3>13.1 – orders</h3><ul>"
        "<li><span>02/09/2025</span> <span>Green</span> <span>Eleven sergeants have been trained so far.</span></li>"
        "<li><span>14/03/2025</span> <span>Red</span> <span>No course for sergeants has been found yet.</span></li>"
        "</ul></main></body></html>", encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    # Green is 'on track' on this page: in progress, never done, whatever the words around it
    assert [(u.round, u.status, u.update_text) for u in updates] == [
        ("March 2025", "not_started", "No course for sergeants has been found yet."),
        ("September 2025", "in_progress", "Eleven sergeants have been trained so far.")]


@pytest.mark.parametrize("words", ["No further update.", "N/A - no update", "Nil update this period",
                                   "Dim diweddariad.\nNo update.", "Nothing new to report", "No entries yet."])
def test_words_that_only_say_nothing_is_new_are_no_round(words):
    assert not says_something(words)


@pytest.mark.parametrize("words", ["No further action is needed: the audit closed it.", "No update was needed to the policy",
                                   "N/A", "Nothing has started yet."])
def test_words_that_say_something_are_still_a_round(words):
    assert says_something(words)


def test_a_status_line_under_a_round_that_says_nothing_new_is_the_last_words_status(tmp_path, normaliser):
    path = tmp_path / "suffolk-constabulary-stalking-plan.txt"
    path.write_text(
        "Suffolk Constabulary stalking action plan\n\n11.3 - Evidence requirements: feedback from victims\n"
        "Force response (November 2024): No survey of stalking victims runs at present.\n"
        "Update (March 2025): A question set for victims has been agreed with the care hub.\n"
        "Update (September 2025): No further update.\nStatus: Ongoing\n", encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    assert [(u.round, u.status) for u in updates] == [("November 2024", "unknown"), ("March 2025", "in_progress")]


def test_a_heading_that_wrapped_onto_a_lower_case_line_is_no_round(normaliser):
    from etl.model import Block

    blocks = [Block("paragraph", "Norfolk Constabulary stalking plan", 1),
              Block("heading", "14.1 - Evidence requirements: needs assessments are always", 2, level=2),
              Block("paragraph", "completed.", 3),
              Block("paragraph", "Force response (November 2024): Needs assessments are patchy at present.", 4)]
    doc = Document(tmp_doc := __import__("pathlib").Path("norfolk-constabulary-plan.pdf"), "pdf", [], "Norfolk Constabulary",
                   blocks)
    _, _, updates, _ = normaliser.normalise(doc, tmp_doc.name)
    assert [(u.item_id, u.round, u.status) for u in updates] == [("14.1", "November 2024", "unknown")]


def test_a_what_we_will_do_column_is_the_first_rounds_words(tmp_path, normaliser):
    rows = [["10.4", "Local procedures are to be added to each input.", "Procedures added to every input.", "G"]]
    _, updates, _ = read(write_csv(tmp_path / "essex-police-plan.csv", ["Ref", "What we will do (November 2024)",
                                                                         "Update March 2025", "RAG"], rows,
                                   preamble=("Essex Police",)), normaliser)
    assert [(u.round, u.update_text, u.status) for u in updates] == [
        ("November 2024", "Local procedures are to be added to each input.", "unknown"),
        ("March 2025", "Procedures added to every input.", "complete")]


def test_a_dated_update_marker_on_a_line_of_its_own_opens_a_round_in_either_language():
    parts = split_rounds("Audits are run weekly.\nDIWEDDARIAD Mawrth 2025 / UPDATE March 2025\nThe first audit is done.")
    assert [(p.text, p.date) for p in parts] == [("Audits are run weekly.", None),
                                                 ("The first audit is done.", dt.date(2025, 3, 1))]
    # a bare word 'Update' on its own line is a heading word, not a round
    assert len(split_rounds("Update\nThe first audit is done.")) == 1


def test_month_and_year_entries_run_together_in_one_cell_are_rounds(tmp_path, normaliser):
    rows = [["10.1", "Nov 24: Our courses are being compared with the curriculum. Mar 25: Two gaps were found and "
                     "filled.", "In Progress 75%"]]
    _, updates, _ = read(write_csv(tmp_path / "cleveland-police-plan.csv", ["Ref", "Action and progress", "Status"], rows,
                                   preamble=("Cleveland Police",)), normaliser)
    assert [(u.round, u.update_text, u.status) for u in updates] == [
        ("November 2024", "Our courses are being compared with the curriculum.", "in_progress"),
        ("March 2025", "Two gaps were found and filled.", "in_progress")]


def test_a_row_broken_across_a_page_under_the_repeated_header_is_one_row(normaliser):
    head = ["Ref", "Action and progress", "Status"]
    pages = [RawTable("page 1 table 1", [head, ["12.1", "A single risk procedure is being", "In progress"]], [1, 2]),
             RawTable("page 2 table 1", [head, ["", "written with the legal team.", ""],
                                         ["12.2", "The policy was published.", "Complete"]], [1, 2, 3])]
    doc = Document(__import__("pathlib").Path("kent-police-plan.pdf"), "pdf", pages, "Kent Police")
    _, _, updates, issues = normaliser.normalise(doc, "kent-police-plan.pdf")
    assert [(u.item_id, u.update_text) for u in updates] == [
        ("12.1", "A single risk procedure is being\nwritten with the legal team."), ("12.2", "The policy was published.")]
    assert "unparsed_row" not in {i.code for i in issues}


def test_the_ninth_blind_set_reads_these_plans_item_for_item():
    from etl.evaluate import evaluate_plans
    from tests.test_real_shapes import FIXTURES

    table, problems = evaluate_plans(FIXTURES / "shapes_ninth")
    exact = table[table.file.isin(NINTH_EXACT)]
    assert len(exact) == len(NINTH_EXACT) and exact.ok.all(), problems
    # no false done in the whole set: a status read wrong is never done where the label is short of done
    wrong = [p for p in problems if " status " in p]
    assert not [p for p in wrong if (" status complete " in p or " status bau " in p)
                and not ("expected complete" in p or "expected bau" in p)], wrong


@pytest.mark.parametrize("text, opens", [("12.1-12.3 Nov 24: a procedure", True), ("14.2–14.4", True),
                                         ("10.2 & 10.3", True), ("81 per cent of cases", False), ("27 March", False)])
def test_a_range_of_items_opens_a_row_of_an_unruled_table_as_its_first_number_does(text, opens):
    from etl.extract.text import _is_key

    assert _is_key(text) is opens


def test_a_range_row_under_a_section_line_near_the_foot_of_an_unruled_pdf_page_stays_in_its_table():
    from etl.evaluate import evaluate_plans
    from tests.test_real_shapes import FIXTURES

    _, problems = evaluate_plans(FIXTURES / "shapes_ninth")
    cleveland = [p for p in problems if p.startswith("cleveland-") and "invented" not in p]
    assert cleveland == [], cleveland


THEME_PAGE = (
    "<html><head><title>Wiltshire Police: our response</title></head><body><main>"
    "<section><h2>Training (recommendation 10)</h2>"
    "<h3>What we have done</h3><p>Our whole stalking training offer is being reviewed against the report.</p>"
    "<h3>Progress update (March 2025)</h3>"
    "<blockquote><p>&ldquo;Makes appropriate use of the stalking or harassment e-learning product developed by the College "
    "of Policing.&rdquo;</p></blockquote><p>The e-learning became mandatory for every constable and call handler in January.</p>"
    "<blockquote><p>&ldquo;Is provided to the officers and staff who will most benefit from the learning.&rdquo;</p>"
    "</blockquote><p>Detective sergeants are next for the classroom input.</p>"
    "<h3>Progress update (September 2025)</h3>"
    "<blockquote><p>&ldquo;Meets the learning outcomes on stalking within the public protection national policing "
    "curriculum.&rdquo;</p></blockquote><p>An outside review found every outcome is now covered.</p>"
    "<p>Current position: Delivered</p></section>"
    "<section><h2>Crime recording (recommendation 7)</h2><h3>Progress update (March 2025)</h3>"
    "<p>Both parts of this recommendation are now met: the flag went live in January and the interim logs stopped.</p>"
    "<p>Current position: Delivered</p></section></main></body></html>")


def test_quoted_sub_items_in_a_themes_round_take_their_own_answers_and_the_rest_stays_the_themes(tmp_path, normaliser):
    path = tmp_path / "wiltshire-police-response.html"
    path.write_text(THEME_PAGE, encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    ten = [(u.item_id, u.round, u.granularity, u.status) for u in updates if u.item_id.startswith("10.")]
    # November's words stand for the whole recommendation, beside the sub-items answered one by one later
    assert [t for t in ten if t[1] != "March 2025" and t[1] != "September 2025"] == [
        (item, ten[0][1], "recommendation", ten[0][3]) for item in ("10.1", "10.2", "10.3", "10.4", "10.5")]
    assert [t for t in ten if t[1] in ("March 2025", "September 2025")] == [
        ("10.1", "September 2025", "item", "complete"), ("10.2", "March 2025", "item", "complete"),
        ("10.5", "March 2025", "item", "in_progress")]
    # September's done belongs to the one sub-item quoted, never to the four others
    assert not [u for u in updates if u.round == "September 2025" and u.item_id != "10.1"]


def test_a_sentence_before_a_colon_is_the_forces_words_and_a_position_line_is_the_rounds_status(tmp_path, normaliser):
    path = tmp_path / "wiltshire-police-response.html"
    path.write_text(THEME_PAGE, encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    seven = [(u.item_id, u.status, u.update_text.split(":")[0]) for u in updates if u.item_id.startswith("7.")]
    assert seven == [(item, "complete", "Both parts of this recommendation are now met") for item in ("7.1", "7.2")]


def test_a_panel_that_will_go_on_unchanged_beside_bau_is_no_conflict(reference):
    from etl.normalise.position import read_position

    position = read_position("Business as usual", "The panel has been reviewed by its partners and will continue in its current "
                             "form.", reference, dt.date(2025, 9, 30))
    assert (position.status, position.conflict) == ("bau", "")


def test_a_logs_item_with_no_entry_yet_has_no_words_from_its_heading(tmp_path, normaliser):
    path = tmp_path / "durham-constabulary-stalking-log.html"
    path.write_text(
        "<html><head><title>Durham Constabulary: stalking plan</title></head><body><main>"
        "<h3>13.1 – orders</h3><ul><li><span>02/09/2025</span> <span>Green</span> "
        "<span>Eleven sergeants have been trained so far.</span></li>"
        "<li><span>14/03/2025</span> <span>Red</span> <span>No course for sergeants has been found yet.</span></li></ul>"
        "<h3>22.1 – dedicated stalking officers</h3><p>No entries yet.</p></main></body></html>", encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    assert [u.update_text for u in updates if u.item_id == "22.1"] in ([], [""])
