"""HTML pages: every <table> as a grid, with rowspan/colspan expanded and nested tables kept apart.

The plan is found later by its headings, so cookie-consent tables and layout tables cost nothing.
bs4 + lxml rather than pandas.read_html: read_html turns '10.10' into the float 10.1 and cannot be
told to keep every cell as text.
"""
from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup

from ..model import Document, ExtractError, RawTable
from .colour import fill_text
from .encoding import decode

MAX_SPAN = 50  # a colspan="10000" must not blow up memory


def _span(cell, name: str) -> int:
    try:
        return max(1, min(MAX_SPAN, int(str(cell.get(name, 1)).strip() or 1)))
    except ValueError:
        return 1


_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*(#[0-9a-f]{3,8}|rgba?\([^)]*\)|hsla?\([^)]*\)|[a-z]+)", re.I)


def _cell_text(cell) -> str:
    # nested tables were read (innermost first) and removed before their parent is read
    background = _BACKGROUND.search(str(cell.get("style", "")))
    return fill_text(cell.get_text(), background.group(1) if background else cell.get("bgcolor"))


def table_grid(table) -> tuple[list[list[str]], list[int]]:
    own_rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    grid: list[list[str]] = []
    carried: dict[int, tuple[int, str]] = {}  # column -> (rows still to fill, text) for rowspans
    for tr in own_rows:
        row: list[str] = []
        cells = [c for c in tr.find_all(["td", "th"], recursive=False)]
        col = 0
        queue = list(cells)
        while queue or any(k >= col for k in carried):
            if col in carried:
                left, text = carried[col]
                row.append(text)
                carried[col] = (left - 1, text)
                if left - 1 == 0:
                    del carried[col]
                col += 1
                continue
            if not queue:
                break
            cell = queue.pop(0)
            text = _cell_text(cell)
            rowspan, colspan = _span(cell, "rowspan"), _span(cell, "colspan")
            for _ in range(colspan):
                row.append(text)
                if rowspan > 1:
                    carried[col] = (rowspan - 1, text)
                col += 1
        grid.append(row)
    return grid, list(range(1, len(grid) + 1))


def extract(path: Path) -> Document:
    markup = decode(Path(path).read_bytes())
    soup = BeautifulSoup(markup, "lxml")
    tables = soup.find_all("table")
    if not tables:
        raise ExtractError("no_table", "an HTML page with no table in it; plans are published as tables")
    for block in soup.find_all(["br", "p", "div", "li"]):
        block.append("\n")  # keep paragraph breaks; inline markup joins without a break
    for junk in soup(["script", "style", "noscript", "nav", "footer"]):
        junk.decompose()
    for image in soup.find_all("img"):  # a RAG icon or tick says its status in its alt text
        image.replace_with(" " + str(image.get("alt") or "").strip() + " ")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    # in page order, before tables go: a 'Force:' or 'Last updated' line often sits in a layout table
    context = (title + "\n" + soup.get_text("\n", strip=True))[:8000]
    by_index: dict[int, RawTable] = {}
    depth = {id(t): len(t.find_parents("table")) for t in tables}
    for index, table in sorted(enumerate(tables, start=1), key=lambda p: -depth[id(p[1])]):
        grid, numbers = table_grid(table)
        if grid:
            by_index[index] = RawTable(f"table {index}", grid, numbers)
        table.decompose()  # a layout table around the plan must not swallow its text
    raw = [by_index[i] for i in sorted(by_index)]
    return Document(Path(path), "html", raw, context)
