"""The real app in headless Chromium: every page, a filter, a shared URL, a download."""
from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import settle, shot

pytestmark = pytest.mark.e2e

PAGES = {"National overview": "overview", "Force": "force", "Recommendations": "recommendations",
         "Overdue": "overdue", "Explore and download": "explore", "Data quality": "quality"}


def metric(page, label: str) -> str:
    box = page.locator("[data-testid='stMetric']", has_text=label).first
    return box.locator("[data-testid='stMetricValue']").inner_text().strip()


def test_every_page_renders_with_a_chart_or_table(page, app_url):
    page.goto(app_url)
    settle(page)
    for title, slug in PAGES.items():
        page.locator("[data-testid='stSidebarNavLink']", has_text=title).first.click()
        settle(page)
        page.wait_for_selector(f"h1:has-text('{title}')")
        assert not page.locator("[data-testid='stException']").count(), title
        assert page.locator("[data-testid='stPlotlyChart'], [data-testid='stDataFrame']").count() > 0, title
        assert "Warehouse built" in page.inner_text("body")
        shot(page, slug)


def test_filter_changes_the_figure_and_the_url_reopens_the_view(page, browser, app_url):
    page.goto(app_url)
    settle(page)
    assert metric(page, "Completion rate") == "71%"
    page.wait_for_selector("[data-testid='stPlotlyChart'] .main-svg")
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
