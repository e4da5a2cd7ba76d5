"""The pipeline: discover raw files -> extract -> normalise -> validate -> load, one file never sinking another."""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import multiprocessing
import os
import pickle
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import ETL_VERSION
from .extract import PLAN_SUFFIXES, extract
from .extract.guard import MAX_FILE_BYTES, MAX_SECONDS_PER_FILE, time_limit
from .fetch.store import fetches_frame, log_fingerprint
from .model import ExtractError, FileResult, Issue
from .normalise.document import DocumentNormaliser
from .paths import ANSWER_KEY, REFERENCE_DIR, SAMPLE_MARKER
from .reference import Reference, load_reference
from .validate import latest_per_item, reconcile, round_numbers

SKIP_NAMES = {SAMPLE_MARKER, ANSWER_KEY}
CACHE_DIR = ".cache"


class NothingToBuild(Exception):
    """No raw folder, or not one loadable plan in it: the build refuses rather than publish nothing."""


@dataclass
class BuildReport:
    build_id: str = ""
    results: list[FileResult] = field(default_factory=list)
    item_rows: int = 0
    latest: list = field(default_factory=list)  # PlanUpdate: the latest round of each force and item
    skipped_unchanged: bool = False
    cached_files: int = 0
    seconds: float = 0.0


def discover(raw_dir: Path) -> list[Path]:
    """Every file under the raw folder except hidden ones, notes (.md) and the sample corpus's own key."""
    files = []
    for path in sorted(raw_dir.rglob("*")):
        if not path.is_file() or any(part.startswith(".") for part in path.relative_to(raw_dir).parts):
            continue
        if path.name in SKIP_NAMES or path.suffix.lower() == ".md":
            continue
        files.append(path)
    return files


def is_sample_file(path: Path, raw_dir: Path) -> bool:
    """Inside a folder marked as a generated sample corpus (the marker file sits at its top)."""
    for parent in [path.parent, *path.parent.parents]:
        if (parent / SAMPLE_MARKER).exists():
            return True
        if parent == raw_dir:
            break
    return False


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def process_file(
    path: Path, source_file: str, reference: Reference, normaliser: DocumentNormaliser, is_sample: bool,
    sha: str | None = None, max_bytes: int = MAX_FILE_BYTES, seconds: float = MAX_SECONDS_PER_FILE,
) -> FileResult:
    stat = path.stat()
    result = FileResult(source_file, path.suffix.lower().lstrip(".") or "?", sha or sha256_of(path), stat.st_size, stat.st_mtime, is_sample=is_sample)
    try:
        if path.suffix.lower() not in PLAN_SUFFIXES and stat.st_size <= max_bytes:
            with open(path, "rb") as fh:
                head = fh.read(8)
            if not head.startswith((b"%PDF", b"PK\x03\x04", b"<")):
                raise ExtractError("unknown_format", f"'{path.suffix or 'no extension'}' is not a plan format (HTML, Word, Excel, PDF, CSV, text)")
        with time_limit(seconds):
            document = extract(path, max_bytes=max_bytes)
            result.format = document.format
            force_id, method, updates, issues = normaliser.normalise(document, source_file, is_sample)
        result.force_id, result.force_method, result.updates = force_id, method, updates
        result.issues.extend(issues)
    except ExtractError as exc:
        result.issues.append(Issue("error", exc.code, exc.message))
    except Exception as exc:  # a bug must not lose the other 43 plans: report it against this file
        result.issues.append(Issue("error", "internal_error", f"{type(exc).__name__}: {str(exc)[:300]}"))
    if not result.loaded:
        result.updates = []
    return result


