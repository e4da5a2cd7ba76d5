"""Plotly figures from query frames, built with graph_objects (Plotly Express costs 100-600 ms a chart).

Statuses always in one order and one colour-blind-safe palette (Okabe-Ito).
"""
from __future__ import annotations

import re

import pandas as pd
import plotly.graph_objects as go

from etl import vocabulary as V

# statuses: order, words and colours from etl/vocabulary.py (the one place they are defined)
STATUS_ORDER = list(V.STATUSES)
STATUS_LABELS = V.LABELS
STATUS_COLOURS = V.COLOURS
status_label = V.label
REGION_COLOURS = ["#88CCEE", "#CC6677", "#DDCC77", "#117733", "#332288", "#AA4499", "#44AA99", "#999933",
                  "#882255", "#661100", "#6699CC"]  # Tol's 'muted' + extras: distinguishable for colour-blind readers
# no template: validating one costs ~150 ms a figure, and Streamlit applies its own chart theme
_LAYOUT = dict(margin=dict(l=10, r=10, t=60, b=10), legend_title_text="", font=dict(size=13))


# a legend in a row above the plot: on a phone a legend at the side covered the bars
LEGEND_ABOVE = dict(traceorder="normal", orientation="h", yanchor="bottom", y=1.0, xanchor="left", x=0)
# a legend on the figure's last line, under a horizontal colour bar (beside it, the two overlapped at 390 px)
LEGEND_BELOW = dict(orientation="h", xanchor="left", x=0, yref="container", yanchor="bottom", y=0.005,
                    font=dict(size=11), itemclick=False, itemdoubleclick=False)


def _figure(title: str, **layout) -> go.Figure:
    # the layout given to the constructor: update_layout on an empty figure costs ~4x as much
    return go.Figure(layout={**_LAYOUT, "title": title, **layout})


def wrap_label(text: str, width: int = 22) -> str:
    """An axis label in lines of at most `width` characters: a label on one line of up to 55 characters left the
    bars some 60 px at 390 px wide."""
    import textwrap

    return "<br>".join(textwrap.wrap(text, width)) or text


ACCENT = "#0072B2"  # the app's accent (Okabe-Ito blue): single-series bars, progress columns


def rec_completion(frame: pd.DataFrame) -> pd.Series:
    """Each recommendation's completion rate from a status split (rec_no, status, items): done / applicable, the
    rate the page defines (not done / every position, which counted not-applicable sub-items as not done)."""
    done = frame[frame.status.isin(V.DONE)].groupby("rec_no")["items"].sum()
    applicable = frame[~frame.status.isin(V.NOT_APPLICABLE)].groupby("rec_no")["items"].sum()
    return (done.reindex(applicable.index, fill_value=0) / applicable.where(applicable > 0)).reindex(
        sorted(frame.rec_no.unique()))


def least_done_finding(frame: pd.DataFrame) -> str:
    """The finding of a status split by recommendation, in words: which is least done and how far."""
    rates = rec_completion(frame).dropna()
    if rates.empty:
        return "Status of each recommendation's sub-items across forces"
    low = min(rates.index, key=lambda r: (rates[r], r))
    text = f"Recommendation {low} is the least done: {rates[low]:.0%} of applicable sub-items complete or BAU"
    if len(rates) > 1:
        high = max(rates.index, key=lambda r: (rates[r], -r))
        text += f"; recommendation {high} the most, {rates[high]:.0%}"
    return text


