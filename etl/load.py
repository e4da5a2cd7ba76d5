"""Write the warehouse: DuckDB file and Parquet folder built aside, then swapped in atomically.

A reader never sees half a load: the new DuckDB file replaces the old with one os.replace, and the
Parquet folder is reached through a symlink that is swapped the same way. A failure before the swap
leaves the previous warehouse exactly as it was.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
import pandas as pd

from .paths import DB_NAME

SCHEMA = (Path(__file__).parent / "schema.sql").read_text()
TABLES = ("forces", "recommendations", "plan_updates", "plan_items", "sources", "load_issues", "build_info", "fetches")
_FILLED_BY_INSERT = ("forces", "recommendations", "plan_updates", "sources", "load_issues", "build_info", "fetches")


def _schema_before_plan_items() -> tuple[str, str]:
    head, tail = SCHEMA.split("-- The latest round", 1)
    return head, "-- The latest round" + tail


def write_database(path: Path, frames: dict[str, pd.DataFrame]) -> None:
    head, plan_items_sql = _schema_before_plan_items()
    con = duckdb.connect(str(path), config={"autoinstall_known_extensions": False, "autoload_known_extensions": False})
    try:
        con.execute(head)
        for name in _FILLED_BY_INSERT:
            if name == "fetches" and name not in frames:
                continue  # nothing fetched (etl/fetch): the table stays empty
            frame = frames[name]
            con.register("incoming", frame)
            columns = ", ".join(frame.columns)
            con.execute(f"INSERT INTO {name} ({columns}) SELECT {columns} FROM incoming")
            con.unregister("incoming")
        con.execute(plan_items_sql)
        con.execute("CHECKPOINT")
    finally:
        con.close()


def publish(warehouse: Path, frames: dict[str, pd.DataFrame], build_id: str) -> None:
    warehouse.mkdir(parents=True, exist_ok=True)
    tmp_db = warehouse / f".{DB_NAME}.{build_id}.tmp"
    parquet_dir = warehouse / f"parquet-{build_id}"
    link_tmp = warehouse / f".parquet.{build_id}.tmp"
    try:
        write_database(tmp_db, frames)
        parquet_dir.mkdir()
        con = duckdb.connect(str(tmp_db), read_only=True)
        try:
            for table in TABLES:
                target = str(parquet_dir / f"{table}.parquet").replace("'", "''")
                con.execute(f"COPY {table} TO '{target}' (FORMAT parquet)")
        finally:
            con.close()
        link = warehouse / "parquet"
        if link.exists() and not link.is_symlink():
            shutil.rmtree(link)  # an old-style real folder: replaced once by the link
        os.symlink(parquet_dir.name, link_tmp)
        os.replace(link_tmp, link)
        os.replace(tmp_db, warehouse / DB_NAME)
    except BaseException:
        for leftover in (tmp_db, link_tmp):
            leftover.unlink(missing_ok=True)
        link = warehouse / "parquet"
        if not (link.is_symlink() and os.readlink(link) == parquet_dir.name):
            shutil.rmtree(parquet_dir, ignore_errors=True)
        raise
    _prune(warehouse, keep=parquet_dir.name)


def _prune(warehouse: Path, keep: str) -> None:
    """Drop Parquet folders older than the previous build (a reader may still hold the previous one)."""
    folders = sorted((p for p in warehouse.glob("parquet-*") if p.is_dir()), key=lambda p: p.stat().st_mtime)
    for old in folders[:-2]:
        if old.name != keep:
            shutil.rmtree(old, ignore_errors=True)


def read_build_info(warehouse: Path) -> dict | None:
    path = warehouse / DB_NAME
    if not path.exists():
        return None
    try:
        con = duckdb.connect(str(path), read_only=True)
        try:
            row = con.execute("SELECT * FROM build_info").fetchdf()
        finally:
            con.close()
    except duckdb.Error:
        return None
    return row.iloc[0].to_dict() if len(row) else None
