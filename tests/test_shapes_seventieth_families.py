"""Families the seventieth blind set (a twenty-second realistic sample) found on its first run, each in our own words:
- a sideways table (sub-items as columns) broken across a page mid-cell: the next page repeats the numbers' row and
  goes on with a row whose label cell is blank; that row was dropped, so the round's words stopped at the page's foot;
- a plan whose rounds are paragraphs in one column, each ending 'Status: <colour>', the next opening 'Update – Spring
  2025:': the lines ran together, so the marker stood after 'Status: Amber' and opened no round (the season's round
  stays undated, in its place);
- a newest-first log whose entry is dated 'Spring 2025 |': no date, so the entry was lost; in a log's own date field a
  season is placed at its first month, so the log can be put in time order;
- a Welsh and English item cell '11.2 a/and 11.3': the Welsh 'a' kept the second number from being read.
First run (on the session's first commit, 3c9ca56, before any file was looked at): 6/10 files exact, texts 240/256,
statuses 141 right of 141 given (none a done for a round its file does not give as done)."""
from __future__ import annotations

import datetime as dt

from etl.model import RawTable
from etl.normalise.items import parse_item_cell
from etl.normalise.rounds import split_rounds
from etl.normalise.table import transpose_sideways
from tests.fixtures import assert_blind_set_reads
from tests.fixtures import read_plan as read


def test_a_sideways_table_broken_across_a_page_keeps_each_cell_whole(reference):
    rows = [["Sub-recommendation", "10.1", "10.2"],
            ["Lead", "Head of Learning", "Head of Learning"],
            ["Update September 2025", "Revised inputs were signed off by", "Completion is 91% and is"],
            ["Sub-recommendation", "10.1", "10.2"],  # the numbers' row again on the next page
            ["", "the Training Board in July.", "tracked monthly by line managers."],
            ["RAG (September 2025)", "G", "B"]]
    table = transpose_sideways(RawTable("page 1 table 2", rows, list(range(1, 7))), reference)
    assert table is not None
    head, *records = table.rows
    update = head.index("Update September 2025")
    assert [r[0] for r in records] == ["10.1", "10.2"]
    assert " ".join(records[0][update].split()) == "Revised inputs were signed off by the Training Board in July."
    assert " ".join(records[1][update].split()) == "Completion is 91% and is tracked monthly by line managers."
    assert [r[head.index("RAG (September 2025)")] for r in records] == ["G", "B"]
    assert "" not in head  # the blank-labelled row is no field of its own


def test_a_status_line_run_into_the_next_rounds_marker_even_one_named_by_a_season():
    segments = split_rounds("November 2024: A weekly report will be run. Status: Amber Update – Spring 2025: The report "
                            "has run since January. Status: Green Update – March 2026: It is now part of the monthly "
                            "pack. Status: Blue")
    # (a season names no month: its round keeps its place between the dated ones, undated)
    assert [s.date for s in segments] == [dt.date(2024, 11, 1), None, dt.date(2026, 3, 1)]
    assert segments[1].text.startswith("The report has run since January.")
    # a season alone on a line still opens no round
    assert len(split_rounds("The report has run.\n\nSpring 2025\nMore words follow here.")) == 1


def test_a_newest_first_log_entry_dated_by_a_season(tmp_path, normaliser):
    path = tmp_path / "Stalking action plan _ Cumbria Constabulary.html"
    path.write_text("""<html><body><main><h1>Our stalking action plan</h1>
<h2>Recommendation 11</h2>
<h3>11.3 Feedback from stalking victims</h3>
<ul class="log">
<li><p><span>Spring 2025</span> | Status: <span>On track</span></p><p>A feedback survey is now sent to victims by text.</p></li>
<li><p><span>21/11/2024</span> | Status: <span>Not started</span></p><p>We plan to ask stalking victims for feedback.</p></li>
</ul></main></body></html>""", encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    assert [(u.round_date, u.status, u.update_text[:20]) for u in updates if u.item_id == "11.3"] == [
        (dt.date(2024, 11, 1), "not_started", "We plan to ask stalk"),
        (dt.date(2025, 3, 1), "in_progress", "A feedback survey is")]


def test_welsh_and_english_joining_words_between_two_item_numbers(tmp_path, normaliser):
    assert parse_item_cell("11.2 a/and 11.3")[0] == ["11.2", "11.3"]
    assert parse_item_cell("14.2 ac 14.3 Cymorth")[0] == ["14.2", "14.3"]
    assert parse_item_cell("10.2 a lot of training")[0] == ["10.2"]
    path = tmp_path / "dyfed-powys-stalking-plan.csv"
    path.write_text("Rec,Update (Nov 2024)\n11.2 a/and 11.3,Quarterly audits start in January.\n", encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    assert sorted(u.item_id for u in updates) == ["11.2", "11.3"]


def test_the_seventieth_blind_set_reads_every_file_exactly():
    assert_blind_set_reads("shapes_seventieth", [
        "north_wales_police_stalking_action_plan_cynllun_gweithredu_stelcian_mar2026.docx",
        "Derbyshire_Constabulary_Stalking_Action_Plan_Tracker_v3_MAR26.xlsx",
        "sussex-police-stalking-super-complaint-action-plan-progress-update-september-2025.pdf",
        "Stalking super-complaint_ our action plan _ Northumbria Police.html",
        "gmp_stalking_action_plan_tracker_export_2026-03-02.csv",
        "West_Mercia_Police_-_Stalking_Action_Plan_-_v1.2_Update_March_2026_OFFICIAL.docx",
        "Stalking_Action_Tracker_-_Lancashire_Constabulary_-_Sept2025.xlsx",
        "Bedfordshire_Police_Stalking_Action_Plan_Nov2024_with_March_2026_update.pdf",
        "dorset_police_stalking_action_plan_update_march2025.txt",
        "hertfordshire-constabulary-stalking-super-complaint-action-plan.md"])
