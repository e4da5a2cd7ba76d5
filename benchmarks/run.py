"""python -m benchmarks.run: ETL and dashboard timings at 1x and 100x. Prints a table; asserts nothing.

ETL: full build of the sample corpus (empty cache), a rebuild with nothing changed (skipped by the
input fingerprint), a forced rebuild served from the per-file cache, and parse time per format.
Dashboard: server time of each page under AppTest, cold (caches cleared) and warm, on the sample
warehouse and on one 100 times larger (four times the forces, 25 times the rounds), beside an empty
Streamlit page in the same process; peak memory (max RSS) of each scale, measured in its own process.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from benchmarks import browser, concurrency

ROOT = Path(__file__).resolve().parent.parent
PAGES = ["pages/overview.py", "pages/force.py", "pages/recommendations.py", "pages/overdue.py", "pages/explore.py",
         "pages/quality.py"]
EXTRA_PAGES = ["pages/search.py", "pages/map.py"]


def etl_figures(work: Path) -> dict:
    from etl.build import run_build
    from etl.extract import extract
    from etl.normalise.document import DocumentNormaliser
    from etl.reference import load_reference
    from etl.sample.generate import write_corpus

    raw = work / "raw"
    write_corpus(raw / "sample")
    warehouse = work / "wh"
    started = time.perf_counter()
    first = run_build(raw, warehouse)
    full = time.perf_counter() - started
    started = time.perf_counter()
    again = run_build(raw, warehouse)
    unchanged = time.perf_counter() - started
    started = time.perf_counter()
    forced = run_build(raw, warehouse, force=True)
    cached = time.perf_counter() - started
    normaliser = DocumentNormaliser(load_reference())
    per_format: dict[str, list[float]] = defaultdict(list)
    for path in sorted((raw / "sample").iterdir()):
        if path.suffix == ".md" or path.name.startswith("_"):
            continue
        started = time.perf_counter()
        document = extract(path)
        normaliser.normalise(document, path.name)
        per_format[document.format].append(time.perf_counter() - started)
    return {"files": len(first.results), "rows": first.update_rows, "full_build_s": full,
            "unchanged_rebuild_s": unchanged, "skipped": again.skipped_unchanged, "cached_rebuild_s": cached,
            "cached_files": forced.cached_files,
            "per_format": {k: (len(v), sum(v) / len(v), max(v)) for k, v in sorted(per_format.items())},
            "warehouse": str(warehouse)}


def scale_warehouse(source: Path, target: Path, force_copies: int = 4, round_copies: int = 25) -> int:
    """A warehouse 100x the sample's plan_updates: synthetic copies of each force, 25 rounds each."""
    import duckdb
    import pandas as pd

    from etl.load import publish

    con = duckdb.connect(str(source / "plans.duckdb"), read_only=True)
    frames = {t: con.execute(f"SELECT * FROM {t}").df() for t in ("forces", "recommendations", "plan_updates",
                                                                  "sources", "load_issues", "build_info")}
    con.close()
    forces, updates, sources = [frames["forces"]], [], [frames["sources"]]
    for copy in range(1, force_copies):
        forces.append(frames["forces"].assign(force_id=frames["forces"].force_id + f"-x{copy}",
                                              force_name=frames["forces"].force_name + f" (copy {copy})"))
        sources.append(frames["sources"].assign(source_file=frames["sources"].source_file + f".x{copy}"))
    # one clean history per force and item: 25 monthly rounds ending in its real latest status, earlier
    # rounds less complete (so trends and 'what changed' have work to do)
    base = frames["plan_updates"].sort_values("round_seq").groupby(["force_id", "item_id"]).tail(1)
    base = base.reset_index(drop=True)
    turn = (base.index.to_series() * 7) % round_copies  # the round at which a done item became done
    for copy in range(force_copies):
        suffix = f"-x{copy}" if copy else ""
        for r in range(round_copies):
            month = pd.Timestamp("2024-10-01") + pd.DateOffset(months=r)
            earlier = base.status.isin(["complete", "bau"]) & (turn > r)
            updates.append(base.assign(force_id=base.force_id + suffix, round=month.strftime("%B %Y"),
                                       round_date=month.date(), round_seq=r + 1,
                                       status=base.status.where(~earlier, "in_progress"),
                                       source_file=base.source_file + (f".x{copy}" if copy else "")))
    frames["forces"] = pd.concat(forces, ignore_index=True)
    frames["plan_updates"] = pd.concat(updates, ignore_index=True)
    frames["sources"] = pd.concat(sources, ignore_index=True)
    frames["build_info"] = frames["build_info"].assign(build_id="bench-100x")
    publish(target, frames, "bench-100x")
    return len(frames["plan_updates"])


