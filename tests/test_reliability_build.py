"""Issue 13, items 6-10: no single file stops a build; bad warehouse paths exit 2 with one line; the build
deletes only what it made; one writer at a time and one atomic switch; killed builds leave nothing for
good; --force re-parses; failures are not cached; the raw folder is a boundary."""
from __future__ import annotations

import errno
import os
import pathlib
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from etl import build as build_module
from etl import load as load_module
from etl.build import run_build
from etl.cli import main
from etl.extract import EXTRACTORS
from tests.fixtures import SIMPLE_HEAD, SIMPLE_ROWS, TEMPLATE_LINES, write_csv, write_template_text

ROOT = Path(__file__).resolve().parent.parent


def small_raw(tmp_path: Path, forces=("kent", "essex")) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    for force in forces:
        write_csv(raw / f"{force}.csv", SIMPLE_HEAD, SIMPLE_ROWS, preamble=(f"{force.title()} Police",))
    return raw


def db_query(warehouse: Path, sql: str, params=None) -> pd.DataFrame:
    # through the build's own file: DuckDB caches instances by path within a process
    con = duckdb.connect(os.path.realpath(warehouse / "plans.duckdb"), read_only=True)
    try:
        return con.execute(sql, params or []).df()
    finally:
        con.close()


def issues_of(warehouse: Path) -> dict[str, list[str]]:
    frame = db_query(warehouse, "SELECT source_file, code FROM load_issues ORDER BY source_file, code")
    return frame.groupby("source_file")["code"].apply(list).to_dict()


def assert_whole(warehouse: Path) -> str:
    """The warehouse opens, and its database and Parquet are one build: the build id is returned."""
    info = db_query(warehouse, "SELECT build_id FROM build_info")
    parquet = pd.read_parquet(warehouse / "parquet" / "build_info.parquet")
    assert info["build_id"].tolist() == parquet["build_id"].tolist(), "database and Parquet are of different builds"
    for table in ("plan_items", "sources", "load_issues"):
        assert len(pd.read_parquet(warehouse / "parquet" / f"{table}.parquet")) == \
            db_query(warehouse, f"SELECT count(*) AS n FROM {table}")["n"][0], table
    return info["build_id"][0]


def litter(warehouse: Path) -> list[str]:
    """Anything in the warehouse that is neither a kept build, the documented links, the lock and ledger,
    nor a cache file the ledger lists."""
    import json

    ledger = json.loads((warehouse / ".etl" / "ledger.json").read_text())
    allowed = {"plans.duckdb", "parquet", "current", "builds", ".cache", ".etl", ".etl/lock", ".etl/ledger.json", ".etl/tmp"}
    allowed |= {f"builds/{b}" for b in ledger["builds"]} | {f".cache/{c}" for c in ledger["cache"]}
    found = []
    for path in sorted(warehouse.rglob("*")):
        rel = path.relative_to(warehouse).as_posix()
        if rel in allowed or any(rel.startswith(f"builds/{b}/") for b in ledger["builds"]):
            continue
        found.append(rel)
    return found


# ------------------------------------------------------------------ 6. no single file can stop a build

def test_a_file_name_that_is_not_utf8_loads_with_a_warning(tmp_path):
    raw = small_raw(tmp_path)
    name = os.fsdecode(b"norfolk-plan-\xe9t\xe9.csv")  # Latin-1 bytes in a file name
    write_csv(raw / name, SIMPLE_HEAD, SIMPLE_ROWS, preamble=("Norfolk Constabulary",))
    warehouse = tmp_path / "wh"
    report = run_build(raw, warehouse)
    sources = db_query(warehouse, "SELECT source_file, loaded FROM sources ORDER BY source_file")
    assert "norfolk-plan-\\xe9t\\xe9.csv" in sources["source_file"].tolist()
    assert sources["loaded"].all()
    assert issues_of(warehouse)["norfolk-plan-\\xe9t\\xe9.csv"] == ["file_name_encoding"]
    assert {r.force_id for r in report.results} == {"kent", "essex", "norfolk"}


def test_a_file_the_build_cannot_read_is_a_load_issue(tmp_path, monkeypatch):
    raw = small_raw(tmp_path)
    real = build_module.sha256_of

    def denied(path, *args, **kwargs):
        if Path(path).name == "essex.csv":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(build_module, "sha256_of", denied)
    run_build(raw, tmp_path / "wh")
    assert issues_of(tmp_path / "wh") == {"essex.csv": ["unreadable"]}
    assert db_query(tmp_path / "wh", "SELECT count(DISTINCT force_id) AS n FROM plan_items")["n"][0] == 1


