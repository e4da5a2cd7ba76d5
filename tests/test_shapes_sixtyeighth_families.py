"""Families the sixty-eighth blind set (a twentieth realistic sample) found on its first run, each in our own words:
- a fixed-width tracker export whose date column is headed 'Updated', each item's entries newest first on lines of
  their own with their own RAG word: the column was not known as the round's date, so every entry ran into the first;
- a narrative log whose entries open 'Update 12/03/2026 — Status: Complete' on a line of their own, words below:
  the word 'Update' before the date hid the entry, so the whole log read as one undated round;
- a PDF whose every page opens with a 'Recommendation N' heading under its running header: read as a running header
  itself (its number aside, it recurs), so the heading was dropped and the next recommendation's ask joined the
  last answer of the page before;
- '25.1, 25.2 and 25.3 – Evidence requirements ...' over one log: every sub-item named, joined by 'and', is the
  whole recommendation's answer;
- 'Recommendation received' over a list of the recommendation's own words and each sub-item's in the page's own
  words, then the answer: the list names them all, so the answer is the whole recommendation's, however few of the
  lines match the report's wording.
First run (on the session's first commit, 57dc4be, before any file was looked at): 7/10 files exact, texts 197/240,
statuses 96 right of 98 given (none a done for a round its file does not give as done)."""
from __future__ import annotations

import datetime as dt

from tests.fixtures import assert_blind_set_reads
from tests.fixtures import read_plan as read


def _rounds(updates, item):
    return [(u.round_date, u.granularity, u.status, u.update_text[:24]) for u in updates if u.item_id == item]


def test_a_fixed_width_export_dated_by_an_updated_column_newest_first(tmp_path, normaliser):
    lines = [
        "Stalking action plan tracker - export for publication",
        "Entries for each action are shown newest first.",
        "",
        "CLEVELAND POLICE - STALKING ACTION PLAN TRACKER                                           OFFICIAL",
        "Ref    Updated      Progress (latest entry first)                                     RAG",
        "-" * 100,
        "10.2   18/03/2026   Every response officer has now completed the stalking e-learning.  Complete",
        "       26/09/2025   Completion of the e-learning stands at 71% of response officers.   On track",
        "       22/11/2024   The College e-learning will be made mandatory for response         Not started",
        "                    officers.",
        "",
        "13.1   27/03/2025   An SPO checklist now sits in every stalking investigation plan.    Complete",
        "       22/11/2024   We will add an SPO prompt to the investigation plan template.      On track",
        "",
        "17.1   26/09/2025   The allocation policy now routes stalking crimes to detectives     Closed - business",
        "                    unless a supervisor records why not.                               as usual",
        "       22/11/2024   Stalking allocation will be written into the allocation policy.    On track",
    ]
    path = tmp_path / "cleveland-stalking-tracker.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    assert _rounds(updates, "10.2") == [
        (dt.date(2024, 11, 1), "item", "not_started", "The College e-learning w"),
        (dt.date(2025, 9, 1), "item", "in_progress", "Completion of the e-lear"),
        (dt.date(2026, 3, 1), "item", "complete", "Every response officer h")]
    assert [u.status for u in updates if u.item_id == "17.1"] == ["in_progress", "bau"]
    assert [u.round_date for u in updates if u.item_id == "13.1"] == [dt.date(2024, 11, 1), dt.date(2025, 3, 1)]


def _log_pdf(path) -> None:
    """A portrait PDF log: a running header on every page, each page opening with a 'Recommendation N' heading, and per
    item a 'Progress log (latest first)' of 'Update dd/mm/yyyy — Status: X' lines with words below."""
    from fpdf import FPDF

    font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", font)
    pdf.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(False)
    pages = [
        ("Recommendation 13", "By 27 March 2025, make better use of stalking protection orders.", [
            ("13.1 – Evidence requirements of progress/completion: Training and guidance on orders.", [
                ("Update 12/03/2026 — Status: Complete", "Every investigator has had the order input."),
                ("Update 30/09/2025 — Status: On track", "Half of the investigators have had the order input."),
                ("Update 21/11/2024 — Status: Not started", "An order input will be written with Legal Services.")]),
            ("13.2 – Evidence requirements of progress/completion: Support to apply for orders.", [
                ("Update 21/11/2024 — Status: Complete", "A legal adviser already reviews every draft application.")])]),
        ("Recommendation 18", "By 27 March 2025, improve the quality of stalking investigations.", [
            ("18.1, 18.2, 18.3 and 18.4 – Evidence requirements of progress/completion: the whole recommendation.", [
                ("Update 30/09/2025 — Status: On track", "Investigation plans for stalking are being dip-sampled."),
                ("Update 21/11/2024 — Status: Not started", "A stalking investigation checklist will be written.")])])]
    for heading, ask, items in pages:
        pdf.add_page()
        pdf.set_font("DejaVu", "", 8)
        pdf.set_xy(15, 8)
        pdf.cell(0, 5, "OFFICIAL – Durham Constabulary stalking action plan – progress log")
        pdf.set_font("DejaVu", "B", 13)
        pdf.set_xy(15, 16)
        pdf.cell(0, 7, heading)
        pdf.set_font("DejaVu", "", 10)
        y = 28
        pdf.set_xy(15, y)
        pdf.cell(0, 5, ask)
        y += 10
        for label, entries in items:
            pdf.set_font("DejaVu", "B", 10)
            pdf.set_xy(15, y)
            pdf.cell(0, 5, label)
            y += 7
            pdf.set_font("DejaVu", "", 10)
            pdf.set_xy(15, y)
            pdf.cell(0, 5, "Progress log (latest first)")
            y += 7
            for head, words in entries:
                pdf.set_font("DejaVu", "B", 10)
                pdf.set_xy(15, y)
                pdf.cell(0, 5, head)
                y += 6
                pdf.set_font("DejaVu", "", 10)
                pdf.set_xy(15, y)
                pdf.cell(0, 5, words)
                y += 8
        pdf.set_font("DejaVu", "", 8)
        pdf.set_xy(15, 285)
        pdf.cell(0, 5, f"Page {pdf.page_no()}")
    pdf.output(str(path))


