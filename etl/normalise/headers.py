"""Header wordings -> canonical columns, and finding the header row in a table."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..reference import Reference
from .dates import FY_QUARTER, fy_quarter_end, in_english_months, month_of
from .text import one_line

# Fields that make a row look like a plan header; a header needs three of them.
PLAN_FIELDS = {"rec_no", "item_id", "recommendation", "evidence", "owner", "update_text", "status", "update_date"}
# a heading that is nothing but a month ('November 2024', 'Mar-25', 'Sept 2025')
_MONTH_ONLY = re.compile(r"^\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[\s\-/']*(20)?\d{2}\s*"
                         r"(\((initial|original|first|baseline|latest|current|final)\)\s*)?$", re.I)  # 'Nov 2024 (initial)'
_SINCE = re.compile(r"\b(since|from|after)\s+(the\s+)?(\d{1,2}(st|nd|rd|th)?\s+)?[a-z]{3,9}\.?[\s\-']*(20)?\d\d\b", re.I)
_ROUND_WORDS = re.compile(r"\b(initial|original|first|six[- ]month|interim|final|latest|lastest|previous|\d+(st|nd|rd|th)?)\b",
                          re.I)  # ('Lastest Update': a tracker's own typo)


@dataclass(frozen=True)
class Slot:
    """One header column: what it holds and, for updates and statuses, which round it speaks for."""

    field: str | None
    heading: str
    round_date: dt.date | None = None
    round_named: bool = False  # heading names a round ('March 2026 update', 'Initial response')


_MONTH_YEAR = r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-']*(?:20)?\d\d\b"
# months listed in one heading ('(Mar 25 / Sep 25 / Mar 26)'): the column holds several rounds, each dated in its words
_MONTH_LIST = re.compile(rf"{_MONTH_YEAR}\s*[/,&]\s*{_MONTH_YEAR}", re.IGNORECASE)


_ISO_HEADING = re.compile(r"^\s*(20\d\d)-(\d{1,2})(?:-(\d{1,2}))?(?:[ T]00:00(?::00)?)?\s*$")
_SEASON = re.compile(r"\b(spring|summer|autumn|winter)\s+(20\d\d)\b", re.IGNORECASE)
_SEASON_LABEL = re.compile(r"^\s*(spring|summer|autumn|winter)\s+(20\d\d)\s*(?:(?:update|[-–—]\s*[^:]{0,60}))?\s*$",
                           re.IGNORECASE)
_SEASON_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
_PART_PREFIX = re.compile(r"^(?:part|section|annex|appendix|chapter)\s+(?:\d{1,2}|[a-h]|[ivx]{1,4})\s*[-–—:.]\s*", re.IGNORECASE)


def map_heading(heading: str, reference: Reference) -> Slot:
    slot = _map_heading(heading, reference)
    lines = [line.strip() for line in str(heading or "").splitlines() if line.strip()]
    if slot.field is None and len(lines) == 2:
        # 'Tachwedd 2024' over 'November 2024', 'Cyf.' over 'Ref.': one heading in two languages, a line each, which
        # run together name nothing; read by the line that names a field (the later where both do and agree)
        named = [one for one in (_map_heading(line, reference) for line in lines) if one.field]
        if named and len({one.field for one in named}) == 1:
            return named[-1]
    return slot


def _map_heading(heading: str, reference: Reference) -> Slot:
    # a footnote's mark on a heading ('RAG¹', 'Status*', 'Update†') is not part of its words
    text = re.sub(r"(?<=\w)[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§]+(?=\s|$|\))", "", one_line(heading)).strip(" :*")
    text = in_english_months(text)  # 'Tachwedd 2024', 'Diweddariad Mawrth 2025': a Welsh round's month
    if "_" in text and " " not in text:
        text = text.replace("_", " ")  # a database export's column name ('ENTRY_DATE', 'UPDATE_TEXT')
    if not text or len(text) > 80:
        return Slot(None, text)
    if (part := _PART_PREFIX.match(text)) and text[part.end():].strip():
        # 'Part 1 - Our plan (November 2024)': a document's part number is not part of the round's name
        slot = map_heading(text[part.end():], reference)
        if slot.field:
            return Slot(slot.field, text, slot.round_date, slot.round_named)
    if " / " in text:
        parts = [map_heading(part, reference) for part in text.split(" / ")]
        fields = {s.field for s in parts if s.field}
        if len(fields) > 1 and "update_text" in fields:
            # 'UPDATE / EVIDENCE REQUIREMENT': two things in one column, the update first among them
            slot = next(s for s in parts if s.field == "update_text")
            return Slot(slot.field, text, slot.round_date, slot.round_named)
    for pattern, field in reference.header_rules:
        if pattern.search(text):
            # 'Progress since November 2024' is dated by when it was written, not by the month the span began
            own = _SINCE.sub(" ", text)
            date = month_of(own) if field in ("update_text", "status") else None
            if date is not None and (listed := _MONTH_LIST.search(own)) and \
                    len({month_of(m) for m in re.split(r"\s*[/,&]\s*", listed.group(0))}) > 1:
                date = None  # 'Progress since (Mar 25 / Sep 25 / Mar 26)': several rounds in one column, each dated in it
            if date is None and field in ("update_text", "status") and (quarter := FY_QUARTER.search(own)) and \
                    (end := fy_quarter_end(quarter)):
                date = end.replace(day=1)  # 'Q4 24/25 update': a financial year's quarter, placed at its last month
            if date is None and field in ("update_text", "status") and (season := _SEASON.search(own)):
                # 'Spring 2026 update', 'Our plan (Autumn 2024)': a round named by its season, placed at its first month
                date = dt.date(int(season.group(2)), _SEASON_MONTH[season.group(1).lower()], 1)
            named = date is not None or bool(_ROUND_WORDS.search(own))
            return Slot(field, text, date, named)
    if _MONTH_ONLY.match(text) and (date := month_of(text)) is not None:
        return Slot("update_text", text, date, True)  # 'November 2024' over a column: that round's words
    if (season := _SEASON_LABEL.match(text)) is not None:
        # 'Spring 2025', 'Autumn 2024 – what we said we would do': a round named by its season, at its first month
        return Slot("update_text", text, dt.date(int(season.group(2)), _SEASON_MONTH[season.group(1).lower()], 1), True)
    if (iso := _ISO_HEADING.match(text)) and 1 <= int(iso.group(2)) <= 12:
        # a real date over a column ('Nov-24' as Excel stores it, read back as 2024-11-01): that month's round
        return Slot("update_text", text, dt.date(int(iso.group(1)), int(iso.group(2)), 1), True)
    if " / " in text:  # a bilingual heading, Welsh / English ('Cyf. / Ref.'): each language on its own
        slots = [map_heading(part, reference) for part in reversed(text.split(" / "))]
        for slot in slots:
            if slot.field:
                return Slot(slot.field, text, slot.round_date, slot.round_named)
    return Slot(None, text)


def settled_header(slots: list[Slot], rows: list[list[str]], reference: Reference) -> list[Slot]:
    """A header's slots read against each other and the rows below: rounds dated by their place, a bare 'Action'
    beside dated rounds the action's name, a column of status words the status, the force's own numbering."""
    slots = _titles_only(_action_named(_dated_columns(slots)), rows)
    return _status_words_column(_own_numbering(slots, rows), rows, reference)


def _titles_only(slots: list[Slot], rows: list[list[str]]) -> list[Slot]:
    """'Ref | Action | Status at March 2026' with nothing under 'Action' but short names ('Training needs analysis'):
    the actions' names over a table of statuses, no round of words. Only the one undated 'Action' column, beside a
    status column, with every cell of it a few words and no sentence."""
    updates = [n for n, s in enumerate(slots) if s.field == "update_text"]
    if len(updates) != 1 or not any(s.field == "status" for s in slots):
        return slots
    n = updates[0]
    if slots[n].round_date is not None or slots[n].round_named or not _BARE_ACTION.match(slots[n].heading or ""):
        return slots
    cells = [row[n].strip() for row in rows if n < len(row) and (row[n] or "").strip()]
    if len(cells) < 3 or any(len(c.split()) > 8 or re.search(r"[.;:!?]\s*$|[.;]\s", c) for c in cells):
        return slots
    return [Slot("recommendation", s.heading) if k == n else s for k, s in enumerate(slots)]


def find_header(rows: list[list[str]], reference: Reference, scan: int = 40) -> tuple[int, list[Slot]] | None:
    """Index of the first row that reads as a plan header (three or more plan fields), with its slots."""
    for index, row in enumerate(rows[:scan]):
        if planner := _planner_export(row):
            return index, planner
        slots = _record_stamps(_planned_words([map_heading(cell, reference) for cell in row]))
        two = _two_row_header(row, rows[index + 1], reference) if index + 1 < len(rows) else None
        if two is not None:
            # (its rounds are dated by the upper row already: only a bare 'Action' beside them is read again)
            return index + 1, _action_named(two)
        if header_score(slots) < 3 and sum(s.field == "update_text" and s.round_date is not None for s in slots) >= 2:
            slots = _own_numbering(slots, rows[index + 1:])  # 'Action' over 'Rec 12 action 4': the item column
        if header_score(slots) >= 3 and index + 1 < len(rows) and (lower := _dated_second_line(row, rows[index + 1], slots,
                                                                                          reference)):
            # 'Force update' merged over 'November 2024 | March 2025', the other headings merged down both rows: the
            # lower row is the header, its own cells name every column
            index, slots = index + 1, lower
        if header_score(slots) >= 3:
            return index, settled_header(slots, rows[index + 1:], reference)
        if _status_table(slots, rows[index + 1:index + 8]):
            return index, slots
        if (numbered := _numbered_first_column(slots, rows[index + 1:index + 40])) is not None:
            return index, numbered
    return None


def _record_stamps(slots: list[Slot]) -> list[Slot]:
    """'Created' beside 'Updated' (an issue tracker's export): when the record was last touched, no round's date."""
    if any(s.heading.strip().lower() == "created" for s in slots):
        return [Slot(None, s.heading) if s.field == "update_date" and s.heading.strip().lower() == "updated" else s
                for s in slots]
    return slots


_REC_HEADING = re.compile(r"^\s*recommendation\s+\d{1,2}\b(?!\.\d)", re.IGNORECASE)
_LOG_ORDER = re.compile(r"\b(log|entries)\b.*\b(newest|latest|most recent|oldest|earliest)\b", re.IGNORECASE)


def _numbered_first_column(slots: list[Slot], below: list[list[str]]) -> list[Slot] | None:
    """'Action | Update' over rows that each open with a sub-item's number ('7.2 Interim stalking flag'): a plan of two
    columns, the first the item's (a table a round, under a heading that names the round). The first column's cells
    must give a number in every row but a stray one, and the rest of the header must name words or a status."""
    from .items import parse_item_cell

    named = [s for s in slots if s.heading]
    if len(named) < 2 or len(slots) > 4 or not any(s.field in ("update_text", "status") for s in slots[1:]):
        return None
    if not any(s.field == "update_text" for s in slots[1:]) and len(named) < 3:
        return None  # 'Action | Status' alone: a status table beside words elsewhere, read with them as it was
    if any(parse_item_cell(s.heading)[0] or len(s.heading.split()) > (
            # ('Progress log – most recent entry first': a log's heading that says its order)
            8 if s.field == "update_text" and _LOG_ORDER.search(s.heading) else 4) for s in named):
        return None  # a row of the plan itself (a page's table with no header of its own), never its headings
    # ('Reference and requirement' over '12.1 Consider using the screening tool': the number and the ask in one column)
    if slots[0].field not in ("update_text", "item_id", "rec_no", "evidence", None) or slots[0].round_date is not None:
        return None
    firsts = [row[0].strip() for row in below if row and row[0].strip()]
    # (a page's own lines above the first numbered row, and headings across the table naming a recommendation
    # ('Recommendation 14 – Victims Code and support'), are no rows of the column)
    first = next((n for n, cell in enumerate(firsts) if parse_item_cell(cell)[0]), len(firsts))
    firsts = [cell for cell in firsts[first:] if not (_REC_HEADING.match(cell) and not any(cell[1:]))]
    numbered = sum(bool(parse_item_cell(cell)[0]) for cell in firsts)
    if numbered < 3 or numbered < len(firsts) - 1:
        return None
    return [Slot("item_id", slots[0].heading), *slots[1:]]


_PLANNER_FIELDS = {"task name": "item_id", "progress": "status", "description": "update_text", "assigned to": "owner"}


def _planner_export(row: list[str]) -> list[Slot] | None:
    """A Microsoft Planner export ('Task ID | Task Name | Bucket Name | Progress | ... | Description'): the task's name
    opens with the sub-item's number, 'Progress' is its status and 'Description' holds its notes; the system columns
    (IDs, dates, checklist counts, labels) are no plan text."""
    names = [(c or "").strip().lower() for c in row]
    if not {"task name", "bucket name", "progress", "description"} <= set(names):
        return None
    return [Slot(_PLANNER_FIELDS[n], c.strip()) if n in _PLANNER_FIELDS else Slot(None, (c or "").strip())
            for n, c in zip(names, row)]


def _dated_columns(slots: list[Slot]) -> list[Slot]:
    """A heading no alias knows but that names a month ('Updare March 2025', a typo) among two or more dated round
    columns: that round's words too."""
    if sum(s.field == "update_text" and s.round_date is not None for s in slots) < 2:
        return slots
    return [Slot("update_text", s.heading, month_of(s.heading), True)
            if s.field is None and s.heading and len(s.heading.split()) <= 5 and month_of(s.heading) else s
            for s in slots]


def _dated_second_line(top: list[str], below: list[str], slots: list[Slot], reference: Reference) -> list[Slot] | None:
    """The lower row of a two-row header whose upper headings were merged down into it: the same words in two or more
    columns, and round dates the upper row lacks; None otherwise."""
    if len(top) != len(below) or any(_names_item(c) for c in below if c):
        return None
    same = sum(1 for a, b in zip(top, below) if a and a.strip() and a.strip() == (b or "").strip())
    lower = [map_heading(cell, reference) for cell in below]
    dated = sum(1 for s in lower if s.field == "update_text" and s.round_date is not None)
    if same >= 2 and dated >= 2 and not any(s.round_date for s in slots) and header_score(lower) >= header_score(slots):
        return lower
    return None


def _action_named(slots: list[Slot]) -> list[Slot]:
    """A bare 'Action' column left of two or more rounds each dated by its heading ('Ref | Action | November 2024 |
    March 2025 | Status'), in a header with no column of the report's words: the action's name, not a round of words
    of its own."""
    dated = [n for n, s in enumerate(slots) if s.field == "update_text" and (s.round_date is not None or s.round_named)]
    first_round = any(slots[n].round_date is not None and slots[n].round_date.year == 2024 for n in dated)
    if len(dated) < 2 or any(s.field in ("recommendation", "evidence") for s in slots) and not first_round:
        # (beside a column of the report's words, an 'Action' column is the force's own first words, unless the first
        # round, November 2024, has a column of its own)
        return slots
    return [Slot("recommendation", s.heading) if n < dated[0] and s.field == "update_text" and s.round_date is None
            and not s.round_named and _BARE_ACTION.match(s.heading or "") else s for n, s in enumerate(slots)]


_PERCENT_HEADING = re.compile(r"%|per ?cent|progress", re.IGNORECASE)
_PERCENT_CELL = re.compile(r"^\s*\d{1,3}([.,]\d+)?\s?%\s*$")  # ("50,5%": a decimal comma)


_POSITION_HEADING = re.compile(r"\b(position|status|rag|rating)\b", re.IGNORECASE)


def _status_words_column(slots: list[Slot], rows: list[list[str]], reference: Reference) -> list[Slot]:
    """An undated 'Progress' column beside dated round columns whose cells are short status words or percentages
    ('100%', 'Ongoing', 'Complete (interim)'): the status column, not a round of its own. Beside another column of
    words, a 'Progress' column of nothing but percentages is the status's figure, whatever the rounds."""
    out = list(slots)
    updates = [n for n, s in enumerate(slots) if s.field == "update_text" and s.round_date is None]
    if len(updates) >= 2 or (updates and any(s.field == "update_text" and s.round_date for s in slots)):
        for n in updates:
            cells = [row[n].strip() for row in rows if n < len(row) and (row[n] or "").strip()]
            if len(cells) >= 3 and sum(bool(_PERCENT_CELL.match(c)) for c in cells) >= 0.9 * len(cells):
                out[n] = Slot("status", slots[n].heading)  # 'Progress' of '40%', '80%' beside 'Commentary'
    slots = out
    if "status" in {s.field for s in slots if s.heading and not _PERCENT_HEADING.search(s.heading)} or \
            not any(s.field == "update_text" and s.round_date for s in slots):
        return slots
    out = list(slots)
    newest = max((s.round_date for s in slots if s.field == "update_text" and s.round_date), default=None)
    for n, slot in enumerate(slots):
        if slot.field != "update_text" or slot.round_date is not None and not (
                slot.round_date == newest and _POSITION_HEADING.search(slot.heading)):
            # ('Current position (July 2025)' of 'Ongoing', 'Not complete - evaluation due October 2025' beside the
            # dated rounds' words: the status now, not a round of its own)
            continue
        cells = [row[n].strip() for row in rows if n < len(row) and (row[n] or "").strip()]
        # a status word, or one that opens a short qualified status ('Not complete - evaluation due October 2025')
        short = [c for c in cells if len(c.split()) <= 4 and (_PERCENT_CELL.match(c) or any(
            pattern.search(c) for pattern, _, _ in reference.status_rules)) or len(c.split()) <= 8 and any(
            pattern.search(" ".join(c.split()[:3])) for pattern, _, _ in reference.status_rules)]
        # (a heading that says it holds the position needs fewer rows to show it: a table's last page may hold two)
        if len(cells) >= (1 if _POSITION_HEADING.search(slot.heading) else 3) and len(short) >= 0.8 * len(cells):
            out[n] = Slot("status", slot.heading)
    return out


def _status_table(slots: list[Slot], below: list[list[str]]) -> bool:
    """'Ref | Status' and nothing else, over item numbers: a table of statuses (its words are elsewhere)."""
    from .items import parse_item_cell

    fields = [s.field for s in slots if s.heading]
    if len(fields) != 2 or fields[1] != "status" or fields[0] not in ("item_id", "rec_no"):
        return False
    return sum(bool(row and parse_item_cell(row[0])[0]) for row in below) >= 2


_OWN_NUMBER = re.compile(r"^\s*(action|act\.?|task|step|activity)\s*(no\.?\s*)?\d{1,3}[a-z]?\s*$", re.IGNORECASE)


def _own_numbering(slots: list[Slot], rows: list[list[str]]) -> list[Slot]:
    """An 'Action' column that holds nothing but the force's own numbers ('Action 1', 'Action 2', ...): those are
    labels, not a round's words (the sub-item each answers is in another column)."""
    out = list(slots)

    def cells(n: int) -> list[str]:
        # (a title row merged across the table, its words in every cell, is no cell of any column)
        return [row[n] for row in rows if n < len(row) and (row[n] or "").strip()
                and len({c.strip() for c in row if c and c.strip()}) > 1]

    def words(n: int) -> float:
        found = cells(n)
        return sum(len(c.split()) for c in found) / len(found) if found else 0.0

    for n, slot in enumerate(slots):
        if slot.field == "update_text" and _COMMENTS.match(slot.heading) and slot.round_date is None and any(
                other.field == "update_text" and m != n for m, other in enumerate(slots)):
            # 'Comments' beside the rounds' own columns: a note on the row, read with its newest words, never a round
            out[n] = Slot("comments", slot.heading)
            continue
        if slot.field != "update_text" or slot.round_date is not None or not cells(n):
            continue
        if len(cells(n)) >= 3 and sum(bool(_OWN_NUMBER.match(c)) for c in cells(n)) >= 0.8 * len(cells(n)):
            out[n] = Slot(None, slot.heading)
        elif (len(cells(n)) >= 3 and sum(_names_item(c) for c in cells(n)) >= 0.8 * len(cells(n))) or (
                len(cells(n)) == 2 and all(_names_item(c) for c in cells(n))):  # a recommendation of two sub-items
            out[n] = Slot("item_id", slot.heading)  # an 'Action' column of 'Rec 12 action 4': the items' own column
        elif _BARE_ACTION.match(slot.heading) and any(
                other.field == "update_text" and m != n and words(m) > 2 * max(words(n), 1) for m, other in enumerate(slots)) \
                and words(n) <= 8:
            # 'Action | Progress': the action's short name beside the words of its progress, not a round of its own
            out[n] = Slot(None, slot.heading)
    return out


def _names_item(cell: str) -> bool:
    from .items import NOTATIONS, parse_item_cell

    text = (cell or "").strip()
    return bool(parse_item_cell(text)[0] and len(text) <= 30) or any(
        start.fullmatch(text.rstrip(".")) for name, (start, _, _) in NOTATIONS.items() if name not in ("7a", "14(1)"))


_COMMENTS = re.compile(r"^\s*(additional |further |other )?(comments?|notes?|remarks?)\s*$", re.IGNORECASE)
# ('Cam gweithredu / Action': a bilingual heading, its English part bare too)
_BARE_ACTION = re.compile(r"^\s*(?:[^/]{1,40}/\s*)?actions?( (title|name|description|summary))?\s*$", re.IGNORECASE)


def _two_row_header(top: list[str], below: list[str], reference: Reference) -> list[Slot] | None:
    """A header over two rows: each round's heading merged over its columns ('Six-month update (Mar 2025)'), and
    'Update' / 'Status' beneath. Read as one heading per column, the round's date on both of its columns; None
    unless the rows together name a round twice or more that neither names alone."""
    if len(top) != len(below) or not any(c.strip() for c in below):
        return None
    if any(_names_item(c) for c in below if c):
        return None  # the first plan row under a full header ('7 | 7.1 | Included classification ...'), not its second line
    labels = [c.strip() for c in top if c and c.strip()]
    if len(labels) >= 2 and all(month_of(c) for c in labels):
        # 'Nov-24' over the first of its group's columns only (a CSV keeps no merged cells): each round's label
        # covers the columns up to the next one
        filled, current = [], ""
        for cell in top:
            current = cell.strip() if cell and cell.strip() else current
            filled.append(current)
        top = filled
    joined = [" ".join(dict.fromkeys(p.strip() for p in (a, b) if p and p.strip())) for a, b in zip(top, below)]
    slots = [map_heading(cell, reference) for cell in joined]
    # 'November 2024 (initial plan)' over 'Action': the round's words, where the two together name nothing
    slots = [Slot("update_text", slot.heading, upper.round_date, True)
             if slot.field is None and (upper := map_heading(a, reference)).field == "update_text" and upper.round_date
             and _BARE_ACTION.match(b or "") else slot for slot, a, b in zip(slots, top, below)]
    dated = {(s.field, s.round_date) for s in slots if s.round_date is not None and s.field in ("update_text", "status")}
    statuses = sum(s.field == "status" and s.round_date is not None for s in slots)
    alone = [map_heading(cell, reference) for cell in below]
    # the lower row alone a full dated header ('Ref | Nov-24 | Mar-25'): it stands, unless the upper row tells its
    # status columns from its update columns ('Update' over four months, 'Status' over the same four)
    alone_statuses = sum(s.field == "status" for s in alone)
    numbered = {c.strip().lower() for c in top if c and _NUMBERED_ROUND.match(c)}
    if len(numbered) >= 2 and sum(s.field == "update_text" for s in alone) >= 2 and \
            sum(s.field == "status" for s in alone) >= 2:
        # 'Round 1', 'Round 2' over 'Date of update | Update | Status': rounds named by number, each dated by its own
        # date cell; the groups' columns read as the lower row names them
        return [Slot(low.field, f"{a} {b}".strip(), low.round_date, low.round_named) if a and _NUMBERED_ROUND.match(a)
                else slot for slot, a, b, low in zip(slots, top, below, alone)]
    if header_score(slots) < 3 or statuses < 2 or len(dated) < 4 or header_score(alone) >= 3 and \
            any(s.round_date for s in alone) and statuses <= alone_statuses:
        return None
    return slots


_NUMBERED_ROUND = re.compile(r"^\s*(round|update|review|return|period|submission)\s*(no\.?\s*)?\d{1,2}\s*$", re.IGNORECASE)
_PLANNED_HEADING = re.compile(r"^\s*what (we|the force) (will|plan to|intend to|are going to) do\b", re.IGNORECASE)


def _planned_words(slots: list[Slot]) -> list[Slot]:
    """'What we will do' in a header with no other update column (a first round's sheet): that round's words. Beside
    a 'Progress to date' column it is the action's name, and stays unread."""
    if any(s.field == "update_text" for s in slots):
        return slots
    return [Slot("update_text", s.heading, s.round_date, s.round_named) if _PLANNED_HEADING.match(s.heading) else s
            for s in slots]


def header_score(slots: list[Slot]) -> int:
    """Distinct plan fields a heading row names; two or more rounds' columns, each dated by its own heading
    ('Response November 2024', 'Update March 2025'), count as a field of their own: beside an item column
    they make a plan header with no other."""
    fields = {s.field for s in slots if s.field in PLAN_FIELDS}
    rounds = {s.round_date for s in slots if s.field == "update_text" and s.round_date is not None}
    return len(fields) + (len(rounds) >= 2 and bool(fields & {"rec_no", "item_id"}))
