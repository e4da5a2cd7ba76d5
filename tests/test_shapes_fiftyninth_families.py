"""Families the fifty-ninth blind set (a twelfth realistic sample) found on its first run, each in our own words:
- a long export whose round date stands in a column before the item's number ('Update period | Rec | Sub-rec | ...'),
  the rows grouped by period: each row is its period's round (the date before the number was dropped, so every later
  row was read as the first round again and thrown out as a duplicate);
- a two-column plan whose first column holds the number and the requirement ('Reference and requirement'), its second
  each round's words run into one line ('November 2024 <words> Status: Ongoing March 2025 <words> Status: Achieved'):
  a table, and each month that opens words after the last 'Status:' a round of its own with its own status;
- more carried-forward wordings ('No further update – position as above.', 'No change – the referral process
  continues as described.' and its Welsh half, '... yn parhau fel y disgrifiwyd').
First run: 8 of 10 files exact, items 110/113, texts 224/254, statuses 113 right of 115 given, none a done the file does
not give for its round."""
from __future__ import annotations

import csv
import datetime as dt

import pytest

from etl.normalise.text import says_something
from tests.fixtures import assert_blind_set_reads
from tests.fixtures import read_plan as read


def test_a_round_date_before_the_items_number_dates_each_row_of_a_long_export(tmp_path, normaliser):
    path = tmp_path / "gloucestershire-stalking-export.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["Gloucestershire Constabulary stalking tracker export"])
        out.writerow(["Update period", "Rec", "Sub-rec", "Owner", "Update", "RAG"])
        out.writerow(["Nov 2024", "11", "11.3", "Victims Lead", "No stalking survey yet; one will be designed.", "Red"])
        out.writerow(["Nov 2024", "17", "17.1", "Head of CID", "The allocation matrix will be checked.", "Amber"])
        out.writerow(["Mar 2025", "11", "11.3", "Victims Lead", "A text survey is designed and goes live in April.",
                      "Amber"])
        out.writerow(["Mar 2025", "17", "17.1", "Head of CID", "Matrix checked; stalking now goes to CID.", "Green"])
        out.writerow(["Sep 2025", "11", "11.3", "Victims Lead", "The survey has run since April; results go to the "
                                                               "victims board.", "Green"])
    _, updates, issues = read(path, normaliser)
    rounds = [(u.item_id, u.round_date, u.status) for u in updates]
    assert rounds == [("11.3", dt.date(2024, 11, 1), "not_started"), ("11.3", dt.date(2025, 3, 1), "in_progress"),
                      ("11.3", dt.date(2025, 9, 1), "complete"), ("17.1", dt.date(2024, 11, 1), "in_progress"),
                      ("17.1", dt.date(2025, 3, 1), "complete")]
    assert not [i for i in issues if i.code in ("duplicate_item", "doubtful_status")]


def test_rounds_run_into_one_line_after_the_requirement_column_are_rounds_of_their_own(tmp_path, normaliser):
    path = tmp_path / "cheshire-stalking-plan.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["Cheshire Constabulary stalking action plan"])
        out.writerow(["Reference and requirement", "Our response"])
        out.writerow(["17.1 Allocation policy sends stalking cases to skilled investigators.",
                      "November 2024 The allocation policy will be rewritten to follow the new guidance. Status: "
                      "Ongoing March 2025 The rewritten policy waits for the governance board in April. Status: Ongoing "
                      "September 2025 Approved in April; stalking cases now go to accredited investigators. Status: "
                      "Achieved"])
        out.writerow(["18.2 Lines of enquiry are followed with good supervision.",
                      "November 2024 Supervisors review each case at set points. Status: Business as usual"])
        out.writerow(["23.1 Early screening of crimes where stalking may be hidden.",
                      "November 2024 Harassment crimes are screened each weekday morning. Status: Business as usual "
                      "March 2025 Screening now covers weekends too. Status: Business as usual"])
    _, updates, _ = read(path, normaliser)
    rounds = [(u.item_id, u.round_date, u.status_raw, u.update_text.split()[0]) for u in updates]
    assert rounds == [("17.1", dt.date(2024, 11, 1), "Ongoing", "The"), ("17.1", dt.date(2025, 3, 1), "Ongoing", "The"),
                      ("17.1", dt.date(2025, 9, 1), "Achieved", "Approved"),
                      ("18.2", dt.date(2024, 11, 1), "Business as usual", "Supervisors"),
                      ("23.1", dt.date(2024, 11, 1), "Business as usual", "Harassment"),
                      ("23.1", dt.date(2025, 3, 1), "Business as usual", "Screening")]


@pytest.mark.parametrize("words", [
    "No further update – position as above.",
    "No change – the referral process continues as described.",
    "Dim newid – mae'r broses yn parhau fel y disgrifiwyd. No change – the process continues as described.",
])
def test_more_words_that_carry_an_earlier_round_forward(words):
    assert not says_something(words)


def test_the_fiftyninth_blind_set_reads_every_file_exactly():
    # (counted exact and left as they are: Cumbria's 'Achieved (pending audit)' is read as the doubt in brackets, in
    # progress; Suffolk's 12.1 'are now checked' beside no status is read complete where its key says business as usual)
    assert_blind_set_reads("shapes_fiftyninth", [
        "surrey_police_stalking_action_plan_v1.2_sept2025.docx",
        "west_mercia_police_stalking_action_plan_progress_report.docx",
        "lincolnshire_police_stalking_action_tracker_march2026.xlsx",
        "staffordshire_police_stalking_action_plan_tracker_sep2025.xlsx",
        "cumbria_constabulary_stalking_action_plan_september_2025.pdf",
        "durham_constabulary_stalking_progress_log_march2026.pdf",
        "north_wales_police_stalking_action_plan_mar2025.html",
        "wiltshire_police_stalking_action_plan_export_sep2025.csv",
        "suffolk_constabulary_stalking_action_plan_march2026.md",
        "gwent_police_stalking_action_plan.html",
    ])
