"""Issue 15 without a browser: link resolution, the definitions behind the screens' notes, and the numbers and
charts as AppTest sees them (the browser tests in tests/e2e/test_screens.py see the same screens drawn)."""
from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from app import charts, links, queries
from app.filters import Filters
from app.warehouse import Warehouse
from tests.apptest import chart_payloads, chart_specs, open_app
from tests.e2e.screens_data import SCREENS
from tests.handmade import write_warehouse


@pytest.fixture(scope="module")
def warehouse_dir(tmp_path_factory):
    directory = tmp_path_factory.mktemp("screens")
    write_warehouse(directory, SCREENS, build_id="screens-build")
    return directory


@pytest.fixture(scope="module")
def wh(warehouse_dir):
    return Warehouse(warehouse_dir / "plans.duckdb")


@pytest.fixture
def app(warehouse_dir, monkeypatch):
    return lambda page=None, **params: open_app(monkeypatch, warehouse_dir, page, **params)


FORCES = {"kent": "Kent Police", "essex": "Essex Police", "avon-and-somerset": "Avon and Somerset Police",
          "metropolitan": "Metropolitan Police Service", "north-wales": "North Wales Police",
          "south-wales": "South Wales Police"}
ALIASES = {"metropolitan": ["the Met", "Met Police", "MPS"], "avon-and-somerset": ["Avon & Somerset", "ASP"]}


@pytest.mark.parametrize("value, expected", [
    ("Kent Police", "kent"), ("kent", "kent"), ("KENT", "kent"), ("the Met", "metropolitan"), ("mps", "metropolitan"),
    ("Avon & Somerset", "avon-and-somerset"), ("avon and somerset", "avon-and-somerset"), ("Kent Polce", "kent"),
    ("NotAForce", None), ("Wales", None), ("", None), ("Police", None)])
def test_a_link_names_a_force_by_label_slug_alias_or_one_close_spelling(value, expected):
    assert links.resolve_option(value, FORCES, ALIASES, fuzzy=True) == expected


def test_recommendations_items_and_dates_in_links():
    titles = {"7": "7. Crime recording", "10": "10. Training"}
    assert [links.resolve_rec(v, titles) for v in ("7. Crime recording", "7", "Rec 10", "999", "x")] == \
        ["7", "7", "10", None, None]
    labels = {"Rec 7": "Recommendation 7: Crime recording (all sub-items)", "7.1": "7.1 Use the system"}
    assert [links.resolve_item(v, labels) for v in ("7.1", "7", "rec 7", "7.9", "7.1 Use the system")] == \
        ["7.1", "Rec 7", "Rec 7", None, "7.1"]
    assert links.resolve_date("1/4/2025") == dt.date(2025, 4, 1)
    assert links.resolve_date("1 April 2025") == dt.date(2025, 4, 1)
    assert links.resolve_date("garbage") is None


def test_undated_rounds_count_from_the_build_date(wh):
    assert queries.undated_from(wh) == dt.date(2026, 11, 1)
    assert queries.headline(wh, Filters(as_of=dt.date(2020, 1, 1))).iloc[0]["items"] == 0
    before = queries.plan_presence(wh, Filters(as_of=dt.date(2026, 10, 31))).set_index("force_id")
    after = queries.plan_presence(wh, Filters(as_of=dt.date(2026, 11, 1))).set_index("force_id")
    assert not before.loc["surrey", "has_plan"] and after.loc["surrey", "has_plan"]
    assert before.loc["surrey", "undated_plan"] and not before.loc["kent", "undated_plan"]


def test_presence_follows_the_as_of_date_and_the_scope(wh):
    presence = queries.plan_presence(wh, Filters(as_of=dt.date(2025, 4, 1)))
    assert len(presence) == 44 and sorted(presence[presence.has_plan].force_id) == ["essex", "gwent", "kent"]
    wales = queries.plan_presence(wh, Filters(regions=("Wales",), statuses=("complete",)))
    assert len(wales) == 4 and sorted(wales[wales.has_plan].force_id) == ["dyfed-powys", "gwent"]


def test_like_for_like_steps_leave_out_forces_that_joined(wh):
    trend = queries.completion_over_time(wh, Filters()).set_index("as_of")
    april = trend.loc[pd.Timestamp("2025-04-15")]
    assert april.forces == 4 and april.forces_joined == 1 and april.same_forces == 3
    # the 3 forces present on 1 March and 15 April did nothing in between: like for like, no change
    assert april.same_from_rate == pytest.approx(april.same_to_rate)
    assert april.completion_rate < trend.loc[pd.Timestamp("2025-03-01")].completion_rate  # the all-forces line falls
    figure = charts.completion_over_time(trend.reset_index())
    assert [t.name for t in figure.data] == ["All forces with a plan by then",
                                             "Like for like: the same forces at both dates"]


