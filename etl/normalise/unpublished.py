"""What a plan says it does not publish: rows marked 'Not for publication' or 'DRAFT', and sections headed so.

A marker is a cell that says only that ('DRAFT', 'NOT FOR PUBLICATION', 'Draft - not for publication',
'[Draft]'), a short cell with it in brackets ('7.3 (DRAFT)'), or a cell opening with it as a label
('DRAFT: ...', 'Not for publication - ...'); never a sentence that uses the word ('The draft policy is
with legal'). A row carrying a marker is not an item. A row (or heading, or paragraph) whose only words
are a marker heads a section: everything after it is skipped up to the next heading that is not one.
A table whose name carries a marker (a sheet 'Draft - not for publication') is skipped whole. Each skip
is a `hidden_content` warning saying what was left out and where.

`drop_unpublished(document)` is called once, on every extracted document (etl.extract.extract).
"""
from __future__ import annotations

import dataclasses

import re

from ..model import Block, Document, Issue, RawTable

_WORDS = r"(?:draft|not\s+for\s+(?:publication|publishing|public\s+release)|do\s+not\s+publish|not\s+to\s+be\s+published)"
_ONLY = re.compile(rf"^[\W_]*{_WORDS}(?:[\W_]+{_WORDS})*[\W_]*$", re.IGNORECASE)
_BRACKETED = re.compile(rf"[\[(]\s*{_WORDS}(?:[\W_]+{_WORDS})*\s*[\])]", re.IGNORECASE)
_LABEL = re.compile(r"^[\W_]*(?:DRAFT|(?i:not\s+for\s+publication))(?:[\W_]+(?i:not\s+for\s+publication))?\s*[:\-–—]\s*\S")
_TITLE = re.compile(rf"\b{_WORDS}\b", re.IGNORECASE)
# (a trailing 'DRAFT' in capitals marks the row; 'Stalking procedure (draft)' names a document that is a draft)
_ANYWHERE = re.compile(r"\bnot\s+(?:for|to\s+be)\s+publi(?:cation|shed)\b|(?:\s[-–—]\s*|[\[(])(?-i:DRAFT)[\])]?\W*$",
                       re.IGNORECASE)


_CHEAP = re.compile(r"draft|publi", re.IGNORECASE)  # no marker without one of these: most cells stop here


def is_marker(cell: str) -> bool:
    """Does this cell mark its row as not published?"""
    if not cell or not _CHEAP.search(cell):
        return False
    text = " ".join(cell.split())
    if not text:
        return False
    bracketed = _BRACKETED.search(text) if len(text) <= 60 else None
    # '7.3 (DRAFT)' marks its row; 'Stalking procedure (draft)' names a document that is a draft, and marks nothing
    bracketed = bracketed if bracketed and len(text[:bracketed.start()].strip()) <= 12 else None
    return bool(_ONLY.match(text) or bracketed or _LABEL.match(text) or _ANYWHERE.search(text))


def _only_marker(cells: list[str]) -> bool:
    if not any(c and _CHEAP.search(c) for c in cells):
        return False
    texts = {" ".join(c.split()) for c in cells if c and c.strip()}
    return bool(texts) and all(_ONLY.match(t) for t in texts)


def _heading_row(cells: list[str]) -> bool:
    """A row with one text (a merged title repeats across its cells): a section's heading."""
    return len({" ".join(c.split()) for c in cells if c and c.strip()}) == 1


def _signature(cells: list[str]) -> str:
    return " ".join(" ".join(c or "" for c in cells).split()).lower()


def _rows_to_keep(rows: list[list[str]], under_marker: set[str]) -> tuple[list[bool], list[int]]:
    """Which rows are published; the indexes of the rows left out. under_marker: rows the reading-order
    stream found under a marker heading outside the table (a table after a 'DRAFT' heading)."""
    keep, dropped, in_section = [], [], False
    for cells in rows:
        if under_marker and _signature(cells) in under_marker:
            keep.append(False)
        elif _only_marker(cells):
            in_section = True
            keep.append(False)
        elif in_section and _heading_row(cells) and not any(is_marker(c) for c in cells):
            in_section = False
            keep.append(True)
        else:
            keep.append(not in_section and not any(is_marker(c) for c in cells))
        if not keep[-1] and any(c and c.strip() for c in cells):
            dropped.append(len(keep) - 1)
    return keep, dropped


def _numbers(values: list[int], limit: int = 12) -> str:
    shown = ", ".join(str(v) for v in values[:limit])
    return shown + (f" and {len(values) - limit} more" if len(values) > limit else "")


