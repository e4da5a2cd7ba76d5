"""Corrections as data: what a person settled about a reading, applied after the readers and before the load.

The corrections file (data/corrections.csv by default; `python -m etl build --corrections PATH`) holds one row
per correction, with a header naming the columns (any order; extra columns are ignored):

    force_id, item_id, round, status, reason, reviewer, reviewed_at, source_sha256, action, to_item_id

- force_id, item_id, round name the reading (a force's sub-item in one update round, `round` as the warehouse
  names it); source_sha256 is the SHA-256 of the file the reading came from (`sources.sha256`).
- action: what the correction does. Blank or `set_status`: the reading's status becomes `status` (one of
  etl/vocabulary.STATUSES). `not_an_item`: the reading is not a plan item at all (a line the readers took for an
  item: a heading, a quotation of the report); it is dropped from the warehouse. `move_to`: the text was given to
  the wrong item; the reading belongs to sub-item `to_item_id` (same force and round), with `status` if given,
  else the status the readers gave it. The readers' item is kept in reader_item_id. Moves are made in the file's
  own readings and the rounds reconciled again, so round order and "latest" follow the document as ever; a target
  that already has a reading in that round is refused (drop or correct that one first).
- reason, reviewer: in words; reviewed_at: the day (2026-12-03, or 03/12/2026 as a UK spreadsheet writes it).

A correction applies only while the file with that SHA-256 is still the source of that round: the row then
carries status_source = 'reviewed', with the reader's own reading kept beside it (reader_status,
reader_status_source) and the reviewer, reason and day. When the file has changed (or gone), the correction is
not applied and load_issues has a `stale_correction` warning naming the correction's line and the file: the new
text needs a new look. A row naming no such force, item or round, a status outside the vocabulary, an unknown
action, a bad date or hash, or a malformed line is a `bad_correction` warning naming its line; the build still
builds. For one reading, the last line wins (earlier ones are `superseded`).

Writes (python -m etl review apply, the Review page) go through append(): under an exclusive lock on a lock
file beside the corrections file, the whole file is written to a temporary file and renamed over it, so two
reviewers saving at once both keep their rows and a reader never sees half a file. No Streamlit here.
"""
from __future__ import annotations

import contextlib
import csv
import dataclasses
import datetime as dt
import fcntl
import hashlib
import io
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .model import Issue, PlanUpdate
from .paths import DATA_DIR, ROOT
from .vocabulary import STATUSES

DEFAULT_PATH = DATA_DIR / "corrections.csv"
COLUMNS = ("force_id", "item_id", "round", "status", "reason", "reviewer", "reviewed_at", "source_sha256", "action",
           "to_item_id")
REQUIRED = ("force_id", "item_id", "round", "source_sha256")
SET_STATUS, NOT_AN_ITEM, MOVE_TO = "set_status", "not_an_item", "move_to"
ACTIONS = (SET_STATUS, NOT_AN_ITEM, MOVE_TO)
OUTCOMES = ("applied", "stale", "bad", "superseded")
_SHA = re.compile(r"^[0-9a-f]{64}$")
# the columns plan_updates gains: NULL unless a person reviewed the row
REVIEW_COLUMNS = ("reader_status", "reader_status_source", "reader_item_id", "reviewer", "review_reason", "reviewed_at")
CORRECTIONS_COLUMNS = ("line", "force_id", "item_id", "round", "action", "to_item_id", "status", "reason", "reviewer",
                       "reviewed_at", "source_sha256", "source_file", "reader_status", "outcome", "message")


@dataclass
class Correction:
    line: int
    force_id: str
    item_id: str
    round: str
    status: str
    reason: str
    reviewer: str
    reviewed_at: dt.date | None
    source_sha256: str
    action: str = SET_STATUS
    to_item_id: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.force_id, self.item_id, self.round)


@dataclass
class Outcome:
    """What the build did with one line of the corrections file (the warehouse's `corrections` table)."""

    line: int
    fields: dict
    outcome: str
    message: str = ""
    source_file: str = ""
    reader_status: str | None = None