def test_missing_items_per_force_follow_the_recommendation_filter(wh):
    gaps = queries.missing_items(wh, Filters())
    assert (gaps.force_id == "kent").sum() == 33
    rec_10 = queries.missing_items(wh, Filters(recs=(10,)))
    kent_10 = set(rec_10[rec_10.force_id == "kent"].item_id)
    assert kent_10 and all(i.startswith("10.") for i in kent_10) and not kent_10 & {"10.1", "10.2", "10.3", "10.4"}


def test_force_figures_ignore_the_status_filter(wh):
    whole = queries.force_comparison(wh, Filters(), "kent")
    filtered = queries.force_comparison(wh, Filters(statuses=("in_progress",)), "kent")
    pd.testing.assert_frame_equal(whole, filtered)
    assert queries.force_items_with_peers(wh, Filters(statuses=("in_progress",)), "kent").shape[0] == 6
    assert not queries.peer_practice(wh, Filters(statuses=("in_progress",)), "kent").empty


def test_progress_dots_never_sit_on_each_other(wh):
    frame = queries.progress_reported(wh, Filters(), ["10.2"])
    assert len(frame) == 4 and frame.progress_pct.nunique() == 1
    figure = charts.progress_reported(frame)
    points = set(zip(figure.data[0].x, figure.data[0].y))
    assert len(points) == 4  # four forces, four dots


def test_map_draws_no_data_apart_from_zero(wh):
    tiles = queries.map_tiles(wh, Filters(regions=("Wales",)))
    figure = charts.tile_map(tiles, "completion")
    with_data, without, legend = figure.data
    assert sorted(c[-1] for c in with_data.customdata) == ["dyfed-powys", "gwent"]
    assert len(without.customdata) == 42 and "not 0%" in legend.name
    fills = {shape.name: shape.fillcolor for shape in figure.layout.shapes}
    assert sum(fill == charts.NO_DATA_FILL for fill in fills.values()) == 42
    assert fills["dyfed-powys"] != charts.NO_DATA_FILL and fills["dyfed-powys"] != fills["gwent"]


def test_numbers_behind_charts_read_as_percentages_and_words(app):
    at = app()
    numbers = [d for d in at.dataframe if "completion_rate" in d.value.columns]
    assert numbers
    for frame in numbers:
        config = json.loads(frame.proto.columns)
        assert config["completion_rate"]["type_config"]["format"] == "percent"
    shares = next(d for d in at.dataframe if "share" in d.value.columns)
    assert json.loads(shares.proto.columns)["share"]["type_config"]["format"] == "percent"
    at = app("pages/force.py", lead_force="Kent Police")
    peers = next(d for d in at.dataframe if {"status", "peers_done_share"} <= set(d.value.columns))
    assert "in_progress" not in set(peers.value.status) and "In progress" in set(peers.value.status)


def test_force_page_under_a_status_filter_is_whole_and_says_so(app):
    at = app("pages/force.py", lead_force="Kent Police", status="In progress")
    shown = {m.label: m.value for m in at.metric}
    assert shown["Completion rate"] == "50%" and shown["Sub-items done"] == "3 of 6" and shown["Rank"] == "2 of 5"
    assert any("is not applied on this page" in i.value for i in at.info)
    assert not any("every item of this force's plan is done" in s.value for s in at.success)


def test_links_that_name_nothing_say_so(app):
    at = app(force="NotAForce", as_of="garbage", rec="999")
    notice = next(w.value for w in at.warning if "This link was not quite right" in w.value)
    assert "NotAForce" in notice and "garbage" in notice and "999" in notice
    at = app("pages/force.py", lead_force="Kent")
    assert at.selectbox(key="lead_force").value == "kent"
    at = app("pages/recommendations.py", item="7.1")
    assert at.selectbox(key="item").value == "7.1"
    assert any("'7.1' was read as 7.1 " in w.value.replace('\\', '') for w in at.warning)


