"""Force report (PDF and self-contained HTML), search, and the tile map."""
from __future__ import annotations

import base64
import html
import io
import json
import re
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pdfplumber
import pytest

from app import queries, report, ui
from app.filters import Filters
from app.warehouse import Warehouse
from tests.apptest import chart_specs, open_app
from tests.handmade import STANDARD, update, write_warehouse

HOSTILE = "<script>alert(1)</script> [click](http://evil.example) www.evil.example $x$ :red[boom]"


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    directory = tmp_path_factory.mktemp("extras_wh")
    rows = STANDARD + [update("surrey", "12.1", "complete", text="The stalking screening tool is live in every team."),
                       update("sussex", "12.1", "in_progress", text="Screening tool pilot under way. " + HOSTILE),
                       update("sussex", "12.4", "complete", text="Screening of every report by the crime bureau.",
                              is_sample=True)]
    write_warehouse(directory, rows)
    return directory


@pytest.fixture(scope="module")
def essex_report(warehouse):
    wh = Warehouse(warehouse / "plans.duckdb")
    return report.render_images(report.gather(wh, Filters(), "essex"))  # draws the charts with Debian chromium


def test_pdf_report_is_one_page_and_names_the_force(essex_report):
    pdf = report.to_pdf(essex_report)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        assert len(document.pages) == 1
        text = document.pages[0].extract_text()
        images = document.pages[0].images
    assert "Essex Police: stalking action plan progress" in text
    assert "England and Wales" in text and "Changed since the previous round" in text
    assert "SAMPLE DATA" not in text  # Essex's rows are not sample data
    assert len(images) == 2  # the comparison and the trend, as static images


def test_html_report_is_self_contained_with_no_external_links(essex_report):
    page = report.to_html(essex_report)
    assert "<h1>Essex Police: stalking action plan progress</h1>" in page
    assert page.count('src="data:image/png;base64,') == 2
    assert not re.search(r"""(href|src)\s*=\s*["']?(https?:|//)""", page, re.I)
    assert "<script" not in page.lower() and "<link" not in page.lower()


def test_report_labels_sample_data_escapes_text_and_survives_without_a_browser(warehouse, monkeypatch):
    from app import renderer

    def no_browser(*args, **kwargs):
        raise RuntimeError("no chromium")

    monkeypatch.setattr(renderer, "write_pngs", no_browser)
    wh = Warehouse(warehouse / "plans.duckdb")
    data = report.render_images(report.gather(wh, Filters(), "sussex"))
    assert not data.images and "could not be drawn" in data.image_note
    page = report.to_html(data)
    assert html.escape(report.SAMPLE_LABEL) in page
    with pdfplumber.open(io.BytesIO(report.to_pdf(data))) as document:
        assert "SAMPLE DATA" in document.pages[0].extract_text()
    assert "<script>" not in page


def test_search_words_phrase_and_filters(warehouse):
    wh = Warehouse(warehouse / "plans.duckdb")
    found = queries.search_updates(wh, Filters(), "screening tool")
    assert sorted(found.force_name) == ["Surrey Police", "Sussex Police"]
    assert dict(zip(found.force_name, found.status)) == {"Surrey Police": "complete", "Sussex Police": "in_progress"}
    assert len(queries.search_updates(wh, Filters(), "screening")) == 3
    assert len(queries.search_updates(wh, Filters(), "tool screening")) == 2  # words in any order
    assert len(queries.search_updates(wh, Filters(), "tool screening", phrase=True)) == 0
    assert len(queries.search_updates(wh, Filters(regions=("South East",)), "screening")) == 3
    assert len(queries.search_updates(wh, Filters(include_sample=False), "screening")) == 2
    assert queries.search_updates(wh, Filters(), "creening").empty  # words match at a word start
    assert queries.search_updates(wh, Filters(), "a.b(c)[").empty  # regex characters are literal


def test_search_page_counts_highlights_and_keeps_text_literal(warehouse, monkeypatch):
    at = open_app(monkeypatch, warehouse, "pages/search.py", q="screening tool")
    assert not at.exception
    assert {m.label: m.value for m in at.metric} == {"Matching updates": "2", "Forces": "2", "Sub-items": "1"}
    texts = [m.value for m in at.markdown]
    assert any(":orange-background[screening]" in t and ":orange-background[tool]" in t for t in texts)
    hostile = next(t for t in texts if "alert" in t)
    assert "<script>" not in hostile and "](http" not in hostile and "http://" not in hostile
    assert ":red[" not in hostile and "$x$" not in hostile
    by_item = at.dataframe[1].value  # counts first, so a half-width table keeps them in view
    assert list(by_item.columns) == ["item_id", "forces", "item_title"] and by_item.forces.tolist() == [2]