def test_a_file_deleted_after_discovery_is_a_load_issue(tmp_path, monkeypatch):
    raw = small_raw(tmp_path, ("kent", "essex", "surrey"))
    real = build_module.discover

    def then_delete(raw_dir):
        found = real(raw_dir)
        (raw / "essex.csv").unlink()
        return found

    monkeypatch.setattr(build_module, "discover", then_delete)
    run_build(raw, tmp_path / "wh")
    assert issues_of(tmp_path / "wh") == {"essex.csv": ["vanished"]}


def test_a_file_deleted_while_it_is_parsed_is_a_load_issue(tmp_path, monkeypatch):
    raw = small_raw(tmp_path, ("kent", "essex", "surrey"))
    real = build_module.extract

    def delete_then_extract(path, **kwargs):
        if Path(path).name == "surrey.csv":
            Path(path).unlink()
        return real(path, **kwargs)

    monkeypatch.setattr(build_module, "extract", delete_then_extract)
    run_build(raw, tmp_path / "wh", workers=1)
    assert issues_of(tmp_path / "wh") == {"surrey.csv": ["vanished"]}
    assert assert_whole(tmp_path / "wh")


def one_line_exit_2(capsys, argv) -> str:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


def test_a_warehouse_path_that_is_a_file_exits_2_with_one_line(tmp_path, capsys):
    raw = small_raw(tmp_path)
    (tmp_path / "wh").write_text("not a folder")
    err = one_line_exit_2(capsys, ["build", "--raw", str(raw), "--warehouse", str(tmp_path / "wh")])
    assert "is a file" in err
    err = one_line_exit_2(capsys, ["build", "--raw", str(raw), "--warehouse", str(tmp_path / "wh" / "inside")])
    assert "cannot write" in err
    assert (tmp_path / "wh").read_text() == "not a folder"


def test_a_read_only_warehouse_exits_2_with_one_line(tmp_path, capsys, monkeypatch):
    raw = small_raw(tmp_path)
    warehouse = tmp_path / "wh"
    warehouse.mkdir()
    if os.geteuid() != 0:
        warehouse.chmod(0o555)
    else:  # root writes through permissions: make the folder read-only the way a read-only mount does
        real_mkdir, real_open = pathlib.Path.mkdir, os.open

        def mkdir(self, *args, **kwargs):
            if str(self).startswith(str(warehouse)) and self != warehouse:
                raise OSError(errno.EROFS, "Read-only file system", str(self))
            return real_mkdir(self, *args, **kwargs)

        def open_(path, flags, *args, **kwargs):
            if str(path).startswith(str(warehouse)) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
                raise OSError(errno.EROFS, "Read-only file system", str(path))
            return real_open(path, flags, *args, **kwargs)

        monkeypatch.setattr(pathlib.Path, "mkdir", mkdir)
        monkeypatch.setattr(os, "open", open_)
    try:
        err = one_line_exit_2(capsys, ["build", "--raw", str(raw), "--warehouse", str(warehouse)])
    finally:
        warehouse.chmod(0o755)
    assert "Read-only file system" in err or "Permission denied" in err


# ------------------------------------------------------------ 7. the build deletes only what it made

def test_the_build_never_deletes_what_it_did_not_make(tmp_path):
    raw, warehouse = small_raw(tmp_path), tmp_path / "wh"
    backup = warehouse / "parquet-backup-2024"
    backup.mkdir(parents=True)
    (backup / "plan_items.parquet").write_bytes(b"the user's own copy")
    (warehouse / ".cache").mkdir()
    (warehouse / ".cache" / "my-notes.pickle").write_bytes(b"not the ETL's")
    (warehouse / "parquet-old").mkdir()
    for n in range(4):  # four builds of changing input: the old code kept only the two newest parquet-* folders
        write_csv(raw / f"surrey-{n}.csv", SIMPLE_HEAD, SIMPLE_ROWS[: n + 1], preamble=("Surrey Police",))
        (raw / f"surrey-{n - 1}.csv").unlink(missing_ok=True)
        assert not run_build(raw, warehouse).skipped_unchanged
    assert (backup / "plan_items.parquet").read_bytes() == b"the user's own copy"
    assert (warehouse / ".cache" / "my-notes.pickle").read_bytes() == b"not the ETL's"
    assert (warehouse / "parquet-old").is_dir()
    assert len(list((warehouse / "builds").iterdir())) == 2  # its own: the current build and the one before
    assert_whole(warehouse)


