"""A chart on the page with the numbers behind it one click away (a table alternative for every chart)."""
from __future__ import annotations

from typing import Callable

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from .tables import readable, table
from .text import md_escape

# no Plotly mode bar: it put 8 tab stops before each chart's numbers and covered titles on a phone; the
# numbers behind each chart are one click away, and Streamlit's own fullscreen button stays
PLOTLY_CONFIG = {"displayModeBar": False, "displaylogo": False}


def title_above(fig: go.Figure) -> go.Figure:
    """The figure's title taken out of the plot, to be written above it as text (kept in layout.meta.title): a
    Plotly title never wraps, and at 390 px titles ran past the chart's edge, cut off under its corner."""
    title = fig.layout.title.text
    if title:
        top = fig.layout.margin.t if fig.layout.margin.t is not None else 60
        fig.update_layout(title_text=None, meta={"title": title}, margin_t=max(top - 35, 24))
    return fig


@st.cache_resource(max_entries=512, show_spinner=False)
def _figure(name: str, frame: pd.DataFrame, args: tuple, _draw: Callable[..., go.Figure]) -> go.Figure:
    # shared, not copied: st.plotly_chart only serialises a Figure, it never changes it. Keyed on the frame's
    # content (frames behind charts are aggregates: small to hash)
    return title_above(_draw(frame, *args))


def figure(draw: Callable[..., go.Figure], frame: pd.DataFrame, *args) -> go.Figure:
    return _figure(f"{draw.__module__}.{draw.__qualname__}", frame, args, draw)


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
    fig = figure(draw, frame, *args)
    _title(fig)
    st.plotly_chart(fig, key=key, width="stretch", config=PLOTLY_CONFIG)
    _numbers(frame, columns, key)
    return frame


def chart_selectable(draw: Callable[..., go.Figure], frame: pd.DataFrame, *args, key: str,
                     columns: list[str] | None = None):
    """Like chart(), but a click on a point reruns the page with the selection (returned)."""
    fig = figure(draw, frame, *args)
    _title(fig)
    event = st.plotly_chart(fig, key=key, width="stretch", on_select="rerun",
                            selection_mode="points", config=PLOTLY_CONFIG)
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
