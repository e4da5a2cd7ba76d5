"""Text: tab-separated exports of the national template (one line per row, tabs between cells), text dumps
of a PDF laid out in fixed-width columns (`pdftotext -layout`), and plain text (a plan saved from a web
page or a document), read as lines in order."""
from __future__ import annotations

import re
from pathlib import Path

from ..model import Block, Document, ExtractError, RawTable
from .encoding import decode

DRIFT = 2  # characters a column's text may stand off its heading's column in a layout dump
# an item or recommendation number opening a cell ('7.1', 'Rec 7', '10.2 10.3', '14'); not a date ('27 March')
_KEY = re.compile(r"^\(?(?:rec(?:ommendation)?s?\.?\s*)?\d{1,2}(?:\.\d{1,2}[a-z]?)*[.):]?(?=\s|$)", re.IGNORECASE)
_NOT_KEY = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|^\d{1,2}\s*(?:%|per\s*cent)",
                      re.IGNORECASE)
_HEADINGS = re.compile(r"\b(rec|recs|recommendations?|ref|reference|no|number|item|sub[- ]?rec\w*|actions?|updates?|progress|"
                       r"status|response|owner|lead|evidence|requirements?|date|rag|comments?|position|activity|measures?|"
                       r"outcomes?|commentary)\b", re.IGNORECASE)
_FURNITURE = re.compile(r"^(page\s*\d+(\s*(of|/)\s*\d+)?|\d+(\s*(of|/)\s*\d+)?|official(\s*[-–]\s*sensitive)?|-\s*\d+\s*-)$",
                        re.IGNORECASE)


def extract(path: Path) -> Document:
    text = decode(Path(path).read_bytes())
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # a tab-separated export is read by its tabs; text without them may be a PDF's table laid out in columns
    layout = None if sum("\t" in line for line in lines[:2000]) >= 2 else layout_table(lines)
    rows, numbers, context, blocks = [], [], [], []
    for number, line in enumerate(lines, start=1):
        if layout is not None and number in layout.lines:
            if number in layout.rows_at:
                cells = layout.rows_at[number]
                blocks.append(Block("row", " | ".join(dict.fromkeys(c for c in cells if c)), number, cells=cells,
                                    where=f"line {number}"))
        elif "\t" in line:
            rows.append(line.split("\t"))
            numbers.append(number)
            cells = [" ".join(c.split()) for c in rows[-1]]
            if any(cells):
                blocks.append(Block("row", " | ".join(dict.fromkeys(c for c in cells if c)), number, cells=cells,
                                    where=f"line {number}"))
        elif line.strip() and not (layout is not None and _FURNITURE.match(line.strip().strip("\f").strip())):
            blocks.append(Block("paragraph", " ".join(line.split()), number, where=f"line {number}"))
        if len(context) < 40 and line.strip():
            context.append(line.strip("\f"))
    if not blocks:
        raise ExtractError("empty_file", "the text file holds only blank lines")
    tables = [RawTable("lines", rows, numbers)] if rows else []
    if layout is not None:
        tables.append(RawTable("layout", list(layout.rows_at.values()), list(layout.rows_at)))
    return Document(Path(path), "text", tables, "\n".join(context), blocks)


# ---------------------------------------------------------------------------------------------------------
# A PDF's table dumped as text in fixed-width columns: a header line whose headings start at fixed offsets,
# each cell wrapped over several lines within its column, page footers, a form feed and the header again
# at each page break.

class Layout:
    """Where a layout table stands: every line it took (header, rows, footers, repeated headers) and its
    rows (the header first), each by the line number it starts on."""

    def __init__(self):
        self.lines: set[int] = set()
        self.rows_at: dict[int, list[str]] = {}


