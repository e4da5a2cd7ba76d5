"""One fetch run over the source list: every force's page or document, the plan documents a page links
to on its own site, a snapshot wherever the plan text changed, and a log row for every request.

One force's failure never stops the others, and nothing here ever deletes or replaces an earlier snapshot.
Each source (its page and the plan documents followed from it) has the client's wall-clock limit in all.

The log and the snapshots agree: the log is checked writable before any request, and a source's rows are
appended before the state that remembers its snapshots is saved. If the log cannot take a source's rows, the
snapshots this run wrote for that source are removed and its state is not changed (so the next run fetches it
again), and the run stops with FetchLogError: every snapshot on disk has its row in the log.
"""
from __future__ import annotations

import contextlib
import copy
import datetime as dt
import hashlib
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..paths import RAW_DIR, REFERENCE_DIR
from ..reference import load_reference
from . import content as reader
from .address import redact
from .client import Answer, FetchError, PoliteClient, site_of
from .render import render as chromium_render
from .sources import SOURCES_CSV, Source, load_sources
from .store import LogRow, Store

BINARY_FORMATS = ("pdf", "docx", "xlsx", "csv")
MIN_ITEMS_ON_LANDING = 3  # a page that links to its plan is itself saved only when it carries plan rows too


class NoSources(Exception):
    """The source list could not be read, or names none of the forces asked for."""


class FetchLogError(Exception):
    """The fetch log (or state) could not be written; the run stopped with the log and the snapshots agreeing."""


@dataclass
class FetchRun:
    run_id: str
    rows: list[LogRow] = field(default_factory=list)
    outcome: dict[str, str] = field(default_factory=dict)  # force_id -> changed | unchanged | failed | no_source
    seconds: float = 0.0

    @property
    def counts(self) -> Counter:
        return Counter(self.outcome.values())

    @property
    def snapshots(self) -> list[str]:
        return [r.snapshot for r in self.rows if r.snapshot]

    def summary(self) -> str:
        c = self.counts
        tried = c["changed"] + c["unchanged"] + c["failed"]
        line = (f"fetched {tried} force(s): {c['changed']} changed, {c['unchanged']} unchanged, {c['failed']} failed; "
                f"{len([r for r in self.rows if r.result != 'no_source'])} request(s), {len(self.snapshots)} new snapshot(s), "
                f"{self.seconds:.1f} s")
        if c["no_source"]:
            line += f"; {c['no_source']} force(s) with no source URL"
        return line

    def failures(self) -> list[str]:
        return [f"FAILED {r.force_id}: {r.url or '(no url)'}: {r.error}" for r in self.rows if r.result == "failed"]


