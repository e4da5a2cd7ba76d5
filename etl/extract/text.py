"""Text: tab-separated exports of the national template (one line per row, tabs between cells), text dumps
of a PDF laid out in fixed-width columns (`pdftotext -layout`), and plain text (a plan saved from a web
page or a document), read as lines in order."""
from __future__ import annotations

import re
from pathlib import Path

from ..model import Block, Document, ExtractError, RawTable
from ..normalise.unpublished import only_marker
from .encoding import decode

DRIFT = 2  # characters a column's text may stand off its heading's column in a layout dump
# Shared with the PDF reader's unruled tables (etl/extract/pdf.py):
# an item or recommendation number opening a cell ('7.1', 'Rec 7', 'R7.1', '10.2 10.3', '14', '7.1(a)'); not a
# date or a figure ('27 March', '81 per cent'); a range of items ('12.1-12.3') opens a row as its first number does
_KEY = re.compile(r"^\(?(?:rec(?:ommendation)?s?\.?\s*|r)?\d{1,2}(?:\.\d{1,2}[a-z]?)*(?:\s?[-–—]\s?r?\d{1,2}(?:\.\d{1,2})+)?"
                  r"(?:\s?\([a-z]{1,3}\))?[.):]?(?=\s|$)",
                  re.IGNORECASE)
_NOT_KEY = re.compile(r"^\(?\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
                      r"^\d{1,2}\s*(?:%|per\s*cent|percent|of\s+\d|out\s+of|days?|weeks?|months?|years?|officers?|staff)\b",
                      re.IGNORECASE)
# words of a plan table's headings: a header line has them in half its cells or more
_HEADINGS = re.compile(r"\b(rec|recs|recommendations?|ref|reference|no|number|item|sub[- ]?rec\w*|actions?|updates?|progress|"
                       r"status|response|owner|lead|officer|evidence|requirements?|date|rag|brag|rating|comments?|position|"
                       r"activity|measures?|outcomes?|commentary|done|doing|detail|description|summary|narrative|"
                       r"timescales?|deadline|target|completion|task|milestones?|theme|objective|notes?|what|how|who|when)\b",
                       re.IGNORECASE)
# page furniture alone on its line (shared with the PDF reader); and a ruled line under a header
_FURNITURE = re.compile(r"^(page\s*\d+(\s*(of|/)\s*\d+)?|\d+(\s*(of|/)\s*\d+)?|official([\s:–-]*sensitive)?|-\s*\d+\s*-|"
                        r"[-=_—–+|\s]{3,})$", re.IGNORECASE)


_QUOTE_MARK = re.compile(r"^\s*(>\s?)+")


def _unquoted(lines: list[str]) -> list[str]:
    """An e-mail that quotes the plan ('> 14.1 Appoint a stalking lead', '> Status: Complete'): the quoted lines read
    as the plan's own, their '>' marks set aside (line numbers kept)."""
    filled = [line for line in lines if line.strip()]
    if not filled or sum(1 for line in filled if _QUOTE_MARK.match(line)) < max(3, 0.3 * len(filled)):
        return lines
    return [_QUOTE_MARK.sub("", line) for line in lines]


