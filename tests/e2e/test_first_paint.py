"""Issue 12: a freshly started server shows our own menu from its first paint (never Streamlit's automatic
lower-case page list from pages/), on the home page and on a deep link; and the page asks no host but its own
(usage statistics off in .streamlit/config.toml, not only in the test's environment)."""
from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.e2e.conftest import ROOT, SCREENSHOTS, free_port, settle, stop_app
from tests.handmade import STANDARD, write_warehouse

pytestmark = pytest.mark.e2e

# every few milliseconds from the first byte: did Streamlit's automatic page list ever show, and when did our menu?
WATCH = """
window.__paint = {automatic: [], menu: null, start: performance.now()};
const look = () => {
  const auto = document.querySelectorAll("[data-testid='stSidebarNav'] a, [data-testid='stSidebarNavLink']");
  auto.forEach(a => window.__paint.automatic.push(a.innerText.trim()));
  if (window.__paint.menu === null && document.querySelector("[data-testid='stPageLink']"))
    window.__paint.menu = performance.now() - window.__paint.start;
};
new MutationObserver(look).observe(document, {childList: true, subtree: true});
"""


def fresh_server(tmp_path: Path) -> tuple[subprocess.Popen, str]:
    """A new `streamlit run` (a fresh server: no run has happened yet), with the project's own config only."""
    write_warehouse(tmp_path, STANDARD)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("STREAMLIT_")}
    env["TRACKER_WAREHOUSE"] = str(tmp_path)
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"), "--server.headless=true",
         f"--server.port={port}", "--server.address=127.0.0.1", "--server.fileWatcherType=none"],
        cwd=ROOT, env=env, stdout=open(tmp_path / "streamlit.log", "w"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                return process, url
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError((tmp_path / "streamlit.log").read_text()[-2000:])


@pytest.mark.parametrize("path, title", [("", "National overview"), ("/force?lead_force=Kent+Police", "Force")])
def test_a_fresh_server_never_paints_the_automatic_page_list(browser, tmp_path, path, title):
    process, url = fresh_server(tmp_path)
    try:
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        page.add_init_script(WATCH)
        asked = []
        page.on("request", lambda request: asked.append(request.url))
        page.goto(url + path, wait_until="commit")
        page.wait_for_timeout(1000)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"first-second{path.split('?')[0].replace('/', '-') or '-home'}.png"))
        early = page.evaluate("window.__paint")
        assert early["automatic"] == [], early
        settle(page)
        page.wait_for_selector(f"h1:has-text('{title}')")
        paint = page.evaluate("window.__paint")
        assert paint["automatic"] == [], paint  # never, from the first byte to the end of the run
        menu = page.locator("[data-testid='stPageLink']")
        assert menu.count() >= 8 and "National overview" in menu.first.inner_text()
        assert paint["menu"] is not None
        print(f"menu painted {paint['menu']:.0f} ms after the page began ({path or '/'})")
        # nothing leaves the machine: every request is to this server (no usage statistics, no fonts or CDNs)
        hosts = {urlsplit(u).netloc for u in asked if urlsplit(u).scheme in ("http", "https", "ws", "wss")}
        assert hosts == {urlsplit(url).netloc}, [u for u in asked if urlsplit(url).netloc not in u]
        context.close()
    finally:
        stop_app(process)
