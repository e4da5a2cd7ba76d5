"""Excel .xlsx: every visible sheet, merged ranges filled from their top-left cell, Excel row numbers kept;
hidden sheets, rows and columns left out (they are not the published plan)."""
from __future__ import annotations

import datetime as dt
import posixpath
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
from openpyxl.utils import column_index_from_string, get_column_letter

from ..model import Document, Issue, RawTable
from .colour import fill_name, fill_text

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


def _colour(cell) -> str | None:
    fill = cell.fill
    return fill.fgColor.rgb if fill is not None and fill.fill_type == "solid" and fill.fgColor.type == "rgb" else None


def _cell_text(cell) -> str:
    return fill_text(_shown(cell), _colour(cell))


def _shown(cell) -> str:
    """The value as the sheet shows it where that changes its meaning: 0.75 formatted as a percentage is '75%'."""
    value = cell.value
    if isinstance(value, (int, float)) and not isinstance(value, bool) and "%" in (cell.number_format or ""):
        return f"{value * 100:.10g}%"
    return _text(value)


def _cell_fill(cell) -> str:
    return fill_name(_text(cell.value), _colour(cell))


def extract(path: Path) -> Document:
    """Every visible sheet; hidden sheets, rows and columns are not the published plan: left out, each
    with a `hidden_content` warning naming what was left out."""
    workbook = openpyxl.load_workbook(str(path), data_only=True)
    tables, context, notes, unread = [], [], [], set()
    try:
        for sheet in workbook.worksheets:
            max_row, max_col = min(sheet.max_row, MAX_ROWS), min(sheet.max_column, MAX_COLS)
            if sheet.sheet_state != "visible":
                unread.add(sheet.title)
                filled = sum(any(v not in (None, "") for v in row)
                             for row in sheet.iter_rows(1, max_row, 1, max_col, values_only=True))
                if filled:
                    notes.append(Issue("warning", "hidden_content",
                                       f"sheet '{sheet.title}' is {_STATES.get(sheet.sheet_state, 'hidden')}: its {filled} row(s) are "
                                       "not part of the published plan and were not read", f"sheet '{sheet.title}'"))
                continue
            grid = [[_cell_text(cell) for cell in row] for row in sheet.iter_rows(1, max_row, 1, max_col)]
            fills = [[_cell_fill(cell) for cell in row] for row in sheet.iter_rows(1, max_row, 1, max_col)]
            hidden_rows, hidden_cols = _hidden_rows(sheet), _hidden_columns(sheet)
            # what the hidden rows and columns hold of their own (before merged ranges are filled in)
            skipped_rows = [n for n, row in enumerate(grid, start=1) if n in hidden_rows and any(row)]
            skipped_cols = [c for c in sorted(hidden_cols) if c <= max_col
                            and any(row[c - 1] for n, row in enumerate(grid, start=1) if n not in hidden_rows)]
            spanned = set()
            for merged in sheet.merged_cells.ranges:
                value = grid[merged.min_row - 1][merged.min_col - 1] if merged.min_row <= max_row and merged.min_col <= max_col else ""
                for r in range(merged.min_row, min(merged.max_row, max_row) + 1):
                    for c in range(merged.min_col, min(merged.max_col, max_col) + 1):
                        grid[r - 1][c - 1] = value
                        if r > merged.min_row and value:
                            spanned.add((r, value))
            if skipped_rows or skipped_cols:
                notes.append(_hidden_note(sheet.title, skipped_rows, skipped_cols))
            shown = [c for c in range(max_col) if c + 1 not in hidden_cols]
            numbered = [(n, [row[c] for c in shown], [fills[n - 1][c] for c in shown])
                        for n, row in enumerate(grid, start=1) if n not in hidden_rows]
            numbered = [(n, row, fill) for n, row, fill in numbered if any(row)]
            tables.append(RawTable(f"sheet '{sheet.title}'", [r for _, r, _ in numbered], [n for n, _, _ in numbered],
                                   [f for _, _, f in numbered], spanned))
            context += [sheet.title] + [" ".join(r) for _, r, _ in numbered[:6]]
    finally:
        workbook.close()
    document = Document(Path(path), "xlsx", tables, "\n".join(context)[:8000])
    # picked up by the build as this file's warnings
    document.warnings = notes + [w for w in formula_warnings(path) if w.location[7:-1] not in unread]
    return document


_STATES = {"hidden": "hidden", "veryHidden": "very hidden (only a macro can show it)"}


def _hidden_rows(sheet) -> set[int]:
    """Rows hidden by hand, by a filter or a collapsed outline, or set to no height."""
    return {n for n, dim in sheet.row_dimensions.items()
            if dim.hidden or (dim.customHeight and dim.ht is not None and float(dim.ht) == 0)}


def _hidden_columns(sheet) -> set[int]:
    """Columns (1-based) hidden, or set to no width; a dimension may stand for a range of columns."""
    hidden: set[int] = set()
    for key, dim in sheet.column_dimensions.items():
        if dim.hidden or (dim.customWidth and dim.width is not None and float(dim.width) == 0):
            first = dim.min or column_index_from_string(key)
            hidden.update(range(first, (dim.max or first) + 1))
    return hidden


def _hidden_note(title: str, rows: list[int], columns: list[int]) -> Issue:
    parts = []
    if rows:
        shown = ", ".join(map(str, rows[:15])) + (f" and {len(rows) - 15} more" if len(rows) > 15 else "")
        parts.append(f"hidden row(s) {shown}")
    if columns:
        parts.append(f"hidden column(s) {', '.join(get_column_letter(c) for c in columns)}")
    return Issue("warning", "hidden_content", f"sheet '{title}': {' and '.join(parts)} are not part of the published "
                 "plan and were not read", f"sheet '{title}'")


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
