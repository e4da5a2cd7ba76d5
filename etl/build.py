"""The pipeline: discover raw files -> extract -> normalise -> reconcile -> load, one file never sinking another."""
from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import contextlib
import functools
import gc
import hashlib
import multiprocessing
import os
import pickle
import signal
import stat as stat_module
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import ETL_VERSION
from . import corrections as corrections_module
from .extract import PLAN_SUFFIXES, extract
from .extract.guard import MAX_FILE_BYTES, MAX_SECONDS_PER_FILE, time_limit
from .load import (CACHE_DIR, ETL_DIR, LOCK_WAIT_SECONDS, clean_tmp, publish, read_build_info, read_ledger,
                   warehouse_lock, write_ledger)
from .fetch.store import fetches_frame, log_fingerprint, snapshot_times
from .model import ExtractError, FileResult, Issue
from .normalise.document import DocumentNormaliser
from .paths import ANSWER_KEY, REFERENCE_DIR, SAMPLE_MARKER
from .reference import Reference, load_reference
from .reconcile import latest_per_item, reconcile, round_numbers

SKIP_NAMES = {SAMPLE_MARKER, ANSWER_KEY}
MAX_WARNINGS_PER_FILE = 200
WORKER_MEMORY_BYTES = 600_000_000  # what one parse worker may need at most: workers are bounded by free memory too


class NothingToBuild(Exception):
    """No raw folder, or not one loadable plan in it: the build refuses rather than publish nothing."""


@dataclass
class BuildReport:
    build_id: str = ""
    results: list[FileResult] = field(default_factory=list)
    update_rows: int = 0  # rows of plan_updates (build_info.item_rows counts plan_items)
    latest: list = field(default_factory=list)  # PlanUpdate: the latest round of each force and item
    skipped_unchanged: bool = False
    cached_files: int = 0
    cleaned: list = field(default_factory=list)  # temp files of killed builds removed by this one
    corrections: list = field(default_factory=list)  # etl/corrections.Outcome: what was done with each correction
    seconds: float = 0.0


@dataclass
class Found:
    """A file under the raw folder as discovery saw it (never opened yet)."""

    path: Path
    name: str  # relative to the raw folder, always valid text (a non-UTF-8 byte shows as \xNN)
    is_sample: bool
    size: int
    mtime: float
    identity: tuple[int, int]  # (st_dev, st_ino) of what was seen, so a swap before reading is noticed
    refused: Issue | None = None  # not to be read at all (a link out of the raw folder, a FIFO, ...)
    name_issue: Issue | None = None


def display_name(relative: str) -> str:
    """A path as text that can be stored and printed: undecodable bytes of a file name become \\xNN."""
    return relative.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _kind(mode: int) -> str:
    return ("a FIFO (named pipe)" if stat_module.S_ISFIFO(mode) else "a socket" if stat_module.S_ISSOCK(mode)
            else "a device" if stat_module.S_ISCHR(mode) or stat_module.S_ISBLK(mode) else "not a regular file")


def discover(raw_dir: Path) -> list[Found]:
    """Every file under the raw folder except hidden ones, notes (.md) and the sample corpus's own key.

    The raw folder is a boundary: a link leading out of it is refused and never opened, not even hashed;
    dangling links, link loops, FIFOs, sockets and devices are listed with their reason. Links to folders
    are not followed (a folder inside the raw folder is read through its own path)."""
    raw_dir = Path(raw_dir)
    root = os.path.realpath(raw_dir)
    found: list[Found] = []

    def refuse(path: Path, rel: str, code: str, message: str) -> None:
        found.append(Found(path, display_name(rel), False, 0, 0.0, (0, 0), refused=Issue("error", code, message)))

    def walk(folder: Path, rel_parts: tuple[str, ...]) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            refuse(folder, "/".join(rel_parts) or ".", "unreadable", f"the folder cannot be listed: {exc.strerror or exc}")
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            rel = "/".join(rel_parts + (entry.name,))
            path = Path(entry.path)
            try:
                if entry.is_symlink():
                    try:
                        target = os.path.realpath(path, strict=True)
                    except FileNotFoundError:
                        refuse(path, rel, "dangling_link", f"a link to {os.readlink(path)!r}, which does not exist")
                        continue
                    except OSError as exc:
                        code = "link_loop" if exc.errno == errno.ELOOP else "unreadable"
                        refuse(path, rel, code, f"a link that cannot be followed: {exc.strerror or exc}")
                        continue
                    if os.path.commonpath([root, target]) != root:
                        refuse(path, rel, "link_outside_raw", "a link leading out of the raw folder; not read "
                               "(copy the plan into the raw folder instead)")
                        continue
                    if os.path.isdir(target):
                        continue  # its files are read through their own path inside the raw folder
                    st = os.stat(target)
                elif entry.is_dir(follow_symlinks=False):
                    walk(path, rel_parts + (entry.name,))
                    continue
                else:
                    st = entry.stat(follow_symlinks=False)
            except FileNotFoundError:
                continue  # gone between listing and looking: it was never there for this build
            except OSError as exc:
                refuse(path, rel, "unreadable", f"cannot be read: {exc.strerror or exc}")
                continue
            if entry.name in SKIP_NAMES or entry.name.lower().endswith(".md"):
                continue
            if not stat_module.S_ISREG(st.st_mode):
                refuse(path, rel, "not_a_file", f"{_kind(st.st_mode)}, not a plan file; not read")
                continue
            name = display_name(rel)
            name_issue = None
            if name != rel:
                name_issue = Issue("warning", "file_name_encoding", f"the file name is not valid UTF-8; shown as {name!r}")
            found.append(Found(path, name, is_sample_file(path, raw_dir), st.st_size, st.st_mtime,
                               (st.st_dev, st.st_ino), name_issue=name_issue))

    walk(raw_dir, ())
    return sorted(found, key=lambda f: f.name)


