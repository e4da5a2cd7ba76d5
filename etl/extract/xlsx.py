"""Excel .xlsx: every sheet, merged ranges filled from their top-left cell, Excel row numbers kept."""
from __future__ import annotations

import datetime as dt
import posixpath
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import openpyxl

from ..model import Document, Issue, RawTable
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
    document = Document(Path(path), "xlsx", tables, "\n".join(context)[:8000])
    document.warnings = formula_warnings(path)  # picked up by the build as this file's warnings
    return document


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def formulas_without_values(path: Path) -> dict[str, list[str]]:
    """Cells holding a formula but no saved result, by sheet title: openpyxl reads them as empty (a workbook
    written by a program, or never saved by Excel after its formulas were entered)."""
    found: dict[str, list[str]] = {}
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        rels = {}
        if "xl/_rels/workbook.xml.rels" in names:
            for rel in ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels")):
                target = rel.get("Target", "")
                rels[rel.get("Id")] = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        sheets = ElementTree.fromstring(archive.read("xl/workbook.xml")).find(f"{_MAIN}sheets")
        for sheet in sheets if sheets is not None else ():
            member = rels.get(sheet.get(f"{_REL}id"))
            if member not in names:
                continue
            with archive.open(member) as stream:
                for _, cell in ElementTree.iterparse(stream):
                    if cell.tag != f"{_MAIN}c":
                        if cell.tag == f"{_MAIN}row":
                            cell.clear()  # memory stays flat on big sheets
                        continue
                    formula, value = cell.find(f"{_MAIN}f"), cell.find(f"{_MAIN}v")
                    if formula is not None and (value is None or not (value.text or "")) and cell.find(f"{_MAIN}is") is None:
                        found.setdefault(sheet.get("name", "?"), []).append(cell.get("r", "?"))
    return found


def formula_warnings(path: Path) -> list[Issue]:
    try:
        found = formulas_without_values(path)
    except (zipfile.BadZipFile, ElementTree.ParseError, KeyError, OSError):
        return []
    return [Issue("warning", "formula_without_value",
                  f"{len(cells)} cell(s) of sheet '{sheet}' hold a formula with no saved result ({', '.join(cells[:8])}"
                  f"{', ...' if len(cells) > 8 else ''}), so they read as empty: open the workbook in Excel, let it "
                  "recalculate, save it and load it again", f"sheet '{sheet}'")
            for sheet, cells in found.items()]
