"""Plain records passed between the layers."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class RawTable:
    """A table as a format extractor found it: text cells plus where each row came from."""

    name: str  # "lines", "table 2", "sheet 'Plan'", "page 3 table 1"
    rows: list[list[str]]
    row_numbers: list[int]  # source row of each row, 1-based, in the format's own unit
    # the fill colour's name of each cell that has words and a signal fill ('Green', 'Blue'), '' for none; None
    # when the format has no fills. A tracker that says each round's status only by its cell's colour
    fills: list[list[str]] | None = None
    # (source row, text) of each cell that continues a cell merged down from the row above (a Word vertical
    # merge, an HTML rowspan, an Excel merged range): one cell shared by several rows, not words written per row
    spanned: set[tuple[int, str]] = field(default_factory=set)
    # (row, text) of cells merged across two or more columns (an HTML colspan, a Word gridSpan): one cell, not words
    # written in each column
    wide: set[tuple[int, str]] = field(default_factory=set)


@dataclass
class Block:
    """One piece of a document in reading order: what the narrative reader walks.

    kind: heading (level 1-6), paragraph, list_item (number: the list's own numbering, '' for bullets)
    or row (a table row, its cells kept). source_row is the block's line/paragraph/row number in the
    format's own unit, for tracing a value back to where it was read.
    """

    kind: str
    text: str
    source_row: int
    level: int = 0
    number: str = ""
    cells: list[str] | None = None
    where: str = ""  # "paragraph 12", "page 2 line 7", "table 3 row 4"
    lead: str = ""  # the words a paragraph opens with in bold, when more words follow ('<strong>Risk.</strong> We ...')


@dataclass
class Document:
    path: Path
    format: str
    tables: list[RawTable]
    text: str = ""  # words outside the tables (title, headings), used to find force and date
    blocks: list[Block] = field(default_factory=list)  # the whole document in reading order
    links: list[tuple[str, str]] = field(default_factory=list)  # (link text, href) of a web page's links


@dataclass
class Issue:
    severity: str  # "error" | "warning"
    code: str
    message: str
    location: str = ""


class ExtractError(Exception):
    """A file that cannot be read as a plan; code is a stable machine-readable reason."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class PlanUpdate:
    """One force's position on one sub-item in one update round."""

    force_id: str
    item_id: str
    rec_no: int
    round: str
    round_date: dt.date | None
    round_order: int
    owner: str
    update_text: str
    status: str
    status_raw: str
    progress_pct: float | None
    status_source: str  # stated | inferred | none
    status_confidence: float | None
    status_evidence: str  # the words that decided the status
    update_date: dt.date | None
    source_file: str
    source_table: str
    source_row: int
    is_sample: bool = False
    granularity: str = "item"  # item | recommendation (one answer for a whole recommendation)
    anchor: str = ""  # how the row was tied to its item: "number", "heading", "wording 0.82", "label"


@dataclass
class FileResult:
    source_file: str
    format: str
    sha256: str
    size_bytes: int
    mtime: float
    force_id: str | None = None
    force_method: str = ""
    updates: list[PlanUpdate] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    is_sample: bool = False

    @property
    def loaded(self) -> bool:
        return bool(self.updates) and not any(i.severity == "error" for i in self.issues)
