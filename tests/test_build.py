"""The whole pipeline: sample-corpus accuracy, the atomic swap, caching, and cross-file checks."""
from __future__ import annotations

import os
import shutil

import duckdb
import pandas as pd
import pytest

from etl import build as build_module
from etl import load as load_module
from etl.build import NothingToBuild, run_build
from etl.sample.generate import write_corpus
from tests.fixtures import SIMPLE_HEAD, SIMPLE_ROWS, write_csv, write_template_text


def query(warehouse, sql, params=None):
    con = duckdb.connect(str(warehouse / "plans.duckdb"), read_only=True)
    try:
        return con.execute(sql, params or []).df()
    finally:
        con.close()


@pytest.fixture(scope="module")
def sample_build(tmp_path_factory):
    raw = tmp_path_factory.mktemp("raw")
    warehouse = tmp_path_factory.mktemp("wh")
    key = write_corpus(raw / "sample")
    report = run_build(raw, warehouse)
    return raw, warehouse, key, report


def test_sample_corpus_reads_back_exactly(sample_build):
    raw, warehouse, key, report = sample_build
    got = query(warehouse, "SELECT source_file, force_id, item_id, round, status, progress_pct, granularity FROM plan_updates")
    got["source_file"] = got["source_file"].str.removeprefix("sample/")
    merged = key.merge(got, on=["source_file", "force_id", "item_id", "round"], how="outer", indicator=True,
                       suffixes=("_key", "_got"))
    found = merged["_merge"] == "both"
    item_accuracy = found.sum() / len(merged)
    status_accuracy = (merged.loc[found, "status_key"] == merged.loc[found, "status_got"]).mean()
    pct_same = merged.loc[found, "progress_pct_key"].fillna(-1) == merged.loc[found, "progress_pct_got"].fillna(-1)
    assert (merged.loc[found, "granularity_key"] == merged.loc[found, "granularity_got"]).all()
    print(f"\nsample corpus: {len(key)} answer rows; item/round accuracy {item_accuracy:.2%}; "
          f"status accuracy {status_accuracy:.2%}; percentage accuracy {pct_same.mean():.2%}")
    assert item_accuracy == 1.0
    assert status_accuracy == 1.0
    assert pct_same.all()


def test_sample_build_covers_all_44_forces_and_is_marked_sample(sample_build):
    _, warehouse, _, report = sample_build
    forces = query(warehouse, "SELECT count(DISTINCT force_id) AS n FROM plan_items")["n"][0]
    assert forces == 44
    assert query(warehouse, "SELECT bool_and(is_sample) AS s FROM plan_items")["s"][0]
    assert query(warehouse, "SELECT sample_only FROM build_info")["sample_only"][0]
    # every plan loads; the two pages that are not plans are reported, each with its own reason
    not_loaded = {r.source_file.removeprefix("sample/"): [i.code for i in r.issues] for r in report.results if not r.loaded}
    assert not_loaded == {"the-met-statement-on-stalking.html": ["prose_without_items"],
                          "south-wales-news-stalking-plan.html": ["linked_plan"]}


def test_every_row_traces_to_a_source_file_and_row(sample_build):
    _, warehouse, _, _ = sample_build
    orphans = query(warehouse, """
        SELECT count(*) AS n FROM plan_items p LEFT JOIN sources s USING (source_file)
        WHERE s.source_file IS NULL OR p.source_row < 1 OR NOT s.loaded""")["n"][0]
    assert orphans == 0


def test_plan_items_is_the_latest_round(sample_build):
    _, warehouse, _, _ = sample_build
    rounds = query(warehouse, "SELECT round, count(*) AS n FROM plan_items WHERE force_id = 'essex' GROUP BY round")
    assert rounds["round"].tolist() == ["March 2026"]
    assert query(warehouse, "SELECT max(round_seq) AS m FROM plan_updates WHERE force_id = 'essex'")["m"][0] == 3


