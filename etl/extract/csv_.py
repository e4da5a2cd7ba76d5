"""CSV exports (comma, semicolon or tab separated; delimiter sniffed; any line endings).

Memory is bounded whatever the file: a line is cut at MAX_LINE_CHARS before the csv module sees it,
a row keeps MAX_COLS cells, a cell MAX_CELL_CHARS characters, a file MAX_ROWS rows; each cut is a warning.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

from ..model import Document, Issue, RawTable
from .encoding import decode

MAX_LINE_CHARS = 1_000_000
MAX_COLS = 200
MAX_CELL_CHARS = 32_000
MAX_ROWS = 20_000
_NEWLINES = re.compile(r"\r\n?")


def _lines(text: str, cuts: list[int]):
    """The text's lines ('\\r\\n', '\\r' or '\\n' alike), each cut at MAX_LINE_CHARS (the line number noted)."""
    for number, line in enumerate(text.split("\n"), start=1):
        if len(line) > MAX_LINE_CHARS:
            cuts.append(number)
            line = line[:MAX_LINE_CHARS]
        yield line + "\n"


def extract(path: Path) -> Document:
    text = _NEWLINES.sub("\n", decode(Path(path).read_bytes()).replace("\x00", ""))
    try:
        dialect = csv.Sniffer().sniff(text[:20_000], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    csv.field_size_limit(MAX_LINE_CHARS)
    rows, numbers, cut_lines, wide, long_cells = [], [], [], 0, 0
    reader = csv.reader(_lines(text, cut_lines), dialect)
    first_line = 1
    truncated = False
    for row in reader:
        if len(rows) >= MAX_ROWS:
            truncated = True
            break
        if len(row) > MAX_COLS:
            wide += 1
            row = row[:MAX_COLS]
        if any(len(cell) > MAX_CELL_CHARS for cell in row):
            long_cells += 1
            row = [cell[:MAX_CELL_CHARS] for cell in row]
        rows.append(row)
        numbers.append(first_line)  # the line a record starts on (quoted newlines span several)
        first_line = reader.line_num + 1
    context = "\n".join(" ".join(r) for r in rows[:8])
    document = Document(Path(path), "csv", [RawTable("csv", rows, numbers)], context)
    warnings = []
    if cut_lines:
        warnings.append(Issue("warning", "line_too_long", f"{len(cut_lines)} line(s) over {MAX_LINE_CHARS:,} characters "
                              f"were cut there (first: line {cut_lines[0]})"))
    if wide:
        warnings.append(Issue("warning", "too_many_columns", f"{wide} row(s) had over {MAX_COLS} cells; the rest were dropped"))
    if long_cells:
        warnings.append(Issue("warning", "cell_too_long", f"{long_cells} row(s) had a cell over {MAX_CELL_CHARS:,} characters; cut there"))
    if truncated:
        warnings.append(Issue("warning", "too_many_rows", f"only the first {MAX_ROWS:,} rows were read"))
    document.warnings = warnings  # picked up by the build as this file's warnings
    return document
