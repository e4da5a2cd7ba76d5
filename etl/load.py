"""Write the warehouse: each build in a folder of its own, made current by ONE atomic switch.

    warehouse/
      builds/<build_id>/plans.duckdb     a build's database ...
      builds/<build_id>/parquet/*.parquet  ... and its Parquet, written together
      current -> builds/<build_id>       the one switch: os.replace of a symlink
      plans.duckdb -> current/plans.duckdb   the documented paths, stable links through `current`
      parquet -> current/parquet
      .cache/<key>.pickle                parsed files (by content hash)
      .etl/lock                          one writer at a time (a POSIX lock, released if the process dies)
      .etl/ledger.json                   what the ETL made: its builds and cache files (only these are deleted)
      .etl/tmp/                          a build being written; whatever a killed build left here is removed by
                                         the next build (which holds the lock, so nothing else is writing)

A reader never sees half a load or a mix: the database and the Parquet of one build become current in
the same rename, and the previous build is kept for readers still holding it. The ETL deletes only the
builds and cache files its ledger lists, so a user's `parquet-backup/` or a foreign `.pickle` is never
touched.
"""
from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import shutil
import threading
import time
from pathlib import Path

import duckdb
import pandas as pd

from .paths import DB_NAME

SCHEMA = (Path(__file__).parent / "schema.sql").read_text()  # the tables the build inserts into
DERIVED = (Path(__file__).parent / "derived.sql").read_text()  # tables computed from them after the inserts
TABLES = ("forces", "recommendations", "plan_updates", "plan_items", "sources", "load_issues", "build_info", "fetches",
          "corrections")
_FILLED_BY_INSERT = ("forces", "recommendations", "plan_updates", "sources", "load_issues", "build_info", "fetches",
                     "corrections")
ETL_DIR, BUILDS_DIR, CURRENT, PARQUET, CACHE_DIR = ".etl", "builds", "current", "parquet", ".cache"
LOCK_WAIT_SECONDS = 30.0
# failures that say nothing about a file's bytes: a warehouse holding one is built again even if no input changed
TRANSIENT_FAILURES = ("timeout", "internal_error", "too_much_memory", "worker_crashed", "vanished", "unreadable",
                      "changed_during_build")
_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}


class WarehouseError(Exception):
    """The warehouse folder cannot be used (a file, read-only, a foreign folder in the way): one line for the user."""


class BuildBusy(WarehouseError):
    """Another build holds the warehouse's lock for longer than we are willing to wait."""


# ---------------------------------------------------------------------------------------------- the lock

_held: dict[str, list] = {}  # real path of the lock file -> [RLock, depth, fd]: re-entrant within a process
_held_guard = threading.Lock()