@dataclass
class Applied:
    """The result of apply(): the readings after the corrections, what was done, and the issues."""

    updates: list[PlanUpdate]
    reviews: dict[tuple[str, str, str], dict]  # key -> the review columns of a corrected row
    outcomes: list[Outcome]
    issues: list[Issue]


# ----------------------------------------------------------------------------------------------- reading

def decode(data: bytes) -> str:
    """A CSV's text as a spreadsheet saves it: UTF-8 with or without its BOM, else Windows-1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_day(text: str) -> dt.date | None:
    """A day as people and spreadsheets write it: 2026-12-03, 03/12/2026 or 3/12/26 (day first, UK), 3 December
    2026. Raises ValueError for anything else; blank is None."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    for form in ("%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d.%m.%Y", "%d %B %Y", "%d %b %Y", "%d/%m/%Y %H:%M",
                 "%d/%m/%Y %H:%M:%S"):
        try:
            return dt.datetime.strptime(text, form).date()
        except ValueError:
            continue
    raise ValueError(f"{text!r} is not a date (write 2026-12-03 or 03/12/2026)")


def _dialect(text: str) -> str:
    """The delimiter a spreadsheet used: a comma, or a semicolon (locales with a decimal comma), or a tab."""
    head = text.split("\n", 1)[0]
    return max((",", ";", "\t"), key=head.count)


