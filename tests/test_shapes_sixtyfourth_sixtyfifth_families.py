"""Families the sixty-fourth and sixty-fifth blind sets found on their first run, each in our own words:
- an unruled PDF log whose item opens with the ask under its own label ('Requirement: ...') above entries headed
  'dd/mm/yyyy — Status: <word>', newest first: the label kept the entries from being read as a log, so every round ran
  into one (a log of one such entry is an entry too);
- an unruled PDF register whose dates stand in a left margin beside each entry's words, each entry closed by its own
  'Position: <status>' line: the guessed column edge cut each line after its first word (and the words left of the
  first column it found were dropped), and each 'Position:' line was taken as the next entry's words;
- a workbook with one sheet per round, its tabs named 'Update Mar25' and 'Update Sep25': the month and two-digit year
  run together dated nothing, so the later sheets' rows were read as the first round's again;
- sideways tables whose rounds are headed 'Spring 2025 review' and 'Autumn 2025 review', each coded by a 'Status' row
  under it, the codes defined in 'Key to status codes: C – completed; P – in progress; ...': the season headings
  named no round and the key was not found; a table of one sub-item ('Sub-recommendation | 16.1') was read as a form,
  its second 'Status' row starting a new record;
- a narrative in parts ('Part one: our plan (published November 2024)'), each round's words closed by
  'Position: Achieved', the position words defined in 'How to read the position lines: Achieved means ...;
  Embedded means ...': the 'Position:' lines were read as words, not statuses, and the part's date was not read; a
  recommendation's section whose list under 'What we were asked to do' is followed by one paragraph answering the
  whole recommendation: that paragraph was read as more of the ask.
First runs (on the session's start commit): the sixty-fourth 7/10 files exact, texts 186/225, statuses 94 right of 105
given; the sixty-fifth 8/10, texts 204/225, statuses 140 right of 144 given (no file gave a done for a round its file
does not give as done)."""
from __future__ import annotations

import datetime as dt

from tests.fixtures import assert_blind_set_reads
from tests.fixtures import read_plan as read