@contextlib.contextmanager
def warehouse_lock(warehouse: Path, wait: float = LOCK_WAIT_SECONDS):
    """One writer per warehouse, across processes (fcntl.lockf, dropped by the kernel when a process dies,
    and not inherited by forked parse workers) and threads; re-entrant in the thread that holds it."""
    etl_dir = prepare(warehouse)
    key = os.path.realpath(etl_dir / "lock")
    with _held_guard:
        entry = _held.setdefault(key, [threading.RLock(), 0, None])
    deadline = time.monotonic() + wait
    if not entry[0].acquire(timeout=max(0.0, wait)):
        raise BuildBusy(f"another build is running on {warehouse} (waited {wait:.0f} s)")
    try:
        if entry[1] == 0:
            fd = os.open(key, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
            while True:
                try:
                    fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except OSError as exc:
                    if exc.errno not in (errno.EACCES, errno.EAGAIN):
                        os.close(fd)
                        raise WarehouseError(f"cannot lock {key}: {exc.strerror}") from exc
                    if time.monotonic() >= deadline:
                        os.close(fd)
                        raise BuildBusy(f"another build is running on {warehouse} (waited {wait:.0f} s)") from None
                    time.sleep(0.05)
            entry[2] = fd
        entry[1] += 1
        try:
            yield
        finally:
            entry[1] -= 1
            if entry[1] == 0:
                os.close(entry[2])  # closing the descriptor drops the lock
                entry[2] = None
    finally:
        entry[0].release()


def prepare(warehouse: Path) -> Path:
    """Create the warehouse and its private folder; a path that cannot be a writable folder is a WarehouseError."""
    warehouse = Path(warehouse)
    try:
        if warehouse.exists() and not warehouse.is_dir():
            raise WarehouseError(f"warehouse {warehouse} is a file, not a folder")
        warehouse.mkdir(parents=True, exist_ok=True)
        etl_dir = warehouse / ETL_DIR
        (etl_dir / "tmp").mkdir(parents=True, exist_ok=True)
        probe = etl_dir / "tmp" / f".probe-{os.getpid()}-{threading.get_ident()}"
        probe.write_bytes(b"")
        probe.unlink()
    except WarehouseError:
        raise
    except OSError as exc:
        raise WarehouseError(f"cannot write to warehouse {warehouse}: {exc.strerror or exc}") from exc
    for name in (DB_NAME, PARQUET, CURRENT):  # something the ETL did not make is in the way: never replace it
        path = warehouse / name
        if path.is_symlink() or not path.exists():
            continue
        if name == DB_NAME and path.is_file():
            continue  # a database from the single-file layout: the ETL made it, it becomes a link
        raise WarehouseError(f"{path} is a {'folder' if path.is_dir() else 'file'} the ETL did not make; move it away")
    return etl_dir


# ------------------------------------------------------------------------------------------- the ledger

def read_ledger(warehouse: Path) -> dict:
    try:
        ledger = json.loads((Path(warehouse) / ETL_DIR / "ledger.json").read_text())
    except (OSError, ValueError):
        ledger = {}
    return {"builds": list(ledger.get("builds", [])), "cache": list(ledger.get("cache", []))}


def write_ledger(warehouse: Path, ledger: dict) -> None:
    """Atomically: a killed build leaves the old ledger or the new one, never half of one."""
    etl_dir = Path(warehouse) / ETL_DIR
    tmp = etl_dir / "tmp" / f"ledger.{os.getpid()}.{threading.get_ident()}.json"
    tmp.write_text(json.dumps(ledger, indent=1, sort_keys=True))
    os.replace(tmp, etl_dir / "ledger.json")


def clean_tmp(warehouse: Path) -> list[str]:
    """Remove what killed builds left in the ETL's own temp folder. Call with the lock held."""
    removed = []
    tmp = Path(warehouse) / ETL_DIR / "tmp"
    for path in tmp.iterdir() if tmp.is_dir() else ():
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path.name)
    return removed


# ---------------------------------------------------------------------------------------------- writing

def write_database(path: Path, frames: dict[str, pd.DataFrame]) -> None:
    con = duckdb.connect(str(path), config=_CONFIG)
    try:
        con.execute(SCHEMA)
        for name in _FILLED_BY_INSERT:
            if name in ("fetches", "corrections") and name not in frames:
                continue  # nothing fetched (etl/fetch), no corrections file (etl/corrections.py): the table stays empty
            frame = frames[name]
            con.register("incoming", frame)
            columns = ", ".join(frame.columns)
            con.execute(f"INSERT INTO {name} ({columns}) SELECT {columns} FROM incoming")
            con.unregister("incoming")
        con.execute(DERIVED)
        con.execute("CHECKPOINT")
    finally:
        con.close()


def write_parquet(database: Path, folder: Path) -> None:
    folder.mkdir()
    con = duckdb.connect(str(database), read_only=True, config=_CONFIG)
    try:
        for table in TABLES:
            target = str(folder / f"{table}.parquet").replace("'", "''")
            con.execute(f"COPY {table} TO '{target}' (FORMAT parquet)")
    finally:
        con.close()


def _link(warehouse: Path, name: str, target: str) -> None:
    """Make warehouse/name a symlink to target, atomically (a link made aside, then renamed over)."""
    path = warehouse / name
    if path.is_symlink() and os.readlink(path) == target:
        return
    tmp = warehouse / ETL_DIR / "tmp" / f"{name}.{os.getpid()}.{threading.get_ident()}.link"
    tmp.unlink(missing_ok=True)
    os.symlink(target, tmp)
    os.replace(tmp, path)


