"""Word .docx: every table (merged cells de-duplicated by their XML element), paragraphs as context.

Tables and cell text are read from the XML rather than python-docx's conveniences, which see only
the body's own tables and a paragraph's own runs: a plan inside a content control (Word's form
fields and drop-down statuses), inside a layout table, or in tracked insertions would be lost.
"""
from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.table import Table

from ..model import Document, RawTable
from .colour import fill_text

W_P, W_T, W_TAB, W_BR, W_TC, W_TBL = (qn(f"w:{tag}") for tag in ("p", "t", "tab", "br", "tc", "tbl"))


def _owning_cell(paragraph):
    parent = paragraph.getparent()
    while parent is not None and parent.tag != W_TC:
        parent = parent.getparent()
    return parent


def _paragraph_text(paragraph) -> str:
    return "".join(node.text or "" if node.tag == W_T else "\t" if node.tag == W_TAB else "\n"
                   for node in paragraph.iter(W_T, W_TAB, W_BR))


def _cell_text(tc) -> str:
    # every paragraph of this cell however deeply wrapped, but not those of a table nested in it
    text = "\n".join(_paragraph_text(p) for p in tc.iter(W_P) if _owning_cell(p) is tc)
    properties = tc.tcPr
    shading = properties.find(qn("w:shd")) if properties is not None else None
    return fill_text(text, shading.get(qn("w:fill")) if shading is not None else None)


def _grid(table) -> list[list[str]]:
    grid = []
    for row in table.rows:
        cells, previous = [], None
        for cell in row.cells:
            # python-docx repeats a merged cell's object across its span; repeat its text like an
            # HTML colspan does, so columns stay in line with the header.
            cells.append(_cell_text(cell._tc) if cell._tc is not previous else cells[-1])
            previous = cell._tc
        grid.append(cells)
    return grid


def extract(path: Path) -> Document:
    document = docx.Document(str(path))
    tables = []
    # every table in document order, nested ones straight after the table that holds them
    for index, tbl in enumerate(document.element.body.iter(W_TBL), start=1):
        grid = _grid(Table(tbl, document))
        tables.append(RawTable(f"table {index}", grid, list(range(1, len(grid) + 1))))
    body_text = (_paragraph_text(p) for p in document.element.body.iter(W_P) if _owning_cell(p) is None)
    paragraphs = [text for text in body_text if text.strip()]
    for section in document.sections:
        paragraphs = [p.text for p in section.header.paragraphs if p.text.strip()] + paragraphs
    return Document(Path(path), "docx", tables, "\n".join(paragraphs)[:8000])