def status_by_recommendation(frame: pd.DataFrame, sort: str = "number", label_width: int = 22) -> go.Figure:
    labels = frame.drop_duplicates("rec_no").set_index("rec_no")["rec_title"]
    recs = sorted(labels.index)
    if sort == "least_done":  # laggards first: the lowest completion rate (done / applicable) at the top
        rates = rec_completion(frame).fillna(0.0)
        recs = sorted(recs, key=lambda r: (rates.get(r, 0.0), r))
    name = {r: wrap_label(f"{r}. {labels[r]}", label_width) for r in recs}
    order = [name[r] for r in recs]
    fig = _figure(least_done_finding(frame), barmode="stack",
                  height=max(360, 44 * len(recs) + 170), legend=LEGEND_ABOVE,
                  xaxis=dict(title="Share of force sub-items", tickformat=".0%"),
                  yaxis=dict(title="", categoryorder="array", categoryarray=order, autorange="reversed",
                             tickfont=dict(size=11)))
    for status in STATUS_ORDER:
        part = frame[frame.status == status]
        if part.empty:
            continue
        # the value on each segment wide enough to hold it (Plotly picks a text colour that contrasts with the fill)
        fig.add_bar(y=[name[r] for r in part.rec_no], x=part["share"], orientation="h",
                    name=status_label(status), marker_color=STATUS_COLOURS[status], customdata=part[["items"]],
                    text=[f"{v:.0%}" if v >= 0.07 else "" for v in part["share"]], textposition="inside",
                    insidetextanchor="middle", textfont=dict(size=11), cliponaxis=False,
                    hovertemplate="%{y}<br>" + status_label(status) + ": %{customdata[0]} items (%{x:.0%})<extra></extra>")
    return fig


# a heatmap cell with no sub-items under the filters: a neutral fill outside the Cividis scale (navy, grey,
# yellow) with a cross, and its own legend entry; never blank, which on a dark page looked like 0% (navy)
NO_DATA_CELL = "#D9D9D9"
NO_DATA_MARK = "#3F3F3F"
NO_DATA_NAME = "No data under these filters (not 0%)"
SHORT_NAME_CHARS = 18


def short_force_name(name: str) -> str:
    """A force's name for a narrow axis: without 'Police', 'Constabulary', 'Police Service'; at most 18 characters
    (the hover keeps the whole name)."""
    short = re.sub(r"\s+(Police Service|Constabulary|Police)$", "", str(name)).replace(" and ", " & ")
    return short if len(short) <= SHORT_NAME_CHARS else short[: SHORT_NAME_CHARS - 1].rstrip() + "…"


def _heatmap_finding(frame: pd.DataFrame) -> str:
    if not {"done", "force_name"} <= set(frame.columns) or not ({"applicable"} <= set(frame.columns)
                                                               or {"items", "not_applicable"} <= set(frame.columns)):
        return "Completion by force and recommendation"
    if "applicable" not in frame:
        frame = frame.assign(applicable=frame["items"] - frame["not_applicable"])
    totals = frame.groupby("force_name")[["done", "applicable"]].sum()
    totals = totals[totals["applicable"] > 0]
    if totals.empty:
        return "Completion by force and recommendation"
    rate = totals["done"] / totals["applicable"]
    low = min(rate.index, key=lambda n: (rate[n], n))
    return (f"Completion by force and recommendation: {low} has the least done, {rate[low]:.0%} of its applicable "
            "sub-items")


def completion_heatmap(frame: pd.DataFrame, sort: str = "name") -> go.Figure:
    """Forces down, recommendations across. Made to fit a phone (390 px): short force names, recommendation
    numbers for columns, the colour bar and legend below the grid rather than beside it (at the side they left the
    grid some 60 px wide)."""
    grid = frame.pivot_table(index="force_name", columns="rec_no", values="completion_rate", dropna=False)
    if sort == "least_done":  # the force with least done overall at the top (rows are drawn bottom up)
        totals = frame.groupby("force_name")[["done", "items", "not_applicable"]].sum()
        rate = totals["done"] / (totals["items"] - totals["not_applicable"]).where(lambda v: v > 0)
        grid = grid.reindex(sorted(grid.index, key=lambda n: (-rate.fillna(0).get(n, 0), n), reverse=False))
    else:
        grid = grid.reindex(sorted(grid.index, reverse=True))
    names, recs = list(grid.index), [str(c) for c in grid.columns]
    # ranges fixed to the grid's cells: the no-data markers would otherwise pad the axes, leaving an empty band
    fig = _figure(_heatmap_finding(frame),
                  height=max(420, 18 * len(grid) + 190), showlegend=True,
                  margin=dict(l=10, r=10, t=90, b=105), legend=LEGEND_BELOW,
                  xaxis=dict(side="top", type="category", title=dict(text="Recommendation", standoff=4),
                             tickangle=0, tickfont=dict(size=11), range=[-0.5, len(recs) - 0.5]),
                  yaxis=dict(title="", type="category", tickvals=names, ticktext=[short_force_name(n) for n in names],
                             tickfont=dict(size=11), range=[-0.5, len(names) - 0.5]))
    fig.add_heatmap(z=grid.values, x=recs, y=names, colorscale="Cividis", zmin=0, zmax=1, hoverongaps=False,
                    colorbar=dict(title=dict(text="Done", side="top"), tickformat=".0%", orientation="h",
                                  x=0, xanchor="left", y=-0.01, yanchor="top", len=0.5, thickness=12),
                    hovertemplate="%{y}<br>Recommendation %{x}: %{z:.0%} of sub-items done<extra></extra>")
    gaps = grid.isna().to_numpy()
    if gaps.any():
        rows, cols = gaps.nonzero()
        fig.add_heatmap(z=[[1 if gap else None for gap in row] for row in gaps], x=recs, y=names, showscale=False,
                        colorscale=[[0, NO_DATA_CELL], [1, NO_DATA_CELL]], hoverinfo="skip", name="no data fill")
        fig.add_scatter(x=[recs[c] for c in cols], y=[names[r] for r in rows], mode="markers", name=NO_DATA_NAME,
                        marker=dict(symbol="square-x", size=12, color=NO_DATA_CELL, line=dict(width=1.5, color=NO_DATA_MARK)),
                        hovertemplate="%{y}<br>Recommendation %{x}: no sub-items under these filters<extra></extra>")
    return fig


