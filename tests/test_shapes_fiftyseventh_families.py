"""Families the fifty-seventh blind set (a tenth realistic sample) found on its first run, each in our own words:
- a fixed-width text export whose rounds are parts of the document, each opened by a banner across the table
  ('==== SECTION B: SIX-MONTH UPDATE - MARCH 2025 ===='): the rows under a banner are that round's (the banner was
  cut into cells and joined to the row below it, and every row was read as one round);
- a two-column log with no ruled lines, newest entry first, each entry a line '<Month Year> | Status: <word>' run
  into its words as a PDF's cell joins them: each entry its round, its status the word after 'Status:' (the header
  'Progress log – most recent entry first' was too long to be read as a header, and the log was read as prose).
First run: 7 of 10 files exact, items 107/112, texts 204/237, statuses 124 right of 126 given, none a false done."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.normalise.text import says_something
from tests.fixtures import assert_blind_set_reads
from tests.fixtures import read_plan as read

LAYOUT = """NORTHAMPTONSHIRE POLICE - STALKING ACTION TRACKER (EXPORT)

*** PART 1: ORIGINAL PLAN - NOVEMBER 2024 ***
REC   ITEM   LEAD           STATUS          UPDATE
----- ------ -------------- --------------- ---------------------------------------------------
14    14.1   Supt Kerr      IN PROGRESS     A needs assessment field is being added to the crime
                                            record for every stalking report.

14    14.3   Supt Kerr      NOT STARTED     A directory of local support services will be
                                            written for officers.

*** PART 2: SIX-MONTH POSITION - MARCH 2025 ***
REC   ITEM   LEAD           STATUS          UPDATE
----- ------ -------------- --------------- ---------------------------------------------------
14    14.1   Supt Kerr      COMPLETE        The needs assessment field went live in January and
                                            cannot be skipped.

14    14.3   Supt Kerr      IN PROGRESS     The directory is drafted and with partners for
                                            checking.

*** PART 3: FURTHER UPDATE - SEPTEMBER 2025 ***
REC   ITEM   LEAD           STATUS          UPDATE
----- ------ -------------- --------------- ---------------------------------------------------
14    14.3   Supt Kerr      COMPLETE        The directory was published on the intranet in
                                            June.
"""


def test_banners_across_a_fixed_width_table_name_the_round_of_the_rows_under_them(tmp_path, normaliser):
    path = tmp_path / "northamptonshire-stalking-tracker.txt"
    path.write_text(LAYOUT, encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    rounds = {(u.item_id, u.round_date): (u.status, u.update_text.split(" ")[1]) for u in updates}
    assert rounds == {
        ("14.1", dt.date(2024, 11, 1)): ("in_progress", "needs"),
        ("14.1", dt.date(2025, 3, 1)): ("complete", "needs"),
        ("14.3", dt.date(2024, 11, 1)): ("not_started", "directory"),
        ("14.3", dt.date(2025, 3, 1)): ("in_progress", "directory"),
        ("14.3", dt.date(2025, 9, 1)): ("complete", "directory"),
    }
    assert not any("PART" in u.update_text or "PART" in u.item_id for u in updates)


def _unruled_log_pdf(path, items) -> None:
    """Two text columns with no lines: the item's number and title on the left, its dated entries on the right, each
    entry a bold '<Month Year> | Status: <word>' line over its words."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "Leicestershire Police - stalking action log", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    y = pdf.get_y()
    pdf.set_font("Helvetica", "B", 10)
    pdf.set_xy(15, y)
    pdf.cell(40, 6, "Ref")
    pdf.set_xy(65, y)
    pdf.cell(130, 6, "Progress log - most recent entry first")
    y += 10
    for ref, entries in items:
        pdf.set_font("Helvetica", "B", 10)
        pdf.set_xy(15, y)
        pdf.multi_cell(45, 5, ref)
        bottom = pdf.get_y()
        pdf.set_xy(65, y)
        for head, words in entries:
            pdf.set_x(65)
            pdf.set_font("Helvetica", "B", 10)
            pdf.multi_cell(130, 5, head, new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(65)
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(130, 5, words, new_x="LMARGIN", new_y="NEXT")
        y = max(bottom, pdf.get_y()) + 6
    pdf.output(str(path))


def test_a_newest_first_log_in_an_unruled_pdf_gives_each_entry_its_round_and_status(tmp_path, normaliser):
    path = tmp_path / "leicestershire-stalking-log.pdf"
    _unruled_log_pdf(path, [
        ("12.1 Screening tool", [
            ("March 2026 | Status: Closed (business as usual)",
             "Every stalking crime is now screened against the tool and the check is part of the monthly audit."),
            ("March 2025 | Status: Under way", "The tool was trialled in the control room for six weeks."),
            ("November 2024 | Status: Not started", "The screening tool will be considered by the risk board.")]),
        ("23.1 Early screening", [
            ("March 2025 | Status: Achieved", "Harassment reports are read each morning for signs of stalking."),
            ("November 2024 | Status: Under way", "A morning check is being designed with the crime registrar.")]),
        ("27.1 Written response", [
            ("November 2024 | Status: Achieved", "The Chief Constable wrote to the three bodies on 18 November.")]),
    ])
    _, updates, _ = read(path, normaliser)
    seen = [(u.item_id, u.round_date, u.status, u.status_raw) for u in updates]
    assert seen == [
        ("12.1", dt.date(2024, 11, 1), "not_started", "Not started"),
        ("12.1", dt.date(2025, 3, 1), "in_progress", "Under way"),
        ("12.1", dt.date(2026, 3, 1), "bau", "Closed (business as usual)"),
        ("23.1", dt.date(2024, 11, 1), "in_progress", "Under way"),
        ("23.1", dt.date(2025, 3, 1), "complete", "Achieved"),
        ("27.1", dt.date(2024, 11, 1), "complete", "Achieved"),
    ]
    assert all(not u.update_text.startswith("Status") for u in updates)


@pytest.mark.parametrize("words", [
    "No further update – position as set out in March 2025.",
    "No change – see September.",
    "No further update; closed at March 2025.",
    "No change since March; the action remains as set out above.",
    "No change - position as at September 2025",
])
def test_words_that_only_carry_an_earlier_round_forward_are_no_round(words):
    # (the set's tracker rows 'No change – see March', 'No change - position as at March 2025', its log's 'No further
    # update; closed at March 2025.', its Word plan's 'No change since November; the work remains as described above.')
    assert not says_something(words)


def test_a_closure_with_news_of_its_own_is_a_round():
    assert says_something("No further update; closed in March 2025 after the audit found gaps in three areas.")


def test_the_fiftyseventh_blind_set_reads_every_file_exactly():
    assert_blind_set_reads("shapes_fiftyseventh", [
        "northumbria_police_stalking_action_plan_sep2025.docx",
        "surrey_police_stalking_plan_update_march_2025.docx",
        "staffordshire_police_stalking_action_tracker_sep25.xlsx",
        "west_yorkshire_police_stalking_plan_march_2026.xlsx",
        "warwickshire_police_stalking_action_plan_mar2025.pdf",
        "durham_constabulary_stalking_action_log_march2026.pdf",
        "sussex_police_response_to_stalking_action_plan.html",
        "lincolnshire_police_stalking_tracker_export_2025-09.csv",
        "north_wales_police_stalking_action_plan_cy_en.md",
        "humberside_police_stalking_action_plan_update.txt",
    ])
