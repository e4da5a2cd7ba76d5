"""Families the sixty-seventh blind set (a nineteenth realistic sample) found on its first run, each in our own words:
- a form's update cell holding every round newest first, each opened 'UPDATE March 2026 (BRAG: Blue):' with its own
  rating, the first one 'Original response, November 2024 (BRAG: Amber):' (and a typed 'UDPATE'): the ratings in
  brackets stopped the markers, so every round ran together as one undated round rated by the form's 'Status:';
- a fixed-width tracker export whose status column is headed 'ST'; a theme's title 'REC 14  VICTIMS' CODE AND ACCESS
  TO SUPPORT' whose words happen to fall in the columns; a row carried over a page break whose later rounds follow the
  repeated header (the blank line and the header's rule about the break parted them from their item);
- a markdown log whose entries read '- **31/03/26** (status: Complete): words': the status in brackets stayed in the
  words and was never read;
- 'will be updated when national guidance changes' beside a done is the upkeep after it, not a step still to take;
- a prompt 'so the task cannot be missed' is a rule in force, no negation.
First run (on the session's start, b209b3d): 8/10 files exact, texts 261/290, statuses 157 right of 170 given; eight
dones for rounds their file rates otherwise: six on the form's oldest words (its newest rating), two inferred from the
export's words where its 'ST' column was not read."""
from __future__ import annotations

import datetime as dt

from tests.fixtures import add_docx_form, assert_blind_set_reads
from tests.fixtures import read_plan as read


def _rounds(updates, item):
    return [(u.round_date, u.status, u.update_text[:24]) for u in updates if u.item_id == item]


def test_a_form_whose_update_cell_holds_rated_rounds_newest_first(tmp_path, normaliser):
    import docx

    document = docx.Document()
    document.add_paragraph("Leicestershire Police – stalking action plan, version 3")
    key = document.add_table(rows=0, cols=2)
    for colour, meaning in (("Colour", "Meaning"), ("Blue", "Complete and now business as usual"), ("Green", "Complete"),
                            ("Amber", "In progress"), ("Red", "Not started")):
        cells = key.add_row().cells
        cells[0].text, cells[1].text = colour, meaning
    add_docx_form(document, (
        ("Recommendation:", "13.1"),
        ("Evidence requirements of progress:", "Officers are trained in applying for orders."),
        ("Force update:", "UPDATE March 2026 (BRAG: Blue): Order applications are checked at every daily meeting.\n"
                          "UDPATE Sept 2025 (BRAG: Green): Every investigator has had the order input.\n"
                          "Original response, November 2024 (BRAG: Red): We will write an order input."),
        ("Date:", "Mar-26"),
        ("Status:", "Blue")))
    add_docx_form(document, (
        ("Recommendation:", "13.2"),
        ("Evidence requirements of progress:", "Support to apply for orders."),
        ("Force update:", "UPDATE March 2025 (RAG: Amber): A legal adviser is being recruited.\n"
                          "Original response, November 2024 (BRAG: Red): We will ask Legal Services for support."),
        ("Date:", "Mar-25"),
        ("Status:", "Amber")))
    path = tmp_path / "leicestershire-stalking-plan.docx"
    document.save(str(path))
    _, updates, _ = read(path, normaliser)
    assert _rounds(updates, "13.1") == [
        (dt.date(2024, 11, 1), "not_started", "We will write an order i"),
        (dt.date(2025, 9, 1), "complete", "Every investigator has h"),
        (dt.date(2026, 3, 1), "bau", "Order applications are c")]
    assert _rounds(updates, "13.2") == [
        (dt.date(2024, 11, 1), "not_started", "We will ask Legal Servic"),
        (dt.date(2025, 3, 1), "in_progress", "A legal adviser is being")]


def test_rated_update_markers_in_a_spreadsheet_cell(tmp_path, normaliser):
    from tests.fixtures import write_csv

    path = write_csv(tmp_path / "lancashire-stalking-plan.csv", ["Rec No.", "Recommendation owner", "Force update",
                                                                 "Current RAG"], [
        ["17.1", "Supt A Example", "Original response, November 2024 (RAG: Red): We will rewrite the allocation policy.\n"
                                   "UPDATE March 2025 (RAG: Green): The allocation policy now sends stalking to detectives.",
         "Green"],
        ["18.1", "DI B Example", "Original response, November 2024 (RAG: Red): We will test our capacity for stalking.\n"
                                 "UPDATE March 2025 (RAG: Amber): A workforce review has begun.", "Amber"]],
        preamble=("Lancashire Constabulary stalking action plan",
                  "Key: Green = complete; Amber = in progress; Red = not started"))
    _, updates, _ = read(path, normaliser)
    assert _rounds(updates, "17.1") == [(dt.date(2024, 11, 1), "not_started", "We will rewrite the allo"),
                                        (dt.date(2025, 3, 1), "complete", "The allocation policy no")]


_HEADER = ("REF    OWNER             DATE      UPDATE                                                    ST",
           "------ ----------------- --------- --------------------------------------------------------- ----")


