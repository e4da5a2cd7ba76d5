"""The app's questions of a warehouse snapshot, each a typed function returning a DataFrame. All SQL of the
app lives here, as fixed text: filter values are always parameters, and no query is edited as a string.

Every figure is built on the `items` relation: each force's latest round per sub-item *as of* the filter
date, with force, region, recommendation and deadline joined on, the shared filters applied, and flags
computed once from etl/vocabulary.py (what "done", "applicable" and "closed" mean):
- is_done, is_applicable, is_closed; completion rate = done / applicable
- overdue: deadline before the as-of date and not closed; days_overdue
- item_order: sub-items in report order (10.2 before 10.10)
An undated round (no date could be read) counts from the day the plans were collected, the build date: it is
known to exist from then, and placing it any earlier would be a guess.

Each function is wrapped by app.cache.cached: inside a Streamlit run its result is cached per build and
arguments (filters included); anywhere else it is a plain call.
"""
from __future__ import annotations

import dataclasses
import re

import pandas as pd

from etl import vocabulary as V

from .cache import cached
from .filters import FILTER_CONDITION, Filters
from .warehouse import Warehouse

DONE_SQL = f"status IN {V.sql_list(V.DONE)}"
APPLICABLE_SQL = f"status NOT IN {V.sql_list(V.NOT_APPLICABLE)}"
CLOSED_SQL = f"status IN {V.sql_list(V.CLOSED)}"


def _shown_status(alias: str) -> str:
    """A round's status as counted: an inferred one is unknown when the filters leave inferred statuses out."""
    return (f"CASE WHEN {alias}.status_source = 'inferred' AND NOT $include_inferred THEN '{V.UNKNOWN}' "
            f"ELSE {alias}.status END")


def _item_order(alias: str = "") -> str:
    """Sub-items in report order: 10.2 before 10.10."""
    p = f"{alias}." if alias else ""
    return f"({p}rec_no * 1000 + CAST(split_part({p}item_id, '.', 2) AS INTEGER))"


ITEM_ORDER = _item_order()

# every round up to the as-of date with its force and recommendation, and which is each item's latest
_ROUNDS_CTES = f"""
WITH dated AS (
    -- keys only; the wide columns are fetched once the rounds wanted are known
    SELECT force_id, item_id, round_seq FROM plan_updates WHERE coalesce(round_date, $undated_from) <= $as_of
), newest AS (
    -- grouping, not a window: a window sorts every round (several times the cost at 100x the sample)
    SELECT force_id, item_id, max(round_seq) AS latest_seq FROM dated GROUP BY force_id, item_id
), previous AS (
    SELECT d.force_id, d.item_id, max(d.round_seq) AS previous_seq
    FROM dated d JOIN newest n USING (force_id, item_id) WHERE d.round_seq < n.latest_seq
    GROUP BY d.force_id, d.item_id
), rounds AS (
    SELECT d.force_id, f.force_name, f.region, d.item_id, d.rec_no, rec.rec_title, rec.title AS item_title,
           rec.deadline, d.round, d.round_date, d.round_seq, d.owner, d.update_text,
           {_shown_status("d")} AS status,
           d.status_raw, d.progress_pct, d.status_source, d.status_confidence, d.status_evidence, d.update_date,
           d.source_file, d.source_table, d.source_row, d.is_sample, d.granularity, d.anchor,
           d.reader_status, d.reviewer, d.review_reason,
           d.round_seq = n.latest_seq AS is_latest
    FROM plan_updates d JOIN newest n USING (force_id, item_id)
    JOIN forces f USING (force_id) JOIN recommendations rec USING (item_id)
    WHERE coalesce(d.round_date, $undated_from) <= $as_of
)"""

_FLAGS = f"""{DONE_SQL} AS is_done, {APPLICABLE_SQL} AS is_applicable, {CLOSED_SQL} AS is_closed,
           {ITEM_ORDER} AS item_order"""

# `items`: the latest round of each force and sub-item under the filters, with its previous round's status
ITEMS_SQL = _ROUNDS_CTES + f""", latest AS (
    -- (plan_updates read twice rather than through one shared CTE, which DuckDB would copy whole)
    SELECT r.* EXCLUDE (is_latest), p.round AS prev_round, {_shown_status("p")} AS prev_status
    FROM rounds r
    LEFT JOIN previous b USING (force_id, item_id)
    LEFT JOIN plan_updates p ON p.force_id = b.force_id AND p.item_id = b.item_id AND p.round_seq = b.previous_seq
    WHERE r.is_latest
), flagged AS (
    SELECT *, {_FLAGS} FROM latest
)
SELECT *, (deadline < $as_of AND NOT is_closed) AS overdue,
       CASE WHEN deadline < $as_of AND NOT is_closed THEN date_diff('day', deadline, $as_of) END AS days_overdue
FROM flagged
WHERE {FILTER_CONDITION}"""

