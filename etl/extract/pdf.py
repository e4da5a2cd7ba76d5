"""PDF: ruled tables page by page with pdfplumber; on a page without one, a table laid out by a header row of
spaced headings is read from its words' positions (word_table), else pdfplumber's text strategy; the first
page's text as context. No OCR."""
from __future__ import annotations

from pathlib import Path

import pdfplumber

import itertools
import re
import statistics
from dataclasses import dataclass

from ..model import Block, Document, ExtractError, RawTable
from ..normalise.unpublished import only_marker
from .colour import fill_text
from .text import _FURNITURE as _PAGE_MARK, _HEADINGS, _KEY, _fold, _is_key, key_test

MAX_PAGES = 200
# Unruled tables: columns from the alignment of the words themselves
TEXT_TABLES = {"vertical_strategy": "text", "horizontal_strategy": "text"}


def ruled_grid(page, table) -> list[list[str]]:
    """A ruled table's text; an empty cell painted red, amber or green reads as that colour (a RAG column)."""
    grid, boxes = [], []
    for texts, row in zip(table.extract(), table.rows):
        grid.append([fill_text(text or "", _fill_colour(page, bbox) if bbox and not (text or "").strip() else None)
                     for text, bbox in zip(texts, row.cells)])
        boxes.append((row.bbox, list(row.cells)))
    return _spread_merged(grid, boxes)


def _spread_merged(grid: list[list[str]], boxes: list[tuple]) -> list[list[str]]:
    """A merged cell's text in every position it covers, as the Word and HTML readers give it: pdfplumber has no
    cell where a merge covers (None), so a cell above reaching down over this row ('Recommendation 20 will be
    taken forward ...' drawn over four sub-items' rows) is repeated down. (A cell merged across stays in its first
    position only: a heading row across the table, or a form's wide value, is read as it is drawn.)"""
    for r, (row_box, cells) in enumerate(boxes):
        for c, bbox in enumerate(cells):
            if bbox is not None:
                continue
            top = row_box[1]
            above = next((n for n in range(r - 1, -1, -1) if c < len(boxes[n][1]) and boxes[n][1][c] is not None), None)
            if above is not None and boxes[above][1][c][3] > top + 1:
                grid[r][c] = grid[above][c]
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
        if _splits_lines(grid):
            continue  # lines of prose cut after their first word ('March | 2026 The pilot ...'): no table
        tables.append(merge_wrapped_lines(grid))
    return tables


def _splits_lines(grid: list[list[str]]) -> bool:
    """A guessed column edge that runs through lines of prose: most rows' first cell is one word and the next cell
    carries on its phrase ('This | register sets out ...', 'March | 2026 The pilot ...'), which no column does."""
    rows = [row for row in grid if len(row) >= 2 and row[0].strip() and row[1].strip()]
    cut = sum(1 for row in rows if re.fullmatch(r"[A-Za-z’'-]+,?", row[0].strip()) and re.match(r"[a-z0-9(–-]", row[1].strip()))
    return len(rows) >= 4 and cut >= 0.5 * len(rows)


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


# ---------------------------------------------------------------------------------------------------------
# Unruled tables read from word positions: the header row's headings give the columns, the white space
# between them the boundaries; a row starts where the item-number column has text, and a row broken by a
# page (the header repeated on the next page) is one row again.


def _word_lines(words: list[dict]) -> list[list[dict]]:
    """Words -> text lines (by their vertical middles), each sorted left to right."""
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: ((w["top"] + w["bottom"]) / 2, w["x0"])):
        middle = (word["top"] + word["bottom"]) / 2
        if lines:
            last = lines[-1]
            last_middle = sum((w["top"] + w["bottom"]) / 2 for w in last) / len(last)
            if abs(middle - last_middle) <= 0.4 * (word["bottom"] - word["top"]):
                last.append(word)
                continue
        lines.append([word])
    for line in lines:
        line.sort(key=lambda w: w["x0"])
    return lines


def _height(line: list[dict]) -> float:
    return statistics.median(w["bottom"] - w["top"] for w in line) or 1.0