def publish(warehouse: Path, frames: dict[str, pd.DataFrame], build_id: str, wait: float = LOCK_WAIT_SECONDS) -> None:
    """Write a build aside and make it current in one step. A failure before the switch leaves the previous
    warehouse exactly as it was (and no files behind); the next build finishes any cleanup a kill interrupted."""
    warehouse = Path(warehouse)
    with warehouse_lock(warehouse, wait):
        staging = warehouse / ETL_DIR / "tmp" / build_id
        final = warehouse / BUILDS_DIR / build_id
        try:
            staging.mkdir()
            write_database(staging / DB_NAME, frames)
            write_parquet(staging / DB_NAME, staging / PARQUET)
            ledger = read_ledger(warehouse)
            ledger["builds"] = [b for b in ledger["builds"] if b != build_id] + [build_id]
            write_ledger(warehouse, ledger)  # recorded before it exists: a kill after this leaves nothing untracked
            final.parent.mkdir(exist_ok=True)
            os.rename(staging, final)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        previous = current_build_id(warehouse)
        _link(warehouse, CURRENT, f"{BUILDS_DIR}/{build_id}")  # THE switch: database and Parquet together
        _link(warehouse, PARQUET, f"{CURRENT}/{PARQUET}")  # no-ops once the layout is in place
        _link(warehouse, DB_NAME, f"{CURRENT}/{DB_NAME}")
        prune(warehouse, keep={build_id, previous})


def current_build_id(warehouse: Path) -> str | None:
    link = Path(warehouse) / CURRENT
    try:
        target = os.readlink(link)
    except OSError:
        return None
    return target.rsplit("/", 1)[-1] if target.startswith(f"{BUILDS_DIR}/") else None


def prune(warehouse: Path, keep: set) -> None:
    """Delete the ETL's own builds (those its ledger lists) but the ones in keep. Call with the lock held."""
    ledger = read_ledger(warehouse)
    for build_id in ledger["builds"]:
        if build_id not in keep:
            shutil.rmtree(Path(warehouse) / BUILDS_DIR / build_id, ignore_errors=True)
    ledger["builds"] = [b for b in ledger["builds"] if b in keep and (Path(warehouse) / BUILDS_DIR / b).is_dir()]
    write_ledger(warehouse, ledger)


# ---------------------------------------------------------------------------------------------- reading

def read_build_info(warehouse: Path) -> dict | None:
    """The current build's build_info, only if the warehouse is whole: the documented paths lead to the
    current build, its database and Parquet are there and of the same build. Anything else: None (rebuild)."""
    warehouse = Path(warehouse)
    build_id = current_build_id(warehouse)
    if build_id is None:
        return None
    folder = warehouse / BUILDS_DIR / build_id
    try:
        if os.readlink(warehouse / DB_NAME) != f"{CURRENT}/{DB_NAME}" or os.readlink(warehouse / PARQUET) != f"{CURRENT}/{PARQUET}":
            return None
    except OSError:
        return None
    if not all((folder / PARQUET / f"{t}.parquet").is_file() for t in TABLES) or not (folder / DB_NAME).is_file():
        return None
    try:
        con = duckdb.connect(":memory:", config=_CONFIG)
        try:
            quoted = str(folder / DB_NAME).replace("'", "''")
            con.execute(f"ATTACH '{quoted}' AS db (READ_ONLY)")
            row = con.execute("SELECT * FROM db.build_info").fetchdf()
            transient = con.execute("SELECT count(*) FROM db.load_issues WHERE severity = 'error' AND list_contains(?, code)",
                                    [list(TRANSIENT_FAILURES)]).fetchone()[0]
            parquet_ids = con.execute("SELECT build_id FROM read_parquet(?)", [str(folder / PARQUET / "build_info.parquet")]).fetchall()
        finally:
            con.close()
    except duckdb.Error:
        return None
    if len(row) != 1 or [r[0] for r in parquet_ids] != [row.iloc[0]["build_id"]]:
        return None
    info = row.iloc[0].to_dict()
    info["transient_failures"] = int(transient)  # files that failed for a passing reason: worth building again
    return info
