"""The overview's peers for the browser benchmark, made here and not by the app's code (issue 23).

- *Streamlit, no chart*: a plain Streamlit page with a title and the overview's four headline figures as
  st.metric, nothing else.
- *Streamlit, st.plotly_chart*: a plain Streamlit page of the National overview's four figures (the same figures,
  from the app's chart builders and query layer, saved as JSON), each under its bold title, drawn by
  st.plotly_chart.
- *plotly.js alone*: the same four figures in a static HTML page drawn by the vendored plotly.js bundle
  (static/vendor/, the one the app's chart element loads), served by Python's http.server: no Streamlit, no
  network; the browser's floor.

Both Streamlit peers are pages of one small multipage app (st.navigation, a page link each in the sidebar), so a
menu click between them is measured as our pages' is; the static page's "menu click" is a button that throws
the four plots away and draws them again.
"""
from __future__ import annotations

import functools
import http.server
import json
import shutil
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "static" / "vendor" / "plotly-cartesian-4.1.1.min.js"
NO_CHART, PLOTLY_CHART, PLOTLY_JS = "Streamlit, no chart", "Streamlit, st.plotly_chart", "plotly.js alone"
PEERS = [NO_CHART, PLOTLY_CHART, PLOTLY_JS]
PEER_PATHS = {NO_CHART: "nochart", PLOTLY_CHART: "plotly"}

PEER_APP = '''import json
from pathlib import Path

import plotly.graph_objects as go
import streamlit as st

HERE = Path(__file__).parent
DATA = json.loads((HERE / "figures.json").read_text())


def no_chart():
    st.title("Streamlit, no chart")
    for column, (label, value) in zip(st.columns(4), DATA["headline"]):
        column.metric(label, value)


def plotly_chart():
    st.title("Streamlit, st.plotly_chart")
    for n, figure in enumerate(DATA["figures"]):
        if figure["title"]:
            st.markdown("**" + figure["title"] + "**")
        st.plotly_chart(go.Figure(figure["json"]), config=DATA["config"], key=f"chart{n}")


PAGES = [st.Page(no_chart, title="Streamlit, no chart", url_path="nochart", default=True),
         st.Page(plotly_chart, title="Streamlit, st.plotly_chart", url_path="plotly")]
page = st.navigation(PAGES, position="hidden")
with st.sidebar:
    for entry in PAGES:
        st.page_link(entry)
page.run()
'''

STATIC_PAGE = '''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>plotly.js alone</title>
<style>body {{ font-family: sans-serif; margin: 2rem 4rem; }} .chart {{ width: 100%; }}</style></head>
<body><h1>plotly.js alone</h1><button id="redraw">Redraw</button>
<div id="charts"></div>
<script src="plotly.min.js"></script>
<script>
const DATA = {data};
function draw() {{
  const holder = document.getElementById("charts");
  for (const old of holder.querySelectorAll(".chart")) Plotly.purge(old);
  holder.innerHTML = "";
  DATA.figures.forEach((figure, n) => {{
    const title = document.createElement("p");
    title.innerHTML = "<b></b>"; title.firstChild.textContent = figure.title || "";
    const plot = document.createElement("div");
    plot.className = "chart"; plot.setAttribute("data-testid", "chart");
    holder.append(title, plot);
    Plotly.newPlot(plot, figure.json.data, {{...figure.json.layout, autosize: true}}, {{...DATA.config, responsive: true}});
  }});
}}
document.getElementById("redraw").addEventListener("click", draw);
draw();
</script></body></html>
'''


def overview_figures(warehouse: Path) -> dict:
    """The National overview's four figures as its page draws them on first load (default filters, charts in
    number order), as JSON with each title apart, and its four first headline figures; from the app's query layer
    and chart builders."""
    from app import charts, queries
    from app.filters import Filters
    from app.ui.charting import PLOTLY_CONFIG, title_above
    from app.warehouse import current

    wh, f = current(warehouse / "plans.duckdb"), Filters()
    drawn = [charts.status_by_recommendation(queries.status_by_recommendation(wh, f), "number"),
             charts.completion_heatmap(queries.force_rec_completion(wh, f), "name"),
             charts.completion_over_time(queries.completion_over_time(wh, f)),
             charts.completion_distribution(queries.force_completion(wh, f))]
    figures = []
    for fig in drawn:
        fig = title_above(fig)
        title = (fig.layout.meta or {}).get("title", "") if isinstance(fig.layout.meta, dict) else ""
        figures.append({"title": title, "json": json.loads(fig.to_json())})
    head = queries.headline(wh, f).iloc[0]
    headline = [("Completion rate", f"{float(head.completion_rate or 0):.0%}"),
                ("Complete incl. BAU", f"{int(head.done):,} of {int(head.applicable):,}"),
                ("In progress", f"{int(head.in_progress):,}"), ("Not started", f"{int(head.not_started):,}")]
    return {"figures": figures, "headline": headline, "config": PLOTLY_CONFIG}


def write(folder: Path, data: dict) -> Path:
    """The peer app (peer_app.py beside figures.json) and the static page (static/index.html beside the bundle)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "figures.json").write_text(json.dumps(data))
    (folder / "peer_app.py").write_text(PEER_APP)
    static = folder / "static"
    static.mkdir(exist_ok=True)
    shutil.copy2(BUNDLE, static / "plotly.min.js")
    (static / "index.html").write_text(STATIC_PAGE.format(data=json.dumps(data).replace("</", "<\\/")))
    return folder


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def serve_static(folder: Path, port: int) -> http.server.ThreadingHTTPServer:
    """The static page on 127.0.0.1:port, in a thread; .shutdown() stops it."""
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