_ITEM_LIKE = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}(?![\d.])")
_BARE_ITEM = re.compile(r"^\s*\d{1,2}\.\d{1,2}(?:\s*(?:&|and|,|/)\s*\d{1,2}\.\d{1,2})*\s*$", re.IGNORECASE)


def _marked_columns(rows: list[list[str]]) -> tuple[int, list[int]] | None:
    """A header row with a column headed as not published ('Notes - not for publication'): that row and
    the columns so headed. A header row has three headings or more, no item numbers, and other headings
    that are not markers."""
    for index, cells in enumerate(rows[:15]):
        filled = [c for c in cells if c and c.strip()]
        # a sideways plan's header names its sub-items ('Field | 7.1 | 7.2 | 12.2 (DRAFT - not for publication)')
        numbered = sum(1 for c in filled[1:] if _BARE_ITEM.match(c)) >= max(2, 0.6 * (len(filled) - 1))
        if len(filled) < 3 or (any(_ITEM_LIKE.search(c) for c in filled) and not numbered) \
                or any(len(c) > 80 for c in filled):
            continue
        marked = [n for n, c in enumerate(cells) if is_marker(c)]
        if marked and len(marked) < len(filled) and not _heading_row(cells):
            return index, marked
    return None


_PUBLISH_HEADING = re.compile(r"^\s*(?:publish(?:ed)?|for publication|publish on (?:the )?(?:website|web|internet)|"
                              r"show on (?:the )?website|public|publish\s*\(y/n\))\s*\??\s*$", re.IGNORECASE)
_YES = re.compile(r"^\s*(?:yes|y|true|1|✓|✔)\s*$", re.IGNORECASE)
_NO = re.compile(r"^\s*(?:no|n|false|0|✗|✘)\s*$", re.IGNORECASE)


def _publish_column(rows: list[list[str]]) -> tuple[int, int] | None:
    """(header row, column) of a yes/no column headed 'Publish' or 'Published?': every filled cell below it a yes or
    a no, and two of them at least."""
    for index, cells in enumerate(rows[:15]):
        for column, heading in enumerate(cells):
            if heading and _PUBLISH_HEADING.match(heading):
                below = [(row[column] or "").strip() for row in rows[index + 1:] if column < len(row)]
                answers = [c for c in below if c]
                if len(answers) >= 2 and all(_YES.match(c) or _NO.match(c) for c in answers):
                    return index, column
    return None


def _filter_table(table: RawTable, under_marker: set[str], names_mark: bool = True
                  ) -> tuple[RawTable | None, list[Issue]]:
    if names_mark and _TITLE.search(table.name):
        if not any(any(c.strip() for c in row) for row in table.rows):
            return table, []
        return None, [Issue("warning", "hidden_content",
                            f"{table.name} is named as a draft or not for publication; its {len(table.rows)} row(s) "
                            "were not read", table.name)]
    issues = []
    columns = _marked_columns(table.rows)
    if columns is not None:
        index, marked = columns
        headings = ", ".join(f"'{table.rows[index][n].strip()[:40]}'" for n in marked)
        issues.append(Issue("warning", "hidden_content", f"{table.name}: column(s) {headings} marked as not for "
                            "publication were not read", f"{table.name}, row {table.row_numbers[index]}"))
        table = RawTable(table.name, [[c for n, c in enumerate(row) if n not in marked] for row in table.rows],
                         table.row_numbers, [[c for n, c in enumerate(row) if n not in marked] for row in table.fills]
                         if table.fills is not None else None)
    blanked, rows = [], []
    for cells, number in zip(table.rows, table.row_numbers):
        drafts = [m for m, c in enumerate(cells) if c and is_marker(c) and _LABEL.match(c.strip()) and len(c) > 40]
        words = [c for c in cells if c and len(c.strip()) >= 25 and not is_marker(c)]
        if drafts and len(words) >= 2:
            # 'DRAFT - not for publication: options paper ...' in one round's cell of a row the plan publishes: that
            # cell alone is unpublished, the row's other rounds stand
            cells = ["" if m in drafts else c for m, c in enumerate(cells)]
            blanked.append(number)
        rows.append(cells)
    if blanked:
        table = dataclasses.replace(table, rows=rows)
        issues.append(Issue("warning", "hidden_content", f"{table.name}: a cell marked 'draft' or 'not for publication' "
                            f"in row(s) {_numbers(blanked)} was not read; the rest of the row was",
                            f"{table.name}, row {blanked[0]}"))
    keep, dropped = _rows_to_keep(table.rows, under_marker)
    flag = _publish_column(table.rows)
    if flag is not None:
        # a list exported with its 'Publish' column: the rows it says No to are drafts kept off the page
        index, column = flag
        unflagged = [n for n, row in enumerate(table.rows) if n > index and column < len(row)
                     and _NO.match(row[column] or "") and keep[n]]
        if unflagged:
            for n in unflagged:
                keep[n] = False
            numbers = [table.row_numbers[n] for n in unflagged]
            issues.append(Issue("warning", "hidden_content", f"{table.name}: row(s) {_numbers(numbers)} have "
                                f"'{table.rows[index][column].strip()}' = No and were not read (not published)",
                                f"{table.name}, row {numbers[0]}"))
            dropped = sorted(set(dropped) - set(unflagged))
            if not dropped:
                kept = RawTable(table.name, [r for r, k in zip(table.rows, keep) if k],
                                [n for n, k in zip(table.row_numbers, keep) if k],
                                [f for f, k in zip(table.fills, keep) if k] if table.fills is not None else None)
                return kept, issues
    if not dropped:
        return table, issues
    numbers = [table.row_numbers[n] for n in dropped]
    kept = RawTable(table.name, [r for r, k in zip(table.rows, keep) if k],
                    [n for n, k in zip(table.row_numbers, keep) if k],
                    [f for f, k in zip(table.fills, keep) if k] if table.fills is not None else None)
    return kept, issues + [Issue("warning", "hidden_content",
                                 f"{table.name}: row(s) {_numbers(numbers)} marked 'not for publication' or 'draft' "
                                 "were not read", f"{table.name}, row {numbers[0]}")]


