"""The families the twenty-seventh blind set (tests/fixtures/shapes_twentyseventh, written by a colleague who read none
of the readers: the second year, plans republished after a year of updates) found, each in our own words. First run: 3
of 10 files read exactly, items 133 of 135, round texts 257 of 383, 9 false done: a tracker with a status column per
round lost its first round because its first plan row was read as a second header line, so every later round's status
sat one round early; cells saying only 'See previous update' or 'As above' were read as rounds; a log kept item by item
under its own small fixed-width table, a narrative whose round labels carry their status in brackets, and a log
copied forward (each round's cell repeating the one before) were read as one round each."""
from __future__ import annotations

import csv

from tests.fixtures import add_docx_table, assert_blind_set_reads
from tests.fixtures import read_plan as read


def test_the_first_plan_row_under_a_status_per_round_header_is_a_row_not_a_second_header_line(tmp_path, normaliser):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tracker"
    sheet.append(["Humberside Police - stalking tracker, year two"])
    sheet.append([])
    sheet.append(["Rec", "Sub-rec", "Detail", "Nov 2024 response", "Mar 2025 update", "Status Mar 25",
                  "Sep 2025 update", "Status Sep 25"])
    sheet.append(["7", "7.1", "Included classification used", "Recording guidance reissued to the crime bureau.",
                  "An audit of 60 crimes found 49 right.", "In progress", "A re-audit found all 60 crimes recorded right; closed.", "Complete"])
    sheet.append(["12", "12.3", "Breaches raise the risk", "The risk policy is being rewritten.",
                  "The policy now makes every breach a trigger for a new assessment.", "Complete",
                  "See previous update.", "Complete"])
    path = tmp_path / "humberside-police-stalking-tracker.xlsx"
    book.save(path)
    _, updates, _ = read(path, normaliser)
    rounds = [(u.item_id, u.round, u.status) for u in updates]
    assert rounds == [("7.1", "November 2024", "unknown"), ("7.1", "March 2025", "in_progress"),
                      ("7.1", "September 2025", "complete"), ("12.3", "November 2024", "in_progress"),
                      ("12.3", "March 2025", "complete")]  # 'See previous update.' is no September round


def test_a_round_label_carrying_its_status_in_brackets_opens_that_round(tmp_path, normaliser):
    import docx

    document = docx.Document()
    document.add_heading("Cumbria Constabulary: stalking plan, year two", 1)
    document.add_heading("Recommendation 11", 2)
    document.add_paragraph("11.2 - Evidence requirements of progress/completion: dip samples of stalking cases.")
    for line in ["Update March 2026 (Status: Reopened - in progress)",
                 "The revisit found dip samples had stopped in the west; restarted in March.",
                 "Update September 2025 (Status: Complete)", "Monthly dip samples run in every area.",
                 "Initial response November 2024 [RAG: Red]", "Dip sampling will start in January."]:
        document.add_paragraph(line)
    path = tmp_path / "cumbria-stalking-plan-year-two.docx"
    document.save(str(path))
    _, updates, _ = read(path, normaliser)
    assert [(u.round, u.status) for u in updates] == [
        ("November 2024", "not_started"), ("September 2025", "complete"), ("March 2026", "in_progress")]
    assert "restarted in March" in updates[-1].update_text