def test_a_real_parquet_folder_the_build_did_not_make_is_kept_and_the_build_refused(tmp_path, capsys):
    raw, warehouse = small_raw(tmp_path), tmp_path / "wh"
    (warehouse / "parquet").mkdir(parents=True)
    (warehouse / "parquet" / "mine.parquet").write_bytes(b"user data")
    err = one_line_exit_2(capsys, ["build", "--raw", str(raw), "--warehouse", str(warehouse)])
    assert "did not make" in err
    assert (warehouse / "parquet" / "mine.parquet").read_bytes() == b"user data"


def test_a_warehouse_of_the_single_file_layout_is_taken_over(tmp_path):
    """plans.duckdb as a plain file (the layout before build folders) becomes a link; nothing else is lost."""
    raw, warehouse = small_raw(tmp_path), tmp_path / "wh"
    warehouse.mkdir()
    (warehouse / "plans.duckdb").write_bytes(b"an old build")
    run_build(raw, warehouse)
    assert (warehouse / "plans.duckdb").is_symlink()
    assert_whole(warehouse)


# ------------------------------------------- 8. one writer at a time, one switch, parts that disagree

HOLD_LOCK = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from etl.load import warehouse_lock
    with warehouse_lock(Path(sys.argv[1])):
        print("locked", flush=True)
        time.sleep(60)
""")


def test_a_second_build_waits_then_exits_2_when_another_is_running(tmp_path, capsys):
    raw, warehouse = small_raw(tmp_path), tmp_path / "wh"
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(warehouse)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        err = one_line_exit_2(capsys, ["build", "--raw", str(raw), "--warehouse", str(warehouse), "--wait", "1"])
        assert "another build is running" in err
        assert 0.9 < time.monotonic() - started < 10
        assert not (warehouse / "plans.duckdb").exists()
    finally:
        holder.kill()
        holder.wait()
    assert main(["build", "--raw", str(raw), "--warehouse", str(warehouse)]) == 0  # a dead holder's lock is gone


def test_builds_started_together_leave_one_whole_build(tmp_path):
    warehouse = tmp_path / "wh"
    raws = []
    for n in range(4):
        raws.append(small_raw(tmp_path / f"r{n}", ["kent", "essex", "surrey", "sussex"][: n + 1]))
    procs = [subprocess.Popen([sys.executable, "-m", "etl", "build", "--raw", str(raw), "--warehouse", str(warehouse)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for raw in raws]
    outcomes = [p.communicate(timeout=180) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], [o[1][-500:] for o in outcomes]
    assert_whole(warehouse)
    forces = db_query(warehouse, "SELECT count(DISTINCT force_id) AS n FROM plan_items")["n"][0]
    sources = db_query(warehouse, "SELECT count(*) AS n FROM sources")["n"][0]
    assert forces == sources  # one build's rows, not a mix of two raw folders
    assert litter(warehouse) == []


KILL_AT = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    import etl.load as load
    n = int(sys.argv[3])
    calls = [0]
    def dying(real):
        def step(*args, **kwargs):
            calls[0] += 1
            if calls[0] == n:
                os._exit(9)  # as kill -9: no cleanup, no finally
            return real(*args, **kwargs)
        return step
    load.os.replace = dying(os.replace)
    load.os.rename = dying(os.rename)
    load.write_database = dying(load.write_database)
    from etl.build import run_build
    run_build(Path(sys.argv[1]), Path(sys.argv[2]), workers=1)
    sys.exit(0)
""")


@pytest.mark.parametrize("kill_at", [1, 2, 3, 4, 5, 6])
def test_a_build_killed_at_any_step_of_publishing_leaves_one_whole_build_and_no_litter(tmp_path, kill_at):
    raw, warehouse = small_raw(tmp_path), tmp_path / "wh"
    first = run_build(raw, warehouse).build_id
    write_csv(raw / "surrey.csv", SIMPLE_HEAD, SIMPLE_ROWS, preamble=("Surrey Police",))
    killed = subprocess.run([sys.executable, "-c", KILL_AT, str(raw), str(warehouse), str(kill_at)], cwd=ROOT,
                            capture_output=True, text=True)
    assert killed.returncode in (0, 9), killed.stderr
    after_kill = assert_whole(warehouse)  # right after the kill: still one build, the old or the new
    forces_after_kill = db_query(warehouse, "SELECT count(DISTINCT force_id) AS n FROM plan_items")["n"][0]
    # the old build (kent, essex) or the new one (with surrey), never a mix
    assert forces_after_kill == (2 if after_kill == first else 3)
    again = run_build(raw, warehouse)  # unchanged input since the killed build: must not keep a mix
    final = assert_whole(warehouse)
    assert db_query(warehouse, "SELECT count(DISTINCT force_id) AS n FROM plan_items")["n"][0] == 3
    if again.skipped_unchanged:  # only when the killed build had become current, whole
        assert after_kill != first and final == after_kill == again.build_id
    else:
        assert final == again.build_id != first
    assert load_module.read_build_info(warehouse)["build_id"] == final
    assert litter(warehouse) == []


