"""The app's chart element (app/ui/charting.py, app/ui/plotly_chart.js): charts drawn with the vendored plotly.js
cartesian bundle, never with Streamlit's own chart element (whose 4.7 MB of plotly.js took 1.2-1.5 s to start in
every new tab). The browser side is in tests/e2e/test_browser.py."""
from __future__ import annotations

import hashlib
import re
import tomllib
from pathlib import Path

import plotly.offline
import pytest

from app.ui.charting import PLOTLY_LIBRARY
from tests.apptest import chart_payloads, open_app
from tests.handmade import STANDARD, write_warehouse

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "static" / PLOTLY_LIBRARY.removeprefix("app/static/")
BUNDLE_SHA256 = "79542150855a52c567260e3137095dbe2b744e6d702a5cabe67da246942fba7a"  # npm plotly.js-cartesian-dist-min@4.1.1
CHART_PAGES = ["pages/overview.py", "pages/force.py", "pages/recommendations.py", "pages/overdue.py", "pages/map.py"]


def bundle_traces() -> set[str]:
    return set(re.findall(r'moduleType:"trace",name:"(\w+)"', BUNDLE.read_text(encoding="utf-8")))


def test_the_bundle_is_served_and_is_the_plotly_js_the_python_package_writes_for():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["enableStaticServing"] is True  # static/ is served at app/static/
    assert PLOTLY_LIBRARY.startswith("app/static/") and BUNDLE.is_file()
    head = BUNDLE.read_text(encoding="utf-8")[:200]
    version = re.search(r"plotly\.js \(cartesian - minified\) v([\d.]+)", head).group(1)
    assert version == plotly.offline.get_plotlyjs_version()
    assert hashlib.sha256(BUNDLE.read_bytes()).hexdigest() == BUNDLE_SHA256
    assert {"bar", "scatter", "heatmap"} <= bundle_traces()


@pytest.fixture(scope="module")
def warehouse_dir(tmp_path_factory):
    directory = tmp_path_factory.mktemp("charts")
    write_warehouse(directory, STANDARD, build_id="chart-element")
    return directory


@pytest.mark.parametrize("page", CHART_PAGES)
def test_every_chart_uses_the_bundle_and_draws_only_traces_it_has(monkeypatch, warehouse_dir, page):
    at = open_app(monkeypatch, warehouse_dir, page)
    assert not at.exception
    assert not at.get("plotly_chart")  # Streamlit's own chart element would load the whole of plotly.js
    payloads = chart_payloads(at)
    assert payloads, page
    traces = bundle_traces()
    for payload in payloads:
        assert payload["library"] == PLOTLY_LIBRARY
        assert payload["config"]["displayModeBar"] is False
        assert {trace.get("type", "scatter") for trace in payload["figure"]["data"]} <= traces
        assert payload["selectable"] == (page == "pages/map.py")  # only the map's hexagons are clicked
