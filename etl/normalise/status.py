"""Status words -> a fixed vocabulary, keeping the raw wording, and any percentage given."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..reference import Reference
from ..vocabulary import DONE, STATUSES  # noqa: F401 (STATUSES: what a status may be, defined once there)
# A percentage with its sign, thousands separators and decimals kept, so '-5%' and '1,000%' are seen for
# what they are; a range ('50-60%') or two figures are doubtful, not averaged.
_MINUS = "-\u2212\u2013\u2014"
_PCT = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(?:%|per\s?cent\b)", re.IGNORECASE)
_PCT_RANGE = re.compile(rf"\d+(?:\.\d+)?\s*%?\s*(?:[{_MINUS}]|to)\s*\d+(?:\.\d+)?\s*(?:%|per\s?cent)", re.IGNORECASE)
# Words that undo a 'complete': future or conditional ('to be completed', 'due to complete', 'target: complete
# by Q3'), a question or a no ('Complete? No'), a negation ('closed - not achieved', 'yet to be implemented').
_DOUBT = re.compile(
    r"\b(to be|will|shall|would|should|due( to)?|target(ed)?|aim(ing|s)? to|expected|expect|plan(ned)? to|"
    r"intend(ed|s)? to|scheduled|by (the )?end of|by q[1-4]|not|never|yet|no|nor|unless|if|until|once|awaiting|pending)\b|\?",
    re.IGNORECASE)


@dataclass(frozen=True)
class StatusReading:
    status: str
    progress_pct: float | None
    pct_problem: str = ""  # set when a percentage was given but is impossible or doubtful
    doubt: str = ""  # set when done-words were undone by a negation, a future or a question: stored unknown


def read_percentage(text: str) -> tuple[float | None, str]:
    """(percentage, problem): a single figure 0-100 is kept; a sign, a size over 100 or a range is a problem."""
    found = list(_PCT.finditer(text))
    if not found:
        return None, ""
    if _PCT_RANGE.search(text) or len({m.group(0) for m in found}) > 1:
        return None, f"'{text[:40]}' gives more than one percentage"
    match = found[0]
    value = float(match.group(1).replace(",", "") + (match.group(2) or ""))
    if _signed(text, match.start()):
        return None, f"progress of -{match.group(0).strip()} is negative"
    if value > 100:
        return None, f"progress of {match.group(0).strip()} is outside 0-100%"
    return value, ""


def _signed(text: str, start: int) -> bool:
    """A minus straight before the figure, at the start or after '(', ':' or '=': '-5%', 'Progress: -5%'.
    'Amber - 60%' and 'Amber -60%' use the dash as a separator."""
    if start == 0 or text[start - 1] not in _MINUS:
        return False
    before = text[: start - 1].rstrip()
    return not before or before[-1] in "(:="


def classify_status(raw: str, reference: Reference) -> StatusReading:
    text = " ".join(raw.split()).strip(" .:")
    text = text.lstrip("-–—").strip() if not re.match(rf"^[{_MINUS}]\s?\d", text) else text
    if not text:
        return StatusReading("unknown", None)
    pct, problem = read_percentage(text)
    doubted = ""
    for pattern, status in reference.status_rules:
        if pattern.search(text):
            if status in DONE and _DOUBT.search(text):
                # 'In progress (due to complete June)' is in progress; 'To be completed' alone says nothing sure
                doubted = (f"status '{text[:60]}' has done-words undone by a negation, a future or a question; "
                           "stored as unknown")
                continue
            return StatusReading(status, pct, problem)
    if doubted:
        return StatusReading("unknown", None, problem, doubted)
    if pct is not None:  # a bare '50%' is a progress figure
        status = "complete" if pct == 100 else "not_started" if pct == 0 else "in_progress"
        return StatusReading(status, pct, problem)
    return StatusReading("unknown", None, problem)


def is_status_word(raw: str, reference: Reference, max_len: int = 60) -> bool:
    """A short cell that reads as a known status: used to re-anchor rows whose columns shifted."""
    return 0 < len(raw) <= max_len and classify_status(raw, reference).status != "unknown"
