"""The review queue: every reading a person should look at, and the way back in (`python -m etl review`).

    python -m etl review export [--warehouse DIR] --out QUEUE.csv
    python -m etl review apply QUEUE.csv [--corrections PATH] [--warehouse DIR] [--reviewer NAME]

Why a reading is in the queue (`why`, several joined by '; '):
- unknown_with_words: the plan states status words that read as unknown (unmapped or doubtful words);
- inferred: no status stated, one read from the update text;
- doubtful_status / status_conflict / unmapped_status / duplicate_item: the build's own warning about that item
  in that file (load_issues);
- empty_text: the force wrote no words for it that round;
- stale_correction: a person's correction no longer applies because its file changed.
Rows a person has already reviewed (status_source = 'reviewed') are not in the queue.

`moves`, how many headline figures settling it could move: of the National overview's headline figures
(completion rate, complete incl. BAU, in progress, not started, overdue, unknown, not applicable), how many
change if the reading's "done" flipped (a done reading set to not started, any other set to complete): the
completion rate, the done count and one status count always (3), and the overdue count too when the deadline
has passed and the status is not not_applicable (4). A round that is not its item's latest is in no headline
figure: 0. The queue is sorted by moves, then by the number of reasons, then force and sub-item.

The CSV has the corrections file's columns to fill in (status, action, to_item_id, reason, reviewer, reviewed_at;
force_id, item_id, round and source_sha256 come filled). `apply` reads it as Excel saves it (a BOM, CRLF line
ends, semicolons in some locales, dates as 03/12/2026, a round 'March 2025' that Excel turned into 'Mar-25'),
skips rows whose status and action are blank, validates every filled row (all or nothing) and appends them
to the corrections file; rebuild to see the figures move.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import duckdb
import pandas as pd

from . import corrections as C
from . import vocabulary as V

ISSUE_REASONS = ("doubtful_status", "status_conflict", "unmapped_status", "duplicate_item")
REASONS = ("unknown_with_words", "inferred", *ISSUE_REASONS, "empty_text", "stale_correction")
REASON_LABELS = {"unknown_with_words": "status words read as unknown", "inferred": "status inferred from text",
                 "doubtful_status": "doubtful status words", "status_conflict": "conflicting status",
                 "unmapped_status": "status words not in the vocabulary", "duplicate_item": "item read twice",
                 "empty_text": "no update text", "stale_correction": "correction gone stale"}
EXCERPT_CHARS = 600

# the queue, over a warehouse's tables (a build's database, or the app's in-memory snapshot); $today dates overdue.
# QUEUE_BODY is the queue unordered, for a query that filters or counts it without fetching its text
QUEUE_BODY = f"""
WITH latest AS (
    SELECT force_id, item_id, max(round_seq) AS latest_seq FROM plan_updates GROUP BY force_id, item_id
), flagged AS (
    SELECT DISTINCT source_file, code, regexp_extract(message, '^item (\\d+\\.\\d+)', 1) AS item_id
    FROM load_issues WHERE code IN ({", ".join(f"'{c}'" for c in ISSUE_REASONS)})
), reasons AS (
    SELECT force_id, item_id, round, 'unknown_with_words' AS reason FROM plan_updates
    WHERE status = '{V.UNKNOWN}' AND status_raw <> '' AND status_source <> 'reviewed'
    UNION ALL
    SELECT force_id, item_id, round, 'inferred' FROM plan_updates WHERE status_source = 'inferred'
    UNION ALL
    SELECT u.force_id, u.item_id, u.round, g.code FROM plan_updates u
    JOIN flagged g ON g.source_file = u.source_file AND g.item_id = u.item_id
    WHERE u.status_source <> 'reviewed' AND (g.code = 'duplicate_item' OR u.status_raw <> '')
    UNION ALL
    SELECT force_id, item_id, round, 'empty_text' FROM plan_updates
    WHERE trim(update_text) = '' AND status_source <> 'reviewed'
    UNION ALL
    SELECT u.force_id, u.item_id, u.round, 'stale_correction' FROM plan_updates u
    JOIN corrections c ON c.outcome = 'stale' AND c.force_id = u.force_id AND c.item_id = u.item_id
                      AND c.round = u.round
    WHERE u.status_source <> 'reviewed'
), grouped AS (
    SELECT force_id, item_id, round, list_sort(list_distinct(list(reason))) AS why FROM reasons
    GROUP BY force_id, item_id, round
)
SELECT u.force_id, f.force_name, u.item_id, u.rec_no, r.title AS item_title, u.round, u.round_date,
       array_to_string(g.why, '; ') AS why, g.why AS reasons,
       CASE WHEN u.round_seq <> l.latest_seq THEN 0
            WHEN r.deadline < $today AND u.status NOT IN {V.sql_list(V.NOT_APPLICABLE)} THEN 4 ELSE 3 END AS moves,
       u.round_seq = l.latest_seq AS is_latest, u.round_seq,
       u.status AS read_status, u.status_source AS read_how, u.status_raw, u.status_evidence, u.progress_pct,
       left(u.update_text, {EXCERPT_CHARS}) AS excerpt, u.update_text, u.source_file, u.source_table,
       u.source_row, s.sha256 AS source_sha256, u.is_sample, u.granularity