def test_a_fixed_width_export_with_an_st_column_theme_titles_and_a_row_over_a_page_break(tmp_path, normaliser):
    lines = [
        "NORFOLK CONSTABULARY                          OFFICIAL                          Page 1 of 2",
        "Stalking action plan - tracker export",
        "",
        "STATUS KEY: C = Complete | IP = In progress | NS = Not started | BAU = Business as usual",
        "",
        *_HEADER,
        "",
        "REC 14  VICTIMS' CODE AND ACCESS TO SUPPORT",
        "14.3   DS P Shaw         22/11/24  We will publish details of support services on our       IP",
        "                                   website and intranet.",
        "                         31/03/25  A support page is now live on our website and a          C",
        "                                   matching page is on the intranet.",
        "",
        "REC 17  ALLOCATION OF CASES",
        "17.1   Supt K Lowe       22/11/24  We will update the allocation policy for stalking and     IP",
        "\fNORFOLK CONSTABULARY                          OFFICIAL                          Page 2 of 2",
        "Stalking action plan - tracker export",
        "",
        *_HEADER,
        "                                   breach cases.",
        "                         31/03/25  The allocation policy now sends stalking cases to         C",
        "                                   detective teams.",
        "                         30/09/25  An allocation audit found 9 in 10 cases placed            BAU",
        "                                   correctly.",
        "",
        "REC 22  DEDICATED ROLES",
        "22.1   DCI A Bashir      22/11/24  We will consider whether dedicated stalking roles would   NS",
        "                                   add value.",
        "                         31/03/26  Two stalking coordinators were appointed in January.      C",
    ]
    path = tmp_path / "norfolk-stalking-tracker.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    assert sorted({u.item_id for u in updates}, key=lambda i: tuple(map(int, i.split(".")))) == ["14.3", "17.1", "22.1"]
    assert _rounds(updates, "14.3") == [(dt.date(2024, 11, 1), "in_progress", "We will publish details "),
                                        (dt.date(2025, 3, 1), "complete", "A support page is now li")]
    assert _rounds(updates, "17.1") == [(dt.date(2024, 11, 1), "in_progress", "We will update the alloc"),
                                        (dt.date(2025, 3, 1), "complete", "The allocation policy no"),
                                        (dt.date(2025, 9, 1), "bau", "An allocation audit foun")]
    assert [u.update_text for u in updates if u.item_id == "17.1"][0].endswith("breach cases.")
    assert _rounds(updates, "22.1")[-1] == (dt.date(2026, 3, 1), "complete", "Two stalking coordinator")


def test_a_markdown_log_whose_entries_give_their_status_in_brackets(tmp_path, normaliser):
    path = tmp_path / "thames-valley-stalking-plan.md"
    path.write_text("\n".join([
        "# Thames Valley Police – stalking action plan progress",
        "",
        "## About this plan",
        "",
        "Each entry gives its date and its status; the newest entry is at the top.",
        "",
        "## Recommendation 20 - Online stalking",
        "",
        "**20.3 - Evidence requirements of progress/completion:** Online safety advice is available to officers.",
        "",
        "- **31/03/26** (status: Complete): The advice sheet will be updated when national guidance changes.",
        "- **30/09/25** (status: In progress): The advice sheet is on the intranet; the app version is being built.",
        "- **November 2024** (status: Not started): We will publish online safety advice for officers.",
        "",
        "**20.4 - Evidence requirements of progress/completion:** Digital evidence is gathered in every case.",
        "",
        "- **31/03/25** (status: Complete): A prompt in the crime record means the step cannot be missed.",
        "- **22/11/24** (status: In progress): A prompt is being added to the crime record."]), encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    assert _rounds(updates, "20.3") == [(dt.date(2024, 11, 1), "not_started", "We will publish online s"),
                                        (dt.date(2025, 9, 1), "in_progress", "The advice sheet is on t"),
                                        (dt.date(2026, 3, 1), "complete", "The advice sheet will be")]
    assert _rounds(updates, "20.4") == [(dt.date(2024, 11, 1), "in_progress", "A prompt is being added "),
                                        (dt.date(2025, 3, 1), "complete", "A prompt in the crime re")]
    assert not any("status:" in u.update_text.lower() for u in updates)


def test_the_sixtyseventh_blind_set_reads_every_file_exactly():
    assert_blind_set_reads("shapes_sixtyseventh", [
        "northamptonshire_police_stalking_action_plan_v4_mar2026.docx",
        "gwent_police_cynllun_gweithredu_stelcio_stalking_action_plan_sep2025.docx",
        "west_midlands_police_stalking_action_plan_tracker_sep2025.xlsx",
        "essex_police_stalking_super_complaint_action_plan_updates_mar2026.xlsx",
        "devon_and_cornwall_police_stalking_super_complaint_response_sep2025.pdf",
        "norfolk_constabulary_stalking_action_plan_mar2026.pdf",
        "cleveland_police_response_to_stalking_our_action_plan.html",
        "south_yorkshire_police_stalking_action_plan_export_mar2026.txt",
        "thames_valley_police_stalking_action_plan_progress_mar2026.md",
        "wiltshire_police_stalking_action_plan_log_export_mar2026.csv"])
