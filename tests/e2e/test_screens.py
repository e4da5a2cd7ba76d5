"""What a person sees must be true (issue 15): each screen that once stated something false, in Chromium, on a
warehouse made for it (tests/e2e/screens_data.py); and every page at 1440 and 390 px, light and dark, with what
item 10 found there measured (heatmap width, overlapping hexagons, titles cut off, a white map, no data as 0%)."""
from __future__ import annotations

import io
import math
import time

import pytest

from tests.e2e.conftest import SCREENSHOTS, free_port_in, settle, shot, start_app, stop_app
from tests.e2e.screens_data import SCREENS
from tests.handmade import write_warehouse

pytestmark = pytest.mark.e2e

PAGES = {"overview": "", "force": "force", "recommendations": "recommendations", "overdue": "overdue",
         "map": "map", "search": "search?q=training", "explore": "explore", "quality": "quality",
         "check_plan": "check_plan"}


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    directory = tmp_path_factory.mktemp("screens_wh")
    write_warehouse(directory, SCREENS, build_id="screens-build")
    process, address = start_app(directory, directory / "streamlit.log", port=free_port_in(8740, 8759))
    yield address
    stop_app(process)


@pytest.fixture
def wide(browser):
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, accept_downloads=True)
    yield context.new_page()
    context.close()


def open_page(page, address: str) -> str:
    page.goto(address)
    settle(page)
    assert not page.locator("[data-testid='stException']").count()
    return page.inner_text("[data-testid='stMain']")


def metric(page, label: str) -> str:
    box = page.locator("[data-testid='stMetric']", has_text=label).first
    return box.locator("[data-testid='stMetricValue']").inner_text().strip()


HEX_FILL = """force => {
    const plot = document.querySelector("[data-testid='chart'] .js-plotly-plot");
    const shape = (plot.layout.shapes || []).findIndex(s => s.name === force);
    if (shape >= 0) {  // hexagons drawn as shapes: fill and its opacity (no data is unfilled)
        const path = plot.querySelector(`.shapelayer path[data-index="${shape}"]`);
        return path.style.fill + " / " + path.style.fillOpacity;
    }
    const traces = plot.querySelectorAll('.scatterlayer .trace');
    for (let t = 0; t < plot.data.length; t++) {
        const custom = plot.data[t].customdata || [];
        for (let i = 0; i < custom.length; i++) {
            if (custom[i][custom[i].length - 1] === force) {
                return traces[t].querySelectorAll('.points path')[i].style.fill;
            }
        }
    }
    return null;
}"""


def test_1_map_never_paints_no_data_as_zero(wide, url):
    text = open_page(wide, f"{url}/map?region=Wales")
    wide.locator("[data-testid='chart'] .scatterlayer .points path").first.wait_for(state="attached")
    kent, essex = wide.evaluate(HEX_FILL, "kent"), wide.evaluate(HEX_FILL, "essex")
    zero, full = wide.evaluate(HEX_FILL, "dyfed-powys"), wide.evaluate(HEX_FILL, "gwent")
    assert kent and kent == essex  # outside the filter: both no data
    assert kent != zero and kent != full  # ...drawn apart from the 0% colour (Dyfed-Powys) and 100% (Gwent)
    assert "not 0%" in text
    shot(wide, "issue15-map-wales")


def test_2_force_page_is_whole_under_a_status_filter(wide, url):
    text = open_page(wide, f"{url}/force?lead_force=Kent+Police&status=In+progress")
    assert "is not applied on this page" in text
    assert metric(wide, "Completion rate") == "50%"  # 3 of Kent's 6, as its trend says; not 0%
    assert metric(wide, "Sub-items done") == "3 of 6" and metric(wide, "Rank") == "2 of 5"
    assert "every item of this force's plan is done" not in text
    shot(wide, "issue15-force-status-filter")


def test_3_tables_offer_only_the_formula_safe_download(wide, url):
    open_page(wide, f"{url}/explore?force=Kent+Police")
    table = wide.locator("[data-testid='stDataFrame']").first
    table.hover()
    wide.locator("[data-testid='stElementToolbar'] button").first.wait_for(state="visible")
    assert wide.locator("[data-testid='stElementToolbar'] button[aria-label='Download as CSV']").count() == 0
    assert wide.get_by_role("button", name="Download as CSV").count() == 0
    with wide.expect_download() as download:
        wide.locator("[data-testid='stDownloadButton']", has_text="Download CSV").first.click()
    content = open(download.value.path(), encoding="utf-8-sig").read()
    assert "'=HYPERLINK" in content and "'@SUM" in content and ",=HYPERLINK" not in content


