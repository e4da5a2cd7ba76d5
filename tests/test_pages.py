"""Every page under AppTest against a hand-made warehouse: the figures shown, the URL, the downloads."""
from __future__ import annotations

import io
import json
from urllib.parse import parse_qsl
from pathlib import Path

import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from app import queries
from app.exporting import parquet_bytes, safe_csv
from app.filters import Filters
from app.warehouse import Warehouse
from tests.apptest import chart_specs, open_app
from tests.handmade import STANDARD, update, write_warehouse

ROOT = Path(__file__).resolve().parent.parent
PAGES = ["pages/overview.py", "pages/force.py", "pages/recommendations.py", "pages/overdue.py", "pages/map.py",
         "pages/search.py", "pages/explore.py", "pages/quality.py"]


@pytest.fixture(scope="module")
def warehouse_dir(tmp_path_factory):
    directory = tmp_path_factory.mktemp("wh")
    write_warehouse(directory, STANDARD)
    return directory


@pytest.fixture
def app(warehouse_dir, monkeypatch):
    return lambda page=None, **params: open_app(monkeypatch, warehouse_dir, page, **params)


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def frame_with(at, *columns: str):
    """The first table shown that has these columns (AppTest does not expose st.dataframe keys)."""
    return next(d.value for d in at.dataframe if set(columns) <= set(d.value.columns))


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_with_filters_footer_and_no_banner_for_real_data(app, page):
    at = app(page)
    assert not at.exception
    assert {"Include sample data", "Count statuses read from update text"} <= {t.label for t in at.toggle}
    assert not [w for w in at.warning if "Sample data" in w.value]
    assert any("Warehouse built 01 Nov 2026 09:30" in c.value for c in at.caption)


def test_overview_figures(app):
    at = app()
    shown = metrics(at)
    assert shown["Completion rate"] == "71%"  # 5 done of the 7 that apply
    assert (shown["Complete incl. BAU"], shown["In progress"], shown["Not started"]) == ("5 of 7", "1", "1")
    assert shown["Forces reporting"] == "2"
    specs = chart_specs(at)
    assert any("is the least done" in spec["layout"]["meta"]["title"] for spec in specs)
    heatmap = next(s for s in specs if s["data"][0]["type"] == "heatmap")
    assert "Kent Police" in heatmap["data"][0]["y"]


def test_force_filter_from_the_url_shows_three_of_four_as_75_percent(app):
    at = app(force="Kent Police")
    assert at.multiselect(key="force").value == ["kent"]
    assert metrics(at)["Completion rate"] == "75%"


def test_a_typed_date_that_is_not_one_is_named_beside_the_field_and_today_is_shown(app):
    at = app("pages/overdue.py")
    today = metrics(at)["Overdue sub-items"]
    at.text_input(key="as_of").input("31/02/2025").run()
    assert any("'31/02/2025' is not a date" in e.value.replace("\\", "") for e in at.sidebar.error)
    assert not any("This link was not quite right" in w.value for w in at.warning)  # typed, not a link
    assert metrics(at)["Overdue sub-items"] == today
    at.text_input(key="as_of").input("1 March 2025").run()
    assert at.text_input(key="as_of").value == "2025-03-01" and not at.sidebar.error
    at = app("pages/overdue.py", as_of="31/02/2025")  # the same words in a link: the link notice says so
    assert any("This link was not quite right" in w.value and "is not a date" in w.value for w in at.warning)


def test_changing_filters_gives_a_link_that_reopens_the_same_view(app):
    at = app()
    at.multiselect(key="status").select("bau").select("complete").run()
    at.multiselect(key="region").select("South East").run()
    at.text_input(key="as_of").input("1/6/2025").run()  # as people write a date: kept in ISO form
    assert at.text_input(key="as_of").value == "2025-06-01"
    at.toggle(key="inferred").set_value(False).run()
    view = metrics(at)
    assert view["Complete incl. BAU"].startswith("3 of ")
    link = at.session_state["_share_query"]
    assert "status=Business+as+usual" in link and "as_of=2025-06-01" in link and "inferred=false" in link
    params: dict[str, list[str]] = {}
    for key, value in parse_qsl(link[1:]):
        params.setdefault(key, []).append(value)
    again = app(**{k: v if len(v) > 1 else v[0] for k, v in params.items()})
    assert sorted(again.multiselect(key="status").value) == ["bau", "complete"]
    assert again.multiselect(key="region").value == ["South East"]
    assert again.text_input(key="as_of").value == "2025-06-01"
    assert again.toggle(key="inferred").value is False
    assert metrics(again) == view


def test_force_page_against_peers_and_peer_practice(app):
    at = app("pages/force.py", lead_force="Essex Police")
    assert at.selectbox(key="lead_force").value == "essex"
    shown = metrics(at)
    assert shown["Completion rate"] == "67%" and shown["Rank"] == "2 of 2" and shown["Sub-items done"] == "2 of 3"  # of the 3 that apply (issue 22 item 4)
    assert any("10.1" in e.label and "1 force done" in e.label for e in at.expander)


def test_recommendations_page_side_by_side(app):
    at = app("pages/recommendations.py", item="7.1 Make sure officers and staff actually use the system's ability to record included classifications")
    assert at.selectbox(key="item").value == "7.1"
    side = frame_with(at, "force_name", "update_text")
    assert sorted(side.force_name) == ["Essex Police", "Kent Police"]
    assert set(side.status) == {"Complete"}


