"""Text: tab-separated exports of the national template (one line per row, tabs between cells), and
plain text (a plan saved from a web page or a document), read as lines in order."""
from __future__ import annotations

from pathlib import Path

from ..model import Block, Document, ExtractError, RawTable
from .encoding import decode


def extract(path: Path) -> Document:
    text = decode(Path(path).read_bytes())
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    rows, numbers, context, blocks = [], [], [], []
    for number, line in enumerate(lines, start=1):
        if "\t" in line:
            rows.append(line.split("\t"))
            numbers.append(number)
            cells = [" ".join(c.split()) for c in rows[-1]]
            if any(cells):
                blocks.append(Block("row", " | ".join(dict.fromkeys(c for c in cells if c)), number, cells=cells,
                                    where=f"line {number}"))
        elif line.strip():
            blocks.append(Block("paragraph", " ".join(line.split()), number, where=f"line {number}"))
        if len(context) < 40 and line.strip():
            context.append(line)
    if not blocks:
        raise ExtractError("empty_file", "the text file holds only blank lines")
    tables = [RawTable("lines", rows, numbers)] if rows else []
    return Document(Path(path), "text", tables, "\n".join(context), blocks)
