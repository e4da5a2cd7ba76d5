"""python -m benchmarks.concurrency [--sessions 1 5 10 20] [--pages 10] [--port P]: how many people one server holds.

One `streamlit run` on the warehouse; for each N, N real headless Chromium sessions (each its own browser context,
so its own cookies, websocket and Streamlit session) open a page's address at once, the pages taken in turn from
the browser benchmark's list, in rounds of N until at least 10 pages are timed (one session alone: ten
rounds; twenty: one), and each is timed from its navigation start to its last element drawn (as a new
tab is in benchmarks/browser.py). Per N: the median and 95th percentile of a page's time, the server's memory per
open session ((RSS with the N sessions open - RSS before the first round) / N) and the server's CPU seconds per
page run (user + system time of the server process over the round / N). The browsers run on the same machine
as the server, so at 10 and 20 sessions they take much of its CPU: the page times are an upper bound for a server
whose users' browsers are elsewhere. Figures, not assertions.
"""
from __future__ import annotations

import argparse
import asyncio
import math
import os
import statistics
import sys
import time
from pathlib import Path

from benchmarks.browser import CHART_DRAWN, LAUNCH_ARGS, PAGES, SETTLED, page_paths, start_server

ROOT = Path(__file__).resolve().parent.parent
TICKS = os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_s(pid: int) -> float:
    """User + system CPU seconds of a process (and of its waited-for children)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(v) for v in fields[11:15]) / TICKS


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile, nearest rank (of 20 values, the 95th is the 19th)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


async def _open(browser, address: str, title: str, charts: int) -> tuple[float, object]:
    context = await browser.new_context(viewport={"width": 1400, "height": 1000})
    tab = await context.new_page()
    try:
        await tab.goto(address, wait_until="commit", timeout=120_000)
        await tab.wait_for_selector(f"h1:has-text('{title}')", timeout=120_000)
        seconds = await tab.evaluate(SETTLED, [300, charts, CHART_DRAWN]) / 1000
    except Exception as error:  # a page not there in two minutes: the slowest, not a failed benchmark
        print(f"{address}: {type(error).__name__}", file=sys.stderr)
        seconds = math.nan
    return seconds, context


def rounds_for(n: int, pages: int) -> int:
    """Rounds of n sessions that time at least `pages` pages (one session alone is timed `pages` times)."""
    return max(1, math.ceil(pages / n))


async def _measure(port: int, pid: int, sessions: list[int], pages: int) -> dict:
    from playwright.async_api import async_playwright

    url = f"http://127.0.0.1:{port}"
    paths = page_paths()
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=LAUNCH_ARGS)
        charts: dict[str, int] = {}
        context = await browser.new_context(viewport={"width": 1400, "height": 1000})
        for title in PAGES:  # every page once: the server's caches warm, and each page's charts counted
            tab = await context.new_page()
            await tab.goto(f"{url}/{paths[title]}", wait_until="commit")
            await tab.wait_for_selector(f"h1:has-text('{title}')", timeout=120_000)
            await tab.evaluate(SETTLED, [2000])
            charts[title] = await tab.locator(CHART_DRAWN).count()
            await tab.close()
        await context.close()
        await asyncio.sleep(2)
        idle_rss = rss_mb(pid)
        results = {}
        for n in sessions:
            times, per_session, cpu = [], [], []
            for r in range(rounds_for(n, pages)):
                titles = [PAGES[(r * n + i) % len(PAGES)] for i in range(n)]
                cpu_before = cpu_s(pid)
                opened = await asyncio.gather(*[_open(browser, f"{url}/{paths[t]}", t, charts[t]) for t in titles])
                cpu.append((cpu_s(pid) - cpu_before) / n)
                per_session.append((rss_mb(pid) - idle_rss) / n)
                # a page not drawn within SETTLED's 60 s counts as the slowest (never left out of the percentiles)
                times += [math.inf if math.isnan(seconds) else seconds for seconds, _ in opened]
                await asyncio.gather(*[context.close() for _, context in opened])
                await asyncio.sleep(2)  # the server lets the closed sessions go
            results[n] = {"median": statistics.median(times), "p95": percentile(times, 95), "pages": len(times),
                          "mb_per_session": statistics.median(per_session), "rss_mb": rss_mb(pid),
                          "cpu_per_page": statistics.median(cpu)}
            print(f"{n} sessions: {results[n]}", file=sys.stderr)
        await browser.close()
    return {"idle_rss_mb": idle_rss, "sessions": results}


def measure(warehouse: Path, port: int, sessions: list[int] | None = None, pages: int = 10) -> dict:
    """Per number of sessions opening pages at once, at least `pages` pages timed (rounds of n at once)."""
    server = start_server(ROOT / "dashboard.py", port, {"TRACKER_WAREHOUSE": str(warehouse)})
    try:
        return asyncio.run(_measure(port, server.pid, sessions or [1, 5, 10, 20], pages))
    finally:
        server.terminate()
        server.wait(10)


def capacity(figures: dict, limit_s: float = 3.0) -> int | None:
    """The most sessions measured whose 95th percentile stayed under the limit."""
    held = [n for n, row in figures["sessions"].items() if row["p95"] < limit_s]
    return max(held) if held else None


def table(figures: dict) -> list[str]:
    lines = ["| sessions opening a page at once | page time, median s | page time, p95 s | pages timed | "
             "server memory per session, MB | server RSS, MB | server CPU per page run, s |",
             "|---|---|---|---|---|---|---|"]
    for n, row in figures["sessions"].items():
        memory = f"{row['mb_per_session']:.1f}" if row["mb_per_session"] >= 0.1 else "< 0.1"
        median, p95 = (f"{v:.2f}" if math.isfinite(v) else "> 60" for v in (row["median"], row["p95"]))
        lines.append(f"| {n} | {median} | {p95} | {row['pages']} | {memory} | "
                     f"{row['rss_mb']:.0f} | {row['cpu_per_page']:.2f} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--warehouse", default=str(ROOT / "data" / "warehouse"))
    parser.add_argument("--sessions", type=int, nargs="+", default=[1, 5, 10, 20])
    parser.add_argument("--pages", type=int, default=10, help="pages timed at least per step (rounds of N at once)")
    parser.add_argument("--port", type=int, default=8693)
    args = parser.parse_args()
    started = time.perf_counter()
    figures = measure(Path(args.warehouse), args.port, args.sessions, args.pages)
    print("\n".join(table(figures)))
    print(f"\nServer RSS before the first round: {figures['idle_rss_mb']:.0f} MB; "
          f"{time.perf_counter() - started:.0f} s in all")


if __name__ == "__main__":
    main()