def test_4_a_loose_or_wrong_link_says_what_it_showed(wide, url):
    text = open_page(wide, f"{url}/force?lead_force=Kent")
    assert "'Kent' was read as Kent Police" in text
    assert metric(wide, "Sub-items done") == "3 of 6"  # Kent, not the first force in the list
    text = open_page(wide, f"{url}/?force=NotAForce&as_of=garbage&rec=999")
    assert "no force is called 'NotAForce'" in text
    assert "'garbage' is not a date" in text and "no recommendation is called '999'" in text
    text = open_page(wide, f"{url}/?force=kent&region=wales")
    assert "'kent' was read as Kent Police" in text and "'wales' was read as Wales" in text
    link = wide.locator("[data-testid='stSidebar'] a", has_text="Link to this view").get_attribute("href")
    assert "force=Kent+Police" in link and "region=Wales" in link
    shot(wide, "issue15-wrong-link")


def test_5_as_of_views_say_who_had_a_plan(wide, url):
    text = open_page(wide, f"{url}/overdue?as_of=2025-04-01")
    assert "3 of 44 forces" in text  # Kent, Essex, Gwent; Dyfed-Powys from 15 April; Surrey's plan is undated
    assert "Undated plans (Surrey Police) count from 1 November 2026" in text
    text = open_page(wide, f"{url}/?as_of=2020-01-01")
    assert "No plan items match these filters" in text and "0 of 44 forces" in text  # the undated plan waits
    open_page(wide, url)
    wide.locator("[data-testid='chart'] .main-svg").first.wait_for()
    names = wide.evaluate("""() => [...document.querySelectorAll("[data-testid='chart'] .js-plotly-plot")]
                                   .flatMap(p => p.data.map(t => t.name || ''))""")
    assert any(name.startswith("Like for like") for name in names)


def test_6_missing_sub_items_are_shown_beside_the_figure(wide, url):
    text = open_page(wide, f"{url}/force?lead_force=Kent+Police")
    assert "does not mention 33 of the reference sub-items" in text and "14.1" in text
    text = open_page(wide, url)
    assert "plans leave out" in text


def tall_shot(page, name: str, width: int) -> None:
    """The whole page: Streamlit scrolls inside its main area, so the window is made as tall as the content."""
    height = page.evaluate("document.querySelector(\"[data-testid='stMain']\").scrollHeight")
    page.set_viewport_size({"width": width, "height": max(900, min(int(height), 9000))})
    page.wait_for_timeout(600)  # charts redraw at the new size
    shot(page, name)
    page.set_viewport_size({"width": width, "height": 900})


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1440, 390])
def test_every_page_at_both_widths_and_themes(browser, url, width, scheme):
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    try:
        for name, path in PAGES.items():
            open_page(page, f"{url}/{path}")
            if name in ("overview", "force", "map", "recommendations", "overdue"):
                page.locator("[data-testid='chart'] .main-svg").first.wait_for()
            tall_shot(page, f"screens-{name}-{width}-{scheme}", width)
    finally:
        context.close()
    assert (SCREENSHOTS / f"screens-quality-{width}-{scheme}.png").exists()


def test_new_tab_load_time_is_recorded(browser, url):
    """Not a timed test: writes how long a new tab takes to its last chart, for the benchmark notes."""
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    lines = []
    try:
        for name in ("overview", "force", "map"):
            page = context.new_page()
            start = time.monotonic()
            page.goto(f"{url}/{PAGES[name]}")
            settle(page)
            page.wait_for_function("""() => {
                const plots = document.querySelectorAll("[data-testid='chart']");
                return plots.length > 0 && [...plots].every(p => p.querySelector('.main-svg'));
            }""", timeout=30_000)
            lines.append(f"{name}\t{time.monotonic() - start:.2f} s")
            page.close()
    finally:
        context.close()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    (SCREENSHOTS / "new-tab-load.tsv").write_text("\n".join(lines) + "\n")


