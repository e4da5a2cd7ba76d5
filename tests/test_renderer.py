"""The server's one chart renderer (app/renderer.py, issue 22 item 5): started once and kept, safe to call from
several sessions at once, and a failed or hung browser never takes a report down with it."""
from __future__ import annotations

import asyncio
import struct
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import plotly.graph_objects as go
import pytest

from app import renderer as renderer_module
from app.renderer import Renderer
from app.report import draw_pngs

pytestmark = pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="needs the machine's Chromium")


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])  # IHDR: width, height


def bars(n: int) -> go.Figure:
    return go.Figure(go.Bar(x=[f"force {k}" for k in range(n)], y=list(range(n))))


@pytest.fixture
def fresh(monkeypatch):
    """A renderer of the test's own, in the module's place, closed after the test."""
    mine = Renderer()
    monkeypatch.setattr(renderer_module, "_RENDERER", mine)
    yield mine
    mine.close()


def test_reports_share_one_browser_started_once(fresh):
    first, note = draw_pngs({"a": bars(3), "b": bars(5)}, width=[500, 700], height=300)
    assert note == ""
    assert [png_size(first[k]) for k in ("a", "b")] == [(500, 300), (700, 300)]
    second, _ = draw_pngs({"c": bars(4)}, width=640, height=360)
    assert png_size(second["c"]) == (640, 360)
    assert fresh.starts == 1 and fresh.running


def test_the_renderer_page_loads_nothing_from_the_network(fresh):
    draw_pngs({"a": bars(2)})
    index = Path(urlparse(fresh._kaleido._index).path).read_text()
    assert "<script" in index
    assert "http://" not in index and "https://" not in index  # plotly.js from the package, MathJax off


def test_sessions_drawing_at_once_each_get_their_own_charts(fresh):
    results: dict[int, tuple] = {}

    def session(width: int) -> None:
        images, note = draw_pngs({"only": bars(width // 100)}, width=width, height=width // 2)
        results[width] = (png_size(images["only"]), note)

    threads = [threading.Thread(target=session, args=(w,)) for w in (400, 500, 600, 700)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert results == {w: ((w, w // 2), "") for w in (400, 500, 600, 700)}
    assert fresh.starts == 1


def test_a_browser_that_cannot_start_gives_a_report_without_pictures_and_the_next_call_tries_again(fresh, monkeypatch):
    import kaleido
    from kaleido.errors import ChromeNotFoundError

    real = kaleido.Kaleido

    def broken(*args, **kwargs):
        raise ChromeNotFoundError("no browser at /nowhere")

    monkeypatch.setattr(kaleido, "Kaleido", broken)
    images, note = draw_pngs({"a": bars(2)})
    assert images == {} and "could not be drawn" in note and "ChromeNotFoundError" in note
    assert not fresh.running
    monkeypatch.setattr(kaleido, "Kaleido", real)
    images, note = draw_pngs({"a": bars(2)})
    assert note == "" and png_size(images["a"]) == (760, 420)


def test_a_hung_draw_is_given_up_and_the_browser_replaced(fresh, monkeypatch):
    draw_pngs({"a": bars(2)})
    assert fresh.starts == 1
    monkeypatch.setattr(renderer_module, "FIGURE_SECONDS", 0.5)

    async def hangs(*args, **kwargs):
        await asyncio.sleep(30)

    monkeypatch.setattr(fresh._kaleido, "write_fig_from_object", hangs)
    started = time.monotonic()
    images, note = draw_pngs({"a": bars(2)})
    assert images == {} and "TimeoutError" in note
    assert time.monotonic() - started < 20  # the 30 s hang was not waited out
    assert not fresh.running
    monkeypatch.setattr(renderer_module, "FIGURE_SECONDS", 60)
    images, note = draw_pngs({"a": bars(2)})
    assert note == "" and fresh.starts == 2
