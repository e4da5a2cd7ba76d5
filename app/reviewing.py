"""The Review page's side effects, kept out of the page: whether this server may write, who is reviewing, saving a
correction (etl/corrections.py: atomic, under a file lock) and rebuilding the warehouse (the build's own lock).

Reviewing is off unless the server is started with it on:
- the environment variable TRACKER_REVIEWING=1 (also true, yes, on), or
- in .streamlit/secrets.toml:

      [review]
      enabled = true
      require_login = true        # optional: only a user signed in with st.login() may save (see README)
      reviewers = ["a.analyst@example.org"]   # optional, with require_login: only these signed-in users
      corrections_file = "data/corrections.csv"   # optional

Off, the page is a read-only list with no control that writes. Where the corrections go: TRACKER_CORRECTIONS, else
the secrets' corrections_file, else data/corrections.csv; the rebuild reads the plans under TRACKER_RAW (else
data/raw/) into the warehouse the app shows (TRACKER_WAREHOUSE, else data/warehouse/).
"""
from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from etl import corrections as C
from etl.paths import RAW_DIR, ROOT

from .warehouse import warehouse_path

REBUILD_SECONDS = 600
_YES = ("1", "true", "yes", "on")


def _settings() -> dict:
    try:
        section = st.secrets.get("review", {})
        return dict(section) if section else {}
    except Exception:  # no secrets.toml (or an unreadable one): nothing is switched on by it
        return {}


def enabled() -> bool:
    """Whether this server lets a person save corrections."""
    if os.environ.get("TRACKER_REVIEWING", "").strip().lower() in _YES:
        return True
    return _settings().get("enabled") is True


def require_login() -> bool:
    return _settings().get("require_login") is True


def may_save(user: str) -> bool:
    """With require_login, only a signed-in user, and only one of `reviewers` when that list is given."""
    if not require_login():
        return True
    allowed = _settings().get("reviewers")
    return bool(user) and (not allowed or user.lower() in {str(a).lower() for a in allowed})


def signed_in_as() -> str:
    """The signed-in user's email or name (Streamlit's OIDC sign-in, st.login); '' when nobody is signed in."""
    try:
        if st.user.is_logged_in:
            return str(st.user.get("email") or st.user.get("name") or "")
    except (AttributeError, KeyError):
        pass
    return ""


def corrections_path() -> Path:
    given = os.environ.get("TRACKER_CORRECTIONS") or _settings().get("corrections_file")
    if not given:
        return C.DEFAULT_PATH
    path = Path(given)
    return path if path.is_absolute() else ROOT / path


def raw_dir() -> Path:
    return Path(os.environ.get("TRACKER_RAW", RAW_DIR))


@dataclass
class Saved:
    ok: bool
    message: str
    build_id: str = ""


def save(corrections: list[C.Correction]) -> int:
    """Append to the corrections file (atomically, under its lock: two reviewers saving at once both keep theirs)."""
    return C.append(corrections_path(), corrections)


def rebuild() -> Saved:
    """Rebuild the warehouse with the corrections: the build's own process, lock and `--wait` (another reviewer's
    rebuild finishes first). The new figures are in when this returns ok."""
    warehouse = warehouse_path().parent
    command = [sys.executable, "-m", "etl", "build", "--raw", str(raw_dir()), "--warehouse", str(warehouse),
               "--corrections", str(corrections_path()), "--wait", str(REBUILD_SECONDS // 2)]
    try:
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=REBUILD_SECONDS,
                              env={**os.environ, "TQDM_DISABLE": "1"})
    except subprocess.TimeoutExpired:
        return Saved(False, f"the rebuild took over {REBUILD_SECONDS} s; the correction is saved and the next build "
                            "applies it")
    out = (done.stdout + done.stderr).strip().splitlines()
    found = [re.search(r"\(build ([^)]+)\)", line) for line in out]
    build = next((m[1] for m in reversed(found) if m), "")
    if done.returncode != 0:
        return Saved(False, (out[-1] if out else f"the build exited {done.returncode}") +
                     "; the correction is saved and the next build applies it")
    return Saved(True, "", build)


def today() -> dt.date:
    return dt.date.today()
