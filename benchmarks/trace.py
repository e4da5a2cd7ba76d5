"""python -m benchmarks.trace [--page overview] [--repeats 3] [--port P] [--chrome-trace FILE]: where a new tab's time goes.

Starts `streamlit run` on the warehouse and opens the page in new tabs of the machine's Chromium. In each tab an
init script records, on the page's own clock (ms since navigation start): the app's scripts and styles loading
(resource timing), every websocket message (its size), the browser's long tasks, and when the menu, the page
title, the first headline figure, each chart element and each drawn chart appear, and when the script run ends.
Prints one timeline per tab (the last one in full, the others as a line of milestones). With --chrome-trace, the
last tab is also recorded with Chromium's own tracing (CDP Tracing; open the file in chrome://tracing or
Perfetto). Figures, not assertions.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

RECORDER = """(() => {
  const t = () => Math.round(performance.now());
  const log = window.__trace = [];
  const seen = new Set();
  const once = (name) => { if (!seen.has(name)) { seen.add(name); log.push([t(), name]); } };
  const Native = window.WebSocket;
  window.WebSocket = function (...args) {
    const ws = new Native(...args);
    log.push([t(), 'ws open ' + args[0]]);
    ws.addEventListener('message', (e) => {
      const size = e.data && (e.data.byteLength || e.data.size || e.data.length) || 0;
      let words = '';  // the message's first readable words: which element it carries
      if (e.data instanceof ArrayBuffer) {
        const text = new TextDecoder('utf-8', {fatal: false}).decode(new Uint8Array(e.data, 0, Math.min(size, 400)));
        words = (text.match(/[ -~]{4,}/g) || []).join(' ').slice(0, 90);
      }
      log.push([t(), 'ws in ' + size + ' B ' + words]);
    });
    const send = ws.send.bind(ws);
    ws.send = (data) => { log.push([t(), 'ws out ' + (data.byteLength || data.length || 0) + ' B']); send(data); };
    return ws;
  };
  window.WebSocket.prototype = Native.prototype;
  Object.assign(window.WebSocket, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries())
      log.push([Math.round(e.startTime), 'long task ' + Math.round(e.duration) + ' ms']); })
      .observe({type: 'longtask', buffered: true});
  } catch (e) {}
  const watch = () => {
    const q = (s) => document.querySelectorAll(s);
    if (q("[data-testid='stSidebar'] [data-testid='stPageLink']").length) once('menu drawn');
    if (q('h1').length) once('page title');
    if (q("[data-testid='stMetricValue']").length) once('first headline figure');
    const mounted = q("[data-testid='chart']").length, drawn = q("[data-testid='chart'] .main-svg, [data-testid='stPlotlyChart'] .main-svg").length;
    for (let i = 1; i <= mounted; i++) once('chart element ' + i + ' mounted');
    for (let i = 1; i <= drawn; i++) once('chart ' + i + ' drawn');
    for (const el of q('[data-testid]')) once('shown ' + el.getAttribute('data-testid'));
    const app = document.querySelector("[data-testid='stApp']");
    if (app) { const state = app.getAttribute('data-test-script-state');
      if (state === 'running') once('script running'); if (state === 'notRunning' && seen.has('script running')) once('script run ended'); }
  };
  new MutationObserver(watch).observe(document, {childList: true, subtree: true, attributes: true});
})()"""


def start_server(script: Path, port: int, warehouse: Path | None = None, cwd: Path = ROOT) -> subprocess.Popen:
    env = {**os.environ}
    if warehouse is not None:
        env["TRACKER_WAREHOUSE"] = str(warehouse)
    server = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(script), "--server.headless=true",
                               f"--server.port={port}", "--server.address=127.0.0.1",
                               "--server.fileWatcherType=none", "--browser.gatherUsageStats=false"],
                              cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    return server


def timeline(page) -> list[tuple[int, str]]:
    events = [tuple(e) for e in page.evaluate("window.__trace")]
    resources = page.evaluate("""performance.getEntriesByType('resource').filter(r => /\\.(js|css)(\\?|$)/.test(r.name))
        .map(r => [Math.round(r.startTime), Math.round(r.responseEnd), r.name.split('/').pop(), r.transferSize])""")
    for start, end, name, size in resources:
        events.append((end, f"loaded {name} ({size // 1024} kB, from {start} ms)"))
    return sorted(events)


def trace_clicks(context, url: str, titles: list[str], repeats: int) -> None:
    """Each menu click from titles[0] to titles[1]: the events after the click, on the tab's clock from the click."""
    from benchmarks.browser import SETTLED

    tab = context.new_page()
    tab.goto(url)
    tab.evaluate(SETTLED, [1000])
    for n in range(repeats):
        for title in titles:
            tab.evaluate("window.__trace.length = 0")
            start = tab.evaluate("performance.now()")
            tab.locator("[data-testid='stPageLink']", has_text=title).first.click()
            tab.wait_for_selector(f"h1:has-text('{title}')")
            tab.evaluate(SETTLED, [300])
        events = [(at - round(start), name) for at, name in timeline(tab) if at >= start and not name.startswith("loaded")]
        print(f"--- click {n + 1} to {titles[1]}")
        for at, name in events:
            if not name.startswith("ws in") or " B  " in name:
                print(f"{at:6d} ms  {name[:110]}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--warehouse", default=str(ROOT / "data" / "warehouse"))
    parser.add_argument("--page", default="", help="the page's address ('' is the National overview)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--port", type=int, default=8691)
    parser.add_argument("--chrome-trace", default="")
    parser.add_argument("--click", nargs=2, metavar=("FROM", "TO"),
                        help="trace menu clicks instead: from the page titled FROM to the page titled TO")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    from benchmarks.browser import CHART_DRAWN, LAUNCH_ARGS, SETTLED

    server = start_server(ROOT / "dashboard.py", args.port, Path(args.warehouse))
    url = f"http://127.0.0.1:{args.port}/{args.page}"
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=LAUNCH_ARGS)
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            context.add_init_script(RECORDER)
            warm = context.new_page()  # the server's caches warmed, as the benchmark's first round does
            warm.goto(url)
            warm.evaluate(SETTLED, [2000])
            charts = warm.locator(CHART_DRAWN).count()
            warm.close()
            milestones: dict[str, list[int]] = {}
            if args.click:
                trace_clicks(context, url, args.click, args.repeats)
                return
            for n in range(args.repeats):
                tab = context.new_page()
                tracing = args.chrome_trace and n == args.repeats - 1
                if tracing:
                    browser.start_tracing(page=tab, path=args.chrome_trace, screenshots=False,
                                          categories=["devtools.timeline", "v8.execute", "blink.user_timing",
                                                      "disabled-by-default-devtools.timeline"])
                tab.goto(url, wait_until="commit")
                tab.evaluate(SETTLED, [300, charts, CHART_DRAWN])
                events = timeline(tab)
                if tracing:
                    browser.stop_tracing()
                for at, name in events:
                    if not name.startswith(("ws ", "long task", "loaded")):
                        milestones.setdefault(name, []).append(at)
                if n == args.repeats - 1:
                    print(f"--- last tab, {url}")
                    for at, name in events:
                        print(f"{at:6d} ms  {name}")
                tab.close()
            browser.close()
        print(f"--- medians of {args.repeats} tabs")
        for name, values in sorted(milestones.items(), key=lambda kv: statistics.median(kv[1])):
            print(f"{statistics.median(values):6.0f} ms  {name}  {values}")
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