def test_parquet_matches_duckdb(sample_build):
    """The same rows, columns and values, not only as many rows (ordered alike: a table has no order of its own)."""
    _, warehouse, _, _ = sample_build
    for table in load_module.TABLES:
        parquet = pd.read_parquet(warehouse / "parquet" / f"{table}.parquet")
        database = query(warehouse, f"SELECT * FROM {table}")
        assert list(parquet.columns) == list(database.columns), table
        key = list(database.columns)
        as_text = lambda frame: frame.astype(str).sort_values(key).reset_index(drop=True)  # noqa: E731
        pd.testing.assert_frame_equal(as_text(parquet), as_text(database), obj=table)
    parquet = pd.read_parquet(warehouse / "parquet" / "plan_items.parquet").set_index(["force_id", "item_id"])
    assert parquet.loc[("essex", "7.1"), "round"] == "March 2026"  # the latest round, as in DuckDB


def test_unchanged_input_is_not_rebuilt_and_force_reparses_everything(sample_build):
    raw, warehouse, _, first = sample_build
    again = run_build(raw, warehouse)
    assert again.skipped_unchanged and again.build_id == first.build_id
    forced = run_build(raw, warehouse, force=True)  # --force bypasses the parse cache too
    assert forced.cached_files == 0 and forced.build_id != first.build_id


def test_a_change_to_the_parsing_code_rebuilds_without_the_cache(tmp_path, monkeypatch):
    raw, warehouse = small_raw(tmp_path), tmp_path / "wh"
    run_build(raw, warehouse)
    assert run_build(raw, warehouse).skipped_unchanged
    monkeypatch.setattr(build_module, "code_fingerprint", lambda: "9.9.9+changed")
    changed = run_build(raw, warehouse)
    assert not changed.skipped_unchanged and changed.cached_files == 0
    assert query(warehouse, "SELECT etl_version FROM build_info").iloc[0, 0] == "9.9.9+changed"


def small_raw(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    write_template_text(raw / "kent.txt")
    write_csv(raw / "essex.csv", SIMPLE_HEAD, SIMPLE_ROWS, preamble=("Essex Police",))
    return raw


def test_a_failed_load_leaves_the_previous_warehouse(tmp_path, monkeypatch):
    raw, warehouse = small_raw(tmp_path), tmp_path / "wh"
    first = run_build(raw, warehouse)
    before = sorted(os.listdir(warehouse))
    (raw / "kent.txt").write_text((raw / "kent.txt").read_text() + "\n")  # a change, so it rebuilds

    def broken(path, frames):
        path.write_bytes(b"half a database")
        raise RuntimeError("disk full")

    monkeypatch.setattr(load_module, "write_database", broken)
    with pytest.raises(RuntimeError):
        run_build(raw, warehouse)
    assert query(warehouse, "SELECT build_id FROM build_info")["build_id"][0] == first.build_id
    assert sorted(os.listdir(warehouse)) == before  # no temp files left behind
    assert (warehouse / "parquet" / "plan_items.parquet").exists()


def test_a_reader_keeps_its_snapshot_while_a_rebuild_swaps(tmp_path):
    raw, warehouse = small_raw(tmp_path), tmp_path / "wh"
    run_build(raw, warehouse)
    reader = duckdb.connect(str(warehouse / "plans.duckdb"), read_only=True)
    try:
        before = reader.execute("SELECT count(*) FROM plan_items").fetchone()[0]
        (raw / "essex.csv").unlink()
        run_build(raw, warehouse)
        assert reader.execute("SELECT count(*) FROM plan_items").fetchone()[0] == before
    finally:
        reader.close()
    assert query(warehouse, "SELECT count(*) AS n FROM plan_items")["n"][0] < before


def test_no_raw_folder_and_no_loadable_plan_refuse_to_build(tmp_path):
    with pytest.raises(NothingToBuild, match="does not exist"):
        run_build(tmp_path / "missing", tmp_path / "wh")
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "kent.html").write_text("<html><body>coming soon</body></html>")
    with pytest.raises(NothingToBuild, match="no loadable plan"):
        run_build(raw, tmp_path / "wh")
    assert not (tmp_path / "wh" / "plans.duckdb").exists()


def test_the_committed_sample_corpus_is_exactly_what_the_generator_writes(tmp_path):
    from etl.paths import SAMPLE_DIR

    write_corpus(tmp_path)
    generated = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    committed = {p.name: p.read_bytes() for p in SAMPLE_DIR.iterdir()}
    assert sorted(generated) == sorted(committed)
    assert [name for name in generated if generated[name] != committed[name]] == []
