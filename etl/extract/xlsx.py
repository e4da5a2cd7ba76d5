"""Excel .xlsx: every sheet, merged ranges filled from their top-left cell, Excel row numbers kept."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from ..model import Document, RawTable
from .colour import fill_text

MAX_ROWS, MAX_COLS = 5000, 60


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:g}"
    return str(value)


def _cell_text(cell) -> str:
    fill = cell.fill
    colour = fill.fgColor.rgb if fill is not None and fill.fill_type == "solid" and fill.fgColor.type == "rgb" else None
    return fill_text(_text(cell.value), colour)


def extract(path: Path) -> Document:
    workbook = openpyxl.load_workbook(str(path), data_only=True)
    tables, context = [], []
    try:
        for sheet in workbook.worksheets:
            max_row, max_col = min(sheet.max_row, MAX_ROWS), min(sheet.max_column, MAX_COLS)
            grid = [[_cell_text(cell) for cell in row] for row in sheet.iter_rows(1, max_row, 1, max_col)]
            for merged in sheet.merged_cells.ranges:
                value = grid[merged.min_row - 1][merged.min_col - 1] if merged.min_row <= max_row and merged.min_col <= max_col else ""
                for r in range(merged.min_row, min(merged.max_row, max_row) + 1):
                    for c in range(merged.min_col, min(merged.max_col, max_col) + 1):
                        grid[r - 1][c - 1] = value
            numbered = [(n, row) for n, row in enumerate(grid, start=1) if any(row)]
            tables.append(RawTable(f"sheet '{sheet.title}'", [r for _, r in numbered], [n for n, _ in numbered]))
            context += [sheet.title] + [" ".join(r) for _, r in numbered[:6]]
    finally:
        workbook.close()
    return Document(Path(path), "xlsx", tables, "\n".join(context)[:8000])
