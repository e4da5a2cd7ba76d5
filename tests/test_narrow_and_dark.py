"""Issue 15 item 10 without a browser: the chart builders draw for a phone (390 px) and for a dark page. The browser
tests (tests/e2e/test_screens.py) measure the same drawn at 390 px, light and dark."""
from __future__ import annotations

import itertools
import json
import math
import re

import pandas as pd
import pytest
from plotly.colors import get_colorscale

from app import charts, queries
from app.filters import Filters
from app.warehouse import Warehouse
from etl.paths import REFERENCE_DIR
from tests.apptest import chart_specs, open_app
from tests.e2e.screens_data import SCREENS
from tests.handmade import write_warehouse


@pytest.fixture(scope="module")
def warehouse_dir(tmp_path_factory):
    directory = tmp_path_factory.mktemp("narrow")
    write_warehouse(directory, SCREENS, build_id="narrow-build")
    return directory


@pytest.fixture(scope="module")
def wh(warehouse_dir):
    return Warehouse(warehouse_dir / "plans.duckdb")


def _rgb(colour: str) -> tuple[int, ...]:
    if colour.startswith("#"):
        return tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return tuple(int(float(v)) for v in re.findall(r"[\d.]+", colour)[:3])


def test_heatmap_draws_no_data_apart_from_zero_with_a_legend_entry(wh):
    figure = charts.completion_heatmap(queries.force_rec_completion(wh, Filters()))
    values, fill, marks = figure.data
    grid = pd.DataFrame(values.z, index=values.y, columns=values.x)
    assert grid.loc["Dyfed-Powys Police", "7"] == 0  # a true 0%...
    assert pd.isna(grid.loc["Dyfed-Powys Police", "11"])  # ...and no data: Gwent alone reports on 11
    gaps = pd.DataFrame(fill.z, index=fill.y, columns=fill.x)
    assert gaps.loc["Dyfed-Powys Police", "11"] == 1 and pd.isna(gaps.loc["Dyfed-Powys Police", "7"])
    assert {c for _, c in fill.colorscale} == {charts.NO_DATA_CELL} and fill.showscale is False
    # the no-data fill is far from every colour of the scale (navy 0% to yellow 100%, grey in the middle)
    nearest = min(math.dist(_rgb(charts.NO_DATA_CELL), _rgb(c)) for _, c in get_colorscale("Cividis"))
    assert nearest > 60
    assert sorted(zip(marks.y, marks.x)) == sorted(
        (force, rec) for force in ["Dyfed-Powys Police", "Essex Police", "Kent Police", "Surrey Police"] for rec in ["11"])
    assert figure.layout.showlegend and "not 0%" in marks.name and marks.marker.symbol == "square-x"
    assert values.hoverongaps is False


def test_heatmap_leaves_the_grid_the_width_of_a_phone():
    """At 390 px the colour bar beside the grid and force names of up to 40 characters left the cells 60 px."""
    forces = pd.read_csv(REFERENCE_DIR / "forces.csv")
    recs = pd.read_csv(REFERENCE_DIR / "recommendations.csv").rec_no.unique()
    frame = pd.DataFrame([dict(force_name=n, rec_no=r, completion_rate=0.5, done=1, items=2, not_applicable=0)
                          for n in forces.force_name for r in recs])
    figure = charts.completion_heatmap(frame)
    heat = figure.data[0]
    assert heat.colorbar.orientation == "h" and heat.colorbar.y <= 0  # below the grid, not beside it
    labels = figure.layout.yaxis.ticktext
    assert len(labels) == 44 and max(map(len, labels)) <= charts.SHORT_NAME_CHARS
    assert list(figure.layout.yaxis.tickvals) == list(heat.y)  # hover and data keep the full names
    assert "Hampshire & Isle of Wight Constabulary" not in labels and "Kent" in labels
    assert max(len(str(x)) for x in heat.x) <= 2  # recommendation numbers across, no 'Rec ' prefix