def completion_distribution(frame: pd.DataFrame) -> go.Figure:
    """Forces in bands of 10 points of completion; hover names the forces in a band."""
    rates = frame["completion_rate"]
    band = (rates.clip(0, 1) * 10).fillna(-1).astype(int).clip(upper=9)
    centres, counts, names = [], [], []
    for b in range(10):
        members = sorted(frame.loc[band == b, "force_name"])
        centres.append(b / 10 + 0.05)
        counts.append(len(members))
        shown = members[:12] + ([f"and {len(members) - 12} more"] if len(members) > 12 else [])
        names.append("<br>".join(shown) or "no force")
    # no 'hover' in the title: on a phone there is none (the forces of each band are in the numbers below)
    median = rates.dropna().median()
    title = ("Forces by completion rate" if pd.isna(median) else
             f"Half the forces have completed {median:.0%} or more of their applicable sub-items")
    fig = _figure(title, bargap=0.05,
                  xaxis=dict(title="Completion rate (complete or BAU)", tickformat=".0%", range=[0, 1]),
                  yaxis=dict(title="Forces", rangemode="tozero",  # whole forces: no '2.5' on the axis
                             dtick=1 if max(counts, default=0) <= 10 else None))
    fig.add_bar(x=centres, y=counts, width=0.1, marker_color="#0072B2", customdata=[[n] for n in names],
                hovertemplate="%{x:.0%} band: %{y} forces<br>%{customdata[0]}<extra></extra>")
    return fig


def comparison(frame: pd.DataFrame) -> go.Figure:
    fig = _figure("Completion: this force, its region and England and Wales", showlegend=False,
                  yaxis=dict(title="Completion rate", tickformat=".0%", range=[0, 1]), xaxis_title="")
    # the figures above the bars, in the page's own text colour: inside a pale bar, light text on a dark page was
    # near invisible, and a 0% bar had no room for its label
    fig.add_bar(x=frame["scope"], y=frame["completion_rate"], marker_color=["#0072B2", "#56B4E9", "#999999"][: len(frame)],
                text=[f"{v:.0%}" if pd.notna(v) else "no data" for v in frame["completion_rate"]],
                textposition="outside", cliponaxis=False,
                hovertemplate="%{x}: %{y:.1%} of sub-items done<extra></extra>")
    return fig


def items_against_peers(frame: pd.DataFrame) -> go.Figure:
    fig = _figure("Each sub-item: this force's status (colour), other forces done (height)",
                  legend=LEGEND_ABOVE,
                  xaxis=dict(title="Sub-item", type="category", categoryorder="array", categoryarray=frame["item_id"]),
                  yaxis=dict(title="Other forces done", tickformat=".0%", range=[0, 1]))
    for status in STATUS_ORDER:
        part = frame[frame.status == status]
        if part.empty:
            continue
        fig.add_bar(x=part["item_id"], y=part["peers_done_share"], name=status_label(status),
                    marker_color=STATUS_COLOURS[status], customdata=part[["item_title"]],
                    hovertemplate="%{x}: %{customdata[0]}<br>%{y:.0%} of other forces done<extra>"
                                  + status_label(status) + "</extra>")
    return fig


