"""One chart renderer for the server's life: kaleido's Chromium, started once and kept, so a report's charts cost
their drawing only (about 0.8 s for four charts) and not a browser's start-up and plotly.js's load each time
(3 s warm, 7-16 s cold, issue 22 item 5).

- The browser is the machine's own Chromium (never downloaded); plotly.js is the copy inside the pinned `plotly`
  package and MathJax is off, so drawing a chart never reaches the network (kaleido's defaults load MathJax from
  a CDN, and the page waited for that request to fail).
- One lock: the sessions of one server draw one after another in the one browser tab.
- Every call has a time limit. A renderer that fails or hangs is shut and the next call starts a new one; the
  caller gets the exception and writes its report without pictures (`report.draw_pngs`).
"""
from __future__ import annotations

import asyncio
import atexit
import threading
from pathlib import Path

START_SECONDS = 60  # Chromium's start and plotly.js's load on a loaded 2-core machine take up to ~16 s
FIGURE_SECONDS = 60  # per figure: the whole call waits at most this times the number of figures


class Renderer:
    """A kaleido browser on its own event loop in a daemon thread; `write` is called from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._kaleido = None
        self.starts = 0  # how many browsers this renderer has started (tests and the benchmark read it)

    @property
    def running(self) -> bool:
        return self._kaleido is not None

    def _start(self) -> None:
        import kaleido

        loop = asyncio.new_event_loop()
        threading.Thread(target=loop.run_forever, name="chart-renderer", daemon=True).start()
        self._loop = loop
        try:
            async def open_browser():
                browser = kaleido.Kaleido(n=1, timeout=FIGURE_SECONDS, mathjax=False)
                await browser.open()
                return browser

            self._kaleido = asyncio.run_coroutine_threadsafe(open_browser(), loop).result(START_SECONDS)
            self.starts += 1
            if self.starts == 1:
                atexit.register(self.close)  # no Chromium left behind when the server stops
        except BaseException:
            self._shut()
            raise

    def _shut(self) -> None:
        loop, browser = self._loop, self._kaleido
        self._loop = self._kaleido = None
        if loop is None:
            return
        if browser is not None:
            try:
                asyncio.run_coroutine_threadsafe(browser.close(), loop).result(10)
            except Exception:  # noqa: BLE001 - a browser that will not close is left to the process's end
                pass
        loop.call_soon_threadsafe(loop.stop)

    def write(self, figures: list, paths: list[Path], widths: list[int], heights: list[int]) -> None:
        """Draw each figure to its PNG path. Raises on failure, after shutting the browser so the next call
        starts afresh."""
        specs = [dict(fig=figure.to_plotly_json() if hasattr(figure, "to_plotly_json") else figure, path=Path(path),
                      opts=dict(format="png", width=width, height=height, scale=1))
                 for figure, path, width, height in zip(figures, paths, widths, heights)]
        with self._lock:
            if not self.running:
                self._start()
            drawing = asyncio.run_coroutine_threadsafe(
                self._kaleido.write_fig_from_object(specs, cancel_on_error=True), self._loop)
            try:
                errors = drawing.result(FIGURE_SECONDS * max(1, len(specs)))
                if errors:
                    raise RuntimeError(f"chart renderer: {errors[0]}")
            except BaseException:
                drawing.cancel()
                self._shut()
                raise

    def close(self) -> None:
        with self._lock:
            self._shut()


_RENDERER = Renderer()


def renderer() -> Renderer:
    """The server's one renderer."""
    return _RENDERER


def write_pngs(figures: list, paths: list[Path], widths: list[int], heights: list[int]) -> None:
    _RENDERER.write(figures, paths, widths, heights)


def warm() -> None:
    """Start the browser now (in the caller's thread) so the first report does not wait for it."""
    with _RENDERER._lock:
        if not _RENDERER.running:
            _RENDERER._start()


def warm_in_background() -> threading.Thread:
    """Start the browser in a thread of its own: a report's first step (reading the figures) runs meanwhile."""
    def quietly():
        try:
            warm()
        except Exception:  # noqa: BLE001 - the report's own draw will try again and say why it could not
            pass

    thread = threading.Thread(target=quietly, name="chart-renderer-warm", daemon=True)
    thread.start()
    return thread