FROM grouped g
JOIN plan_updates u USING (force_id, item_id, round)
JOIN latest l USING (force_id, item_id)
JOIN forces f ON f.force_id = u.force_id
JOIN recommendations r ON r.item_id = u.item_id
LEFT JOIN sources s ON s.source_file = u.source_file"""
QUEUE_ORDER = "ORDER BY moves DESC, len(reasons) DESC, force_name, rec_no * 1000 + CAST(split_part(item_id, '.', 2) AS INTEGER), round_seq"
QUEUE_SQL = f"SELECT * FROM ({QUEUE_BODY}) {QUEUE_ORDER}"

# the counts the Data quality page and the national report give
COUNTS_SQL = f"""
SELECT (SELECT count(*) FROM plan_items WHERE status_source = 'reviewed') AS reviewed_items,
       (SELECT count(*) FROM plan_updates WHERE status_source = 'reviewed') AS reviewed_readings,
       (SELECT count(*) FROM corrections WHERE outcome = 'applied' AND action = '{C.NOT_AN_ITEM}') AS dropped_readings,
       (SELECT count(*) FROM corrections WHERE outcome = 'stale') AS stale_corrections,
       (SELECT count(*) FROM corrections WHERE outcome = 'bad') AS bad_corrections"""

# the columns of the exported CSV: what was read and why, then the corrections file's columns to fill in
EXPORT_COLUMNS = ["force_id", "force_name", "item_id", "round", "why", "moves", "read_status", "read_how",
                  "status_raw", "status_evidence", "excerpt", "source_file", "source_table", "source_row",
                  "source_sha256", "status", "action", "to_item_id", "reason", "reviewer", "reviewed_at"]


def queue(con, today: dt.date | None = None) -> pd.DataFrame:
    """The queue from a DuckDB connection holding a warehouse's tables."""
    return con.execute(QUEUE_SQL, {"today": today or dt.date.today()}).df()


def open_warehouse(warehouse: Path):
    from .paths import DB_NAME

    path = Path(warehouse) / DB_NAME
    if not path.exists():
        raise FileNotFoundError(f"no warehouse in {warehouse}: run `python -m etl build` first")
    return duckdb.connect(str(path), read_only=True,
                          config={"autoinstall_known_extensions": False, "autoload_known_extensions": False})


def export(warehouse: Path, out: Path, today: dt.date | None = None) -> int:
    con = open_warehouse(warehouse)
    try:
        frame = queue(con, today)
    finally:
        con.close()
    for column in ("status", "action", "to_item_id", "reason", "reviewer", "reviewed_at"):
        frame[column] = ""
    frame["excerpt"] = frame["excerpt"].map(_cell)
    frame["status_evidence"] = frame["status_evidence"].map(_cell)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    # UTF-8 with a BOM: Excel opens it with the right characters
    frame[EXPORT_COLUMNS].to_csv(out, index=False, encoding="utf-8-sig")
    return len(frame)


def _cell(text) -> str:
    """Plan text in a spreadsheet cell: one line, and never a formula (a leading = + - @ gets a quote)."""
    text = " ".join(str(text or "").split())
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


_EXCEL_MONTH = re.compile(r"^([A-Za-z]{3})-(\d{2})$")


def _repair_round(value: str, rounds: set[str]) -> str:
    """A round as the warehouse names it; 'Mar-25' (Excel's reading of 'March 2025') back to 'March 2025'."""
    if value in rounds or not rounds:
        return value
    match = _EXCEL_MONTH.match(value.strip())
    if match:
        try:
            when = dt.datetime.strptime(f"1 {match[1]} 20{match[2]}", "%d %b %Y")
        except ValueError:
            return value
        name = when.strftime("%B %Y")
        if name in rounds:
            return name
    return value