def status_split(frame: pd.DataFrame, title: str) -> go.Figure:
    data = frame.assign(order=frame.status.map(STATUS_ORDER.index)).sort_values("order")
    fig = _figure(title, showlegend=False, xaxis_title="", yaxis_title="Force sub-items")
    fig.add_bar(x=[status_label(s) for s in data.status], y=data["items"], text=data["items"],
                marker_color=[STATUS_COLOURS[s] for s in data.status],
                hovertemplate="%{x}: %{y} force sub-items<extra></extra>")
    return fig


def progress_reported(frame: pd.DataFrame) -> go.Figure:
    """One dot per force: forces reporting the same percentage for the same sub-item sit side by side (dodged
    vertically), never on top of each other."""
    items = list(dict.fromkeys(sorted(frame["item_id"], key=V.item_key)))
    row = {item: n for n, item in enumerate(items)}
    frame = frame.assign(_n=frame.groupby(["item_id", "progress_pct"]).cumcount(),
                         _of=frame.groupby(["item_id", "progress_pct"])["force_name"].transform("size"))
    step = 0.8 / frame["_of"].clip(lower=1).max() if len(frame) else 0
    y = [row[i] + (n - (of - 1) / 2) * min(step, 0.2) for i, n, of in zip(frame["item_id"], frame["_n"], frame["_of"])]
    fig = _figure("Progress percentages forces report for items in progress (one dot a force)",
                  height=max(320, 70 * len(items) + 140),
                  xaxis=dict(title="Reported progress (%)", range=[-3, 103]),
                  yaxis=dict(title="Sub-item", tickvals=list(range(len(items))), ticktext=items, autorange="reversed",
                             range=[len(items) - 0.5, -0.5]))
    fig.add_scatter(x=frame["progress_pct"], y=y, mode="markers",
                    marker=dict(color="#E69F00", size=10, line=dict(color="#333333", width=1)),
                    customdata=frame[["force_name", "item_id"]],
                    hovertemplate="%{customdata[0]}: %{x}%<extra>%{customdata[1]}</extra>")
    return fig


def overdue_by_force(frame: pd.DataFrame) -> go.Figure:
    """One colour: region colours needed an 11-entry legend that squeezed the bars, and some pairs (East of England,
    South East) merge for colour-blind readers. The region is in the hover."""
    title = ("Overdue sub-items by force" if frame.empty else
             f"{frame['force_name'].iloc[0]} has the most overdue sub-items: {int(frame['overdue_items'].iloc[0])} "
             f"of {int(frame['items'].iloc[0])}")
    fig = _figure(title, xaxis_title="Overdue sub-items", showlegend=False,
                  yaxis=dict(title="", autorange="reversed", categoryorder="array", categoryarray=frame["force_name"],
                             tickvals=frame["force_name"], tickfont=dict(size=11),  # short names: room on a phone
                             ticktext=[short_force_name(n) for n in frame["force_name"]]),
                  height=max(350, 18 * len(frame) + 120))
    fig.add_bar(x=frame["overdue_items"], y=frame["force_name"], orientation="h", marker_color="#D55E00",
                customdata=frame[["region", "items"]],
                hovertemplate="%{y} (%{customdata[0]}): %{x} of %{customdata[1]} sub-items overdue<extra></extra>")
    return fig


def overdue_by_recommendation(frame: pd.DataFrame) -> go.Figure:
    fig = _figure("Overdue sub-items by recommendation", xaxis_title="Overdue sub-items",
                  height=max(350, 44 * len(frame) + 120),
                  yaxis=dict(title="", autorange="reversed", tickfont=dict(size=11)))
    labels = [wrap_label(f"{r}. {t}") for r, t in zip(frame["rec_no"], frame["rec_title"])]
    fig.add_bar(x=frame["overdue_items"], y=labels, orientation="h",
                marker_color="#D55E00", customdata=frame[["forces"]],
                hovertemplate="%{y}: %{x} overdue across %{customdata[0]} forces<extra></extra>")
    return fig


