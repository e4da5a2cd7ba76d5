"""python -m etl build | sample | check | fetch | report"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from .paths import DATA_DIR, RAW_DIR, REFERENCE_DIR, SAMPLE_DIR, WAREHOUSE_DIR

DEFAULT_CORRECTIONS = DATA_DIR / "corrections.csv"  # etl/corrections.py

EXIT_OK, EXIT_NOTHING_BUILT, EXIT_BAD_INPUT = 0, 2, 3


def _progress(total: int):
    from tqdm import tqdm

    return tqdm(total=total, desc="parsing plans", unit="file", file=sys.stderr, disable=None)


def _summary(report, reference) -> str:
    lines = []
    by_force: dict[str, list] = {}
    for result in report.results:
        by_force.setdefault(result.force_id or "(unidentified)", []).append(result)
    header = f"{'force':<28} {'files':>5} {'items':>5} {'done':>5} {'prog':>5} {'not':>5} {'unk':>5} {'warn':>5} {'err':>4}"
    lines.append(header)
    lines.append("-" * len(header))
    for force_id in sorted(by_force):
        results = by_force[force_id]
        latest = [u for u in report.latest if u.force_id == force_id]
        counts = Counter(u.status for u in latest)
        lines.append(
            f"{force_id[:28]:<28} {len(results):>5} {len(latest):>5} {counts['complete'] + counts['bau']:>5} "
            f"{counts['in_progress']:>5} {counts['not_started']:>5} {counts['unknown']:>5} "
            f"{sum(i.severity == 'warning' for r in results for i in r.issues):>5} "
            f"{sum(i.severity == 'error' for r in results for i in r.issues):>4}"
        )
    missing = sorted(reference.force_ids - set(by_force))
    failed = [(r.source_file, i) for r in report.results for i in r.issues if i.severity == "error"]
    loaded = sum(r.loaded for r in report.results)
    lines.append("")
    lines.append(f"{loaded} of {len(report.results)} file(s) loaded; {report.update_rows} item-round rows; "
                 f"{report.cached_files} file(s) unchanged since the last build; {report.seconds:.2f} s")
    if report.corrections:  # a person's corrections (etl/corrections.py): stale and bad ones are in load_issues
        done = Counter(o.outcome for o in report.corrections)
        lines.append("corrections: " + ", ".join(f"{done[k]} {k}" for k in ("applied", "stale", "bad", "superseded")
                                                 if done[k]) + ("; see load_issues for stale and bad ones"
                                                                if done["stale"] or done["bad"] else ""))
    if missing:
        lines.append(f"no plan for {len(missing)} force(s): {', '.join(missing)}")
    for name, issue in failed:
        lines.append(f"NOT LOADED {name}: {issue.code}: {issue.message}")
    return "\n".join(lines)


def cmd_build(args) -> int:
    from .build import NothingToBuild, run_build
    from .load import WarehouseError
    from .reference import load_reference

    try:
        report = run_build(Path(args.raw), Path(args.warehouse), Path(args.reference), force=args.force,
                           progress=_progress, lock_wait=args.wait,
                           corrections=Path(args.corrections) if args.corrections else None)
    except NothingToBuild as exc:
        print(f"etl build: nothing built: {exc}", file=sys.stderr)
        return EXIT_NOTHING_BUILT
    except WarehouseError as exc:  # a file, read-only, a foreign folder in the way, or another build running
        print(f"etl build: nothing built: {exc}", file=sys.stderr)
        return EXIT_NOTHING_BUILT
    except OSError as exc:  # the disk filled or the folder went read-only mid-build: the previous build stays current
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"etl build: nothing built: cannot write the warehouse{where}: {exc.strerror or exc}; "
              "the previous build is still current", file=sys.stderr)
        return EXIT_NOTHING_BUILT
    if report.skipped_unchanged:
        print(f"warehouse {args.warehouse} is up to date (build {report.build_id}); nothing changed in {args.raw}")
        return EXIT_OK
    print(_summary(report, load_reference(Path(args.reference))))
    print(f"built {Path(args.warehouse) / 'plans.duckdb'} (build {report.build_id})")
    return EXIT_OK


def cmd_sample(args) -> int:
    from .sample.generate import write_corpus

    key = write_corpus(Path(args.out))
    print(f"wrote a sample corpus of {key['source_file'].nunique()} files ({len(key)} answer rows) to {args.out}")
    return EXIT_OK


def cmd_check(args) -> int:
    """What a build would load from each file, written nowhere: a force lead's pre-publication check."""
    from .build import process_file
    from .normalise.document import DocumentNormaliser
    from .reference import load_reference
    from .reconcile import latest_per_item

    reference = load_reference(Path(args.reference))
    normaliser = DocumentNormaliser(reference)
    worst = EXIT_OK
    for name in args.files:
        path = Path(name)
        if not path.is_file():
            print(f"{name}: no such file", file=sys.stderr)
            worst = EXIT_BAD_INPUT
            continue
        result = process_file(path, path.name, reference, normaliser, is_sample=False)
        latest = latest_per_item(result.updates)
        print(f"== {name}")
        print(f"format: {result.format}; force: {result.force_id or '?'} ({result.force_method or 'not identified'}); "
              f"items: {len(latest)}; rounds: {len({u.round for u in result.updates})}")
        for update in result.updates:
            pct = f" {update.progress_pct:g}%" if update.progress_pct is not None else ""
            text = " ".join(update.update_text.split())[:50]
            # the words the status was read from: the plan's status cell, or the deciding phrase of the text
            said = f'"{update.status_evidence[:28]}"' if update.status_evidence else "-"
            # how the line was tied to its item: a number, a heading, the report's wording (score), a form label
            tied = update.anchor + (" (whole rec)" if update.granularity == "recommendation" else "")
            print(f"  {update.item_id:<5} {update.round[:16]:<16} {update.status:<14}{pct:<5} "
                  f"{update.status_source:<8} {said:<30} {tied:<26} {update.source_table} row {update.source_row}: {text}")
        counts = Counter(u.status for u in latest)
        print("  statuses: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
        missing = sorted(reference.item_ids - {u.item_id for u in latest}, key=lambda i: tuple(map(int, i.split("."))))
        if missing and result.updates:
            print(f"  reference items not in this plan: {', '.join(missing)}")
        for issue in result.issues:
            print(f"  {issue.severity.upper()} {issue.code}: {issue.message}" + (f" ({issue.location})" if issue.location else ""))
        if not result.loaded:
            worst = EXIT_BAD_INPUT
    return worst


def cmd_report(args) -> int:
    """The national progress report (PDF, HTML, Word) from the current warehouse: app/national_report.py."""
    import datetime as dt
    import time

    from app import national_report
    from app.filters import Filters
    from app.warehouse import current

    from .load import DB_NAME

    started = time.monotonic()
    try:
        as_of = dt.date.fromisoformat(args.as_of) if args.as_of else None
    except ValueError:
        print(f"etl report: --as-of {args.as_of!r} is not a date (YYYY-MM-DD)", file=sys.stderr)
        return EXIT_BAD_INPUT
    warehouse = current(Path(args.warehouse) / DB_NAME)
    if warehouse is None:
        print(f"etl report: no warehouse in {args.warehouse}: run `python -m etl build` first", file=sys.stderr)
        return EXIT_NOTHING_BUILT
    filters = Filters(recs=tuple(args.rec or ()), regions=tuple(args.region or ()), forces=tuple(args.force_id or ()),
                      as_of=as_of, include_sample=not args.no_sample)
    data = national_report.gather(warehouse, filters, base_url=args.base_url)
    if not args.no_charts:
        national_report.render_images(data)
    for path in national_report.write(data, Path(args.out), tuple(args.format or national_report.FORMATS)):
        print(f"wrote {path}")
    if data.image_note:
        print(data.image_note, file=sys.stderr)
    print(f"national report as of {data.as_of:%d %b %Y} from build {warehouse.build_id} in {time.monotonic() - started:.1f} s")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl", description="Stalking action plan tracker ETL")
    parser.add_argument("--reference", default=str(REFERENCE_DIR), help="reference data folder")
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="parse every plan under the raw folder into the warehouse")
    build.add_argument("--raw", default=str(RAW_DIR))
    build.add_argument("--warehouse", default=str(WAREHOUSE_DIR))
    build.add_argument("--force", action="store_true", help="rebuild and re-parse every file, even if no input changed")
    build.add_argument("--wait", type=float, default=30.0, metavar="SECONDS",
                       help="how long to wait for another build of the same warehouse to finish (default 30)")
    build.add_argument("--corrections", default=str(DEFAULT_CORRECTIONS), metavar="PATH",
                       help="a person's corrections to apply (default data/corrections.csv; '' for none)")
    build.set_defaults(func=cmd_build)
    sample = sub.add_parser("sample", help="write the generated sample corpus (44 forces)")
    sample.add_argument("--out", default=str(SAMPLE_DIR))
    sample.set_defaults(func=cmd_sample)
    check = sub.add_parser("check", help="show what would be loaded from files; writes nothing")
    check.add_argument("files", nargs="+")
    check.set_defaults(func=cmd_check)
    rep = sub.add_parser("report", help="write the national progress report (PDF, HTML, Word) from the warehouse")
    rep.add_argument("--as-of", help="each force's latest update on or before this date (YYYY-MM-DD; default today)")
    rep.add_argument("--out", default="build/report", help="folder to write the report to (default build/report)")
    rep.add_argument("--warehouse", default=str(WAREHOUSE_DIR))
    rep.add_argument("--base-url", default="http://localhost:8501", help="the dashboard's address, for the HTML's links")
    rep.add_argument("--format", action="append", choices=["pdf", "html", "docx"], help="only this format (repeatable)")
    rep.add_argument("--rec", action="append", type=int, help="only this recommendation (repeatable)")
    rep.add_argument("--region", action="append", help="only this region (repeatable)")
    rep.add_argument("--force-id", action="append", help="only this force, by id (repeatable)")
    rep.add_argument("--no-sample", action="store_true", help="leave the generated sample data out")
    rep.add_argument("--no-charts", action="store_true", help="no charts (no browser needed)")
    rep.set_defaults(func=cmd_report)
    from .fetch.command import add_fetch_parser  # fetch: its own module (etl/fetch/)

    add_fetch_parser(sub)
    from .review import add_review_parser  # review: the queue out and the corrections in (etl/review.py)

    add_review_parser(sub)
    args = parser.parse_args(argv)
    return args.func(args)