@functools.cache
def code_fingerprint() -> str:
    """ETL_VERSION plus a hash of the ETL's own source: what a file normalises to depends on both."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(ETL_VERSION.encode())
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return f"{ETL_VERSION}+{digest.hexdigest()[:12]}"


def input_fingerprint(entries: list[tuple[str, str, bool]], reference: Reference) -> str:
    digest = hashlib.sha256(f"{code_fingerprint()}|{reference.fingerprint}".encode())
    for name, sha, sample in entries:
        digest.update(f"{name}|{sha}|{sample}\n".encode())
    return digest.hexdigest()[:24]


def _cache_path(warehouse: Path, source_file: str, sha: str, sample: bool, reference: Reference) -> Path:
    key = f"{source_file}|{sha}|{sample}|{code_fingerprint()}|{reference.fingerprint}"
    key = hashlib.sha256(key.encode()).hexdigest()[:32]
    return warehouse / CACHE_DIR / f"{key}.pickle"


def run_build(
    raw_dir: Path, warehouse: Path, reference_dir: Path = REFERENCE_DIR, force: bool = False,
    progress=None, max_bytes: int = MAX_FILE_BYTES, workers: int | None = None,
) -> BuildReport:
    from .load import publish, read_build_info  # duckdb only when a build really writes

    started = time.perf_counter()
    raw_dir, warehouse = Path(raw_dir), Path(warehouse)
    if not raw_dir.is_dir():
        raise NothingToBuild(f"raw folder {raw_dir} does not exist")
    reference = load_reference(Path(reference_dir))
    files = discover(raw_dir)
    if not files:
        raise NothingToBuild(f"raw folder {raw_dir} holds no files")
    entries = [(p.relative_to(raw_dir).as_posix(), sha256_of(p), is_sample_file(p, raw_dir)) for p in files]
    fingerprint = input_fingerprint(entries, reference)
    if fetch_log := log_fingerprint(raw_dir):  # the fetch log (etl/fetch) feeds the `fetches` table
        fingerprint = hashlib.sha256(f"{fingerprint}|{fetch_log}".encode()).hexdigest()[:24]
    report = BuildReport()
    previous = read_build_info(warehouse)
    if not force and previous and previous.get("input_fingerprint") == fingerprint:
        report.skipped_unchanged, report.build_id = True, previous["build_id"]
        report.seconds = time.perf_counter() - started
        return report

    (warehouse / CACHE_DIR).mkdir(parents=True, exist_ok=True)
    results: dict[str, FileResult] = {}
    todo = []
    for path, (name, sha, sample) in zip(files, entries):
        cache = _cache_path(warehouse, name, sha, sample, reference)
        try:
            results[name] = pickle.loads(cache.read_bytes())
            report.cached_files += 1
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
            todo.append((path, name, sha, sample))
    for result in _parse_all(todo, reference, max_bytes, workers, progress):
        if not any(i.code in ("timeout", "internal_error") for i in result.issues):
            path = _cache_path(warehouse, result.source_file, result.sha256, result.is_sample, reference)
            path.write_bytes(pickle.dumps(result))
        results[result.source_file] = result
    for path, (name, _, _) in zip(files, entries):
        results[name].mtime = path.stat().st_mtime
        report.results.append(results[name])

    # cross-file checks add warnings: work on copies so cached results stay as parsed
    report.results = [dataclasses.replace(r, issues=list(r.issues)) for r in report.results]
    updates = reconcile(report.results)
    if not updates:
        reasons = "; ".join(f"{r.source_file}: {r.issues[0].message}" for r in report.results if r.issues)[:600]
        raise NothingToBuild(f"no loadable plan among {len(files)} file(s) ({reasons})")
    report.build_id = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    frames = to_frames(report, updates, reference, fingerprint)
    frames["fetches"] = fetches_frame(raw_dir)
    publish(warehouse, frames, report.build_id)
    _prune_cache(warehouse, {_cache_path(warehouse, n, s, smp, reference).name for n, s, smp in entries})
    report.item_rows = len(frames["plan_updates"])
    report.latest = latest_per_item(updates)
    report.seconds = time.perf_counter() - started
    return report


_WORKER: dict = {}


def _worker_parse(task) -> FileResult:
    path, name, sha, sample = task
    return process_file(path, name, _WORKER["reference"], _WORKER["normaliser"], sample, sha=sha, max_bytes=_WORKER["max_bytes"])


def _parse_all(todo, reference: Reference, max_bytes: int, workers: int | None, progress):
    """Parse files in parallel (one process per core, forked so nothing is re-imported); in order of completion."""
    _WORKER.update(reference=reference, normaliser=DocumentNormaliser(reference), max_bytes=max_bytes)
    workers = workers or min(len(todo), os.cpu_count() or 1)
    bar = progress(total=len(todo)) if progress else None
    try:
        if workers <= 1 or len(todo) < 4:
            for task in todo:
                yield _worker_parse(task)
                bar and bar.update()
            return
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            # biggest first, so one slow PDF does not start last
            for result in pool.map(_worker_parse, sorted(todo, key=lambda t: -t[0].stat().st_size)):
                yield result
                bar and bar.update()
    finally:
        if bar:
            bar.close()


def _prune_cache(warehouse: Path, keep: set[str]) -> None:
    for path in (warehouse / CACHE_DIR).glob("*.pickle"):
        if path.name not in keep:
            path.unlink(missing_ok=True)


def to_frames(report: BuildReport, updates, reference: Reference, fingerprint: str) -> dict[str, pd.DataFrame]:
    seq = round_numbers(updates)
    plan_updates = pd.DataFrame([dataclasses.asdict(u) for u in updates]).drop(columns=["round_order"])
    plan_updates.insert(5, "round_seq", [seq[(u.force_id, u.item_id, u.round)] for u in updates])
    files_used = {u.source_file for u in updates}  # a file whose round a newer file replaced is not loaded
    sources = pd.DataFrame(
        [
            {
                "source_file": r.source_file,
                "force_id": r.force_id,
                "format": r.format,
                "sha256": r.sha256,
                "size_bytes": r.size_bytes,
                "items": len({u.item_id for u in r.updates}),
                "rounds": len({u.round for u in r.updates}),
                "loaded": r.loaded and r.source_file in files_used,
                "force_method": r.force_method,
                "errors": sum(i.severity == "error" for i in r.issues),
                "warnings": sum(i.severity == "warning" for i in r.issues),
                "is_sample": r.is_sample,
            }
            for r in report.results
        ]
    )
    issues = pd.DataFrame(
        [
            {"source_file": r.source_file, "force_id": r.force_id, "severity": i.severity, "code": i.code,
             "message": i.message, "location": i.location}
            for r in report.results
            for i in r.issues
        ],
        columns=["source_file", "force_id", "severity", "code", "message", "location"],
    )
    latest = latest_per_item(updates)
    build_info = pd.DataFrame(
        [
            {
                "build_id": report.build_id,
                "built_at": dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
                "etl_version": code_fingerprint(),
                "reference_fingerprint": reference.fingerprint,
                "input_fingerprint": fingerprint,
                "source_count": len(report.results),
                "loaded_count": int(sources["loaded"].sum()),
                "item_rows": len(latest),
                "sample_only": all(r.is_sample for r in report.results if r.loaded),
            }
        ]
    )
    forces = pd.DataFrame(list(reference.forces))
    recommendations = pd.DataFrame(list(reference.recommendations))
    recommendations["rec_no"] = recommendations["rec_no"].astype(int)
    recommendations["deadline"] = pd.to_datetime(recommendations["deadline"]).dt.date
    return {
        "forces": forces,
        "recommendations": recommendations,
        "plan_updates": plan_updates,
        "sources": sources,
        "load_issues": issues,
        "build_info": build_info,
    }