# `rounds`: every round up to the as-of date under the filters (each round judged by its own status)
ROUNDS_SQL = _ROUNDS_CTES + f"""
SELECT * EXCLUDE (is_latest), {_FLAGS} FROM rounds WHERE {FILTER_CONDITION}"""

# the national figures of one relation: counts by status, done, overdue, completion rate
RATES = ",\n    ".join(
    ["count(*) AS items", "count(*) FILTER (WHERE is_done) AS done",
     "count(*) FILTER (WHERE is_applicable) AS applicable"]
    + [f"count(*) FILTER (WHERE status = '{s}') AS {s}" for s in V.STATUSES]
    + ["count(*) FILTER (WHERE overdue) AS overdue",
       "count(*) FILTER (WHERE is_done) / nullif(count(*) FILTER (WHERE is_applicable), 0) AS completion_rate"])
_RATES = RATES  # the name app/report_queries.py knew it by


def undated_from(wh: Warehouse):
    """The date an undated round counts from: the day the plans were collected (the build)."""
    return pd.Timestamp(wh.built_at).date()


def _params(wh: Warehouse, f: Filters) -> dict:
    """Every parameter the fixed SQL above takes: the filters' and the dates'."""
    return {"as_of": f.date, "include_inferred": f.include_inferred, "undated_from": undated_from(wh),
            **f.params()}


def select_items(wh: Warehouse, f: Filters, sql: str, *, keep: bool = True, **params) -> pd.DataFrame:
    """Run `sql` (a whole statement) with `items` (the latest rounds under these filters) as a table. The items
    are computed once per build and filters (an Arrow table the snapshot keeps), so a page's dozen questions
    share one pass over plan_updates; keep=False computes them afresh and keeps nothing."""
    base = _params(wh, f)
    if keep:
        key = ("items", f.clause()[0], tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in sorted(base.items())))
        items = wh.relation(key, ITEMS_SQL, base)
    else:
        items = wh.arrow(ITEMS_SQL, base)
    return wh.query(sql, params, relations={"items": items})


_items = select_items  # the name app/report_queries.py knew it by


def select_rounds(wh: Warehouse, f: Filters, sql: str, **params) -> pd.DataFrame:
    """Run `sql` with `rounds` (every round up to the as-of date under these filters) as a table."""
    return wh.query(sql, params, relations={"rounds": wh.arrow(ROUNDS_SQL, _params(wh, f))})


def _peers(f: Filters) -> Filters:
    """The same view of every force, with all its items: for national and regional comparisons. A status
    filter would make a force's completion, rank and peers' share meaningless (In progress only: 0% done)."""
    return dataclasses.replace(f, forces=(), regions=(), statuses=())


def whole_force(f: Filters) -> Filters:
    """A force's own figures: every status (see _peers)."""
    return dataclasses.replace(f, statuses=())


def one_force(f: Filters, force_id: str) -> Filters:
    """The Force page's view in words: that one force, every status (the page's force, never the sidebar's)."""
    return dataclasses.replace(f, statuses=(), forces=(force_id,), regions=())


# ------------------------------------------------------------------ options for the filters
@cached
def force_options(wh: Warehouse) -> pd.DataFrame:
    return wh.query("SELECT force_id, force_name, region, aliases FROM forces ORDER BY force_name")


@cached
def recommendation_options(wh: Warehouse) -> pd.DataFrame:
    return wh.query("SELECT DISTINCT rec_no, rec_title, min(deadline) AS deadline FROM recommendations GROUP BY ALL ORDER BY rec_no")


@cached
def item_options(wh: Warehouse) -> pd.DataFrame:
    return wh.query(f"SELECT item_id, rec_no, rec_title, title, deadline FROM recommendations ORDER BY {ITEM_ORDER}")


@cached
def build_info(wh: Warehouse) -> pd.DataFrame:
    return wh.query("SELECT * FROM build_info")


# ------------------------------------------------------------------ national overview
@cached
def headline(wh: Warehouse, f: Filters) -> pd.DataFrame:
    return select_items(wh, f, f"SELECT {RATES}, count(DISTINCT force_id) AS forces_reporting FROM items")


@cached
def status_by_recommendation(wh: Warehouse, f: Filters) -> pd.DataFrame:
    return select_items(wh, f, """
        SELECT rec_no, rec_title, status, count(*) AS items,
               count(*) / sum(count(*)) OVER (PARTITION BY rec_no) AS share
        FROM items GROUP BY rec_no, rec_title, status ORDER BY rec_no, status""")