def extract(path: Path) -> Document:
    text = decode(Path(path).read_bytes())
    lines = _unquoted(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    if is_markdown(lines):
        return _markdown(path, lines)
    # a tab-separated export is read by its tabs; text without them may be a PDF's table laid out in columns
    tabbed = sum("\t" in line for line in lines[:2000]) >= 2
    layout = None if tabbed else layout_table(lines)
    # records of labelled lines ('Ref:  7.1' / 'Action: ...' / 'Mar 2025: ...'), one an item: a table of their own
    records = None if tabbed else record_blocks(lines, layout.lines if layout is not None else set())
    rows, numbers, context, blocks = [], [], [], []
    numbered = list(enumerate(lines, start=1)) if layout is not None or records is not None else _join_broken_tab_rows(lines)
    for number, line in numbered:
        if records is not None and number in records.lines:
            if number in records.rows_at:
                cells = records.rows_at[number]
                blocks.append(Block("row", " | ".join(dict.fromkeys(c for c in cells if c)), number, cells=cells,
                                    where=f"line {number}"))
        elif layout is not None and number in layout.lines:
            if number in layout.rows_at:
                cells = layout.rows_at[number]
                blocks.append(Block("row", " | ".join(dict.fromkeys(c for c in cells if c)), number, cells=cells,
                                    where=f"line {number}"))
        elif "\t" in line:
            rows.append(line.split("\t"))
            numbers.append(number)
            cells = [" ".join(c.split()) for c in rows[-1]]
            if any(cells):
                blocks.append(Block("row", " | ".join(dict.fromkeys(c for c in cells if c)), number, cells=cells,
                                    where=f"line {number}"))
        elif line.strip() and not (layout is not None and _FURNITURE.match(line.strip().strip("\f").strip())):
            blocks.append(Block("paragraph", " ".join(line.split()), number, where=f"line {number}"))
        if len(context) < 40 and line.strip():
            context.append(line.strip("\f"))
    if not blocks:
        raise ExtractError("empty_file", "the text file holds only blank lines")
    tables = [RawTable("lines", rows, numbers)] if rows else []
    if records is not None:
        ordered = sorted(records.rows_at.items())
        tables.append(RawTable("records", [records.header] + [cells for _, cells in ordered],
                               [ordered[0][0]] + [number for number, _ in ordered]))
    if layout is not None:
        ordered = sorted(layout.rows_at.items())
        tables.append(RawTable("layout", [cells for _, cells in ordered], [number for number, _ in ordered]))
    return Document(Path(path), "text", tables, "\n".join(context), blocks)


# a label naming a round ('Nov 2024', 'RAG (Mar 2025)'); a labelled line set in from the margin (an entry of a log)
_ROUND_LABEL = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*'?(20)?\d\d\b", re.IGNORECASE)
_INDENTED_LABEL = re.compile(r"^\s+[A-Z][\w ()/.&'’-]{0,30}?:\s+\S")
# a labelled line: the label from the margin, then its value where the values of the record line up
_LABELLED = re.compile(r"^(?P<label>[A-Z][\w ()/.&'’-]{0,30}?):(?P<gap>\s+)(?P<value>\S.*)$")


def record_blocks(lines: list[str], taken: set[int]) -> Layout | None:
    """Records of labelled lines, one an item ('Ref:    7.1' / 'Action:  ...' / 'Nov 2024:  ...' / 'RAG (Mar 2025):
    Green'), each value wrapped onto lines indented under it and each record opened by the same label: a table whose
    header is the labels in the order they first appear, a row a record (lines numbered from 1). None unless two
    records or more open on an item's number."""
    opening: dict[str, int] = {}
    for n, line in enumerate(lines):
        hit = _LABELLED.match(line)
        if hit and n + 1 not in taken and _is_key(hit.group("value").split()[0]):
            opening[hit.group("label").lower()] = opening.get(hit.group("label").lower(), 0) + 1
    label = max(opening, key=opening.get, default=None)
    if label is None or opening[label] < 2:
        return None
    layout, labels, records = Layout(), [], []
    record, indent, last = None, 0, None
    for n, line in enumerate(lines):
        hit = _LABELLED.match(line)
        if hit and hit.group("label").lower() == label and _is_key(hit.group("value").split()[0]) and n + 1 not in taken:
            record, last = {}, None
            records.append((n + 1, record))
        if record is None:
            continue
        if hit:
            name = " ".join(hit.group("label").split())
            if name not in labels:
                labels.append(name)
            indent = hit.start("value")
            record[name] = " ".join(hit.group("value").split())
            last = name
        elif line.strip() and last is not None and len(line) - len(line.lstrip()) >= max(2, indent - 2) \
                and not _ruled(line):
            record[last] = join_wrapped(record[last], " ".join(line.split()))  # a value wrapped under itself
        elif line.strip() and not _ruled(line):
            record = None  # a line from the margin that is no label: the records have ended
            continue
        else:
            last = None if not line.strip() else last
            if _ruled(line):
                layout.lines.add(n + 1)
            continue
        layout.lines.add(n + 1)
    # (a form that keeps its rounds in one 'Force update' field, or a log of dated entries indented under each record,
    # is read as the form or log it is: only records whose own labels name two rounds or more are a table of rounds)
    if len(records) < 2 or sum(bool(_ROUND_LABEL.search(name)) for name in labels) < 2 or any(
            _INDENTED_LABEL.match(lines[n - 1]) for n in layout.lines):
        return None
    layout.header = labels  # no line of its own: the labels as they first appear
    for at, values in records:
        layout.rows_at[at] = [values.get(name, "") for name in labels]
    return layout


# ---------------------------------------------------------------------------------------------------------
# A PDF's table dumped as text in fixed-width columns: a header line whose headings start at fixed offsets,
# each cell wrapped over several lines within its column, page footers, a form feed and the header again
# at each page break.

class Layout:
    """Where a layout table stands: every line it took (header, rows, footers, repeated headers) and its
    rows (the header first), each by the line number it starts on."""

    def __init__(self):
        self.lines: set[int] = set()
        self.rows_at: dict[int, list[str]] = {}
        self.header: list[str] = []  # a header with no line of its own (records' labels)


def _pieces(line: str) -> list[tuple[int, str]]:
    """A line cut where two spaces or more stand: (offset, text) of each piece."""
    return [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", line)]


def _header_starts(line: str) -> list[int] | None:
    pieces = _pieces(line.replace("\f", " "))
    if len(pieces) < 2 or len(pieces) > 12:
        return None
    texts = [t for _, t in pieces]
    if sum(bool(_HEADINGS.search(t)) for t in texts) < max(1, len(texts) // 2):
        return None
    if any(len(t.split()) > 6 for t in texts) or any(_KEY.match(t) for t in texts):
        return None
    if texts[0].endswith(":") and len(texts) == 2:
        return None  # 'Owner:      Head of Crime': a labelled field and its value, not a table's two headings
    return [offset for offset, _ in pieces]


def _cut(line: str, starts: list[int]) -> list[str] | None:
    """A line cut at the columns' offsets (each cut moved to the nearest space within DRIFT); None when
    words run across a column's offset (a title or paragraph across the page)."""
    line = line.replace("\f", " ").rstrip()
    cuts = [0]
    for start in starts[1:]:
        if start >= len(line):
            cuts.append(len(line))
            continue
        near = [p for p in range(max(cuts[-1], start - DRIFT), min(len(line), start + DRIFT) + 1)
                if p == 0 or line[p - 1] == " " or p == len(line)]
        if not near:
            return None
        cuts.append(min(near, key=lambda p: (abs(p - start), p)))
    cuts.append(len(line))
    cells = [" ".join(line[a:b].split()) for a, b in zip(cuts, cuts[1:])]
    # the text before the first column's offset belongs to the first column
    return cells


def _join_broken_tab_rows(lines: list[str]) -> list[tuple[int, str]]:
    """Tab-separated rows pasted from a table whose cells hold line breaks: a row's line ends short of the header's
    width and the lines after it (no blank between, no item number opening them) go on with its last cell; their own
    tabs move on to the next cells. Each row keeps the line it starts on."""
    out: list[tuple[int, str]] = []
    width, joined_ok = 0, False  # the header's width; may the next line still join the last row
    for number, line in enumerate(lines, start=1):
        previous = out[-1][1] if out else ""
        fields = line.split("\t")
        if joined_ok and line.strip() and previous.count("\t") + 1 < width and len(fields) < width \
                and not any(_is_key(f.strip()) or "<" in f for f in fields[:3]):
            out[-1] = (out[-1][0], previous + "\n" + line)
            continue
        if "\t" in line and not ("\t" in previous and joined_ok):
            width = line.count("\t") + 1  # a block's first row is its header: its width is the table's
        out.append((number, line))
        joined_ok = "\t" in line
    return out


def _tight_share(lines: list[str], cuts: list[int]) -> float:
    """Of the places where a line has text on both sides of a column's offset, the share with no two spaces
    together there: columns of a layout dump stand apart, prose cut at fixed offsets does not."""
    tight = clean = 0
    for line in lines:
        line = line.replace("\f", " ")
        for cut in cuts[1:]:
            window = line[max(0, cut - DRIFT - 2):cut + DRIFT + 1]
            if len(line) <= cut or not line[:cut].strip():
                continue
            if "  " in window:
                clean += 1
            else:
                tight += 1
    return tight / (tight + clean) if tight + clean else 0.0


# an item number typed with a letter for a figure ('2O.4', '1O.2'): a row of its own, which the normaliser reports
# rather than reads, never the words of the row above
_MISTYPED_KEY = re.compile(r"^(?=[\dOIl]{1,2}\.[\dOIl]{1,2}(?:\s|$))(?=\S*\d)(?=\S*[OIl])")


def _is_key(text: str) -> bool:
    return bool(text and (_KEY.match(text) or _MISTYPED_KEY.match(text)) and not _NOT_KEY.match(text))


_STRICT_KEY = re.compile(r"^\(?(?:rec(?:ommendation)?s?\.?\s*\d|r?\d{1,2}\.\d)", re.IGNORECASE)


def key_test(texts: list[str]):
    """How a row's start reads in its item column: any item or recommendation number where the column holds
    numbers alone; a dotted item number or 'Rec N' where numbers open longer text (a wrapped line of it
    may begin '3 districts ...')."""
    lengths = sorted(len(t) for t in texts if _is_key(t))
    if not lengths or lengths[len(lengths) // 2] <= 12:
        return _is_key
    return lambda text: _is_key(text) and bool(_STRICT_KEY.match(text))


def _furniture(line: str) -> bool:
    """A page number or protective marking alone on its line, or a footer line ending in 'Page 2 of 4'."""
    text = line.replace("\f", " ").strip()
    return bool(_FURNITURE.match(text) or (len(text) < 120 and (_PAGE_OF.search(text) or _CONTINUED.search(text))))


_PAGE_OF = re.compile(r"\bpage\s+\d+\s+of\s+\d+\s*$", re.IGNORECASE)
# the document's title again at the top of a page, marked as carried on ('... TRACKER (continued)')
_CONTINUED = re.compile(r"\((continued|cont['’]?d\.?)\)\s*$", re.IGNORECASE)


def layout_table(lines: list[str]) -> Layout | None:
    """The plan table in a `pdftotext -layout` dump, or None when the text is not laid out in columns."""
    if (logs := _item_logs(lines)) is not None or (logs := _dated_item_logs(lines)) is not None:
        return logs
    # a header ruled beneath ('REF  ACTION  NOV 2024' over '---  ------  --------') is the table's, before any line
    # above it that also reads as headings (a running title: 'LANCASHIRE CONSTABULARY   STALKING ACTION TRACKER')
    ruled = [n for n in range(min(len(lines) - 1, 400)) if lines[n].strip() and _ruled(lines[n + 1])
             and (len(re.findall(r"[-=_]{2,}", lines[n + 1])) >= 2  # a rule under each column, not one across the page
                  # (or one across it under headings that name the item's own column: 'Rec   Sub   Owner   ...')
                  or len(heads := _pieces(lines[n].replace("\f", " "))) >= 3
                  and any(_ITEM_HEADING.fullmatch(text) for _, text in heads) and _header_starts(lines[n]))]
    # (a header over two lines, 'Rec   Recommendation /' over 'No.   sub-recommendation', starts on its first)
    ruled = [n - 1 if n > 0 and lines[n - 1].strip() and _header_starts(lines[n - 1]) else n for n in ruled]
    for index in ruled + [n for n in range(min(len(lines), 400)) if n not in ruled]:
        starts = _header_starts(lines[index])
        if starts is None or not any(_row_start(x, starts) for x in lines[index + 1:index + 60] if x.strip()):
            continue  # no item number in the columns below it: not a table's header
        found = _read_layout(lines, index, starts, _running(lines))
        if found is not None:
            return found
    return None


def _item_logs(lines: list[str]) -> Layout | None:
    """A log kept item by item, each under its own small table: the item's number and title on a line (or two), the
    same header ('Date  Status  Update') over a rule, then one entry a line, each cell wrapped within its column. Read
    as one table, a row per entry, the item's title its first cell. None unless that header stands over two items or
    more."""
    headers = [n for n, line in enumerate(lines[:-1]) if _header_starts(line) and _ruled(lines[n + 1]) and "\f" not in line
               and not any(_ITEM_HEADING.fullmatch(text) for _, text in _pieces(line))]  # no column of its own for the item
    shapes: dict[str, list[int]] = {}
    for n in headers:
        shapes.setdefault(_flat(lines[n]), []).append(n)
    repeated = max(shapes.values(), key=len, default=[])
    if len(repeated) < 2:
        return None
    layout, header_done = Layout(), False
    running = _running(lines)  # the file's running headers and footers, found once for every item's log
    for n in repeated:
        starts = _header_starts(lines[n])
        # the item's title: the lines above the header up to a blank line or rule, the first of them opening on a number
        top = n
        while top > 0 and not lines[top - 1].strip():
            top -= 1
        title_end, title_start = top, top
        while title_start > 0 and lines[title_start - 1].strip() and not _ruled(lines[title_start - 1]):
            title_start -= 1
        # ('Owner: DCI Risk' under the title is the item's lead, not its title; 'ITEM 12.1' names the number)
        title_lines = [x for x in lines[title_start:title_end] if not _LEAD_LINE.match(x)]
        first = _ITEM_WORD.sub("", _pieces(title_lines[0])[0][1]) if title_lines and _pieces(title_lines[0]) else ""
        if not title_lines or len(title_lines) > 2 or any(len(x.strip()) > 100 for x in title_lines) or \
                not _is_key(first.split()[0] if first.split() else ""):
            continue  # a title line (or two) opening on the item's number, not a paragraph above a table
        title = _ITEM_WORD.sub("", " ".join(" ".join(x.split()) for x in title_lines))
        if not header_done:
            layout.rows_at[n] = ["Item"] + [" ".join(c.split()) for c in (_cut(lines[n], starts) or [])]
            header_done = True
        layout.lines.update(range(title_start, n + 2))
        entry_at, entry = None, None
        m = n + 1
        while m + 1 < len(lines):
            m += 1
            if not lines[m].strip() or _ruled(lines[m]):
                # a page break inside an entry: past the blank lines and the page's running lines, words that go on
                # in the entry's column ('stalking and breach section.') are still the entry's
                ahead = m
                while ahead < len(lines) and (not lines[ahead].strip(" \f") or _ruled(lines[ahead]) or
                                              _furniture(lines[ahead]) or _MARGIN_KEY.sub("#", _flat(lines[ahead])) in running):
                    ahead += 1
                broke = any(_furniture(lines[k]) or _MARGIN_KEY.sub("#", _flat(lines[k])) in running for k in range(m, ahead))
                more = _cut(lines[ahead], starts) if entry is not None and ahead < len(lines) and broke else None
                if more is None or more[0] or not re.match(r"\s*[a-z]", more[-1] or ""):
                    break
                layout.lines.update(range(m, ahead))
                m = ahead
            cells = _cut(lines[m], starts)
            if cells is None:
                break
            layout.lines.add(m)
            if cells[0]:  # a new entry opens with its date
                entry_at, entry = m, [title] + cells
                layout.rows_at[m] = entry
            elif entry is not None:
                _fold(entry, [[""] + cells])
    return layout if len(layout.rows_at) > 2 else None


# a log with no column header: the item's number and title on a line, its owner, a rule, then one entry a line opening
# on its date, the entry's words wrapped under their own first word, its rating in brackets at the end ('[RAG: G]')
_LOG_TITLE = re.compile(r"^\s*(?:item|ref|rec|action)?\.?\s*(?P<id>\d{1,2}\.\d{1,2}[a-z]?)\s{2,}(?P<title>\S.*)$", re.IGNORECASE)
_LOG_ENTRY = re.compile(r"^\s{0,8}(?P<date>\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|"
                        r"[A-Za-z]{3,9}\.?[- ]\d{2,4})(?P<gap>\s{2,})(?P<words>\S.*)$")
_TAIL_RATING = re.compile(r"\s*\[\s*(?:b?rag|status|rating)\s*:\s*(?P<status>[^\]]{1,30}?)\s*\]\s*$", re.IGNORECASE)


def _dated_item_logs(lines: list[str]) -> Layout | None:
    """Logs item by item with no header row: a table (Item | Date | Status | Update), a row per entry, the status the
    rating in brackets at the entry's end. None unless two items or more hold such entries."""
    running = _running(lines)

    def aside(line: str) -> bool:  # a blank line, a rule, a page's furniture or running line, an owner line
        return (not line.strip(" \f") or _ruled(line) or _furniture(line) or _LEAD_LINE.match(line) is not None
                or _MARGIN_KEY.sub("#", _flat(line)) in running)

    titles = [n for n, line in enumerate(lines) if (hit := _LOG_TITLE.match(line)) and _is_key(hit.group("id"))]
    layout, logged = Layout(), 0
    for at, n in enumerate(titles):
        stop = titles[at + 1] if at + 1 < len(titles) else len(lines)
        m = n + 1
        while m < stop and aside(lines[m]):
            m += 1
        if m >= stop or not _LOG_ENTRY.match(lines[m]):
            continue
        title = " ".join(_ITEM_WORD.sub("", lines[n]).split())
        entries: list[tuple[int, list[str]]] = []
        column = None
        while m < stop:
            line = lines[m]
            if (hit := _LOG_ENTRY.match(line)) is not None:
                if re.search(r"\S\s{3,}\S", hit.group("words")) or re.match(r"(status|rag|rating)\s*:", hit.group("words"), re.I):
                    return None  # a column of marks or a 'Status:' label after the date: another shape, read elsewhere
                column = len(line) - len(hit.group("words"))
                entries.append((m + 1, [hit.group("date"), hit.group("words")]))
            elif aside(line):
                pass
            elif entries and column is not None and len(line) - len(line.lstrip()) >= column - 1:
                entries[-1][1][1] += " " + line.strip()  # the entry's words, wrapped (over a page break too)
            elif any(_LOG_ENTRY.match(x) for x in lines[m:stop]):
                return None  # a line that is neither an entry nor its words, with entries after it: not this shape
            else:
                break  # the item's log is over (a page's running lines, a note before the next item)
            m += 1
        if not entries:
            continue
        logged += 1
        if not layout.rows_at:
            layout.rows_at[n + 1] = ["Item", "Date", "Status", "Update"]
        layout.lines.update(range(n + 1, m + 1))
        for number, (date, words) in entries:
            rating = _TAIL_RATING.search(words)
            layout.rows_at[number] = [title, date, rating.group("status").strip() if rating else "",
                                      words[:rating.start()].strip() if rating else words.strip()]
    return layout if logged >= 2 else None


_LEAD_LINE = re.compile(r"^\s+(owner|lead|action owner|responsible officer|senior responsible officer|sro)\s*:", re.IGNORECASE)
_ITEM_WORD = re.compile(r"^\s*(item|ref|rec|action)\.?\s+(?=\d)", re.IGNORECASE)
_ITEM_HEADING = re.compile(r"(rec|recs|recommendations?|ref|reference|no\.?|number|item|sub[- ]?rec\w*|action no\.?)",
                           re.IGNORECASE)


def _ruled(line: str) -> bool:
    """A rule across the page, or one under each column ('--------  ----------')."""
    return bool(_RULE.fullmatch(_flat(line).replace(" ", "")))


def _running(lines: list[str]) -> set[str]:
    """Running headers and footers: lines (numbers aside) standing next to a form feed at two page breaks or more."""
    seen: dict[str, int] = {}
    feeds = [0] + [n for n, line in enumerate(lines) if "\f" in line] + [len(lines)]  # the file's ends are page ends too
    for feed in feeds:
        before = [n for n in range(max(0, feed - 4), feed) if lines[n].strip(" \f")][-2:]
        after = [n for n in range(feed, min(len(lines), feed + 4)) if lines[n].strip(" \f")][:2]
        for n in before + after:
            key = _MARGIN_KEY.sub("#", _flat(lines[n]))
            seen[key] = seen.get(key, 0) + 1
    return {key for key, count in seen.items() if count >= 2 and not _is_key(key)}


_MARGIN_KEY = re.compile(r"\d+")


def _column_cuts(lines: list[str], index: int, starts: list[int]) -> list[int]:
    """Where to cut the lines below a header: for each column after the first, the end of the last river
    of white space before its heading (its text may start left of a heading set in the middle of it)."""
    head = _pieces(lines[index].replace("\f", " "))
    sample = [x.replace("\f", " ") for x in lines[index + 1:index + 300]
              if x.strip() and not _furniture(x) and _cut(x, starts) is not None][:200]
    cuts = [starts[0]]
    for (offset, text), start in zip(head, starts[1:]):
        low, high = offset + len(text), start
        if high - low < 2 or not sample:
            cuts.append(start)
            continue
        filled = [sum(1 for x in sample if p < len(x) and x[p] != " ") for p in range(low, high)]
        least = min(filled)
        if least > 0.1 * len(sample):
            cuts.append(start)
            continue
        last = max(p for p, f in zip(range(low, high), filled) if f == least)
        cuts.append(last + 1)
    return cuts


def _read_layout(lines: list[str], index: int, starts: list[int], running: set[str]) -> Layout | None:
    width = len(starts)
    head = _cut(lines[index], starts)
    heading_starts = list(starts)
    starts = _column_cuts(lines, index, starts)
    rivers = _river_starts(_keyed_bands(lines[index + 1:index + 400]))
    if len(rivers) > len(starts) and len(rivers) <= len(starts) + 2:
        # a header that does not line up with its data (three headings over four columns): the white space that
        # runs down the rows says where the columns are; the headings are kept in their order, as a table's header
        # that does not line up is (the plan reader anchors the columns on their content)
        texts = [text for _, text in _pieces(lines[index].replace("\f", " "))]
        head = texts + [""] * (len(rivers) - len(texts))
        starts, heading_starts, width = rivers, list(rivers), len(rivers)
    layout = Layout()
    layout.lines.add(index + 1)
    n = index + 1
    # a heading wrapped onto more lines: short pieces under the headings, before any item number
    header_lines = [_flat(lines[index])]
    while n < len(lines) and n - index <= 2 and lines[n].strip():
        if _furniture(lines[n]):  # a rule under the header
            layout.lines.add(n + 1)
            n += 1
            continue
        pieces = _pieces(lines[n])
        if any(len(t.split()) > 3 for _, t in pieces) or _is_key(pieces[0][1]) or not all(
                any(abs(offset - s) <= DRIFT for s in starts) for offset, _ in pieces):
            break
        cells = _cut(lines[n], starts) or [""] * width
        head = [join_wrapped(a, b) for a, b in zip(head, cells)]
        header_lines.append(_flat(lines[n]))
        layout.lines.add(n + 1)
        n += 1
    # every line below cut into cells: (line number, cells or None for a blank line, runs across the
    # columns); page footers, form feeds and the header repeated at the top of a page are left out
    body: list[tuple[int, list[str] | None, bool]] = []
    # blank lines and the header's rule about a page break end no row's band: a row carried over the break goes on
    # under the repeated header, its later rounds with it (they still part its paragraphs)
    soft: set[int] = set()
    page_break = False
    while n < len(lines):
        flat = _flat(lines[n])
        if flat == header_lines[0]:
            back = len(body)
            while back and body[back - 1][1] is None:
                back -= 1
                soft.add(body[back][0])
            page_break = True
            moved = [offset for offset, _ in _pieces(lines[n].replace("\f", " "))]
            if len(moved) == width:  # the page's columns stand where its header's do
                starts = [cut + new - old for cut, new, old in zip(starts, moved, heading_starts)]
                heading_starts = moved
            layout.lines.update(range(n + 1, n + len(header_lines) + 1))
            n += len(header_lines) if all(_flat(lines[n + k]) == h for k, h in enumerate(header_lines)
                                           if n + k < len(lines)) else 1
            continue
        if flat and (_furniture(lines[n]) or _MARGIN_KEY.sub("#", flat) in running):
            layout.lines.add(n + 1)
            if _RULE.fullmatch(flat):
                body.append((n + 1, None, False))  # a rule drawn between rows parts them as a blank line does
                if page_break:
                    soft.add(n + 1)
            n += 1
            continue
        if (banner := _BANNER.match(lines[n].replace("\f", " "))) is not None:
            # '==== SECTION B: SIX-MONTH UPDATE - MARCH 2025 ====': a heading across the table, whatever its words'
            # offsets (cut into cells, it would join the row below it)
            body.append((n + 1, [" ".join(banner.group("words").split())] + [""] * (width - 1), True))
            n += 1
            continue
        cells = _cut(lines[n], starts) if flat and not only_marker(flat) else None
        if not flat and page_break:
            soft.add(n + 1)
        page_break = page_break and not flat
        if flat and cells is not None and _THEME_LINE.match(" ".join(lines[n].replace("\f", " ").split())):
            cells = None  # 'REC 14  VICTIMS' CODE AND ACCESS TO SUPPORT': a theme's title across the columns, no row
        if flat and cells is None:  # words across the columns (or 'DRAFT'): a heading inside the table, or its end
            # the next few lines that carry words, past a page's footer, header and repeated table header
            ahead = [c for c in lines[n + 1:n + 30] if c.strip() and not _furniture(c)
                     and _MARGIN_KEY.sub("#", _flat(c)) not in running and _flat(c) not in header_lines][:7]
            if not any(_row_start(c, starts) for c in ahead):
                break
            body.append((n + 1, [" ".join(lines[n].split())] + [""] * (width - 1), True))
            n += 1
            continue
        body.append((n + 1, cells, False))
        n += 1
    if _tight_share([lines[number - 1] for number, cells, across in body if cells and not across], starts) > 0.4:
        return None  # prose that happens to have spaces near the offsets, not columns with white space between
    counts = {c: sum(1 for _, cells, across in body if cells and not across and _is_key(cells[c]))
              for c in range(min(3, width))}
    key = max(counts, key=lambda c: (counts[c], -c))
    if counts[key] < 2:
        return None
    is_key = key_test([cells[key] for _, cells, across in body if cells and not across])
    if sum(1 for _, cells, across in body if cells and not across and is_key(cells[key])) < 2:
        return None
    # after the last row, text in the item column that is not an item, after a blank line: not the table
    last = max(i for i, (_, cells, _) in enumerate(body) if cells and is_key(cells[key]))
    for i in range(last + 1, len(body)):
        cells = body[i][1]
        # (or one sentence run across the columns after a blank line: 'End of report. Next review: September 2025.')
        if cells and body[i - 1][1] is None and cells[key] and (not any(cells[:key] + cells[key + 1:])
                                                                or len(_pieces(lines[body[i][0] - 1])) == 1):
            body = body[:i]
            break
    while body and body[-1][1] is None:
        body.pop()
    layout.rows_at[index + 1] = head
    above = index - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    if above >= 0 and (banner := _BANNER.match(lines[above].replace("\f", " "))) is not None:
        # the banner over the table's first header ('==== SECTION A: INITIAL PLAN - NOVEMBER 2024 ===='): the first
        # rows' heading, as the banners between the rows below are theirs
        layout.rows_at[above + 1] = [" ".join(banner.group("words").split())] + [""] * (width - 1)
        layout.lines.add(above + 1)
    banded = any(cells is None for _, cells, _ in body)
    target: list[str] | None = None
    pending: list[list[str]] = []
    pending_at = body[0][0] if body else index + 1
    band_has_row = False
    # a column of round codes ('ROUND' over 'Nov-24', 'Mar-25'): each code on a line of its own opens that round's row
    round_col = next((n for n, h in enumerate(head) if _ROUND_HEADING.match(h or "")), None)
    for position, (number, cells, across) in enumerate(body):
        layout.lines.add(number)
        if cells is None or across:  # a blank line or a heading: the lines held so far go to their row
            if pending and target is None:  # lines under a heading, before any item: a row of their own
                target = layout.rows_at.setdefault(pending_at, [""] * width)
            if pending:
                _fold(target, pending)
            pending, band_has_row = [], band_has_row and number in soft
        if cells is None:
            continue
        if across:  # a heading across the table: a row of its own
            layout.rows_at[number] = cells
            target, pending, band_has_row = None, [], False
        elif is_key(cells[key]) and target is not None and not pending and _JOINS_ON.search(target[key]) \
                and re.match(r"\s*\d{1,2}\.\d{1,2}", target[key]):  # ('By 27 March 2025,' above is no number cell)
            _fold(target, [cells])  # '18.3 /' over '18.4': one row answering both, its number cell wrapped
        elif is_key(cells[key]):
            row = [""] * width
            _fold(row, pending + [cells])
            layout.rows_at[number] = row
            target, pending, band_has_row = row, [], True
        elif target is not None and round_col is not None and _ROUND_CODE.match(cells[round_col]) \
                and target[round_col] and (band_has_row or not banded) and not _goes_on(cells, round_col):
            # a new round of the same item on a line of its own ('      Mar-25  The field was switched on ...'): a row
            # of its own for that round, under the item's number; what the item's first line gave once (its owner, its
            # status) is its newest round's, so it moves down to the last of them
            row = [""] * width
            row[key] = target[key]
            _fold(row, [cells])
            layout.rows_at[number] = row
            for column in range(width):
                if column not in (key, round_col, width - 1) and target[column] and not row[column]:
                    row[column], target[column] = target[column], ""
            target = row
        elif target is not None and (band_has_row or not banded or not _band_has_key(body, position, key, is_key)):
            _fold(target, [cells])  # wrapped text of the row above, or a row carried over a page break
        else:
            pending_at = number if not pending else pending_at
            pending.append(cells)
    if pending:
        if target is None:
            target = layout.rows_at.setdefault(pending_at, [""] * width)
        _fold(target, pending)
    return layout


_RULE = re.compile(r"[-=_—–+|]{10,}")
# a recommendation's number and its theme in capitals on one line, whatever columns its words fall in
_THEME_LINE = re.compile(r"^\s*(?i:rec(?:ommendation)?\.?)\s*\d{1,2}\b[\s:–-]+[A-Z][A-Z0-9'’&(),/ -]{3,}$")
# words between rules on one line: '==== SECTION B: SIX-MONTH UPDATE - MARCH 2025 ====', '*** END OF REPORT ***'
_BANNER = re.compile(r"^\s*(?P<rule>[=*#~_-]{3,})\s*(?P<words>[A-Za-z0-9(][^=*#~_]*?)\s*(?P=rule)\s*$")
_ROUND_HEADING = re.compile(r"^\s*(round|period|month|date|update[ _]date|round[ _]date|entry[ _]date|date[ _]of[ _]entry|"
                            r"date[ _]logged|logged|when|(last[ _])?updated|date[ _]updated|updated[ _]on)\s*$", re.IGNORECASE)
# a round's date as a log's margin writes it: 'Mar-25', 'Sept 25', '17/03/2026', '2025-03-26', '03/2025'
_ROUND_CODE = re.compile(r"^\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*[-\s'’]?(20)?\d\d\s*$|"
                         r"^\s*\d{1,2}/\d{1,2}/\d{2,4}\s*$|^\s*20\d\d-\d\d-\d\d\s*$|^\s*\d{1,2}/20\d\d\s*$",
                         re.IGNORECASE)


def _goes_on(cells: list[str], round_col: int) -> bool:
    """A line whose words go on from the line above ('curriculum has started, led by ...' beside 'Mar-25'): the dates
    stacked in the column are the cell's list of its rounds, not a margin opening a new round's row."""
    words = max((text for column, text in enumerate(cells) if column != round_col), key=len, default="")
    return bool(words) and words[0].islower()


def _keyed_bands(lines: list[str]) -> list[str]:
    """The table's own lines below its header: bands (parted by blank lines or rules) with an item number in
    them, up to the first band without one after them (the prose after a table fills its white space)."""
    bands, band = [], []
    for line in lines + [""]:
        if not line.strip() or _RULE.fullmatch(_flat(line)):
            if band:
                bands.append(band)
            band = []
        elif not _furniture(line):
            band.append(line)
    out, seen = [], False
    for band in bands:
        keyed = any(_is_key(text) for line in band for _, text in _pieces(line.replace("\f", " ")))
        if seen and not keyed:
            break
        seen = seen or keyed
        if keyed:
            out += band
    return out


def _river_starts(lines: list[str]) -> list[int]:
    """Where the columns of a block of fixed-width rows start: runs of positions with text in them, parted by
    positions left blank on every line of the rows. Rules, footers and lines across the page are left out."""
    sample = [line.replace("\f", " ").rstrip() for line in lines if line.strip() and not _furniture(line)][:200]
    if len(sample) < 6:
        return []
    width = max(map(len, sample))
    filled = [0] * width
    for line in sample:
        for position, char in enumerate(line):
            if char != " ":
                filled[position] += 1
    blank = [count == 0 for count in filled]
    # columns stand two spaces apart or more: one blank position is a space between words ('10.3 & 10.4')
    starts = [p for p in range(width) if not blank[p] and (p == 0 or p >= 2 and blank[p - 1] and blank[p - 2])]
    return [p for n, p in enumerate(starts) if n == 0 or p - starts[n - 1] >= 4]


# an item cell that ends with a joiner goes on to the next line ('18.3 /', '10.2 &', '12.1,', '14.4 and')
_JOINS_ON = re.compile(r"\d\s*(/|&|\+|,|\band)\s*$", re.IGNORECASE)


def _flat(line: str) -> str:
    return " ".join(line.replace("\f", " ").split()).lower()


def _row_start(line: str, starts: list[int]) -> bool:
    cells = _cut(line, starts)
    return cells is not None and any(_is_key(c) for c in cells[:3])


def _band_has_key(body, position: int, key: int, is_key) -> bool:
    """Does a row start further down the band (up to the next blank line) that line `position` is in?"""
    for _, cells, across in body[position + 1:position + 80]:
        if cells is None or across:
            return False
        if is_key(cells[key]):
            return True
    return False


def join_wrapped(first: str, then: str) -> str:
    """A cell's next line after its last: 'Sub-' + 'rec' is 'Sub-rec', anything else joins with a space."""
    if not first or not then:
        return first or then
    if first.endswith("-") and len(first) > 1 and first[-2].isalpha():
        return first + then
    return f"{first} {then}"


def _fold(row: list[str], lines: list[list[str]]) -> None:
    """Lines of cells into a row, column by column."""
    for cells in lines:
        for column, text in enumerate(cells):
            if text:
                row[column] = join_wrapped(row[column], text)


# ---------------------------------------------------------------------------------------------------------
# Markdown (a wiki's or a notes tool's export): '#' headings, '-' bullets wrapped onto indented lines, '**bold**'
# labels, '> ' quotes, pipe tables, and HTML comments (drafts never published).

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*(\{#[^}]*\})?\s*#*\s*$")
_MD_BULLET = re.compile(r"^(\s*)(?:[-*+]|(\d{1,3})[.)])\s+(.*)$")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_MD_BREAK = re.compile(r"^(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
_MD_ITEM = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}(?![\d.])|\brec(?:ommendation)?s?\.?\s*\d", re.IGNORECASE)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])[*_](?![\s*_])(.+?)(?<![\s*_])[*_](?![\w*])")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")


def is_markdown(lines: list[str]) -> bool:
    """Three headings written '#', '##' ... or more, and a bullet, a pipe table or two lines opening in bold ('**Update –
    March 2025:** ...'): a markdown export."""
    headings = sum(bool(_MD_HEADING.match(line)) for line in lines[:3000])
    bold = sum(line.lstrip().startswith(("**", "__")) for line in lines[:3000])
    return headings >= 3 and (bold >= 2 or any(_MD_BULLET.match(line) or line.strip().startswith("|")
                                                for line in lines[:3000]))


def _md_inline(text: str) -> str:
    text = _MD_LINK.sub(r"\1", text)
    for _ in range(2):
        text = _MD_EMPHASIS.sub(lambda m: m.group(2) or m.group(3), text)
    return " ".join(text.replace("`", "").split())


def _markdown(path: Path, lines: list[str]) -> Document:
    body = re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), "\n".join(lines), flags=re.DOTALL)
    lines = body.split("\n")
    blocks: list[Block] = []
    tables: list[RawTable] = []
    table_rows: list[list[str]] = []
    table_numbers: list[int] = []

    def end_table() -> None:
        if table_rows:
            tables.append(RawTable(f"table {len(tables) + 1}", list(table_rows), list(table_numbers)))
            table_rows.clear()
            table_numbers.clear()

    last_line = 0  # the last line read into the last block (its words may wrap onto the next)
    breaks: list[int] = []  # where each thematic break stood among the blocks
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if stripped:
            last_line, previous_line = number, last_line
        if stripped.startswith("|") and stripped.count("|") >= 2:
            if _MD_TABLE_RULE.match(stripped):
                continue
            cells = [_md_inline(c) for c in stripped.strip("|").split("|")]
            table_rows.append(cells)
            table_numbers.append(number)
            blocks.append(Block("row", " | ".join(dict.fromkeys(c for c in cells if c)), number, cells=cells,
                                where=f"line {number}"))
            continue
        end_table()
        if not stripped:
            continue
        heading = _MD_HEADING.match(stripped)
        bullet = _MD_BULLET.match(line)
        if _MD_BREAK.match(stripped):
            breaks.append(len(blocks))  # a thematic break: no words of its own
            continue
        if heading:
            blocks.append(Block("heading", _md_inline(heading.group(2)), number, level=len(heading.group(1)),
                                where=f"line {number}"))
        elif bullet:
            blocks.append(Block("list_item", _md_inline(bullet.group(3)), number, number=bullet.group(2) or "",
                                where=f"line {number}"))
        elif line[:1] in (" ", "\t") and blocks and blocks[-1].kind in ("list_item", "paragraph") \
                and previous_line == number - 1:
            blocks[-1].text = f"{blocks[-1].text} {_md_inline(stripped)}"  # a bullet's words wrapped on
        elif stripped.startswith(">"):
            text = _md_inline(stripped.lstrip("> "))
            if blocks and blocks[-1].kind == "paragraph" and blocks[-1].where.startswith("quote"):
                blocks[-1].text = f"{blocks[-1].text} {text}"
            else:
                blocks.append(Block("paragraph", text, number, where=f"quote line {number}"))
        else:
            blocks.append(Block("paragraph", _md_inline(stripped), number, where=f"line {number}"))
    end_table()
    if breaks and (tail := blocks[breaks[-1]:]) and all(
            b.kind == "paragraph" and len(b.text) < 200 and not _MD_ITEM.search(b.text) for b in tail):
        # after the last break, short lines with no item in them ('Was this page useful? Yes No', '© ... 2026'): the
        # saved page's footer, not the words of the last round above it
        del blocks[breaks[-1]:]
    if not blocks:
        raise ExtractError("empty_file", "the text file holds only blank lines")
    context = "\n".join(b.text for b in blocks[:40])
    return Document(Path(path), "text", tables, context, blocks)