def _segments(line: list[dict]) -> list[list[dict]]:
    """A line cut where the space between two words is wider than a word space: the cells of a header."""
    gap = 0.45 * _height(line)
    segments = [[line[0]]]
    for word in line[1:]:
        if word["x0"] - segments[-1][-1]["x1"] > gap:
            segments.append([])
        segments[-1].append(word)
    return segments


def _text(words: list[dict]) -> str:
    return " ".join(w["text"] for w in words)


def _line_top(line):
    return min(w["top"] for w in line)


def _line_bottom(line):
    return max(w["bottom"] for w in line)


_LABEL = re.compile(r"^[A-Z][\w ()/&'’-]{1,45}:$")


def label_form(words: list[dict]) -> bool:
    """A page of label/value forms ('Recommendation: 7.1', 'Owner: ...', 'Status: Complete', the labels down the left,
    each beside one value): no table, though its values line up as a column would. Its lines are read as text."""
    lines = _word_lines(words)
    if len(lines) < 6:
        return False
    labelled = []
    for line in lines:
        # the label: the first words up to one that ends in ':', set apart from its value (or alone on its line)
        end = next((n for n, w in enumerate(line[:6]) if w["text"].endswith(":")), None)
        if end is not None and _LABEL.match(_text(line[:end + 1])):
            labelled.append(line)
    if not labelled:
        return False
    # the labels stand down one left edge, and most lines that start there are labels
    left = statistics.median(line[0]["x0"] for line in labelled)
    labelled = [line for line in labelled if abs(line[0]["x0"] - left) <= 2]
    starts = [line for line in lines if abs(line[0]["x0"] - left) <= 2]
    return len(labelled) >= 5 and len(labelled) >= 0.5 * len(starts) and \
        sum(1 for line in labelled if len(_segments(line)) <= 2) >= 0.8 * len(labelled)


