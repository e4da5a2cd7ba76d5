"""PDF: ruled tables page by page with pdfplumber; the first page's text as context. No OCR."""
from __future__ import annotations

from pathlib import Path

import pdfplumber

import re
import statistics

from ..model import Block, Document, ExtractError, RawTable
from .colour import fill_text

MAX_PAGES = 200
# Unruled tables: columns from the alignment of the words themselves
TEXT_TABLES = {"vertical_strategy": "text", "horizontal_strategy": "text"}


def ruled_grid(page, table) -> list[list[str]]:
    """A ruled table's text; an empty cell painted red, amber or green reads as that colour (a RAG column)."""
    grid = []
    for texts, row in zip(table.extract(), table.rows):
        grid.append([fill_text(text or "", _fill_colour(page, bbox) if bbox and not (text or "").strip() else None)
                     for text, bbox in zip(texts, row.cells)])
    return grid


def _fill_colour(page, bbox) -> str | None:
    x, y = (bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2
    for rect in reversed(page.rects):  # the last painted is the one on top
        if rect.get("fill") and rect["x0"] <= x <= rect["x1"] and rect["top"] <= y <= rect["bottom"]:
            colour = rect.get("non_stroking_color")
            if isinstance(colour, (tuple, list)) and len(colour) == 3:
                return "rgb({})".format(",".join(str(round(float(c) * 255)) for c in colour))
            if isinstance(colour, (tuple, list)) and len(colour) == 4:  # CMYK
                c, m, y_, k = (float(v) for v in colour)
                return "rgb({})".format(",".join(str(round(255 * (1 - v) * (1 - k))) for v in (c, m, y_)))
            return None
    return None


def unruled_tables(page) -> list[list[list[str]]]:
    """Tables drawn without lines. pdfplumber's text strategy finds the rows and where columns start, but
    clips words at its guessed column edges ('In progres'); so each whole word is placed by its left edge
    (column) and its middle (row) instead."""
    words = page.extract_words()
    tables = []
    for table in page.find_tables(TEXT_TABLES):
        starts = column_starts(table, words)
        grid = []
        for row in table.rows:
            top, bottom = row.bbox[1], row.bbox[3]
            cells: list[list[str]] = [[] for _ in starts]
            for word in words:
                middle = (word["top"] + word["bottom"]) / 2
                if top <= middle < bottom and word["x0"] >= starts[0] - 1:
                    column = max(n for n, x in enumerate(starts) if x <= word["x0"] + 1)
                    cells[column].append(word["text"])
            if any(cells):
                grid.append([" ".join(c) for c in cells])
        tables.append(merge_wrapped_lines(grid))
    return tables


def column_starts(table, words: list[dict], share: float = 0.3) -> list[float]:
    """Where columns really start: candidate starts at which a word begins on a good share of the rows
    and which almost no word runs across.

    The left edges of real columns line up down the table with white space before them; the text
    strategy also proposes a start wherever words inside wrapped text happen to line up.
    """
    candidates = sorted({cell[0] for cell in table.cells})
    rows = [row.bbox for row in table.rows]
    filled = [r for r in rows if any(r[1] <= (w["top"] + w["bottom"]) / 2 < r[3] for w in words)]
    needed = max(2, share * len(filled))
    in_table = [w for w in words if any(r[1] <= (w["top"] + w["bottom"]) / 2 < r[3] for r in filled)]
    kept = [candidates[0]]
    for x in candidates[1:]:
        support = sum(any(abs(w["x0"] - x) <= 2 and r[1] <= (w["top"] + w["bottom"]) / 2 < r[3] for w in in_table)
                      for r in filled)
        # a real boundary is a river of white space: hardly any row (a title line, say) runs across it
        crossing = sum(any(w["x0"] < x - 1 and w["x1"] > x + 1 and r[1] <= (w["top"] + w["bottom"]) / 2 < r[3]
                           for w in in_table) for r in filled)
        if support >= needed and crossing <= max(1, 0.2 * len(filled)):
            kept.append(x)
    return kept


def merge_wrapped_lines(grid: list[list[str]]) -> list[list[str]]:
    """Fold lines of wrapped cell text back into their row.

    Without rules every text line is a row. A row with one filled cell is a fragment of a wrapped cell.
    Fragments go to the next full row when its cell in that column is empty (vertically centred text
    straddles its row), otherwise they continue the full row above (top-aligned text).
    """
    anchors = [n for n, row in enumerate(grid) if sum(bool(c) for c in row) >= 2]
    if not anchors:
        return grid
    merged = {n: list(grid[n]) for n in anchors}
    originally_empty = {n: {c for c, cell in enumerate(grid[n]) if not cell} for n in anchors}
    for n, row in enumerate(grid):
        if n in merged or not any(row):
            continue
        above = max((a for a in anchors if a < n), default=None)
        below = min((a for a in anchors if a > n), default=None)
        for column, text in enumerate(row):
            if not text:
                continue
            if below is not None and column in originally_empty[below] and (above is None or n > above):
                target, before = below, True
            else:
                target, before = (above, False) if above is not None else (below, True)
            current = merged[target][column]
            merged[target][column] = (f"{text} {current}" if before else f"{current} {text}").strip()
    return [merged[n] for n in anchors]


_STARTS_NEW = re.compile(r"^(\d{1,2}(\.\d{1,2})*[.)]?\s|[A-Z][\w /&()'-]{1,40}:|[•▪●◦\-–*]\s|\(?[a-z]\)\s)")


def page_lines(page, skip_boxes=()) -> list[dict]:
    """Text lines of a page with their font size and boldness, outside the given table boxes."""
    lines = []
    for line in page.extract_text_lines(return_chars=True, strip=True):
        middle = (line["top"] + line["bottom"]) / 2
        if any(box[1] <= middle <= box[3] and box[0] <= line["x0"] <= box[2] for box in skip_boxes):
            continue
        chars = [c for c in line.get("chars", []) if c.get("text", "").strip()]
        if not chars or not line["text"].strip():
            continue
        size = statistics.median(c.get("size", 0) for c in chars)
        bold = sum("bold" in str(c.get("fontname", "")).lower() for c in chars) > 0.6 * len(chars)
        margin = line["top"] < 0.08 * page.height or line["bottom"] > 0.92 * page.height
        lines.append({"text": line["text"].strip(), "top": line["top"], "bottom": line["bottom"], "x0": line["x0"],
                      "x1": line["x1"], "size": size, "bold": bold, "margin": margin})
    return lines


def _running(pages) -> set[str]:
    """Running headers and footers: a line in the top or bottom margin that recurs on other pages (page
    numbers aside). They break a paragraph that runs over a page and would read as a new heading."""
    seen: dict[str, set[int]] = {}
    for page_number, lines, _ in pages:
        for line in lines:
            if line["margin"]:
                seen.setdefault(_MARGIN_KEY.sub("#", line["text"].lower()), set()).add(page_number)
    return {key for key, on in seen.items() if len(on) >= 2}


_MARGIN_KEY = re.compile(r"\d+")


def blocks_from_lines(pages: list[tuple[int, list[dict], list[tuple[float, list[list[str]]]]]]) -> list[Block]:
    """Lines -> paragraphs and headings. A heading is set larger than the body text (or bold and short);
    a paragraph runs on while lines follow closely and the one before reached the right-hand side."""
    running = _running(pages)
    pages = [(n, [line for line in lines if not (line["margin"] and _MARGIN_KEY.sub("#", line["text"].lower()) in running)],
              tables) for n, lines, tables in pages]
    sizes = [round(line["size"], 1) for _, lines, _ in pages for line in lines]
    body = statistics.mode(sizes) if sizes else 0
    blocks: list[Block] = []
    open_block: Block | None = None
    previous = None
    for page_number, lines, tables in pages:
        right = max((line["x1"] for line in lines), default=0)
        items = [(line["top"], "line", line) for line in lines] + [(top, "table", grid) for top, grid in tables]
        items.sort(key=lambda item: item[0])
        for line_no, (_, kind, thing) in enumerate(items, start=1):
            where = f"page {page_number} line {line_no}"
            if kind == "table":
                open_block = previous = None
                for row_no, cells in enumerate(thing, start=1):
                    cells = [" ".join((c or "").split()) for c in cells]
                    if any(cells):
                        blocks.append(Block("row", " | ".join(dict.fromkeys(c for c in cells if c)), line_no,
                                            cells=cells, where=f"page {page_number} table row {row_no}"))
                continue
            line = thing
            text = line["text"]
            heading = line["size"] > body * 1.15 or (line["bold"] and len(text) < 90 and not text.endswith("."))
            if heading:
                level = 1 if line["size"] > body * 1.5 else 2 if line["size"] > body * 1.15 else 3
                blocks.append(Block("heading", text, line_no, level=level, where=where))
                open_block = previous = None
                continue
            gap = line["top"] - previous["bottom"] if previous else 99
            continues = (
                open_block is not None and gap < line["size"] * 0.9 and previous["x1"] > right - 0.2 * (right - 40)
                and not _STARTS_NEW.match(text)
            )
            if continues:
                open_block.text += " " + text
            else:
                open_block = Block("paragraph", text, line_no, where=where)
                blocks.append(open_block)
            previous = line
    return blocks


def extract(path: Path) -> Document:
    tables, context = [], []
    pages_for_blocks = []
    with pdfplumber.open(str(path)) as pdf:
        if len(pdf.pages) > MAX_PAGES:
            raise ExtractError("too_large", f"{len(pdf.pages)} pages is over the {MAX_PAGES}-page limit")
        any_text = False
        for page_number, page in enumerate(pdf.pages, start=1):
            any_text = any_text or bool(page.chars)
            if page_number == 1:
                context.append((page.extract_text() or "")[:4000])
            ruled = page.find_tables()
            found = [ruled_grid(page, table) for table in ruled]
            if not found and page.chars:
                found = unruled_tables(page)  # no ruled table on this page: try the words' alignment
            for index, grid in enumerate(found, start=1):
                tables.append(RawTable(f"page {page_number} table {index}", grid, list(range(1, len(grid) + 1))))
            # the reading-order stream: ruled tables as rows where they stand, other text as lines
            grids = found if ruled else []
            pages_for_blocks.append((page_number, page_lines(page, [t.bbox for t in ruled]),
                                     [(t.bbox[1], grid) for t, grid in zip(ruled, grids)]))
    if not any_text:
        raise ExtractError("no_text", "the PDF has no text layer (a scan?); OCR is not supported, publish a text PDF")
    return Document(Path(path), "pdf", tables, "\n".join(context), blocks_from_lines(pages_for_blocks))
