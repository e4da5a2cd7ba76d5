"""python -m benchmarks.browser [--warehouse DIR] [--repeats N] [--port P]: pages as a person feels them (also run by make bench).

Starts `streamlit run` on the warehouse, opens it in the machine's Chromium, and for each page clicks its menu
entry and times until the script run has finished and nothing has been drawn for 300 ms (the last element
drawn), median of N clicks; then opens each page's address in a new tab (a link opened from elsewhere: a new
session loads the whole app) and times from the tab's navigation start to its last element drawn. Each page is
reported as a ratio to the lightest page of the same run, and the server's peak memory (max RSS of the server
process, from /proc). Figures, not assertions.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ["National overview", "Force", "Recommendations", "Overdue", "Map", "Search updates",
         "Explore and download", "Data quality"]
# resolves once a run has finished, at least `charts` charts are drawn (or say why not) and the page has been still
# for `quiet` ms. Charts are counted because they can arrive after a still moment: Streamlit shows a page's chart
# elements only once its component code has loaded, and a chart then waits for plotly.js, changing nothing meanwhile
SETTLED = """([quiet, charts = 0, drawnSelector = '']) => new Promise(resolve => {
  const started = performance.now();
  let last = started;
  const obs = new MutationObserver(() => { last = performance.now(); });
  obs.observe(document.body, {childList: true, subtree: true, attributes: true});
  const drawn = () => !charts || document.querySelectorAll(drawnSelector).length >= charts;
  const tick = () => {
    const app = document.querySelector("[data-testid='stApp']");
    const idle = app && app.getAttribute('data-test-script-state') === 'notRunning';
    if (idle && drawn() && performance.now() - last > quiet) { obs.disconnect(); resolve(last); }
    else if (performance.now() - started > 60000) { obs.disconnect(); resolve(NaN); }  // never settled: no figure
    else setTimeout(tick, 20);
  };
  tick();
})"""


# a drawn chart: the app's chart element (app/ui/plotly_chart.js) or Streamlit's own, for runs on older commits
CHART_DRAWN = "[data-testid='chart']:has(.main-svg), [data-testid='stPlotlyChart']:has(.main-svg)"


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def available() -> bool:
    try:
        import playwright  # noqa: F401
    except ImportError:
        return False
    return Path("/usr/bin/chromium").exists()


def page_paths() -> dict[str, str]:
    """Each menu title and its address (the first page is the default, at /)."""
    from app.menu import SECTIONS

    entries = [entry for section in SECTIONS.values() for entry in section]
    return {title: ("" if n == 0 else Path(path).stem) for n, (path, title, _icon) in enumerate(entries)
            if title in PAGES}


def measure(warehouse: Path, repeats: int, port: int) -> dict:
    """Median seconds per page: a menu click to the last element drawn, and a new tab opened on the page's
    address to its last element drawn (from the tab's navigation start); and the server's peak memory."""
    from playwright.sync_api import sync_playwright

    env = {**os.environ, "TRACKER_WAREHOUSE": str(warehouse)}
    server = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"),
                               "--server.headless=true", f"--server.port={port}", "--server.address=127.0.0.1",
                               "--server.fileWatcherType=none"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    paths = page_paths()
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(f"{url}/_stcore/health", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                              "--disable-component-update", "--no-first-run"])
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            page = context.new_page()
            page.goto(url)
            page.evaluate(SETTLED, [300])
            clicks: dict[str, list[float]] = {title: [] for title in PAGES}
            tabs: dict[str, list[float]] = {title: [] for title in PAGES}
            charts: dict[str, int] = {}  # each page's charts, counted in the first round after a long still moment
            for _ in range(repeats + 1):  # the first round warms the server's caches and is not counted
                for title in PAGES:
                    start = page.evaluate("performance.now()")
                    page.locator("[data-testid='stPageLink']", has_text=title).first.click()
                    page.wait_for_selector(f"h1:has-text('{title}')")
                    if title not in charts:
                        page.evaluate(SETTLED, [3000])
                        charts[title] = page.locator(CHART_DRAWN).count()
                        print(f"{title}: {charts[title]} charts", file=sys.stderr)
                        continue
                    last = page.evaluate(SETTLED, [300, charts[title], CHART_DRAWN])
                    clicks[title].append((last - start) / 1000)
            for _ in range(repeats + 1):
                for title in PAGES:
                    tab = context.new_page()  # a link opened in a new tab: a new session, the whole app loaded
                    tab.goto(f"{url}/{paths[title]}", wait_until="commit")
                    tab.wait_for_selector(f"h1:has-text('{title}')", timeout=60_000)
                    tabs[title].append(tab.evaluate(SETTLED, [300, charts[title], CHART_DRAWN]) / 1000)  # ms since navigation began
                    tab.close()
            browser.close()
        return {"click": {title: statistics.median(values) for title, values in clicks.items()},
                "new_tab": {title: statistics.median(values[1:]) for title, values in tabs.items()},
                "peak_rss_mb": peak_rss_mb(server.pid)}
    finally:
        server.terminate()
        server.wait(10)


def table(figures: dict) -> list[str]:
    """Markdown rows: each page's medians and their ratio to the lightest page of the same run."""
    light_click, light_tab = min(figures["click"].values()), min(figures["new_tab"].values())
    lines = ["| page | menu click to last element drawn, median s (ratio to lightest) | "
             "new tab to last element drawn, median s (ratio) |", "|---|---|---|"]
    for title in PAGES:
        click, tab = figures["click"][title], figures["new_tab"][title]
        lines.append(f"| {title} | {click:.2f} ({click / light_click:.1f}x) | {tab:.2f} ({tab / light_tab:.1f}x) |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--warehouse", default=str(ROOT / "data" / "warehouse"))
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--port", type=int, default=8690)
    args = parser.parse_args()
    figures = measure(Path(args.warehouse), args.repeats, args.port)
    print("\n".join(table(figures)))
    print(f"\nServer peak memory (VmHWM): {figures['peak_rss_mb']:.0f} MB")


if __name__ == "__main__":
    main()
