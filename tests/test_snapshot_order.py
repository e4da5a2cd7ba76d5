"""Issue 19 part 3: a force's snapshots are read in the order they were fetched, never by file name."""
from __future__ import annotations

import datetime as dt

import duckdb

from etl.build import run_build
from etl.model import FileResult, PlanUpdate
from etl.reconcile import file_order, reconcile
from tests.test_fetch import KENT_V1, KENT_V2, fetch, ok, plan_page, results, site, snapshots  # noqa: F401 (site: fixture)


def test_two_changed_fetches_in_one_day_then_a_build_shows_the_newest_page(tmp_path, site):  # noqa: F811
    rows = [("kent", site.url("/kent"), "page")]
    site.set("/kent", ok(plan_page("Kent Police", KENT_V1)))
    fetch(tmp_path, rows, day="2026-12-03T09:00:00", forces=["kent"])
    site.set("/kent", ok(plan_page("Kent Police", KENT_V2, stamp="2026-12-03T15:00:00Z")))
    second = fetch(tmp_path, rows, day="2026-12-03T15:00:00", forces=["kent"])
    assert results(second) == {"kent": ["changed"]}
    # by name the second snapshot sorts first ('-' before '.'): the order must come from the fetch log
    assert snapshots(tmp_path, "kent") == ["kent-2026-12-03-2.html", "kent-2026-12-03.html"]
    warehouse = tmp_path / "warehouse"
    run_build(tmp_path / "raw", warehouse, workers=1)
    con = duckdb.connect(str(warehouse / "plans.duckdb"), read_only=True)
    try:
        latest = con.execute("SELECT status, source_file, update_text FROM plan_items "
                             "WHERE force_id = 'kent' AND item_id = '10.2'").fetchone()
    finally:
        con.close()
    assert latest == ("complete", "fetched/kent/kent-2026-12-03-2.html", KENT_V2["u102"])


def _result(name: str, status: str) -> FileResult:
    update = PlanUpdate("kent", "7.1", 7, "December 2026", dt.date(2026, 12, 1), 0, "", f"words of {name}", status,
                        status, None, "stated", 1.0, status, None, name, "table 1", 2)
    return FileResult(name, "html", "0" * 64, 1, 0.0, "kent", "file name", [update])


def test_without_a_fetch_log_same_day_snapshots_sort_in_natural_order():
    files = [_result(n, "complete") for n in ("kent-2026-12-03-10.html", "kent-2026-12-03-2.html", "kent-2026-12-03.html")]
    assert [r.source_file for r in file_order(files)] == [
        "kent-2026-12-03.html", "kent-2026-12-03-2.html", "kent-2026-12-03-10.html"]


def test_the_fetch_time_outranks_the_name():
    older, newer = _result("kent-b.html", "in_progress"), _result("kent-a.html", "complete")
    fetched = {"kent-b.html": dt.datetime(2026, 12, 3, 9), "kent-a.html": dt.datetime(2026, 12, 3, 15)}
    assert [u.status for u in reconcile([older, newer], fetched)] == ["complete"]
    assert [u.status for u in reconcile([older, newer])] == ["in_progress"]  # no log: the later name wins
