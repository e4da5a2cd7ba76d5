"""CSV exports (comma, semicolon or tab separated; delimiter sniffed)."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from ..model import Document, RawTable
from .encoding import decode


def extract(path: Path) -> Document:
    text = decode(Path(path).read_bytes())
    try:
        dialect = csv.Sniffer().sniff(text[:20_000], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows, numbers = [], []
    reader = csv.reader(io.StringIO(text), dialect)
    first_line = 1
    for row in reader:
        rows.append(row)
        numbers.append(first_line)  # the line a record starts on (quoted newlines span several)
        first_line = reader.line_num + 1
    context = "\n".join(" ".join(r) for r in rows[:8])
    return Document(Path(path), "csv", [RawTable("csv", rows, numbers)], context)
