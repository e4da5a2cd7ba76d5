"""Issue 22, screens that answer the question (what lags, by how much, and for whom), under AppTest on a warehouse
made for it: a recommendation with five sub-items that has more overdue positions than the one really lagging,
and a recommendation whose not-applicable sub-items made it look least done. The browser half is
tests/e2e/test_screens.py (test_22_*)."""
from __future__ import annotations

import datetime as dt
import io

import pandas as pd
import pytest

from app import charts, queries, report, ui
from app.filters import Filters
from app.warehouse import Warehouse
from tests.apptest import chart_specs, open_app
from tests.handmade import update, write_warehouse

FORCES = ("kent", "essex", "surrey", "gwent")


def _lagging() -> list[dict]:
    rows = []
    for n, force in enumerate(FORCES):
        # recommendation 10 (five sub-items): three done, two in progress everywhere -> 8 of 20 overdue (40%)
        rows += [update(force, f"10.{i}", "complete" if i <= 3 else "in_progress") for i in range(1, 6)]
        # recommendation 7 (two): Kent and Essex not started -> 4 of 8 overdue (50%): the one really lagging
        rows += [update(force, f"7.{i}", "not_started" if n < 2 else "complete") for i in (1, 2)]
        # recommendation 13: 13.1 does not apply anywhere; 13.2 done by three of four. Done / applicable 75%, but
        # done / every position 3 of 8 (37.5%), which 'least done first' used to put at the top
        rows += [update(force, "13.1", "not_applicable"),
                 update(force, "13.2", "complete" if n < 3 else "not_started")]
    return rows


LAGGING = _lagging()


@pytest.fixture(scope="module")
def warehouse_dir(tmp_path_factory):
    directory = tmp_path_factory.mktemp("lagging")
    write_warehouse(directory, LAGGING, build_id="lagging-build")
    return directory


@pytest.fixture(scope="module")
def wh(warehouse_dir):
    return Warehouse(warehouse_dir / "plans.duckdb")


@pytest.fixture
def app(warehouse_dir, monkeypatch):
    return lambda page=None, **params: open_app(monkeypatch, warehouse_dir, page, **params)


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def texts(at) -> list[str]:
    return [m.value.replace("\\", "") for m in at.markdown] + [c.value.replace("\\", "") for c in at.caption]


def spec_titled(at, words: str) -> dict:
    return next(s for s in chart_specs(at) if words in s["layout"]["meta"]["title"])


# ---------------------------------------------------------------- 1. overdue by recommendation as a share
def test_1_overdue_by_recommendation_is_a_share_of_positions_most_lagging_first(wh, app):
    table = queries.overdue_share_by_recommendation(wh, Filters())
    assert table.rec_no.tolist()[:2] == [7, 10]  # 7 first although 10 has twice its overdue sub-items
    seven = table.set_index("rec_no").loc[7]
    assert (seven.overdue_items, seven.positions, seven.overdue_share, seven.forces) == (4, 8, 0.5, 2)

    at = app("pages/overdue.py")
    assert not at.exception
    spec = spec_titled(at, "lags most")
    assert spec["layout"]["meta"]["title"].startswith("Recommendation 7 lags most: 50% of its force sub-items")
    bars = spec["data"][0]
    assert bars["text"][:2] == ["50% (4 of 8)", "40% (8 of 20)"] and bars["y"][0].startswith("7.")
    assert any("Recommendation 7 lags most" in t for t in texts(at))


# ---------------------------------------------------------------- 2. say the finding; least done = done / applicable
def test_2_least_done_first_sorts_by_the_completion_rate_the_page_defines(wh):
    split = queries.status_by_recommendation(wh, Filters())
    fig = charts.status_by_recommendation(split, "least_done")
    order = list(fig.layout.yaxis.categoryarray)
    assert order[0].startswith("7.") and order[-1].startswith("13.")  # 7: 50%; 10: 60%; 13: 75% of what applies


def test_2_the_overview_says_its_finding_and_its_charts_state_theirs(app):
    at = app()
    assert not at.exception
    assert any(t.startswith("Recommendation 7 is the least done: 50% of applicable sub-items complete")
               for t in (m.value.replace("\\", "").strip("*") for m in at.markdown))
    spec = spec_titled(at, "is the least done")
    assert spec["layout"]["meta"]["title"].startswith("Recommendation 7 is the least done: 50%")
    texts_on_bars = [t for trace in spec["data"] for t in trace.get("text") or [] if t]
    assert {"38%", "50%", "60%"} <= set(texts_on_bars)  # values on the stacked bars (shares of every position)
    assert not any("hover" in s["layout"]["meta"]["title"].lower() for s in chart_specs(at))  # item 9: no hover