def overdue_share_by_recommendation(frame: pd.DataFrame) -> go.Figure:
    """The share of each recommendation's force sub-items that are overdue, most lagging first, with the count and
    the forces behind it: raw counts made recommendations with five sub-items look worst."""
    frame = frame.sort_values(["overdue_share", "forces", "rec_no"], ascending=[False, False, True])
    lagging = frame[frame["overdue_items"] > 0]
    if lagging.empty:
        title = "No recommendation has an overdue sub-item"
    else:
        top = lagging.iloc[0]
        title = (f"Recommendation {top.rec_no} lags most: {top.overdue_share:.0%} of its force sub-items are overdue, "
                 f"in {int(top.forces)} of {int(top.forces_reporting)} force{'s' if int(top.forces_reporting) != 1 else ''}")
    labels = [wrap_label(f"{r}. {t}") for r, t in zip(frame["rec_no"], frame["rec_title"])]
    fig = _figure(title, height=max(350, 44 * len(frame) + 120), showlegend=False,
                  margin=dict(l=10, r=40, t=60, b=10),
                  xaxis=dict(title="Share of force sub-items overdue", tickformat=".0%",
                             range=[0, max(0.1, min(1.0, float(frame["overdue_share"].max() or 0) * 1.35))]),
                  yaxis=dict(title="", autorange="reversed", tickfont=dict(size=11), categoryorder="array",
                             categoryarray=labels))
    fig.add_bar(x=frame["overdue_share"], y=labels, orientation="h", marker_color="#D55E00",
                text=[f"{s:.0%} ({int(n)} of {int(p)})" for s, n, p in
                      zip(frame["overdue_share"], frame["overdue_items"], frame["positions"])],
                textposition="outside", cliponaxis=False,
                customdata=frame[["overdue_items", "positions", "forces", "forces_reporting"]],
                hovertemplate="%{y}: %{x:.0%} overdue (%{customdata[0]} of %{customdata[1]} force sub-items), "
                              "%{customdata[2]} of %{customdata[3]} forces<extra></extra>")
    return fig


def completion_over_time(frame: pd.DataFrame, colour_by: str | None = None, title: str = "") -> go.Figure:
    fig = _figure(title or _trend_finding(frame), legend=LEGEND_ABOVE,  # at the side it squeezed the plot on a phone
                  xaxis_title="As of", yaxis=dict(title="Completion rate", tickformat=".0%", range=[0, 1]))
    groups = frame.groupby(colour_by, sort=False) if colour_by else [("All forces with a plan by then", frame)]
    colours = iter(["#999999", "#0072B2", "#E69F00", "#009E73"])
    for name, part in groups:
        with_forces = "forces" in part
        custom = part[["done", "items", "forces"]] if with_forces else part[["done", "items"]]
        fig.add_scatter(x=part["as_of"], y=part["completion_rate"], mode="lines+markers", name=str(name),
                        line=dict(color=next(colours)), customdata=custom,
                        hovertemplate="%{x|%d %b %Y}: %{y:.0%} done (%{customdata[0]} of %{customdata[1]} sub-items"
                                      + (", %{customdata[2]} forces" if with_forces else "") + ")"
                                      "<extra>%{fullData.name}</extra>")
    if not colour_by and "same_to_rate" in frame:
        _like_for_like(fig, frame)
    if not colour_by and "forces_joined" in frame:
        _joins(fig, frame)
    return fig


def _trend_finding(frame: pd.DataFrame) -> str:
    """The national line's finding: where it started and where it is, and how many forces each covers."""
    line = frame.dropna(subset=["completion_rate"]) if "completion_rate" in frame else frame.iloc[0:0]
    if len(line) < 2 or "forces" not in line:
        return "Completion over time"
    first, last = line.iloc[0], line.iloc[-1]
    return (f"Completion went from {first.completion_rate:.0%} ({pd.Timestamp(first.as_of):%b %Y}, "
            f"{int(first.forces)} force{'s' if int(first.forces) != 1 else ''}) to {last.completion_rate:.0%} "
            f"({pd.Timestamp(last.as_of):%b %Y}, {int(last.forces)} forces)")


