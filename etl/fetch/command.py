"""`python -m etl fetch [--sources CSV] [--raw DIR] [--force FORCE_ID ...]`"""
from __future__ import annotations

import sys
from pathlib import Path

EXIT_OK, EXIT_SOME_FAILED, EXIT_NO_SOURCES, EXIT_LOG_FAILED = 0, 1, 2, 3


def add_fetch_parser(sub) -> None:
    from ..paths import RAW_DIR
    from .sources import SOURCES_CSV

    fetch = sub.add_parser("fetch", help="fetch every force's published plan into dated snapshots under <raw>/fetched")
    fetch.add_argument("--sources", default=str(SOURCES_CSV), help="the source list (default: %(default)s)")
    fetch.add_argument("--raw", default=str(RAW_DIR), help="raw folder; snapshots go to <raw>/fetched (default: %(default)s)")
    fetch.add_argument("--force", nargs="+", metavar="FORCE_ID", dest="forces", help="only these forces (force_id)")
    fetch.add_argument("--delay", type=float, default=1.0, help="seconds between requests to one host (default: 1)")
    fetch.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for an answer (default: 30)")
    fetch.add_argument("--limit", type=float, default=120.0,
                       help="seconds one source may take in all, retries and waits included (default: 120)")
    fetch.set_defaults(func=cmd_fetch)


def cmd_fetch(args) -> int:
    from .client import PoliteClient
    from .runner import FetchLogError, NoSources, progress_bar, run_fetch

    client = PoliteClient(min_interval=max(0.0, args.delay), read_timeout=args.timeout,
                          deadline=max(1.0, args.limit))
    try:
        run = run_fetch(Path(args.sources), Path(args.raw), args.forces, Path(args.reference), client=client,
                        progress=progress_bar, render_timeout=args.timeout)
    except NoSources as exc:
        print(f"etl fetch: {exc}", file=sys.stderr)
        return EXIT_NO_SOURCES
    except FetchLogError as exc:  # one line, no traceback: the log and the snapshots on disk agree
        print(f"etl fetch: {exc}", file=sys.stderr)
        return EXIT_LOG_FAILED
    finally:
        client.close()
    for line in run.failures():
        print(line, file=sys.stderr)
    for name in run.snapshots:
        print(f"new snapshot {name}")
    print(run.summary())
    if run.snapshots:
        print(f"run `python -m etl build --raw {args.raw}` to load them")
    return EXIT_SOME_FAILED if run.counts["failed"] else EXIT_OK
