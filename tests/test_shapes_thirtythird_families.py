"""The families the thirty-third blind set (tests/fixtures/shapes_thirtythird, written by a colleague who read none of
the readers: exports from the tools forces track work in, and text copies of plans) found, each in our own words.
First run: 5 of 10 files read exactly, items 100 of 109, round texts 133 of 215, no false done. A BI tool writes an
empty value as '(Blank)'; a locale that writes a decimal comma writes '50,5%'; a tracker's 'Previous Update' and
'Lastest Update' (its own typo) are two rounds in that order, and its 'Action' column names the action."""
from __future__ import annotations

from tests.fixtures import assert_blind_set_reads, write_csv
from tests.fixtures import read_plan as read


def test_a_percentage_column_with_decimal_commas_beside_dated_rounds_is_no_round(tmp_path, normaliser):
    path = write_csv(tmp_path / "north-wales-police-stalking-plan.csv",
                     ["Rec No.", "Force Update 21.11.2024", "Force Update 24.03.2025", "Progress", "Status"], [
                         ["7.1", "Recorders were briefed on the included classification.",
                          "A re-check of 200 crimes found it used correctly in every case.", "100%", "Action Complete"],
                         ["10.1", "A needs analysis is being drafted.", "Analysis finished in January.", "100%",
                          "Action Complete"],
                         ["10.2", "The e-learning is mandated for response officers.", "Completion is at half.",
                          "50,5%", "In Progress"],
                         ["12.1", "Screening questions are being written.", "", "40%", "In Progress"]],
                     preamble=("North Wales Police stalking action plan",))
    _, updates, _ = read(path, normaliser)
    assert {u.round for u in updates} == {"November 2024", "March 2025"}  # 'Progress' is no undated third round
    latest = {u.item_id: u for u in updates}
    assert latest["10.2"].status == "in_progress" and latest["7.1"].status == "complete"


def test_blank_from_a_bi_tool_is_no_round(tmp_path, normaliser):
    path = write_csv(tmp_path / "gwent-police-stalking-export.csv",
                     ["Recommendation", "Item", "Round", "Round date", "Status", "Commentary"], [
                         ["Recommendation 11", "Rec 11.4", "R2 Mar-25", "25/03/2025 00:00:00", "In Progress",
                          "Audit findings will go to the criminal justice board in June."],
                         ["Recommendation 11", "Rec 11.4", "R1 Nov-24", "21/11/2024 00:00:00", "Not Started", "(Blank)"]],
                     preamble=())
    _, updates, _ = read(path, normaliser)
    assert [(u.item_id, u.round, u.status) for u in updates] == [("11.4", "March 2025", "in_progress")]


def test_previous_and_latest_update_columns_are_two_rounds_beside_the_actions_name(tmp_path, normaliser):
    path = write_csv(tmp_path / "city-of-london-police-stalking-tracker.csv",
                     ["Ref", "Action", "Owner", "Previous Update", "Lastest Update", "Status"], [
                         ["10.1", "Work out who needs stalking training", "L&D Manager",
                          "Training needs analysis under way with L&D.", "Analysis complete; 310 officers need the course.",
                          "Action complete"]],
                     preamble=("City of London Police - stalking tracker",))
    _, updates, _ = read(path, normaliser)
    assert [u.update_text[:20] for u in updates] == ["Training needs analy", "Analysis complete; 3"]
    assert updates[-1].status == "complete"


def test_the_thirtythird_blind_set_reads_with_no_false_done():
    assert_blind_set_reads("shapes_thirtythird", [
        "north_wales_police_stalking_action_plan_excel_semicolon.csv",
        "gwent_police_stalking_sc_powerbi_export.csv",
        "city_of_london_police_stalking_tracker_previous_latest.csv",
        "bedfordshire_police_stalking_sc_sharepoint_list_export.csv",
        "humberside_police_stalking_action_plan_windows1252.csv",
        "cleveland_police_stalking_tracker_unicode_text_export.txt"])
