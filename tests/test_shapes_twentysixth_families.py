"""The families the twenty-sixth blind set (tests/fixtures/shapes_twentysixth, written by a colleague who read none of
the readers: the plan inside a bigger document, beside a panel's own recommendations, report paragraphs numbered 7.1,
PEEL areas for improvement, a VAWG tracker and a board's action log) found, each in our own words. First run: 5 of 8
files read exactly, items 117 of 117 with 5 invented, round texts 259 of 264, 3 false done: a panel report's 'Current
position (July 2025)' column of status words was read as a round of its own, so the March words' first steps stood as
the position; a board's action log numbered 7.1, 10.3, 12.1 gave items of the plan."""
from __future__ import annotations

from tests.fixtures import add_docx_table, assert_blind_set_reads
from tests.fixtures import read_plan as read


def test_a_dated_position_column_of_status_words_is_the_status_not_a_round(tmp_path, normaliser):
    import docx

    document = docx.Document()
    document.add_paragraph("Cheshire Police and Crime Panel - Agenda item 9 - Appendix A: stalking action plan")
    add_docx_table(document, ["No.", "Recommendation", "Initial response November 2024", "Progress update March 2025",
                              "Current position (July 2025)"], [
        ["7.1", "Included classifications are used", "We will remind recorders.",
         "Recording guidance was reissued to all staff in January 2025.", "Ongoing"],
        ["23.1", "Crimes are screened early", "We will screen harassment crimes.",
         "A stalking prompt has been added to the screening checklist.", "Not complete - evaluation due October 2025"],
        ["27.1", "Write to the inspectorate", "The Chief Constable wrote on 19 November 2024.", "", "Complete"]])
    path = tmp_path / "cheshire-police-stalking-plan.docx"
    document.save(str(path))
    _, updates, _ = read(path, normaliser)
    rounds = {(u.item_id, u.round): u.status for u in updates}
    # no July 2025 round: the position is the status of each item's newest words
    assert set(rounds) == {("7.1", "November 2024"), ("7.1", "March 2025"), ("23.1", "November 2024"),
                           ("23.1", "March 2025"), ("27.1", "November 2024")}
    assert (rounds[("7.1", "March 2025")], rounds[("23.1", "March 2025")], rounds[("27.1", "November 2024")]) == (
        "in_progress", "in_progress", "complete")


def test_a_boards_own_action_log_is_not_the_plan(tmp_path, normaliser):
    import docx

    document = docx.Document()
    document.add_paragraph("Northamptonshire Police - Public Protection Board minutes, 14 May 2025")
    add_docx_table(document, ["Action No.", "Action", "Owner", "Due", "Status"], [
        ["10.3", "Circulate the revised missing persons risk matrix to all inspectors.", "Head of PP", "Apr-25",
         "Complete"],
        ["12.1", "Confirm funding for two additional MASH researchers.", "Head of Crime", "Jun-25", "Open"],
        ["12.2", "Share the Operation Encompass evaluation with the partnership.", "Partnerships", "Mar-25",
         "Complete"]])
    document.add_paragraph("Annex B: stalking super-complaint action plan")
    add_docx_table(document, ["Rec No.", "Evidence requirements", "Force update", "Status"], [
        ["11.1", "A problem profile of stalking", "The stalking problem profile was published in March 2025.",
         "Complete"]])
    path = tmp_path / "northamptonshire-board-minutes.docx"
    document.save(str(path))
    _, updates, issues = read(path, normaliser)
    assert [u.item_id for u in updates] == ["11.1"]
    assert any(i.code == "other_numbering" for i in issues)


def test_the_twentysixth_blind_set_reads_with_no_false_done():
    assert_blind_set_reads("shapes_twentysixth", [
        "cheshire_pcp_agenda_item_9_stalking_super_complaint_jul2025.pdf",
        "derbyshire_public_protection_annual_report_2024_25.docx",
        "leicestershire_inspections_reviews_super_complaints_progress.html",
        "lincolnshire_public_protection_trackers_sep2025.xlsx",
        "thames_valley_pcc_accountability_meeting_stalking_report_sep2025.pdf"])