def test_a_warehouse_whose_parts_disagree_is_rebuilt_not_up_to_date(tmp_path):
    raw, warehouse = small_raw(tmp_path), tmp_path / "wh"
    run_build(raw, warehouse)
    write_csv(raw / "surrey.csv", SIMPLE_HEAD, SIMPLE_ROWS, preamble=("Surrey Police",))
    run_build(raw, warehouse)
    builds = sorted(p.name for p in (warehouse / "builds").iterdir())
    # someone (or a half-finished switch) points the Parquet at the older build
    (warehouse / "parquet").unlink()
    os.symlink(f"builds/{builds[0]}/parquet", warehouse / "parquet")
    again = run_build(raw, warehouse)
    assert not again.skipped_unchanged
    assert_whole(warehouse)


# ---------------------------------------------------- 9. litter of killed builds, --force, no cached failures

def test_temp_files_of_a_killed_build_are_removed_by_the_next(tmp_path):
    raw, warehouse = small_raw(tmp_path), tmp_path / "wh"
    run_build(raw, warehouse)
    write_csv(raw / "surrey.csv", SIMPLE_HEAD, SIMPLE_ROWS, preamble=("Surrey Police",))
    # killed right after writing its database: the old layout left .plans.duckdb.<id>.tmp for good
    killed = subprocess.run([sys.executable, "-c", KILL_AT, str(raw), str(warehouse), "1"], cwd=ROOT,
                            capture_output=True, text=True)
    assert killed.returncode == 9, killed.stderr
    (raw / "essex.csv").unlink()
    run_build(raw, warehouse)
    assert litter(warehouse) == []
    assert not list((warehouse / ".etl" / "tmp").iterdir())


def test_a_passing_failure_is_not_cached_and_force_reparses(tmp_path, monkeypatch):
    raw, warehouse = small_raw(tmp_path), tmp_path / "wh"
    real = EXTRACTORS["csv"]
    failures = {"left": 1}

    def flaky(path):
        if Path(path).name == "kent.csv" and failures["left"]:
            failures["left"] -= 1
            raise MemoryError()
        return real(path)

    monkeypatch.setitem(EXTRACTORS, "csv", flaky)
    run_build(raw, warehouse, workers=1)
    assert issues_of(warehouse) == {"kent.csv": ["too_much_memory"]}
    again = run_build(raw, warehouse, workers=1)  # no input changed, but a passing failure is worth another go
    assert not again.skipped_unchanged and issues_of(warehouse) == {}
    forced = run_build(raw, warehouse, force=True, workers=1)
    assert forced.cached_files == 0
    changed = write_csv(raw / "surrey.csv", SIMPLE_HEAD, SIMPLE_ROWS, preamble=("Surrey Police",))
    assert changed and run_build(raw, warehouse, workers=1).cached_files == 2  # kent and essex from the cache


def test_force_bypasses_a_cached_failure(tmp_path, monkeypatch):
    raw, warehouse = small_raw(tmp_path), tmp_path / "wh"
    real = EXTRACTORS["csv"]
    calls = {"n": 0}

    def flaky(path):
        calls["n"] += 1
        if Path(path).name == "kent.csv" and calls["n"] <= 2:
            raise MemoryError()
        return real(path)

    monkeypatch.setitem(EXTRACTORS, "csv", flaky)
    run_build(raw, warehouse, workers=1)
    run_build(raw, warehouse, force=True, workers=1)
    assert "kent.csv" not in issues_of(warehouse)


# ------------------------------------------------------------------ 10. the raw folder is a boundary