def read_filled(data: bytes, force_ids, item_ids, rounds_of=None, reviewer: str = "",
                today: dt.date | None = None) -> tuple[list[C.Correction], list[str], int]:
    """The filled rows of a queue CSV as corrections; the problems (naming lines); how many rows were blank.
    rounds_of(force_id, item_id) -> the warehouse's round names, to check the round and repair Excel's dates."""
    header, rows = C.rows_of(C.decode(data))
    problems: list[str] = []
    good: list[C.Correction] = []
    blank = 0
    if not header or "status" not in header:
        return [], ["line 1: no 'status' column: is this a queue exported by `python -m etl review export`?"], 0
    for line, cells in rows:
        fields = {k: v.strip() for k, v in zip(header, cells)}
        if not fields.get("status") and not fields.get("action"):
            blank += 1
            continue
        fields["reviewer"] = fields.get("reviewer") or reviewer
        fields["reviewed_at"] = fields.get("reviewed_at") or (today or dt.date.today()).isoformat()
        if rounds_of is not None and fields.get("force_id") and fields.get("item_id"):
            rounds = set(rounds_of(fields["force_id"], fields["item_id"]))
            fields["round"] = _repair_round(fields.get("round", ""), rounds)
            if rounds and fields["round"] not in rounds:
                problems.append(f"line {line}: no round {fields['round']!r} of {fields['force_id']} "
                                f"{fields['item_id']} in the warehouse")
                continue
        correction, why = C.validate(fields, force_ids, item_ids, need_words=True)
        if correction is None:
            problems.append(f"line {line}: {why}")
            continue
        correction.line = line
        good.append(correction)
    return good, problems, blank


def rounds_lookup(warehouse: Path):
    """force_id, item_id -> the round names the warehouse has (None when there is no warehouse to ask)."""
    try:
        con = open_warehouse(warehouse)
    except (FileNotFoundError, duckdb.Error):
        return None
    try:
        rows = con.execute("SELECT force_id, item_id, round FROM plan_updates").fetchall()
    finally:
        con.close()
    table: dict[tuple[str, str], list[str]] = {}
    for force_id, item_id, round_ in rows:
        table.setdefault((force_id, item_id), []).append(round_)
    return lambda force_id, item_id: table.get((force_id, item_id), [])


def settle(path: Path, corrections: list[C.Correction]) -> int:
    """Append settled readings to the corrections file (atomically, under its lock)."""
    return C.append(path, corrections)



# -------------------------------------------------------------------------------------------- the command

EXIT_OK, EXIT_NO_WAREHOUSE, EXIT_BAD_INPUT = 0, 2, 3


def cmd_export(args) -> int:
    import sys

    try:
        rows = export(Path(args.warehouse), Path(args.out))
    except FileNotFoundError as exc:
        print(f"etl review export: {exc}", file=sys.stderr)
        return EXIT_NO_WAREHOUSE
    print(f"wrote {rows} reading(s) to review to {args.out}; fill in status (or action not_an_item), reason and "
          f"reviewer, then `python -m etl review apply {args.out}`")
    return EXIT_OK


def cmd_apply(args) -> int:
    import sys

    from .reference import load_reference

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        print(f"etl review apply: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    reference = load_reference(Path(args.reference))
    good, problems, blank = read_filled(data, reference.force_ids, reference.item_ids,
                                        rounds_lookup(Path(args.warehouse)), reviewer=args.reviewer or "")
    if problems:
        for problem in problems:
            print(f"{path}: {problem}", file=sys.stderr)
        print(f"etl review apply: nothing appended: {len(problems)} row(s) to fix first", file=sys.stderr)
        return EXIT_BAD_INPUT
    if not good:
        print(f"no filled row in {path} ({blank} blank row(s) skipped); nothing appended")
        return EXIT_OK
    first = settle(Path(args.corrections), good)
    print(f"appended {len(good)} correction(s) to {args.corrections} from line {first} ({blank} blank row(s) "
          "skipped); run `python -m etl build` to see the figures move")
    return EXIT_OK


def add_review_parser(sub) -> None:
    from .paths import WAREHOUSE_DIR

    review = sub.add_parser("review", help="the review queue: export it to a CSV, apply a filled-in CSV")
    steps = review.add_subparsers(dest="step", required=True)
    out = steps.add_parser("export", help="write every reading a person should look at to a CSV")
    out.add_argument("--warehouse", default=str(WAREHOUSE_DIR))
    out.add_argument("--out", required=True, help="the CSV to write")
    out.set_defaults(func=cmd_export)
    back = steps.add_parser("apply", help="validate the filled rows of a queue CSV and append them to the corrections")
    back.add_argument("file", help="the queue CSV, filled in (as Excel saves it is fine)")
    back.add_argument("--corrections", default=str(C.DEFAULT_PATH), help="default data/corrections.csv")
    back.add_argument("--warehouse", default=str(WAREHOUSE_DIR), help="to check each row's round (and repair "
                      "Excel's 'Mar-25' dates)")
    back.add_argument("--reviewer", help="the reviewer for rows that name none")
    back.set_defaults(func=cmd_apply)
