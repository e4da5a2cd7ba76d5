"""Opening the dashboard under AppTest on a given warehouse: one way, for every page test."""
from __future__ import annotations

from pathlib import Path

import streamlit as st
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent


def open_app(monkeypatch, warehouse_dir: Path, page: str | None = None, **params) -> AppTest:
    """Run the app (entry script, then `page` if given) with URL query parameters, caches cleared."""
    monkeypatch.setenv("TRACKER_WAREHOUSE", str(warehouse_dir))
    st.cache_data.clear()
    st.cache_resource.clear()
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    if page:
        at.switch_page(page)
    return at.run()


def chart_payloads(at: AppTest) -> list[dict]:
    """What each chart on the page was sent (app/ui/charting.py plotly_chart): figure, config, library, selectable."""
    import json

    return [json.loads(e.proto.json) for e in at.get("bidi_component") if e.proto.component_name == "tracker_plotly_chart"]


def chart_specs(at: AppTest) -> list[dict]:
    """Each chart's Plotly figure (data and layout), in page order."""
    return [chart["figure"] for chart in chart_payloads(at)]