# ------------------------------------------------------------------ item 10: small screens and dark theme
def themed(browser, width: int, scheme: str):
    return browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)


def plot_of(page, kind: str) -> str:
    """A selector for the first drawn Plotly chart whose first trace is of this kind (heatmap, scatter, bar)."""
    page.wait_for_function("""kind => [...document.querySelectorAll("[data-testid='chart'] .js-plotly-plot")]
                                   .some(p => p.data && p.data[0].type === kind && p.querySelector('.main-svg'))""",
                           arg=kind, timeout=30_000)
    index = page.evaluate("""kind => [...document.querySelectorAll("[data-testid='chart']")]
                             .findIndex(c => c.querySelector('.js-plotly-plot').data[0].type === kind)""", kind)
    return f"[data-testid='chart'] >> nth={index}"


def pixels(page, box: dict):
    from PIL import Image

    return Image.open(io.BytesIO(page.screenshot(clip=box))).convert("RGB")


def test_heatmap_is_readable_at_390_px(browser, url):
    """The heatmap's grid was some 60 px wide at 390 px: force names and the colour bar beside it took the rest."""
    context = themed(browser, 390, "light")
    page = context.new_page()
    try:
        open_page(page, url)
        chart = plot_of(page, "heatmap")
        page.locator(chart).scroll_into_view_if_needed()
        page.wait_for_timeout(400)
        grid, whole, columns = page.evaluate("""selector => {
            const plot = document.querySelector("[data-testid='chart'] .js-plotly-plot") &&
                [...document.querySelectorAll("[data-testid='chart'] .js-plotly-plot")]
                .find(p => p.data[0].type === 'heatmap');
            return [plot._fullLayout._size.w, plot.getBoundingClientRect().width, plot.data[0].x.length];
        }""", chart)
        assert whole <= 390
        assert grid >= 0.6 * whole, f"the grid is {grid:.0f} px of a {whole:.0f} px chart"
        assert grid / columns >= 24  # a cell a finger can find
        shot(page, "item10-heatmap-390-light")
    finally:
        context.close()


HEXAGON_BOXES = """() => {
    const plot = [...document.querySelectorAll("[data-testid='chart'] .js-plotly-plot")]
        .find(p => (p.layout.shapes || []).length || (p.data[0].marker || {}).symbol === 'hexagon');
    const seen = el => { for (let e = el; e && e !== plot; e = e.parentElement) {
        if (parseFloat(getComputedStyle(e).opacity) === 0 || getComputedStyle(e).display === 'none') return false; }
        return true; };
    const drawn = [...plot.querySelectorAll('.shapelayer path, .scatterlayer .points path')].filter(seen);
    return drawn.map(e => { const r = e.getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; });
}"""


@pytest.mark.parametrize("width", [390, 1440])
def test_map_hexagons_never_overlap(browser, url, width):
    """Hexagons were markers of a fixed 46 px: at 390 px they covered each other. Whatever is drawn (shapes or
    markers), each pair of hexagons keeps its centres at least a hexagon's width apart."""
    context = themed(browser, width, "light")
    page = context.new_page()
    try:
        open_page(page, f"{url}/map")
        page.locator(plot_of(page, "scatter")).scroll_into_view_if_needed()
        page.wait_for_timeout(400)
        boxes = page.evaluate(HEXAGON_BOXES)
        assert len(boxes) == 44
        narrowest = min(w for _, _, w, _ in boxes)
        assert narrowest >= 20  # not solved by drawing them tiny
        centres = [(x + w / 2, y + h / 2, w) for x, y, w, h in boxes]
        for i, (ax, ay, aw) in enumerate(centres):
            for bx, by, bw in centres[i + 1:]:
                assert math.dist((ax, ay), (bx, by)) >= 0.97 * min(aw, bw), "two hexagons overlap"
        shot(page, f"item10-map-{width}-light")
    finally:
        context.close()


