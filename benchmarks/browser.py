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
import shutil
import statistics
import subprocess
import sys
import tempfile
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
  window.__chartsDrawnAt = undefined;
  const obs = new MutationObserver(() => { last = performance.now(); });
  obs.observe(document.body, {childList: true, subtree: true, attributes: true});
  const drawn = () => !charts || document.querySelectorAll(drawnSelector).length >= charts;
  const tick = () => {
    const app = document.querySelector("[data-testid='stApp']");
    // a Streamlit page: its script run has finished; a static page (the plotly.js peer): it has loaded
    const idle = app ? app.getAttribute('data-test-script-state') === 'notRunning' : document.readyState === 'complete';
    // the moment the last chart was drawn (to this poll's 20 ms), kept for the caller
    if (charts && drawn() && window.__chartsDrawnAt === undefined) window.__chartsDrawnAt = performance.now();
    if (idle && drawn() && performance.now() - last > quiet) { obs.disconnect(); resolve(last); }
    else if (performance.now() - started > 60000) { obs.disconnect(); resolve(NaN); }  // never settled: no figure
    else setTimeout(tick, 20);
  };
  tick();
})"""


# a drawn chart: the app's chart element (app/ui/plotly_chart.js) or Streamlit's own, for runs on older commits
CHART_DRAWN = "[data-testid='chart']:has(.main-svg), [data-testid='stPlotlyChart']:has(.main-svg)"
# the machine's Chromium, headless, and nothing fetched from the internet
LAUNCH_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--no-first-run"]


# the first headline figure (a metric's value) on the tab's clock, recorded from the tab's first moment
FIRST_FIGURE = """new MutationObserver((records, observer) => {
  if (document.querySelector("[data-testid='stMetricValue']")) { window.__firstFigure = performance.now(); observer.disconnect(); }
}).observe(document, {childList: true, subtree: true});"""


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


def start_server(script: Path, port: int, env: dict | None = None, cwd: Path = ROOT) -> subprocess.Popen:
    """`streamlit run script` on 127.0.0.1:port (no file watcher, no usage statistics), once it answers."""
    server = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(script), "--server.headless=true",
                               f"--server.port={port}", "--server.address=127.0.0.1",
                               "--server.fileWatcherType=none", "--browser.gatherUsageStats=false"],
                              cwd=cwd, env={**os.environ, **(env or {})},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1)
            break
        except OSError:
            if server.poll() is not None:
                raise RuntimeError(f"streamlit run {script} exited with {server.returncode}")
            time.sleep(0.2)
    return server


def launch(p):
    return p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=LAUNCH_ARGS)


def measure(warehouse: Path, repeats: int, port: int, with_peers: bool = False) -> dict:
    """Median seconds per page: a menu click to the last element drawn, and a new tab opened on the page's
    address to its first headline figure and to its last element drawn (from the tab's navigation start); and
    the server's peak memory. With peers (benchmarks/peers.py, on port+1 and port+2), the peers are measured in
    the same rounds, each right after our pages."""
    from playwright.sync_api import sync_playwright

    from benchmarks import peers

    server = start_server(ROOT / "dashboard.py", port, {"TRACKER_WAREHOUSE": str(warehouse)})
    url = f"http://127.0.0.1:{port}"
    paths = page_paths()
    addresses = {title: f"{url}/{paths[title]}" for title in PAGES}
    work = Path(tempfile.mkdtemp(prefix="peers-"))
    peer_server = static_server = None
    titles = list(PAGES)
    try:
        if with_peers:
            folder = peers.write(work, peers.overview_figures(warehouse))
            peer_server = start_server(folder / "peer_app.py", port + 1, cwd=folder)
            static_server = peers.serve_static(folder / "static", port + 2)
            titles += peers.PEERS
            for title, path in peers.PEER_PATHS.items():
                addresses[title] = f"http://127.0.0.1:{port + 1}/{path}"
            addresses[peers.PLOTLY_JS] = f"http://127.0.0.1:{port + 2}/index.html"
        with sync_playwright() as p:
            browser = launch(p)
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            context.add_init_script(FIRST_FIGURE)
            page = context.new_page()
            page.goto(url)
            page.evaluate(SETTLED, [300])
            tab_of = {title: page for title in PAGES}
            if with_peers:
                peer_page = context.new_page()
                peer_page.goto(addresses[peers.PLOTLY_CHART])
                peer_page.evaluate(SETTLED, [300])
                static_page = context.new_page()
                static_page.goto(addresses[peers.PLOTLY_JS])
                tab_of.update({peers.NO_CHART: peer_page, peers.PLOTLY_CHART: peer_page, peers.PLOTLY_JS: static_page})
            clicks: dict[str, list[float]] = {title: [] for title in titles}
            tabs: dict[str, list[float]] = {title: [] for title in titles}
            firsts: dict[str, list[float]] = {title: [] for title in titles}
            last_charts: dict[str, list[float]] = {title: [] for title in titles}
            charts: dict[str, int] = {}  # each page's charts, counted in the first round after a long still moment
            for _ in range(repeats + 1):  # the first round warms the server's caches and is not counted
                for title in titles:
                    tab = tab_of[title]
                    tab.bring_to_front()
                    start = tab.evaluate("performance.now()")
                    if title == peers.PLOTLY_JS:
                        tab.locator("#redraw").click()
                    else:
                        tab.locator("[data-testid='stPageLink']", has_text=title).first.click()
                    tab.wait_for_selector(f"h1:has-text('{title}')")
                    if title not in charts:
                        tab.evaluate(SETTLED, [3000])
                        charts[title] = tab.locator(CHART_DRAWN).count()
                        print(f"{title}: {charts[title]} charts", file=sys.stderr)
                        continue
                    last = tab.evaluate(SETTLED, [300, charts[title], CHART_DRAWN])
                    clicks[title].append((last - start) / 1000)
            for _ in range(repeats + 1):
                for title in titles:
                    tab = context.new_page()  # a link opened in a new tab: a new session, the whole app loaded
                    tab.goto(addresses[title], wait_until="commit")
                    tab.wait_for_selector(f"h1:has-text('{title}')", timeout=60_000)
                    tabs[title].append(tab.evaluate(SETTLED, [300, charts[title], CHART_DRAWN]) / 1000)  # ms since navigation began
                    first, drawn_at = tab.evaluate("[window.__firstFigure, window.__chartsDrawnAt]")
                    if first is not None:
                        firsts[title].append(first / 1000)
                    if drawn_at is not None:
                        last_charts[title].append(drawn_at / 1000)
                    tab.close()
            browser.close()
        return {"click": {title: statistics.median(values) for title, values in clicks.items()},
                "new_tab": {title: statistics.median(values[1:]) for title, values in tabs.items()},
                "first_figure": {title: statistics.median(values[1:]) for title, values in firsts.items()
                                 if len(values) > 1},
                "last_chart": {title: statistics.median(values[1:]) for title, values in last_charts.items()
                               if len(values) > 1},
                "samples": {"click": clicks, "new_tab": tabs, "first_figure": firsts, "last_chart": last_charts},
                "peak_rss_mb": peak_rss_mb(server.pid), "peers": with_peers}
    finally:
        for running in (server, peer_server):
            if running is not None:
                running.terminate()
                running.wait(10)
        if static_server is not None:
            static_server.shutdown()
        shutil.rmtree(work, ignore_errors=True)


def table(figures: dict) -> list[str]:
    """Markdown rows: each of our pages' medians and their ratio to the lightest page of the same run."""
    light_click = min(figures["click"][title] for title in PAGES)
    light_tab = min(figures["new_tab"][title] for title in PAGES)
    lines = ["| page | menu click to last element drawn, median s (ratio to lightest) | "
             "new tab to last element drawn, median s (ratio) |", "|---|---|---|"]
    for title in PAGES:
        click, tab = figures["click"][title], figures["new_tab"][title]
        lines.append(f"| {title} | {click:.2f} ({click / light_click:.1f}x) | {tab:.2f} ({tab / light_tab:.1f}x) |")
    return lines


def _ratio(value: float | None, to: float | None) -> str:
    return "–" if value is None or not to else f"{value / to:.2f}x"


def peer_table(figures: dict) -> list[str]:
    """Markdown rows: our pages and the peers, each as a ratio to the peers of the same run."""
    from benchmarks.peers import NO_CHART, PEERS, PLOTLY_CHART, PLOTLY_JS

    first, charts, tab, click = figures["first_figure"], figures["last_chart"], figures["new_tab"], figures["click"]
    light_click = min(click[title] for title in PAGES)
    lines = ["| page | new tab: first headline figure, s (x no chart) | new tab: last chart drawn, s "
             "(x st.plotly_chart; x plotly.js) | new tab: last element drawn, s (x no chart) | "
             "menu click, s (x lightest page; x no chart; x st.plotly_chart) |", "|---|---|---|---|---|"]
    for title in [*PAGES, *PEERS]:
        shown = f"{first[title]:.2f} ({_ratio(first[title], first.get(NO_CHART))})" if title in first else "–"
        drawn = (f"{charts[title]:.2f} ({_ratio(charts[title], charts.get(PLOTLY_CHART))}; "
                 f"{_ratio(charts[title], charts.get(PLOTLY_JS))})" if title in charts else "–")
        lines.append(f"| {title} | {shown} | {drawn} | {tab[title]:.2f} ({_ratio(tab[title], tab[NO_CHART])}) | "
                     f"{click[title]:.2f} ({_ratio(click[title], light_click)}; {_ratio(click[title], click[NO_CHART])}; "
                     f"{_ratio(click[title], click[PLOTLY_CHART])}) |")
    return lines


def goals(figures: dict) -> list[tuple[str, float, float, bool]]:
    """Issue 23's goals on one run: (goal, ratio, limit, met)."""
    from benchmarks.peers import NO_CHART, PLOTLY_CHART, PLOTLY_JS

    first, charts, click = figures["first_figure"], figures["last_chart"], figures["click"]
    overview, nan = "National overview", float("nan")
    light_click = min(click[title] for title in PAGES)
    heaviest = max(PAGES, key=lambda title: click[title])
    checks = [("new tab, National overview's first headline figure / Streamlit with no chart",
               first.get(overview, nan) / first.get(NO_CHART, nan), 1.5),
              ("new tab, National overview's last chart / plain st.plotly_chart page",
               charts.get(overview, nan) / charts.get(PLOTLY_CHART, nan), 1.0),
              ("new tab, National overview's last chart / plotly.js alone",
               charts.get(overview, nan) / charts.get(PLOTLY_JS, nan), 2.0),
              (f"menu click, slowest page ({heaviest}) / lightest page", click[heaviest] / light_click, 2.0)]
    return [(goal, ratio, limit, ratio <= limit) for goal, ratio, limit in checks]


def goal_lines(figures: dict) -> list[str]:
    return ["| goal | ratio | at most | met |", "|---|---|---|---|",
            *[f"| {goal} | {ratio:.2f}x | {limit:.1f}x | {'yes' if met else 'no'} |"
              for goal, ratio, limit, met in goals(figures)]]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--warehouse", default=str(ROOT / "data" / "warehouse"))
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--port", type=int, default=8690, help="our server's port (the peers take the next two)")
    parser.add_argument("--peers", action="store_true", help="measure the peers in the same rounds (issue 23)")
    args = parser.parse_args()
    figures = measure(Path(args.warehouse), args.repeats, args.port, with_peers=args.peers)
    print("\n".join(table(figures)))
    if args.peers:
        print("\n" + "\n".join(peer_table(figures)) + "\n\n" + "\n".join(goal_lines(figures)))
    print(f"\nServer peak memory (VmHWM): {figures['peak_rss_mb']:.0f} MB")


if __name__ == "__main__":
    main()
