"""Tests written for etl/load.py's survivors of `make mutate` (issue 24), each on what a person running builds
would notice: a warehouse in a folder not yet made, a folder name with an apostrophe, a leftover that will not go
away, a link that points somewhere else.

Left as equivalent: the ledger's indentation and key order (JSON read back the same), DuckDB's case-blind names
('INCOMING', 'CHECKPOINT'), the connection's extension settings when nothing asks for an extension, and
`rsplit('/', n)` variants on a link whose target has exactly one '/'."""
import os
import shutil
from pathlib import Path

import pytest

from etl import load
from etl.load import BUILDS_DIR, CURRENT, ETL_DIR, PARQUET, WarehouseError
from etl.paths import DB_NAME
from tests.handmade import STANDARD, write_warehouse


def refuse_rmdir(monkeypatch, name: str):
    """A folder called `name` cannot be removed (a file in it held open elsewhere, a share that says no)."""
    real = os.rmdir

    def rmdir(path, *args, **kwargs):
        if Path(path).name == name:
            raise PermissionError(13, "in use by another process", str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "rmdir", rmdir)


def test_a_warehouse_in_folders_not_yet_made_is_made_with_them(tmp_path):
    warehouse = tmp_path / "shared" / "npcc" / "warehouse"
    etl_dir = load.prepare(warehouse)
    assert etl_dir == warehouse / ETL_DIR and (etl_dir / "tmp").is_dir()


def test_a_single_file_database_does_not_hide_a_foreign_folder_in_the_way(tmp_path):
    (tmp_path / DB_NAME).write_bytes(b"")  # the old single-file layout: the ETL made it
    (tmp_path / PARQUET).mkdir()  # someone's own folder where the build's link must go
    with pytest.raises(WarehouseError, match=f"{PARQUET} is a folder the ETL did not make"):
        load.prepare(tmp_path)


def test_a_leftover_that_will_not_go_does_not_stop_the_clean_up(tmp_path, monkeypatch):
    load.prepare(tmp_path)
    tmp = tmp_path / ETL_DIR / "tmp"
    (tmp / "killed-build" / "parquet").mkdir(parents=True)
    (tmp / "ledger.123.json").write_text("{}")
    refuse_rmdir(monkeypatch, "killed-build")
    assert sorted(load.clean_tmp(tmp_path)) == ["killed-build", "ledger.123.json"]
    assert not (tmp / "ledger.123.json").exists()


def test_a_leftover_another_process_removed_first_is_no_error(tmp_path, monkeypatch):
    load.prepare(tmp_path)
    tmp = tmp_path / ETL_DIR / "tmp"
    gone = tmp / "ledger.456.json"  # listed, then removed by another build's clean-up before this one got to it
    monkeypatch.setattr(Path, "iterdir", lambda self: iter([gone]) if self == tmp else iter(()))
    assert load.clean_tmp(tmp_path) == ["ledger.456.json"]


def test_a_current_link_that_points_outside_the_builds_is_no_build(tmp_path):
    os.symlink("somewhere/else", tmp_path / CURRENT)
    assert load.current_build_id(tmp_path) is None
    os.replace(tmp_path / CURRENT, tmp_path / "old")
    os.symlink(f"{BUILDS_DIR}/20261205-abc", tmp_path / CURRENT)
    assert load.current_build_id(tmp_path) == "20261205-abc"


def test_a_failed_write_leaves_nothing_behind(tmp_path):
    load.prepare(tmp_path)
    with pytest.raises(KeyError):
        load.publish(tmp_path, {}, "doomed-build")
    assert list((tmp_path / ETL_DIR / "tmp").iterdir()) == [] and not (tmp_path / BUILDS_DIR / "doomed-build").exists()


def test_the_ledger_reads_back_the_parse_cache_it_lists(tmp_path):
    """The ledger names the ETL's own cache files: a build reads (and prunes) only those."""
    load.prepare(tmp_path)
    load.write_ledger(tmp_path, {"builds": ["b1"], "cache": ["kent.csv-0a1b.pkl"]})
    assert load.read_ledger(tmp_path) == {"builds": ["b1"], "cache": ["kent.csv-0a1b.pkl"]}


