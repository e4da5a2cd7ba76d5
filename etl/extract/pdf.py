"""PDF: ruled tables page by page with pdfplumber; the first page's text as context. No OCR."""
from __future__ import annotations

from pathlib import Path

import pdfplumber

from ..model import Document, ExtractError, RawTable

MAX_PAGES = 200


def extract(path: Path) -> Document:
    tables, context = [], []
    with pdfplumber.open(str(path)) as pdf:
        if len(pdf.pages) > MAX_PAGES:
            raise ExtractError("too_large", f"{len(pdf.pages)} pages is over the {MAX_PAGES}-page limit")
        any_text = False
        for page_number, page in enumerate(pdf.pages, start=1):
            any_text = any_text or bool(page.chars)
            if page_number == 1:
                context.append((page.extract_text() or "")[:4000])
            for index, table in enumerate(page.extract_tables(), start=1):
                grid = [[cell or "" for cell in row] for row in table]
                tables.append(RawTable(f"page {page_number} table {index}", grid, list(range(1, len(grid) + 1))))
    if not any_text:
        raise ExtractError("no_text", "the PDF has no text layer (a scan?); OCR is not supported, publish a text PDF")
    return Document(Path(path), "pdf", tables, "\n".join(context))