def _is_header(line: list[dict]) -> bool:
    segments = _segments(line)
    if len(segments) < 2 or len(segments) > 12:
        return False
    texts = [_text(s) for s in segments]
    return (sum(bool(_HEADINGS.search(t)) for t in texts) >= max(1, len(texts) // 2)
            and all(_heading_words(s) <= 7 for s in segments) and not any(_is_key(t) for t in texts)  # '6 month review' heads
            and not any(t.rstrip().endswith(".") and not _ABBREVIATION_END.search(t) for t in texts))  # a sentence's end


def _margin_header(line: list[dict]) -> bool:
    """A table's header set high in the top margin: every heading a column's name, none a running title's words or a
    protective marking ('Cumbria Constabulary – recommendation register | OFFICIAL' is a running header)."""
    texts = [_text(s) for s in _segments(line)]
    return _is_header(line) and all(_HEADINGS.search(t) and len(t.split()) <= 6 for t in texts) and \
        not any(_MARKING.search(t) for t in texts)


_MARKING = re.compile(r"\b(official|sensitive|restricted|unclassified|protect|not protectively marked)\b", re.IGNORECASE)


# a heading that ends in an abbreviation's full stop ('No.', 'Ref.', 'Cyf. / Ref.'): no sentence's end
_ABBREVIATION_END = re.compile(r"\b(no|ref|rec|cyf|rhif|num)\.\s*$", re.IGNORECASE)


_DATE_TOKEN = re.compile(r"^[(\[]?(?:\d{1,4}|/|&|jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*[.,)\]]*$", re.IGNORECASE)


def _heading_words(segment: list[dict]) -> int:
    """A heading's words, its dates apart: 'Progress since (Mar 25 / Sep 25 / Mar 26)' is a two-word heading."""
    return sum(1 for w in segment if not _DATE_TOKEN.match(w["text"]))


def _boundaries(head: list[list[dict]], data: list[dict]) -> list[float]:
    """Between each pair of headings, the middle of the last run of x that the fewest data words cross (the
    white space before the next column's text; a river inside a column's text is further left)."""
    bounds = []
    for left, right in zip(head, head[1:]):
        lo, hi = int(left[-1]["x1"]) + 1, int(right[0]["x0"])
        if hi - lo < 2:
            bounds.append((left[-1]["x1"] + right[0]["x0"]) / 2)
            continue
        cover = [0] * (hi - lo + 1)
        for word in data:
            a, b = max(lo, int(word["x0"]) + 1), min(hi, int(word["x1"]))
            for x in range(a, b + 1):
                cover[x - lo] += 1
        least = min(cover)
        best, run_start = (0, lo), None
        for x in range(lo, hi + 2):
            if x <= hi and cover[x - lo] == least:
                run_start = x if run_start is None else run_start
            elif run_start is not None:
                best = (x - run_start, run_start)  # the last such run: the white space just before the next column
                run_start = None
        bounds.append(best[1] + best[0] / 2)
    return bounds


def _column(word: dict, bounds: list[float]) -> int:
    return sum(word["x0"] + 1 >= b for b in bounds)


def _spans(line: list[dict], bounds: list[float]) -> bool:
    """A line running across a column boundary with ordinary word spacing: a title or heading, not cells."""
    gap = 0.45 * _height(line)
    for a, b in zip(line, line[1:]):
        if _column(a, bounds) != _column(b, bounds) and b["x0"] - a["x1"] <= gap:
            return True
    return any(w["x0"] + 1 < x < w["x1"] - 1 for w in line for x in bounds)


@dataclass
class _OpenTable:
    """A word-position table that ran to the foot of its page: the next page may carry it on."""

    header: str
    bounds: list[float]
    key: int
    width: int
    grid: list[list[str]]


def word_table(page, words: list[dict], skip: set[str], previous: _OpenTable | None
               ) -> tuple[list[list[str]], tuple, _OpenTable | None] | None:
    """An unruled table laid out by a header row whose headings stand apart: its rows (the header first,
    unless it repeats the table the previous page left open), its box, and the table still open at the
    foot of the page. None when the page holds no such table."""
    # (the open table's header repeated at the top of the page is its header again, not a running header: read as
    # furniture, a row's words lower down were taken for the header)
    # (so is a table's header repeated at the top of every page, the first page's too: set high enough to fall in the
    # top margin, it recurs as a running header would, but its headings stand apart over the columns)
    lines = [line for line in _word_lines(words) if not _furniture(line, page, skip) or (
        previous is not None and " ".join(_text(line).lower().split()) == previous.header) or (
        _line_top(line) < 0.08 * page.height and _margin_header(line))]
    if not lines:
        return None
    head_at = next((n for n, line in enumerate(lines) if _is_header(line)), None)
    continuing = False
    if head_at is not None:
        head_segments = _segments(lines[head_at])
        head_end = head_at + 1
        # a heading wrapped onto more lines: the next lines, set close, before the first item number
        while (head_end < len(lines) and head_end - head_at < 3
               and _line_top(lines[head_end]) - _line_bottom(lines[head_end - 1]) < 0.5 * _height(lines[head_end])
               and {w.get("fontname") for w in lines[head_end]} <= {w.get("fontname") for w in lines[head_at]}
               and _height(lines[head_end]) <= 1.2 * _height(lines[head_at])  # (not a larger title set under it)
               and not any(_KEY.match(_text(s)) for s in _segments(lines[head_end])[:1])):
            head_end += 1
        # the header again further down (one table per recommendation under the same headings): not a row
        heads = {_text(line).lower() for line in lines[head_at:head_end]}
        body = [line for line in lines[head_end:] if _text(line).lower() not in heads]
        bounds = _boundaries(head_segments, [w for line in body for w in line])
        header_cells = [""] * (len(bounds) + 1)
        for line in lines[head_at:head_end]:
            _fold(header_cells, [_cells(line, bounds)])
        header_text = " ".join(" ".join(header_cells).split()).lower()  # the header's words, wherever they fell
        continuing = previous is not None and previous.header == header_text and previous.width == len(header_cells)
        top = _line_top(lines[head_at])
    elif previous is not None:
        bounds, header_cells, header_text = previous.bounds, None, previous.header
        body, continuing, top = lines, True, _line_top(lines[0]) if lines else 0
        if not body:
            return None
        if _spans(body[0], bounds) and not any(
                not _spans(line, bounds) and _KEY.match(_cells(line, bounds)[previous.key] or "") for line in body[:6]):
            return None  # prose across the page, no row of the table near its top: the table ended on the last page
    else:
        return None
    # a line across the columns, or one saying only 'DRAFT': a heading inside the table, a row of its own
    rows = [_cells(line, bounds) if not (_spans(line, bounds) or only_marker(_text(line))) else None for line in body]
    key = previous.key if continuing else _key_column(rows)
    is_key = key_test([r[key] for r in rows if r is not None]) if key is not None else _is_key
    starts = sum(1 for r in rows if r is not None and key is not None and is_key(r[key]))
    if starts < (1 if continuing else 2) and not (continuing and rows and rows[0] is not None):
        return None  # a header-like line over prose, not a table of items
    # the table ends at a line across the columns after which no row starts (a closing paragraph)
    last = max((n for n, r in enumerate(rows) if r is not None and key is not None and is_key(r[key])), default=-1)
    end = len(rows)
    for n in range(last + 1, len(rows)):
        if rows[n] is None:
            end = n
            break
    body, rows = body[:end], rows[:end]
    grid: list[list[str]] = []
    if header_cells is not None and not continuing:
        grid.append(header_cells)
    width = len(bounds) + 1
    gaps = [_line_top(b) - _line_bottom(a) for a, b in zip(body, body[1:])]
    # rows set apart by more space than lines within a cell: the bands that tell a row's lines apart
    # when its text is set in the middle of the row (lines above its number belong to it)
    tightest = max(0.0, min(gaps)) if gaps else 0.0
    breaks = {n + 1 for n, g in enumerate(gaps) if g > tightest + 0.4 * _height(body[n + 1])}
    target: list[str] | None = previous.grid[-1] if continuing and previous.grid else None
    headings = header_cells if header_cells is not None else (previous.grid[0] if previous and previous.grid else [])
    dated = next((n for n, h in enumerate(headings) if _DATE_HEADING.match(h or "")), None)
    pending: list[list[str]] = []  # lines above their row's number in its band (text set in the middle of a row)
    band_has_row = False
    for n, (line, cells) in enumerate(zip(body, rows)):
        if n in breaks or cells is None:
            if pending and target is None:  # lines under a heading, before any item: a row of their own
                target = [""] * width
                grid.append(target)
            if pending:
                _fold(target, pending)
            pending, band_has_row = [], False
        if cells is None:  # a heading across the table: a row of its own
            grid.append([_text(line)] + [""] * (width - 1))
            target, pending = None, []
            continue
        carried = _CONTINUED.match(cells[key] or "")
        if carried and target is not None and (target[key] or "").split()[:1] == [carried.group(1)]:
            # '14.3 (continued)' at the top of the next page: the rest of the row the last page broke off
            _fold(target, pending + [[cells[key][carried.end():].strip()] + cells[key + 1:] if key == 0 else
                                     [c if i != key else c[carried.end():].strip() for i, c in enumerate(cells)]])
            pending, band_has_row = [], True
        elif is_key(cells[key]) or (dated is not None and target is not None and not (cells[key] or "").strip()
                                    and _ROUND_DATE.match(cells[dated] or "") and (target[dated] or "").strip()):
            # an item's number opens a row; so does a date in the date column under an item's first dated row (a
            # log kept one row a round, the number given once): the item's next round, not more of its words
            row = [""] * width
            _fold(row, pending + [cells])
            grid.append(row)
            target, pending, band_has_row = row, [], True
        elif target is not None and (band_has_row or not breaks or not _band_has_key(rows, n, breaks, key, is_key)):
            _fold(target, [cells])  # top-aligned text wrapping on, or a row carried over from the last page
        else:
            pending.append(cells)
    if pending:
        if target is None:
            grid.append([""] * width)
            target = grid[-1]
        _fold(target, pending)
    box = (min(w["x0"] for line in body for w in line) - 1 if body else 0, top - 1, page.width,
           (_line_bottom(body[-1]) if body else top) + 1)
    still_open = _OpenTable(header_text, bounds, key, width, grid if grid else (previous.grid if previous else []))
    below = [line for line in lines if body and _line_top(line) > _line_bottom(body[-1])]
    return grid, box, (still_open if not below else None)


# a column of round dates ('Date', 'Date of update', 'Round') and a date in it ('Nov-24', 'Mar 2025', '14/03/2025')
_DATE_HEADING = re.compile(r"^\s*(date|date of update|update date|round|round date|period|month|when)\s*$", re.IGNORECASE)
_ROUND_DATE = re.compile(r"^\s*((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*[-\s'’/]*(20)?\d\d|"
                         r"\d{1,2}/\d{1,2}/(20)?\d\d|20\d\d-\d\d(-\d\d)?)\s*$", re.IGNORECASE)
_CONTINUED = re.compile(r"^\s*(\d{1,2}\.\d{1,2})\s*\(\s*(?:continued|cont'?d?\.?)\s*\)\s*", re.IGNORECASE)


def _furniture(line: list[dict], page, skip: set[str]) -> bool:
    """Page furniture: a page number or protective marking, or a running header or footer, in a margin."""
    top, bottom = _line_top(line), _line_bottom(line)
    if not (top < 0.08 * page.height or bottom > 0.92 * page.height):
        return False
    text = _text(line)
    return bool(_PAGE_MARK.match(text.strip())) or _MARGIN_KEY.sub("#", text.lower()) in skip


def _cells(line: list[dict], bounds: list[float]) -> list[str]:
    cells = [""] * (len(bounds) + 1)
    for word in line:
        column = _column(word, bounds)
        cells[column] = f"{cells[column]} {word['text']}".strip()
    return cells


def _key_column(rows: list[list[str] | None]) -> int | None:
    """The column whose lines open with item numbers most often (of the first three): where rows start."""
    counts = {}
    for column in range(min(3, max((len(r) for r in rows if r), default=0))):
        counts[column] = sum(1 for r in rows if r is not None and _is_key(r[column]))
    best = max(counts, key=lambda c: (counts[c], -c), default=None)
    return best if best is not None and counts[best] else None


def _band_has_key(rows, n: int, breaks: set[int], key: int, is_key) -> bool:
    """Does a row start later in the band (lines set close) that line n is in?"""
    for m in range(n + 1, min(len(rows), n + 80)):
        if m in breaks or rows[m] is None:
            return False
        if is_key(rows[m][key]):
            return True
    return False


_STARTS_NEW = re.compile(r"^(\d{1,2}(\.\d{1,2})*[.)]?\s|[A-Z][\w /&()'-]{1,40}:|[•▪●◦\-–*]\s|\(?[a-z]\)\s)")


def text_columns(page) -> list[tuple[float, float]]:
    """The page's text columns, left to right: two when a clear gutter of blank page runs down the middle of the
    body (a report set in two columns, which pdfplumber would read straight across, joining the columns' lines),
    else the whole page. Both sides must be prose: lines that mostly fill their column, never a form's short
    labels beside their values."""
    whole = [(0.0, float(page.width))]
    body = [c for c in page.chars if c.get("text", "").strip()
            and 0.08 * page.height < c["top"] and c["bottom"] < 0.92 * page.height]
    if len(body) < 400:
        return whole
    left_edge, right_edge = min(c["x0"] for c in body), max(c["x1"] for c in body)
    span = right_edge - left_edge
    low, high = int(left_edge + 0.4 * span), int(left_edge + 0.6 * span)
    taken = [False] * (high - low + 1)
    for c in body:
        for x in range(max(low, int(c["x0"])), min(high, int(c["x1"]) + 1) + 1):
            taken[x - low] = True
    best, run, start = (0, 0), 0, 0
    for n, used in enumerate(taken):
        run, start = (0, n + 1) if used else (run + 1, start)
        if run > best[0]:
            best = (run, start)
    if best[0] < 8:
        return whole
    gutter = low + best[1] + best[0] / 2
    if not 0.8 <= (gutter - left_edge) / (right_edge - gutter) <= 1.25:
        return whole  # a report's columns are set alike; a narrow column beside a wide one is a table's
    columns = [(0.0, gutter), (gutter, float(page.width))]
    for x0, x1 in columns:
        lines = [line for line in page.crop((x0, 0, x1, page.height)).extract_text_lines(strip=True)
                 if 0.08 * page.height < line["top"] and line["bottom"] < 0.92 * page.height]
        if len(lines) < 8:
            return whole
        width = max(line["x1"] for line in lines) - min(line["x0"] for line in lines)
        if sum(line["x1"] - line["x0"] >= 0.6 * width for line in lines) < 0.35 * len(lines):
            return whole  # short labels (a form) or scattered cells: not a column of prose
    return columns


# a short heading naming a round by its date ('Plan (November 2024)', 'Update - March 2025'): a heading of its own
_DATED_LABEL = re.compile(r"^(?=.{0,45}$).*\b(?:19|20)\d\d\b")  # short, with a year: 'Medi 2025 / September 2025' too


def page_lines(page, skip_boxes=(), columns=None, panels=None) -> list[dict]:
    """Text lines of a page with their font size and boldness, outside the given table boxes; a page set in two
    columns is read down the left column, then down the right (each line's 'top' then counts on from the left
    column's foot, so the reading order is kept when lines are sorted by it); framed boxes side by side (`panels`,
    found here when not given) one after the other."""
    if columns and len(columns) > 1:
        lines: list[dict] = []
        for x0, x1 in columns:
            part = page_lines(page.crop((x0, 0, x1, page.height)), skip_boxes)
            body = [line for line in part if not line["margin"]]
            # the column's own right edge decides whether a line ran on; its first line sits just below the
            # last line read, so a paragraph that runs from the foot of one column to the head of the next is one
            right = max((line["x1"] for line in body), default=x1)
            last = max((line["bottom"] for line in lines), default=None)
            offset = last + 1 - min(line["top"] for line in part) if last is not None and part else 0.0
            for line in part:
                line["right"] = right
                line["top"] += offset
                line["bottom"] += offset
            lines.extend(part)
        return lines
    if panels is None:
        panels = [] if skip_boxes else side_by_side_panels(page)
    return _panel_lines(page, panels) if panels else _plain_lines(page, skip_boxes)


def side_by_side_panels(page) -> list[tuple[float, float, float, float]]:
    """Framed boxes set side by side (a slide's 'November position' box beside its 'March progress' box), left to
    right: their lines would be read straight across both, so each box is read on its own. [] when there are none."""
    frames = [r for r in page.rects if r.get("stroke") and 0.2 * page.width <= r["x1"] - r["x0"] <= 0.6 * page.width
              and r["bottom"] - r["top"] >= 40]
    for first in frames:
        row = [r for r in frames if min(r["bottom"], first["bottom"]) - max(r["top"], first["top"])
               >= 0.7 * min(r["bottom"] - r["top"], first["bottom"] - first["top"])]
        row = sorted({(r["x0"], r["top"], r["x1"], r["bottom"]) for r in row})
        apart = all(a[2] <= b[0] + 1 for a, b in zip(row, row[1:]))
        if len(row) >= 2 and apart and all(page.crop(box).extract_text().strip() for box in row):
            return row
    return []


def _panel_lines(page, panels) -> list[dict]:
    """The page's lines with each panel's read down in turn, left to right: the panels are stacked below one another
    in reading order (the lines below them move down to make room), with a gap between that no paragraph runs over."""
    top, bottom = min(p[1] for p in panels), max(p[3] for p in panels)
    left, right = panels[0][0], panels[-1][2]
    outside = [line for line in _plain_lines(page)
               if not (top <= (line["top"] + line["bottom"]) / 2 <= bottom and line["x1"] > left and line["x0"] < right)]
    gap = 3 * max((line["bottom"] - line["top"] for line in outside), default=12.0)
    height = bottom - top + gap
    lines = [line for line in outside if line["top"] < top]
    for n, panel in enumerate(panels):
        inside = _plain_lines(page.crop(panel))
        edge = max((line["x1"] for line in inside), default=panel[2])  # a line ran on if it reached its panel's edge
        for line in inside:
            line["margin"], line["right"] = False, edge
            line["top"] += n * height
            line["bottom"] += n * height
            lines.append(line)
    for line in outside:
        if line["top"] >= top:
            line["top"] += (len(panels) - 1) * height
            line["bottom"] += (len(panels) - 1) * height
            lines.append(line)
    return lines


def _plain_lines(page, skip_boxes=()) -> list[dict]:
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
        # how wide the line's first word is: a line above wrapped only if that word would not have fitted on it
        first = list(itertools.takewhile(lambda c: c.get("text", " ").strip(), line.get("chars", [])))
        first_width = (first[-1]["x1"] - first[0]["x0"]) if first else 0.0
        lines.append({"text": line["text"].strip(), "top": line["top"], "bottom": line["bottom"], "x0": line["x0"],
                      "x1": line["x1"], "size": size, "bold": bold, "margin": margin, "first_width": first_width})
    return lines


def _running(pages) -> set[str]:
    """Running headers and footers: a line in the top or bottom margin that recurs on other pages (page
    numbers aside). They break a paragraph that runs over a page and would read as a new heading."""
    seen: dict[str, set[int]] = {}
    for page_number, lines, _ in pages:
        for line in lines:
            if line["margin"]:
                seen.setdefault(_MARGIN_KEY.sub("#", line["text"].lower()), set()).add(page_number)
    # on most pages: a round's label that happens to head a column on two pages of many is the plan's own words; a
    # recommendation's or item's heading at the top of each page ('Recommendation 20') numbers what follows, and is no
    # running header however many pages open with one
    return {key for key, on in seen.items() if len(on) >= 2 and len(on) > 0.5 * len(pages) and not _NUMBERED_HEADING.match(key)}


_NUMBERED_HEADING = re.compile(r"^\s*((recommendation|rec|argymhelliad|section|part|theme|chapter)\b\.?\s*#|#\.#\s+\w)")


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
    previous = previous_heading = None
    for page_number, lines, tables in pages:
        right = max((line["x1"] for line in lines), default=0)
        items = [(line["top"], "line", line) for line in lines] + [(top, "table", grid) for top, grid in tables]
        items.sort(key=lambda item: item[0])
        for line_no, (_, kind, thing) in enumerate(items, start=1):
            where = f"page {page_number} line {line_no}"
            if kind == "table":
                open_block = previous = previous_heading = None
                for row_no, cells in enumerate(thing, start=1):
                    cells = [" ".join((c or "").split()) for c in cells]
                    if any(cells):
                        blocks.append(Block("row", " | ".join(dict.fromkeys(c for c in cells if c)), line_no,
                                            cells=cells, where=f"page {page_number} table row {row_no}"))
                continue
            line = thing
            text = line["text"]
            gap = line["top"] - previous["bottom"] if previous else 99
            bold_only = line["size"] <= body * 1.15
            if bold_only and open_block is not None and gap < line["size"] * 0.9 and (text[:1].islower() or
                                                                                        text[:1] in "”’\"'"):
                heading = False  # a bold quotation running onto its next line ('linked offences remain ...”')
            elif bold_only and text[:1] in "“‘\"":
                heading = False  # a quotation set in bold (the report's words): a paragraph, not a heading
            elif bold_only and re.match(r"^[A-Z][\w '’-]{1,30}:\s+\S", text):
                heading = False  # a label and its value in bold ('Where we are: Complete'): a line, not a heading
            else:
                heading = line["size"] > body * 1.15 or (line["bold"] and len(text) < 90 and not text.endswith("."))
            if heading:
                level = 1 if line["size"] > body * 1.5 else 2 if line["size"] > body * 1.15 else 3
                edge = previous_heading.get("right", right) if previous_heading else right
                if (previous_heading is not None and blocks and blocks[-1].kind == "heading"
                        and blocks[-1].level == level and 0 <= line["top"] - previous_heading["bottom"] < line["size"] * 0.9
                        and (previous_heading["x1"] + line["size"] * 0.3 + line.get("first_width", 0) > edge
                             or text[:1].islower())  # (a heading never opens in lower case: a wrapped one's rest)
                        and not _STARTS_NEW.match(text) and not _DATED_LABEL.match(text)):
                    # a heading wrapped onto a second line ('7.1 Make sure officers and staff actually use the' /
                    # 'system's ability to record included classifications') is one heading
                    blocks[-1].text += " " + text
                else:
                    blocks.append(Block("heading", text, line_no, level=level, where=where))
                open_block = previous = None
                previous_heading = line
                continue
            previous_heading = None
            edge = previous.get("right", right) if previous else right
            continues = (
                open_block is not None and gap < line["size"] * 0.9 and previous["x1"] > edge - 0.2 * (edge - 40)
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
        words_of = [_plain_words(page) for page in pdf.pages]
        running = _running_words(pdf.pages, words_of)
        any_text = False
        open_table: _OpenTable | None = None
        for page_number, (page, words) in enumerate(zip(pdf.pages, words_of), start=1):
            any_text = any_text or bool(page.chars)
            if page_number == 1:
                context.append((page.extract_text() or "")[:4000])
            # a box around the header row alone (a spreadsheet's export) is no ruled table: its rows are laid out by words
            ruled = [t for t in page.find_tables() if len(t.rows) >= 2]
            found = [ruled_grid(page, table) for table in ruled]
            boxes, placed = [t.bbox for t in ruled], [(t.bbox[1], grid) for t, grid in zip(ruled, found)]
            form = not ruled and bool(words) and label_form(words)
            by_words = word_table(page, words, running, open_table) if not ruled and words and not form else None
            # (a page of label/value forms is no report set in two columns, whatever gutter its values leave)
            columns = text_columns(page) if not ruled and page.chars and not form else None
            if by_words is not None and columns is not None and len(columns) > 1 and \
                    max((len(row) for row in by_words[0]), default=0) <= len(columns):
                # two round labels side by side ('Update (September 2025)' | 'Position (March 2026)') at the heads
                # of a report's two columns of prose are no table's header: the columns are read one after the other
                by_words = None
            open_table = None
            if by_words is not None:
                grid, box, open_table = by_words  # columns from the header's headings; rows by item numbers
                found = [grid] if grid else []
                boxes, placed = [box], [(box[1], grid)] if grid else []
            panels = [] if boxes else side_by_side_panels(page)
            if boxes:
                columns = None
            elif columns is not None and len(columns) > 1 or panels:
                found = []  # prose set in two columns or framed boxes: the gutter between is no table's column edge
            elif not found and page.chars and not form:
                found = unruled_tables(page)  # no ruled table on this page: try the words' alignment
            for index, grid in enumerate(found, start=1):
                tables.append(RawTable(f"page {page_number} table {index}", grid, list(range(1, len(grid) + 1))))
            # the reading-order stream: tables as rows where they stand (unruled ones only when read by their
            # header's columns), other text as lines
            pages_for_blocks.append((page_number, page_lines(page, boxes, columns, panels), placed))
    if not any_text:
        raise ExtractError("no_text", "the PDF has no text layer (a scan?); OCR is not supported, publish a text PDF")
    return Document(Path(path), "pdf", tables, "\n".join(context), blocks_from_lines(pages_for_blocks))


def _plain_words(page) -> list[dict]:
    """The page's words, without rotated text or letters over twice the usual height (a 'DRAFT' watermark)."""
    words = [w for w in page.extract_words(extra_attrs=["fontname"]) if w["text"].strip() and w.get("upright", True)]
    if not words:
        return []
    usual = statistics.median(w["bottom"] - w["top"] for w in words)
    return [w for w in words if w["bottom"] - w["top"] <= 2.5 * usual]


def _running_words(pages, words_of) -> set[str]:
    """Lines in the top or bottom margin that recur on other pages (numbers aside): running headers and footers."""
    seen: dict[str, set[int]] = {}
    for number, (page, words) in enumerate(zip(pages, words_of)):
        for line in _word_lines(words):
            if _line_top(line) < 0.08 * page.height or _line_bottom(line) > 0.92 * page.height:
                seen.setdefault(_MARGIN_KEY.sub("#", _text(line).lower()), set()).add(number)
    return {key for key, on in seen.items() if len(on) >= 2}
