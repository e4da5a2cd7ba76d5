"""Issue 20 on screen (AppTest, hand-made warehouse): the Review page is a read-only list unless reviewing is enabled;
a status a person set says so wherever a status is shown; Data quality and the national report count what was
reviewed and what waits."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from app import national_report, queries, ui
from app.filters import Filters
from app.warehouse import Warehouse
from tests.apptest import open_app
from tests.handmade import STANDARD, update, write_warehouse

ROWS = STANDARD + [
    update("surrey", "7.1", "complete", source="reviewed"),  # a person's status
    update("surrey", "7.2", "in_progress", source="inferred", text="Work is under way on the new system."),
    update("surrey", "10.1", "unknown", text="TBC"),
]


@pytest.fixture(scope="module")
def warehouse_dir(tmp_path_factory):
    directory = tmp_path_factory.mktemp("review_wh")
    rows = [dict(r) for r in ROWS]
    rows[-1]["status_raw"] = "TBC"  # status words that read as unknown
    write_warehouse(directory, rows)
    return directory


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_the_review_page_is_read_only_unless_reviewing_is_enabled(monkeypatch, warehouse_dir):
    monkeypatch.delenv("TRACKER_REVIEWING", raising=False)
    at = open_app(monkeypatch, warehouse_dir, "pages/review.py")
    assert not at.exception
    assert metrics(at)["Waiting for review"] == "3" and metrics(at)["Reviewed by a person"] == "1"
    assert any("Reviewing is off" in i.value for i in at.info)
    assert not at.button and not at.selectbox and "settle" not in [f.key for f in at.get("form")]
    assert [t.key for t in at.text_input] == [t.key for t in at.sidebar.text_input]  # only the sidebar's as-of date

    monkeypatch.setenv("TRACKER_REVIEWING", "1")
    at = open_app(monkeypatch, warehouse_dir, "pages/review.py")
    assert not at.exception and not any("Reviewing is off" in i.value for i in at.info)
    # Kent's 7.1 (read twice: the hand-made warehouse's duplicate_item warning) before Surrey's two, by name
    assert at.selectbox(key="settle_pick").value == "kent|7.1|March 2025"
    assert at.selectbox(key="settle_status") and at.text_input(key="settle_reason")


def test_a_status_a_person_set_says_so():
    frame = pd.DataFrame({"status": ["complete", "in_progress", "bau"],
                          "status_source": ["reviewed", "inferred", "stated"]})
    assert ui.with_status_labels(frame).status.tolist() == ["Complete (reviewed)", "In progress (inferred)",
                                                            "Business as usual"]


def test_data_quality_and_the_national_report_count_reviewed_and_waiting(monkeypatch, warehouse_dir):
    monkeypatch.delenv("TRACKER_REVIEWING", raising=False)
    at = open_app(monkeypatch, warehouse_dir, "pages/quality.py")
    assert not at.exception
    assert metrics(at)["Reviewed by a person"] == "1" and metrics(at)["Waiting for review"] == "3"
    wh = Warehouse(warehouse_dir / "plans.duckdb")
    counts = queries.review_counts(wh, Filters()).iloc[0]
    assert (counts.reviewed_positions, counts.waiting, counts.waiting_in_figures) == (1, 3, 3)
    data = national_report.gather(wh, Filters(as_of=dt.date(2026, 6, 1)))
    table = next(b for b in national_report.blocks(data) if b[0] == "table")
    rows = {label: value[0] for label, value in table[2]}
    assert rows["Readings reviewed by a person (of them in these figures)"] == "1 (1)"
    assert rows["Readings waiting for review (of them in these figures)"] == "3 (3)"
    explore = queries.explore_rows(wh, Filters())
    assert explore.loc[explore.force_id == "surrey", "status_source"].tolist().count("reviewed") == 1


def test_saving_on_the_page_writes_the_correction_and_rebuilds(monkeypatch, tmp_path):
    """Settle two readings under AppTest: one is not a plan item, one's text belongs to another sub-item."""
    import csv

    import duckdb

    from etl.build import run_build
    from etl.paths import SAMPLE_DIR

    warehouse, corrections = tmp_path / "wh", tmp_path / "corrections.csv"
    run_build(SAMPLE_DIR, warehouse, corrections=corrections)
    monkeypatch.setenv("TRACKER_REVIEWING", "1")
    monkeypatch.setenv("TRACKER_RAW", str(SAMPLE_DIR))
    monkeypatch.setenv("TRACKER_CORRECTIONS", str(corrections))
    at = open_app(monkeypatch, warehouse, "pages/review.py")
    first = at.selectbox(key="settle_pick").value
    at.selectbox(key="settle_status").set_value("not_an_item")
    at.text_input(key="settle_reason").input("a heading, not an answer")
    at.text_input(key="settle_reviewer").input("Page Tester")
    at.button[0].click().run()
    assert not at.exception and any("not a plan item" in s.value and "New figures are in" in s.value for s in at.success)

    # a reading whose force has no reading of some other sub-item in that round: its text can move there
    from etl.review import open_warehouse, queue

    con = open_warehouse(warehouse)
    try:
        waiting = queue(con)
        taken = set(con.execute("SELECT force_id, round, item_id FROM plan_updates").fetchall())
        items = [r[0] for r in con.execute("SELECT item_id FROM recommendations").fetchall()]
    finally:
        con.close()
    second, target = next((f"{r.force_id}|{r.item_id}|{r.round}", i) for r in waiting.itertuples()
                          for i in items if (r.force_id, r.round, i) not in taken)
    assert second != first
    force_id, item_id, round_ = second.split("|")
    at.selectbox(key="settle_pick").set_value(second).run()
    at.selectbox(key="settle_move").set_value(target)
    at.text_input(key="settle_reason").input("the text answers the other sub-item")
    at.text_input(key="settle_reviewer").input("Page Tester")
    at.button[0].click().run()
    assert not at.exception and any(f"sub-item {target}" in s.value.replace("\\", "") for s in at.success)

    rows = list(csv.DictReader(corrections.open(encoding="utf-8")))
    assert [(r["action"], r["to_item_id"], r["reviewer"]) for r in rows] == [("not_an_item", "", "Page Tester"),
                                                                          ("move_to", target, "Page Tester")]
    con = duckdb.connect(str(warehouse / "plans.duckdb"), read_only=True)
    try:
        gone = con.execute("SELECT count(*) FROM plan_updates WHERE force_id || '|' || item_id || '|' || round = ?",
                           [first]).fetchone()[0]
        moved = con.execute("SELECT status_source, reader_item_id FROM plan_updates WHERE force_id = ? AND "
                            "item_id = ? AND round = ?", [force_id, target, round_]).fetchall()
    finally:
        con.close()
    assert gone == 0 and moved == [("reviewed", item_id)]


def test_plan_text_and_names_on_the_review_page_stay_text(monkeypatch, tmp_path):
    """Reviewing on, a hostile reading chosen: its round, file, words and status words draw no link or image."""
    from app.ui import md_escape
    from tests.test_escaping import FOLDER, IMAGE, LINK, TEXT, links_in, shown_markdown

    row = update("kent", "7.1", "in_progress", source="inferred", text=f"{TEXT} {IMAGE}", round_=f"March 2025 {LINK}")
    row["source_file"] = f"{FOLDER}/kent.csv"
    write_warehouse(tmp_path, [row])
    monkeypatch.setenv("TRACKER_REVIEWING", "1")
    at = open_app(monkeypatch, tmp_path, "pages/review.py")
    assert not at.exception and at.selectbox(key="settle_pick").value.startswith("kent|7.1|")
    shown = shown_markdown(at)
    assert any("March 2025" in text for text in shown)
    hostile = [text for text in shown if "127" in text]  # the plan's words, escaped or not
    assert any(md_escape(LINK) in text for text in hostile) and any(md_escape(IMAGE) in text for text in hostile)
    assert hostile and not {text: links_in(text) for text in hostile if links_in(text)}
