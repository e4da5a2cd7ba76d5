"""Accessible to public-sector standard, in Chromium (issue 12 item 7; issue 15 item 13, keyboard):

- axe-core (the copy bundled by axe-playwright-python, injected into the page: nothing is fetched) finds no serious
  or critical violation on any page of the menu, in light and dark theme, with every "Numbers behind this chart"
  opened, and on Check my plan with a plan read;
- keyboard only: Tab reaches every sidebar filter and every download button; charts add no tab stops of their own;
  the As-of date applies on Enter or on one Tab; the map's force can be chosen and opened from the keyboard;
- every chart has its numbers beside it as a table.

No axe rule or selector is excluded.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from app import menu
from tests.e2e.conftest import free_port_in, settle, shot, start_app, stop_app
from tests.handmade import STANDARD, update, write_warehouse

pytestmark = pytest.mark.e2e

PLAN = Path(__file__).resolve().parents[1] / "fixtures" / "shapes" / "kent-stalking-action-plan.docx"

# every page of the menu, at an address that shows what it has (search: words that find an update)
PAGES = {"National overview": "", "Force": "force", "Recommendations": "recommendations", "Overdue": "overdue",
         "Map": "map", "Search updates": "search?q=recording", "Explore and download": "explore",
         "Data quality": "quality", "Check my plan": "check_plan", "Review": "review"}
BLOCKING = ("serious", "critical")
FILTERS = ["Recommendation", "Region", "Force", "Status", "As of", "Include sample data",
           "Count statuses read from update text"]

# What has keyboard focus, named as a person would: the widget (its test id and label) or the control's own words
FOCUSED = """() => {
    const a = document.activeElement;
    if (!a || a === document.body) return {kind: 'body', name: ''};
    const w = a.closest("[data-testid='stMultiSelect'], [data-testid='stDateInput'], [data-testid='stTextInput'], "
        + "[data-testid='stCheckbox'], [data-testid='stSelectbox'], [data-testid='stDownloadButton'], "
        + "[data-testid='chart'], [data-testid='stExpander'], [data-testid='stMain']");
    if (!w) return {kind: 'other', name: (a.getAttribute('aria-label') || a.innerText || '').trim()};
    const label = w.querySelector("[data-testid='stWidgetLabel']");
    const kind = w.getAttribute('data-testid');
    const name = kind === 'stExpander' ? w.querySelector('summary').innerText
               : kind === 'stMain' ? (a.getAttribute('aria-label') || a.innerText || '').slice(0, 60)
               : (label || w).innerText;
    return {kind, name: name.replace('keyboard_arrow_right', '').replace('keyboard_arrow_down', '').trim(),
            help: /^Help for/.test(a.getAttribute('aria-label') || '')};
}"""


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    directory = tmp_path_factory.mktemp("a11y_wh")
    # one sample row, so the sample-data banner is drawn and checked too
    write_warehouse(directory, STANDARD + [update("gwent", "7.1", "complete", is_sample=True)])
    process, address = start_app(directory, directory / "streamlit.log", port=free_port_in(8720, 8739))
    yield address
    stop_app(process)


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


def blocking(axe, page) -> list[str]:
    """The serious and critical violations axe finds on the page, one line per rule with where it is. The window is
    first made as tall as the page: Streamlit scrolls inside its main area, and axe cannot judge the contrast of
    text scrolled out of it (it reports such text as 'incomplete', not as a violation)."""
    height = page.evaluate("document.querySelector(\"[data-testid='stMain']\").scrollHeight")
    page.set_viewport_size({"width": page.viewport_size["width"], "height": max(1000, min(int(height) + 100, 12000))})
    page.wait_for_timeout(500)  # charts redraw at the new size
    found = axe.run(page).response["violations"]
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
            for v in found if v["impact"] in BLOCKING]


def open_page(page, address: str) -> None:
    page.goto(address)
    settle(page)
    page.wait_for_selector("h1")
    # the sidebar and parts of the main area can mount a moment after the run ends: wait until the page holds still
    page.wait_for_selector("[data-testid='stSidebar'] [data-testid='stCheckbox']")
    page.wait_for_function("""() => {
        const n = document.querySelectorAll('[data-testid]').length;
        const still = window.__a11yCount === n;
        window.__a11yCount = n;
        return still;
    }""", polling=700, timeout=30_000)
    if page.locator("[data-testid='chart']").count():
        page.locator("[data-testid='chart'] .main-svg").first.wait_for()


def open_every_expander(page) -> None:
    for summary in page.locator("[data-testid='stExpander'] summary").all():
        if summary.get_attribute("aria-expanded") != "true":
            summary.click()
    page.wait_for_timeout(500)  # the tables inside draw


def tab_walk(page, presses: int = 150) -> list[dict]:
    """Focus from the top of the page (Streamlit's "Skip to main content" link, the first stop), one Tab at a time,
    until focus leaves the page (or `presses`)."""
    page.locator("[data-testid='stSkipToContent']").focus()
    stops = [page.evaluate(FOCUSED)]
    for _ in range(presses):
        page.keyboard.press("Tab")
        stop = page.evaluate(FOCUSED)
        if stop["kind"] == "body":
            break
        stops.append(stop)
    return stops


def test_the_pages_checked_are_the_menu(url):
    assert set(PAGES) == {title for entries in menu.SECTIONS.values() for _, title, _ in entries}


def test_axe_sees_a_violation_when_there_is_one(page, url, axe):
    """The check can fail: an image without alternative text, put on a real page, is reported as critical."""
    open_page(page, f"{url}/quality")
    assert blocking(axe, page) == []
    page.evaluate("""() => { const img = document.createElement('img');
        img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='; document.querySelector('h1').after(img); }""")
    assert any(line.startswith("image-alt (critical)") for line in blocking(axe, page))


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("title", list(PAGES))
def test_no_serious_or_critical_axe_violation(browser, url, axe, title, scheme):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, color_scheme=scheme)
    page = context.new_page()
    try:
        open_page(page, f"{url}/{PAGES[title]}")
        assert page.locator("h1", has_text=title).count() == 1
        assert "Sample data" in page.inner_text("[data-testid='stMain']")  # the banner is part of what is checked
        open_every_expander(page)
        assert blocking(axe, page) == [], title
        if title == "Check my plan":
            page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(str(PLAN))
            page.wait_for_selector("[data-testid='stMetric']:has-text('Sub-items read')", timeout=60_000)
            settle(page)
            open_every_expander(page)
            assert blocking(axe, page) == [], f"{title}, with a plan read"
    finally:
        context.close()


def test_every_chart_has_its_numbers_as_a_table_beside_it(page, url):
    # the charts each page draws on the test warehouse (charts mount as they scroll in: wait for them all)
    expected = {"National overview": 4, "Force": 3, "Recommendations": 1, "Overdue": 2, "Map": 1}
    for title, path in PAGES.items():
        open_page(page, f"{url}/{path}")
        page.wait_for_function("n => document.querySelectorAll(\"[data-testid='chart']\").length >= n",
                               arg=expected.get(title, 0))
        charts = page.locator("[data-testid='chart']")
        assert charts.count() == expected.get(title, 0), title
        for n in range(charts.count()):
            # the element straight after the chart is its "Numbers behind this chart", holding a table
            numbers = charts.nth(n).locator(
                "xpath=ancestor::*[contains(@class, 'stElementContainer')][1]/following-sibling::*[1]")
            expander = numbers.locator("[data-testid='stExpander']")
            assert expander.count() == 1 and "Numbers behind this chart" in expander.inner_text(), f"{title} #{n}"
            expander.locator("summary").click()
            expander.locator("[data-testid='stDataFrame']").wait_for()


@pytest.mark.parametrize("title", [t for t in PAGES if t != "Check my plan"])
def test_keyboard_alone_reaches_every_filter_and_every_download(page, url, title):
    open_page(page, f"{url}/{PAGES[title]}")
    stops = tab_walk(page)
    downloads = sorted(b.inner_text().strip() for b in page.locator("[data-testid='stDownloadButton']").all())
    reached = {s["name"] for s in stops if not s.get("help")}
    missing = [name for name in FILTERS if name not in reached]
    assert not missing, f"{title}: Tab never reaches {missing}; it went {[s['name'][:30] for s in stops]}"
    assert sorted(s["name"] for s in stops if s["kind"] == "stDownloadButton") == downloads, title
    if title in REPORTS:  # a report is made when asked (issue 22 item 5): its button from the keyboard, then its files
        assert any(REPORTS[title] in s["name"] for s in stops), f"{title}: Tab never reaches its report"
        page.get_by_role("button", name=REPORTS[title]).focus()
        page.keyboard.press("Enter")
        page.locator("[data-testid='stDownloadButton']").first.wait_for(timeout=120_000)
        settle(page)
        stops = tab_walk(page)
        downloads = sorted(b.inner_text().strip() for b in page.locator("[data-testid='stDownloadButton']").all())
        assert sorted(s["name"] for s in stops if s["kind"] == "stDownloadButton") == downloads, title
    if title in ("National overview", "Explore and download", "Force", "Overdue", "Search updates"):
        assert downloads, f"{title} should offer downloads"


REPORTS = {"National overview": "Make the national report", "Force": "Make the force report"}


def test_charts_add_no_tab_stops_and_the_first_chart_is_near(page, url):
    """Plotly's mode bar put 8 tab stops in front of each chart (25 Tabs to the first chart's numbers)."""
    for title in ("National overview", "Force", "Recommendations", "Overdue", "Map"):
        open_page(page, f"{url}/{PAGES[title]}")
        stops = tab_walk(page)
        assert not [s for s in stops if s["kind"] == "chart"], f"{title}: a chart takes keyboard focus"
        main = next(i for i, s in enumerate(stops) if s["kind"] == "stMain")
        first = next(i for i, s in enumerate(stops) if s["kind"] == "stExpander"
                     and s["name"].startswith("Numbers behind this chart"))
        assert first - main <= 10, f"{title}: {first - main} Tabs from the page's start to its first chart's numbers"


def as_of_field(page):
    return page.locator("[data-testid='stSidebar'] [data-testid='stTextInput']").filter(
        has=page.get_by_text("As of", exact=True)).locator("input")


def overdue_count(page) -> str:
    box = page.locator("[data-testid='stMetric']", has_text="Overdue sub-items").first
    return box.locator("[data-testid='stMetricValue']").inner_text().strip()


@pytest.mark.parametrize("key", ["Enter", "Tab"])
def test_the_as_of_date_applies_on_enter_or_one_tab(page, url, key):
    open_page(page, f"{url}/overdue")
    today_overdue = overdue_count(page)
    stops = tab_walk(page)
    assert sum(1 for s in stops if s["name"] == "As of" and not s.get("help")) == 1  # one tab stop, not four
    as_of_field(page).focus()
    page.keyboard.type("01/04/2024")
    page.keyboard.press(key)
    page.wait_for_function("() => window.location.search.includes('as_of=2024-04-01')", timeout=15_000)
    settle(page)
    assert as_of_field(page).input_value() == "2024-04-01"
    assert "1 April 2024" in page.inner_text("[data-testid='stMain']")
    assert overdue_count(page) != today_overdue  # before every deadline nothing is overdue


def test_a_date_that_is_not_one_says_so_and_today_is_shown(page, url):
    open_page(page, f"{url}/overdue")
    as_of_field(page).fill("31/02/2025")
    page.keyboard.press("Enter")
    page.wait_for_selector("text=is not a date", timeout=15_000)
    settle(page)
    assert as_of_field(page).input_value() == "31/02/2025"  # left as typed, to be corrected


def test_the_map_opens_a_force_from_the_keyboard(page, url):
    open_page(page, f"{url}/map")
    stops = tab_walk(page)
    assert "Or open a force's page" in {s["name"] for s in stops}
    picker = page.locator("[data-testid='stSelectbox']").filter(has=page.get_by_text("Or open a force's page"))
    picker.locator("input").focus()
    page.keyboard.type("Kent")
    page.keyboard.press("Enter")
    page.wait_for_selector("h1:has-text('Force')", timeout=30_000)
    settle(page)
    assert re.search(r"lead_force=Kent", page.url)
    box = page.locator("[data-testid='stMetric']", has_text="Sub-items done").first
    assert box.locator("[data-testid='stMetricValue']").inner_text().strip() == "3 of 4"
    shot(page, "a11y-map-keyboard-to-kent")