@cached
def force_rec_completion(wh: Warehouse, f: Filters) -> pd.DataFrame:
    return select_items(wh, f, f"""
        SELECT force_id, force_name, region, rec_no, {RATES}
        FROM items GROUP BY force_id, force_name, region, rec_no ORDER BY force_name, rec_no""")


@cached
def force_completion(wh: Warehouse, f: Filters) -> pd.DataFrame:
    return select_items(wh, f, f"""
        SELECT force_id, force_name, region, {RATES}
        FROM items GROUP BY force_id, force_name, region ORDER BY completion_rate DESC, force_name""")


# ------------------------------------------------------------------ progress over time
# `items` over time: at each date a round was published (and the as-of date), every force's position then
OVER_TIME_SQL = f"""
WITH dates AS (
    SELECT DISTINCT coalesce(round_date, $undated_from) AS as_of FROM plan_updates
    WHERE coalesce(round_date, $undated_from) <= $as_of
    UNION SELECT CAST($as_of AS DATE)
), spans AS (
    -- each round holds from its date until the force's next round; an undated round (always last) holds
    -- from the build date (the same rule as `items`)
    SELECT u.*, coalesce(u.round_date, $undated_from) AS since,
           coalesce(lead(coalesce(u.round_date, $undated_from))
                        OVER (PARTITION BY u.force_id, u.item_id ORDER BY u.round_seq), DATE '9999-12-31') AS until
    FROM plan_updates u
), positions AS (
    SELECT d.as_of, s.force_id, f.force_name, f.region, s.item_id, s.rec_no, s.is_sample, rec.deadline,
           {_shown_status("s")} AS status
    FROM dates d
    JOIN spans s ON s.since <= d.as_of AND d.as_of < s.until
    JOIN forces f ON f.force_id = s.force_id JOIN recommendations rec ON rec.item_id = s.item_id
), flagged AS (
    SELECT *, {_FLAGS} FROM positions
)
SELECT *, (deadline < as_of AND NOT is_closed) AS overdue FROM flagged
WHERE {FILTER_CONDITION}"""


def select_over_time(wh: Warehouse, f: Filters, sql: str, **params) -> pd.DataFrame:
    """Run `sql` with `items` being every force's position at each date (the column as_of). A status filter
    would make a completion trend meaningless: trends keep every status."""
    every_status = dataclasses.replace(f, statuses=())
    return wh.query(sql, params, relations={"items": wh.arrow(OVER_TIME_SQL, _params(wh, every_status))})


@cached
def completion_over_time(wh: Warehouse, f: Filters) -> pd.DataFrame:
    """National completion as of each date a round was published (and the as-of date itself), with the forces
    counted then, how many joined since the previous date, and a like-for-like step: the completion of only
    the forces present at both the previous date and this one, at each of the two dates."""
    return select_over_time(wh, f, f"""
        WITH per_force AS (
            SELECT as_of, force_id, count(*) FILTER (WHERE is_done) AS done,
                   count(*) FILTER (WHERE is_applicable) AS applicable
            FROM items GROUP BY as_of, force_id
        ), steps AS (
            SELECT as_of, lag(as_of) OVER (ORDER BY as_of) AS previous FROM (SELECT DISTINCT as_of FROM items)
        ), like_for_like AS (
            SELECT s.as_of, count(*) AS same_forces,
                   sum(a.done) / nullif(sum(a.applicable), 0) AS same_from_rate,
                   sum(b.done) / nullif(sum(b.applicable), 0) AS same_to_rate
            FROM steps s JOIN per_force a ON a.as_of = s.previous
            JOIN per_force b ON b.as_of = s.as_of AND b.force_id = a.force_id
            GROUP BY s.as_of
        ), overall AS (
            SELECT as_of, {RATES}, count(DISTINCT force_id) AS forces FROM items GROUP BY as_of
        )
        SELECT o.*, s.previous AS previous_as_of,
               o.forces - coalesce(l.same_forces, 0) AS forces_joined,
               l.same_forces, l.same_from_rate, l.same_to_rate,
               o.as_of = $undated_from AS undated_step
        FROM overall o JOIN steps s USING (as_of) LEFT JOIN like_for_like l USING (as_of)
        ORDER BY as_of""", undated_from=undated_from(wh))


@cached
def force_completion_over_time(wh: Warehouse, f: Filters, force_id: str) -> pd.DataFrame:
    """One force beside England and Wales at each round date."""
    return select_over_time(wh, dataclasses.replace(f, forces=(), regions=()), f"""
        SELECT as_of, 'England and Wales' AS scope, {RATES} FROM items GROUP BY as_of
        UNION ALL
        SELECT as_of, any_value(force_name) AS scope, {RATES} FROM items WHERE force_id = $force_id GROUP BY as_of
        ORDER BY as_of, scope""", force_id=force_id)


