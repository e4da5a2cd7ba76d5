"""Figures for issue 21 (docs/reliability.md): figures, not assertions. Everything stays on this machine.

    python -m benchmarks.hostile_io --uploads 20 [--mb 20] [--tabs] [--root DIR]
        the dashboard's server memory (RSS) while Check my plan takes `--uploads` files in a row in Chromium, each
        `--mb` MB (random bytes named .docx: refused as damaged once read, so the reading costs little and what
        stays is what the server keeps of the upload). `--tabs`: each upload in a tab of its own, left open (a
        session each, as 20 people would); `--close`: each in a tab closed once read. `--root`: serve another
        checkout (e.g. the code before the fix)
    python -m benchmarks.hostile_io --trickle [--limit 120]
        `python -m etl fetch` of two forces, one on a server that trickles its body (Content-Length 100000, a
        byte every half second), the other a plain plan page: when the run ends and what it says
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def rss_mb(pid: int, field: str = "VmRSS") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def uploads(root: Path, count: int, mb: int, tabs: bool, port: int, close: bool = False) -> None:
    from playwright.sync_api import sync_playwright

    from tests.e2e.conftest import settle
    from tests.handmade import STANDARD, write_warehouse

    warehouse = Path(tempfile.mkdtemp(prefix="bench-uploads-"))
    write_warehouse(warehouse, STANDARD)
    env = {**os.environ, "TRACKER_WAREHOUSE": str(warehouse), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    server = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(root / "dashboard.py"),
                               "--server.headless=true", f"--server.port={port}", "--server.address=127.0.0.1",
                               "--server.fileWatcherType=none"], cwd=root, env=env,
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
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            page = None
            print(f"serving {root}; {count} uploads of {mb} MB, {'a tab each' if tabs else 'one tab'}")
            baseline = None
            for n in range(1, count + 1):
                if page is None or tabs:
                    page = context.new_page()
                    page.goto(f"{url}/check_plan")
                    settle(page)
                    if baseline is None:
                        baseline = rss_mb(server.pid)
                        print(f"server RSS before any upload: {baseline:.0f} MB")
                body = b"PK\x03\x04" + os.urandom(mb * 1_000_000 - 4)
                page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(
                    files=[{"name": f"kent-plan-{n}.docx", "mimeType": "application/octet-stream", "buffer": body}])
                page.wait_for_selector("text=This file would not load", timeout=120_000)
                settle(page)
                del body
                if close:
                    page.close()
                    page = None
                    time.sleep(1)
                print(f"after upload {n:2d}: server RSS {rss_mb(server.pid):6.0f} MB")
            time.sleep(10)
            print(f"10 s after the last upload: server RSS {rss_mb(server.pid):.0f} MB; "
                  f"peak {rss_mb(server.pid, 'VmHWM'):.0f} MB; baseline {baseline:.0f} MB")
            browser.close()
    finally:
        server.terminate()
        server.wait(10)


def trickle(limit: float) -> None:
    from tests.test_fetch import KENT_V1, ok, plan_page, write_sources
    from tests.test_fetch_hostile import serving

    with serving() as site, tempfile.TemporaryDirectory() as folder:
        site.set("/slow.csv", ("trickle", limit + 60))
        site.set("/kent", ok(plan_page("Kent Police", KENT_V1)))
        sources = write_sources(Path(folder) / "sources.csv", [("essex", site.url("/slow.csv"), "document"),
                                                               ("kent", site.url("/kent"))])
        started = time.monotonic()
        done = subprocess.run([sys.executable, "-m", "etl", "fetch", "--sources", str(sources), "--raw",
                               str(Path(folder) / "raw"), "--force", "essex", "kent", "--delay", "0", "--limit",
                               str(limit)], cwd=ROOT, capture_output=True, text=True)
        elapsed = time.monotonic() - started
        print(f"etl fetch --limit {limit:g}: exit {done.returncode} after {elapsed:.1f} s")
        for line in (done.stdout + done.stderr).splitlines():
            if line.startswith(("FAILED", "fetched", "new snapshot")):
                print("  " + line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--uploads", type=int, default=0)
    parser.add_argument("--mb", type=int, default=20)
    parser.add_argument("--tabs", action="store_true")
    parser.add_argument("--close", action="store_true", help="close each tab once its upload is read")
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--port", type=int, default=18750)
    parser.add_argument("--trickle", action="store_true")
    parser.add_argument("--limit", type=float, default=120.0)
    args = parser.parse_args()
    if args.trickle:
        trickle(args.limit)
    if args.uploads:
        uploads(args.root.resolve(), args.uploads, args.mb, args.tabs or args.close, args.port, args.close)


if __name__ == "__main__":
    main()
