"""python -m benchmarks.browser [--warehouse DIR] [--repeats N] [--port P]: pages as a person feels them.

Starts `streamlit run` on the warehouse, opens it in the machine's Chromium, and for each page clicks its menu
entry and times until the script run has finished and nothing has been drawn for 300 ms (the last element
drawn), median of N clicks. Each page is reported as a ratio to the lightest page of the same run, and the
server's peak memory (max RSS of the server process, from /proc). Figures, not assertions.
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
# resolves once a run has finished and the page has been still for `quiet` ms
SETTLED = """([quiet]) => new Promise(resolve => {
  let last = performance.now();
  const obs = new MutationObserver(() => { last = performance.now(); });
  obs.observe(document.body, {childList: true, subtree: true, attributes: true});
  const tick = () => {
    const app = document.querySelector("[data-testid='stApp']");
    const idle = app && app.getAttribute('data-test-script-state') === 'notRunning';
    if (idle && performance.now() - last > quiet) { obs.disconnect(); resolve(last); } else setTimeout(tick, 20);
  };
  tick();
})"""


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure(warehouse: Path, repeats: int, port: int) -> tuple[dict[str, float], float]:
    from playwright.sync_api import sync_playwright

    env = {**os.environ, "TRACKER_WAREHOUSE": str(warehouse)}
    server = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"),
                               "--server.headless=true", f"--server.port={port}", "--server.address=127.0.0.1",
                               "--server.fileWatcherType=none"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
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
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url)
            page.evaluate(SETTLED, [300])
            times: dict[str, list[float]] = {title: [] for title in PAGES}
            for _ in range(repeats + 1):  # the first round warms the server's caches and is not counted
                for title in PAGES:
                    start = page.evaluate("performance.now()")
                    page.locator("[data-testid='stPageLink']", has_text=title).first.click()
                    page.wait_for_selector(f"h1:has-text('{title}')")
                    last = page.evaluate(SETTLED, [300])
                    times[title].append((last - start) / 1000)
            browser.close()
        medians = {title: statistics.median(values[1:]) for title, values in times.items()}
        return medians, peak_rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--warehouse", default=str(ROOT / "data" / "warehouse"))
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--port", type=int, default=8690)
    args = parser.parse_args()
    medians, rss = measure(Path(args.warehouse), args.repeats, args.port)
    lightest = min(medians.values())
    print("| page | click to last element drawn, median s | ratio to lightest |")
    print("|---|---|---|")
    for title, seconds in medians.items():
        print(f"| {title} | {seconds:.2f} | {seconds / lightest:.1f}x |")
    print(f"\nServer peak memory (VmHWM): {rss:.0f} MB")


if __name__ == "__main__":
    main()