_MOVED = "prev_status IS NOT NULL AND prev_status <> status"


@cached
def changes_since_previous_round(wh: Warehouse, f: Filters) -> pd.DataFrame:
    """Items whose status moved between a force's previous round and its latest (as of the filter date)."""
    return select_items(wh, f, f"""
        SELECT force_name, item_id, item_title, prev_round AS from_round, prev_status AS from_status,
               round AS to_round, status AS to_status, status_source AS to_source, update_text, source_file, source_row
        FROM items WHERE {_MOVED}
        ORDER BY force_name, item_order""")


@cached
def force_changes(wh: Warehouse, f: Filters, force_id: str) -> pd.DataFrame:
    """One force's items whose status moved since its previous round (every status: see whole_force)."""
    return select_items(wh, dataclasses.replace(whole_force(f), forces=(), regions=()), f"""
        SELECT item_id, item_title, prev_round AS from_round, prev_status AS from_status,
               round AS to_round, status AS to_status, status_source AS to_source, update_text, source_file, source_row
        FROM items WHERE force_id = $force_id AND {_MOVED}
        ORDER BY item_order""", force_id=force_id)


@cached
def change_summary(wh: Warehouse, f: Filters) -> pd.DataFrame:
    """How many items moved from each status to each other status, across the chosen forces."""
    return select_items(wh, f, f"""
        SELECT prev_status AS from_status, status AS to_status, count(*) AS items, count(DISTINCT force_id) AS forces
        FROM items WHERE {_MOVED}
        GROUP BY ALL ORDER BY items DESC""")


# ------------------------------------------------------------------ one force against its peers
@cached
def force_comparison(wh: Warehouse, f: Filters, force_id: str) -> pd.DataFrame:
    """This force, its region and the nation: completion, done, overdue, and the force's rank (every status:
    the sidebar's status filter does not apply)."""
    per_force = force_completion(wh, _peers(f))
    if force_id not in set(per_force.force_id):
        return pd.DataFrame(columns=["scope", "completion_rate", "items", "applicable", "done", "overdue", "rank",
                                     "of_forces"])
    per_force["rank"] = per_force["completion_rate"].rank(ascending=False, method="min")
    me = per_force[per_force.force_id == force_id].iloc[0]
    region = per_force[per_force.region == me.region]

    def pooled(frame: pd.DataFrame, scope: str) -> dict:
        applicable = int(frame["applicable"].sum())
        return {"scope": scope, "completion_rate": frame["done"].sum() / applicable if applicable else None,
                "items": int(frame["items"].sum()), "applicable": applicable, "done": int(frame["done"].sum()),
                "overdue": int(frame["overdue"].sum()), "rank": None, "of_forces": len(frame)}

    rows = [
        {"scope": me.force_name, "completion_rate": me.completion_rate, "items": int(me["items"]),
         "applicable": int(me.applicable), "done": int(me.done),
         "overdue": int(me.overdue), "rank": int(me["rank"]), "of_forces": len(per_force)},
        pooled(region, f"{me.region} region"),
        pooled(per_force, "England and Wales"),
    ]
    return pd.DataFrame(rows)


@cached
def force_items_with_peers(wh: Warehouse, f: Filters, force_id: str) -> pd.DataFrame:
    """Each item of one force: its status beside the share of the other forces that have it done."""
    return select_items(wh, _peers(f), """
        WITH peers AS (
            SELECT item_id, count(*) FILTER (WHERE is_done) / nullif(count(*) FILTER (WHERE is_applicable), 0)
                   AS peers_done_share,
                   count(*) AS peers_reporting
            FROM items WHERE force_id <> $force_id GROUP BY item_id)
        SELECT i.item_id, i.rec_no, i.rec_title, i.item_title, i.deadline, i.status, i.status_source, i.progress_pct,
               i.overdue, i.days_overdue, p.peers_done_share, p.peers_reporting, i.owner, i.update_text, i.round,
               i.granularity, i.anchor, i.source_file, i.source_table, i.source_row
        FROM items i LEFT JOIN peers p USING (item_id)
        WHERE i.force_id = $force_id
        ORDER BY i.item_order""", force_id=force_id)


