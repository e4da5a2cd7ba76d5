"""The normaliser's mappings: item numbers, status words, percentages, headers, dates, force names, text."""
import datetime as dt

import pytest

from etl.normalise.dates import document_date, month_of, parse_date
from etl.normalise.forces import ForceMatcher
from etl.normalise.headers import find_header, map_heading
from etl.normalise.items import parse_item_cell, parse_rec_no
from etl.normalise.status import classify_status
from etl.normalise.text import clean_text


@pytest.mark.parametrize(
    "cell, ids, rest",
    [
        ("7.1", ["7.1"], ""),
        ("Rec 7.1", ["7.1"], ""),
        ("Recommendation 12.3: screening", ["12.3"], "screening"),
        ("10.2 10.3", ["10.2", "10.3"], ""),
        ("10.2 & 10.3 Both items", ["10.2", "10.3"], "Both items"),
        ("10.2, 10.3 and 10.4", ["10.2", "10.3", "10.4"], ""),
        ("10.2-10.4", ["10.2", "10.3", "10.4"], ""),
        ("11.3 Ways to hear victims", ["11.3"], "Ways to hear victims"),
        ("  14.1\n", ["14.1"], ""),
        ("Sub-rec 20.4", ["20.4"], ""),
        ("27.03.2025", [], "27.03.2025"),
        ("By 27 March 2025, review", [], "By 27 March 2025, review"),
        ("7", [], "7"),
        ("", [], ""),
    ],
)
def test_item_cells(cell, ids, rest):
    assert parse_item_cell(cell) == (ids, rest)


@pytest.mark.parametrize("cell, rec", [("7", 7), ("Rec 10", 10), ("Recommendation 22:", 22), ("7.1", None), ("text", None)])
def test_rec_numbers(cell, rec):
    assert parse_rec_no(cell) == rec


@pytest.mark.parametrize(
    "raw, status, pct",
    [
        ("Action Complete", "complete", None),
        ("Completed", "complete", None),
        ("In Progress", "in_progress", None),
        ("In Progress 50%", "in_progress", 50.0),
        ("Amber - 75%", "in_progress", 75.0),
        ("BAU", "bau", None),
        ("Business as usual", "bau", None),
        ("Complete - BAU", "bau", None),
        ("Not started", "not_started", None),
        ("Not yet started", "not_started", None),
        ("Partially complete", "in_progress", None),
        ("Not complete", "in_progress", None),
        ("Not met", "in_progress", None),  # a negated done-word is not done
        ("Partially met", "in_progress", None),
        ("Partially implemented", "in_progress", None),
        ("Not yet implemented", "in_progress", None),
        ("Not fully achieved", "in_progress", None),
        ("Met", "complete", None),
        ("Fully met", "complete", None),
        ("Implemented", "complete", None),
        ("Green", "complete", None),
        ("Red", "not_started", None),
        ("N/A", "not_applicable", None),
        ("Not applicable", "not_applicable", None),
        ("Ongoing", "in_progress", None),
        ("60%", "in_progress", 60.0),
        ("100%", "complete", 100.0),
        ("", "unknown", None),
        ("TBC", "unknown", None),
    ],
)
def test_status_words(reference, raw, status, pct):
    reading = classify_status(raw, reference)
    assert (reading.status, reading.progress_pct) == (status, pct)


def test_impossible_percentage_is_flagged_not_kept(reference):
    reading = classify_status("In Progress 500%", reference)
    assert reading.status == "in_progress" and reading.progress_pct is None
    assert "500%" in reading.pct_problem


@pytest.mark.parametrize(
    "heading, field",
    [
        ("Rec. No.", "rec_no"),
        ("Recommendation:", "recommendation"),
        ("Recommendation Owner:", "owner"),
        ("Evidence requirements of progress/completion:", "evidence"),
        ("Force Update:", "update_text"),
        ("March 2026 update", "update_text"),
        ("Progress to date", "update_text"),
        ("RAG status", "status"),
        ("Status", "status"),
        ("Date", "update_date"),
        ("Sub-rec", "item_id"),
        ("Lead officer", "owner"),
        ("Target date", "target_date"),
        ("Supporting Documents", "supporting"),
        ("Cookie", None),
    ],
)
def test_header_wordings(reference, heading, field):
    assert map_heading(heading, reference).field == field


def test_round_headings_carry_their_month(reference):
    assert map_heading("March 2026 update", reference).round_date == dt.date(2026, 3, 1)
    assert map_heading("Update (Sept 2025)", reference).round_date == dt.date(2025, 9, 1)
    assert map_heading("Force Update", reference).round_named is False
    assert map_heading("Initial action plan response", reference).round_named is True


def test_header_row_is_found_below_title_rows(reference):
    rows = [["Stalking plan"], ["Force:", "Kent"], ["Rec No", "Recommendation", "Owner", "Update", "Status"], ["7", "x"]]
    index, slots = find_header(rows, reference)
    assert index == 2 and [s.field for s in slots] == ["rec_no", "recommendation", "owner", "update_text", "status"]


def test_cookie_table_is_not_a_header(reference):
    assert find_header([["Cookie", "Purpose", "Expires"], ["_ga", "Analytics", "2 years"]], reference) is None


@pytest.mark.parametrize(
    "text, date",
    [
        ("14/03/2025", dt.date(2025, 3, 14)),
        ("2025-03-14", dt.date(2025, 3, 14)),
        ("14 March 2025", dt.date(2025, 3, 14)),
        ("March 2025", dt.date(2025, 3, 1)),
        ("31/02/2025", None),
        ("soon", None),
    ],
)
def test_dates(text, date):
    assert parse_date(text) == date


def test_document_and_file_dates():
    assert document_date("Stalking plan\nLast updated: 18 March 2026\n") == dt.date(2026, 3, 18)
    assert month_of("kent-stalking-plan-2025-03.html") == dt.date(2025, 3, 1)
    assert document_date("No date here") is None


@pytest.mark.parametrize(
    "name, force",
    [
        ("british-transport-police.txt", "british-transport-police"),
        ("GMP-stalking-plan.pdf", "greater-manchester"),
        ("HIOWC_Stalking_Action_Plan.xlsx", "hampshire-and-isle-of-wight"),
        ("the-met-stalking-plan.html", "metropolitan"),
        ("west-midlands-plan.docx", "west-midlands"),
        ("west-mercia-plan.docx", "west-mercia"),
        ("stalking-plan.docx", None),
        ("kent-and-essex-joint-plan.pdf", None),  # two forces: the document must say which
        ("durham-constabulary-plan.html", "durham"),  # 'Durham Constabulary' and 'durham' are one force
    ],
)
def test_force_from_file_name(reference, name, force):
    assert ForceMatcher(reference).from_filename(name) == force


def test_force_from_document_label_exact_and_fuzzy(reference):
    matcher = ForceMatcher(reference)
    assert matcher.from_document("Plan\nForce:\t\tDevon & Cornwall\n").force_id == "devon-and-cornwall"
    assert matcher.from_document("Force: Hampshire Constabulary").force_id == "hampshire-and-isle-of-wight"
    assert matcher.from_document("Force: Nottinghamshre Police").force_id == "nottinghamshire"  # typo: fuzzy
    assert matcher.from_document("Stalking action plan for the public") is None


def test_text_cleaning():
    assert clean_text("<p>In Progress 50%</p>") == "In Progress 50%"
    assert clean_text("a&amp;b  \u00a0 c") == "a&b c"
    assert clean_text("one<br>two\r\n\r\nthree") == "one\ntwo\nthree"
    assert clean_text(None) == ""
