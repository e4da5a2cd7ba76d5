"""Check my plan: what the tracker would read from a draft plan, and how it would change the force's figures.

Nothing is stored and the warehouse is never touched. The upload is written only inside a temporary folder
(removed afterwards, whatever happens) and read there by the ETL's own `etl.build.process_file` in a child
process, with the build's limits: the same file size and type limits, the same time limit per file (the
child's main thread can be interrupted, a page's thread cannot; the child is killed if it still runs), and
the same memory limit per parse worker. The page lays it out (pages/check_plan.py); release_upload lets the
server drop the upload's bytes as soon as they are read.
"""
from __future__ import annotations

import dataclasses
import multiprocessing
import os
import re
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from etl.extract import PLAN_SUFFIXES
from etl.extract.guard import MAX_FILE_BYTES, MAX_SECONDS_PER_FILE
from etl.model import FileResult, Issue
from etl.paths import REFERENCE_DIR

from . import queries
from .filters import Filters
from .warehouse import Warehouse

GRACE_SECONDS = 15  # a child past its own time limit by this much is killed
DONE = ("complete", "bau")


@dataclass
class PlanCheck:
    name: str
    format: str
    force_id: str | None
    force_method: str
    loaded: bool
    rows: pd.DataFrame  # every line read: item, round, status, the words, anchor, granularity, where
    latest: pd.DataFrame  # the latest round per item: what the tracker would count
    issues: pd.DataFrame  # severity, code, message, location
    missing_items: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def errors(self) -> pd.DataFrame:
        return self.issues[self.issues.severity == "error"]


ROW_COLUMNS = ["item_id", "round", "status", "status_source", "progress_pct", "status_words", "anchor", "granularity",
               "owner", "update_text", "source_table", "source_row"]


def safe_name(name: str) -> str:
    """The upload's own name (the force is read from it, as in a build), reduced to a plain file name."""
    base = re.split(r"[\\/]", str(name or ""))[-1]
    base = re.sub(r"[^A-Za-z0-9._ -]+", "_", base).strip(" .") or "plan"
    stem, dot, suffix = base.rpartition(".")
    return (stem[:100] + dot + suffix[:10]) if dot else base[:110]


def check_upload(name: str, data: bytes, reference_dir: Path = REFERENCE_DIR, max_bytes: int = MAX_FILE_BYTES,
                 seconds: float = MAX_SECONDS_PER_FILE) -> PlanCheck:
    """Read a draft plan as a build would, without storing it."""
    started = time.monotonic()
    name = safe_name(name)
    suffix = Path(name).suffix.lower()
    if len(data) > max_bytes:
        result = _refused(name, Issue("error", "too_large", f"{len(data) / 1e6:.1f} MB is over the "
                                                             f"{max_bytes / 1e6:.0f} MB limit for one plan"))
    elif suffix not in PLAN_SUFFIXES:
        result = _refused(name, Issue("error", "unknown_format", f"'{suffix or 'no extension'}' is not a plan format "
                                                                 "(HTML, Word, Excel, PDF, CSV, text)"))
    else:
        with tempfile.TemporaryDirectory(prefix="check-plan-") as folder:
            os.chmod(folder, 0o700)
            path = Path(folder) / name
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            result = _read_in_child(path, name, Path(reference_dir), max_bytes, seconds)
    return _to_check(result, Path(reference_dir), time.monotonic() - started)


