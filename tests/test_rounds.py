"""Update rounds (several columns, several files) and the text reader for plans that state no status."""
from __future__ import annotations

import os

import duckdb
import pandas as pd
import pytest

from app import queries
from app.filters import Filters
from app.warehouse import Warehouse
from etl.build import run_build
from etl.evaluate import EVALUATION_DIR, evaluate, read_all
from etl.normalise.infer import infer_status, latest_segment
from tests.fixtures import write_csv, write_html
from tests.handmade import STANDARD, write_warehouse


def test_two_update_columns_give_two_rounds_per_item(tmp_path, normaliser):
    from etl.extract import extract

    head = ["Rec", "Sub-rec", "Owner", "March 2025 update", "March 2026 update", "Status"]
    rows = [["7", "7.1", "A", "A new process is being developed.", "The process has been implemented.", "Complete"],
            ["", "7.2", "B", "Work has not yet started.", "Work is ongoing with the supplier.", "In progress 40%"]]
    path = write_html(tmp_path / "kent.html", rows, head)
    _, _, updates, _ = normaliser.normalise(extract(path), path.name)
    table = pd.DataFrame([u.__dict__ for u in updates]).set_index(["item_id", "round"])
    assert sorted(table.index) == [("7.1", "March 2025"), ("7.1", "March 2026"), ("7.2", "March 2025"), ("7.2", "March 2026")]
    # the one status column speaks for the latest round; earlier rounds are read from their text
    assert table.loc[("7.1", "March 2026"), ["status", "status_source"]].tolist() == ["complete", "stated"]
    assert table.loc[("7.1", "March 2025"), ["status", "status_source"]].tolist() == ["in_progress", "inferred"]
    assert table.loc[("7.2", "March 2025"), ["status", "status_source"]].tolist() == ["not_started", "inferred"]
    assert table.loc[("7.2", "March 2026"), "progress_pct"] == 40
    assert str(table.loc[("7.1", "March 2026"), "round_date"]) == "2026-03-01"


def test_two_files_of_one_force_are_rounds_in_date_order(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    head = ["Rec No", "Sub-rec", "Owner", "Force update", "Status"]
    write_csv(raw / "kent-plan-2026-03.csv", head, [["7", "7.1", "A", "Done.", "Complete"]], preamble=("Kent Police",))
    write_csv(raw / "kent-plan-2025-03.csv", head, [["7", "7.1", "A", "Started.", "In progress"]], preamble=("Kent Police",))
    os.utime(raw / "kent-plan-2025-03.csv", (2_000_000_000, 2_000_000_000))  # the older round, modified last
    run_build(raw, tmp_path / "wh")
    con = duckdb.connect(str(tmp_path / "wh" / "plans.duckdb"), read_only=True)
    rounds = con.execute("SELECT round, round_seq, status FROM plan_updates ORDER BY round_seq").fetchall()
    latest = con.execute("SELECT round, status FROM plan_items").fetchall()
    issues = con.execute("SELECT code FROM load_issues").fetchall()
    con.close()
    assert rounds == [("March 2025", 1, "in_progress"), ("March 2026", 2, "complete")]
    assert latest == [("March 2026", "complete")] and issues == []


def test_undated_round_keeps_its_heading_and_sorts_after_dated_rounds(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    write_csv(raw / "kent-plan-2025-03.csv", ["Rec No", "Sub-rec", "Force update", "Status"],
              [["7", "7.1", "Started.", "In progress"]], preamble=("Kent Police",))
    write_csv(raw / "kent-latest.csv", ["Rec No", "Sub-rec", "Latest position", "Status"],
              [["7", "7.1", "The new process is live.", "Complete"]], preamble=("Kent Police",))
    os.utime(raw / "kent-latest.csv", (1_000_000_000, 1_000_000_000))  # older on disk: order is not by mtime
    run_build(raw, tmp_path / "wh")
    con = duckdb.connect(str(tmp_path / "wh" / "plans.duckdb"), read_only=True)
    rounds = con.execute("SELECT round, round_date IS NULL, round_seq FROM plan_updates ORDER BY round_seq").fetchall()
    con.close()
    assert rounds == [("March 2025", False, 1), ("Latest position", True, 2)]


@pytest.mark.parametrize("name", ["status_sentences.csv"])
def test_reader_decides_every_development_sentence(name):
    frame = pd.read_csv(EVALUATION_DIR / name)
    assert frame.status.value_counts().min() >= 30  # at least 30 sentences of each kind
    frame["read"] = read_all(frame.text.tolist())
    wrong = frame[frame.read != frame.status]
    assert wrong.empty, wrong.to_string()


def test_reader_on_held_out_sentences_is_precise():
    held_out = evaluate()["hand-written (held out)"].set_index("status")
    assert held_out.loc["ALL", "precision"] == 1.0  # when it decides, it is right
    assert held_out.loc["ALL", "recall"] >= 0.85


@pytest.mark.parametrize(
    "text, status, phrase",
    [
        ("BTP will review the policy and report to the board.", None, None),  # intent alone is no evidence
        ("BTP will complete a profile. UPDATE: Profile circulated and signed off.", "complete", "signed off"),
        ("The policy has been published but training will be delivered in May.", "in_progress", "will be delivered"),
        ("Work is ongoing to embed this into business as usual.", "in_progress", "to embed this into business as usual"),
        ("The training has not been completed.", "in_progress", "has not been completed"),  # negation beats 'completed'
        ("We are not satisfied that this is complete.", "in_progress", "not satisfied"),
        ("", None, None),
    ],
)
def test_reader_decisions_and_the_words_that_decided(text, status, phrase):
    found = infer_status(text)
    assert (found.status if found else None) == status
    if phrase:
        assert found.phrase == phrase and 0 < found.confidence <= 1


def test_latest_update_segment():
    assert latest_segment("We will do it. UPDATE: done.").strip() == "done."
    assert latest_segment("No markers here") == "No markers here"
    # a dated marker is a marker too: the newest words decide ('scoping under way' was read before)
    assert latest_segment("UPDATE Nov 2024: scoping under way. UPDATE March 2025: profile finished.") == "profile finished."


def test_change_table_on_a_two_round_fixture(tmp_path):
    wh = Warehouse(write_warehouse(tmp_path, STANDARD))
    changes = queries.changes_since_previous_round(wh, Filters())
    assert changes[["force_name", "item_id", "from_round", "from_status", "to_round", "to_status"]].values.tolist() == [
        ["Essex Police", "7.1", "March 2025", "not_started", "March 2026", "complete"]]
    assert queries.change_summary(wh, Filters()).values.tolist() == [["not_started", "complete", 1, 1]]
    import datetime as dt
    assert queries.changes_since_previous_round(wh, Filters(as_of=dt.date(2025, 6, 1))).empty  # one round then


def test_completion_over_time_follows_rounds(tmp_path):
    wh = Warehouse(write_warehouse(tmp_path, STANDARD))
    trend = queries.completion_over_time(wh, Filters()).set_index("as_of")
    assert trend.loc[pd.Timestamp("2025-03-01"), "done"] == 4  # Essex 7.1 not yet done
    assert trend.iloc[-1]["done"] == 5
    essex = queries.force_completion_over_time(wh, Filters(), "essex")
    assert essex[essex.scope == "Essex Police"].completion_rate.round(3).tolist() == [0.333, 0.667, 0.667]
