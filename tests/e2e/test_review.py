"""Issue 20 in Chromium: a reviewer settles three queue items on the Review page and the National overview's figures
move by exactly those items; with reviewing off, the page is a read-only list with no control that writes."""
from __future__ import annotations

import csv
import datetime as dt
import os
import re
from pathlib import Path

import pandas as pd
import pytest

from app import queries
from app.filters import Filters
from app.warehouse import Warehouse
from etl import vocabulary as V
from etl.build import run_build
from etl.paths import SAMPLE_DIR
from etl.review import open_warehouse, queue
from tests.e2e.conftest import free_port_in, settle, shot, start_app, stop_app

pytestmark = pytest.mark.e2e


def serve(tmp_path_factory, name: str, ports: tuple[int, int], reviewing: bool):
    """The sample corpus built into a warehouse of its own, served with reviewing on or off."""
    folder = tmp_path_factory.mktemp(name)
    warehouse, corrections = folder / "wh", folder / "corrections.csv"
    run_build(SAMPLE_DIR, warehouse, corrections=corrections)
    settings = {"TRACKER_RAW": str(SAMPLE_DIR), "TRACKER_CORRECTIONS": str(corrections)}
    if reviewing:
        settings["TRACKER_REVIEWING"] = "1"
    saved = {k: os.environ.get(k) for k in [*settings, "TRACKER_REVIEWING"]}
    os.environ.pop("TRACKER_REVIEWING", None)
    os.environ.update(settings)
    try:
        process, url = start_app(warehouse, folder / "streamlit.log", port=free_port_in(*ports))
    finally:
        for key, value in saved.items():
            os.environ.pop(key, None) if value is None else os.environ.__setitem__(key, value)
    return process, url, warehouse, corrections


@pytest.fixture(scope="module")
def reviewing_app(tmp_path_factory):
    process, url, warehouse, corrections = serve(tmp_path_factory, "review_on", (18800, 18849), True)
    yield url, warehouse, corrections
    stop_app(process)


@pytest.fixture(scope="module")
def read_only_app(tmp_path_factory):
    process, url, warehouse, corrections = serve(tmp_path_factory, "review_off", (18850, 18899), False)
    yield url, warehouse, corrections
    stop_app(process)


def metric_number(page, label: str) -> str:
    """A headline figure's number as shown ('57%', '1,234'; the first figure of '1,234 of 1,500')."""
    box = page.locator("[data-testid='stMetric']", has_text=label).first
    value = box.locator("[data-testid='stMetricValue']").inner_text().strip()
    return re.match(r"[\d,]+%?", value)[0]


def expected_figures(rows: pd.DataFrame) -> dict[str, str]:
    """The overview's headline figures from its latest rows (as of today), as the page shows them."""
    done = rows.status.isin(V.DONE)
    applicable = ~rows.status.isin(V.NOT_APPLICABLE)
    overdue = (pd.to_datetime(rows.deadline).dt.date < dt.date.today()) & ~rows.status.isin(V.CLOSED)
    return {"Completion rate": f"{done.sum() / applicable.sum():.0%}", "Complete incl. BAU": f"{done.sum():,}",
            "In progress": f"{(rows.status == 'in_progress').sum():,}",
            "Not started": f"{(rows.status == 'not_started').sum():,}", "Overdue": f"{overdue.sum():,}",
            "Unknown status": f"{(rows.status == 'unknown').sum():,}"}


def overview_figures(page, url: str) -> dict[str, str]:
    page.goto(url)
    settle(page)
    page.wait_for_selector("[data-testid='stMetric']:has-text('Completion rate')", timeout=60_000)
    return {label: metric_number(page, label) for label in
            ("Completion rate", "Complete incl. BAU", "In progress", "Not started", "Overdue", "Unknown status")}


def choose(page, label: str, text: str) -> None:
    box = page.locator("[data-testid='stSelectbox']").filter(has=page.get_by_text(label, exact=True))
    box.locator("input").click()
    page.keyboard.type(text)
    page.keyboard.press("Enter")


def test_a_reviewer_settles_three_readings_and_the_overview_moves_by_exactly_those(page, reviewing_app):
    url, warehouse, corrections = reviewing_app
    con = open_warehouse(warehouse)
    try:
        first_three = queue(con).head(3)
    finally:
        con.close()
    assert (first_three.moves > 0).all()  # each is its item's latest round: in the headline figures
    rows = queries.explore_rows(Warehouse(warehouse / "plans.duckdb"), Filters())
    before = overview_figures(page, url)
    assert before == expected_figures(rows)  # the test's arithmetic is the page's

    settled = {}
    page.goto(f"{url}/review")
    settle(page)
    page.wait_for_selector("h1:has-text('Review')")
    for n, reading in enumerate(first_three.itertuples()):
        picked = page.locator("[data-testid='stSelectbox']").filter(has=page.get_by_text("Reading", exact=True))
        shown = picked.inner_text() + " " + picked.locator("input").input_value()  # the choice, however drawn
        assert reading.force_name in shown and f"· {reading.item_id} ·" in shown and reading.round in shown
        new = "not_started" if reading.read_status in V.DONE else "complete"
        choose(page, "Status", V.label(new))
        page.get_by_role("textbox", name="Reason").fill(f"checked against the plan ({n + 1})")
        page.get_by_role("textbox", name="Reviewer").fill("E2E Reviewer")
        page.get_by_role("button", name="Save and rebuild").click()
        saved = page.locator("[data-testid='stAlert']").filter(has_text="New figures are in").filter(
            has_text=f"Saved {reading.force_name} {reading.item_id} ({reading.round})")  # this reading's, not the last
        saved.wait_for(timeout=120_000)
        settle(page)
        settled[(reading.force_id, reading.item_id)] = new
    shot(page, "review-settled")
    written = list(csv.DictReader(corrections.open(encoding="utf-8")))
    assert [(r["force_id"], r["item_id"], r["status"], r["reviewer"]) for r in written] == \
        [(k[0], k[1], v, "E2E Reviewer") for k, v in settled.items()]

    moved = rows.copy()
    for (force_id, item_id), status in settled.items():
        moved.loc[(moved.force_id == force_id) & (moved.item_id == item_id), "status"] = status
    after = overview_figures(page, url)
    assert after == expected_figures(moved)
    assert after != before
    # every other figure stands: only the three readings changed
    now = queries.explore_rows(Warehouse(warehouse / "plans.duckdb"), Filters())
    changed = now.merge(rows, on=["force_id", "item_id"], suffixes=("", "_was"))
    changed = changed[changed.status != changed.status_was]
    assert set(zip(changed.force_id, changed.item_id)) == set(settled)
    assert set(changed.status_source) == {"reviewed"}


def test_with_reviewing_off_the_page_offers_no_control_that_writes(page, read_only_app):
    url, warehouse, corrections = read_only_app
    page.goto(f"{url}/review")
    settle(page)
    page.wait_for_selector("h1:has-text('Review')")
    page.wait_for_selector("[data-testid='stDataFrame']")
    body = page.inner_text("[data-testid='stMain']")
    assert "Reviewing is off on this server" in body and "read-only" in body
    main = page.locator("[data-testid='stMain']")
    assert main.get_by_role("button", name="Save and rebuild").count() == 0
    assert main.locator("[data-testid='stForm'], [data-testid='stFormSubmitButton'], [data-testid='stButton']").count() == 0
    assert main.locator("[data-testid='stTextInput'], [data-testid='stSelectbox']").count() == 0
    shot(page, "review-read-only")
    assert not corrections.exists()