class Fetcher:
    def __init__(self, store: Store, client: PoliteClient, item_ids: set[str], run_id: str, now, renderer=chromium_render,
                 render_timeout: float = 30.0):
        self.store, self.client, self.item_ids, self.run_id, self.now = store, client, item_ids, run_id, now
        self.renderer, self.render_timeout = renderer, render_timeout

    # ------------------------------------------------------------------ one force
    def fetch_source(self, source: Source) -> list[LogRow]:
        if source.problem:
            return [self._row(source.force_id, source.url, result="failed", error=f"source list: {source.problem}")]
        if not source.url:
            return [self._row(source.force_id, "", result="no_source", error="no source URL in plan_sources.csv")]
        site = site_of(source.url)
        known = self.store.previous(source.force_id, source.url)
        started = time.monotonic()
        until = self.client.until()  # the page and every plan document followed from it, together
        try:
            answer = self._get(source, known, site, until)
        except FetchError as exc:
            return [self._failed(source.force_id, source.url, exc, started)]
        row = self._row(source.force_id, source.url, answer=answer, seconds=time.monotonic() - started)
        if answer.not_modified:
            row.result = "not_modified"
            row.text_sha256 = known.get("text_sha256", "")
            rows = [row]
            for link in known.get("links", []):  # the page is the same; its linked plan may not be
                rows.append(self.fetch_document(source.force_id, link, source.url, site, until))
            return rows
        reading = reader.read(answer.content, answer.final_url, self.item_ids)
        row.format = reading.format
        if not reading.format:
            row.result, row.error = "failed", f"not a plan document: {reading.problem}"
            return [row]
        links = []
        if source.kind == "page" and reading.format == "html":
            links = [url for url, _ in reader.plan_links(answer.content, answer.final_url, site)]
            links = [u for u in links if u != source.url]
        if source.kind == "document":
            is_plan = reading.format in BINARY_FORMATS or reading.looks_like_plan()
        elif links:
            is_plan = len(reading.items) >= MIN_ITEMS_ON_LANDING
        else:
            is_plan = reading.looks_like_plan() or len(reading.items) >= MIN_ITEMS_ON_LANDING
        if is_plan:
            self._keep(row, source.force_id, source.url, answer, reading, linked=False)
        else:
            row.result = "landing" if links else "not_plan"
            row.text_sha256 = reading.fingerprint or ""
            if not links:
                row.error = "no plan on this page (no recommendations or item numbers) and no linked plan document"
        self.store.remember(source.force_id, source.url, etag=answer.headers.get("ETag", ""),
                            last_modified=answer.headers.get("Last-Modified", ""), links=links)
        rows = [row]
        for link in links:
            rows.append(self.fetch_document(source.force_id, link, source.url, site, until))
        return rows

    def fetch_document(self, force_id: str, url: str, via: str, site: str, until: float | None = None) -> LogRow:
        """A plan document linked from a source page (same site only, checked again by the client)."""
        known = self.store.previous(force_id, url)
        started = time.monotonic()
        try:
            answer = self.client.get(url, etag=known.get("etag", ""), last_modified=known.get("last_modified", ""),
                                     site=site, until=until)
        except FetchError as exc:
            row = self._failed(force_id, url, exc, started)
            row.via_url = redact(via)
            return row
        row = self._row(force_id, url, answer=answer, via=via, seconds=time.monotonic() - started)
        if answer.not_modified:
            row.result, row.text_sha256 = "not_modified", known.get("text_sha256", "")
            return row
        reading = reader.read(answer.content, answer.final_url, self.item_ids)
        row.format = reading.format
        if not reading.format:
            row.result, row.error = "failed", f"not a plan document: {reading.problem}"
            return row
        if reading.format not in BINARY_FORMATS and not reading.looks_like_plan():
            row.result, row.error = "not_plan", "the linked address is not a plan document"
            return row
        self._keep(row, force_id, url, answer, reading, linked=True)
        self.store.remember(force_id, url, etag=answer.headers.get("ETag", ""),
                            last_modified=answer.headers.get("Last-Modified", ""))
        return row

    # ------------------------------------------------------------------ helpers
    def _get(self, source: Source, known: dict, site: str, until: float) -> Answer:
        if not source.render:
            return self.client.get(source.url, etag=known.get("etag", ""), last_modified=known.get("last_modified", ""),
                                   site=site, until=until)
        self.client.throttle.wait(source.url)
        status, final, html = self.renderer(source.url, site, timeout=self.render_timeout, max_bytes=self.client.max_bytes,
                                            user_agent=self.client.user_agent)
        return Answer(source.url, final, status, html)

    def _keep(self, row: LogRow, force_id: str, url: str, answer: Answer, reading, linked: bool) -> None:
        """Snapshot the answer if its plan text differs from the last snapshot of this address."""
        known = self.store.previous(force_id, url)
        fingerprint = reading.fingerprint or "bytes:" + row.sha256
        row.text_sha256 = fingerprint
        if reading.text is None and reading.problem:
            row.error = f"kept, but the readers could not read it: {reading.problem}"
        previous_snapshot = known.get("snapshot")
        if previous_snapshot and (self.store.raw_dir / previous_snapshot).exists() and known.get("text_sha256") == fingerprint:
            row.result, row.snapshot = "unchanged", ""
            return
        suffix = reader.SUFFIX.get(reading.format, ".bin")
        row.snapshot = self.store.snapshot(force_id, self.now().date(), url, suffix, answer.content, linked)
        row.changed, row.result = True, "changed" if previous_snapshot else "new"
        self.store.remember(force_id, url, text_sha256=fingerprint, snapshot=row.snapshot, sha256=row.sha256,
                            snapshot_at=row.fetched_at)

    def _row(self, force_id: str, url: str, answer: Answer | None = None, via: str = "", seconds: float = 0.0, **values) -> LogRow:
        if "error" in values:  # no address's user info ever reaches the log, whatever wrote the message
            values["error"] = redact(values["error"])
        row = LogRow(self.run_id, force_id, redact(url), via_url=redact(via),
                     fetched_at=self.now().isoformat(timespec="seconds"), seconds=round(seconds, 3), **values)
        if answer is not None:
            row.final_url = redact(answer.final_url) if answer.final_url != url else ""
            row.http_status, row.bytes, row.attempts = answer.status, len(answer.content), answer.attempts
            row.sha256 = hashlib.sha256(answer.content).hexdigest() if answer.content else ""
        return row

    def _failed(self, force_id: str, url: str, exc: FetchError, started: float) -> LogRow:
        row = self._row(force_id, url, result="failed", error=f"{exc.code}: {exc.message}",
                        seconds=time.monotonic() - started)
        row.http_status, row.attempts = exc.status, exc.attempts
        row.final_url = redact(exc.final_url) if exc.final_url and exc.final_url != url else ""
        return row