def only_marker(text: str) -> bool:
    """A line or cell whose only words are a marker ('DRAFT - NOT FOR PUBLICATION'): a section's heading."""
    return _only_marker([text])


def _filter_blocks(blocks: list[Block]) -> tuple[list[Block], list[Issue], set[str]]:
    """The reading-order stream: marked rows out (their tables say so), and sections under a marker
    heading or paragraph out up to the next heading (of its level or higher, for a heading). Returns the
    kept blocks, notes for the words left out, and the table rows found in such sections."""
    under_marker: set[str] = set()
    kept: list[Block] = []
    issues: list[Issue] = []
    section: Block | None = None
    skipped: list[Block] = []
    table_section = False

    def close():
        if section is not None and any(b.kind != "row" for b in skipped):
            issues.append(Issue("warning", "hidden_content",
                                f"the section under '{section.text[:60]}' ({section.where or 'line ' + str(section.source_row)}, "
                                f"{len(skipped)} block(s)) is marked as not published and was not read",
                                section.where))

    for block in blocks:
        cells = block.cells if block.kind == "row" and block.cells is not None else [block.text]
        if block.kind == "row":
            if _only_marker(cells):
                table_section = True
                continue
            if table_section and _heading_row(cells) and not any(is_marker(c) for c in cells):
                table_section = False
            if table_section or any(is_marker(c) for c in cells):
                continue
        if section is not None:
            ends = block.kind == "heading" and not _only_marker([block.text]) and (
                section.kind != "heading" or block.level <= section.level)
            if not ends:
                skipped.append(block)
                if block.kind == "row" and block.cells is not None:
                    under_marker.add(_signature(block.cells))
                continue
            close()
            section, skipped = None, []
        if block.kind in ("heading", "paragraph") and _only_marker([block.text]):
            section, skipped = block, []
            continue
        if block.kind != "row" and is_marker(block.text) and len(block.text) <= 60:
            continue  # a stray 'DRAFT' line: no words of the plan
        kept.append(block)
    close()
    return kept, issues, under_marker


def drop_unpublished(document: Document) -> Document:
    """Take out of the document what it marks as not published; say so in its warnings."""
    issues: list[Issue] = []
    under_marker: set[str] = set()
    if document.blocks:
        document.blocks, issues, under_marker = _filter_blocks(document.blocks)
    # the rows a 'Publish' column says No to leave the reading-order stream too
    unflagged = {_signature(row) for t in document.tables if (flag := _publish_column(t.rows)) is not None
                 for n, row in enumerate(t.rows) if n > flag[0] and flag[1] < len(row) and _NO.match(row[flag[1]] or "")}
    if unflagged and document.blocks:
        document.blocks = [b for b in document.blocks if not (b.kind == "row" and _signature(b.cells or []) in unflagged)]
    tables = []
    filled = [t for t in document.tables if any(any(c.strip() for c in row) for row in t.rows)]
    # a workbook whose every sheet is named a draft ('Plan (draft v2)') published that: its name is no marker
    names_mark = any(not _TITLE.search(t.name) for t in filled)
    for table in document.tables:
        kept, notes = _filter_table(table, under_marker, names_mark)
        if kept is not None:
            tables.append(kept)
        issues += notes
    document.tables = tables
    if issues:
        document.warnings = list(getattr(document, "warnings", [])) + issues
    return document