@cached
def peer_practice(wh: Warehouse, f: Filters, force_id: str) -> pd.DataFrame:
    """For every item this force has not finished: what the forces that finished it wrote, forces of its own
    region first (same_region), each with its round and source."""
    return select_items(wh, _peers(f), """
        WITH open_items AS (SELECT item_id FROM items WHERE force_id = $force_id AND NOT is_closed),
             mine AS (SELECT region FROM forces WHERE force_id = $force_id)
        SELECT i.item_id, i.item_title, i.force_name, i.region, i.region = m.region AS same_region, i.status,
               i.status_source, i.update_text, i.round, i.source_file, i.source_row
        FROM items i JOIN open_items o USING (item_id) CROSS JOIN mine m
        WHERE i.force_id <> $force_id AND i.is_done AND length(trim(i.update_text)) > 0
        ORDER BY i.item_order, same_region DESC, i.force_name""", force_id=force_id)


@cached
def missing_items(wh: Warehouse, f: Filters) -> pd.DataFrame:
    """For each force with a plan as of the date: the reference sub-items (of the chosen recommendations) its
    plan does not mention at all. They are left out of its completion rate, so a rate over fewer items."""
    return select_items(wh, dataclasses.replace(f, statuses=(), recs=()), f"""
        WITH present AS (SELECT DISTINCT force_id, force_name, region FROM items)
        SELECT p.force_id, p.force_name, p.region, r.item_id, r.rec_no, r.title AS item_title
        FROM present p CROSS JOIN recommendations r
        WHERE (len($recs) = 0 OR list_contains($recs, r.rec_no))
          AND NOT EXISTS (SELECT 1 FROM items i WHERE i.force_id = p.force_id AND i.item_id = r.item_id)
        ORDER BY p.force_name, {_item_order("r")}""", recs=[int(r) for r in f.recs])


@cached
def plan_presence(wh: Warehouse, f: Filters) -> pd.DataFrame:
    """Every force in the filters' scope (region, force, sample data), whether it had a plan as of the date, and
    whether that plan's latest round is undated (counted from the build date)."""
    return select_items(wh, dataclasses.replace(f, statuses=(), recs=()), """
        WITH present AS (SELECT force_id, bool_or(round_date IS NULL) AS undated FROM items GROUP BY force_id)
        , undated_plans AS (SELECT DISTINCT force_id FROM plan_updates WHERE round_date IS NULL
                            AND ($include_sample OR NOT is_sample))
        SELECT f.force_id, f.force_name, f.region, p.force_id IS NOT NULL AS has_plan,
               coalesce(p.undated, false) AS undated, u.force_id IS NOT NULL AS undated_plan
        FROM forces f LEFT JOIN present p USING (force_id) LEFT JOIN undated_plans u USING (force_id)
        WHERE (len($forces) = 0 OR list_contains($forces, f.force_id))
          AND (len($regions) = 0 OR list_contains($regions, f.region))
        ORDER BY f.force_name""", forces=list(f.forces), regions=list(f.regions), include_sample=f.include_sample)


# ------------------------------------------------------------------ one recommendation or item
@cached
def recommendation_forces(wh: Warehouse, f: Filters, item_ids: tuple[str, ...]) -> pd.DataFrame:
    """Every force's latest position on the chosen items, side by side."""
    return select_items(wh, f, """
        SELECT force_name, region, item_id, status, status_source, progress_pct, overdue, days_overdue, update_text,
               round, source_file, source_table, source_row
        FROM items WHERE list_contains($item_ids, item_id)
        ORDER BY force_name, item_order""", item_ids=list(item_ids))


@cached
def status_split(wh: Warehouse, f: Filters, item_ids: tuple[str, ...]) -> pd.DataFrame:
    return select_items(wh, f, """
        SELECT status, count(*) AS items, count(DISTINCT force_id) AS forces, count(*) / sum(count(*)) OVER () AS share
        FROM items WHERE list_contains($item_ids, item_id) GROUP BY status""", item_ids=list(item_ids))


@cached
def progress_reported(wh: Warehouse, f: Filters, item_ids: tuple[str, ...]) -> pd.DataFrame:
    return select_items(wh, f, """
        SELECT force_name, item_id, progress_pct FROM items
        WHERE list_contains($item_ids, item_id) AND progress_pct IS NOT NULL ORDER BY progress_pct DESC""",
                        item_ids=list(item_ids))


# ------------------------------------------------------------------ overdue
@cached
def overdue_items(wh: Warehouse, f: Filters) -> pd.DataFrame:
    return select_items(wh, f, """
        SELECT force_name, region, item_id, rec_no, item_title, deadline, status, status_source, progress_pct,
               days_overdue, update_text, source_file, source_row
        FROM items WHERE overdue ORDER BY days_overdue DESC, force_name, rec_no""")


@cached
def overdue_by_force(wh: Warehouse, f: Filters) -> pd.DataFrame:
    return select_items(wh, f, """
        SELECT force_name, region, count(*) FILTER (WHERE overdue) AS overdue_items, count(*) AS items
        FROM items GROUP BY force_name, region HAVING count(*) FILTER (WHERE overdue) > 0
        ORDER BY overdue_items DESC, force_name""")


