"""The issue 23 benchmark harness's own logic (peers, ratios, goals, percentiles): no timing is asserted."""
from __future__ import annotations

import json

from benchmarks import browser, concurrency, peers


def _figures(**over) -> dict:
    pages = {title: 1.0 for title in browser.PAGES}
    figures = {"click": {**pages, peers.NO_CHART: 0.5, peers.PLOTLY_CHART: 1.0, peers.PLOTLY_JS: 0.2},
               "new_tab": {**pages, peers.NO_CHART: 1.0, peers.PLOTLY_CHART: 3.0, peers.PLOTLY_JS: 1.0},
               "first_figure": {"National overview": 2.0, peers.NO_CHART: 1.0},
               "last_chart": {"National overview": 3.0, peers.PLOTLY_CHART: 3.0, peers.PLOTLY_JS: 1.0},
               "peers": True}
    figures.update(over)
    return figures


def test_goals_are_ratios_within_one_run():
    checks = {goal.split(",")[1].strip()[:40]: (ratio, met) for goal, ratio, limit, met in browser.goals(_figures())}
    ratios = [ratio for ratio, _ in checks.values()]
    assert ratios == [2.0, 1.0, 3.0, 1.0]
    assert [met for _, met in checks.values()] == [False, True, False, True]


def test_slowest_click_is_named_against_the_lightest():
    figures = _figures()
    figures["click"]["Force"] = 2.5
    figures["click"]["Map"] = 0.5
    goal, ratio, limit, met = browser.goals(figures)[-1]
    assert "(Force)" in goal and ratio == 5.0 and not met


def test_peer_table_has_a_row_for_every_page_and_peer():
    lines = browser.peer_table(_figures())
    assert len(lines) == 2 + len(browser.PAGES) + len(peers.PEERS)
    overview = next(line for line in lines if line.startswith("| National overview"))
    assert "2.00 (2.00x)" in overview and "3.00 (1.00x; 3.00x)" in overview
    assert next(line for line in lines if line.startswith("| Force")).split("|")[2].strip() == "–"


def test_percentile_is_nearest_rank():
    values = [float(v) for v in range(1, 21)]
    assert concurrency.percentile(values, 95) == 19.0
    assert concurrency.percentile([4.0], 95) == 4.0
    assert concurrency.percentile([1.0, 2.0, 3.0, 4.0, 5.0], 50) == 3.0


def test_capacity_is_the_most_sessions_under_the_limit():
    rows = {1: {"p95": 1.2}, 5: {"p95": 2.9}, 10: {"p95": 3.4}, 20: {"p95": 7.0}}
    assert concurrency.capacity({"sessions": rows}) == 5
    assert concurrency.capacity({"sessions": {1: {"p95": 3.5}}}) is None


def test_peer_files_carry_the_figures_and_the_vendored_bundle(tmp_path):
    data = {"figures": [{"title": "A </script> title", "json": {"data": [{"type": "bar", "x": [1], "y": [2]}],
                                                                 "layout": {"height": 300}}}],
            "headline": [["Completion rate", "53%"]], "config": {"displayModeBar": False}}
    folder = peers.write(tmp_path / "peers", data)
    assert json.loads((folder / "figures.json").read_text()) == data
    page = (folder / "static" / "index.html").read_text()
    assert "</script> title" not in page and "<\\/script> title" in page
    assert (folder / "static" / "plotly.min.js").stat().st_size == peers.BUNDLE.stat().st_size
    source = (folder / "peer_app.py").read_text()
    compile(source, "peer_app.py", "exec")
    assert "st.plotly_chart" in source and "st.metric" in source or "column.metric" in source


def test_each_concurrency_step_times_at_least_ten_pages():
    assert [concurrency.rounds_for(n, 10) for n in (1, 5, 10, 20)] == [10, 2, 1, 1]