def test_map_hexagons_scale_with_the_chart_and_never_overlap(wh):
    """Hexagons are shapes in map units, not pixel-sized markers: at any width, neighbours keep a gap."""
    figure = charts.tile_map(queries.map_tiles(wh, Filters()), "completion")
    centres = []
    for shape in figure.layout.shapes:
        assert shape.type == "path" and shape.xref == "x" and shape.yref == "y"
        points = [tuple(map(float, p.split(","))) for p in re.findall(r"-?[\d.]+,-?[\d.]+", shape.path)]
        assert len(points) == 6
        xs, ys = zip(*points)
        centres.append(((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2, max(xs) - min(xs)))
    assert len(centres) == 44
    closest = min(math.dist(a[:2], b[:2]) for a, b in itertools.combinations(centres, 2))
    width = max(c[2] for c in centres)
    assert width < closest  # flat side to flat side narrower than the nearest centres: a gap, never an overlap
    for trace in figure.data[:2]:
        assert trace.marker.opacity == 0  # markers only carry hover and click; the shapes are what is seen
    assert figure.layout.hoverdistance == -1  # a tap anywhere on a hexagon picks its force
    assert figure.data[0].marker.colorbar.orientation == "h"


def test_map_is_see_through_and_no_data_is_unfilled(wh):
    figure = charts.tile_map(queries.map_tiles(wh, Filters(regions=("Wales",))), "overdue")
    assert figure.layout.paper_bgcolor == "rgba(0,0,0,0)" and figure.layout.plot_bgcolor == "rgba(0,0,0,0)"
    shapes = {s.name: s for s in figure.layout.shapes}
    assert shapes["kent"].fillcolor == charts.NO_DATA_FILL and shapes["kent"].line.dash == "dot"
    assert shapes["dyfed-powys"].fillcolor not in (charts.NO_DATA_FILL, shapes["gwent"].fillcolor)
    assert figure.data[1].textfont.color is None  # no-data labels take the page's text colour, light or dark


def test_comparison_figures_stand_above_the_bars():
    frame = pd.DataFrame({"scope": ["Kent Police", "South East region", "England and Wales"],
                          "completion_rate": [0.0, 0.5, None]})
    bar = charts.comparison(frame).data[0]
    assert bar.textposition == "outside" and list(bar.text) == ["0%", "50%", "no data"]


@pytest.mark.parametrize("page", [None, "pages/force.py", "pages/map.py"])
def test_chart_titles_are_text_above_the_chart_not_inside_it(warehouse_dir, monkeypatch, page):
    """A Plotly title never wraps: at 390 px titles ran past the chart's edge. They are written above as text."""
    at = open_app(monkeypatch, warehouse_dir, page, **({"lead_force": "Kent Police"} if page else {}))
    assert not at.exception
    specs = chart_specs(at)
    assert specs
    text = [m.value.replace("\\", "") for m in at.markdown]
    for spec in specs:
        assert not spec["layout"].get("title", {}).get("text")
        title = spec["layout"]["meta"]["title"]
        assert any(title in t for t in text), title


def test_bar_labels_leave_the_bars_room_on_a_phone():
    """Labels of up to 55 characters on one line left recommendation bars some 60 px wide at 390 px."""
    recs = pd.read_csv(REFERENCE_DIR / "recommendations.csv").drop_duplicates("rec_no")
    frame = recs.assign(overdue_items=1, forces=1)[["rec_no", "rec_title", "overdue_items", "forces"]]
    for figure in (charts.overdue_by_recommendation(frame),
                   charts.status_by_recommendation(recs.assign(status="complete", share=1.0, items=1))):
        labels = [str(y) for trace in figure.data for y in trace.y]
        assert max(len(line) for label in labels for line in label.split("<br>")) <= 22
    forces = pd.read_csv(REFERENCE_DIR / "forces.csv").assign(overdue_items=1, items=2)
    figure = charts.overdue_by_force(forces)
    assert max(map(len, figure.layout.yaxis.ticktext)) <= charts.SHORT_NAME_CHARS
    assert list(figure.data[0].y) == forces.force_name.tolist()  # the hover names the force in full
