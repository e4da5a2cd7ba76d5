"""Issue 20: corrections as data. A correction changes the figures it should, survives a rebuild, turns stale when
its file changes, a bad row is named by its line, and two saves at the same moment both keep their rows."""
from __future__ import annotations

import datetime as dt
import multiprocessing
import threading
from pathlib import Path

import duckdb
import pandas as pd

from app import queries
from app.filters import Filters
from app.warehouse import Warehouse
from etl import corrections as C
from etl.build import run_build, sha256_of
from etl.reference import load_reference
from tests.fixtures import SIMPLE_HEAD, SIMPLE_ROWS, write_csv

HEADER = ",".join(C.COLUMNS) + "\n"


def query(warehouse: Path, sql: str):
    con = duckdb.connect(str(warehouse / "plans.duckdb"), read_only=True)
    try:
        return con.execute(sql).df()
    finally:
        con.close()


def essex_raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    write_csv(raw / "essex.csv", SIMPLE_HEAD, SIMPLE_ROWS, preamble=("Essex Police",))
    return raw


def line(item: str, status: str, sha: str, *, round_="Undated update", force="essex", action="", day="2026-12-03",
         reason="read the plan", reviewer="A. Analyst") -> str:
    return ",".join([force, item, round_, status, reason, reviewer, day, sha, action]) + "\n"


def build(raw: Path, warehouse: Path, corrections: Path, **kw):
    return run_build(raw, warehouse, corrections=corrections, workers=1, **kw)


def test_a_correction_moves_the_figures_keeps_the_reading_and_survives_a_rebuild(tmp_path):
    raw, warehouse, path = essex_raw(tmp_path), tmp_path / "wh", tmp_path / "corrections.csv"
    build(raw, warehouse, path)
    before = queries.headline(Warehouse(warehouse / "plans.duckdb"), Filters()).iloc[0]
    sha = sha256_of(raw / "essex.csv")
    path.write_text(HEADER + line("10.1", "complete", sha) + line("7.2", "complete", sha, day="03/12/2026"))
    first = build(raw, warehouse, path)
    assert not first.skipped_unchanged  # the corrections are part of the input fingerprint
    rows = query(warehouse, "SELECT * FROM plan_items ORDER BY item_id").set_index("item_id")
    assert rows.loc["10.1", "status"] == "complete" and rows.loc["10.1", "status_source"] == "reviewed"
    assert (rows.loc["10.1", "reader_status"], rows.loc["10.1", "reader_status_source"]) == ("not_started", "stated")
    assert (rows.loc["10.1", "reviewer"], rows.loc["10.1", "review_reason"]) == ("A. Analyst", "read the plan")
    assert pd.Timestamp(rows.loc["7.2", "reviewed_at"]).date() == dt.date(2026, 12, 3)  # 03/12/2026 is day first
    assert rows.loc["7.1", "status_source"] == "stated" and pd.isna(rows.loc["7.1", "reader_status"])
    after = queries.headline(Warehouse(warehouse / "plans.duckdb"), Filters()).iloc[0]
    assert (after.done, after.not_started, after.in_progress) == (before.done + 2, before.not_started - 1,
                                                                  before.in_progress - 1)
    assert query(warehouse, "SELECT outcome FROM corrections").outcome.tolist() == ["applied", "applied"]

    assert build(raw, warehouse, path).skipped_unchanged  # unchanged corrections: not rebuilt
    again = build(raw, warehouse, path, force=True)  # a full rebuild applies them again
    assert not again.skipped_unchanged
    assert query(warehouse, "SELECT count(*) AS n FROM plan_items WHERE status_source = 'reviewed'").n[0] == 2
    with open(path, "a") as fh:  # an edit to the file rebuilds
        fh.write(line("7.1", "bau", sha))
    assert not build(raw, warehouse, path).skipped_unchanged
    assert query(warehouse, "SELECT status FROM plan_items WHERE item_id = '7.1'").status[0] == "bau"