def test_tables_read_as_words_but_keep_the_contract_names_on_explore():
    frame = pd.DataFrame({"force_name": ["Kent Police"], "days_overdue": [3], "progress_pct": [50.0],
                          "deadline": pd.to_datetime(["2025-03-27"]), "built_at": pd.to_datetime(["2025-03-27 10:15"])})
    config = ui.column_config(frame, {"progress_pct": ui.PCT_COLUMN}, raw_names=False)
    assert config["force_name"] == "Force" and config["days_overdue"] == "Days overdue"
    assert config["progress_pct"]["label"] == "Progress" and config["progress_pct"]["type_config"]["format"] == "%.0f%%"
    assert config["deadline"]["type_config"]["type"] == "date"  # a day shows as a day, not midnight
    assert config["built_at"] == "Built at"  # a time of day is kept
    raw = ui.column_config(frame, {"progress_pct": ui.PCT_COLUMN}, raw_names=True)
    assert raw["force_name"] == "force_name" and raw["progress_pct"]["label"] == "progress_pct"


def test_markdown_escaping_round_trips_every_character():
    text = "a*b_c[d](e) <f> `g` #h +i -j .k !l |m ~n :o $p =q &r /s \"t 'u ^v %w @x ;y ,z ?"
    escaped = ui.md_escape(text)
    assert re.sub(r"\\(.)", r"\1", escaped) == text  # every mark escaped, nothing else changed


def plotly_values(values):
    """Plotly 7 sends numeric arrays as base64 typed arrays."""
    if isinstance(values, dict) and "bdata" in values:
        return np.frombuffer(base64.b64decode(values["bdata"]), dtype=values["dtype"]).tolist()
    return values


def test_map_figure_has_every_force_with_btp_apart(warehouse, monkeypatch):
    at = open_app(monkeypatch, warehouse, "pages/map.py")
    assert not at.exception
    spec = chart_specs(at)[0]
    # forces with data and forces with none are two traces (no data is never drawn in the 0% colour)
    # (a legend-only trace, drawn at no point, names the no-data style)
    traces = [{k: plotly_values(v) for k, v in t.items()} for t in spec["data"] if "text" in t]
    trace = {k: [v for t in traces for v in t[k]] for k in ("x", "y", "text", "customdata")}
    assert len(trace["x"]) == 44 and "KNT" in trace["text"] and "BTP" in trace["text"]
    by_code = {code: (x, y, custom) for code, x, y, custom in zip(trace["text"], trace["x"], trace["y"], trace["customdata"])}
    assert by_code["KNT"][2][0] == "Kent Police" and by_code["KNT"][2][3] == pytest.approx(0.75)
    assert by_code["BTP"][0] > max(x for code, (x, _, _) in by_code.items() if code != "BTP")  # set apart, east
    assert by_code["NBR"][1] > by_code["D&C"][1]  # north at the top
    assert spec["data"][0]["marker"]["colorbar"]["title"]["text"] == "Completion"
    at = open_app(monkeypatch, warehouse, "pages/map.py", measure="Overdue sub-items")
    spec = chart_specs(at)[0]
    assert spec["data"][0]["marker"]["colorbar"]["title"]["text"] == "Overdue sub-items"


def test_a_click_on_the_map_names_the_force():
    event = SimpleNamespace(selection=SimpleNamespace(points=[{"customdata": ["Kent Police", "South East", 4, 0.75, 1, "kent"]}]))
    assert ui.selected_force(event) == "kent"
    assert ui.selected_force(SimpleNamespace(selection=SimpleNamespace(points=[]))) is None
    assert ui.selected_force(None) is None


def test_force_page_offers_both_reports(warehouse, monkeypatch):
    from app import report

    monkeypatch.setattr(report, "render_images", lambda data: data)  # the charts are drawn in test_force_report_*
    at = open_app(monkeypatch, warehouse, "pages/force.py", lead_force="Essex Police")
    at.button(key="force_report_make").click().run()  # made when asked, its progress shown (issue 22 item 5)
    assert [s.label for s in at.get("status")][0].startswith("Force report ready")
    labels = [b.proto.label for b in at.get("download_button")]
    assert "Force report (PDF)" in labels and "Force report (HTML)" in labels