def _pieces(line: str) -> list[tuple[int, str]]:
    """A line cut where two spaces or more stand: (offset, text) of each piece."""
    return [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", line)]


def _header_starts(line: str) -> list[int] | None:
    pieces = _pieces(line.replace("\f", " "))
    if len(pieces) < 2 or len(pieces) > 12:
        return None
    texts = [t for _, t in pieces]
    if sum(bool(_HEADINGS.search(t)) for t in texts) < max(1, len(texts) // 2):
        return None
    if any(len(t.split()) > 6 for t in texts) or any(_KEY.match(t) for t in texts):
        return None
    return [offset for offset, _ in pieces]


def _cut(line: str, starts: list[int]) -> list[str] | None:
    """A line cut at the columns' offsets (each cut moved to the nearest space within DRIFT); None when
    words run across a column's offset (a title or paragraph across the page)."""
    line = line.replace("\f", " ").rstrip()
    cuts = [0]
    for start in starts[1:]:
        if start >= len(line):
            cuts.append(len(line))
            continue
        near = [p for p in range(max(cuts[-1], start - DRIFT), min(len(line), start + DRIFT) + 1)
                if p == 0 or line[p - 1] == " " or p == len(line)]
        if not near:
            return None
        cuts.append(min(near, key=lambda p: (abs(p - start), p)))
    cuts.append(len(line))
    cells = [" ".join(line[a:b].split()) for a, b in zip(cuts, cuts[1:])]
    # the text before the first column's offset belongs to the first column
    return cells


def _is_key(text: str) -> bool:
    return bool(text and _KEY.match(text) and not _NOT_KEY.match(text))


def _furniture(line: str) -> bool:
    return bool(_FURNITURE.match(line.replace("\f", " ").strip()))


def layout_table(lines: list[str]) -> Layout | None:
    """The plan table in a `pdftotext -layout` dump, or None when the text is not laid out in columns."""
    for index, line in enumerate(lines[:400]):
        starts = _header_starts(line)
        if starts is None or not any(_row_start(x, starts) for x in lines[index + 1:index + 60] if x.strip()):
            continue  # no item number in the columns below it: not a table's header
        found = _read_layout(lines, index, starts)
        if found is not None:
            return found
    return None


def _read_layout(lines: list[str], index: int, starts: list[int]) -> Layout | None:
    width = len(starts)
    head = _cut(lines[index], starts)
    layout = Layout()
    layout.lines.add(index + 1)
    n = index + 1
    # a heading wrapped onto more lines: short pieces under the headings, before any item number
    header_lines = [_flat(lines[index])]
    while n < len(lines) and n - index <= 2 and lines[n].strip():
        pieces = _pieces(lines[n])
        if any(len(t.split()) > 3 for _, t in pieces) or _is_key(pieces[0][1]) or not all(
                any(abs(offset - s) <= DRIFT for s in starts) for offset, _ in pieces):
            break
        cells = _cut(lines[n], starts) or [""] * width
        head = [f"{a} {b}".strip() for a, b in zip(head, cells)]
        header_lines.append(_flat(lines[n]))
        layout.lines.add(n + 1)
        n += 1
    # every line below cut into cells: (line number, cells or None for a blank line, runs across the
    # columns); page footers, form feeds and the header repeated at the top of a page are left out
    body: list[tuple[int, list[str] | None, bool]] = []
    while n < len(lines):
        flat = _flat(lines[n])
        if flat == header_lines[0]:
            layout.lines.update(range(n + 1, n + len(header_lines) + 1))
            n += len(header_lines) if all(_flat(lines[n + k]) == h for k, h in enumerate(header_lines)
                                           if n + k < len(lines)) else 1
            continue
        if flat and _furniture(lines[n]):
            layout.lines.add(n + 1)
            n += 1
            continue
        cells = _cut(lines[n], starts) if flat else None
        if flat and cells is None:  # words across the columns: a heading inside the table, or the end of it
            if not any(_row_start(c, starts) for c in lines[n + 1:n + 8] if c.strip()):
                break
            body.append((n + 1, [" ".join(lines[n].split())] + [""] * (width - 1), True))
            n += 1
            continue
        body.append((n + 1, cells, False))
        n += 1
    counts = {c: sum(1 for _, cells, across in body if cells and not across and _is_key(cells[c]))
              for c in range(min(3, width))}
    key = max(counts, key=lambda c: (counts[c], -c))
    if counts[key] < 2:
        return None
    # after the last row, text in the item column that is not an item, after a blank line: not the table
    last = max(i for i, (_, cells, _) in enumerate(body) if cells and _is_key(cells[key]))
    for i in range(last + 1, len(body)):
        cells = body[i][1]
        if cells and body[i - 1][1] is None and cells[key] and not any(cells[:key] + cells[key + 1:]):
            body = body[:i]
            break
    while body and body[-1][1] is None:
        body.pop()
    layout.rows_at[index + 1] = head
    banded = any(cells is None for _, cells, _ in body)
    target: list[str] | None = None
    pending: list[list[str]] = []
    band_has_row = False
    for position, (number, cells, across) in enumerate(body):
        layout.lines.add(number)
        if cells is None:  # a blank line: the next band of lines
            if pending and target is not None:
                _fold(target, pending)
            pending, band_has_row = [], False
            continue
        if across:  # a heading across the table: a row of its own
            layout.rows_at[number] = cells
            target, pending, band_has_row = None, [], False
        elif _is_key(cells[key]):
            row = [""] * width
            _fold(row, pending + [cells])
            layout.rows_at[number] = row
            target, pending, band_has_row = row, [], True
        elif target is not None and (band_has_row or not banded or not _band_has_key(body, position, key)):
            _fold(target, [cells])  # wrapped text of the row above, or a row carried over a page break
        else:
            pending.append(cells)
    if pending:
        if target is None:
            first = body[0][0]
            layout.rows_at.setdefault(first, [""] * width)
            target = layout.rows_at[first]
        _fold(target, pending)
    return layout


def _flat(line: str) -> str:
    return " ".join(line.replace("\f", " ").split()).lower()


def _row_start(line: str, starts: list[int]) -> bool:
    cells = _cut(line, starts)
    return cells is not None and any(_is_key(c) for c in cells[:3])


def _band_has_key(body, position: int, key: int) -> bool:
    """Does a row start further down the band (up to the next blank line) that line `position` is in?"""
    for _, cells, _ in body[position + 1:]:
        if cells is None:
            return False
        if _is_key(cells[key]):
            return True
    return False


def _fold(row: list[str], lines: list[list[str]]) -> None:
    for cells in lines:
        for column, text in enumerate(cells):
            if text:
                row[column] = f"{row[column]} {text}".strip()