def release_upload(upload) -> None:
    """Let the server drop an uploaded file's bytes now: Streamlit keeps every upload in memory until the browser
    removes it or the session ends. Its store's copy is removed (only its in-memory store can drop one file, as
    its own chat input does), and every UploadedFile of this file the session holds is closed: the widget's value
    is deserialised more than once, and each copy kept the whole file for as long as the session lived."""
    try:
        from streamlit.runtime.memory_uploaded_file_manager import MemoryUploadedFileManager
        from streamlit.runtime.scriptrunner import get_script_run_ctx
        from streamlit.runtime.uploaded_file_manager import UploadedFile
    except ImportError:  # pragma: no cover - Streamlit is in requirements.txt
        return
    ctx = get_script_run_ctx()
    file_id = getattr(upload, "file_id", None)
    if ctx is not None and file_id and isinstance(ctx.uploaded_file_mgr, MemoryUploadedFileManager):
        ctx.uploaded_file_mgr.remove_file(session_id=ctx.session_id, file_id=file_id)
    copies = [upload]
    state = getattr(getattr(ctx, "session_state", None), "_state", None)  # SafeSessionState -> SessionState
    if state is not None and file_id:
        held = [*getattr(state, "_old_state", {}).values(), *getattr(state, "_new_session_state", {}).values()]
        held += [getattr(v, "value", v) for v in getattr(getattr(state, "_new_widget_state", None), "states", {}).values()]
        for value in held:
            for item in value if isinstance(value, (list, tuple)) else [value]:
                if isinstance(item, UploadedFile) and item.file_id == file_id:
                    copies.append(item)
    for copy in copies:
        if hasattr(copy, "close"):
            copy.close()  # an UploadedFile is a BytesIO over the whole file


def _refused(name: str, issue: Issue) -> FileResult:
    result = FileResult(name, Path(name).suffix.lower().lstrip(".") or "?", "", 0, 0.0)
    result.issues.append(issue)
    return result


def _child(conn, path: str, name: str, reference_dir: str, max_bytes: int, seconds: float, parent: int) -> None:
    from etl.build import WORKER_MEMORY_BYTES, _worker_init, process_file
    from etl.normalise.document import DocumentNormaliser
    from etl.reference import load_reference

    _worker_init(parent, WORKER_MEMORY_BYTES)  # dies with its parent; the build's memory limit per worker
    reference = load_reference(Path(reference_dir))
    result = process_file(Path(path), name, reference, DocumentNormaliser(reference), is_sample=False,
                          max_bytes=max_bytes, seconds=seconds)
    conn.send(result)
    conn.close()


def _read_in_child(path: Path, name: str, reference_dir: Path, max_bytes: int, seconds: float) -> FileResult:
    context = multiprocessing.get_context("spawn")  # never fork a threaded server
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(send, str(path), name, str(reference_dir), max_bytes, seconds,
                                                   os.getpid()), daemon=True)
    process.start()
    send.close()
    try:
        if receive.poll(seconds + GRACE_SECONDS):
            return receive.recv()
        code = "timeout"
        message = f"reading took longer than {seconds:.0f} s; refused"
    except (EOFError, OSError):  # the child died without an answer (out of memory, a crash in a library)
        code, message = "worker_crashed", ("reading it killed its worker process; it may need more memory than one "
                                           "plan may use")
    finally:
        if process.is_alive():
            process.kill()
        process.join(5)
        receive.close()
    return _refused(name, Issue("error", code, message))


def _item_key(item_id: str) -> tuple[int, int]:
    rec, _, sub = str(item_id).partition(".")
    return (int(rec) if rec.isdigit() else 0, int(sub) if sub.isdigit() else 0)


def _to_check(result: FileResult, reference_dir: Path, seconds: float) -> PlanCheck:
    from etl.reconcile import latest_per_item

    def frame(updates) -> pd.DataFrame:
        rows = [{"item_id": u.item_id, "round": u.round, "status": u.status, "status_source": u.status_source,
                 "progress_pct": u.progress_pct,
                 # the words the status was read from: the plan's status cell, or the deciding phrase of the text
                 "status_words": u.status_evidence or u.status_raw, "anchor": u.anchor,
                 "granularity": u.granularity, "owner": u.owner, "update_text": u.update_text,
                 "source_table": u.source_table, "source_row": u.source_row} for u in updates]
        return pd.DataFrame(rows, columns=ROW_COLUMNS)

    latest = sorted(latest_per_item(result.updates), key=lambda u: _item_key(u.item_id))
    issues = pd.DataFrame([{"severity": i.severity, "code": i.code, "message": i.message, "location": i.location}
                           for i in result.issues], columns=["severity", "code", "message", "location"])
    missing: list[str] = []
    if result.updates:
        reference = pd.read_csv(reference_dir / "recommendations.csv", dtype=str)
        missing = sorted(set(reference["item_id"]) - {u.item_id for u in latest}, key=_item_key)
    return PlanCheck(result.source_file, result.format, result.force_id, result.force_method, result.loaded,
                     frame(result.updates), frame(latest), issues, missing, seconds)