# ---------------------------------------------------------------- 3. one force control on the Force page
def test_3_the_force_page_names_one_force_whatever_the_sidebar_said(app):
    at = app("pages/force.py", force="Surrey Police", lead_force="Kent Police")
    assert not at.exception
    showing = [c.value.replace("\\", "") for c in at.caption if c.value.startswith("Showing")]
    assert showing and all("Kent Police" in s and "Surrey" not in s for s in showing)
    assert not [m for m in at.multiselect if m.key == "force"]  # one control: the page's own
    assert at.selectbox(key="lead_force").value == "kent"
    assert "force" not in at.query_params and at.query_params["lead_force"] == "Kent Police"

    at = app("pages/force.py", force="Surrey Police")  # the sidebar's force, brought by a link, is the page's
    assert at.selectbox(key="lead_force").value == "surrey"
    assert all("Surrey Police" in c.value for c in at.caption if c.value.startswith("Showing"))


# ---------------------------------------------------------------- 4. the denominator beside every rate
def test_4_done_is_shown_out_of_the_sub_items_that_apply(wh, app):
    at = app("pages/force.py", lead_force="Kent Police")
    shown = metrics(at)
    # Kent: 9 reported, 13.1 not applicable: 4 done of 8 (50%), not '4 of 9'
    assert shown["Completion rate"] == "50%" and shown["Sub-items done"] == "4 of 8"
    comparison = queries.force_comparison(wh, Filters(), "kent").set_index("scope")
    assert comparison.loc["Kent Police", "applicable"] == 8 and comparison.loc["England and Wales", "applicable"] == 32
    at = app()
    assert metrics(at)["Complete incl. BAU"] == "19 of 32"
    numbers = [d.value for d in at.dataframe if "applicable" in d.value.columns]
    assert numbers, "the numbers behind the charts show applicable sub-items"
    # the force report's headline carries the denominator too
    data = report.gather(wh, Filters(), "kent")
    head = report.headline_rows(data)
    assert "Applicable" in head[0] and head[1][head[0].index("Applicable")] == "8"


@pytest.mark.parametrize("rate, other, points", [(0.5749, 0.5651, 0), (0.5749, 0.5551, 1), (0.5, 0.59375, -9),
                                                 (0.125, 0.114, 1)])
def test_4_points_agree_with_the_rounded_figures_beside_them(rate, other, points):
    assert ui.points_between(rate, other) == points
    assert ui.pts(rate, other, "national") == f"{points:+d} pts vs national"


# ---------------------------------------------------------------- 8. a typed As-of that is not a date
def test_8_a_date_that_is_not_one_is_said_in_the_main_area(app):
    at = app("pages/overdue.py")
    at.text_input(key="as_of").input("31/02/2025").run()
    said = [w.value.replace("\\", "") for w in at.main.warning]
    assert any("'31/02/2025' is not a date" in w and "as of today" in w for w in said)


# ---------------------------------------------------------------- 9. phones: a key to the map's codes
def test_9_the_map_has_a_key_to_its_codes(app):
    at = app("pages/map.py")
    assert any(e.label == "Key to the force codes" for e in at.expander)
    key = next(d.value for d in at.dataframe if {"code", "force_name"} <= set(d.value.columns))
    assert len(key) == 44 and dict(zip(key.code, key.force_name))["KNT" if "KNT" in set(key.code) else key.code.iloc[0]]
    assert not any("hover" in s["layout"]["meta"]["title"].lower() for s in chart_specs(at))


# ---------------------------------------------------------------- 10. reports and exports
def test_10_words_for_one_force(app):
    at = app(force="Kent Police")
    said = " ".join(c.value.replace("\\", "") for c in at.caption)
    assert "The force in view had published a plan" in said and "All 1 forces" not in said
    assert "1 force's plan leaves out 30 sub-items:" in said and "force' plans" not in said


def test_10_excel_has_a_frozen_filterable_header_days_without_times_and_no_markdown(wh):
    import openpyxl

    from app.exporting import xlsx_bytes

    rows = queries.explore_rows(wh, Filters())
    book = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(rows, "Every force", "lagging-build")))
    data = book["data"]
    assert data.freeze_panes == "A2" and data.auto_filter.ref == f"A1:{data.cell(1, data.max_column).column_letter}{len(rows) + 1}"
    heading = [c.value for c in data[1]]
    for name in ("deadline", "round_date"):
        cell = data.cell(2, heading.index(name) + 1)
        assert "h" not in cell.number_format.lower() and cell.number_format != "General", (name, cell.number_format)
    about = " ".join(str(c.value) for row in book["about"].iter_rows() for c in row if c.value)
    assert "`" not in about and "**" not in about and "recommendations.title" in about


