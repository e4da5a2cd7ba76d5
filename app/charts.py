"""Plotly figures from query frames. Statuses always in one order and one colour-blind-safe palette (Okabe-Ito)."""
from __future__ import annotations

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

STATUS_ORDER = ["complete", "bau", "in_progress", "not_started", "not_applicable", "unknown"]
STATUS_LABELS = {"complete": "Complete", "bau": "Business as usual", "in_progress": "In progress",
                 "not_started": "Not started", "not_applicable": "Not applicable", "unknown": "Unknown"}
STATUS_COLOURS = {"Complete": "#0072B2", "Business as usual": "#56B4E9", "In progress": "#E69F00",
                  "Not started": "#D55E00", "Not applicable": "#999999", "Unknown": "#CCCCCC"}
_LAYOUT = dict(margin=dict(l=10, r=10, t=60, b=10), legend_title_text="", font=dict(size=13))


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status)


def _labelled(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    frame["Status"] = pd.Categorical(frame["status"].map(status_label), [STATUS_LABELS[s] for s in STATUS_ORDER])
    return frame.sort_values("Status")


def status_by_recommendation(frame: pd.DataFrame) -> go.Figure:
    data = _labelled(frame)
    data["Recommendation"] = data["rec_no"].astype(str) + ". " + data["rec_title"]
    fig = px.bar(data, y="Recommendation", x="share", color="Status", orientation="h",
                 color_discrete_map=STATUS_COLOURS, category_orders={"Status": list(STATUS_COLOURS)},
                 custom_data=["items"], title="Status of each recommendation's sub-items across forces")
    fig.update_traces(hovertemplate="%{y}<br>%{fullData.name}: %{customdata[0]} items (%{x:.0%})<extra></extra>")
    fig.update_layout(xaxis_title="Share of force sub-items", yaxis_title="", xaxis_tickformat=".0%",
                      yaxis=dict(autorange="reversed"), height=520, **_LAYOUT)
    return fig


def completion_heatmap(frame: pd.DataFrame) -> go.Figure:
    grid = frame.pivot_table(index="force_name", columns="rec_no", values="completion_rate")
    grid = grid.reindex(sorted(grid.index, reverse=True))
    fig = go.Figure(go.Heatmap(
        z=grid.values, x=[f"Rec {c}" for c in grid.columns], y=grid.index, colorscale="Cividis", zmin=0, zmax=1,
        colorbar=dict(title="Done", tickformat=".0%"),
        hovertemplate="%{y}<br>%{x}: %{z:.0%} of sub-items done<extra></extra>"))
    fig.update_layout(title="Completion by force and recommendation (share of sub-items complete or BAU)",
                      xaxis_title="Recommendation", yaxis_title="", height=max(400, 18 * len(grid) + 120), **_LAYOUT)
    return fig


def completion_distribution(frame: pd.DataFrame) -> go.Figure:
    fig = px.histogram(frame, x="completion_rate", nbins=10, range_x=[0, 1], hover_data=["force_name"],
                       title="How far forces have got: distribution of completion rates",
                       color_discrete_sequence=["#0072B2"])
    fig.update_traces(xbins=dict(start=0, end=1.0001, size=0.1),
                      hovertemplate="%{x} completion: %{y} forces<extra></extra>")
    fig.update_layout(xaxis_title="Completion rate (complete or BAU)", yaxis_title="Forces", xaxis_tickformat=".0%",
                      bargap=0.05, **_LAYOUT)
    return fig


def comparison(frame: pd.DataFrame) -> go.Figure:
    fig = px.bar(frame, x="scope", y="completion_rate", text="completion_rate",
                 title="Completion: this force, its region and England and Wales",
                 color="scope", color_discrete_sequence=["#0072B2", "#56B4E9", "#999999"])
    fig.update_traces(texttemplate="%{y:.0%}", hovertemplate="%{x}: %{y:.1%} of sub-items done<extra></extra>")
    fig.update_layout(xaxis_title="", yaxis_title="Completion rate", yaxis_tickformat=".0%", yaxis_range=[0, 1],
                      showlegend=False, **_LAYOUT)
    return fig


def items_against_peers(frame: pd.DataFrame) -> go.Figure:
    data = _labelled(frame)
    fig = px.bar(data, x="item_id", y="peers_done_share", color="Status", color_discrete_map=STATUS_COLOURS,
                 category_orders={"Status": list(STATUS_COLOURS), "item_id": frame["item_id"].tolist()},
                 hover_data={"item_title": True}, title="Each sub-item: this force's status (colour) and share of other forces done (height)")
    fig.update_traces(hovertemplate="%{x}: %{customdata[0]}<br>%{y:.0%} of other forces done<extra>%{fullData.name}</extra>")
    fig.update_layout(xaxis_title="Sub-item", yaxis_title="Other forces done", yaxis_tickformat=".0%",
                      yaxis_range=[0, 1], xaxis_type="category", **_LAYOUT)
    return fig


def status_split(frame: pd.DataFrame, title: str) -> go.Figure:
    data = _labelled(frame)
    fig = px.bar(data, x="Status", y="items", color="Status", color_discrete_map=STATUS_COLOURS, text="items",
                 category_orders={"Status": list(STATUS_COLOURS)}, title=title)
    fig.update_traces(hovertemplate="%{x}: %{y} force sub-items<extra></extra>")
    fig.update_layout(xaxis_title="", yaxis_title="Force sub-items", showlegend=False, **_LAYOUT)
    return fig


def progress_reported(frame: pd.DataFrame) -> go.Figure:
    fig = px.strip(frame, x="progress_pct", y="item_id", hover_data=["force_name"],
                   title="Progress percentages forces report for items in progress",
                   color_discrete_sequence=["#E69F00"])
    fig.update_traces(hovertemplate="%{customdata[0]}: %{x}%<extra>%{y}</extra>")
    fig.update_layout(xaxis_title="Reported progress (%)", yaxis_title="Sub-item", xaxis_range=[0, 100], **_LAYOUT)
    return fig


def overdue_by_force(frame: pd.DataFrame) -> go.Figure:
    fig = px.bar(frame.head(44), x="overdue_items", y="force_name", orientation="h", color="region",
                 title="Overdue sub-items by force", color_discrete_sequence=px.colors.qualitative.Safe)
    fig.update_traces(hovertemplate="%{y}: %{x} overdue<extra>%{fullData.name}</extra>")
    fig.update_layout(xaxis_title="Overdue sub-items", yaxis_title="", yaxis=dict(autorange="reversed"),
                      height=max(350, 18 * len(frame) + 120), **_LAYOUT)
    return fig


def overdue_by_recommendation(frame: pd.DataFrame) -> go.Figure:
    data = frame.assign(Recommendation=frame["rec_no"].astype(str) + ". " + frame["rec_title"])
    fig = px.bar(data, x="overdue_items", y="Recommendation", orientation="h", title="Overdue sub-items by recommendation",
                 color_discrete_sequence=["#D55E00"], hover_data=["forces"])
    fig.update_traces(hovertemplate="%{y}: %{x} overdue across %{customdata[0]} forces<extra></extra>")
    fig.update_layout(xaxis_title="Overdue sub-items", yaxis_title="", yaxis=dict(autorange="reversed"), **_LAYOUT)
    return fig


def completion_over_time(frame: pd.DataFrame, colour_by: str | None = None, title: str = "") -> go.Figure:
    fig = px.line(frame, x="as_of", y="completion_rate", color=colour_by, markers=True,
                  title=title or "Completion over time (as of each date a round was published)",
                  color_discrete_sequence=["#999999", "#0072B2"] if colour_by else ["#0072B2"],
                  hover_data={"done": True, "items": True})
    fig.update_traces(hovertemplate="%{x|%d %b %Y}: %{y:.0%} done (%{customdata[0]} of %{customdata[1]} sub-items)"
                                    "<extra>%{fullData.name}</extra>")
    fig.update_layout(xaxis_title="As of", yaxis_title="Completion rate", yaxis_tickformat=".0%", yaxis_range=[0, 1],
                      **_LAYOUT)
    return fig