def _joins(fig: go.Figure, frame: pd.DataFrame) -> None:
    """A mark at each step where forces joined the line ('+2 forces'), and at the build date where undated plans
    come in ('+1 undated'): the line's steps there are forces arriving, not progress."""
    steps = frame[(frame["forces_joined"].fillna(0) > 0) & frame["previous_as_of"].notna()]
    for _, step in steps.iterrows():
        n = int(step["forces_joined"])
        undated = bool(step.get("undated_step", False))
        text = f"+{n} undated" if undated else f"+{n} force{'s' if n != 1 else ''}"
        # above the line, then below, in turn: marks of steps close in time would otherwise overlap
        fig.add_annotation(x=step["as_of"], y=step["completion_rate"], text=text, showarrow=True, arrowhead=0,
                           ax=0, ay=-26 if len(fig.layout.annotations) % 2 == 0 else 26, font=dict(size=10),
                           name="joined",
                           hovertext=(f"{n} force{'s' if n != 1 else ''} joined the line here"
                                      + (": undated plans, counted from the day the plans were collected"
                                         if undated else "")))


def _like_for_like(fig: go.Figure, frame: pd.DataFrame) -> None:
    """Dashed steps: from each date to the next, the completion of only the forces present at both, so a jump
    made by forces joining shows apart from progress made."""
    steps = frame[frame["same_forces"].fillna(0) > 0]
    if steps.empty:
        return
    x, y, custom = [], [], []
    for _, step in steps.iterrows():
        note = [int(step["same_forces"]), int(step["forces_joined"])]
        x += [step["previous_as_of"], step["as_of"], None]
        y += [step["same_from_rate"], step["same_to_rate"], None]
        custom += [note, note, [None, None]]
    fig.add_scatter(x=x, y=y, mode="lines+markers", name="Like for like: the same forces at both dates",
                    line=dict(color="#0072B2", dash="dash"), marker=dict(size=5), customdata=custom,
                    hovertemplate="%{x|%d %b %Y}: %{y:.0%} done among the %{customdata[0]} forces present at both "
                                  "dates (%{customdata[1]} joined)<extra></extra>")
    fig.update_layout(legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="left", x=0))


def _label_colour(share: float, measure: str) -> str:
    """Readable text on a hexagon: Cividis is dark at the bottom, Oranges at the top."""
    dark = share > 0.6 if measure == "overdue" else share < 0.45
    return "white" if dark else "black"


NO_DATA_FILL = "rgba(0,0,0,0)"  # a force with no data: unfilled, dotted outline (no colour of the scale; reads
NO_DATA_LINE = "#8C8C8C"         # the same on a light and a dark page; a pale fill glared as a white box on dark)
HEX_WIDTH = 0.94  # flat side to flat side, in map units: neighbours' centres are 1 apart, so a gap of 0.06 remains


def _hexagon(cx: float, cy: float, width: float = HEX_WIDTH) -> str:
    """SVG path of a pointy-topped hexagon in data units (it scales with the plot, so hexagons never overlap at
    any width; a marker's size is fixed in pixels and at 390 px they covered each other)."""
    import math

    radius = width / math.sqrt(3)
    points = [(cx + radius * math.cos(math.radians(a)), cy + radius * math.sin(math.radians(a)))
              for a in (90, 150, 210, 270, 330, 30)]
    return "M " + " L ".join(f"{x:.4f},{y:.4f}" for x, y in points) + " Z"


