"""Issue 19 part 2, table shapes: sub-items as columns, and an empty newest cell keeping the earlier words."""
from __future__ import annotations

import pytest

from etl.extract import extract
from tests.fixtures import write_csv, write_docx, write_html

# a table per recommendation turned sideways: the first row the sub-item numbers, then one row per field and round
SIDEWAYS = [
    ["Sub-recommendation", "12.1", "12.2", "12.4"],
    ["What is asked", "Consider the screening tool", "Clear risk procedures", "Screening high-risk cases"],
    ["Lead", "DCS Crime", "DCS Crime", "Head of Referral Unit"],
    ["Initial response (Nov 2024)", "The screening tool is being evaluated by the hub.",
     "Our risk policy is being rewritten.", "A daily screening meeting will be arranged."],
    ["Update March 2025", "The screening tool was adopted across every district in January.",
     "The rewritten risk policy went live in February.", ""],
    ["RAG", "Green", "Amber", "Red"],
]


def _by_item(updates):
    out: dict[str, list] = {}
    for update in sorted(updates, key=lambda u: u.round_order):
        out.setdefault(update.item_id, []).append(update)
    return out


def _write_sideways(fmt: str, tmp_path):
    head, rows = SIDEWAYS[0], SIDEWAYS[1:]
    if fmt == "html":
        return write_html(tmp_path / "kent.html", rows, head)
    return write_docx(tmp_path / "kent.docx", head, rows)


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_sub_items_as_columns_are_each_their_own_item(fmt, tmp_path, normaliser):
    path = _write_sideways(fmt, tmp_path)
    _, _, updates, issues = normaliser.normalise(extract(path), path.name)
    items = _by_item(updates)
    assert sorted(items) == ["12.1", "12.2", "12.4"]
    # each column's own words, never its siblings'
    assert [u.update_text for u in items["12.1"]] == ["The screening tool is being evaluated by the hub.",
                                                      "The screening tool was adopted across every district in January."]
    assert [u.round for u in items["12.2"]] == ["November 2024", "March 2025"]
    assert all("risk policy" in u.update_text for u in items["12.2"])
    # each column's own RAG, on its newest words
    assert [(u.status, u.status_raw) for u in items["12.1"]][-1] == ("complete", "Green")
    assert items["12.2"][-1].status == "in_progress"
    # 12.4's March cell is empty: no March round, and the RAG goes with the November words
    assert [(u.round, u.status) for u in items["12.4"]] == [("November 2024", "not_started")]


def test_an_empty_newest_cell_keeps_the_earlier_words_and_the_rows_status(tmp_path, normaliser):
    head = ["Rec No", "Sub-rec", "What we are doing", "March 2026 update", "Status"]
    rows = [["7", "7.1", "Crime recorders are being retrained.", "Retraining finished in February.", "Complete"],
            ["", "7.2", "Intelligence logs flag stalking meanwhile.", "", "In progress"]]
    path = write_csv(tmp_path / "kent.csv", head, rows)
    _, _, updates, _ = normaliser.normalise(extract(path), path.name)
    items = _by_item(updates)
    assert [(u.round, u.status) for u in items["7.1"]][-1] == ("March 2026", "complete")
    assert [(u.round, u.update_text, u.status) for u in items["7.2"]] == [
        ("Undated update", "Intelligence logs flag stalking meanwhile.", "in_progress")]


def test_a_sheet_per_round_dates_its_rounds_and_the_later_sheet_lists_only_what_moved(tmp_path, normaliser):
    import openpyxl

    book = openpyxl.Workbook()
    first = book.active
    first.title = "November 2024"
    for row in (["Ref", "Recommendation", "Planned action", "Status"],
                ["11.2", "Assurance work", "A quarterly file audit will be designed.", "Not started"],
                ["12.3", "Breach risk", "Breach risk is already in the policy.", "Complete"]):
        first.append(row)
    later = book.create_sheet("March 2025 update")
    later.append(["Kent Police: the items that moved since November"])
    later.append(["Ref", "Update", "Status"])
    later.append(["11.2", "The first quarterly audit ran in February.", "In progress"])
    path = tmp_path / "kent.xlsx"
    book.save(path)
    _, _, updates, issues = normaliser.normalise(extract(path), path.name)
    items = _by_item(updates)
    assert [(u.round, u.update_text, u.status) for u in items["11.2"]] == [
        ("November 2024", "A quarterly file audit will be designed.", "not_started"),
        ("March 2025", "The first quarterly audit ran in February.", "in_progress")]
    # not on the later sheet: its November words and status stand
    assert [(u.round, u.status) for u in items["12.3"]] == [("November 2024", "complete")]
    assert not [i for i in issues if i.code == "duplicate_item"]


def test_planned_action_is_the_words_of_its_round_beside_a_status_per_round(tmp_path, normaliser):
    head = ["Ref", "Sub-recommendation", "Planned action", "Status (Nov 2024)", "March 2025 update", "Status (March 2025)"]
    rows = [["7.1", "Use the classifications", "Crime recorders will be trained.", "In progress",
             "Training for all crime recorders finished in January.", "Complete"],
            ["12.2", "Risk procedures", "A single risk policy will be written.", "In progress", "", ""]]
    path = write_html(tmp_path / "kent.html", rows, head)
    _, _, updates, _ = normaliser.normalise(extract(path), path.name)
    items = _by_item(updates)
    assert [(u.update_text, u.status) for u in items["7.1"]] == [
        ("Crime recorders will be trained.", "in_progress"), ("Training for all crime recorders finished in January.", "complete")]
    assert [(u.update_text, u.status) for u in items["12.2"]] == [("A single risk policy will be written.", "in_progress")]


def test_a_doubtful_status_cell_is_still_the_status_cell_not_a_reason_to_shift_the_row(tmp_path, normaliser):
    head = ["Ref", "Recommendation", "Action (November 2024)", "Progress (March 2025)", "RAG"]
    rows = [["14.1", "Victim needs assessments are always completed.", "Assessments will become mandatory.",
             "The assessment field is mandatory from 1 March.", "Green (in progress)"]]
    path = write_html(tmp_path / "kent.html", rows, head)
    _, _, updates, issues = normaliser.normalise(extract(path), path.name)
    assert [u.update_text for u in sorted(updates, key=lambda u: u.round_order)] == [
        "Assessments will become mandatory.", "The assessment field is mandatory from 1 March."]
    latest = sorted(updates, key=lambda u: u.round_order)[-1]
    assert (latest.update_text, latest.status) == ("The assessment field is mandatory from 1 March.", "unknown")
    assert any(i.code == "doubtful_status" and "Green (in progress)" in i.message for i in issues)