def test_links_out_of_the_raw_folder_are_refused_and_never_read(tmp_path, monkeypatch):
    raw = small_raw(tmp_path)
    outside = write_csv(tmp_path / "surrey.csv", SIMPLE_HEAD, SIMPLE_ROWS, preamble=("Surrey Police",))
    os.symlink(outside, raw / "surrey-plan.csv")
    os.symlink("/etc/passwd", raw / "sussex.txt")
    os.symlink(tmp_path, raw / "up")  # a folder outside
    opened = []
    real = build_module.sha256_of
    monkeypatch.setattr(build_module, "sha256_of", lambda path, *a, **k: opened.append(Path(path).name) or real(path, *a, **k))
    run_build(raw, tmp_path / "wh")
    issues = issues_of(tmp_path / "wh")
    assert issues["surrey-plan.csv"] == ["link_outside_raw"] and issues["sussex.txt"] == ["link_outside_raw"]
    assert "up" in issues and issues["up"] == ["link_outside_raw"]
    sources = db_query(tmp_path / "wh", "SELECT source_file, sha256, loaded FROM sources").set_index("source_file")
    assert sources.loc["sussex.txt", "sha256"] == "" and not sources.loc["sussex.txt", "loaded"]
    assert "sussex.txt" not in opened and "surrey-plan.csv" not in opened and "passwd" not in opened


def test_a_link_inside_the_raw_folder_is_read(tmp_path):
    raw = small_raw(tmp_path)
    (raw / "archive").mkdir()
    write_csv(raw / "archive" / "surrey.csv", SIMPLE_HEAD, SIMPLE_ROWS, preamble=("Surrey Police",))
    os.symlink("archive/surrey.csv", raw / "surrey-latest.csv")
    os.symlink("archive", raw / "old")  # a folder link inside: its files are read once, through their own path
    report = run_build(raw, tmp_path / "wh")
    assert sorted(r.source_file for r in report.results) == ["archive/surrey.csv", "essex.csv", "kent.csv", "surrey-latest.csv"]


def test_dangling_links_loops_and_fifos_are_listed_with_a_reason(tmp_path):
    raw = small_raw(tmp_path)
    os.symlink(raw / "gone.csv", raw / "dangling.csv")
    os.symlink(raw / "loop-b.csv", raw / "loop-a.csv")
    os.symlink(raw / "loop-a.csv", raw / "loop-b.csv")
    os.mkfifo(raw / "norfolk.csv")  # opening this for reading would block forever
    started = time.monotonic()
    run_build(raw, tmp_path / "wh")
    assert time.monotonic() - started < 60
    issues = issues_of(tmp_path / "wh")
    assert issues["dangling.csv"] == ["dangling_link"]
    assert issues["loop-a.csv"] == ["link_loop"] and issues["loop-b.csv"] == ["link_loop"]
    assert issues["norfolk.csv"] == ["not_a_file"]
    messages = db_query(tmp_path / "wh", "SELECT message FROM load_issues WHERE source_file = 'norfolk.csv'")["message"][0]
    assert "FIFO" in messages


class _DiesInAChild:
    """Cyclic garbage whose finalizer kills any process but the one that made it, as a C-extension object made
    in a busy parent (a Streamlit server, a test session) can when a forked child's collector finalizes it."""

    def __init__(self):
        self.parent_pid = os.getpid()
        self.me = self

    def __del__(self):
        if os.getpid() != self.parent_pid:
            os.kill(os.getpid(), 11)  # SIGSEGV, as the real crash was


def test_garbage_left_in_the_parent_never_kills_a_worker(tmp_path, monkeypatch):
    """Seen after the review page's tests: workers forked from that process segfaulted collecting the parent's
    garbage, and four PDF plans of the sample were lost from the build as worker_crashed."""
    import gc

    raw = tmp_path / "raw"
    raw.mkdir()
    for force in ("kent", "essex", "surrey", "sussex"):
        write_csv(raw / f"{force}.csv", SIMPLE_HEAD, SIMPLE_ROWS, preamble=(f"{force.title()} Police",))
    original_init = build_module._worker_init

    def init_then_collect(*args):  # the child's collector runs before the plan is read, as it soon would
        gc.enable()
        gc.collect()
        original_init(*args)

    monkeypatch.setattr(build_module, "_worker_init", init_then_collect)
    gc.disable()  # so the garbage is still there when the workers fork
    try:
        _DiesInAChild()
        result = run_build(raw, tmp_path / "wh", workers=2)
    finally:
        gc.enable()
    con = duckdb.connect(str(tmp_path / "wh" / "plans.duckdb"), read_only=True)
    try:
        crashed = con.execute("SELECT source_file FROM load_issues WHERE code = 'worker_crashed'").fetchall()
        forces = {r[0] for r in con.execute("SELECT DISTINCT force_id FROM plan_items").fetchall()}
    finally:
        con.close()
    assert crashed == [] and forces == {"kent", "essex", "surrey", "sussex"}, result