def test_overdue_page_follows_the_as_of_date(app):
    at = app("pages/overdue.py", as_of="2025-04-06")
    assert metrics(at)["Overdue sub-items"] == "3 of 8"  # of every force sub-item (issue 22 item 1)
    assert metrics(at)["Longest overdue"] == "10 days"
    at = app("pages/overdue.py", as_of="2025-03-01")
    assert metrics(at)["Overdue sub-items"].startswith("0 of ")


def test_explore_shows_source_rows_and_downloads_exactly_them(app, warehouse_dir):
    at = app("pages/explore.py", force="Kent Police")
    shown = frame_with(at, "source_file", "source_row")
    assert len(shown) == 4 and set(shown.source_file) == {"kent.csv"} and "source_row" in shown
    rows = queries.explore_rows(Warehouse(warehouse_dir / "plans.duckdb"), Filters(forces=("kent",)))
    assert rows.item_id.tolist() == shown.item_id.tolist()
    text = safe_csv(rows).decode("utf-8-sig")
    assert "'=HYPERLINK" in text and "\n=HYPERLINK" not in text and ",=HYPERLINK" not in text
    assert len(pd.read_parquet(io.BytesIO(parquet_bytes(rows)))) == 4


def test_explore_every_round_follows_an_item_over_time(app):
    # Essex 7.1: not started in March 2025, complete in March 2026; the latest view shows only the second
    latest = frame_with(app("pages/explore.py", force="Essex Police"), "source_file", "source_row")
    assert latest.set_index("item_id").loc["7.1", "round"] == "March 2026"
    every = frame_with(app("pages/explore.py", force="Essex Police", rounds="true"), "source_file", "round_seq")
    essex_71 = every[every.item_id == "7.1"]
    assert essex_71["round"].tolist() == ["March 2025", "March 2026"]
    assert essex_71.status.tolist() == ["Not started", "Complete"] and len(every) == len(latest) + 1
    before = frame_with(app("pages/explore.py", force="Essex Police", rounds="true", as_of="2025-06-01"),
                        "source_file", "round_seq")
    assert before[before.item_id == "7.1"]["round"].tolist() == ["March 2025"]  # later rounds wait for their date


def test_free_text_is_shown_as_text_never_markup(app):
    at = app("pages/force.py", lead_force="Kent Police")
    plan = frame_with(at, "item_id", "update_text", "peers_done_share")
    assert plan.set_index("item_id").loc["10.2", "update_text"].endswith("<script>alert(1)</script>")
    assert not any("<script>" in m.value for m in at.markdown)


def test_quality_page_lists_sources_issues_and_missing_forces(app):
    at = app("pages/quality.py")
    assert metrics(at)["Errors"] == "1" and metrics(at)["Warnings"] == "1"
    assert metrics(at)["Forces with no plan"] == "42"
    assert frame_with(at, "severity", "code").code.tolist() == ["corrupt_file", "duplicate_item"]


def test_sample_data_banner_on_every_page(tmp_path, monkeypatch):
    write_warehouse(tmp_path, [update("kent", "7.1", "complete", is_sample=True)], build_id="sample-build")
    monkeypatch.setenv("TRACKER_WAREHOUSE", str(tmp_path))
    st.cache_data.clear()
    for page in PAGES:
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
        at.switch_page(page)
        at.run()
        assert any("Sample data" in w.value for w in at.warning), page
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params["sample"] = "false"
    at.run()
    assert not any("Sample data" in w.value for w in at.warning)


def test_a_rebuild_shows_without_restart(tmp_path, monkeypatch):
    monkeypatch.setenv("TRACKER_WAREHOUSE", str(tmp_path))
    st.cache_data.clear()
    write_warehouse(tmp_path, [update("kent", "7.1", "complete")], build_id="first")
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()
    assert metrics(at)["Forces reporting"] == "1"
    write_warehouse(tmp_path, [update("kent", "7.1", "complete"), update("essex", "7.1", "bau")], build_id="second")
    at.run()
    assert metrics(at)["Forces reporting"] == "2"


def test_no_warehouse_says_how_to_build_one(tmp_path, monkeypatch):
    monkeypatch.setenv("TRACKER_WAREHOUSE", str(tmp_path / "none"))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()
    assert "make build" in at.error[0].value


def test_overview_and_force_pages_show_rounds_and_changes(app):
    at = app()
    specs = chart_specs(at)
    assert any(s["layout"]["meta"]["title"].startswith("Completion went from") for s in specs)
    moves = frame_with(at, "from_status", "to_status", "forces")
    assert moves[["from_status", "to_status", "items"]].values.tolist() == [["Not started", "Complete", 1]]
    at = app("pages/force.py", lead_force="Essex Police")
    changed = frame_with(at, "item_id", "from_round", "to_round")
    assert changed[["item_id", "from_status", "to_status"]].values.tolist() == [["7.1", "Not started", "Complete"]]
    trend = next(s for s in chart_specs(at)
                 if s["layout"]["meta"]["title"].startswith("Completion over time"))
    assert {t["name"] for t in trend["data"]} == {"Essex Police", "England and Wales"}


def test_inferred_statuses_are_marked_wherever_shown(tmp_path, monkeypatch):
    write_warehouse(tmp_path, [update("kent", "7.1", "complete", source="inferred"), update("kent", "7.2", "bau")])
    monkeypatch.setenv("TRACKER_WAREHOUSE", str(tmp_path))
    st.cache_data.clear()
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.switch_page("pages/explore.py")
    at.run()
    shown = frame_with(at, "item_id", "status", "source_row").set_index("item_id")
    assert shown.loc["7.1", "status"] == "Complete (inferred)" and shown.loc["7.2", "status"] == "Business as usual"
