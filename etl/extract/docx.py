"""Word .docx: every table (merged cells de-duplicated by their XML element), paragraphs as context."""
from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn

from ..model import Document, RawTable
from .colour import fill_text


def _cell_text(cell) -> str:
    properties = cell._tc.tcPr
    shading = properties.find(qn("w:shd")) if properties is not None else None
    return fill_text(cell.text, shading.get(qn("w:fill")) if shading is not None else None)


def _grid(table) -> list[list[str]]:
    grid = []
    for row in table.rows:
        cells, previous = [], None
        for cell in row.cells:
            # python-docx repeats a merged cell's object across its span; repeat its text like an
            # HTML colspan does, so columns stay in line with the header.
            cells.append(_cell_text(cell) if cell._tc is not previous else cells[-1])
            previous = cell._tc
        grid.append(cells)
    return grid


def _all_tables(tables):
    """Tables in document order, each followed by the tables nested in its cells (a plan framed by a
    layout table is still found)."""
    for table in tables:
        yield table
        seen = set()
        for row in table.rows:
            for cell in row.cells:
                if cell._tc not in seen:
                    seen.add(cell._tc)
                    yield from _all_tables(cell.tables)


def extract(path: Path) -> Document:
    document = docx.Document(str(path))
    tables = []
    for index, table in enumerate(_all_tables(document.tables), start=1):
        grid = _grid(table)
        tables.append(RawTable(f"table {index}", grid, list(range(1, len(grid) + 1))))
    paragraphs = [p.text for p in document.paragraphs if p.text.strip()]
    for section in document.sections:
        paragraphs = [p.text for p in section.header.paragraphs if p.text.strip()] + paragraphs
    return Document(Path(path), "docx", tables, "\n".join(paragraphs)[:8000])