def test_a_changed_file_turns_its_corrections_stale(tmp_path):
    raw, warehouse, path = essex_raw(tmp_path), tmp_path / "wh", tmp_path / "corrections.csv"
    sha = sha256_of(raw / "essex.csv")
    path.write_text(HEADER + line("10.1", "complete", sha))
    build(raw, warehouse, path)
    assert query(warehouse, "SELECT status FROM plan_items WHERE item_id = '10.1'").status[0] == "complete"
    changed = [row[:3] + ["We have now begun the training."] + row[4:] if row[1] == "10.1" else row for row in SIMPLE_ROWS]
    write_csv(raw / "essex.csv", SIMPLE_HEAD, changed, preamble=("Essex Police",))
    build(raw, warehouse, path)
    item = query(warehouse, "SELECT * FROM plan_items WHERE item_id = '10.1'").iloc[0]
    assert (item.status, item.status_source) == ("not_started", "stated")  # the reader's reading again
    issue = query(warehouse, "SELECT * FROM load_issues WHERE code = 'stale_correction'")
    assert len(issue) == 1 and issue.location[0] == "line 2" and issue.force_id[0] == "essex"
    assert "line 2" in issue.message[0] and "essex.csv" in issue.message[0] and "new look" in issue.message[0]
    assert query(warehouse, "SELECT outcome FROM corrections").outcome.tolist() == ["stale"]


def test_bad_rows_are_named_by_their_line_and_the_build_still_builds(tmp_path):
    raw, warehouse, path = essex_raw(tmp_path), tmp_path / "wh", tmp_path / "corrections.csv"
    sha = sha256_of(raw / "essex.csv")
    path.write_text(HEADER
                    + line("7.1", "complete", sha, force="atlantis")         # 2: no such force
                    + line("99.1", "complete", sha)                          # 3: no such item
                    + line("7.1", "done", sha)                               # 4: not a status
                    + line("7.1", "complete", sha, round_="June 2031")       # 5: no such round in that file
                    + line("7.1", "complete", "abc")                         # 6: not a hash
                    + line("7.1", "complete", sha, day="31/02/2026")         # 7: not a date
                    + line("7.1", "complete", sha, action="shred")           # 8: not an action
                    + "essex,7.1,Undated update,complete,x,y,2026-12-03," + sha + ",,,surplus\n"  # 9: malformed
                    + "\n"                                                   # 10: blank, skipped
                    + line("7.2", "complete", sha))                          # 11: fine
    report = build(raw, warehouse, path)
    assert report.build_id and not report.skipped_unchanged
    bad = query(warehouse, "SELECT location, message FROM load_issues WHERE code = 'bad_correction' ORDER BY location")
    assert sorted(bad.location, key=lambda s: int(s.split()[1])) == [f"line {n}" for n in range(2, 10)]
    said = dict(zip(bad.location, bad.message))
    assert "atlantis" in said["line 2"] and "99.1" in said["line 3"] and "'done'" in said["line 4"]
    assert "no reading" in said["line 5"] and "essex.csv" in said["line 5"]
    assert "SHA-256" in said["line 6"] and "date" in said["line 7"] and "shred" in said["line 8"]
    assert "malformed" in said["line 9"]
    assert query(warehouse, "SELECT status_source FROM plan_items WHERE item_id = '7.2'").status_source[0] == "reviewed"


def test_not_a_plan_item_drops_the_reading_and_the_last_line_wins(tmp_path):
    raw, warehouse, path = essex_raw(tmp_path), tmp_path / "wh", tmp_path / "corrections.csv"
    sha = sha256_of(raw / "essex.csv")
    path.write_text(HEADER + line("10.2", "", sha, action="not_an_item", reason="a heading not an item")
                    + line("7.2", "not_started", sha) + line("7.2", "complete", sha))
    build(raw, warehouse, path)
    items = query(warehouse, "SELECT item_id, status FROM plan_items").set_index("item_id").status.to_dict()
    assert "10.2" not in items and items["7.2"] == "complete"
    done = query(warehouse, "SELECT line, action, outcome, reader_status FROM corrections ORDER BY line")
    assert done.outcome.tolist() == ["applied", "superseded", "applied"]
    assert done.reader_status[0] == "bau"  # what the dropped reading said is kept in the corrections table


def _append_many(path: str, who: str, count: int) -> None:
    sha = "a" * 64
    for n in range(count):
        C.append(Path(path), [C.Correction(0, "essex", "7.1", f"{who} round {n}", "complete", "r", who,
                                           dt.date(2026, 12, 3), sha)])


