"""Tab-separated text exports of the national template (one line per row, tabs between cells)."""
from __future__ import annotations

from pathlib import Path

from ..model import Document, ExtractError, RawTable
from .encoding import decode


def extract(path: Path) -> Document:
    text = decode(Path(path).read_bytes())
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    rows, numbers, context = [], [], []
    for number, line in enumerate(lines, start=1):
        if "\t" in line:
            rows.append(line.split("\t"))
            numbers.append(number)
        if len(context) < 40 and line.strip():
            context.append(line)
    if not rows:
        raise ExtractError("not_a_plan", "plain text with no tab-separated columns; not a plan table export")
    return Document(Path(path), "text", [RawTable("lines", rows, numbers)], "\n".join(context))