def is_sample_file(path: Path, raw_dir: Path) -> bool:
    """Inside a folder marked as a generated sample corpus (the marker file sits at its top)."""
    for parent in [path.parent, *path.parent.parents]:
        if (parent / SAMPLE_MARKER).exists():
            return True
        if parent == raw_dir:
            break
    return False


def sha256_of(path: Path, identity: tuple[int, int] | None = None) -> str:
    """Hash a regular file's bytes; never blocks on a FIFO, and notices a file swapped since discovery."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fd)
        if not stat_module.S_ISREG(st.st_mode):
            raise ExtractError("not_a_file", f"{_kind(st.st_mode)}, not a plan file; not read")
        if identity and identity != (0, 0) and identity != (st.st_dev, st.st_ino):
            raise ExtractError("changed_during_build", "the file was replaced while the build was reading it; build again")
        digest = hashlib.sha256()
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _os_error(exc: OSError) -> Issue:
    if isinstance(exc, FileNotFoundError):
        return Issue("error", "vanished", "the file was deleted or moved while the build was reading it")
    return Issue("error", "unreadable", f"the file cannot be read: {exc.strerror or exc}")


def fingerprint_file(found: Found, max_bytes: int = MAX_FILE_BYTES) -> tuple[str, Issue | None]:
    """The file's SHA-256, or why there is none. The size is checked first: a 20 GB file is never read."""
    if found.refused:
        return "", found.refused
    if found.size > max_bytes:  # the size and time stand in for the hash: changed if either changes
        return (f"size:{found.size}:{found.mtime}",
                Issue("error", "too_large", f"{found.size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit for one plan"))
    try:
        return sha256_of(found.path, found.identity), None
    except ExtractError as exc:
        return "", Issue("error", exc.code, exc.message)
    except OSError as exc:
        return "", _os_error(exc)


def cap_warnings(issues: list[Issue], limit: int = MAX_WARNINGS_PER_FILE) -> list[Issue]:
    """At most `limit` warnings per file, then one that says how many more there were and of what."""
    warnings = [i for i in issues if i.severity == "warning"]
    if len(warnings) <= limit:
        return issues
    dropped = warnings[limit:]
    kept_ids = {id(i) for i in warnings[:limit]}
    codes = Counter(i.code for i in dropped)
    summary = Issue("warning", "warnings_capped", f"{len(dropped)} more warnings not listed ("
                    + ", ".join(f"{code} {n}" for code, n in codes.most_common()) + f"); the first {limit} are")
    return [i for i in issues if i.severity != "warning" or id(i) in kept_ids] + [summary]