def test_two_reviewers_saving_at_the_same_moment_lose_nothing(tmp_path):
    path = tmp_path / "corrections.csv"
    # processes too: the lock is the file's, not the interpreter's (forked before any thread starts)
    context = multiprocessing.get_context("fork")
    processes = [context.Process(target=_append_many, args=(str(path), f"process{p}", 25)) for p in range(2)]
    threads = [threading.Thread(target=_append_many, args=(str(path), f"thread{t}", 25)) for t in range(2)]
    for worker in processes + threads:
        worker.start()
    for worker in threads + processes:
        worker.join(60)
    assert all(p.exitcode == 0 for p in processes)
    reference = load_reference()
    good, bad = C.read(path, reference.force_ids, reference.item_ids)
    assert bad == [] and len(good) == 100
    rounds = {c.round for c in good}
    assert all(f"{who} round {n}" in rounds for who in ("thread0", "thread1", "process0", "process1") for n in range(25))
    assert path.read_text().startswith(HEADER) and path.read_text().count(HEADER) == 1
    assert not list(tmp_path.glob(".corrections.csv.*.tmp"))  # no temp file left behind


def test_a_build_without_corrections_has_none(tmp_path):
    raw, warehouse = essex_raw(tmp_path), tmp_path / "wh"
    run_build(raw, warehouse, workers=1, corrections=tmp_path / "absent.csv")
    assert query(warehouse, "SELECT count(*) AS n FROM corrections").n[0] == 0
    assert query(warehouse, "SELECT count(*) AS n FROM plan_updates WHERE reviewer IS NOT NULL").n[0] == 0


def test_an_unreadable_corrections_file_is_an_issue_not_a_failed_build(tmp_path):
    raw, warehouse, path = essex_raw(tmp_path), tmp_path / "wh", tmp_path / "corrections.csv"
    path.mkdir()  # a folder where the file should be
    report = build(raw, warehouse, path)
    assert report.build_id
    issue = query(warehouse, "SELECT * FROM load_issues WHERE code = 'bad_correction'")
    assert len(issue) == 1 and "cannot be read" in issue.message[0] and issue.location[0] == "line 1"


def test_text_given_to_the_wrong_item_moves_to_the_right_one(tmp_path):
    raw, warehouse, path = essex_raw(tmp_path), tmp_path / "wh", tmp_path / "corrections.csv"
    sha = sha256_of(raw / "essex.csv")
    path.write_text(HEADER.rstrip("\n") + "\n"
                    + line("10.2", "", sha, action="move_to").rstrip("\n") + ",10.3\n"           # 2: keeps its status
                    + line("10.1", "complete", sha, action="move_to").rstrip("\n") + ",10.4\n"   # 3: and sets one
                    + line("7.1", "", sha, action="move_to").rstrip("\n") + ",7.2\n"             # 4: 7.2 has a reading
                    + line("7.2", "", sha, action="move_to").rstrip("\n") + ",\n")               # 5: no target
    build(raw, warehouse, path)
    items = query(warehouse, "SELECT * FROM plan_items").set_index("item_id")
    assert "10.2" not in items.index and "10.1" not in items.index
    assert (items.loc["10.3", "status"], items.loc["10.3", "status_source"], items.loc["10.3", "reader_item_id"],
            items.loc["10.3", "reader_status"], items.loc["10.3", "rec_no"]) == ("bau", "reviewed", "10.2", "bau", 10)
    assert (items.loc["10.4", "status"], items.loc["10.4", "reader_status"], items.loc["10.4", "reader_item_id"]) == \
        ("complete", "not_started", "10.1")
    assert items.loc["7.1", "status_source"] == "stated"  # refused: left as read
    bad = query(warehouse, "SELECT location, message FROM load_issues WHERE code = 'bad_correction' ORDER BY location")
    assert bad.location.tolist() == ["line 4", "line 5"]
    assert "already has a reading" in bad.message[0] and "to_item_id" in bad.message[1]
    assert query(warehouse, "SELECT outcome FROM corrections ORDER BY line").outcome.tolist() == \
        ["applied", "applied", "bad", "bad"]


def test_a_file_from_before_a_column_was_added_gains_it_and_keeps_its_rows(tmp_path):
    path = tmp_path / "corrections.csv"
    sha = "b" * 64
    path.write_text("force_id,item_id,round,status,reason,reviewer,reviewed_at,source_sha256\n"
                    f"essex,7.1,Undated update,complete,old,A,2026-01-02,{sha}\n")
    first = C.append(path, [C.Correction(0, "essex", "10.2", "Undated update", "", "wrong item", "B", None, sha,
                                         C.MOVE_TO, "10.3")])
    assert first == 3
    reference = load_reference()
    good, bad = C.read(path, reference.force_ids, reference.item_ids)
    assert bad == [] and [(c.line, c.action, c.to_item_id) for c in good] == [(2, "set_status", ""), (3, "move_to", "10.3")]
    assert path.read_text().splitlines()[0] == ",".join(C.COLUMNS)
