"""A chart on the page with the numbers behind it one click away (a table alternative for every chart)."""
from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Callable

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from .tables import readable, table
from .text import md_escape

# no Plotly mode bar: it put 8 tab stops before each chart's numbers and covered titles on a phone; the
# numbers behind each chart are one click away
PLOTLY_CONFIG = {"displayModeBar": False, "displaylogo": False}
# plotly.js's cartesian bundle (static/vendor/README.md), served by Streamlit's static serving
# (.streamlit/config.toml): 1.5 MB against the 4.7 MB of Streamlit's own chart element, whose start-up was a
# 1.2-1.5 s task in every new tab (docs/performance.md). A path relative to the page, so a base URL path works.
PLOTLY_LIBRARY = "app/static/vendor/plotly-cartesian-4.1.1.min.js"
_COMPONENT_JS = Path(__file__).with_name("plotly_chart.js").read_text(encoding="utf-8")


def title_above(fig: go.Figure) -> go.Figure:
    """The figure's title taken out of the plot, to be written above it as text (kept in layout.meta.title): a
    Plotly title never wraps, and at 390 px titles ran past the chart's edge, cut off under its corner."""
    title = fig.layout.title.text
    if title:
        top = fig.layout.margin.t if fig.layout.margin.t is not None else 60
        fig.update_layout(title_text=None, meta={"title": title}, margin_t=max(top - 35, 24))
    return fig


@st.cache_resource(max_entries=512, show_spinner=False)
def _drawn(name: str, frame: pd.DataFrame, args: tuple, _draw: Callable[..., go.Figure]) -> tuple[go.Figure, dict]:
    # the figure and its JSON (plotly's encoder turns numpy arrays and dates into plain JSON), made once and
    # shared, never changed. Keyed on the frame's content (frames behind charts are aggregates: small to hash)
    fig = title_above(_draw(frame, *args))
    return fig, json.loads(fig.to_json())


def figure(draw: Callable[..., go.Figure], frame: pd.DataFrame, *args) -> tuple[go.Figure, dict]:
    """draw(frame, *args) and its JSON, cached per chart function and frame content."""
    return _drawn(f"{draw.__module__}.{draw.__qualname__}", frame, args, draw)


def _mount():
    return st.components.v2.component("tracker_plotly_chart", js=_COMPONENT_JS, isolate_styles=False)


def plotly_chart(figure_json: dict, *, key: str, selectable: bool = False):
    """Draw a figure (its JSON) with the app's chart element (app/ui/plotly_chart.js). For a selectable chart,
    returns the clicked point as `event.selection.points` (as st.plotly_chart's selection did), else None."""
    mount = _mount()
    payload = {"figure": figure_json, "config": PLOTLY_CONFIG, "library": PLOTLY_LIBRARY,
               "selectable": selectable}
    if not selectable:
        mount(data=payload, key=key, width="stretch")
        return None
    result = mount(data=payload, key=key, width="stretch", on_select_change=lambda: None)
    return SimpleNamespace(selection=SimpleNamespace(points=(getattr(result, "select", None) or {}).get("points", [])))


def _title(fig: go.Figure) -> None:
    title = (fig.layout.meta or {}).get("title") if isinstance(fig.layout.meta, dict) else None
    if title:
        st.markdown(f"**{md_escape(title)}**")


def _numbers(frame: pd.DataFrame, columns: list[str] | None, key: str) -> None:
    with st.expander("Numbers behind this chart"):
        table(readable(frame[columns] if columns else frame), key=f"{key}_numbers")


def chart(draw: Callable[..., go.Figure], frame: pd.DataFrame, *args, key: str,
          columns: list[str] | None = None) -> pd.DataFrame:
    """draw(frame, *args) as a chart, with its numbers one click away; returns the frame."""
    fig, figure_json = figure(draw, frame, *args)
    _title(fig)
    plotly_chart(figure_json, key=key)
    _numbers(frame, columns, key)
    return frame


def chart_selectable(draw: Callable[..., go.Figure], frame: pd.DataFrame, *args, key: str,
                     columns: list[str] | None = None):
    """Like chart(), but a click on a point reruns the page with the selection (returned)."""
    fig, figure_json = figure(draw, frame, *args)
    _title(fig)
    event = plotly_chart(figure_json, key=key, selectable=True)
    _numbers(frame, columns, key)
    return event


def selected_force(event) -> str | None:
    """The force_id of the point a person clicked on the tile map (its last custom-data field)."""
    try:
        points = event.selection.points
    except AttributeError:
        return None
    for point in points or []:
        custom = point.get("customdata") or []
        if custom:
            return custom[-1]
    return None