def test_10_recommendations_are_listed_by_number(tmp_path):
    rows = [update("kent", item, "complete", granularity="recommendation") for item in ("7.1", "7.2", "28.1", "10.1")]
    write_warehouse(tmp_path, rows)
    whole = queries.answered_as_a_whole(Warehouse(tmp_path / "plans.duckdb"))
    assert whole.recommendations.tolist() == ["7, 10, 28"]  # as text it was '10, 28, 7'


def test_10_search_shows_its_matches_a_page_at_a_time(app):
    at = app("pages/search.py", q="on")  # every update ('kent on 7.1'): 36 matches
    assert not at.exception
    cards = lambda: [m.value for m in at.markdown if m.value.startswith("**") and " · " in m.value]  # noqa: E731
    assert len(cards()) == 20 and any("Matches 1–20 of 36" in m.value for m in at.markdown)
    first = cards()
    at.button(key="search_page_next").click().run()
    assert len(cards()) == 16 and not set(cards()) & set(first)
    assert any("Matches 21–36 of 36 (page 2 of 2)" in m.value for m in at.markdown)
    at.text_input(key="q").input("kent").run()  # a new search starts at its first page
    assert any("Matches 1–9 of 9" in m.value for m in at.markdown) or len(cards()) == 9


# ---------------------------------------------------------------- 6. peer practice readable
def test_6_peer_practice_puts_the_region_first_whole_and_cited(wh, app):
    practice = queries.peer_practice(wh, Filters(), "kent")
    seven = practice[practice.item_id == "7.1"]
    assert seven.force_name.tolist() == ["Surrey Police", "Gwent Police"]  # Surrey is Kent's region (South East)
    at = app("pages/force.py", lead_force="Kent Police")
    expander = next(e for e in at.expander if e.label.startswith("7.1"))
    assert "2 forces done, 1 in its region" in expander.label
    said = [m.value.replace("\\", "") for m in expander.markdown]
    assert said[0].startswith("**Surrey Police** · South East (same region)") and "surrey on 7.1" in said
    assert any(c.value.replace("\\", "").startswith("Source: surrey.csv, row 2") for c in expander.caption)


# ---------------------------------------------------------------- 7. the time series explains its steps
def test_7_the_trend_marks_where_forces_joined_and_the_undated_step(tmp_path):
    from tests.e2e.screens_data import SCREENS

    write_warehouse(tmp_path, SCREENS)
    trend = queries.completion_over_time(Warehouse(tmp_path / "plans.duckdb"), Filters())
    fig = charts.completion_over_time(trend)
    marks = {(str(pd.Timestamp(a.x).date()), a.text) for a in fig.layout.annotations}
    assert ("2025-04-15", "+1 force") in marks  # Dyfed-Powys joins: a step that is no progress
    assert ("2026-11-01", "+1 undated") in marks  # Surrey's undated plan, from the build date
    assert names_of(fig) >= {"Like for like: the same forces at both dates"}


def names_of(fig) -> set[str]:
    return {trace.name for trace in fig.data}


def test_10_report_chart_titles_wrap_between_words_and_themes_read_as_findings(wh, tmp_path):
    from app import national_report

    fig = charts.status_by_recommendation(queries.status_by_recommendation(wh, Filters()))
    whole = fig.layout.title.text
    assert report.fit_title(fig, 700) >= 1
    lines = fig.layout.title.text.split("<br>")
    assert " ".join(lines) == whole and max(map(len, lines)) <= (700 - 60) // 9

    text = str(national_report.blocks(national_report.gather(wh, Filters())))
    assert "the rate's denominator\", ('32'" in text

    from tests.test_national_report import ROWS

    write_warehouse(tmp_path, ROWS)  # the national report tests' plans, whose updates share themes
    data = national_report.gather(Warehouse(tmp_path / "plans.duckdb"), Filters())
    tables = [b for b in national_report.blocks(data) if b[0] == "table"]
    said = next(t for t in tables if t[1] == ["What forces report", "Forces"])
    assert "Weight" not in said[1]
    # findings in plain words, not single words with weights
    assert said[2][0][0] == "2 of 3 forces describe working with partner agencies; all of them report that work done"
    assert said[2][1][0] == "2 of 3 forces describe screening or risk questions when stalking is reported; all of them " \
                            "report that work done"
    assert "q=partner" in said[2][0][1][1]  # the count opens the search on the words behind it


# ---------------------------------------------------------------- 5. long work shows progress
def test_5_reports_are_made_when_asked_with_their_progress_shown(app, monkeypatch):
    from app import national_report

    drawn = []
    monkeypatch.setattr(national_report, "render_images", lambda data: drawn.append(1) or data)  # no Chromium here
    at = app()
    assert not at.get("download_button")
    at.button(key="national_report_make").click().run()
    assert not at.exception
    status = [e for e in at.get("status") if "ready" in e.label]  # its label says it is done and how long
    assert status and status[0].label.startswith("National report ready (")
    assert {b.proto.label for b in at.get("download_button")} == {"Report (PDF)", "Report (Word)", "Report (HTML)"}
    at.run()  # the same view again: the files are kept, nothing is drawn again
    assert len(drawn) == 1 and len(at.get("download_button")) == 3