def _outcome(rows: list[LogRow]) -> str:
    results = {r.result for r in rows}
    if results == {"no_source"}:
        return "no_source"
    if "failed" in results:
        return "failed"
    if results & {"new", "changed"}:
        return "changed"
    return "unchanged"


def run_fetch(
    sources_csv: Path = SOURCES_CSV, raw_dir: Path = RAW_DIR, force_ids: list[str] | None = None,
    reference_dir: Path = REFERENCE_DIR, client: PoliteClient | None = None, now=None, progress=None,
    renderer=chromium_render, render_timeout: float = 30.0,
) -> FetchRun:
    """Fetch every source (or those of `force_ids`) into <raw_dir>/fetched; returns the run's log rows."""
    started = time.monotonic()
    now = now or (lambda: dt.datetime.now(dt.timezone.utc))
    reference = load_reference(Path(reference_dir))
    try:
        sources = load_sources(Path(sources_csv), reference.force_ids)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise NoSources(f"cannot read the source list {sources_csv}: {exc}") from exc
    if force_ids:
        unknown = sorted(set(force_ids) - reference.force_ids)
        if unknown:
            raise NoSources(f"not a force_id: {', '.join(unknown)} (see data/reference/forces.csv)")
        sources = [s for s in sources if s.force_id in set(force_ids)]
        listed = {s.force_id for s in sources}
        sources += [Source(f, "") for f in force_ids if f not in listed]
    else:
        listed = {s.force_id for s in sources}
        sources += [Source(f, "") for f in sorted(reference.force_ids - listed)]  # a force missing from the list has no source
    if not sources:
        raise NoSources(f"{sources_csv} lists no sources")
    store = Store(Path(raw_dir))
    try:
        store.check_log()
    except OSError as exc:
        raise FetchLogError(f"cannot write the fetch log {store.log_path}: {_why(exc)}; nothing was fetched") from None
    own_client = client is None
    client = client or PoliteClient()
    run = FetchRun(now().strftime("%Y%m%dT%H%M%SZ"))
    fetcher = Fetcher(store, client, reference.item_ids, run.run_id, now, renderer, render_timeout)
    bar = progress(total=len(sources)) if progress else None
    try:
        by_force: dict[str, list[LogRow]] = {}
        for source in sources:
            if bar is not None:
                bar.set_postfix_str(source.force_id, refresh=False)
            before = copy.deepcopy(store.state.get(source.force_id))
            store.written = []
            try:
                rows = fetcher.fetch_source(source)
            except Exception as exc:  # a bug must not cost the other forces their fetch
                _undo(store, source.force_id, before)  # its snapshots would have no row in the log
                rows = [fetcher._row(source.force_id, source.url, result="failed",
                                     error=f"internal_error: {type(exc).__name__}: {str(exc)[:200]}")]
            try:
                store.append_log(rows)  # as we go: an interrupted run keeps the log of what it did
            except OSError as exc:
                _undo(store, source.force_id, before)
                with contextlib.suppress(OSError):
                    store.save_state()
                raise FetchLogError(f"cannot write the fetch log {store.log_path}: {_why(exc)}; stopped at "
                                    f"{source.force_id}, whose new snapshots were removed (it is fetched again next "
                                    f"time); the {len(by_force)} force(s) before it are logged") from None
            by_force.setdefault(source.force_id, []).extend(rows)
            run.rows.extend(rows)
            try:
                store.save_state()
            except OSError as exc:
                raise FetchLogError(f"cannot write the fetch state {store.state_path}: {_why(exc)}; stopped after "
                                    f"{source.force_id} (its snapshots are logged; the next run may save one again)") from None
            if bar is not None:
                bar.update()
        run.outcome = {force: _outcome(rows) for force, rows in by_force.items()}
    finally:
        if bar is not None:
            bar.close()
        if own_client:
            client.close()
    run.seconds = time.monotonic() - started
    return run


def _undo(store: Store, force_id: str, before: dict | None) -> None:
    """Forget what one source did: the snapshots it wrote in this run are removed, its state is as it was."""
    for snapshot in store.written:
        store.discard(snapshot)
    store.written = []
    if before is None:
        store.state.pop(force_id, None)
    else:
        store.state[force_id] = before


def _why(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def progress_bar(total: int):
    from tqdm import tqdm

    return tqdm(total=total, desc="fetching plans", unit="force", file=sys.stderr, disable=None)