@cached
def overdue_by_recommendation(wh: Warehouse, f: Filters) -> pd.DataFrame:
    return select_items(wh, f, """
        SELECT rec_no, rec_title, count(*) FILTER (WHERE overdue) AS overdue_items, count(DISTINCT force_id)
               FILTER (WHERE overdue) AS forces
        FROM items GROUP BY rec_no, rec_title HAVING count(*) FILTER (WHERE overdue) > 0 ORDER BY rec_no""")


@cached
def overdue_share_by_recommendation(wh: Warehouse, f: Filters) -> pd.DataFrame:
    """Each recommendation's share of force positions (a force and a sub-item) overdue, and how many forces have
    an overdue sub-item in it; the most lagging first. Raw counts made five-sub-item recommendations look worst."""
    return select_items(wh, f, """
        SELECT rec_no, rec_title, count(*) AS positions, count(*) FILTER (WHERE overdue) AS overdue_items,
               count(*) FILTER (WHERE overdue) / count(*) AS overdue_share,
               count(DISTINCT force_id) FILTER (WHERE overdue) AS forces, count(DISTINCT force_id) AS forces_reporting
        FROM items GROUP BY rec_no, rec_title
        ORDER BY overdue_share DESC, forces DESC, rec_no""")


@cached
def recommendation_completion(wh: Warehouse, f: Filters) -> pd.DataFrame:
    """Each recommendation's completion rate (done / applicable), least done first: the page's findings."""
    return select_items(wh, f, f"""
        SELECT rec_no, rec_title, {RATES}, count(DISTINCT force_id) AS forces
        FROM items GROUP BY rec_no, rec_title
        ORDER BY completion_rate ASC NULLS LAST, rec_no""")


# ------------------------------------------------------------------ explore
EXPLORE_COLUMNS = ["force_id", "force_name", "region", "item_id", "rec_no", "item_title", "deadline", "status",
                   "status_raw", "status_source", "reader_status", "reviewer", "progress_pct", "overdue", "days_overdue", "round", "round_date",
                   "owner", "update_text", "update_date", "is_sample", "source_file", "source_table", "source_row"]


@cached
def explore_rows(wh: Warehouse, f: Filters) -> pd.DataFrame:
    """Each force's latest update per sub-item under the filters: the rows behind every figure."""
    return select_items(wh, f, f"""
        SELECT {", ".join(EXPLORE_COLUMNS)} FROM items ORDER BY force_name, item_order""")


ROUND_COLUMNS = [c for c in EXPLORE_COLUMNS if c not in ("overdue", "days_overdue")]


@cached
def explore_rounds(wh: Warehouse, f: Filters) -> pd.DataFrame:
    """Every update round (not only the latest) dated on or before the as-of date, under the same filters:
    the status filter applies to each round's own status."""
    return select_rounds(wh, f, f"""
        SELECT {", ".join(ROUND_COLUMNS)}, round_seq FROM rounds ORDER BY force_name, item_order, round_seq""")


# ------------------------------------------------------------------ search
def search_terms(text: str, phrase: bool) -> list[str]:
    """What a search looks for: with 'exact phrase' the whole text; otherwise each word, and each "quoted
    part" as one phrase (as search boxes do). Quotes themselves are never searched for."""
    if phrase:
        whole = text.strip().strip('"“”').strip()
        return [whole] if whole else []
    terms = []
    for quoted, word in re.findall(r'["“”]([^"“”]*)["“”]?|(\S+)', text):
        if quoted.strip():
            terms.append(" ".join(quoted.split()))
        elif word.strip('"“”'):
            terms.append(word.strip('"“”'))
    return terms


def search_patterns(text: str, phrase: bool) -> list[str]:
    """RE2 patterns for a search: each term (a word or a phrase) must appear, at a word start."""
    return [r"(?i)\b" + re.escape(t).replace(r"\ ", r"\s+") for t in search_terms(text, phrase)]


@cached
def search_updates(wh: Warehouse, f: Filters, text: str, phrase: bool = False) -> pd.DataFrame:
    """Forces' latest updates that contain the words (or the exact phrase), under the shared filters."""
    patterns = search_patterns(text, phrase)
    if not patterns:
        return pd.DataFrame(columns=["force_name", "region", "item_id", "item_title", "status", "status_source",
                                     "update_text", "round", "source_file", "source_row"])
    return select_items(wh, f, """
        SELECT force_name, region, item_id, item_title, status, status_source, update_text, round, source_file, source_row
        FROM items WHERE list_bool_and(list_transform($patterns, lambda p: regexp_matches(update_text, p)))
        ORDER BY force_name, item_order""", patterns=patterns)