def test_10_the_force_report_fills_its_page_before_saying_and_n_more(tmp_path):
    """30 overdue sub-items and no change: the room the changes list leaves goes to the overdue list (it listed 10
    and 'and 20 more' beside half a page left empty); PDF and HTML alike, one page."""
    import pdfplumber

    from etl.reference import load_reference

    items = [r["item_id"] for r in load_reference().recommendations if r["rec_no"] != 22][:30]
    write_warehouse(tmp_path, [update("kent", i, "not_started") for i in items])
    data = report.gather(Warehouse(tmp_path / "plans.duckdb"), Filters(), "kent")
    assert len(data.overdue) == 30 and data.changes.empty
    assert report.to_html(data).count("and 11 more") == 1
    with pdfplumber.open(io.BytesIO(report.to_pdf(data))) as document:
        assert len(document.pages) == 1
        assert "and 11 more" in document.pages[0].extract_text()


def test_10_progress_bars_are_in_the_accent_colour():
    assert ui.RATE_COLUMN["type_config"]["color"] == charts.ACCENT


def test_10_report_chart_labels_have_room_not_to_overlap(tmp_path, monkeypatch):
    """The national PDF's status chart: 15 recommendations' labels in three lines each in 560 px ran into each
    other; two lines at most, and the image grows with the recommendations."""
    from app import national_report
    from tests.test_national_report import ROWS

    seen = {}

    def capture(figures, widths, heights):
        seen.update(figures=figures, heights=heights)
        return {}, ""

    monkeypatch.setattr(national_report, "draw_pngs", capture)
    from etl.reference import load_reference

    rows = ROWS + [update("cumbria", r["item_id"], "complete") for r in load_reference().recommendations]
    write_warehouse(tmp_path, rows)
    national_report.render_images(national_report.gather(Warehouse(tmp_path / "plans.duckdb"), Filters()))
    by_rec = seen["figures"]["by_rec"]
    labels = list(by_rec.layout.yaxis.categoryarray)
    assert len(labels) == 15 and max(label.count("<br>") + 1 for label in labels) <= 2
    assert seen["heights"][0] >= 40 * len(labels) + 200


def test_4_every_table_with_done_and_a_rate_has_the_applicable_count(app):
    for page, params in (("pages/force.py", {"lead_force": "Kent Police"}), ("pages/map.py", {}), (None, {})):
        at = app(page, **params)
        tables = [d.value for d in at.dataframe if {"done", "completion_rate"} <= set(d.value.columns)]
        assert tables and all("applicable" in t.columns for t in tables), page


def test_2_the_trend_and_distribution_titles_state_what_they_show(tmp_path):
    from tests.e2e.screens_data import SCREENS

    write_warehouse(tmp_path, SCREENS)
    wh = Warehouse(tmp_path / "plans.duckdb")
    trend = charts.completion_over_time(queries.completion_over_time(wh, Filters()))
    assert trend.layout.title.text.startswith("Completion went from 25% (Jan 2025, 1 force) to ")
    spread = charts.completion_distribution(queries.force_completion(wh, Filters()))
    assert spread.layout.title.text.startswith("Half the forces have completed") and spread.layout.yaxis.dtick == 1


def test_6_peer_practice_shows_the_nearest_few_whole_and_links_the_rest(tmp_path, monkeypatch):
    # eight forces finished 7.1, Kent has not: the South East's three first, five cards in all, the rest linked
    done = ["surrey", "sussex", "thames-valley", "gwent", "dyfed-powys", "essex", "norfolk", "suffolk"]
    rows = [update("kent", "7.1", "in_progress")] + [update(force, "7.1", "complete", text=f"{force} finished 7.1")
                                                      for force in done]
    write_warehouse(tmp_path, rows)
    at = open_app(monkeypatch, tmp_path, "pages/force.py", lead_force="Kent Police")
    expander = next(e for e in at.expander if e.label.startswith("7.1"))
    assert "8 forces done, 3 in its region" in expander.label
    cards = [m.value.replace("\\", "") for m in expander.markdown if m.value.startswith("**")]
    assert len(cards) == ui.PEER_CARDS == 5
    assert [c.split("**")[1] for c in cards[:3]] == ["Surrey Police", "Sussex Police", "Thames Valley Police"]
    more = [c.value for c in expander.caption if "more force" in c.value]
    assert more == ["3 more forces report it done: every force's update on 7.1, side by side, on "
                    "[the Recommendations page](recommendations?item=7.1)."]