def tile_map(frame: pd.DataFrame, measure: str) -> go.Figure:
    """Forces as hexagons laid out roughly as England and Wales (odd rows shifted); BTP set apart. The hexagons are
    shapes in map units, so they scale with the chart and never overlap on a phone; an invisible marker at each
    centre carries hover, click and the colour bar (any point of the map hovers its nearest force, which is the
    hexagon it lies in). A force with no items under the filters is drawn unfilled with a dotted outline and a
    legend entry ('no data'), never in the colour of 0%."""
    from plotly.colors import get_colorscale, sample_colorscale

    frame = frame.reset_index(drop=True)
    x = frame["col"] + frame["row"].mod(2) * 0.5
    y = -frame["row"] * 0.87
    if measure == "overdue":
        values, scale, title, fmt = frame["overdue"], "Oranges", "Overdue sub-items", "%{customdata[4]}"
        top = frame["overdue"].max(skipna=True)
        bounds = dict(cmin=0, cmax=max(1.0, float(top) if pd.notna(top) else 1.0))
    else:
        values, scale, title, fmt = frame["completion_rate"], "Cividis", "Completion", "%{customdata[3]:.0%}"
        bounds = dict(cmin=0, cmax=1)
    colours = get_colorscale(scale)  # one list for the shapes and the colour bar, so they agree
    has_data = frame["items"].notna() & values.notna()
    custom = frame[["force_name", "region", "items", "completion_rate", "overdue", "force_id"]]
    shown, missing = has_data[has_data].index, has_data[~has_data].index
    fills = dict(zip(shown, sample_colorscale(colours, [min(max(v / bounds["cmax"], 0.0), 1.0)
                                                        for v in values[shown]]))) if len(shown) else {}
    shapes = []
    for i in frame.index:
        filled = i in fills
        shapes.append(dict(type="path", path=_hexagon(float(x[i]), float(y[i])), xref="x", yref="y", layer="below",
                           name=str(frame.at[i, "force_id"]), fillcolor=fills[i] if filled else NO_DATA_FILL,
                           line=dict(color="rgba(255,255,255,0.6)", width=1) if filled
                           else dict(color=NO_DATA_LINE, width=1.5, dash="dot")))
    span_x = (float(x.min()) - 0.6, float(x.max()) + 0.6)
    span_y = (float(y.min()) - 0.9, float(y.max()) + 0.6)
    fig = _figure(f"{title} by force", height=660,
                  showlegend=bool(len(missing)), shapes=shapes, hovermode="closest", hoverdistance=-1,
                  margin=dict(l=10, r=10, t=60, b=110), legend=LEGEND_BELOW,
                  xaxis=dict(visible=False, range=list(span_x), fixedrange=True),
                  yaxis=dict(visible=False, range=list(span_y), scaleanchor="x", fixedrange=True),
                  plot_bgcolor="rgba(0,0,0,0)", paper_bgcolor="rgba(0,0,0,0)")
    fig.add_scatter(x=x[shown], y=y[shown], mode="markers+text", text=frame["code"][shown], name="forces",
                    showlegend=False, textfont=dict(size=10, color=[_label_colour(v / bounds["cmax"], measure)
                                                                    for v in values[shown]]),
                    marker=dict(symbol="hexagon", size=20, opacity=0, color=values[shown], colorscale=colours,
                                **bounds, colorbar=dict(title=dict(text=title, side="top"), orientation="h", x=0,
                                                        xanchor="left", y=-0.01, yanchor="top", len=0.5, thickness=12,
                                                        tickformat=".0%" if measure != "overdue" else "d")),
                    customdata=custom.loc[shown],
                    hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<br>" + title + ": " + fmt
                                  + "<br>Sub-items: %{customdata[2]}<extra></extra>")
    fig.add_scatter(x=x[missing], y=y[missing], mode="markers+text", text=frame["code"][missing], name="no data",
                    showlegend=False, textfont=dict(size=10),  # the page's own text colour: readable light or dark
                    marker=dict(symbol="hexagon", size=20, opacity=0, color=NO_DATA_LINE),
                    customdata=custom.loc[missing],
                    hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<br>No plan items under these filters"
                                  "<extra></extra>")
    if len(missing):  # the legend entry for 'no data': a trace of no points, drawn only in the legend
        fig.add_scatter(x=[None], y=[None], mode="markers", name="No data under these filters (not 0%)",
                        hoverinfo="skip", marker=dict(symbol="hexagon-open", size=14, color=NO_DATA_LINE,
                                                      line=dict(width=1.5, color=NO_DATA_LINE)))
    btp = frame[frame.force_id == "british-transport-police"]
    if len(btp):
        fig.add_annotation(x=float(x[btp.index[0]]) + 0.5, y=float(y[btp.index[0]]) - 0.6, showarrow=False,
                           text="British Transport Police<br>(national)", font=dict(size=10), xanchor="right",
                           align="right", yanchor="top")
    return fig
