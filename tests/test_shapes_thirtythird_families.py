"""The families the thirty-third blind set (tests/fixtures/shapes_thirtythird, written by a colleague who read none of
the readers: exports from the tools forces track work in, and text copies of plans) found, each in our own words.
First run: 5 of 10 files read exactly, items 100 of 109, round texts 133 of 215, no false done. A BI tool writes an
empty value as '(Blank)'; a locale that writes a decimal comma writes '50,5%'; a tracker's 'Previous Update' and
'Lastest Update' (its own typo) are two rounds in that order, and its 'Action' column names the action."""
from __future__ import annotations

from tests.fixtures import assert_blind_set_reads, write_csv, write_docx
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


_ONE_ROW_A_RECOMMENDATION = (["Rec", "What the report asks", "Lead", "Nov 2024 update", "Mar 2025 update", "Status"], [
    ["12", "Make sure SPOs are considered in every stalking case.", "Head of Public Protection",
     "12.1 - Legal have drafted an SPO checklist. 12.2: A tactical adviser rota is being set up.",
     "(12.1) The checklist went live on 3 February. (12.2) The rota starts in May, once two advisers are trained. "
     "12.9: An extra action of our own, not the report's.",
     "12.1 Complete, 12.2 In progress"],
    ["13", "Monitor and enforce orders.", "Supt Safeguarding",
     "13.1: Expressions of interest were sought for order champions.\n13.2: Breach checks are made every week.",
     "13.1: Twenty order champions are in post, as 13.2 proposed.", "Complete"]])


def _one_row_a_recommendation(updates):
    return {(u.item_id, u.round): (u.update_text, u.status) for u in updates}


def test_sub_items_labelled_inside_one_row_for_their_recommendation_are_each_read(tmp_path, normaliser):
    head, rows = _ONE_ROW_A_RECOMMENDATION
    path = write_csv(tmp_path / "merseyside-police-stalking-plan.csv", head, rows,
                     preamble=("Merseyside Police stalking action plan",))
    _, updates, issues = read(path, normaliser)
    read_ = _one_row_a_recommendation(updates)
    assert read_[("12.1", "November 2024")] == ("Legal have drafted an SPO checklist.", "unknown")
    assert read_[("12.1", "March 2025")] == ("The checklist went live on 3 February.", "complete")
    assert read_[("12.2", "March 2025")][1] == "in_progress"
    # a sub-item answered only in the first round takes the row's one status there, its latest words
    assert read_[("13.2", "November 2024")] == ("Breach checks are made every week.", "complete")
    # '13.2 proposed' inside a sentence is words, not a label
    assert read_[("13.1", "March 2025")] == ("Twenty order champions are in post, as 13.2 proposed.", "complete")
    assert not any(u.item_id == "12.9" for u in updates)
    assert any(i.code == "unknown_item" and "12.9" in i.message for i in issues)


def test_sub_items_labelled_inside_a_word_row_are_each_read(tmp_path, normaliser):
    head, rows = _ONE_ROW_A_RECOMMENDATION
    path = write_docx(tmp_path / "merseyside-police-stalking-plan.docx", head, rows,
                      paragraphs=("Merseyside Police stalking action plan",))
    _, updates, _ = read(path, normaliser)
    read_ = _one_row_a_recommendation(updates)
    assert read_[("12.2", "November 2024")][0] == "A tactical adviser rota is being set up."
    assert read_[("12.1", "March 2025")][1] == "complete" and read_[("13.1", "March 2025")][1] == "complete"


def test_the_thirtythird_blind_set_reads_with_no_false_done():
    assert_blind_set_reads("shapes_thirtythird", [
        "north_wales_police_stalking_action_plan_excel_semicolon.csv",
        "gwent_police_stalking_sc_powerbi_export.csv",
        "city_of_london_police_stalking_tracker_previous_latest.csv",
        "bedfordshire_police_stalking_sc_sharepoint_list_export.csv",
        "humberside_police_stalking_action_plan_windows1252.csv",
        "cleveland_police_stalking_tracker_unicode_text_export.txt",
        "dorset_police_stalking_plan_by_recommendation.csv"])
