"""Where fetched plans are kept: <raw>/fetched/<force_id>/<force_id>-<YYYY-MM-DD>[-doc-<hash>][-<n>].<ext>.

A snapshot is written once and never replaced or deleted (a same-day change gets a `-2` suffix). The
fetch log (.fetch_log.csv, one row per request, appended) and the per-source state (.fetch_state.json:
for each force and address, validators and the fingerprint of the last snapshot's plan text) are hidden files,
which the build's discovery skips; the build loads the log into the `fetches` table.

State is kept per force *and* address: two forces that list one address each get their own snapshot. A state
file of the old shape (keyed by address only) is read by taking each entry's force from its snapshot's folder.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import pandas as pd

FETCHED_DIR = "fetched"
LOG_NAME = ".fetch_log.csv"
STATE_NAME = ".fetch_state.json"


@dataclass
class LogRow:
    """One request (or, for a force with no usable source, one line saying so)."""

    run_id: str
    force_id: str
    url: str
    via_url: str = ""
    final_url: str = ""
    fetched_at: str = ""
    http_status: int | None = None
    format: str = ""
    bytes: int = 0
    sha256: str = ""
    text_sha256: str = ""
    changed: bool = False
    result: str = ""
    snapshot: str = ""
    attempts: int = 0
    seconds: float = 0.0
    error: str = ""


LOG_COLUMNS = [f.name for f in fields(LogRow)]
STATE_VERSION = 2
RESULTS = ("new", "changed", "unchanged", "not_modified", "landing", "not_plan", "failed", "no_source")


class Store:
    def __init__(self, raw_dir: Path):
        self.raw_dir = Path(raw_dir)
        self.root = self.raw_dir / FETCHED_DIR
        self.log_path = self.root / LOG_NAME
        self.state_path = self.root / STATE_NAME
        self.written: list[str] = []  # snapshots written since the runner last emptied this (one source's)
        self.state: dict[str, dict[str, dict]] = {}  # force_id -> address -> what we know
        if self.state_path.exists():
            try:
                self.state = _state_by_force(json.loads(self.state_path.read_text()))
            except (OSError, ValueError, AttributeError, TypeError):
                self.state = {}  # a damaged state only costs one re-comparison: snapshots stay as they are

    def previous(self, force_id: str, url: str) -> dict:
        """What we know of a force's address: validators, last plan fingerprint, last snapshot (if it still exists)."""
        known = dict((self.state.get(force_id) or {}).get(url) or {})
        if known.get("snapshot") and not (self.raw_dir / known["snapshot"]).exists():
            known.pop("etag", None)  # the snapshot was removed by hand: fetch it whole again
            known.pop("last_modified", None)
        return known

    def remember(self, force_id: str, url: str, **values) -> None:
        self.state.setdefault(force_id, {}).setdefault(url, {}).update({k: v for k, v in values.items() if v is not None})

    def save_state(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = self.state_path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"version": STATE_VERSION, "forces": self.state}, indent=1, sort_keys=True))
        os.replace(tmp, self.state_path)

    def check_log(self) -> None:
        """Before any request: the log can be appended to (OSError if not), so no snapshot is written that the
        log could not record."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.log_path, "a", newline="", encoding="utf-8"):
            pass

    def discard(self, snapshot: str) -> None:
        """Remove a snapshot this run wrote and could not log (never an earlier one: see runner.py)."""
        try:
            (self.raw_dir / snapshot).unlink()
        except FileNotFoundError:
            pass

    def snapshot(self, force_id: str, day: dt.date, url: str, suffix: str, content: bytes, linked: bool) -> str:
        """Write a new snapshot (never over an existing file); its path relative to the raw folder."""
        folder = self.root / force_id
        folder.mkdir(parents=True, exist_ok=True)
        stem = f"{force_id}-{day.isoformat()}"
        if linked:
            stem += "-doc-" + hashlib.sha256(url.encode()).hexdigest()[:6]
        n = 1
        while True:
            path = folder / (f"{stem}{suffix}" if n == 1 else f"{stem}-{n}{suffix}")
            try:
                with open(path, "xb") as fh:  # exclusive: an earlier snapshot is never replaced
                    fh.write(content)
                break
            except FileExistsError:
                n += 1
        name = path.relative_to(self.raw_dir).as_posix()
        self.written.append(name)
        return name

    def append_log(self, rows: list[LogRow]) -> None:
        if not rows:
            return
        self.root.mkdir(parents=True, exist_ok=True)
        new = not self.log_path.exists() or self.log_path.stat().st_size == 0
        with open(self.log_path, "a", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=LOG_COLUMNS)
            if new:
                writer.writeheader()
            for row in rows:
                writer.writerow(asdict(row))


def _state_by_force(data: dict) -> dict[str, dict[str, dict]]:
    if data.get("version") == STATE_VERSION:
        return {str(force): dict(urls) for force, urls in (data.get("forces") or {}).items()}
    by_force: dict[str, dict[str, dict]] = {}  # the old shape: address -> state; the force is the snapshot's folder
    for url, known in data.items():
        parts = str((known or {}).get("snapshot", "")).split("/")
        if len(parts) == 3 and parts[0] == FETCHED_DIR:
            by_force.setdefault(parts[1], {})[url] = dict(known)
    return by_force


def find_log(raw_dir: Path) -> Path | None:
    """The fetch log a build over `raw_dir` loads: <raw>/fetched/.fetch_log.csv, or <raw>/.fetch_log.csv when
    the build reads the fetched folder itself."""
    for path in (Path(raw_dir) / FETCHED_DIR / LOG_NAME, Path(raw_dir) / LOG_NAME):
        if path.is_file():
            return path
    return None


def log_fingerprint(raw_dir: Path) -> str:
    path = find_log(raw_dir)
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16] if path else ""


def fetches_frame(raw_dir: Path) -> pd.DataFrame:
    """The fetch log as the warehouse's `fetches` table (empty when nothing was fetched)."""
    path = find_log(raw_dir)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False) if path else pd.DataFrame(columns=LOG_COLUMNS)
    for column in LOG_COLUMNS:
        if column not in frame:
            frame[column] = ""
    frame = frame[LOG_COLUMNS].copy()
    frame["fetched_at"] = pd.to_datetime(frame["fetched_at"].replace("", None), errors="coerce", utc=True).dt.tz_localize(None)
    frame["http_status"] = pd.to_numeric(frame["http_status"].replace("", None), errors="coerce").astype("Int32")
    for column in ("bytes", "attempts"):
        frame[column] = pd.to_numeric(frame[column].replace("", "0"), errors="coerce").fillna(0).astype("int64")
    frame["seconds"] = pd.to_numeric(frame["seconds"].replace("", "0"), errors="coerce").fillna(0.0).astype(float)
    frame["changed"] = frame["changed"].astype(str).str.lower().isin(("true", "1"))
    return frame.reset_index(drop=True)


def snapshot_times(raw_dir: Path) -> dict[str, dt.datetime]:
    """When each snapshot was fetched, by its path as the build names it (relative to `raw_dir`): two snapshots
    of one day ('kent-2026-12-03.html', then 'kent-2026-12-03-2.html') are ordered by this, never by name."""
    path = find_log(raw_dir)
    if not path:
        return {}
    log = fetches_frame(raw_dir)
    log = log[(log.snapshot != "") & log.fetched_at.notna()]
    # the log names snapshots from the folder above fetched/; a build over fetched/ itself names them without it
    prefix = "" if path.parent.name == FETCHED_DIR else f"{FETCHED_DIR}/"
    return {snapshot[len(prefix):] if prefix and snapshot.startswith(prefix) else snapshot: fetched.to_pydatetime()
            for snapshot, fetched in zip(log.snapshot, log.fetched_at)}