def page_times(warehouse_dir: str, pages: list[str], repeats: int) -> dict:
    """Run in a child process. For each page: a fresh AppTest's first run (this includes AppTest's own
    per-instance set-up, a scan of every installed package), then reruns of the same AppTest with caches
    cleared (cold) and kept (warm): the page's own server time. The same for an empty page."""
    os.environ["TRACKER_WAREHOUSE"] = warehouse_dir
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from app.warehouse import clear_relations

    empty = Path(tempfile.mkdtemp()) / "empty.py"
    empty.write_text("import streamlit as st\nst.write('')\n")

    def clock(at) -> float:
        started = time.perf_counter()
        at.run()
        if at.exception:
            raise RuntimeError(at.exception[0].value)
        return time.perf_counter() - started

    def new_app(script: str, page: str | None):
        st.cache_data.clear()
        st.cache_resource.clear()
        clear_relations()
        at = AppTest.from_file(script, default_timeout=120)
        if page:
            at.switch_page(page)
        return at

    def measure(script: str, page: str | None) -> list[float]:
        # fresh runs are single, noisy samples (AppTest's set-up varies run to run): take the median
        fresh = statistics.median(clock(new_app(script, page)) for _ in range(repeats))
        at = new_app(script, page)
        clock(at)
        cold, warm = [], []
        for _ in range(repeats):
            st.cache_data.clear()
            st.cache_resource.clear()
            clear_relations()
            cold.append(clock(at))
            warm.append(clock(at))
        return [fresh, min(cold), min(warm)]

    measure(str(ROOT / "dashboard.py"), None)  # imports and the warehouse snapshot, once
    results = {"empty page": measure(str(empty), None)}
    for page in pages:
        results[page] = measure(str(ROOT / "dashboard.py"), page)
    results["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return results


def dashboard_figures(warehouse_dir: Path, pages: list[str], repeats: int) -> dict:
    code = ("import json, sys; from benchmarks.run import page_times; "
            f"print(json.dumps(page_times({str(warehouse_dir)!r}, {pages!r}, {repeats})))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    if out.returncode:
        raise RuntimeError(f"page timing at {warehouse_dir} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def peer_section(figures: dict | None) -> list[str]:
    """Issue 23: our pages against the peers of the same run, the goals, and where the time goes."""
    lines = ["", "## Against its peers (issue 23)", ""]
    if not figures or not figures.get("peers"):
        return lines + ["Not measured (no /usr/bin/chromium; `make browser` installs it)."]
    lines += ["Made by the benchmark itself, not by the app's code (`benchmarks/peers.py`), and measured in the same "
              "run as our pages, each peer right after our pages in every round (interleaved), median of five after "
              "a warm-up round, on the sample warehouse (1x): *Streamlit, no chart* (a plain Streamlit page of a "
              "title and the overview's four headline figures as `st.metric`), *Streamlit, st.plotly_chart* (a "
              "plain Streamlit page of the National overview's four figures, from the app's chart builders and "
              "query layer saved as JSON, each drawn by `st.plotly_chart`) and *plotly.js alone* (the same four "
              "figures in a static page drawn by the vendored bundle, served by Python's http.server; nothing "
              "fetched from the internet). *First headline figure*: a new tab's first `st.metric` value on screen; "
              "*last element drawn* and *menu click* as above (the static page's menu click redraws its four "
              "plots).", "", *browser.peer_table(figures), "", "Goals (ratios within this one run):", "",
              *browser.goal_lines(figures), "",
              "Where the time goes first (`python -m benchmarks.trace`: the National overview in new tabs, every "
              "websocket message, resource, long task and element on the tab's own clock; `--chrome-trace FILE` "
              "adds Chromium's own trace). The server is not what a new tab waits for: with warm caches the whole "
              "page's content (menu, sidebar, title, headline figures, the four figures' JSON, the tables) has "
              "arrived within about 150 ms of the script run starting, about 1 s after navigation start, and the "
              "run ends some 0.6 s later (the last message is the 'Every item that moved' table, 49 kB). The "
              "browser then waits on Streamlit's own frontend: an element's code is loaded when the first element "
              "of its kind arrives, and React shows nothing that needs code not yet loaded, so the page's first "
              "commit after the title holds every element type at once. In every traced tab the headline figures "
              "(`stMetric`), the sidebar's menu (`stPageLink`) and widgets (`stMultiSelect`, `stTextInput`, "
              "`stCheckbox`), the tables (`stDataFrame`, whose code with its Arrow formatting is about 1.2 MB) and "
              "the chart elements (`stBidiComponentRegular`) appear in the same frame, after the tables' modules "
              "are evaluated and one React render of the whole page (a 1.9 s task in a Chromium trace taken under "
              "load); the page with no chart needs only the metric's 12 kB module. Then the chart elements mount, "
              "load the plotly.js bundle (a 2.0 s evaluation in the same trace) and draw the four figures (a 1.8 s "
              "task), while the tables' grids draw their cells. What the first headline figure waits for is therefore "
              "Streamlit's frontend loading the code of the page's other element types, which no change to our "
              "Python or chart element can take away short of leaving those elements off the first screen.", "",
              "The same trace of the chart element showed each chart drawn twice: once by `Plotly.react`, and again "
              "when the element's ResizeObserver made its first report (an observer always reports once as it "
              "starts), which called `Plots.resize` and relaid every chart out at the same size (a hook on "
              "plotly.js counted 4 extra relayouts and redraws for the overview's 4 charts in every new tab and on "
              "every menu click). The element now redraws only when its width changes (still checked at 1400, "
              "800 and 390 px): the second pass cost 15-160 ms of the tab's main thread for the four charts, "
              "against 0.6-1.3 s for drawing them, so it is a small part of what is left; old against new, five interleaved "
              "new tabs each on a busy machine, the difference was inside the noise of a new tab's 8-12 s.", "",
              "A menu click (`python -m benchmarks.trace --click 'Search updates' 'National overview'`): the server "
              "answers within about 0.3 s and sends the whole page in 50 ms; the browser then spends its time "
              "drawing, in one task of about 0.6 s under load, the four charts (plotly.js already loaded in the "
              "tab), then the tables' grids, and the run's last messages wait behind those tasks. The lightest "
              "page (Search updates) draws text only, so the overview's click stays several times the lightest: "
              "two-fold would need the four figures drawn in about the time Streamlit takes to lay out text."]
    return lines


def crowd_section(figures: dict | None) -> list[str]:
    """Issue 23: sessions at once against one server, and what it means for a deployment."""
    lines = ["", "## How many people one server holds (issue 23)", ""]
    if not figures:
        return lines + ["Not measured (no /usr/bin/chromium; `make browser` installs it)."]
    rows = figures["sessions"]
    cpu = statistics.median(row["cpu_per_page"] for row in rows.values())
    memory = max(row["mb_per_session"] for row in rows.values())
    held = concurrency.capacity(figures)
    runs_per_s = os.cpu_count() / cpu if cpu else float("nan")
    lines += ["`python -m benchmarks.concurrency`: one `streamlit run` on the sample warehouse (caches warmed by one "
              "visit to every page); for each N, N headless Chromium sessions (each its own browser context: its own "
              "websocket and Streamlit session) open a page's address at the same moment, the eight pages taken in "
              "turn, in rounds of N until at least ten pages are timed (one session: ten rounds; twenty: one); each "
              "page timed from its navigation start to its last element drawn. Memory per "
              "session is (server RSS with the N sessions open - RSS before the first round) / N; CPU per page run "
              "is the server process's user + system time over the round / N. The browsers run on the same two "
              "cores as the server (and, while this was measured, beside other work on the machine), so from 5 "
              "sessions on they take most of the CPU: the page times are an upper bound for a server whose users' "
              "browsers are on their own machines.", "", *concurrency.table(figures), "",
              f"Server RSS before the first round: {figures['idle_rss_mb']:.0f} MB.", "",
              "### What one 2-core server holds", "",
              (f"Measured here, the 95th percentile stayed under 3 s up to {held} session(s) opening pages at the "
               "same moment." if held else
               "Measured here, no step kept the 95th percentile under 3 s: even one session's page took longer, "
               "because the browsers shared the two cores with the server and with other work.") +
              f" The server's own share is small and steady: {cpu:.2f} s of CPU per page run (median over the "
              f"steps), at most {max(memory, 0.1):.1f} MB of memory per open session on top of the "
              f"{figures['idle_rss_mb']:.0f} MB the process holds with the warehouse and caches loaded. Two cores "
              f"therefore run at most about {runs_per_s:.0f} page runs a second (as two replicas, one a core: one "
              "Streamlit process runs its sessions' scripts under one interpreter lock). A page's run on the server must "
              "stay well under the 3 s a person tolerates beside the 1.5-2 s their own browser spends loading "
              "Streamlit's code and drawing, so keep the server under about half load: about "
              f"{runs_per_s / 2:.1f} page runs a second, as many people opening a page in the same second. "
              "People reading a dashboard open a page every 20-30 s or so, so one "
              f"2-core server holds about **{max(1, int(runs_per_s / 2 * 20))} concurrent users** with the 95th "
              f"percentile under 3 s (at one page each 20 s; {max(1, int(runs_per_s / 2 * 30))} at one each 30 s), "
              "and one session's memory is no limit (a few MB each against the process's few hundred).", "",
              "### A deployment for 200 national users", "",
              "1. **One immutable build.** `python -m etl build --warehouse /srv/tracker/warehouse` on a build host "
              "writes a new build beside the old ones and switches `current` to it (readers never see a half-written "
              "build). Publish that folder read-only to every replica: a shared read-only volume (NFS, EFS, a "
              "Kubernetes ReadOnlyMany volume) or, simpler, a copy to each replica's disk: first the new "
              "`builds/<build_id>/` (rsync), then the `current` link switched in one step (`ln -s "
              "builds/<build_id> current.new && mv -T current.new current`; `plans.duckdb` and `parquet` are "
              "links through `current` and never change). Replicas set "
              "`TRACKER_WAREHOUSE` to it and only read it.",
              "2. **Replicas.** Streamlit runs every session's script in threads of one Python process (one "
              "interpreter lock), so run **one replica per core**: two `streamlit run dashboard.py "
              "--server.headless=true --server.port=850N --server.fileWatcherType=none` processes on each 2-core "
              "host (systemd units or two containers), each about 300 MB with its caches. From the figures above, "
              f"200 users at one page each 20-30 s need about {math.ceil(200 / max(1, int(runs_per_s / 2 * 20)))} "
              "such 2-core hosts; run at least two hosts (four replicas) so a host can be lost or restarted, with "
              "room for a morning peak.",
              "3. **Reverse proxy with sticky sessions.** A Streamlit session lives in one process and its websocket "
              "(`/_stcore/stream`) must stay on the replica that holds it. nginx: `upstream tracker { ip_hash; "
              "server 10.0.0.1:8501; server 10.0.0.1:8502; server 10.0.0.2:8501; server 10.0.0.2:8502; }` and in the "
              "location `proxy_http_version 1.1; proxy_set_header Upgrade $http_upgrade; proxy_set_header Connection "
              "\"upgrade\"; proxy_set_header Host $host; proxy_read_timeout 86400;` (HAProxy: `balance source` or a "
              "cookie; a cloud load balancer: session affinity by cookie). Health check: `GET /_stcore/health`. "
              "Serve TLS at the proxy; the app needs no other port.",
              "4. **A new build reaching them.** Build on the build host, publish the new `builds/<build_id>/` to "
              "every replica, then switch each replica's `current` link as in 1. Each replica's sessions keep the snapshot their run started "
              "with and pick up the new build at their next run (the app's caches are keyed on the build id, so "
              "nothing stale is shown, and the old build's cache entries age out); no restart is needed and no "
              "session is dropped. Keep the previous build until every replica has switched; roll back by "
              "switching `current` back. For a new version of the app's code instead, restart replicas one at a "
              "time behind the proxy (drain: take one out of the upstream, wait for its sessions to end or a few "
              "minutes, restart, put it back)."]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--write", action="store_true", help="write the figures to docs/performance.md")
    parser.add_argument("--port", type=int, default=8690,
                        help="port of the server the browser benchmark starts (the peers and the concurrency run "
                             "take the next three)")
    parser.add_argument("--sessions", type=int, nargs="+", default=[1, 5, 10, 20],
                        help="sessions opening pages at once, for the concurrency table")
    parser.add_argument("--crowd-pages", type=int, default=10,
                        help="pages timed at least per concurrency step (rounds of N sessions at once)")
    args = parser.parse_args()
    pages = PAGES + [p for p in EXTRA_PAGES if (ROOT / p).exists()]
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    try:
        etl = etl_figures(work)
        rows_100x = scale_warehouse(Path(etl["warehouse"]), work / "wh100")
        one = dashboard_figures(Path(etl["warehouse"]), pages, args.repeats)
        hundred = dashboard_figures(work / "wh100", pages, args.repeats)
        # peers (issue 23) in the 1x run, in the same rounds as our pages; their servers on port+1 and port+2
        felt = {scale: browser.measure(wh, max(5, args.repeats), args.port, with_peers=scale == "1x")
                if browser.available() else None
                for scale, wh in (("1x", Path(etl["warehouse"])), ("100x", work / "wh100"))}
        crowd = (concurrency.measure(Path(etl["warehouse"]), args.port + 3, args.sessions, args.crowd_pages)
                 if browser.available() else None)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    lines = [f"Measured {dt.datetime.now():%Y-%m-%d %H:%M} on {platform.node() or 'this machine'}: "
             f"{os.cpu_count()} cores, Python {platform.python_version()}, {platform.machine()}.", "",
             "## ETL", "", "| measure | figure | target |", "|---|---|---|",
             f"| full build of the sample corpus ({etl['files']} files, {etl['rows']} item-round rows) | "
             f"{etl['full_build_s']:.2f} s | < 5 s |",
             f"| rebuild with nothing changed (skipped: {etl['skipped']}) | {etl['unchanged_rebuild_s']:.2f} s | < 1 s |",
             f"| forced rebuild, every file from the hash cache ({etl['cached_files']} files) | {etl['cached_rebuild_s']:.2f} s | |",
             "", "| format | files | mean parse s | max parse s |", "|---|---|---|---|"]
    lines += [f"| {fmt} | {n} | {mean:.3f} | {worst:.3f} |" for fmt, (n, mean, worst) in etl["per_format"].items()]
    lines += ["", f"## Dashboard (server time under AppTest; 100x = {rows_100x:,} plan_updates rows)", "",
              "*fresh*: a new AppTest's first run (median of the repeats), which includes AppTest's own set-up (it scans every installed "
              "package for components); *cold*: a rerun with Streamlit's caches cleared; *warm*: a rerun with "
              "caches kept, as a person clicking about gets. Ratios are to the empty page measured the same way.", "",
              "| page | 1x fresh s (ratio) | 1x cold s (ratio) | 1x warm s | 100x fresh s (ratio) | 100x cold s (ratio) | 100x warm s |",
              "|---|---|---|---|---|---|---|"]
    for page in ["empty page", *pages]:
        f1, c1, w1 = one[page]
        f100, c100, w100 = hundred[page]
        e1, e100 = one["empty page"], hundred["empty page"]
        lines.append(f"| {page} | {f1:.3f} ({f1 / e1[0]:.1f}x) | {c1:.3f} ({c1 / e1[1]:.0f}x) | {w1:.3f} | "
                     f"{f100:.3f} ({f100 / e100[0]:.1f}x) | {c100:.3f} ({c100 / e100[1]:.0f}x) | {w100:.3f} |")
    lines += ["", f"Peak memory (max RSS of the measuring process): 1x {one['max_rss_mb']:.0f} MB; "
                  f"100x {hundred['max_rss_mb']:.0f} MB.",
              "", "Targets: every page under 3x the empty page at 1x and under 5x at 100x; full sample build under 5 s; "
                  "no-change rebuild under 1 s; no page over 1 s of server time on the sample warehouse.",
              "", "Reading these figures: the targets are read on the *fresh* column, where the empty page carries "
                  "the same per-run cost of Streamlit and AppTest as every page. Against an empty page's *rerun* "
                  "(a few milliseconds, nothing to draw) every real page is tens of times slower, which says "
                  "little; the absolute cold and warm seconds are the figures a person feels."]
    lines += ["", "## In the browser (as a person feels it)", "",
              "`python -m benchmarks.browser`: `streamlit run` on the warehouse, Debian Chromium driven by Playwright. "
              "*Menu click*: from a click on the page's menu entry until the run has finished and nothing has been drawn "
              "for 300 ms; *new tab*: the page's address opened in a new tab (a new session loads the whole app), from "
              "the tab's navigation start to its last element drawn. Median of at least five after one warm-up round; "
              "ratios are to the lightest page of the same run. Server peak memory is the server process's VmHWM."]
    for scale, figures in felt.items():
        if figures is None:
            lines += ["", f"{scale}: not measured (no /usr/bin/chromium; `make browser` installs it)."]
            continue
        lines += ["", f"### {scale}", "", *browser.table(figures), "",
                  f"Server peak memory at {scale}: {figures['peak_rss_mb']:.0f} MB (goal at 100x: under 400 MB)."]
    lines += peer_section(felt.get("1x"))
    lines += crowd_section(crowd)
    lines += ["", "### Earlier: Streamlit's chart element against the app's own", "", "Where a new tab's seconds go (traced on the National overview at 1x, long tasks from the browser's "
                  "PerformanceObserver): the app's own JavaScript and the websocket take about 1 s, and the page's "
                  "script run ends at 1.6-2.1 s. Charts were Streamlit's own chart element, which loads the whole of "
                  'plotly.js (4.7 MB) when the first chart arrives and starts it in one task of 1.2-1.5 s, then drew '
                  "the charts in another of 1.0-1.3 s. Charts are now drawn by the app's own chart element "
                  "(app/ui/plotly_chart.js) with plotly.js's cartesian bundle (1.5 MB, static/vendor/), whose start-up "
                  'is 0.6-0.7 s. Old and new measured in one sitting (three repeats each, new tab to last element): '
                  'National '
                  'overview 4.94 -> 3.83 s, Force 4.98 -> 3.91 s, Recommendations 4.39 -> 3.36 s, Overdue 3.79 -> 3.44 '
                  's, Map 3.41 -> 3.25 s, while the pages without charts, unchanged, came out 0.3-0.7 s slower in the '
                  'second run: figures on this 2-core machine move by that much between runs (the tables above are from'
                  " a quieter run). Most of what is left is Streamlit's: it mounts the chart elements 0.7-1 s after the"
                  ' run ends (its component code loads first). Starting the bundle at the top of the page (an inline '
                  "script, while the page's queries ran) was tried and was slower: its start-up then held up the "
                  "sidebar's widgets."]
    report = "\n".join(lines)
    print(report)
    if args.write:
        (ROOT / "docs" / "performance.md").write_text(
            "# Performance\n\nProduced by `make bench` (`python -m benchmarks.run --write`); figures, not assertions.\n\n"
            + report + "\n")


if __name__ == "__main__":
    main()