def test_a_failed_write_reports_its_own_error_even_when_its_staging_cannot_be_removed(tmp_path, monkeypatch):
    load.prepare(tmp_path)
    refuse_rmdir(monkeypatch, "doomed-build")
    with pytest.raises(KeyError):  # no frames at all: the write fails on its first table
        load.publish(tmp_path, {}, "doomed-build")
    assert load.current_build_id(tmp_path) is None


def test_an_old_build_that_cannot_be_removed_does_not_fail_the_new_one(tmp_path, monkeypatch):
    write_warehouse(tmp_path, STANDARD, build_id="first")
    write_warehouse(tmp_path, STANDARD, build_id="second")
    refuse_rmdir(monkeypatch, "first")
    write_warehouse(tmp_path, STANDARD, build_id="third")  # prunes 'first', which will not go
    assert load.current_build_id(tmp_path) == "third"
    assert load.read_build_info(tmp_path)["build_id"] == "third"


def test_a_warehouse_whose_path_has_an_apostrophe_builds_and_reads_back(tmp_path):
    warehouse = tmp_path / "O'Neill's team" / "warehouse"
    write_warehouse(warehouse, STANDARD, build_id="quoted")
    info = load.read_build_info(warehouse)
    assert info is not None and info["build_id"] == "quoted" and info["transient_failures"] == 0
    assert (warehouse / BUILDS_DIR / "quoted" / PARQUET / "plan_updates.parquet").is_file()


def test_the_ledger_keeps_every_build_until_it_is_pruned(tmp_path):
    for build_id in ("first", "second", "third"):
        write_warehouse(tmp_path, STANDARD, build_id=build_id)
    assert load.read_ledger(tmp_path)["builds"] == ["second", "third"]  # the current and the one before
    assert sorted(p.name for p in (tmp_path / BUILDS_DIR).iterdir()) == ["second", "third"]
    shutil.rmtree(tmp_path / BUILDS_DIR / "second")
    write_warehouse(tmp_path, STANDARD, build_id="fourth")
    assert load.read_ledger(tmp_path)["builds"] == ["third", "fourth"]


def test_corrections_are_kept_in_a_build_with_nothing_fetched(tmp_path, monkeypatch):
    """A plan folder that was never fetched, with a person's correction: the corrections table still holds it."""
    import datetime as dt

    import duckdb
    import pandas as pd

    import tests.handmade as handmade

    correction = pd.DataFrame([{
        "line": 2, "force_id": "kent", "item_id": "7.1", "round": "March 2025", "action": "set_status", "to_item_id": "",
        "status": "complete", "reason": "evidence seen", "reviewer": "NPCC analyst", "reviewed_at": dt.date(2026, 12, 1),
        "source_sha256": "0" * 64, "source_file": "kent.csv", "reader_status": "unknown", "outcome": "applied",
        "message": ""}])

    def publish_with_a_correction(directory, frames, build_id):
        assert "fetches" not in frames
        load.publish(directory, {**frames, "corrections": correction}, build_id)

    monkeypatch.setattr(handmade, "publish", publish_with_a_correction)
    database = write_warehouse(tmp_path, STANDARD)
    with duckdb.connect(str(database), read_only=True) as con:
        assert con.execute("SELECT force_id, item_id, reviewer FROM corrections").fetchall() == [
            ("kent", "7.1", "NPCC analyst")]


def test_checking_a_warehouse_leaves_nothing_in_the_working_folder(tmp_path, monkeypatch):
    write_warehouse(tmp_path / "warehouse", STANDARD, build_id="checked")
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert load.read_build_info(tmp_path / "warehouse")["build_id"] == "checked"
    assert list(elsewhere.iterdir()) == []  # an in-memory check: no database file made where the app was started