def test_force_report_cuts_lists_alike_in_pdf_and_html(tmp_path):
    """20 overdue sub-items that all changed: both formats show the same 10 of each list and 'and 10 more'; the PDF
    stays one page."""
    import io

    import pdfplumber

    from app import report
    from etl.reference import load_reference
    from tests.handmade import update

    items = [r["item_id"] for r in load_reference().recommendations if r["rec_no"] not in (22,)][:20]
    rows = [update("kent", i, "not_started", round_="Jan 2025", round_date=dt.date(2025, 1, 1)) for i in items]
    rows += [update("kent", i, "in_progress", round_="June 2025", round_date=dt.date(2025, 6, 1), round_seq=2)
             for i in items]
    wh = Warehouse(write_warehouse(tmp_path, rows))
    data = report.gather(wh, Filters(statuses=("complete",)), "kent")  # a status filter does not thin the report
    assert len(data.overdue) == 20 and len(data.changes) == 20
    page = report.to_html(data)
    assert page.count("and 10 more") == 2
    with pdfplumber.open(io.BytesIO(report.to_pdf(data))) as document:
        assert len(document.pages) == 1
        text = document.pages[0].extract_text()
    assert text.count("and 10 more") == 2


def test_search_quotes_mean_a_phrase_and_the_hint_fits(wh, app):
    assert queries.search_terms('"recording change" Essex', False) == ["recording change", "Essex"]
    quoted = queries.search_updates(wh, Filters(), '"finished the recording"')
    assert quoted.force_name.tolist() == ["Essex Police"]  # not nothing, as when the quotes were searched for
    assert queries.search_updates(wh, Filters(), '"recording finished"').empty  # a phrase keeps its order
    at = app("pages/search.py", q="nowhere to be found")
    hint = next(w.value for w in at.warning if "No update mentions" in w.value)
    assert "fewer words" in hint and "Exact phrase" not in hint and "sidebar" not in hint
    at = app("pages/search.py", q="nowhere", phrase="true", force="Kent Police")
    hint = next(w.value for w in at.warning if "No update mentions" in w.value)
    assert "switch off Exact phrase" in hint and "widen the sidebar filters" in hint


def test_laggards_first_and_the_distribution_names_forces(wh, app):
    recs = queries.status_by_recommendation(wh, Filters())
    order = list(charts.status_by_recommendation(recs, "least_done").layout.yaxis.categoryarray)
    assert order[0].startswith("10.") and order[1].startswith("7.")  # rec 10 has less done than rec 7
    grid = charts.completion_heatmap(queries.force_rec_completion(wh, Filters()), "least_done")
    assert grid.data[0].y[0] == "Gwent Police" and grid.data[0].y[-1] == "Dyfed-Powys Police"  # least done on top
    bars = charts.completion_distribution(queries.force_completion(wh, Filters()))
    assert "Dyfed-Powys Police" in bars.data[0].customdata[0][0] and sum(bars.data[0].y) == 5
    at = app(sort="Least done first")
    assert at.radio(key="sort").value == "least_done" and not at.exception
    heatmap = next(s for s in chart_specs(at)
                   if s["data"][0]["type"] == "heatmap")
    assert heatmap["data"][0]["y"][-1] == "Dyfed-Powys Police"


def test_quality_page_says_what_each_issue_does_and_what_to_do(app, tmp_path, monkeypatch):
    at = app("pages/quality.py")
    issues = next(d.value for d in at.dataframe if "what_to_do" in d.value.columns).set_index("code")
    assert "counts once" in issues.loc["duplicate_item", "effect"]
    assert "readable copy" in issues.loc["corrupt_file", "what_to_do"]
    from tests.handmade import update
    write_warehouse(tmp_path, [update("kent", "7.1", "complete", is_sample=True), update("essex", "7.1", "bau")])
    at = open_app(monkeypatch, tmp_path, "pages/quality.py", sample="false")
    files = next(d.value for d in at.dataframe if "sha256" in d.value.columns)
    assert files.source_file.tolist() == ["essex.csv"]
    assert any("not listed" in c.value for c in at.caption)


def test_overdue_by_force_needs_no_colour_legend(wh):
    frame = queries.overdue_by_force(wh, Filters())
    figure = charts.overdue_by_force(frame)
    assert len(figure.data) == 1 and figure.layout.showlegend is False
    assert list(figure.data[0].y) == frame.force_name.tolist()  # most overdue first, as the query orders them


def test_charts_add_no_mode_bar_and_the_map_opens_a_force_from_the_keyboard(app):
    at = app("pages/map.py")
    assert chart_payloads(at) and all(c["config"].get("displayModeBar") is False for c in chart_payloads(at))
    at.selectbox(key="map_force").select("kent").run()
    assert at.selectbox(key="lead_force").value == "kent"
    assert {m.label: m.value for m in at.metric}["Sub-items done"] == "3 of 6"
