"""The families the twenty-fifth blind set (tests/fixtures/shapes_twentyfifth, written by a colleague who read none
of the readers: whose plan is it? file names that name no force, names written every way, partners and neighbours
named in the text, a joint plan, a title and a 'Force:' line that disagree) found, each in our own words. First run:
10 of 12 files read exactly, items 128 of 128 and 12 invented, round texts 232 of 251, no false done; but one plan was
given to the wrong force: a workbook titled 'West Mercia Police' whose 'Force:' line says 'West Midlands Police' went
to West Midlands, and a bilingual PDF log (each entry's date, then its status, then its words) read every entry's
status and words one entry out."""
from __future__ import annotations

from tests.fixtures import assert_blind_set_reads
from tests.fixtures import read_plan as read


def test_a_title_and_a_force_label_naming_two_forces_is_a_force_conflict(tmp_path, normaliser):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Action plan"
    sheet.append(["West Mercia Police - stalking action plan"])
    sheet.append([])
    sheet.append(["Force:", "West Midlands Police"])
    sheet.append([])
    sheet.append(["Rec No.", "Sub-item", "Force update", "Status"])
    sheet.append(["7", "7.1", "Included classifications are now recorded on every stalking crime.", "Complete"])
    path = tmp_path / "Stalking_Action_Plan_2025.xlsx"
    book.save(str(path))
    force_id, updates, issues = read(path, normaliser)
    assert (force_id, updates) == (None, [])
    conflict = next(i for i in issues if i.code == "force_conflict")
    assert "West Mercia Police" in conflict.message and "West Midlands Police" in conflict.message


def test_a_log_whose_entries_give_their_status_before_their_words_keeps_each_with_its_own(tmp_path, normaliser):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "Heddlu Dyfed-Powys Police - Cynllun Gweithredu Stelcio / Stalking Action Plan", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(0, 6, "Argymhelliad 11 / Recommendation 11", new_x="LMARGIN", new_y="NEXT")
    entries = [("Medi 2025 / September 2025", "Busnes fel arfer / Business as usual",
                "Audit results now go to the Public Protection Board every quarter as routine."),
               ("Mawrth 2025 / March 2025", "Ar y gweill / In progress",
                "Monthly audits of stalking crimes began in February 2025."),
               ("Tachwedd 2024 / November 2024", "Heb ddechrau / Not started",
                "There is no audit regime for stalking investigations yet.")]
    pdf.set_font("Helvetica", "B", 10)
    # a title wrapped in a narrow column, then the newest entry's date straight below it: two headings, not one
    pdf.multi_cell(95, 5, "11.2 Gwaith sicrwydd ac archwiliadau / Regular assurance work", new_x="LMARGIN",
                   new_y="NEXT")
    for when, status, words in entries:
        pdf.set_font("Helvetica", "B", 10)
        pdf.multi_cell(95, 5, when, new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 5, f"Statws / Status: {status}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5, words, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    path = tmp_path / "Cynllun-Gweithredu-Stelcio-Stalking-Action-Plan.pdf"
    pdf.output(str(path))
    _, updates, _ = read(path, normaliser)
    assert [(u.round, u.status, u.update_text.split(".")[0]) for u in updates] == [
        ("November 2024", "not_started", "There is no audit regime for stalking investigations yet"),
        ("March 2025", "in_progress", "Monthly audits of stalking crimes began in February 2025"),
        ("September 2025", "bau", "Audit results now go to the Public Protection Board every quarter as routine")]


def test_the_twentyfifth_blind_set_reads_with_no_false_done():
    import pandas as pd
    from pathlib import Path

    files = pd.read_csv(Path(__file__).parent / "fixtures" / "shapes_twentyfifth" / "files.csv").file.tolist()
    assert_blind_set_reads("shapes_twentyfifth", files)