def _unruled_pdf(path, lines) -> None:
    """A portrait PDF with no ruled lines: each line is (x in mm, text, bold), or None for a gap; a new page when full."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    y = 20
    for line in lines:
        if line is None:
            y += 3
            continue
        if y > 275:
            pdf.add_page()
            y = 20
        for x, text, bold in line:
            pdf.set_font("Helvetica", "B" if bold else "", 9)
            pdf.set_xy(x, y)
            pdf.cell(0, 5, text)
        y += 5
    pdf.output(str(path))


def _by_item(updates):
    read_back = {}
    for u in updates:
        read_back.setdefault(u.item_id, []).append((u.round_date.strftime("%b %Y") if u.round_date else None, u.status,
                                                    u.update_text))
    return read_back


def test_an_unruled_log_whose_items_restate_their_ask_above_day_dated_entries(tmp_path, normaliser):
    lines = [[(15, "Gloucestershire Constabulary - stalking recommendation tracker", True)], None,
             [(15, "Ref", True), (45, "Update log (newest entry first)", True)], None,
             [(15, "Recommendation 20 - Online stalking", True)],
             [(15, "20.2", True), (45, "Requirement: Online examples in local training.", False)],
             [(45, "16/03/2026 - Status: Complete", True)],
             [(45, "Every training pack now has an online example drawn from local cases.", False)],
             [(45, "19/03/2025 - Status: In progress", True)],
             [(45, "Two online case studies were added to the investigator pack.", False)],
             [(45, "21/11/2024 - Status: Not started", True)],
             [(45, "Local packs will include worked online examples.", False)], None,
             [(15, "20.3", True), (45, "Requirement: Online safety advice for officers.", False)],
             [(45, "19/03/2025 - Status: In progress", True)],
             [(45, "Interim advice was written with the regional cyber unit.", False)], None,
             [(15, "20.4", True), (45, "Requirement: Tools to keep victims safe online.", False)],
             [(45, "21/11/2024 - Status: Complete", True)],
             [(45, "Victims at high risk are lent a safety device through the advocacy service.", False)]]
    path = tmp_path / "gloucestershire-stalking-tracker.pdf"
    _unruled_pdf(path, lines)
    _, updates, _ = read(path, normaliser)
    assert _by_item(updates) == {
        "20.2": [("Nov 2024", "not_started", "Local packs will include worked online examples."),
                 ("Mar 2025", "in_progress", "Two online case studies were added to the investigator pack."),
                 ("Mar 2026", "complete", "Every training pack now has an online example drawn from local cases.")],
        "20.3": [("Mar 2025", "in_progress", "Interim advice was written with the regional cyber unit.")],
        "20.4": [("Nov 2024", "complete", "Victims at high risk are lent a safety device through the advocacy service.")]}


def test_an_unruled_register_dated_in_its_margin_with_each_entry_closed_by_its_position(tmp_path, normaliser):
    lines = [[(15, "Stalking recommendation register", True)], None,
             [(15, "This register sets out how the constabulary is answering each recommendation, newest entry first.",
               False)], None,
             [(15, "Recommendation 12 - Risk", True)], None,
             [(15, "12.2 Clear risk policies with recognised tools", True)],
             [(15, "March 2025", False), (45, "The refreshed risk policy was published with a guide for supervisors.",
                                          False)],
             [(45, "Position: Closed - delivered", False)], None,
             [(15, "November 2024", False), (45, "Risk assessment uses DASH; the policy wording is being refreshed.",
                                             False)],
             [(45, "Position: Open - in progress", False)], None,
             [(15, "12.4 Screening to manage high-risk cases early", True)],
             [(15, "March 2026", False), (45, "An audit found the daily review working and it is now normal business.",
                                          False)],
             [(45, "Position: Closed - business as usual", False)], None,
             [(15, "November 2024", False), (45, "High-risk stalking cases will be added to the daily meeting.", False)],
             [(45, "Position: Open - not commenced", False)]]
    path = tmp_path / "durham-stalking-register.pdf"
    _unruled_pdf(path, lines)
    _, updates, _ = read(path, normaliser)
    assert _by_item(updates) == {
        "12.2": [("Nov 2024", "in_progress", "Risk assessment uses DASH; the policy wording is being refreshed."),
                 ("Mar 2025", "complete", "The refreshed risk policy was published with a guide for supervisors.")],
        "12.4": [("Nov 2024", "not_started", "High-risk stalking cases will be added to the daily meeting."),
                 ("Mar 2026", "bau", "An audit found the daily review working and it is now normal business.")]}


def test_sheets_named_for_their_round_with_the_month_and_year_run_together(tmp_path, normaliser):
    import openpyxl

    workbook = openpyxl.Workbook()
    first = workbook.active
    first.title = "Plan Nov24"
    first.append(["Humberside Police - stalking action plan"])
    first.append([])
    first.append(["Rec No.", "Sub-rec", "Planned action", "Status"])
    first.append(["14", "14.1", "A needs assessment prompt will be added to the crime report.", "Not started"])
    first.append(["", "14.3", "A support page for victims is being written.", "Ongoing"])
    moved = workbook.create_sheet("Update Mar25")
    moved.append(["Humberside Police - six-month update (only the items that moved)"])
    moved.append([])
    moved.append(["Ref", "Progress", "Status"])
    moved.append(["14.3", "The support page went live on the force website in February.", "Complete"])
    path = tmp_path / "humberside-stalking-tracker.xlsx"
    workbook.save(path)
    _, updates, _ = read(path, normaliser)
    assert [(u.item_id, u.round_date, u.status) for u in updates] == [
        ("14.1", dt.date(2024, 11, 1), "not_started"),
        ("14.3", dt.date(2024, 11, 1), "in_progress"),
        ("14.3", dt.date(2025, 3, 1), "complete")]


def test_sideways_tables_of_season_reviews_coded_by_a_key_of_letters(tmp_path, normaliser):
    def table(ids, rows):
        head = "<tr><th>Sub-recommendation</th>" + "".join(f"<th>{i}</th>" for i in ids) + "</tr>"
        return "<table>" + head + "".join(
            f"<tr><th>{label}</th>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>" for label, cells in rows
        ) + "</table>"

    page = ("<html><head><title>Stalking action plan</title></head><body><h1>Avon and Somerset Police</h1>"
            "<p>Key to status codes: C – completed; P – in progress; N – not yet started; U – under review.</p>"
            + table(["16.1"], [("What was asked", ["Review commissioning with partners."]),
                               ("November 2024 (initial)", ["The Commissioner is re-tendering victim services."]),
                               ("Status", ["P"]),
                               ("Spring 2025 review", ["The stalking advocacy lot was awarded in February."]),
                               ("Status", ["C"])])
            + table(["18.1", "18.3"], [
                ("What was asked", ["Capacity and capability.", "Arrest and search powers."]),
                ("November 2024 (initial)", ["A capability review will include stalking demand.",
                                             "A guide to search powers is being written."]),
                ("Status", ["N", "P"]),
                ("Spring 2025 review", ["The review recommended a dedicated team.", "The powers guide is published."]),
                ("Status", ["P", "U"]),
                ("Autumn 2025 review", ["The dedicated team went live in July.", ""]),
                ("Status", ["C", ""])])
            + "</body></html>")
    path = tmp_path / "avon-and-somerset-stalking-plan.html"
    path.write_text(page, encoding="utf-8")
    _, updates, issues = read(path, normaliser)
    assert [(u.item_id, u.round_date.month, u.status) for u in updates] == [
        ("16.1", 11, "in_progress"), ("16.1", 3, "complete"),
        ("18.1", 11, "not_started"), ("18.1", 3, "in_progress"), ("18.1", 9, "complete"),
        ("18.3", 11, "in_progress"), ("18.3", 3, "unknown")]
    assert any(i.code == "page_key" for i in issues)


def test_a_narrative_in_parts_with_position_lines_defined_on_the_page(tmp_path, normaliser):
    from docx import Document

    document = Document()
    document.add_heading("Our response to the stalking super-complaint", 1)
    document.add_heading("Part one: our plan (published November 2024)", 1)
    document.add_heading("Investigation quality (Recommendation 18)", 2)
    document.add_paragraph("What we were asked to do")
    document.add_paragraph("Take a victim-centred approach to stalking investigations.", style="List Bullet")
    document.add_paragraph("Build capacity; pursue lines of enquiry; use arrest powers; evidence the impact on victims.",
                           style="List Bullet")
    document.add_paragraph("Our approach covers four strands, each led by a detective superintendent, and we will report "
                           "on each of them in March.")
    document.add_heading("Part two: progress at March 2025", 1)
    document.add_paragraph("How to read the position lines: Achieved means the action is finished; Progressing means work "
                           "is under way; Embedded means the action is finished and is now business as usual.")
    document.add_heading("Investigation quality (Recommendation 18)", 2)
    for number, title, words, position in (
            ("18.1", "Capacity", "Six more officers trained as digital media advisers.", "Progressing"),
            ("18.2", "Supervision", "Reviews at day seven and day twenty-eight are part of the crime procedure.",
             "Embedded"),
            ("18.3", "Powers", "A briefing on arrest and search powers went to every response sergeant.", "Achieved"),
            ("18.4", "Impact", "Prompts for victim personal statements are on the file checklist.", "Achieved")):
        document.add_heading(f"{number} {title}", 3)
        document.add_paragraph(words)
        document.add_paragraph(f"Position: {position}")
    path = tmp_path / "cumbria-stalking-response.docx"
    document.save(path)
    _, updates, _ = read(path, normaliser)
    first = [u for u in updates if u.round_date == dt.date(2024, 11, 1)]
    assert [u.item_id for u in first] == ["18.1", "18.2", "18.3", "18.4"]
    assert all(u.granularity == "recommendation" and u.update_text.startswith("Our approach covers") for u in first)
    assert [(u.item_id, u.status) for u in updates if u.round_date == dt.date(2025, 3, 1)] == [
        ("18.1", "in_progress"), ("18.2", "bau"), ("18.3", "complete"), ("18.4", "complete")]
    assert not any("Position" in u.update_text or "Achieved" in u.update_text for u in updates)


def test_the_sixtyfourth_blind_set_reads_every_file_exactly():
    assert_blind_set_reads("shapes_sixtyfourth", [
        "dyfed-powys_police_stalking_action_plan_saved_page.html",
        "north-yorkshire_police_stalking_action_plan_tracker_sep2025.xlsx",
        "devon-and-cornwall_police_stalking_recommendation_tracker_mar2026.pdf",
        "lincolnshire_police_stalking_action_plan_v3_sep2025.docx",
        "suffolk_constabulary_stalking_tracker_export_apr2026.csv",
        "staffordshire_police_stalking_action_plan_export_sep2025.txt",
        "west-mercia_police_stalking_action_plan_progress_mar2026.pdf",
        "cumbria_constabulary_stalking_super_complaint_response_sep2025.docx",
        "durham_constabulary_stalking_action_plan_mar2026.xlsx",
        "gwent_police_stalking_action_plan_nov2024.md",
    ])


def test_the_sixtyfifth_blind_set_reads_every_file_exactly():
    assert_blind_set_reads("shapes_sixtyfifth", [
        "durham_constabulary_stalking_action_log_v3_sept2025.docx",
        "cumbria_constabulary_stalking_recommendation_register_mar2026.pdf",
        "lincolnshire_police_stalking_super_complaint_action_plan.html",
        "staffordshire_police_stalking_action_tracker_sep2025.xlsx",
        "west_mercia_police_stalking_action_plan_march2025.docx",
        "northamptonshire_police_stalking_action_plan_sept2025_refresh.docx",
        "essex_police_stalking_plan_tracker_mar2026.xlsx",
        "suffolk_constabulary_stalking_action_plan_mar2025.txt",
        "wiltshire_police_stalking_action_plan.html",
        "cleveland_police_stalking_action_plan_mar2025.pdf",
    ])
