"""Families found while reading the sixteenth blind set further (tests/fixtures/shapes_sixteenth), each in our own
words: a sheet that stacks several sideways tables, one per recommendation; a round that only points to other items
('See 10.5a and 10.5b.'); a stop-gap withdrawn because the real change arrived; a recommendation's title merged
across a table's row."""
from __future__ import annotations

from tests.fixtures import write_docx
from tests.fixtures import read_plan as read


def test_a_sheet_of_sideways_blocks_reads_each_column_as_its_own_item(tmp_path, normaliser):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Plan"
    rows = [["Cheshire Constabulary – stalking plan (published)"], ["Read each block down a column."], [],
            ["Recommendation 13", "Orders are considered in every case"],
            ["Sub-rec", "13.1", "13.2"],
            ["What is asked", "Guidance on orders", "A point of contact"],
            ["Owner", "DCI Rowe", "DI Banks"],
            ["Nov 2024", "Guidance on orders will be rewritten.", "An orders adviser will be named."],
            ["Mar 2025", "", "The adviser post was filled in February."],
            ["Sep 2025", "The rewritten guidance went out in August.", ""],
            ["RAG", "Complete", "Amber"],
            [],
            ["Recommendation 25", "Multi-agency working"],
            ["Sub-rec", "25.2"],
            ["What is asked", "Working across borders"],
            ["Owner", "Supt Hale"],
            ["Nov 2024", "We will ask neighbouring forces about a joint panel."],
            ["Mar 2025", ""],
            ["Sep 2025", "The panel is being set up with two neighbours."],
            ["RAG", "In progress"]]
    for row in rows:
        sheet.append(row)
    sheet.merge_cells("B4:C4")
    path = tmp_path / "cheshire-stalking-plan.xlsx"
    book.save(str(path))
    _, updates, issues = read(path, normaliser)
    texts = {(u.item_id, u.round): u.update_text for u in updates}
    assert texts == {
        ("13.1", "November 2024"): "Guidance on orders will be rewritten.",
        ("13.1", "September 2025"): "The rewritten guidance went out in August.",
        ("13.2", "November 2024"): "An orders adviser will be named.",
        ("13.2", "March 2025"): "The adviser post was filled in February.",
        ("25.2", "November 2024"): "We will ask neighbouring forces about a joint panel.",
        ("25.2", "September 2025"): "The panel is being set up with two neighbours."}
    latest = {u.item_id: u.status for u in updates if u.status != "unknown"}
    assert latest == {"13.1": "complete", "13.2": "in_progress", "25.2": "in_progress"}
    assert "duplicate_item" not in {i.code for i in issues}


def test_a_round_that_only_points_to_other_items_is_no_round(tmp_path, normaliser):
    # the parent keeps its first words; its split sub-actions ('10.5a', '10.5b') carry the later rounds
    path = write_docx(tmp_path / "lancashire-police-plan.docx",
                      ["Ref", "Action", "Nov 2024", "Mar 2025", "Sep 2025", "% complete"], [
                          ["10.5", "Who is trained", "A needs analysis will name the roles.",
                           "From March 2025 this action is reported as 10.5a and 10.5b.", "See 10.5a and 10.5b.", ""],
                          ["10.5a", "Control room", "", "Control room staff have begun the input.",
                           "Every control room supervisor has attended.", "100%"],
                          ["10.5b", "Investigators", "", "", "Detective sergeants are attending a day's course.", "40%"]],
                      paragraphs=("Lancashire Constabulary stalking plan",))
    _, updates, issues = read(path, normaliser)
    texts = {u.round: u.update_text for u in updates if u.item_id == "10.5"}
    assert texts == {"November 2024": "A needs analysis will name the roles.",
                     "March 2025": "Control room staff have begun the input.",
                     "September 2025": "Every control room supervisor has attended."}
    # both parts speak in September, one at 100% and one at 40%: the first row's 'complete' is not the item's
    assert [u.status for u in updates if u.round == "September 2025"] == ["unknown"]
    assert any(i.code == "doubtful_status" and "two rows" in i.message for i in issues)


def test_pointers_say_nothing_but_words_beside_them_do():
    from etl.normalise.text import says_something

    for pointer in ["See 12.3 above.", "Now reported as 12.4a and 12.4b below.", "Merged with 12.3",
                    "Refer to recommendation 12.1", "From March 2025 this action is reported as 10.5a and 10.5b."]:
        assert not says_something(pointer), pointer
    for words in ["See 12.3 above; the desk opened in May.", "See update", "Reported as complete to the board."]:
        assert says_something(words), words


def test_a_stop_gap_withdrawn_because_the_change_arrived_undoes_nothing():
    from etl.normalise.infer import evidence

    assert evidence("The permanent field is live and the interim marker has been withdrawn.").done
    assert not evidence("The field went live in May but has been withdrawn after faults.").done
    assert evidence("The field went live in May but has been withdrawn after faults.").reversed


def test_a_recommendations_title_merged_across_a_row_is_no_unparsed_row(tmp_path, normaliser):
    title = "Recommendation 11: By 27 March 2025, make sure the scale of stalking is understood"
    path = write_docx(tmp_path / "essex-police-plan.docx", ["Ref", "Action", "Mar 2025", "Status"], [
        [title, title, title, title],
        ["11.1", "Problem profile", "The profile was published in February.", "Complete"]],
        paragraphs=("Essex Police stalking plan",))
    _, updates, issues = read(path, normaliser)
    assert [(u.item_id, u.status) for u in updates] == [("11.1", "complete")]
    assert "unparsed_row" not in {i.code for i in issues}


def test_a_table_of_whole_recommendations_goes_on_after_a_page_break_without_its_header(tmp_path, normaliser):
    # the second page's rows open with bare recommendation numbers ('14', '16'), not sub-item numbers
    import docx

    from tests.fixtures import add_docx_table

    document = docx.Document()
    document.add_paragraph("Lincolnshire Police response to stalking")
    head = ["No.", "Recommendation", "Response (November 2024)", "Update (March 2025)", "Position"]
    add_docx_table(document, head, [["7", "Crime recording", "We accept this.", "Bureau staff were retrained.",
                                     "Ongoing"]])
    second = document.add_table(rows=0, cols=len(head))
    for row in [["14", "Victims' Code", "We comply in part.", "A checklist is being written.", "Ongoing"],
                ["16", "Commissioning", "We will work with the commissioner.", "Talks began in January.", "Ongoing"]]:
        for cell, text in zip(second.add_row().cells, row):
            cell.text = text
    path = tmp_path / "lincolnshire-police-plan.docx"
    document.save(str(path))
    _, updates, _ = read(path, normaliser)
    assert {u.item_id for u in updates if u.round == "March 2025"} == {"7.1", "7.2", "14.1", "14.2", "14.3", "14.4",
                                                                      "14.5", "16.1"}
