"""Status words -> a fixed vocabulary, keeping the raw wording, and any percentage given."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..reference import Reference

STATUSES = ("complete", "bau", "in_progress", "not_started", "not_applicable", "unknown")
DONE_STATUSES = ("complete", "bau", "not_applicable")  # not overdue, whatever the date
_PCT = re.compile(r"(-?\d{1,4}(?:\.\d+)?)\s*%")


@dataclass(frozen=True)
class StatusReading:
    status: str
    progress_pct: float | None
    pct_problem: str = ""  # set when a percentage was given but is impossible


def classify_status(raw: str, reference: Reference) -> StatusReading:
    text = " ".join(raw.split()).strip(" .:-–")
    if not text:
        return StatusReading("unknown", None)
    pct: float | None = None
    problem = ""
    match = _PCT.search(text)
    if match:
        value = float(match.group(1))
        if 0 <= value <= 100:
            pct = value
        else:
            problem = f"progress of {match.group(0)} is outside 0-100%"
    for pattern, status in reference.status_rules:
        if pattern.search(text):
            return StatusReading(status, pct, problem)
    if pct is not None:  # a bare '50%' is a progress figure
        status = "complete" if pct == 100 else "not_started" if pct == 0 else "in_progress"
        return StatusReading(status, pct, problem)
    return StatusReading("unknown", None, problem)


def is_status_word(raw: str, reference: Reference, max_len: int = 60) -> bool:
    """A short cell that reads as a known status: used to re-anchor rows whose columns shifted."""
    return 0 < len(raw) <= max_len and classify_status(raw, reference).status != "unknown"
