"""HTML pages: every <table> as a grid, with rowspan/colspan expanded and nested tables kept apart.

The plan is found later by its headings, so cookie-consent tables and layout tables cost nothing.
bs4 + lxml rather than pandas.read_html: read_html turns '10.10' into the float 10.1 and cannot be
told to keep every cell as text.
"""
from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup

from bs4 import NavigableString, Tag

from ..model import Block, Document, ExtractError, Issue, RawTable
from .colour import GENERIC_BADGE, fill_text
from .encoding import decode

MAX_SPAN = 50  # a colspan="10000" must not blow up memory
MAX_COLS, MAX_CELLS = 200, 200_000  # per table: spans cannot amplify a page into gigabytes of cells


def _span(cell, name: str) -> int:
    try:
        return max(1, min(MAX_SPAN, int(str(cell.get(name, 1)).strip() or 1)))
    except ValueError:
        return 1


_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*(#[0-9a-f]{3,8}|rgba?\([^)]*\)|hsla?\([^)]*\)|[a-z]+)", re.I)


def _cell_text(cell) -> str:
    # nested tables were read (innermost first) and removed before their parent is read
    background = _BACKGROUND.search(str(cell.get("style", "")))
    if background is None and not cell.get("bgcolor") and not cell.get_text(strip=True):
        # an empty marker inside the cell coloured by its own style (<span class="marker" style="background:#00703c">)
        background = next((found for inner in cell.find_all(style=True)
                           if (found := _BACKGROUND.search(str(inner.get("style", ""))))), None)
    return fill_text(cell.get_text().replace(BREAK, "\n"), background.group(1) if background else cell.get("bgcolor"))


def table_grid(table, wide: set[tuple[int, str]] | None = None) -> tuple[list[list[str]], list[int], set[tuple[int, str]]]:
    """Rows of cells with rowspans and colspans spread out; `wide`, when given, collects (row, text) of cells
    merged across columns."""
    own_rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    grid: list[list[str]] = []
    carried: dict[int, tuple[int, str]] = {}  # column -> (rows still to fill, text) for rowspans
    cells_total = 0
    spanned: set[tuple[int, str]] = set()  # (row, text) of cells a rowspan carries down
    for tr in own_rows:
        row: list[str] = []
        cells = [c for c in tr.find_all(["td", "th"], recursive=False)]
        col = 0
        queue = list(cells)
        while (queue or any(k >= col for k in carried)) and col < MAX_COLS:
            if col in carried:
                left, text = carried[col]
                row.append(text)
                if text.strip():
                    spanned.add((len(grid) + 1, text))
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
            if colspan > 1 and wide is not None and text.strip():
                wide.add((len(grid) + 1, text))
            for _ in range(min(colspan, MAX_COLS - col)):
                row.append(text)
                if rowspan > 1:
                    carried[col] = (rowspan - 1, text)
                col += 1
        cells_total += len(row)
        if cells_total > MAX_CELLS:
            break  # the rest of an absurd table is not read
        grid.append(row)
    return grid, list(range(1, len(grid) + 1)), spanned


_UNSHOWN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
BREAK = "\u2028"  # a <br>: a line break in the page, unlike a newline in the markup, which is a space
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BADGE_COLOUR = re.compile(r"(?:^|\s)[\w-]*?(?:rag|brag|status|badge|pill|tag|label)[-_]+(?P<colour>green|amber|red|blue)\b",
                           re.IGNORECASE)
# a badge's own words when they say nothing: a label ('Status', 'RAG status'), a dot or an empty shape
_BADGE_STATE = re.compile(r"(?:^|\s)[\w-]*?(?:rag|brag|status|badge|pill|tag|label|state|is)[-_]+(?P<state>complete|completed|done|"
                          r"in[-_]progress|not[-_]started|on[-_]track|bau|not[-_]applicable|closed|open|green|amber|red|blue)\b",
                          re.IGNORECASE)
_MARKER_CLASS = re.compile(r"(dot|status|rag|brag|badge|marker|indicator|pill|swatch|light)", re.IGNORECASE)
_STATE_ATTRIBUTES = ("data-status", "data-rag", "data-state", "data-rag-status")


def _badge_meaning(badge) -> str:
    """What a badge's markup says its status is: a data attribute, then a state or colour its classes name; '' when
    it names none (a bare 'rag' class, or a title that only dates it)."""
    for attribute in _STATE_ATTRIBUTES:
        if badge.get(attribute) and str(badge.get(attribute)).strip():
            return re.sub(r"[-_]+", " ", str(badge.get(attribute)).strip()).capitalize()
    classes = " ".join(badge.get("class") or [])
    if found := _BADGE_STATE.search(classes) or _BADGE_COLOUR.search(classes):
        return re.sub(r"[-_]+", " ", found.group(found.lastgroup)).capitalize()
    return ""


_SCREEN_READER_ONLY = re.compile(r"^(visually-hidden|visuallyhidden|sr-only|screen-reader-text|govuk-visually-hidden)$")
_SKIP = {"script", "style", "noscript", "nav", "footer", "header", "form", "button", "select", "svg", "iframe", "template"}
_PARAGRAPHS = {"p", "dt", "dd", "blockquote", "pre", "caption", "summary", "figcaption", "address"}
_BLOCKISH = set(_HEADINGS) | _PARAGRAPHS | {"div", "section", "article", "main", "aside", "ul", "ol", "li", "table",
                                            "details", "dl", "fieldset", "body", "html", "center", "hr", "br"}


def _text_lines(node) -> list[str]:
    """A block's text, broken at <br> and at nested block elements, spaces folded."""
    parts: list[str] = []
    for piece in node.descendants if isinstance(node, Tag) else [node]:
        if isinstance(piece, NavigableString) and not isinstance(piece, type(None)):
            if piece.find_parent(list(_SKIP)) is None and type(piece).__name__ == "NavigableString":
                parts.append(str(piece))
        elif isinstance(piece, Tag) and piece.name in ("br", "p", "div", "li"):
            parts.append(BREAK)
    return [" ".join(line.split()) for line in "".join(parts).split(BREAK) if line.strip()]


def blocks_of(soup) -> list[Block]:
    """The page in reading order: headings, paragraphs, list items with their numbers, table rows."""
    out: list[Block] = []

    def emit(kind: str, text: str, **extra) -> None:
        if text.strip():
            out.append(Block(kind, text.strip(), len(out) + 1, where=f"block {len(out) + 1}", **extra))

    def walk(node) -> None:
        inline: list = []

        def flush() -> None:
            for line in _text_lines_of(inline):
                emit("paragraph", line)
            inline.clear()

        for child in list(node.children):
            if isinstance(child, NavigableString):
                if type(child).__name__ == "NavigableString":
                    inline.append(child)
                continue
            if not isinstance(child, Tag) or child.name in _SKIP:
                continue
            if child.name not in _BLOCKISH:
                inline.append(child)
                continue
            flush()
            if child.name == "summary":
                # an accordion's summary: its words without the hint a screen reader hears after them (', show this
                # section'), read as the line it is
                for hint in child.find_all(class_=_SCREEN_READER_ONLY):
                    hint.decompose()
            if child.name in _HEADINGS:
                emit("heading", " ".join(child.get_text(" ").split()), level=_HEADINGS[child.name])
            elif child.name in _PARAGRAPHS:
                lines = _text_lines(child)
                lead = _bold_lead(child)
                for n, line in enumerate(lines):
                    emit("paragraph", line, lead=lead if n == 0 and lead and line.startswith(lead) and
                         len(line) > len(lead) else "")
            elif child.name in ("ol", "ul"):
                start = _int(child.get("start"), 1)
                for n, item in enumerate(child.find_all("li", recursive=False)):
                    nested = item.find_all(["ol", "ul", "table"], recursive=False)
                    for sub in nested:
                        sub.extract()
                    number = str(_int(item.get("value"), start + n)) if child.name == "ol" else ""
                    lines = _text_lines(item)
                    if lines:
                        emit("list_item", lines[0], number=number)
                        for line in lines[1:]:
                            emit("paragraph", line)
                    for sub in nested:
                        wrapper = Tag(name="div")
                        wrapper.append(sub)
                        walk(wrapper)
            elif child.name == "table":
                grid, _, _ = table_grid(child)
                for cells in grid:
                    cells = [" ".join(c.split()) for c in cells]
                    if any(cells):
                        emit("row", " | ".join(dict.fromkeys(c for c in cells if c)), cells=cells)
            else:
                walk(child)
        flush()

    walk(soup.body or soup)
    return out


# a plan's item number as a value ('7.1', '14.2/14.3', '16'), or a line that opens with one
_ITEM_REF = re.compile(r"^\s*\d{1,2}(\.\d{1,2})?(\s*(/|,|&|and)\s*\d{1,2}(\.\d{1,2})?)*\s*$")
_ITEM_AT_START = re.compile(r"^\s*(rec(ommendation)?\.?\s*)?\d{1,2}\.\d{1,2}\b", re.IGNORECASE)
_TEXT_LEAF = {"text", "update", "words", "body", "narrative", "comment", "comments", "progress", "response", "detail",
              "details", "content", "value"}
_STATUS_LEAF = {"status", "rag", "state", "rating", "position"}
_LABEL_KEYS = ("label", "name", "title", "heading")


def _script_data_tables(soup) -> list[RawTable]:
    """A page that draws its plan with a script from data it carries (<script type="application/json">): the records
    that hold item numbers, one row each, as a table of the page. A record's nested values are columns named by their
    path, a round's id by the label the data gives it ('r1' -> 'Initial response (November 2024)'); its parent's
    number and words are the recommendation's."""
    import json

    tables = []
    for n, script in enumerate(soup.find_all("script", attrs={"type": re.compile(r"^application/json$", re.I)}), 1):
        try:
            data = json.loads(script.string or "")
        except ValueError:
            continue
        labels = _round_labels(data)
        found: list[tuple[dict | None, list[dict]]] = []
        _records(data, None, found)
        rows = [_flatten(record, parent, labels) for parent, records in found for record in records]
        if rows:  # every recommendation's records in one table, as the page would draw them
            head = list(dict.fromkeys(key for row in rows for key in row))
            grid = [head] + [[row.get(key, "") for key in head] for row in rows]
            tables.append(RawTable(f"script data {n}", grid, list(range(1, len(grid) + 1))))
    return tables


def _round_labels(data) -> dict[str, str]:
    """Ids of rounds the data names elsewhere ({'id': 'r2', 'label': 'Six-month update (March 2025)'})."""
    labels: dict[str, str] = {}
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ident = node.get("id") or node.get("key")
            label = next((node[k] for k in _LABEL_KEYS if isinstance(node.get(k), str)), None)
            if isinstance(ident, (str, int)) and label and re.search(r"\b(19|20)\d\d\b", label):
                labels[str(ident)] = label
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return labels


def _records(node, parent: dict | None, found: list) -> bool:
    """The innermost lists of records that carry an item number ('7.1', or '16' for a recommendation answered
    whole): a recommendation's list of sub-items, not the list of recommendations around it."""
    if isinstance(node, list):
        deeper = False
        for item in node:
            deeper = _records(item, parent, found) or deeper
        dicts = [item for item in node if isinstance(item, dict)]
        if not deeper and dicts and any(isinstance(v, (str, int)) and not isinstance(v, bool) and _ITEM_REF.match(str(v))
                                        for d in dicts for v in d.values()):
            found.append((parent, dicts))
            return True
        return deeper
    if isinstance(node, dict):
        deeper = False
        for value in node.values():
            deeper = _records(value, node, found) or deeper
        return deeper
    return False


def _flatten(record: dict, parent: dict | None, labels: dict[str, str]) -> dict[str, str]:
    row: dict[str, str] = {}
    if parent is not None:
        number = next((str(v) for k, v in parent.items() if isinstance(v, (str, int)) and _ITEM_REF.match(str(v))), "")
        if number:
            row["Rec No."] = number
        words = [str(parent[k]) for k in ("text", "title", "name") if isinstance(parent.get(k), str)]
        if words:
            row["Recommendation"] = " – ".join(words)

    def walk(value, path: list[str]) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                walk(inner, path + [str(key)])
            return
        if isinstance(value, list):
            value = "\n".join(str(v) for v in value if isinstance(v, (str, int, float)))
        leaf = path[-1].lower()
        rounds = [labels[p] for p in path if p in labels]
        if rounds:
            name = f"Status - {rounds[-1]}" if leaf in _STATUS_LEAF else rounds[-1] if leaf in _TEXT_LEAF or \
                path[-1] in labels else f"{rounds[-1]} {path[-1]}"
        elif isinstance(value, str) and _ITEM_REF.match(value) and len(path) == 1:
            name = "Sub-recommendation"
        else:
            name = path[-1]
        row[name] = "" if value is None else str(value)

    for key, value in record.items():
        walk(value, [str(key)])
    return row


def _bold_lead(paragraph: Tag) -> str:
    """The bold words a paragraph opens with ('<p><strong>Clear policy ...</strong> The policy was ...'), '' if none."""
    first = next((c for c in paragraph.children if not (isinstance(c, NavigableString) and not c.strip())), None)
    if isinstance(first, Tag) and first.name in ("strong", "b"):
        return " ".join(first.get_text(" ").split())
    return ""


def _text_lines_of(nodes: list) -> list[str]:
    text = "".join(n.get_text() if isinstance(n, Tag) else str(n) for n in nodes)
    return [" ".join(line.split()) for line in text.split(BREAK) if line.strip()]


def _int(value, default: int) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default


_RULE = re.compile(r"(?P<selectors>[^{}]+)\{(?P<body>[^{}]*)\}")
_SIMPLE = re.compile(r"^\s*(?:[a-z0-9]+)?(?P<kind>[.#])(?P<name>[\w-]+)\s*$", re.IGNORECASE)


def _hidden_by_stylesheet(soup) -> tuple[set[str], set[str]]:
    """The classes and ids a page's own <style> hides with a simple rule ('.pending-approval { display: none; }',
    'tr.draft { visibility: hidden }'): what those elements hold is not shown, so it is not the published plan. Only
    single class or id selectors are read; media queries and compound selectors are left alone."""
    classes: set[str] = set()
    ids: set[str] = set()
    for style in soup.find_all("style"):
        css = re.sub(r"/\*.*?\*/", "", style.get_text(), flags=re.DOTALL)
        css = re.sub(r"@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", "", css)  # shown or not by screen size
        for rule in _RULE.finditer(css):
            if not _UNSHOWN.search(rule.group("body")):
                continue
            for selector in rule.group("selectors").split(","):
                if simple := _SIMPLE.match(selector):
                    (classes if simple.group("kind") == "." else ids).add(simple.group("name"))
    return classes, ids


_CUT = re.compile(r"\s*(…|\.\.\.|\[\.\.\.\])\s*$")
_TOGGLE = re.compile(r"^\s*(read|show|see|view) (more|less|all|full)\b", re.IGNORECASE)


def _without_excerpts(soup) -> None:
    """A 'Read more' excerpt (the first words and an ellipsis) before the full text it cuts short: the full text is
    the update, the excerpt a copy of its start, and the 'Read more' / 'Read less' links are no words of it."""
    for excerpt in soup.find_all(["p", "div", "span"]):
        if excerpt.decomposed or excerpt.find(["p", "div", "table"]):
            continue
        words = " ".join(excerpt.get_text(" ").split())
        if len(words) < 20 or not _CUT.search(words):
            continue
        stem = _CUT.sub("", words)
        for later in excerpt.find_next_siblings(limit=4):
            full = " ".join(later.get_text(" ").split())
            if len(full) > len(stem) + 5 and full.startswith(stem):
                excerpt.decompose()
                break
    for toggle in soup.find_all(["a", "button"]):
        # (only a toggle on this page: a 'Read more' link to another page may lead to the plan)
        if not toggle.decomposed and _TOGGLE.match(toggle.get_text(" ")) and (
                toggle.name == "button" or toggle.has_attr("aria-controls") or toggle.has_attr("aria-expanded")
                or str(toggle.get("href") or "").startswith("#")):
            toggle.decompose()


_ROW_CLASS = re.compile(r"(^|[-_])(row|tr)($|[-_])", re.IGNORECASE)
# (not a layout grid's 'col-md-6': a cell of a table says so)
_CELL_CLASS = re.compile(r"(^|[-_])(cell|td|th)($|[-_])", re.IGNORECASE)
_TABLE_CLASS = re.compile(r"(^|[-_])(table|grid|datatable)($|[-_])", re.IGNORECASE)
_HEAD_CLASS = re.compile(r"(^|[-_])(head|header|heading|th)($|[-_])", re.IGNORECASE)


def _div_tables_as_tables(soup) -> None:
    """A table built from <div>s ('div.plan-table > div.plan-row > div.plan-cell', or role="table" / "row" / "cell"),
    laid out as a table by CSS: read as the table it shows. A label repeated in every cell for small screens
    (aria-hidden, the column's heading again) is not the cell's words."""
    def classes(tag):
        return " ".join(tag.get("class") or [])

    def is_row(tag):
        return tag.get("role") == "row" or any(_ROW_CLASS.search(c) for c in tag.get("class") or [])

    def cells_of(row):
        return [c for c in row.find_all(True, recursive=False)
                if c.get("role") in ("cell", "columnheader", "rowheader", "gridcell")
                or any(_CELL_CLASS.search(c_) for c_ in c.get("class") or [])]

    for container in list(soup.find_all(["div", "section", "ul"])):
        if container.decomposed or container.find_parent("table") is not None:
            continue
        rows = [r for r in container.find_all(True, recursive=False) if is_row(r)]
        if len(rows) < 2 or not (container.get("role") in ("table", "grid")
                                 or any(_TABLE_CLASS.search(c) for c in container.get("class") or [])):
            continue
        grid = [cells_of(r) for r in rows]
        widths = [len(g) for g in grid]
        if min(widths) < 2 or widths.count(max(set(widths), key=widths.count)) < 2:
            continue
        head = [" ".join(c.get_text(" ").split()) for c in grid[0]]
        table = soup.new_tag("table")
        for n, (row, cells) in enumerate(zip(rows, grid)):
            tr = soup.new_tag("tr")
            header = n == 0 and (any(c.get("role") == "columnheader" for c in cells) or _HEAD_CLASS.search(classes(row)))
            for column, cell in enumerate(cells):
                for label in cell.find_all(attrs={"aria-hidden": "true"}):
                    said = " ".join(label.get_text(" ").split())
                    if column < len(head) and said and said.lower() == head[column].lower():
                        label.decompose()  # 'November 2024' shown before the cell's words on a phone
                td = soup.new_tag("th" if header else "td")
                for part in list(cell.contents):
                    td.append(part.extract())
                tr.append(td)
            table.append(tr)
        for row in rows[1:]:
            row.decompose()
        rows[0].replace_with(table)


def extract(path: Path) -> Document:
    markup = decode(Path(path).read_bytes())
    soup = BeautifulSoup(markup, "lxml")
    # what the page does not show ('hidden', 'display:none', a <template>) is not the published plan
    # ... except a tab's or a disclosure button's panel, hidden only until the reader clicks: that is published text
    controlled = {name for tag in soup.find_all(attrs={"aria-controls": True})
                  for name in str(tag.get("aria-controls")).split()}
    hidden_classes, hidden_ids = _hidden_by_stylesheet(soup)
    unshown = [tag for tag in soup.find_all(True) if (tag.has_attr("hidden") or _UNSHOWN.search(str(tag.get("style") or ""))
                                                      or hidden_classes & set(tag.get("class") or [])
                                                      or (tag.get("id") and tag.get("id") in hidden_ids))
               and not (tag.get("role") == "tabpanel" or tag.get("id") in controlled)]
    said = [" ".join(tag.get_text(" ").split())[:60] for tag in unshown if tag.get_text(strip=True)]
    for tag in unshown:
        if not tag.decomposed:
            tag.decompose()
    for panel in soup.find_all(attrs={"role": "tabpanel", "aria-labelledby": True}):
        # a tab's label ('March 2025 update') names its panel, as a heading would: put it where a heading stands
        label = soup.find(id=str(panel.get("aria-labelledby")).split()[0])
        if label is not None and label.get_text(strip=True):
            heading = soup.new_tag("h3")
            heading.string = " ".join(label.get_text(" ").split())
            panel.insert(0, heading)
    _without_excerpts(soup)
    _div_tables_as_tables(soup)
    tables = soup.find_all("table")
    for image in soup.find_all("img"):  # a RAG icon or tick says its status in its alt text
        image.replace_with(" " + str(image.get("alt") or "").strip() + " ")
    for badge in soup.find_all(True):
        # a status shown only as an empty badge: its accessible name ('Status: complete'), else a colour its class
        # names ('badge--green'), read as the words a sighted reader takes from it
        if badge.name in ("span", "div", "i", "em", "b", "strong", "td") and not badge.get_text(strip=True) \
                and not badge.find(True):
            name = str(badge.get("aria-label") or badge.get("title") or "").strip()
            colour = _BADGE_COLOUR.search(" ".join(badge.get("class") or []))
            if name or colour:
                words = name or colour.group("colour").title()
                if badge.name != "td" and not re.match(r"\s*(rag\s+)?status\b", words, re.IGNORECASE):
                    words = f"Status: {words}"  # a badge beside an item's words states its status
                badge.append(words)
            elif badge.name in ("span", "i") and badge.find_parent(["td", "th"]) is None and \
                    _MARKER_CLASS.search(" ".join(badge.get("class") or [])) and \
                    (background := _BACKGROUND.search(str(badge.get("style", "")))) and \
                    (colour := fill_text("", background.group(1))):
                # a coloured dot before an item's words (<span class="status-dot" style="background-color:#2e7d32">):
                # its colour, on a line of its own after the words, as the status the page's key may define ('Status:
                # Green (cell colour)'); a tint no signal colour names says nothing
                (badge.find_parent(["p", "li", "div", "dd"]) or badge).append(f"{BREAK}Status: {colour}")
                badge.decompose()
        elif badge.name in ("span", "div", "i", "em", "b", "strong") and GENERIC_BADGE.match(badge.get_text(" ")) \
                and (meaning := _badge_meaning(badge)):
            # a badge whose visible words are only a label or a dot ('Status', '●') and whose meaning is in its markup
            # (data-status="in-progress", class="rag rag--amber", class="status-complete"): the meaning is its words
            badge.clear()
            badge.append(meaning)
    for header in soup.find_all("header"):
        if header.find_parent(["article", "section", "main", "details", "li"]) is not None:
            header.name = "div"  # a card's own header (its number, title and badge) is plan text; the site's is not
    for br in soup.find_all("br"):
        br.replace_with(BREAK)
    blocks = blocks_of(BeautifulSoup(str(soup), "lxml"))  # a copy: the table pass below takes tables apart
    scripted = [] if tables or any(_ITEM_AT_START.match(b.text) for b in blocks) else _script_data_tables(soup)
    links = [(" ".join(a.get_text(" ").split()), str(a.get("href")).strip()) for a in soup.find_all("a", href=True)][:2000]
    if not tables and not blocks:
        raise ExtractError("no_table", "an HTML page with no text in it")
    for block in soup.find_all(["br", "p", "div", "li"]):
        block.append("\n")  # keep paragraph breaks; inline markup joins without a break
    for junk in soup(["script", "style", "noscript", "nav", "footer"]):
        junk.decompose()
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    # in page order, before tables go: a 'Force:' or 'Last updated' line often sits in a layout table
    context = (title + "\n" + soup.get_text("\n", strip=True).replace(BREAK, "\n"))[:8000]
    by_index: dict[int, RawTable] = {}
    depth = {id(t): len(t.find_parents("table")) for t in tables}
    for index, table in sorted(enumerate(tables, start=1), key=lambda p: -depth[id(p[1])]):
        wide: set[tuple[int, str]] = set()
        grid, numbers, spanned = table_grid(table, wide)
        if grid:
            by_index[index] = RawTable(f"table {index}", grid, numbers, spanned=spanned, wide=wide)
        table.decompose()  # a layout table around the plan must not swallow its text
    raw = [by_index[i] for i in sorted(by_index)] + scripted
    document = Document(Path(path), "html", raw, context, blocks, links)
    if said:  # picked up by the build as this file's warnings
        document.warnings = [Issue("warning", "hidden_content", f"{len(said)} part(s) of the page are hidden (not shown to "
                                   f"a reader) and were not read, e.g. '{said[0]}'")]
    return document
