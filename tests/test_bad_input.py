"""Bad input is reported with its name and reason, and never stops the other plans loading."""
from __future__ import annotations

import os

import duckdb
import pytest

from etl.build import run_build
from tests.fixtures import SIMPLE_HEAD, SIMPLE_ROWS, TEMPLATE_LINES, write_csv, write_template_text


@pytest.fixture(scope="module")
def messy_build(tmp_path_factory):
    raw = tmp_path_factory.mktemp("raw")
    warehouse = tmp_path_factory.mktemp("wh")
    write_template_text(raw / "kent.txt")  # good
    write_csv(raw / "essex.csv", SIMPLE_HEAD, SIMPLE_ROWS, preamble=("Essex Police",))  # good
    (raw / "surrey.docx").write_bytes(b"")  # empty
    (raw / "sussex.xlsx").write_bytes(b"PK\x03\x04 this is not really a zip")  # corrupt
    (raw / "dorset.html").write_text("<html><table><tr><th>Cookie</th><th>Purpose</th></tr></table></html>")  # no plan
    (raw / "norfolk.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))  # not a plan format
    write_template_text(raw / "stalking-plan.txt", [line for line in TEMPLATE_LINES if not line.startswith("Force:")])
    # a second file for Essex with the same (undated) round: a warning, the newer file wins
    write_csv(raw / "essex-copy.csv", SIMPLE_HEAD, SIMPLE_ROWS[:2], preamble=("Essex Police",))
    os.utime(raw / "essex.csv", (1_700_000_000, 1_700_000_000))
    os.utime(raw / "essex-copy.csv", (1_700_000_100, 1_700_000_100))
    # items outside the reference, listed twice, and a whole-recommendation row
    write_csv(raw / "cheshire.csv", SIMPLE_HEAD,
              [["9", "9.9", "A", "x", "Complete"], ["", "7.1", "A", "x", "Complete"], ["", "7.1", "B", "y", "Red"],
               ["10", "", "C", "All of it", "Complete"]], preamble=("Cheshire Constabulary",))
    report = run_build(raw, warehouse)
    con = duckdb.connect(str(warehouse / "plans.duckdb"), read_only=True)
    issues = con.execute("SELECT * FROM load_issues").df()
    sources = con.execute("SELECT * FROM sources").df().set_index("source_file")
    items = con.execute("SELECT * FROM plan_items").df()
    con.close()
    return report, issues, sources, items


@pytest.mark.parametrize(
    "name, code, words",
    [
        ("surrey.docx", "empty_file", "empty"),
        ("sussex.xlsx", "corrupt_file", "damaged"),
        ("dorset.html", "no_plan_table", "no plan table"),
        ("norfolk.png", "unknown_format", "not a plan format"),
        ("stalking-plan.txt", "unknown_force", "which force"),
    ],
)
def test_each_bad_file_is_reported_with_reason_and_not_loaded(messy_build, name, code, words):
    _, issues, sources, _ = messy_build
    mine = issues[issues.source_file == name]
    assert (mine.severity == "error").any()
    assert code in mine.code.tolist()
    assert words in " ".join(mine.message).lower()
    assert not sources.loc[name, "loaded"]


def test_good_files_still_load(messy_build):
    _, _, sources, items = messy_build
    assert sources.loc["kent.txt", "loaded"] and sources.loc["essex.csv", "loaded"]
    assert set(items.force_id) == {"kent", "essex", "cheshire"}


def test_two_files_for_one_round_warn_and_the_later_name_wins_not_the_later_mtime(messy_build):
    _, issues, sources, items = messy_build
    warning = issues[issues.code == "duplicate_round"]
    assert len(warning) == 1 and "essex.csv" in warning.message.iloc[0] and "essex-copy.csv" in warning.message.iloc[0]
    essex = items[items.force_id == "essex"]
    # neither file is dated: the later name wins each item in both, though the copy was modified last
    assert set(essex.source_file) == {"essex.csv"} and len(essex) == 4  # the copy holds 2 of its 4 items
    assert not sources.loc["essex-copy.csv", "loaded"]


def test_unknown_duplicate_and_whole_recommendation_rows_are_warnings(messy_build):
    _, issues, _, items = messy_build
    cheshire = issues[issues.source_file == "cheshire.csv"]
    assert {"unknown_item", "duplicate_item", "rec_level_row"} <= set(cheshire.code)
    assert (cheshire.severity == "warning").all()
    mine = items[items.force_id == "cheshire"].set_index("item_id")
    assert mine.loc["7.1", "owner"] == "A"  # the first listing is kept
    assert {"10.1", "10.2", "10.3", "10.4", "10.5"} <= set(mine.index)  # the rec-level row applied to its sub-items
    assert "9.9" not in mine.index