# ------------------------------------------------------------------ map
@cached
def map_tiles(wh: Warehouse, f: Filters) -> pd.DataFrame:
    """Every force on the tile map with its completion and overdue count under the filters (NaN: no items)."""
    from etl.paths import REFERENCE_DIR

    tiles = pd.read_csv(REFERENCE_DIR / "tile_map.csv")
    figures = force_completion(wh, f)[["force_id", "items", "applicable", "done", "overdue", "completion_rate"]]
    names = force_options(wh)
    return tiles.merge(names, on="force_id", how="left").merge(figures, on="force_id", how="left")


# ------------------------------------------------------------------ data quality
@cached
def sources(wh: Warehouse) -> pd.DataFrame:
    return wh.query("""SELECT s.source_file, s.format, s.force_id, f.force_name, s.items, s.rounds, s.loaded,
                              s.force_method, s.errors, s.warnings, s.is_sample, s.size_bytes, s.sha256
                       FROM sources s LEFT JOIN forces f USING (force_id) ORDER BY s.loaded, s.source_file""")


@cached
def quality_sources(wh: Warehouse, f: Filters) -> pd.DataFrame:
    """Source files, without the sample corpus's when sample data is switched off."""
    frame = sources(wh)
    return frame if f.include_sample else frame[~frame.is_sample.fillna(False).astype(bool)].reset_index(drop=True)


@cached
def quality_issues(wh: Warehouse, f: Filters) -> pd.DataFrame:
    """Load issues (as load_issues), without those of sample files when sample data is switched off."""
    return wh.query("""SELECT i.severity, i.source_file, i.message, i.location, i.code, i.force_id
                       FROM load_issues i LEFT JOIN sources s USING (source_file)
                       WHERE $include_sample OR NOT coalesce(s.is_sample, false)
                       ORDER BY i.severity, i.source_file, i.location""", {"include_sample": f.include_sample})


@cached
def load_issues(wh: Warehouse) -> pd.DataFrame:
    # the reason first: it is what a person reads; the code and force are for sorting and joining
    return wh.query("""SELECT severity, source_file, message, location, code, force_id FROM load_issues
                       ORDER BY severity, source_file, location""")


@cached
def unmapped_status_words(wh: Warehouse) -> pd.DataFrame:
    return wh.query(f"""SELECT status_raw, count(*) AS rows, count(DISTINCT force_id) AS forces,
                              string_agg(DISTINCT source_file, ', ') AS files
                       FROM plan_updates WHERE status = '{V.UNKNOWN}' AND status_raw <> ''
                       GROUP BY status_raw ORDER BY rows DESC""")


@cached
def answered_as_a_whole(wh: Warehouse) -> pd.DataFrame:
    """Forces whose plan answers some recommendations as a whole, not sub-item by sub-item: their figures for
    those sub-items repeat one answer, so they are not sub-item precise."""
    return wh.query("""
        SELECT f.force_name, f.region, count(*) AS sub_items,
               array_to_string(list_sort(list(DISTINCT p.rec_no)), ', ') AS recommendations,
               any_value(p.source_file) AS source_file
        FROM plan_items p JOIN forces f USING (force_id)
        WHERE p.granularity = 'recommendation'
        GROUP BY f.force_name, f.region ORDER BY sub_items DESC, f.force_name""")


@cached
def forces_without_plan(wh: Warehouse) -> pd.DataFrame:
    return wh.query("""SELECT f.force_id, f.force_name, f.region FROM forces f
                       WHERE NOT EXISTS (SELECT 1 FROM plan_items p WHERE p.force_id = f.force_id)
                       ORDER BY f.force_name""")


@cached
def coverage(wh: Warehouse) -> pd.DataFrame:
    """Each force's plan against the 39 reference items: how many it reports, and which are missing."""
    return wh.query(f"""
        SELECT f.force_name, f.region, count(p.item_id) AS items_reported,
               (SELECT count(*) FROM recommendations) AS reference_items,
               count(p.item_id) / (SELECT count(*) FROM recommendations) AS coverage,
               (SELECT string_agg(r.item_id, ', ' ORDER BY {_item_order("r")})
                FROM recommendations r WHERE NOT EXISTS (
                    SELECT 1 FROM plan_items q WHERE q.force_id = f.force_id AND q.item_id = r.item_id)) AS missing_items
        FROM forces f LEFT JOIN plan_items p USING (force_id)
        GROUP BY f.force_id, f.force_name, f.region ORDER BY coverage, f.force_name""")


