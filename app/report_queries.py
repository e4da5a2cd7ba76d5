"""Named queries for the national progress report (app/national_report.py). SQL only, over the same `items`
relation as app/queries.py (each force's latest round per sub-item as of the date, filters applied, with its
is_done / is_applicable / overdue flags), so the report's figures are the dashboard's figures.
"""
from __future__ import annotations

import pandas as pd

from etl import vocabulary as V

from . import queries
from .filters import Filters
from .warehouse import Warehouse

_DONE = "is_done"
# the previous round's status is a plain column: its done-test is written from the vocabulary, never spelled out
_PREV_DONE = f"prev_status IN {V.sql_list(V.DONE)}"


def recommendation_summary(wh: Warehouse, f: Filters) -> pd.DataFrame:
    """One row per recommendation in scope: deadline, sub-items, the status split of its sub-item positions,
    and forces: reporting, done (every sub-item that applies done), not started (every sub-item that applies
    not started), with anything overdue, and answering it as a whole (granularity = 'recommendation')."""
    return queries.select_items(wh, f, f"""
        WITH per_force AS (
            SELECT rec_no, force_id,
                   count(*) FILTER (WHERE {_DONE}) AS done,
                   count(*) FILTER (WHERE is_applicable) AS applicable,
                   count(*) FILTER (WHERE status = 'not_started') AS not_started,
                   count(*) FILTER (WHERE overdue) AS overdue,
                   bool_or(granularity = 'recommendation') AS whole
            FROM items GROUP BY rec_no, force_id
        ), forces_per_rec AS (
            SELECT rec_no, count(*) AS forces_reporting,
                   count(*) FILTER (WHERE applicable > 0 AND done = applicable) AS forces_done,
                   count(*) FILTER (WHERE applicable > 0 AND not_started = applicable) AS forces_not_started,
                   count(*) FILTER (WHERE overdue > 0) AS forces_overdue,
                   count(*) FILTER (WHERE whole) AS forces_whole
            FROM per_force GROUP BY rec_no
        ), split AS (
            SELECT rec_no, count(*) AS items,
                   count(*) FILTER (WHERE {_DONE}) AS done,
                   count(*) FILTER (WHERE status = 'complete') AS complete,
                   count(*) FILTER (WHERE status = 'bau') AS bau,
                   count(*) FILTER (WHERE status = 'in_progress') AS in_progress,
                   count(*) FILTER (WHERE status = 'not_started') AS not_started,
                   count(*) FILTER (WHERE status = 'not_applicable') AS not_applicable,
                   count(*) FILTER (WHERE status = 'unknown') AS unknown,
                   count(*) FILTER (WHERE overdue) AS overdue,
                   count(*) FILTER (WHERE granularity = 'recommendation') AS whole_items,
                   count(*) FILTER (WHERE {_DONE}) / nullif(count(*) FILTER (WHERE is_applicable), 0)
                       AS completion_rate
            FROM items GROUP BY rec_no
        ), recs AS (
            SELECT rec_no, any_value(rec_title) AS rec_title, min(deadline) AS deadline, count(*) AS sub_items,
                   string_agg(item_id, ', ' ORDER BY CAST(split_part(item_id, '.', 2) AS INTEGER)) AS item_ids
            FROM recommendations WHERE len($recs) = 0 OR list_contains($recs, rec_no) GROUP BY rec_no
        )
        SELECT r.rec_no, r.rec_title, r.deadline, r.sub_items, r.item_ids,
               coalesce(s.items, 0) AS items, coalesce(s.done, 0) AS done, coalesce(s.complete, 0) AS complete,
               coalesce(s.bau, 0) AS bau, coalesce(s.in_progress, 0) AS in_progress,
               coalesce(s.not_started, 0) AS not_started, coalesce(s.not_applicable, 0) AS not_applicable,
               coalesce(s.unknown, 0) AS unknown, coalesce(s.overdue, 0) AS overdue,
               coalesce(s.whole_items, 0) AS whole_items, s.completion_rate,
               coalesce(p.forces_reporting, 0) AS forces_reporting, coalesce(p.forces_done, 0) AS forces_done,
               coalesce(p.forces_not_started, 0) AS forces_not_started,
               coalesce(p.forces_overdue, 0) AS forces_overdue, coalesce(p.forces_whole, 0) AS forces_whole
        FROM recs r LEFT JOIN split s USING (rec_no) LEFT JOIN forces_per_rec p USING (rec_no)
        ORDER BY r.rec_no""", recs=[int(r) for r in f.recs])


def changes_by_recommendation(wh: Warehouse, f: Filters) -> pd.DataFrame:
    """Per recommendation: sub-item positions whose status moved since the force's previous round, how many
    moved to done, how many moved away from done, and the forces with any move."""
    return queries.select_items(wh, f, f"""
        SELECT rec_no, count(*) AS moved,
               count(*) FILTER (WHERE {_DONE} AND NOT {_PREV_DONE}) AS to_done,
               count(*) FILTER (WHERE NOT ({_DONE}) AND {_PREV_DONE}) AS from_done,
               count(DISTINCT force_id) AS forces
        FROM items WHERE prev_status IS NOT NULL AND prev_status <> status
        GROUP BY rec_no ORDER BY rec_no""")


def update_texts(wh: Warehouse, f: Filters) -> pd.DataFrame:
    """Each force's latest words on each sub-item, with where they were read: for themes and excerpts."""
    return queries.select_items(wh, f, """
        SELECT force_id, force_name, rec_no, item_id, status, granularity, update_text,
               source_file, source_table, source_row
        FROM items WHERE length(trim(coalesce(update_text, ''))) > 0
        ORDER BY rec_no, force_name, CAST(split_part(item_id, '.', 2) AS INTEGER)""")


def items_needing_attention(wh: Warehouse, f: Filters, limit: int = 10) -> pd.DataFrame:
    """The sub-items the most forces have overdue or not started (ties by number)."""
    return queries.select_items(wh, f, """
        SELECT item_id, rec_no, any_value(item_title) AS item_title, min(deadline) AS deadline,
               count(*) AS forces_reporting,
               count(*) FILTER (WHERE overdue) AS forces_overdue,
               count(*) FILTER (WHERE status = 'not_started') AS forces_not_started,
               count(*) FILTER (WHERE overdue OR status = 'not_started') AS forces_either
        FROM items GROUP BY item_id, rec_no
        HAVING count(*) FILTER (WHERE overdue OR status = 'not_started') > 0
        ORDER BY forces_either DESC, forces_overdue DESC, rec_no, CAST(split_part(item_id, '.', 2) AS INTEGER)
        LIMIT $limit""", limit=int(limit))


def scope_facts(wh: Warehouse, f: Filters) -> pd.DataFrame:
    """Sub-item positions taken from one answer for a recommendation as a whole (how many, from how many
    answers and forces), and how many positions come from the generated sample corpus."""
    return queries.select_items(wh, f, """
        SELECT count(*) FILTER (WHERE granularity = 'recommendation') AS whole_items,
               count(DISTINCT force_id) FILTER (WHERE granularity = 'recommendation') AS whole_forces,
               count(DISTINCT (force_id, rec_no)) FILTER (WHERE granularity = 'recommendation') AS whole_answers,
               count(*) FILTER (WHERE is_sample) AS sample_items
        FROM items""")
