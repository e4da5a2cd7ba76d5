"""The source list: where each force publishes its plan (data/reference/plan_sources.csv).

Columns: force_id, url, kind (`page`: an HTML page holding the plan or linking to it; `document`: the
plan file itself), render (`yes` to draw the page with Chromium first, for plans drawn by script), notes.
A force with no URL stays in the list with the URL blank, so it can be reported as having no source.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..paths import REFERENCE_DIR
from .address import problem as address_problem

SOURCES_CSV = REFERENCE_DIR / "plan_sources.csv"
COLUMNS = ("force_id", "url", "kind", "render", "notes")
KINDS = ("page", "document")


@dataclass(frozen=True)
class Source:
    force_id: str
    url: str
    kind: str = "page"
    render: bool = False
    notes: str = ""
    problem: str = ""  # why this row cannot be fetched as written (reported in the log, never fatal)


def _problem(force_id: str, url: str, kind: str, render: str, known: set[str] | None) -> str:
    if known is not None and force_id not in known:
        return f"'{force_id}' is not a force_id in forces.csv"
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"'{url[:80]}' is not an http(s) address; only http and https are fetched"
    refused = address_problem(url)  # user info, a backslash, a host two parsers read differently (address.py)
    if refused:
        return refused
    if kind not in KINDS:
        return f"kind '{kind}' is not one of {', '.join(KINDS)}"
    if render not in ("", "yes", "no", "true", "false", "1", "0"):
        return f"render '{render}' is not yes or no"
    return ""


def load_sources(path: Path = SOURCES_CSV, known_forces: set[str] | None = None) -> list[Source]:
    """Every row of the source list, in file order; a row that cannot be fetched carries its `problem`."""
    path = Path(path)
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in ("force_id", "url") if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path} has no {', '.join(missing)} column")
        sources = []
        for row in reader:
            force_id = (row.get("force_id") or "").strip()
            if not force_id or force_id.startswith("#"):
                continue
            url = (row.get("url") or "").strip()
            kind = (row.get("kind") or "").strip().lower() or "page"
            render = (row.get("render") or "").strip().lower()
            sources.append(Source(force_id, url, kind, render in ("yes", "true", "1"), (row.get("notes") or "").strip(),
                                  _problem(force_id, url, kind, render, known_forces)))
    return sources
