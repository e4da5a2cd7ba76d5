"""Draw a page with the machine's Chromium (Playwright), for sources marked `render`: plans drawn by script.

Only such sources run a page's scripts. The browser is held to the source's own site: every request
to another site or scheme is refused, images, media and fonts are not loaded, no downloads, no
service workers. Playwright never downloads a browser here: it drives /usr/bin/chromium.
"""
from __future__ import annotations

import os
import shutil
from concurrent.futures import ThreadPoolExecutor

from .client import USER_AGENT, FetchError, same_site

CHROMIUM = os.environ.get("TRACKER_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-extensions"]
SKIPPED_RESOURCES = {"image", "media", "font"}


def chromium_path() -> str | None:
    if os.path.exists(CHROMIUM):
        return CHROMIUM
    return shutil.which("chromium")


def render(url: str, site: str, *, timeout: float = 30.0, settle: float = 5.0, max_bytes: int = 25_000_000,
           user_agent: str = USER_AGENT) -> tuple[int, str, bytes]:
    """(HTTP status, final address, the page's HTML after its scripts ran).

    Drawn on a thread of its own: Playwright's sync API refuses a thread where an asyncio loop runs (a caller
    inside a notebook, a server or another Playwright session)."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="render") as pool:
        return pool.submit(_render, url, site, timeout=timeout, settle=settle, max_bytes=max_bytes,
                           user_agent=user_agent).result()


def _render(url: str, site: str, *, timeout: float, settle: float, max_bytes: int,
            user_agent: str) -> tuple[int, str, bytes]:
    executable = chromium_path()
    if not executable:
        raise FetchError("no_browser", "the source is marked for rendering but no Chromium is installed "
                                       "(apt-get install chromium)", final_url=url)
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # pragma: no cover - playwright is in requirements.txt
        raise FetchError("no_browser", f"Playwright is not installed: {exc}", final_url=url) from exc

    def guard(route):
        request = route.request
        if not same_site(request.url, site) or request.resource_type in SKIPPED_RESOURCES:
            route.abort()
        else:
            route.continue_()

    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=executable, args=ARGS, headless=True)
            try:
                context = browser.new_context(user_agent=user_agent, accept_downloads=False, service_workers="block")
                context.route("**/*", guard)
                page = context.new_page()
                response = page.goto(url, wait_until="load", timeout=timeout * 1000)
                try:
                    page.wait_for_load_state("networkidle", timeout=settle * 1000)
                except PlaywrightError:
                    pass  # a page that keeps polling: take what is drawn
                status = response.status if response else 0
                final = page.url
                if status >= 400:
                    raise FetchError(f"http_{status}", f"the server answered {status}", status, final)
                if not same_site(final, site):
                    raise FetchError("redirect_off_site", f"the page went to another site ({final[:120]})", status, final)
                html = page.content().encode("utf-8")
            finally:
                browser.close()
    except PlaywrightError as exc:
        message = str(exc).splitlines()[0][:200]
        code = "timeout" if "Timeout" in message else "render_error"
        raise FetchError(code, f"Chromium could not draw the page: {message}", final_url=url) from exc
    if len(html) > max_bytes:
        raise FetchError("too_large", f"the drawn page is over the {max_bytes / 1e6:.1f} MB limit; refused", status, final)
    return status, final, html