# ------------------------------------------------------------------ what it would change
def _figures(statuses: pd.DataFrame, as_of) -> dict:
    applicable = statuses[statuses.status != "not_applicable"]
    done = int(statuses.status.isin(DONE).sum())
    overdue = int(((pd.to_datetime(statuses.deadline).dt.date < as_of)
                   & ~statuses.status.isin([*DONE, "not_applicable"])).sum())
    return {"Sub-items reported": len(statuses), "Done (complete or BAU)": done,
            "In progress": int((statuses.status == "in_progress").sum()),
            "Not started": int((statuses.status == "not_started").sum()),
            "Unknown": int((statuses.status == "unknown").sum()),
            "Not applicable": int((statuses.status == "not_applicable").sum()),
            "Overdue": overdue,
            "Completion rate": done / len(applicable) if len(applicable) else None}


def impact(wh: Warehouse, f: Filters, check: PlanCheck, force_id: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The force's figures now (its published plan, as of the filter date) beside its figures if this draft
    were its plan, and each sub-item whose status would change. The draft counts as published today: its own
    dates do not hold it back. Statuses read from text count as unknown when the filters say so."""
    whole = queries.whole_force(f)
    now = queries.force_items_with_peers(wh, whole, force_id)[["item_id", "item_title", "deadline", "status"]]
    options = queries.item_options(wh)[["item_id", "title", "deadline"]]
    draft = check.latest[["item_id", "status", "status_source"]].merge(options, on="item_id", how="inner")
    if not f.include_inferred:
        draft.loc[draft.status_source == "inferred", "status"] = "unknown"
    before, after = _figures(now, f.date), _figures(draft, f.date)
    peers = queries.force_completion(wh, _peers(f))
    others = peers[peers.force_id != force_id].completion_rate.dropna().tolist()

    def rank(rate, present: bool) -> str:
        if rate is None or not present:
            return "-"
        return f"{1 + sum(r > rate for r in others)} of {len(others) + 1}"

    rows = [{"measure": k, "now": before[k], "with_draft": after[k]} for k in before]
    rows.append({"measure": "Rank among forces", "now": rank(before["Completion rate"], len(now) > 0),
                 "with_draft": rank(after["Completion rate"], len(draft) > 0)})
    figures = pd.DataFrame(rows)
    items = now.rename(columns={"status": "status_now"})[["item_id", "item_title", "status_now"]].merge(
        draft.rename(columns={"status": "status_draft", "title": "draft_title"})[["item_id", "draft_title", "status_draft"]],
        on="item_id", how="outer")
    items["item_title"] = items["item_title"].fillna(items.pop("draft_title"))
    items = items[items.status_now.fillna("") != items.status_draft.fillna("")]
    items = items.assign(status_now=items.status_now.fillna("(not in plan)"),
                         status_draft=items.status_draft.fillna("(not in draft)"))
    items = items.iloc[sorted(range(len(items)), key=lambda n: _item_key(items.item_id.iloc[n]))].reset_index(drop=True)
    return figures, items


def _peers(f: Filters) -> Filters:
    """Every force, every status: the field a rank is taken in (as the Force page ranks)."""
    return dataclasses.replace(f, forces=(), regions=(), statuses=())
