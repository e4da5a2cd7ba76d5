"""A read-only, in-memory snapshot of one warehouse build.

The ETL makes a build current with one atomic switch (plans.duckdb is a link through `current` to the
build's folder). The app copies the whole build into memory once per build (thousands of rows, not
millions), so every query in a page run sees the same build, the file is never held open (the ETL can
always replace it), and DuckDB's per-path instance cache cannot serve a stale build: each build's file
has a path of its own. A new file (path, inode, mtime or size) means a new snapshot.
"""
from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import duckdb
import pandas as pd

from etl.load import TABLES
from etl.paths import DB_NAME, WAREHOUSE_DIR

_lock = threading.Lock()
RELATIONS_MAX_BYTES = 64 * 1024 * 1024  # kept relations per snapshot; the oldest go first
_current: dict[tuple, "Warehouse"] = {}


def warehouse_path() -> Path:
    return Path(os.environ.get("TRACKER_WAREHOUSE", WAREHOUSE_DIR)) / DB_NAME


class Warehouse:
    def __init__(self, path: Path):
        self.path = path
        self._relations: dict[tuple, object] = {}
        self._relations_lock = threading.Lock()
        self._con = duckdb.connect(":memory:", config={"autoinstall_known_extensions": False,
                                                       "autoload_known_extensions": False})
        quoted = str(path).replace("'", "''")
        self._con.execute(f"ATTACH '{quoted}' AS src (READ_ONLY)")
        try:
            for table in TABLES:
                self._con.execute(f"CREATE TABLE {table} AS SELECT * FROM src.{table}")
        finally:
            self._con.execute("DETACH src")
        info = self.query("SELECT * FROM build_info").iloc[0]
        self.build_id: str = info["build_id"]
        self.built_at = info["built_at"]
        self.source_count = int(info["source_count"])
        self.loaded_count = int(info["loaded_count"])
        self.has_sample = bool(self.query("SELECT count(*) > 0 AS s FROM plan_updates WHERE is_sample")["s"][0])

    def query(self, sql: str, params: dict | list | None = None, relations: dict | None = None) -> pd.DataFrame:
        """Run SQL; `relations` are Arrow tables visible by name to this query alone."""
        cursor = self._con.cursor()  # one per call: a DuckDB connection is not shared across threads
        try:
            for name, table in (relations or {}).items():
                cursor.register(name, table)
            return cursor.execute(sql, params or {}).df()
        finally:
            cursor.close()

    def arrow(self, sql: str, params: dict):
        """The result of `sql` as an Arrow table, kept by nobody (a relation a query can read by name)."""
        cursor = self._con.cursor()
        try:
            return cursor.sql(sql, params=params).to_arrow_table()
        finally:
            cursor.close()

    def relation(self, key: tuple, sql: str, params: dict):
        """The result of `sql` as an Arrow table, computed once per key for this build and kept (the most
        recent, up to RELATIONS_MAX_BYTES): a page asks a dozen questions of the same filtered rows."""
        with self._relations_lock:
            table = self._relations.get(key)
        if table is None:
            table = self.arrow(sql, params)
            with self._relations_lock:
                self._relations[key] = table
                while len(self._relations) > 1 and sum(t.nbytes for t in self._relations.values()) > RELATIONS_MAX_BYTES:
                    self._relations.pop(next(iter(self._relations)))
        return table


def clear_relations() -> None:
    """Forget every snapshot's kept relations (benchmarks measuring a cold page clear this with Streamlit's caches)."""
    with _lock:
        snapshots = list(_current.values())
    for snapshot in snapshots:
        with snapshot._relations_lock:
            snapshot._relations.clear()


def current(path: Path | None = None) -> Warehouse | None:
    """The snapshot of the build on disk now; None when no warehouse has been built.

    No check-then-use race: the documented path (a link through `current` to a build folder) is resolved
    once to the build's own file, and that file is what is opened. If a rebuild prunes it between the
    two (a reader that slept through two rebuilds), the path is resolved again and the newer build read."""
    path = path or warehouse_path()
    for attempt in range(_OPEN_ATTEMPTS):
        try:
            real = Path(os.path.realpath(path, strict=True))
            stat = real.stat()
        except (FileNotFoundError, NotADirectoryError):
            if attempt == _OPEN_ATTEMPTS - 1 or not _mid_switch(path):
                return None
            time.sleep(0.05)
            continue
        key = (str(real), stat.st_ino, stat.st_mtime_ns, stat.st_size)
        with _lock:
            if key in _current:
                return _current[key]
        try:
            snapshot = Warehouse(real)
        except (duckdb.IOException, duckdb.CatalogException, duckdb.InvalidInputException, FileNotFoundError):
            if attempt == _OPEN_ATTEMPTS - 1:
                raise
            time.sleep(0.05)
            continue  # the build was replaced and pruned under us: look again
        with _lock:
            _current.clear()  # runs still holding the old snapshot keep it alive until they finish
            _current[key] = snapshot
            return snapshot
    return None


_OPEN_ATTEMPTS = 5


def _mid_switch(path: Path) -> bool:
    """A link whose target is missing: a build being switched or pruned right now, worth another look."""
    return os.path.islink(path) or os.path.islink(Path(path).parent / "current")
