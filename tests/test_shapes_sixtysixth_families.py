"""Families the sixty-sixth blind set (an eighteenth realistic sample) found on its first run, each in our own words:
- a recommendation answered as a whole under 'Force response – November 2024 (whole recommendation): ...' and item by
  item after: the dash split the label before its date, so the whole answer was read as an undated round after the
  others, with its date in its words;
- a saved page whose statuses are coloured dots before each item's words (<span class="status-dot"
  style="background-color:...">), defined by a key table of the same dots: the dots were read as nothing, so every
  status was inferred from the words;
- a later sheet's 'No change since March – remains complete.': the earlier round said again, no round of its own.
First run (on the session's first commit): 9/10 files exact, items 118/118, texts 262/271, statuses 131 right of 144
given (the wrong ones inferred from words where the dots gave the status, and three rounds out of order where the
whole answer came last; none a done for a round its file does not give as done)."""
from __future__ import annotations

import datetime as dt

from tests.fixtures import assert_blind_set_reads
from tests.fixtures import read_plan as read


def test_a_recommendation_answered_whole_under_a_dated_label_with_a_gloss(tmp_path, normaliser):
    path = tmp_path / "leicestershire-stalking-plan.md"
    path.write_text("\n\n".join([
        "# Leicestershire Police – stalking action plan",
        "## Recommendation 13 – stalking protection orders",
        "**Our response – November 2024 (whole recommendation):** Orders will be part of every stalking investigation "
        "plan, with guidance for supervisors and a legal adviser for applications.",
        "Status: On track",
        "### 13.1 – training and guidance on orders",
        "**Update – March 2025:** Supervisor guidance on orders is on the intranet.",
        "Status: Delivered",
        "### 13.2 – support to apply for orders",
        "**Update – March 2025:** A legal adviser now reviews every draft application.",
        "Status: Delivered"]), encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    assert [(u.item_id, u.round_date, u.granularity, u.update_text[:22]) for u in updates] == [
        ("13.1", dt.date(2024, 11, 1), "recommendation", "Orders will be part of"),
        ("13.1", dt.date(2025, 3, 1), "item", "Supervisor guidance on"),
        ("13.2", dt.date(2024, 11, 1), "recommendation", "Orders will be part of"),
        ("13.2", dt.date(2025, 3, 1), "item", "A legal adviser now re")]


def test_coloured_dots_before_the_words_are_read_by_the_pages_key_of_dots(tmp_path, normaliser):
    def dot(colour: str) -> str:
        return f'<span class="progress-dot" style="background-color:{colour}" aria-hidden="true"></span>'

    page = ("<html><head><title>Stalking action plan</title></head><body><h1>Nottinghamshire Police – stalking plan</h1>"
            "<table><caption>How far each action has got</caption>"
            f"<tr><td>{dot('#1b7a3a')}</td><td>Done</td></tr><tr><td>{dot('#e8a317')}</td><td>Started</td></tr>"
            f"<tr><td>{dot('#2857b8')}</td><td>Now routine work</td></tr></table>"
            "<h2>Update – March 2025</h2>"
            "<h4>12.2 Risk policy</h4>"
            f"<p>{dot('#1b7a3a')} The risk policy was rewritten and signed off in February.</p>"
            "<h4>12.4 Daily review of high-risk cases</h4>"
            f"<p>{dot('#e8a317')} The daily meeting reviews stalking cases in two of three areas.</p>"
            "<h4>25.2 Working with other forces</h4>"
            f"<p>{dot('#2857b8')} The joint panel with Derbyshire meets every month.</p>"
            f"<h4>10.1 Learning outcomes</h4><p>{dot('#888888')} The course was mapped against the outcomes.</p>"
            "</body></html>")
    path = tmp_path / "nottinghamshire-stalking-plan.html"
    path.write_text(page, encoding="utf-8")
    _, updates, issues = read(path, normaliser)
    statuses = {u.item_id: (u.status, u.status_raw) for u in updates}
    assert statuses["12.2"] == ("complete", "Green (cell colour)")
    assert statuses["12.4"] == ("in_progress", "Amber (cell colour)")
    assert statuses["25.2"] == ("bau", "Blue (cell colour)")
    assert statuses["10.1"][1] == ""  # a grey dot names no colour: the words alone decide
    assert not any("Status" in u.update_text for u in updates)


def test_a_later_sheets_no_change_that_says_the_item_remains_complete_is_no_round(tmp_path, normaliser):
    import openpyxl

    workbook = openpyxl.Workbook()
    first = workbook.active
    first.title = "Mar 2025 update"
    first.append(["Leicestershire Police – stalking tracker"])
    first.append([])
    first.append(["Rec", "Sub-rec", "Update", "Status"])
    first.append(["17", "17.1", "The allocation policy now sends stalking to trained investigators.", "Complete"])
    later = workbook.create_sheet("Sep 2025 update")
    later.append(["Leicestershire Police – September update (items that moved)"])
    later.append([])
    later.append(["Sub-rec", "Update", "Status"])
    later.append(["17.1", "No change since March – remains complete.", "Complete"])
    path = tmp_path / "leicestershire-stalking-tracker.xlsx"
    workbook.save(path)
    _, updates, _ = read(path, normaliser)
    assert [(u.item_id, u.round_date, u.status) for u in updates] == [("17.1", dt.date(2025, 3, 1), "complete")]


def test_the_sixtysixth_blind_set_reads_every_file_exactly():
    assert_blind_set_reads("shapes_sixtysixth", [
        "dyfed_powys_police_stalking_action_plan_cynllun_gweithredu_stelcio_sept2025.docx",
        "west_yorkshire_police_stalking_tracker_sep2025.xlsx",
        "staffordshire_police_stalking_progress_log_sept2025.pdf",
        "suffolk_constabulary_stalking_action_plan_saved_page_mar2026.html",
        "humberside_police_stalking_plan_export_mar2026.csv",
        "lincolnshire_police_stalking_action_plan_v1.3_sep2025.docx",
        "durham_constabulary_stalking_plan_rag_mar2026.xlsx",
        "surrey_police_stalking_progress_report_mar2025.pdf",
        "cumbria_constabulary_stalking_action_plan_sept2025.txt",
        "warwickshire_police_stalking_action_plan_mar2026.md",
    ])