def test_a_pdf_log_of_update_lines_with_their_status_under_page_top_recommendation_headings(tmp_path, normaliser):
    path = tmp_path / "durham-stalking-progress-log.pdf"
    _log_pdf(path)
    _, updates, _ = read(path, normaliser)
    assert _rounds(updates, "13.1") == [
        (dt.date(2024, 11, 1), "item", "not_started", "An order input will be w"),
        (dt.date(2025, 9, 1), "item", "in_progress", "Half of the investigator"),
        (dt.date(2026, 3, 1), "item", "complete", "Every investigator has h")]
    # the last answer of a page keeps its own words: the next page's recommendation heading ends it
    assert [u.update_text for u in updates if u.item_id == "13.2"] == [
        "A legal adviser already reviews every draft application."]
    for item in ("18.1", "18.2", "18.3", "18.4"):
        assert _rounds(updates, item) == [
            (dt.date(2024, 11, 1), "recommendation", "not_started", "A stalking investigation"),
            (dt.date(2025, 9, 1), "recommendation", "in_progress", "Investigation plans for ")], item


def test_a_theme_section_whose_ask_lists_the_recommendation_and_every_sub_item_in_its_own_words(tmp_path, normaliser):
    path = tmp_path / "northumbria-stalking-plan.html"
    path.write_text("""<html><head><title>Police response to stalking: our action plan | Northumbria Police</title></head>
<body><h1>Police response to stalking: our action plan</h1>
<h2>Crime recording (recommendation 7)</h2>
<h3>Recommendation received</h3>
<ol><li>Change crime recording systems where needed so that stalking can be recorded and searched for when it is not the
principal crime.</li>
<li>Put processes in place so officers and staff make proper use of the included classification capability.</li>
<li>While any system changes are awaited, use other measures, such as intelligence reports, so that stalking stays
searchable.</li></ol>
<h3>Our current process</h3>
<p>Northumbria records stalking as an additional crime type whenever another offence is the main crime.</p>
<h3>Update – March 2025</h3>
<p>The monthly crime audit now reports how often the additional crime type is used.</p>
<p>Current status: Complete</p>
</body></html>""", encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    for item in ("7.1", "7.2"):
        assert [(u.granularity, u.status, u.update_text[:24]) for u in updates if u.item_id == item] == [
            ("recommendation", "unknown", "Northumbria records stal"),
            ("recommendation", "complete", "The monthly crime audit ")], item


def test_the_sixtyeighth_blind_set_reads_every_file_exactly():
    assert_blind_set_reads("shapes_sixtyeighth", [
        "dorset_police_stalking_action_plan_v3_sep2025.docx",
        "north-wales-police-cynllun-gweithredu-stelcio-stalking-action-plan-mar2026.docx",
        "lancashire-constabulary-stalking-action-tracker-sep2025.xlsx",
        "Sussex_Police_Stalking_Super_Complaint_Action_Plan_March_2026.xlsx",
        "Stalking_Action_Plan_v4_PUBLISHED.pdf",
        "GMP-stalking-action-plan-progress-log-March-2026.pdf",
        "Super-complaint-about-the-police-response-to-stalking-_-Bedfordshire-Police.html",
        "nyp_stalking_action_plan_tracker_export_mar2026.txt",
        "west-mercia-police-stalking-action-plan-sep2025.csv",
        "Police-response-to-stalking-our-action-plan-Northumbria-Police.html"])