@pytest.mark.parametrize("width", [390, 1440])
def test_map_is_no_white_box_in_dark_theme(browser, url, width):
    """In dark theme the map was a white box: almost none of its area may be near white."""
    context = themed(browser, width, "dark")
    page = context.new_page()
    try:
        open_page(page, f"{url}/map")
        chart = page.locator(plot_of(page, "scatter"))
        chart.scroll_into_view_if_needed()
        page.wait_for_timeout(400)
        image = pixels(page, chart.bounding_box())
        raw = image.tobytes()
        colours = [tuple(raw[i:i + 3]) for i in range(0, len(raw), 3)]
        white = sum(1 for r, g, b in colours if min(r, g, b) >= 225) / len(colours)
        mean = sum(sum(c) / 3 for c in colours) / len(colours)
        assert white < 0.03, f"{white:.0%} of the map is near white"
        assert mean < 80, f"the map's mean brightness is {mean:.0f} on a dark page"
        shot(page, f"item10-map-{width}-dark")
    finally:
        context.close()


CELL = """([force, rec]) => {
    const plot = [...document.querySelectorAll("[data-testid='chart'] .js-plotly-plot")]
        .find(p => p.data[0].type === 'heatmap');
    const heat = plot.data[0], xa = plot._fullLayout.xaxis, ya = plot._fullLayout.yaxis, r = plot.getBoundingClientRect();
    const col = heat.x.findIndex(v => String(v).replace('Rec ', '') === rec), row = heat.y.indexOf(force);
    const step = Math.abs(xa.l2p(1) - xa.l2p(0)) || xa._length;
    // a third of a cell right of its centre: clear of the cross a no-data cell carries
    return [r.x + xa._offset + xa.l2p(col) + step / 3, r.y + ya._offset + ya.l2p(row)];
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_missing_heatmap_cells_are_drawn_apart_from_zero(browser, url, scheme):
    """Dyfed-Powys is 0% on recommendation 7 and has no data on 11 (only Gwent reports on it): on a dark page an
    empty cell showed the dark background, which reads as Cividis' 0% navy. No data has its own fill and legend."""
    context = themed(browser, 1440, scheme)
    page = context.new_page()
    try:
        open_page(page, url)
        chart = page.locator(plot_of(page, "heatmap"))
        chart.scroll_into_view_if_needed()
        page.wait_for_timeout(400)
        image = pixels(page, {"x": 0, "y": 0, "width": 1440, "height": 900})
        zero = image.getpixel(tuple(int(v) for v in page.evaluate(CELL, ["Dyfed-Powys Police", "7"])))
        none = image.getpixel(tuple(int(v) for v in page.evaluate(CELL, ["Dyfed-Powys Police", "11"])))
        assert math.dist(zero, none) > 120, f"no data {none} looks like 0% {zero}"
        assert "No data" in chart.locator(".legend").text_content()
        shot(page, f"item10-heatmap-1440-{scheme}")
    finally:
        context.close()


TITLES = """() => [...document.querySelectorAll("[data-testid='chart']")].map(chart => {
    const gtitle = chart.querySelector('.gtitle');  // a Plotly title never wraps
    const own = gtitle && gtitle.textContent.trim() ? gtitle : null;
    const block = chart.closest("[data-testid='stElementContainer']").previousElementSibling;
    const text = own ? own : block && block.querySelector("[data-testid='stMarkdownContainer']");
    const c = chart.getBoundingClientRect(), t = text ? text.getBoundingClientRect() : null;
    return [c.left, c.right, t && t.left, t && t.right, text ? text.textContent : ''];
})"""


@pytest.mark.parametrize("path", ["", "force?lead_force=Kent+Police", "map", "recommendations", "overdue"])
def test_chart_titles_are_whole_at_390_px(browser, url, path):
    """At 390 px Plotly titles ran past the chart's edge (cut off, and under its toolbar's corner): each chart's
    title is wholly inside the page's width."""
    context = themed(browser, 390, "light")
    page = context.new_page()
    try:
        open_page(page, f"{url}/{path}")
        page.locator("[data-testid='chart'] .main-svg").first.wait_for()
        titles = page.evaluate(TITLES)
        assert titles
        for left, right, title_left, title_right, text in titles:
            assert text.strip(), "a chart without a title"
            assert title_left >= left - 1 and title_right <= right + 1, f"'{text}' is cut off at 390 px"
    finally:
        context.close()


