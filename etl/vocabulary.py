"""What the statuses are and what they mean: the one place to change it.

Imported by the ETL (the status reader stores only these), by the schema test (the CHECK constraint in
etl/schema.sql must list exactly STATUSES), by app/queries.py (the `items` relation's flags are written from
the sets below) and by app/charts.py (order, labels, colours). No Streamlit here.

To change what counts as done, edit DONE: the completion rate, overdue, peers' share done and every chart
follow. To teach the ETL a new *word* for a status, edit data/reference/status_words.csv instead.
"""
from __future__ import annotations

# Every status, in the order they are shown (legends, tables, the status filter).
STATUSES: tuple[str, ...] = ("complete", "bau", "in_progress", "not_started", "not_applicable", "unknown")

LABELS: dict[str, str] = {"complete": "Complete", "bau": "Business as usual", "in_progress": "In progress",
                          "not_started": "Not started", "not_applicable": "Not applicable", "unknown": "Unknown"}

# Okabe-Ito: distinguishable without colour vision; the two "done" statuses are two blues.
COLOURS: dict[str, str] = {"complete": "#0072B2", "bau": "#56B4E9", "in_progress": "#E69F00",
                           "not_started": "#D55E00", "not_applicable": "#999999", "unknown": "#CCCCCC"}

# done: counts towards completion.
DONE: frozenset[str] = frozenset({"complete", "bau"})
# not applicable to the force: left out of the completion rate's denominator.
NOT_APPLICABLE: frozenset[str] = frozenset({"not_applicable"})
# closed: nothing more is expected, so never overdue whatever the date.
CLOSED: frozenset[str] = DONE | NOT_APPLICABLE
# an inferred status (read from update text) counts as this when inferred statuses are switched off
UNKNOWN = "unknown"

assert set(LABELS) == set(COLOURS) == set(STATUSES) and CLOSED <= set(STATUSES)


def ordered(statuses) -> tuple[str, ...]:
    """The given statuses in display order."""
    chosen = set(statuses)
    return tuple(s for s in STATUSES if s in chosen)


def label(status: str) -> str:
    """A status in words ('bau' -> 'Business as usual'); anything else as given."""
    return LABELS.get(status, status)


def is_done(status: str) -> bool:
    return status in DONE


def is_applicable(status: str) -> bool:
    return status not in NOT_APPLICABLE


def is_closed(status: str) -> bool:
    return status in CLOSED


def sql_list(statuses) -> str:
    """A fixed SQL list literal of statuses, in display order: ('complete', 'bau'). Only this module's own
    words ever go in (checked), never a value from a user or a file."""
    chosen = ordered(statuses)
    if set(chosen) != set(statuses):
        raise ValueError(f"not statuses: {sorted(set(statuses) - set(chosen))}")
    return "(" + ", ".join(f"'{s}'" for s in chosen) + ")"


def item_key(item_id: str) -> tuple[int, int]:
    """'10.2' -> (10, 2): sub-items in report order (10.2 before 10.10); anything unparsable first."""
    rec, _, sub = str(item_id).partition(".")
    return (int(rec) if rec.isdigit() else 0, int(sub) if sub.isdigit() else 0)