def process_file(
    path: Path, source_file: str, reference: Reference, normaliser: DocumentNormaliser, is_sample: bool,
    sha: str | None = None, max_bytes: int = MAX_FILE_BYTES, seconds: float = MAX_SECONDS_PER_FILE,
) -> FileResult:
    result = FileResult(source_file, path.suffix.lower().lstrip(".") or "?", sha or "", 0, 0.0, is_sample=is_sample)
    try:
        stat = path.stat()
        result.size_bytes, result.mtime = stat.st_size, stat.st_mtime
        if not stat_module.S_ISREG(stat.st_mode):
            raise ExtractError("not_a_file", f"{_kind(stat.st_mode)}, not a plan file; not read")
        if stat.st_size > max_bytes:
            raise ExtractError("too_large", f"{stat.st_size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit for one plan")
        result.sha256 = result.sha256 or sha256_of(path)
        if path.suffix.lower() not in PLAN_SUFFIXES:
            with open(path, "rb") as fh:
                head = fh.read(8)
            if not head.startswith((b"%PDF", b"PK\x03\x04", b"<", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
                raise ExtractError("unknown_format", f"'{path.suffix or 'no extension'}' is not a plan format (HTML, Word, Excel, PDF, CSV, text)")
        with time_limit(seconds):
            document = extract(path, max_bytes=max_bytes)
            result.format = document.format
            force_id, method, updates, issues = normaliser.normalise(document, source_file, is_sample)
        result.force_id, result.force_method, result.updates = force_id, method, updates
        result.issues.extend(getattr(document, "warnings", []))  # what the extractor had to decide (formulas, caps)
        result.issues.extend(issues)
    except ExtractError as exc:
        result.issues.append(Issue("error", exc.code, exc.message))
    except MemoryError:
        result.issues.append(Issue("error", "too_much_memory", "reading it needed more memory than one plan may use; refused"))
    except OSError as exc:
        result.issues.append(_os_error(exc))
    except Exception as exc:  # a bug must not lose the other 43 plans: report it against this file
        result.issues.append(Issue("error", "internal_error", f"{type(exc).__name__}: {str(exc)[:300]}"))
    result.issues = cap_warnings(result.issues)
    if not result.loaded:
        result.updates = []
    return result


@functools.cache
def code_fingerprint() -> str:
    """ETL_VERSION plus a hash of the code that decides what a file parses to: the readers (extract), the
    normaliser, the reference loading, the status vocabulary and the parsed model. Editing the CLI, the loader
    or the fetcher re-parses nothing."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(ETL_VERSION.encode())
    for path in _parsing_code(package):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return f"{ETL_VERSION}+{digest.hexdigest()[:12]}"


# what decides what a file parses to (folders: every .py file under them)
PARSING_CODE = ("extract", "normalise", "reference.py", "vocabulary.py", "model.py")


def _parsing_code(package: Path) -> list[Path]:
    files = []
    for part in PARSING_CODE:
        target = package / part
        files += sorted(target.rglob("*.py")) if target.is_dir() else [target]
    return files


def input_fingerprint(entries: list[tuple[str, str, bool]], reference: Reference) -> str:
    digest = hashlib.sha256(f"{code_fingerprint()}|{reference.fingerprint}".encode())
    for name, sha, sample in entries:
        digest.update(f"{name}|{sha}|{sample}\n".encode("utf-8", "backslashreplace"))
    return digest.hexdigest()[:24]


def _cache_name(source_file: str, sha: str, sample: bool, reference: Reference) -> str:
    key = f"{source_file}|{sha}|{sample}|{code_fingerprint()}|{reference.fingerprint}"
    return hashlib.sha256(key.encode("utf-8", "backslashreplace")).hexdigest()[:32] + ".pickle"


def _refused(found: Found, sha: str, issue: Issue) -> FileResult:
    result = FileResult(found.name, found.path.suffix.lower().lstrip(".") or "?", sha, found.size, found.mtime,
                        is_sample=found.is_sample)
    result.issues.append(issue)
    return result


def run_build(
    raw_dir: Path, warehouse: Path, reference_dir: Path = REFERENCE_DIR, force: bool = False,
    progress=None, max_bytes: int = MAX_FILE_BYTES, workers: int | None = None, lock_wait: float = LOCK_WAIT_SECONDS,
    corrections: Path | None = None,
) -> BuildReport:
    """Build the warehouse from the raw folder. One writer at a time (a second build waits up to lock_wait
    seconds, then raises BuildBusy); a bad warehouse path raises WarehouseError; one file never stops it."""
    started = time.perf_counter()
    raw_dir, warehouse = Path(raw_dir), Path(warehouse)
    if not raw_dir.is_dir():
        raise NothingToBuild(f"raw folder {raw_dir} does not exist")
    reference = load_reference(Path(reference_dir))
    with warehouse_lock(warehouse, lock_wait):
        report = BuildReport(cleaned=clean_tmp(warehouse))
        _build_locked(raw_dir, warehouse, reference, force, progress, max_bytes, workers, report, corrections)
    report.seconds = time.perf_counter() - started
    return report


def _build_locked(raw_dir, warehouse, reference, force, progress, max_bytes, workers, report, corrections=None) -> None:
    files = discover(raw_dir)
    if not files:
        raise NothingToBuild(f"raw folder {raw_dir} holds no files")
    hashed = [(found, *fingerprint_file(found, max_bytes)) for found in files]
    entries = [(f.name, sha, f.is_sample) for f, sha, _ in hashed]
    fingerprint = input_fingerprint(entries, reference)
    if fetch_log := log_fingerprint(raw_dir):  # the fetch log (etl/fetch) feeds the `fetches` table
        fingerprint = hashlib.sha256(f"{fingerprint}|{fetch_log}".encode()).hexdigest()[:24]
    if corrected := corrections_module.fingerprint(corrections):  # the corrections file (etl/corrections.py)
        fingerprint = hashlib.sha256(f"{fingerprint}|{corrected}".encode()).hexdigest()[:24]
    previous = read_build_info(warehouse)  # None when the warehouse is not whole: then it is rebuilt
    if not force and previous and previous.get("input_fingerprint") == fingerprint and not previous.get("transient_failures"):
        report.skipped_unchanged, report.build_id = True, previous["build_id"]
        return

    cache_dir = warehouse / CACHE_DIR
    cache_dir.mkdir(exist_ok=True)
    ledger = read_ledger(warehouse)
    ours = set(ledger["cache"])  # only the ETL's own cache files are ever read or deleted
    results: dict[str, FileResult] = {}
    todo = []
    for found, sha, issue in hashed:
        if issue is not None:
            results[found.name] = _refused(found, sha, issue)
            continue
        name = _cache_name(found.name, sha, found.is_sample, reference)
        if not force and name in ours:
            try:
                results[found.name] = pickle.loads((cache_dir / name).read_bytes())
                report.cached_files += 1
                continue
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError):
                pass
        todo.append((found.path, found.name, sha, found.is_sample))
    if todo:  # ledgered before they exist: a build killed while parsing leaves no cache file unaccounted for
        ledger["cache"] = sorted(set(ledger["cache"]) | {_cache_name(n, sha, smp, reference) for _, n, sha, smp in todo})
        write_ledger(warehouse, ledger)
    for result in _parse_all(todo, reference, max_bytes, workers, progress):
        if not any(i.severity == "error" for i in result.issues):  # failures are never cached
            name = _cache_name(result.source_file, result.sha256, result.is_sample, reference)
            tmp = warehouse / ETL_DIR / "tmp" / name
            tmp.write_bytes(pickle.dumps(result))
            os.replace(tmp, cache_dir / name)
        results[result.source_file] = result
    for found, _, _ in hashed:
        result = results[found.name]
        result.mtime = found.mtime
        if found.name_issue and found.name_issue not in result.issues:
            result.issues.insert(0, found.name_issue)
        report.results.append(result)

    # cross-file checks add warnings: work on copies so cached results stay as parsed
    report.results = [dataclasses.replace(r, issues=list(r.issues)) for r in report.results]
    updates = reconcile(report.results, snapshot_times(raw_dir))
    if not updates:
        reasons = "; ".join(f"{r.source_file}: {r.issues[0].message}" for r in report.results if r.issues)[:600]
        raise NothingToBuild(f"no loadable plan among {len(files)} file(s) ({reasons})")
    # what a person settled, applied after the readers and before the load (etl/corrections.py)
    reviewed = corrections_module.apply(updates, report.results, corrections, reference.force_ids, reference.item_ids)
    updates, report.corrections = reviewed.updates, reviewed.outcomes
    report.build_id = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    frames = to_frames(report, updates, reference, fingerprint)
    corrections_module.add_to_frames(frames, reviewed, corrections)
    frames["fetches"] = fetches_frame(raw_dir)
    publish(warehouse, frames, report.build_id)
    keep = {_cache_name(f.name, sha, f.is_sample, reference) for f, sha, _ in hashed}
    _prune_cache(warehouse, keep)
    report.update_rows = len(frames["plan_updates"])
    report.latest = latest_per_item(updates)


_WORKER: dict = {}


def _worker_init(parent: int, memory: int) -> None:
    """A parse worker: dies with its build (never an orphan holding memory), and may use `memory` bytes of
    address space more than it started with (a MemoryError is then this file's error, not the machine's)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() != parent:
            os._exit(1)
    except (OSError, AttributeError):
        pass
    try:
        import resource

        with open("/proc/self/status") as fh:
            vm = next(int(line.split()[1]) * 1024 for line in fh if line.startswith("VmSize:"))
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = vm + memory
        if hard == resource.RLIM_INFINITY or limit < hard:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (OSError, ValueError, StopIteration, ImportError):
        pass


def _worker_parse(task) -> FileResult:
    path, name, sha, sample = task
    return process_file(path, name, _WORKER["reference"], _WORKER["normaliser"], sample, sha=sha, max_bytes=_WORKER["max_bytes"])


def available_memory() -> int:
    try:
        with open("/proc/meminfo") as fh:
            return next(int(line.split()[1]) * 1024 for line in fh if line.startswith("MemAvailable:"))
    except (OSError, StopIteration, ValueError):
        return 4 * WORKER_MEMORY_BYTES


def worker_count(files: int, requested: int | None = None) -> int:
    """One per core, no more than the files, and no more than free memory allows at WORKER_MEMORY_BYTES each."""
    by_memory = max(1, available_memory() // WORKER_MEMORY_BYTES)
    return max(1, min(requested or os.cpu_count() or 1, files, by_memory))


def _crashed(task, exc: BaseException) -> FileResult:
    path, name, sha, sample = task
    result = FileResult(name, path.suffix.lower().lstrip(".") or "?", sha, 0, 0.0, is_sample=sample)
    result.issues.append(Issue("error", "worker_crashed", f"reading it killed its worker process ({type(exc).__name__}); "
                               "it may need more memory than one plan may use"))
    return result


@contextlib.contextmanager
def _fork_safe():
    """Fork workers with none of the parent's garbage and none of its objects in their collector's reach.

    A worker forked from a busy process (the Streamlit server that rebuilds after a review, a test session) inherits
    its pending cyclic garbage and every live object; collecting those in the child ran finalizers of C-extension
    objects made in the parent and segfaulted, losing the plans that worker held. Collect first, then freeze
    (Python's own advice for fork), so the child's collector only walks what the child makes."""
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _parse_all(todo, reference: Reference, max_bytes: int, workers: int | None, progress):
    """Parse files in parallel (forked workers, bounded by cores and memory); in order of completion.
    A worker that dies (out of memory, a crash in a library) costs only the file it was reading."""
    _WORKER.update(reference=reference, normaliser=DocumentNormaliser(reference), max_bytes=max_bytes)
    workers = worker_count(len(todo), workers) if todo else 1
    bar = progress(total=len(todo)) if progress else None
    try:
        if workers <= 1 or len(todo) < 4:
            for task in todo:
                yield _worker_parse(task)
                bar and bar.update()
            return
        # biggest first, so one slow PDF does not start last
        pending = sorted(todo, key=lambda t: -_size(t[0]))
        retry = []
        context = multiprocessing.get_context("fork")
        with _fork_safe(), ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_init,
                                               initargs=(os.getpid(), WORKER_MEMORY_BYTES)) as pool:
            futures = {pool.submit(_worker_parse, task): task for task in pending}
            for future in as_completed(futures):
                try:
                    result = future.result()
                except BrokenProcessPool:
                    retry.append(futures[future])
                    continue
                yield result
                bar and bar.update()
        for task in retry:  # the pool broke: each file it had not finished gets a worker of its own
            with _fork_safe(), ProcessPoolExecutor(1, mp_context=context, initializer=_worker_init,
                                                   initargs=(os.getpid(), WORKER_MEMORY_BYTES)) as pool:
                try:
                    result = pool.submit(_worker_parse, task).result()
                except BrokenProcessPool as exc:
                    result = _crashed(task, exc)
            yield result
            bar and bar.update()
    finally:
        if bar:
            bar.close()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _prune_cache(warehouse: Path, keep: set[str]) -> None:
    """Delete the ETL's own cache files (listed in its ledger) that no current input needs; nothing else."""
    ledger = read_ledger(warehouse)
    for name in ledger["cache"]:
        if name not in keep:
            (warehouse / CACHE_DIR / name).unlink(missing_ok=True)
    ledger["cache"] = sorted(n for n in ledger["cache"] if n in keep and (warehouse / CACHE_DIR / n).exists())
    write_ledger(warehouse, ledger)


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