@pytest.mark.parametrize("path", ["", "force?lead_force=Kent+Police", "recommendations", "overdue", "map"])
def test_every_chart_keeps_room_to_plot_at_390_px(browser, url, path):
    """Axis labels, legends and colour bars at the side once left some plots 40-110 px of a 358 px chart."""
    context = themed(browser, 390, "light")
    page = context.new_page()
    try:
        open_page(page, f"{url}/{path}")
        page.locator("[data-testid='chart'] .main-svg").first.wait_for()
        page.wait_for_function("""() => [...document.querySelectorAll("[data-testid='chart']")]
                                        .every(c => c.querySelector('.main-svg'))""", timeout=30_000)
        sizes = page.evaluate("""() => [...document.querySelectorAll("[data-testid='chart'] .js-plotly-plot")]
            .map(p => [p._fullLayout._size.w, p.getBoundingClientRect().width, (p.layout.meta || {}).title || ''])""")
        assert sizes
        for plot, whole, title in sizes:
            assert plot >= 0.5 * whole, f"'{title}': {plot:.0f} px to plot in a {whole:.0f} px chart"
    finally:
        context.close()


def test_page_titles_do_not_break_inside_a_word_at_390_px(browser, url):
    """'Recommendations' in Streamlit's 44 px title took two lines at 390 px, broken as 'Recommendation' / 's'."""
    context = themed(browser, 390, "light")
    page = context.new_page()
    try:
        for path in ("recommendations", "quality", ""):
            open_page(page, f"{url}/{path}")
            page.evaluate("document.fonts.ready.then(() => true)")
            lines = page.evaluate("""() => {  // line boxes of the title's text
                const range = document.createRange();
                range.selectNodeContents(document.querySelector("[data-testid='stMain'] h1").firstElementChild);
                return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size; }""")
            title = page.locator("[data-testid='stMain'] h1").first.inner_text()
            longest = max(title.split(), key=len)
            if path == "recommendations":
                size = page.evaluate("getComputedStyle(document.querySelector(\"[data-testid='stMain'] h1\")).fontSize")
                assert lines == 1, f"'{title}' takes {lines} lines at {size}"
            assert page.evaluate("""word => { const h = document.querySelector("[data-testid='stMain'] h1");
                const probe = document.createElement('span'); probe.textContent = word;
                probe.style.font = getComputedStyle(h).font; probe.style.whiteSpace = 'nowrap';
                document.body.appendChild(probe); const w = probe.getBoundingClientRect().width; probe.remove();
                return w <= h.getBoundingClientRect().width; }""", longest), f"'{longest}' is wider than the page"
    finally:
        context.close()


# ---------------------------------------------------------------- issue 22: screens that say what lags
def boxes(page, selector: str) -> list[dict]:
    return [b for b in (e.bounding_box() for e in page.locator(selector).all()) if b]


def test_22_headline_figures_are_two_to_a_row_on_a_phone(browser, url):
    """Eight figures stacked one a row took 1,000 px before the first chart at 390 px."""
    page = themed(browser, 390, "light").new_page()
    try:
        open_page(page, url)
        page.locator("[data-testid='stMetric']").nth(7).wait_for()
        figures = boxes(page, "[data-testid='stMetric']")
        assert len(figures) == 8
        rows = sorted({round(b["y"]) for b in figures})
        assert len(rows) == 4, rows  # two to a row
        assert all(b["x"] + b["width"] <= 390 for b in figures)
        assert rows[-1] + figures[-1]["height"] - rows[0] < 520
        shot(page, "issue22-headline-390")
    finally:
        page.context.close()
    page = themed(browser, 1440, "light").new_page()
    try:
        open_page(page, url)
        page.locator("[data-testid='stMetric']").nth(7).wait_for()
        rows = sorted({round(b["y"]) for b in boxes(page, "[data-testid='stMetric']")})
        assert len(rows) == 2, rows  # four to a row on a wide screen
    finally:
        page.context.close()


def test_22_the_force_page_names_the_one_force_it_shows(wide, url):
    text = open_page(wide, f"{url}/force?force=Essex+Police&lead_force=Kent+Police")
    assert "Showing: Kent Police" in text and "Showing: Essex" not in text
    assert metric(wide, "Sub-items done") == "3 of 6"
    assert "force=Essex" not in wide.url
    shot(wide, "issue22-force-one-control")
