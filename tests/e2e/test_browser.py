"""The real app in headless Chromium: every page, a filter, a shared URL, a download."""
from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import settle, shot

pytestmark = pytest.mark.e2e

PAGES = {"National overview": "overview", "Force": "force", "Recommendations": "recommendations",
         "Overdue": "overdue", "Map": "map", "Search updates": "search", "Explore and download": "explore",
         "Data quality": "quality"}


def metric(page, label: str) -> str:
    box = page.locator("[data-testid='stMetric']", has_text=label).first
    return box.locator("[data-testid='stMetricValue']").inner_text().strip()


def test_every_page_renders_with_a_chart_or_table(page, app_url):
    page.goto(app_url)
    settle(page)
    for title, slug in PAGES.items():
        page.locator("[data-testid='stPageLink']", has_text=title).first.click()
        settle(page)
        page.wait_for_selector(f"h1:has-text('{title}')")
        assert not page.locator("[data-testid='stException']").count(), title
        if slug != "search":  # search shows results only once words are typed
            assert page.locator("[data-testid='chart'], [data-testid='stDataFrame']").count() > 0, title
        assert "Warehouse built" in page.inner_text("body")
        shot(page, slug)


def test_filter_changes_the_figure_and_the_url_reopens_the_view(page, browser, app_url):
    page.goto(app_url)
    settle(page)
    assert metric(page, "Completion rate") == "71%"
    page.wait_for_selector("[data-testid='chart'] .main-svg")
    force_filter = page.locator("[data-testid='stMultiSelect']").filter(has=page.get_by_text("Force", exact=True))
    force_filter.locator("input").click()
    force_filter.locator("input").fill("Kent")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    settle(page)
    assert metric(page, "Completion rate") == "75%"
    page.wait_for_function("() => window.location.search.includes('force=Kent')")
    shared = page.url
    assert re.search(r"force=Kent(\+|%20)Police", shared)
    other = browser.new_page()
    other.goto(shared)
    settle(other)
    assert metric(other, "Completion rate") == "75%"
    other.close()


def test_deep_link_to_a_page_with_filters(page, app_url):
    page.goto(f"{app_url}/force?lead_force=Essex+Police")
    settle(page)
    page.wait_for_selector("h1:has-text('Force')")
    assert metric(page, "Completion rate") == "67%"
    assert "Sample data" not in page.inner_text("body")  # the fixture is not sample data


def test_download_is_exactly_the_rows_shown_and_formula_safe(page, app_url):
    page.goto(f"{app_url}/explore?force=Kent+Police")
    settle(page)
    page.wait_for_selector("h1:has-text('Explore and download')")
    with page.expect_download() as download_info:
        page.locator("[data-testid='stDownloadButton']", has_text="Download CSV").first.click()
    content = open(download_info.value.path(), encoding="utf-8-sig").read()
    lines = content.strip().splitlines()
    assert lines[0].startswith("force_id,force_name") and len(lines) == 5  # header + Kent's 4 rows
    assert "'=HYPERLINK" in content and ",=HYPERLINK" not in content
    shot(page, "explore-kent")


def test_search_page_finds_and_highlights(page, app_url):
    page.goto(f"{app_url}/search")
    settle(page)
    page.get_by_label("Words to find").fill("finished recording")
    page.keyboard.press("Enter")
    settle(page)
    assert metric(page, "Matching updates") == "1"
    assert "Essex finished the recording change." in page.inner_text("body")
    page.wait_for_function("() => window.location.search.includes('q=finished')")
    shot(page, "search")
    link = page.locator("[data-testid='stSidebar'] a", has_text="Link to this view").get_attribute("href")
    assert "q=finished+recording" in link  # the sidebar link carries the page's own choices too


def test_link_to_this_view_reopens_a_page_with_its_own_choice(page, browser, app_url):
    page.goto(f"{app_url}/force?lead_force=Kent+Police&status=Complete")  # Kent: not the page's default force
    settle(page)
    link = page.locator("[data-testid='stSidebar'] a", has_text="Link to this view").get_attribute("href")
    assert "lead_force=Kent+Police" in link and link.count("status=") == 1
    other = browser.new_page()
    other.goto(f"{app_url}/force{link}")
    settle(other)
    # the Force page shows the force whole (a status filter is noted, not applied): Kent's 3 of 4
    assert metric(other, "Completion rate") == "75%" and metric(other, "Sub-items done") == "3 of 4"
    assert "is not applied on this page" in other.inner_text("body")
    other.close()


def test_map_shows_every_force_and_a_click_opens_its_page(page, app_url):
    page.goto(f"{app_url}/map")
    settle(page)
    points = page.locator("[data-testid='chart'] .scatterlayer .trace .points path")
    points.first.wait_for()
    assert points.count() == 44
    shot(page, "map")
    # forces with data and forces without are two traces: find Kent's hexagon by its custom data
    trace, point = page.evaluate("""force => {
        const plot = document.querySelector("[data-testid='chart'] .js-plotly-plot");
        for (let t = 0; t < plot.data.length; t++) {
            const i = (plot.data[t].customdata || []).findIndex(c => c[c.length - 1] === force);
            if (i >= 0) return [t, i];
        }
    }""", "kent")
    page.locator("[data-testid='chart'] .scatterlayer .trace").nth(trace).locator(".points path").nth(point) \
        .click(force=True)
    page.wait_for_selector("h1:has-text('Force')", timeout=30_000)
    settle(page)
    assert metric(page, "Completion rate") == "75%"
    assert "lead_force=Kent" in page.url


def test_a_new_tab_draws_its_charts_with_the_cartesian_bundle_not_all_of_plotly_js(page, app_url):
    """Issue 15 item 15: Streamlit's own chart element loaded all of plotly.js (4.7 MB), a 1.2-1.5 s start-up in
    every new tab; the app's chart element loads the 1.5 MB cartesian bundle, once, whatever the number of charts."""
    page.goto(app_url)
    settle(page)
    page.wait_for_function("""() => { const charts = document.querySelectorAll("[data-testid='chart']");
        return charts.length >= 4 && [...charts].every(c => c.querySelector('.main-svg')); }""", timeout=30_000)
    scripts = page.evaluate("() => performance.getEntriesByType('resource').map(r => r.name.split('/').pop())")
    assert not [name for name in scripts if name.startswith("PlotlyChart")], "Streamlit's plotly.js was loaded"
    assert [name for name in scripts if name.startswith("plotly-cartesian")] == ["plotly-cartesian-4.1.1.min.js"]
    assert page.evaluate("() => window.Plotly.version") == "4.1.1"
    # drawn in the page's theme: axis labels in the theme's text colour, not plotly.js's default grey-blue
    fill = page.evaluate("""() => getComputedStyle(document.querySelector("[data-testid='chart'] .xtick text")).fill""")
    assert fill != "rgb(68, 68, 68)" and fill == page.evaluate(
        "() => getComputedStyle(document.querySelector('[data-testid=stMarkdownContainer]')).color")