def rows_of(text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and the (line number, cells) of each row of a CSV text; CRLF and quoted newlines allowed."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_dialect(text))
    header: list[str] = []
    rows: list[tuple[int, list[str]]] = []
    for cells in reader:
        if not header:
            header = [c.strip().lstrip("\ufeff").lower() for c in cells]
            continue
        rows.append((reader.line_num, cells))
    return header, rows


def validate(fields: dict, force_ids, item_ids, *, need_words: bool = False) -> tuple[Correction | None, str]:
    """One row's values -> a Correction, or None and why not. need_words: reason and reviewer must be given
    (for new rows from `review apply` and the Review page; the build is lenient about old ones)."""
    get = lambda name: (fields.get(name) or "").strip()  # noqa: E731
    missing = [name for name in REQUIRED if not get(name)]
    action = get("action").lower().replace(" ", "_") or SET_STATUS
    status = get("status").lower().replace(" ", "_")
    if action == SET_STATUS and not status:
        missing.append("status")
    if need_words:
        missing += [name for name in ("reason", "reviewer") if not get(name)]
    if missing:
        return None, "no " + ", ".join(missing)
    if action not in ACTIONS:
        return None, f"action {get('action')!r} is not one of {', '.join(ACTIONS)} (blank means {SET_STATUS})"
    if action == MOVE_TO and not get("to_item_id"):
        return None, "no to_item_id (the sub-item the reading belongs to)"
    if action == MOVE_TO and get("to_item_id") not in item_ids:
        return None, f"no sub-item {get('to_item_id')!r} to move to (data/reference/recommendations.csv)"
    if action == MOVE_TO and get("to_item_id") == get("item_id"):
        return None, f"to_item_id is the reading's own sub-item {get('item_id')!r}"
    if action == MOVE_TO and status and status not in STATUSES:
        return None, f"status {get('status')!r} is not one of {', '.join(STATUSES)}"
    if action == SET_STATUS and status not in STATUSES:
        return None, f"status {get('status')!r} is not one of {', '.join(STATUSES)}"
    if get("force_id") not in force_ids:
        return None, f"no force {get('force_id')!r} (data/reference/forces.csv)"
    if get("item_id") not in item_ids:
        return None, f"no sub-item {get('item_id')!r} (data/reference/recommendations.csv)"
    sha = get("source_sha256").lower()
    if not _SHA.match(sha):
        return None, f"source_sha256 {get('source_sha256')[:20]!r} is not a SHA-256 (64 hexadecimal digits)"
    try:
        day = parse_day(get("reviewed_at"))
    except ValueError as exc:
        return None, f"reviewed_at: {exc}"
    return Correction(0, get("force_id"), get("item_id"), get("round"), "" if action == NOT_AN_ITEM else status,
                      get("reason"), get("reviewer"), day, sha, action,
                      get("to_item_id") if action == MOVE_TO else ""), ""


def read(path: Path, force_ids, item_ids) -> tuple[list[Correction], list[Outcome]]:
    """The corrections file's valid rows, and an Outcome 'bad' for each row that is not. A missing file is none."""
    path = Path(path)
    try:
        text = decode(path.read_bytes())
    except FileNotFoundError:
        return [], []
    except OSError as exc:  # a folder, no permission: said in load_issues, and the build goes on without them
        return [], [Outcome(1, {}, "bad", f"the corrections file cannot be read ({exc.strerror or exc})")]
    header, rows = rows_of(text)
    if not header:
        return [], []
    absent = [c for c in REQUIRED + ("status",) if c not in header]
    if absent:
        return [], [Outcome(1, {}, "bad", f"the header has no column {', '.join(absent)} "
                                          f"(expected {', '.join(COLUMNS)})")]
    good: list[Correction] = []
    bad: list[Outcome] = []
    for line, cells in rows:
        if not any(c.strip() for c in cells):
            continue
        fields = dict(zip(header, cells))
        if len(cells) > len(header) and any(c.strip() for c in cells[len(header):]):
            bad.append(Outcome(line, fields, "bad", f"a malformed line: {len(cells)} fields for {len(header)} columns"))
            continue
        correction, why = validate(fields, force_ids, item_ids)
        if correction is None:
            bad.append(Outcome(line, fields, "bad", why))
            continue
        correction.line = line
        good.append(correction)
    return good, bad


def fingerprint(path: Path | None) -> str:
    """What the corrections add to the build's input fingerprint: the file's bytes and this module's code.
    No file (or none given): nothing, so a build without corrections keeps its fingerprint."""
    if path is None:
        return ""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return ""
    except OSError as exc:
        data = f"unreadable: {exc}".encode()
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(b"\0" + data)
    return digest.hexdigest()[:24]


def label(path: Path) -> str:
    """The corrections file as messages name it: relative to the project when inside it."""
    path = Path(path).resolve()
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


# ---------------------------------------------------------------------------------------------- applying

def apply(updates: list[PlanUpdate], results, path: Path | None, force_ids, item_ids) -> Applied:
    """The readings after the corrections in `path` (results: the build's FileResults, for each file's SHA-256)."""
    if path is None:
        return Applied(updates, {}, [], [])
    name = label(path)
    corrections, outcomes = read(path, force_ids, item_ids)
    issues = [Issue("warning", "bad_correction", f"{name} line {o.line}: {o.message}; not applied", f"line {o.line}")
              for o in outcomes]
    sha_of = {r.source_file: r.sha256 for r in results}
    shas = set(sha_of.values())
    index = {(u.force_id, u.item_id, u.round): n for n, u in enumerate(updates)}
    last = {c.key: c for c in corrections}  # the last line for a reading wins
    updates = list(updates)
    dropped: set[int] = set()
    reviews: dict[tuple[str, str, str], dict] = {}
    final = [c for c in corrections if last[c.key] is c]
    for c in corrections:
        if last[c.key] is not c:
            outcomes.append(Outcome(c.line, _fields(c), "superseded", f"line {last[c.key].line} corrects the same reading"))
    moves = [c for c in final if c.action == MOVE_TO]
    if moves:
        updates = _move(moves, results, updates, name, outcomes, issues, reviews)
        index = {(u.force_id, u.item_id, u.round): n for n, u in enumerate(updates)}
    for c in final:
        if c.action == MOVE_TO:
            continue
        fields = _fields(c)
        where = f"{c.force_id} {c.item_id} round '{c.round}'"
        n = index.get(c.key)
        if n is None:
            if c.source_sha256 in shas:
                file = next(f for f, s in sha_of.items() if s == c.source_sha256)
                message = f"no reading of {where} in {file}"
                outcomes.append(Outcome(c.line, fields, "bad", message, file))
                issues.append(Issue("warning", "bad_correction", f"{name} line {c.line}: {message}; not applied",
                                    f"line {c.line}"))
            else:
                message = (f"the file read on {c.source_sha256[:12]} is no longer among the plans (changed or removed) "
                           f"and no file gives {where} now: the new text needs a new look")
                outcomes.append(Outcome(c.line, fields, "stale", message))
                issues.append(Issue("warning", "stale_correction", f"{name} line {c.line}: {message}; not applied",
                                    f"line {c.line}"))
            continue
        update = updates[n]
        current = sha_of.get(update.source_file, "")
        if current != c.source_sha256:
            message = (f"{where} now comes from {update.source_file} ({current[:12]}), not the file the correction "
                       f"was made on ({c.source_sha256[:12]}): the text changed and needs a new look")
            outcomes.append(Outcome(c.line, fields, "stale", message, update.source_file, update.status))
            issues.append(Issue("warning", "stale_correction", f"{name} line {c.line}: {message}; not applied",
                                f"line {c.line}"))
            continue
        outcomes.append(Outcome(c.line, fields, "applied", "", update.source_file, update.status))
        if c.action == NOT_AN_ITEM:
            dropped.add(n)
            continue
        moved = reviews.get(c.key, {})  # a reading moved here keeps what the readers said of it
        reviews[c.key] = {"reader_status": moved.get("reader_status", update.status),
                          "reader_status_source": moved.get("reader_status_source", update.status_source),
                          "reader_item_id": moved.get("reader_item_id"),
                          "reviewer": c.reviewer, "review_reason": c.reason, "reviewed_at": c.reviewed_at}
        updates[n] = dataclasses.replace(update, status=c.status, status_source="reviewed")
    kept = [u for n, u in enumerate(updates) if n not in dropped]
    outcomes.sort(key=lambda o: o.line)
    return Applied(kept, reviews, outcomes, issues)


def _move(moves: list[Correction], results, updates: list[PlanUpdate], name: str, outcomes: list[Outcome],
          issues: list[Issue], reviews: dict) -> list[PlanUpdate]:
    """Readings given to the wrong item, moved within their own file's readings; the rounds then reconciled again
    (so a moved round takes its place in the document's order). Returns the reconciled readings."""
    from .reconcile import reconcile

    by_sha = {r.sha256: r for r in results if r.loaded}
    changed: dict[str, list[PlanUpdate]] = {}
    for c in moves:
        fields, where = _fields(c), f"{c.force_id} {c.item_id} round '{c.round}'"
        result = by_sha.get(c.source_sha256)
        if result is None:
            message = (f"the file read on {c.source_sha256[:12]} is no longer among the plans (changed or removed): "
                       f"the new text of {where} needs a new look")
            outcomes.append(Outcome(c.line, fields, "stale", message))
            issues.append(Issue("warning", "stale_correction", f"{name} line {c.line}: {message}; not applied",
                                f"line {c.line}"))
            continue
        readings = changed.get(result.source_file, list(result.updates))
        keys = [(u.force_id, u.item_id, u.round) for u in readings]
        problem = ""
        if c.key not in keys:
            problem = f"no reading of {where} in {result.source_file}"
        elif (c.force_id, c.to_item_id, c.round) in keys:
            problem = (f"{c.force_id} {c.to_item_id} already has a reading in round '{c.round}' in "
                       f"{result.source_file}: drop or correct that one first")
        if problem:
            outcomes.append(Outcome(c.line, fields, "bad", problem, result.source_file))
            issues.append(Issue("warning", "bad_correction", f"{name} line {c.line}: {problem}; not applied",
                                f"line {c.line}"))
            continue
        n = keys.index(c.key)
        reading = readings[n]
        readings[n] = dataclasses.replace(reading, item_id=c.to_item_id, rec_no=int(c.to_item_id.split(".")[0]),
                                          status=c.status or reading.status, status_source="reviewed")
        changed[result.source_file] = readings
        reviews[(c.force_id, c.to_item_id, c.round)] = {
            "reader_status": reading.status, "reader_status_source": reading.status_source,
            "reader_item_id": reading.item_id, "reviewer": c.reviewer, "review_reason": c.reason,
            "reviewed_at": c.reviewed_at}
        outcomes.append(Outcome(c.line, fields, "applied", "", result.source_file, reading.status))
    if not changed:
        return updates
    # copies: the build's own results (and their warnings) stay as they were
    moved = [dataclasses.replace(r, updates=changed[r.source_file], issues=list(r.issues))
             if r.source_file in changed else dataclasses.replace(r, issues=list(r.issues)) for r in results]
    return reconcile(moved)


def _fields(c: Correction) -> dict:
    return {"force_id": c.force_id, "item_id": c.item_id, "round": c.round, "status": c.status, "reason": c.reason,
            "reviewer": c.reviewer, "reviewed_at": c.reviewed_at.isoformat() if c.reviewed_at else "",
            "source_sha256": c.source_sha256, "action": c.action, "to_item_id": c.to_item_id}


def add_to_frames(frames: dict[str, pd.DataFrame], applied: Applied, path: Path | None) -> None:
    """The review columns on plan_updates, the `corrections` table, and the issues in load_issues."""
    plan = frames["plan_updates"]
    keys = list(zip(plan.force_id, plan.item_id, plan["round"]))
    for column in REVIEW_COLUMNS:
        plan[column] = [applied.reviews.get(k, {}).get(column) for k in keys]
    plan["reviewed_at"] = pd.to_datetime(plan["reviewed_at"]).dt.date if applied.reviews else None
    frames["corrections"] = pd.DataFrame(
        [{"line": o.line, **{c: str(o.fields.get(c) or "").strip()[:500]
                             for c in ("force_id", "item_id", "round", "action", "to_item_id", "status", "reason", "reviewer",
                                       "source_sha256")},
          "reviewed_at": _day_or_none(o.fields.get("reviewed_at")), "source_file": o.source_file,
          "reader_status": o.reader_status, "outcome": o.outcome, "message": o.message}
         for o in applied.outcomes], columns=list(CORRECTIONS_COLUMNS))
    if applied.issues:
        name = label(path) if path else ""
        extra = pd.DataFrame([{"source_file": name, "force_id": _force_of(applied, i), "severity": i.severity,
                               "code": i.code, "message": i.message, "location": i.location}
                              for i in applied.issues])
        frames["load_issues"] = pd.concat([frames["load_issues"], extra], ignore_index=True)


def _day_or_none(text) -> dt.date | None:
    try:
        return parse_day(str(text or ""))
    except ValueError:
        return None


def _force_of(applied: Applied, issue: Issue) -> str | None:
    line = int(issue.location.split()[-1]) if issue.location.startswith("line ") else -1
    for o in applied.outcomes:
        if o.line == line:
            return (o.fields.get("force_id") or "").strip() or None
    return None


# ----------------------------------------------------------------------------------------------- writing

@contextlib.contextmanager
def locked(path: Path):
    """An exclusive lock for writers of the corrections file (a lock file beside it; released if we die)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # drops the lock


def to_row(c: Correction) -> dict:
    row = _fields(c)
    if row["action"] == SET_STATUS:
        row["action"] = ""  # the common case reads plainest blank
    return row


def append(path: Path, corrections: list[Correction]) -> int:
    """Add rows to the corrections file, atomically and under the lock: the file is read, the rows added, the
    whole written aside and renamed over it. Returns the line number of the first row added."""
    path = Path(path)
    with locked(path):
        try:
            existing = decode(path.read_bytes())
        except FileNotFoundError:
            existing = ""
        buffer = io.StringIO(newline="")
        header, rows = rows_of(existing) if existing.strip() else ([], [])
        if header and all(c in header for c in COLUMNS):
            buffer.write(existing if existing.endswith("\n") else existing + "\n")
        elif header:  # a file from before a column was added: written again with it, every row kept
            header = header + [c for c in COLUMNS if c not in header]
            writer = csv.writer(buffer, lineterminator="\n")
            writer.writerow(header)
            writer.writerows(cells + [""] * (len(header) - len(cells)) for _, cells in rows)
        else:
            header = list(COLUMNS)
            csv.writer(buffer, lineterminator="\n").writerow(header)
        first = buffer.getvalue().count("\n") + 1
        writer = csv.writer(buffer, lineterminator="\n")
        for c in corrections:
            row = to_row(c)
            writer.writerow([row.get(column, "") for column in header])
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                fh.write(buffer.getvalue())
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    return first
