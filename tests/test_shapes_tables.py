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