@cached
def fetch_status(wh: Warehouse) -> pd.DataFrame:
    """Each force's source on its website (`python -m etl fetch`): its address, when it was last fetched and
    last changed, the result of its latest run and the error if it failed. Empty when nothing was fetched;
    failed sources first, then forces with no source URL."""
    return wh.query("""
        WITH runs AS (
            SELECT force_id, max(run_id) AS run_id FROM fetches GROUP BY force_id
        ), latest AS (
            SELECT x.force_id,
                   first(x.url ORDER BY x.fetched_at) FILTER (WHERE x.via_url = '') AS source_url,
                   max(x.fetched_at) AS last_fetched,
                   CASE WHEN bool_or(x.result = 'failed') THEN 'failed'
                        WHEN bool_and(x.result = 'no_source') THEN 'no source URL'
                        WHEN bool_or(x.changed) THEN 'changed'
                        ELSE 'unchanged' END AS last_result,
                   string_agg(x.error, '; ') FILTER (WHERE x.result = 'failed') AS last_error
            FROM fetches x JOIN runs r USING (force_id, run_id) GROUP BY x.force_id
        ), changed AS (
            SELECT force_id, max(fetched_at) AS last_changed FROM fetches WHERE changed GROUP BY force_id
        )
        SELECT f.force_name, coalesce(l.source_url, '') AS source_url, l.last_fetched, c.last_changed,
               coalesce(l.last_result, 'never fetched') AS last_result, coalesce(l.last_error, '') AS last_error
        FROM forces f LEFT JOIN latest l USING (force_id) LEFT JOIN changed c USING (force_id)
        WHERE EXISTS (SELECT 1 FROM fetches)
        ORDER BY CASE coalesce(l.last_result, 'never fetched') WHEN 'failed' THEN 0 WHEN 'no source URL' THEN 1
                      WHEN 'never fetched' THEN 2 ELSE 3 END, f.force_name""")


# ------------------------------------------------------------------ review (issue 20: corrections as data)
@cached
def review_queue(wh: Warehouse, f: Filters) -> pd.DataFrame:
    """Every reading a person should look at, most consequential first (the queue of `python -m etl review export`,
    etl/review.py, whose SQL it runs), under the sidebar's force, region, recommendation and sample filters."""
    from etl.review import QUEUE_BODY, QUEUE_ORDER

    return wh.query(f"SELECT q.* FROM ({QUEUE_BODY}) q {_QUEUE_FILTER} {QUEUE_ORDER}", _queue_params(f))


# the sidebar's force, region, recommendation and sample filters, in SQL: the queue is filtered (and counted) before
# any of its text is fetched (at 100x, fetching the whole queue to count it held 170 MB)
_QUEUE_FILTER = """JOIN forces fr ON fr.force_id = q.force_id
WHERE (len($forces) = 0 OR list_contains($forces, q.force_id))
  AND (len($regions) = 0 OR list_contains($regions, fr.region))
  AND (len($recs) = 0 OR list_contains($recs, q.rec_no))
  AND ($include_sample OR NOT q.is_sample)"""


def _queue_params(f: Filters) -> dict:
    return {"today": f.date, "forces": list(f.forces), "regions": list(f.regions), "recs": [int(r) for r in f.recs],
            "include_sample": f.include_sample}


@cached
def review_counts(wh: Warehouse, f: Filters) -> pd.DataFrame:
    """How many readings a person reviewed and how many wait: reviewed positions in the figures (latest rounds under
    the filters), reviewed readings in every round, readings dropped as not plan items, stale and bad corrections,
    and the queue (all of it, and the part that is in the figures)."""
    from etl.review import COUNTS_SQL

    counts = wh.query(COUNTS_SQL)
    counts["reviewed_positions"] = int(select_items(
        wh, f, "SELECT count(*) FILTER (WHERE status_source = 'reviewed') AS n FROM items")["n"].iloc[0])
    from etl.review import QUEUE_BODY

    waiting = wh.query(f"""SELECT count(*) AS waiting, count(*) FILTER (WHERE q.is_latest) AS waiting_in_figures
                           FROM ({QUEUE_BODY}) q {_QUEUE_FILTER}""", _queue_params(f)).iloc[0]
    counts["waiting"] = int(waiting["waiting"])
    counts["waiting_in_figures"] = int(waiting["waiting_in_figures"])
    return counts


@cached
def corrections_made(wh: Warehouse) -> pd.DataFrame:
    """Every line of the corrections file and what the last build did with it, the newest first."""
    return wh.query("""SELECT c.line, f.force_name, c.item_id, c.round, c.action, c.status, c.reader_status, c.reason,
                              c.reviewer, c.reviewed_at, c.outcome, c.message, c.source_file
                       FROM corrections c LEFT JOIN forces f USING (force_id) ORDER BY c.line DESC""")