def test_a_log_kept_item_by_item_under_its_own_fixed_width_table_gives_a_round_an_entry(tmp_path, normaliser):
    rule = "  --------  -----------------------  ------------------------------------------"
    head = "  Date      Status                   Update"
    text = "\n".join([
        "SUFFOLK CONSTABULARY - STALKING ACTION PLAN UPDATE LOG", "",
        "12.4  Daily review of medium-risk stalking cases",
        "      (numbered 12.3 in earlier versions of this log)", "",
        head, rule,
        "  Nov 2024  In progress              Medium-risk cases will be reviewed daily",
        "                                     by the PPU.",
        "  Mar 2025  Complete (pending        Daily review running in all three areas",
        "            audit)                   since 3 March.",
        "  Sep 2025  Complete                 As above.", "",
        "-" * 80, "",
        "17.1  Allocation to skilled investigators", "",
        head, rule,
        "  Nov 2024  Complete                 Stalking crimes already go to CID.", "",
    ])
    path = tmp_path / "suffolk-stalking-log.txt"
    path.write_text(text, encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    assert [(u.item_id, u.round, u.status_evidence) for u in updates] == [
        ("12.4", "November 2024", "In progress"), ("12.4", "March 2025", "Complete (pending audit)"),
        ("17.1", "November 2024", "Complete")]
    assert updates[1].update_text == "Daily review running in all three areas since 3 March."
    assert updates[1].status != "complete"  # 'pending audit' beside the done


def test_a_log_copied_forward_gives_each_round_its_new_lines_and_a_bare_copy_no_round(tmp_path, normaliser):
    first = "Nov 24: Approach made to the advocacy service to co-deliver training."
    second = first + "\nSep 25: Advocates now co-deliver the Tuesday CPD sessions."
    third = second + "\nMar 26: Advocates now also co-deliver the sergeants' programme."
    other = "Nov 24: Profile due from the intelligence unit in January."
    path = tmp_path / "west-mercia-stalking-progress-log.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Ref", "Recommendation", "Progress log Nov 2024", "Progress log Mar 2025",
                         "Progress log Sep 2025", "Progress log Mar 2026", "Status"])
        writer.writerow(["10.3", "Specialists help deliver training", first, first, second, third, "BAU"])
        writer.writerow(["11.1", "Problem profile", other, other + "\nMar 25: Profile published on 30 January 2025.",
                         other + "\nMar 25: Profile published on 30 January 2025.",
                         other + "\nMar 25: Profile published on 30 January 2025.", "Complete"])
    _, updates, _ = read(path, normaliser)
    texts = [(u.item_id, u.round, u.update_text) for u in updates]
    assert texts == [("10.3", "November 2024", first), ("10.3", "September 2025", second.split("\n")[1]),
                     ("10.3", "March 2026", third.split("\n")[2]), ("11.1", "November 2024", other),
                     ("11.1", "March 2025", "Mar 25: Profile published on 30 January 2025.")]
    assert (updates[2].status, updates[-1].status) == ("bau", "complete")


def test_a_paragraph_in_the_reports_voice_to_commissioners_is_not_an_answer(tmp_path, normaliser):
    import docx

    document = docx.Document()
    document.add_heading("North Yorkshire Police: stalking plan", 1)
    document.add_heading("Recommendation 16", 2)
    document.add_paragraph("Police and crime commissioners should review the provision of specialist stalking support "
                           "services.")
    document.add_paragraph("16.1 - Evidence requirements of progress/completion: services are reviewed.")
    document.add_paragraph("Initial response November 2024 (Status: Not applicable)")
    document.add_paragraph("Commissioning of victim services is for the Commissioner.")
    path = tmp_path / "north-yorkshire-stalking-plan.docx"
    document.save(str(path))
    _, updates, _ = read(path, normaliser)
    assert [(u.item_id, u.round, u.status) for u in updates] == [("16.1", "November 2024", "not_applicable")]


def test_the_twentyseventh_blind_set_reads_with_no_false_done():
    assert_blind_set_reads("shapes_twentyseventh", [
        "humberside_police_stalking_action_plan_march_2026_update.html",
        "cumbria_constabulary_stalking_action_plan_year_two_apr2026.docx",
        "west_midlands_police_stalking_tracker_status_by_round_mar2026.xlsx",
        "staffordshire_police_stalking_action_plan_2026_refresh.xlsx",
        "warwickshire_police_stalking_action_plan_and_update_addendum_mar2026.pdf",
        "cleveland_police_stalking_super_complaint_response_update_mar2026.pdf",
        "west_mercia_police_stalking_plan_progress_log_export_mar2026.csv",
        "suffolk_constabulary_stalking_action_plan_update_log_v4.txt",
        "gwent_police_stalking_action_plan_second_year_update.html",
        "north_yorkshire_police_stalking_action_plan_year_two_narrative.docx"])
