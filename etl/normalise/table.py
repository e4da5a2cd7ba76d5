"""Reading plan rows out of a table whose columns may shift from row to row.

Real plans do not keep their columns straight: in the national template the sub-item number sits in
its own cell under the 'Evidence requirements' heading, or is fused with the evidence text
('11.3 Ways to ...'); the status drifts into the 'Date' column when a cell is missing. So each row
is anchored on its content: the cell that starts with an item number fixes where the row's fields
begin, and a status word near the status column fixes where the status is. Everything between is
assigned in header order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Issue, RawTable
from ..reference import Reference
from .dates import parse_date
from .headers import PLAN_FIELDS, Slot, header_score, map_heading
from .items import _REC_THEN_IDS, item_part, later_items, looks_like_item_attempt, notation_match, parse_item_cell, parse_rec_no, rec_of
from .status import is_status_word
from .text import clean_text, one_line

_MARKER = re.compile(r"^(official(\s*[-–]\s*sensitive)?|page \d+( of \d+)?|continued|\d+)$", re.IGNORECASE)


@dataclass
class RowValues:
    """What one plan row says, before it is split into items and rounds."""

    item_ids: list[str]
    table: str
    source_row: int
    values: dict[int, str] = field(default_factory=dict)  # slot index -> cell text
    evidence: str = ""
    rec_level: bool = False
    fills: dict[int, str] = field(default_factory=dict)  # slot index -> its cell's signal fill ('Green')
    part: str = ""  # '10.2a': one part of a sub-item the plan splits further


def _item_slot_index(slots: list[Slot]) -> tuple[int, bool]:
    """Where item numbers sit: their own column, or shared with the column after the recommendation."""
    fields = [s.field for s in slots]
    if "item_id" in fields:
        return fields.index("item_id"), False
    if "evidence" in fields:
        index = fields.index("evidence")
        # a heading spanning two columns (colspan, merged Word cell) is the number column + its text
        spanned = index + 1 < len(slots) and slots[index + 1].heading == slots[index].heading
        return index, not spanned
    for anchor in ("recommendation", "rec_no"):
        if anchor in fields and fields.index(anchor) + 1 < len(slots):
            return fields.index(anchor) + 1, True
    return 0, True


def _find_item_cell(cells: list[str], preferred: int) -> tuple[int, list[str], str] | None:
    order = [preferred] + [i for i in range(len(cells)) if i != preferred]
    for index in order:
        if 0 <= index < len(cells):
            ids, remainder = parse_item_cell(cells[index])
            if ids:
                return index, ids, remainder
    return None


_CODE = re.compile(r"^\s*([A-Za-z]{1,2}(\s*/\s*[A-Za-z]{1,2})?|[^\w\s]{1,3})\s*$")  # 'A', 'A/G', '◐', '✓✓'
_FILL_ONLY = re.compile(r"^\s*[A-Za-z]+( [a-z]+)? \(cell colour\)\s*$")


def _assign(slot_indexes: list[int], cells: list[str], slots: list[Slot], reference: Reference) -> dict[int, str]:
    """Cells in order onto slots in order, re-anchoring on the status word if the row is short or shifted."""
    status_positions = [n for n, s in enumerate(slot_indexes) if slots[s].field == "status"]
    if len(status_positions) == 1:
        s = status_positions[0]
        at_slot = cells[s] if s < len(cells) else ""
        # a code in its place ('A', 'A/G', 'B', '◐': the page's key says what it means) is the status, not a shifted row
        # (and so is a fill only the page's key gives a meaning: 'Blue (cell colour)', 'Pale green (cell colour)')
        if not is_status_word(at_slot, reference, max_len=10_000) and not _CODE.match(at_slot) \
                and not _FILL_ONLY.match(at_slot):
            near = [p for p in range(max(0, s - 3), min(len(cells), s + 3)) if p != s]
            near.sort(key=lambda p: abs(p - s))
            # a status is a short cell: a sentence that holds a status word ('an audit is planned') is words
            # in a row with every cell in place, an empty status cell is only empty: a longer cell beside it is a
            # round's words ('Re-audit planned for April 2026 after a reminder campaign.'), not a status moved over
            full = len(cells) >= len(slot_indexes)
            # (an item's own number, '12.1(b)', is never a status, whatever letter it carries)
            found = next((p for p in near if is_status_word(cells[p], reference, 60)
                          and not (full and len(cells[p].split()) > 6) and not parse_item_cell(cells[p])[0]), None)
            if found is not None:
                values = {slot_indexes[n]: cells[n] for n in range(min(found, s))}
                values[slot_indexes[s]] = cells[found]
                tail = cells[found + 1 :]
                for n, cell in enumerate(tail):
                    if s + 1 + n < len(slot_indexes):
                        values[slot_indexes[s + 1 + n]] = cell
                return values
    return {slot_indexes[n]: cells[n] for n in range(min(len(cells), len(slot_indexes)))}


def _own_cell_reading(rows: list[list[str]], item_index: int, slots: list[Slot], reference: Reference) -> bool | None:
    """Is a bare item number under a shared heading a cell of its own (its text in the next cell)?

    The template's text export puts '7.1' in a cell of its own with the evidence after it; an HTML page
    puts '7.1' as the whole content of the evidence column. Whichever reading lands status words in the
    status column on more rows is the table's reading; single rows that drift are re-anchored later. None when no
    row tells (a table of one row, its status empty).
    """
    fields = [s.field for s in slots]
    if "status" not in fields:
        return False
    status = fields.index("status")
    own = aligned = 0
    for cells in rows:
        if item_index < len(cells) and parse_item_cell(cells[item_index]) and not parse_item_cell(cells[item_index])[1]:
            own += status + 1 < len(cells) and is_status_word(cells[status + 1], reference, 10_000)
            aligned += status < len(cells) and is_status_word(cells[status], reference, 10_000)
    if own == aligned == 0:
        return None
    return own > 0 and own >= aligned  # a page never shows the own-cell shape at all


def _repeated_header(cells: list[str], slots: list[Slot], reference: Reference) -> bool:
    """The header again (at a page break), not a row of words that happen to say 'update' and 'status': its cells
    are the header's own, or short labels that read as one."""
    if header_score([map_heading(c, reference) for c in cells]) < 3:
        return False
    same = sum(1 for cell, slot in zip(cells, slots)
               if slot.heading and " ".join(cell.split()).strip(" :*").lower() == slot.heading.lower())
    return same >= 2 or all(len(c) <= 40 for c in cells)


_POSITION = re.compile(r"^\s*(?:current\s+|overall\s+)?position\b", re.IGNORECASE)


_DONE_HEADING = re.compile(r"^\s*(done|done\?|complete\?|completed\?|tick when (done|complete))\s*$", re.IGNORECASE)
_MARK_CELL = re.compile(r"^\s*[^\w\s]{1,2}\s*$")  # '✓', '🕒', '✗', '☑'
# a mark alone, or with a word or two in brackets after it ('● (partly)'): never a round's words
_KEYED_MARK = re.compile(r"^\s*[^\w\s()\[\]]{1,2}\s*(\(\s*[a-z][a-z ]{0,15}\))?\s*$", re.IGNORECASE)


def position_as_status(table: RawTable, header_index: int, slots: list[Slot], reference: Reference) -> list[Slot]:
    """'Position (March 2026)' over cells that say only 'Ongoing', 'Complete', 'Business as usual': the force's status
    now, not a round's words, when the table has no status column of its own. A 'Current position' column of
    sentences stays the round's words."""
    if "status" in {s.field for s in slots}:
        return slots
    body = [[clean_text(c) for c in row] for row in table.rows[header_index + 1:]]
    out = list(slots)
    for n, slot in enumerate(slots):
        marks = [row[n] for row in body if n < len(row) and row[n].strip()]
        if _DONE_HEADING.match(slot.heading or "") and all(len(c.strip()) <= 2 for c in marks) \
                and sum(bool(_MARK_CELL.match(c)) for c in marks) >= 3:
            out[n] = Slot("status", slot.heading)  # 'Done' over ticks, clocks and crosses: the status as a mark
            continue
        if slot.field == "update_text" and marks and all(_KEYED_MARK.match(c) for c in marks) and \
                any(c.strip() not in "-–—" for c in marks):
            out[n] = Slot("status", slot.heading)  # 'Progress' over '◐', '●', '● (partly)' beside each round: its mark
            continue
        if slot.field != "update_text" or not _POSITION.match(slot.heading or ""):
            continue
        cells = [row[n] for row in body if n < len(row) and row[n].strip()]
        if len(cells) >= 3 and all(len(c.split()) <= 6 and is_status_word(c, reference, 60) for c in cells):
            out[n] = Slot("status", slot.heading)
    return out


# a status cell's last line cut short: it ends on a joiner or a word that needs the next ('In', 'Not', '/', '-')
_WRAPPED_STATUS = re.compile(r"(\b(in|not|on|no|yn|heb|ar|action|work|partially|fully|business|busnes|as|fel)|[/–—-])\s*$",
                             re.IGNORECASE)


def read_rows(
    table: RawTable, header_index: int, slots: list[Slot], reference: Reference, carry: RowValues | None = None,
    find_rec=None, find_items=None, readings: dict | None = None,
) -> tuple[list[RowValues], list[Issue]]:
    """Every plan row below the header. header_index -1 means the header came from an earlier table. `carry`: the
    last row of the same table on the page before, which a first row with no item number continues. `find_rec(text)`
    and `find_items(text, rec_no)` name the recommendation and the sub-items a text quotes, by the report's wording.
    `readings`: how the document's earlier tables under the same headings were read, for a table too small to tell."""
    issues: list[Issue] = []
    out: list[RowValues] = []
    item_index, shared = _item_slot_index(slots)
    # a list export's system columns ('ID', 'Content Type', 'Modified By'): no cell of them names an item
    system = {n for n, s in enumerate(slots) if s.field is None and _SYSTEM_COLUMN.match(s.heading or "")}
    body = [[clean_text(c) for c in row] for row in table.rows[header_index + 1 :]]
    own_cell = shared and _own_cell_reading(body, item_index, slots, reference)
    if readings is not None and shared:
        # a table of one row whose status is empty reads as the tables under the same headings before it did
        headings = tuple(s.heading for s in slots)
        own_cell = readings.get(headings, False) if own_cell is None else readings.setdefault(headings, own_cell)
    # '16. Commissioning', '22. Dedicated officers' opening the rows: recommendation numbers, when every row's number
    # is a reference recommendation's and they do not simply count the rows (1, 2, 3 ...)
    leading = [int(m.group(1)) for row in body for m in [_NUMBERED_TITLE.match(row[0] if row else "")] if m]
    titled = len(leading) >= 2 and all(reference.items_of(n) for n in leading) and leading != list(
        range(leading[0], leading[0] + len(leading)))
    fields = [s.field for s in slots]
    rec_index = fields.index("rec_no") if "rec_no" in fields else None
    fill_rows = table.fills[header_index + 1 :] if table.fills is not None else [[] for _ in body]
    # a table with no numbers at all whose first column gives the report's own words of each ask ('What the report
    # asks'): each row is the sub-item (or the recommendation) those words quote
    ask_col = next((n for n, s in enumerate(slots) if s.field in ("evidence", "recommendation")), None)
    numberless = find_items is not None and ask_col is not None and not any(
        parse_item_cell(c)[0] or parse_rec_no(c) is not None for row in body for c in row[:4] if c)
    context_rec: int | None = None
    id_column = item_index  # where the rows so far gave their numbers ('REF' over them, though headed as the rec)
    rec_rows: dict[int, RowValues] = {}  # a recommendation's own row: its answer stands only if no sub-item has one

    def keep(row: RowValues, cells: list[str], fill_row: list[str]) -> None:
        for n in [n for n in row.values if n < len(slots) and slots[n].field == NEXT_STEPS]:
            steps = row.values.pop(n)
            update = next((m for m in range(n - 1, -1, -1) if slots[m].field == "update_text"), None)
            if update is not None and not (row.values.get(update) or "").strip():
                row.values[update] = steps  # nothing else said this round: the next steps are its words
        # a cell's fill belongs to the slot its words were read into, only where they were not moved
        row.fills = {n: fill_row[n] for n, value in row.values.items()
                     if n < len(fill_row) and fill_row[n] and n < len(cells) and cells[n] == value}
        out.append(row)

    for cells, source_row, fill_row in zip(body, table.row_numbers[header_index + 1 :], fill_rows):
        filled = [c for c in cells if c]
        location = f"{table.name}, row {source_row}"
        if not filled or (len(filled) == 1 and _MARKER.match(filled[0])):
            continue
        if _repeated_header(cells, slots, reference):
            continue  # the header repeated at a page break
        if system:
            cells = ["" if n in system else c for n, c in enumerate(cells)]  # a list's own ID is no item number
        if rec_index is not None and rec_index != item_index and item_index < len(cells) and rec_index < len(cells) \
                and (sub := _sub_number(cells[item_index])) and parse_rec_no(cells[rec_index]) is not None:
            # 'Rec 7 | Sub 1' (or 'Part a', 'ii'): the sub-item's number in a column of its own, under its recommendation's
            cells = list(cells)
            cells[item_index] = f"{parse_rec_no(cells[rec_index])}.{sub}"
        elif rec_index is not None and rec_index != item_index and item_index < len(cells) and rec_index < len(cells) \
                and (parts := _SUB_RANGE.fullmatch((cells[item_index] or "").strip())) \
                and (rec := parse_rec_no(cells[rec_index])) is not None \
                and int(parts.group(1)) < int(parts.group(2)) <= len(reference.items_of(rec)):
            # 'Rec 13 | Part 1-2': one row for those parts together
            first, last = int(parts.group(1)), int(parts.group(2))
            cells = list(cells)
            cells[item_index] = " & ".join(f"{rec}.{n}" for n in range(first, last + 1))
        found = _find_item_cell(cells, item_index)
        if found and (naming := next((n for n, slot in enumerate(slots) if slot.field in ("rec_no", "recommendation")
                                      and n != found[0] and n < len(cells) and (_REC_THEN_IDS.match(cells[n]) or (
                                          parse_item_cell(cells[n])[0] and not parse_item_cell(cells[n])[1]))), None)) \
                is not None and set(found[1]) < set(whole := parse_item_cell(cells[naming])[0]):
            # 'Recommendation: 25 (25.1 – 25.3)' or '25.1, 25.2 and 25.3' over 'Evidence requirements: 25.1 ...; 25.2 ...':
            # the row is for all the sub-items its number cell names, not the first one its requirements list
            found = (naming, whole, "")
        # (the recommendation's number may stand in the item column itself: 'No. | ... | 11 | ... | 11.1 The profile ...')
        rec_cell = rec_index if rec_index is not None else item_index
        if found and found[0] != item_index and rec_cell is not None and rec_cell < len(cells) \
                and found[0] < len(slots) and slots[found[0]].field == "update_text" \
                and parse_rec_no(cells[rec_cell]) == rec_of(found[1][0]):
            # 'Rec 10 | ... | 10.1: words 10.2: words': sub-items labelled inside a round's words, under their
            # recommendation's number, are no number column: the row answers the recommendation, its words parted later
            found = None
        lone = next((n for n in dict.fromkeys([item_index, 0, rec_index]) if n is not None and n < len(cells)
                     and _notation_alone(cells[n], reference)), None) if not found else None
        if lone is not None:
            # '7(ii)' once in a column of '7.1', 'Rec 10.3', '10.4.': the item column's own cell, read and reported
            alone = _notation_alone(cells[lone], reference)
            issues.append(Issue("warning", "item_notation", f"'{cells[lone].strip()[:20]}' in the item column "
                                f"read as {alone}", location))
            cells = list(cells)
            cells[lone] = alone
            found = (lone, [alone], "")
        if found:
            cell_index, ids, remainder = found
            id_column = cell_index
            ids = list(dict.fromkeys(ids + [i for i in later_items(remainder, ids[0]) if i in reference.item_ids]))
            # '25.1 - 25.3' or '13.1 & 13.2' naming every sub-item of its recommendation: one answer for the
            # recommendation as a whole
            whole = len(ids) >= 2 and len({rec_of(i) for i in ids}) == 1 and sorted(ids) == sorted(
                reference.items_of(rec_of(ids[0]))) and bool(_RANGE.search(cells[cell_index]) or _JOINED.search(
                    cells[cell_index]) or _LISTED.match(cells[cell_index]) or _REC_THEN_IDS.match(cells[cell_index]))
            row = RowValues(ids, table.name, source_row, rec_level=whole, part=item_part(cells[cell_index]))
            if cell_index != item_index:
                # the number sits in another column (e.g. under 'Rec No'): read the row by position
                row.evidence = remainder
                row.values = _assign(list(range(len(slots))), cells, slots, reference)
                row.values.pop(cell_index, None)
                keep(row, cells, fill_row)
                continue
            if shared and remainder:
                row.evidence = remainder
                slot_indexes = list(range(item_index + 1, len(slots)))
            elif shared and own_cell:
                slot_indexes = list(range(item_index, len(slots)))
            elif shared:
                slot_indexes = list(range(item_index + 1, len(slots)))
            else:
                row.evidence = remainder
                slot_indexes = list(range(item_index + 1, len(slots)))
            row.values = _assign(slot_indexes, cells[cell_index + 1 :], slots, reference)
            if rec_index is not None and rec_index < len(cells):
                row.values.setdefault(rec_index, cells[rec_index])
            for n in range(min(cell_index, len(cells), len(slots))):
                if slots[n].field == "update_date" and cells[n].strip():
                    # 'Update period | Rec | Sub-rec | ...': a log's round date before the item's number is the row's
                    row.values.setdefault(n, cells[n])
            keep(row, cells, fill_row)
            continue
        odd = next((c for c in cells[: max(item_index + 1, 2)] if looks_like_item_attempt(c)), None)
        if odd is not None:
            issues.append(Issue("warning", "unparsed_item",
                                f"'{odd[:30]}' reads as an item number but is not one (write it as 7.1); row not loaded",
                                location))
            continue
        rec_no = parse_rec_no(cells[rec_index]) if rec_index is not None and rec_index < len(cells) else None
        if rec_no is None:
            # another column headed as the recommendation ('Title | Recommendation' with '13' in the second) before a
            # list's own row ids in the first
            rec_no = next((found for n, slot in enumerate(slots) if slot.field in ("recommendation", "rec_no")
                           and n != rec_index and n < len(cells) and (found := parse_rec_no(cells[n])) is not None), None)
        if rec_no is None and cells and parse_rec_no(cells[0]) is not None:
            rec_no = parse_rec_no(cells[0])
        if rec_no is None and item_index < len(cells) and _ALL_ITEMS.match(cells[item_index]):
            # '25 - Digital evidence' beside 'All': the recommendation as a whole
            rec_no = next((int(hit.group(1)) for n, slot in enumerate(slots) if slot.field in ("recommendation", "rec_no")
                           and n < len(cells) and (hit := _REC_AND_TITLE.match(cells[n]))), None)
        if rec_no is None and not shared and item_index < len(cells) and parse_rec_no(cells[item_index]) is not None:
            rec_no = parse_rec_no(cells[item_index])  # 'Rec 16' in a 'Links to rec' column: the recommendation as a whole
        if rec_no is None and titled and cells and (m := _NUMBERED_TITLE.match(cells[0])):
            rec_no = int(m.group(1))
        if rec_no is not None and not reference.items_of(rec_no):
            # a 'No.' column of the document's own row numbers (1, 2, 3): the row's text names its recommendation
            rec_no = next((n for c in cells for m in [_NAMES_REC.match(c)] if m
                           for n in [int(m.group(1))] if reference.items_of(n)), rec_no)
        if rec_no is None and len(filled) >= 3 and len(set(filled)) == 1 and _NAMES_REC.match(filled[0]):
            continue  # 'Recommendation 11: By 27 March 2025, ...' merged across the row: a group's title, not an answer
        recs = next((found for n in (rec_index, item_index, 0) if n is not None and n < len(cells)
                     for found in [_several_recs(cells[n], reference)] if found), [])
        if rec_no is None and recs:
            # '27 & 28': one answer for two whole recommendations
            values = {n: cells[n] for n in range(min(len(cells), len(slots)))}
            if any(values.get(n) for n, s in enumerate(slots) if s.field in ("status", "update_text")):
                keep(RowValues([i for r in recs for i in reference.items_of(r)], table.name, source_row, values,
                               rec_level=True), cells, fill_row)
            continue
        if rec_no is not None:
            values = {n: cells[n] for n in range(min(len(cells), len(slots)))}
            says_something = any(
                values.get(n) for n, s in enumerate(slots) if s.field in ("status", "update_text")
            )
            items = reference.items_of(rec_no)
            if says_something and items:
                # one answer for the recommendation as a whole, even one with a single sub-item
                keep(RowValues(items, table.name, source_row, values, rec_level=True), cells, fill_row)
            elif says_something:
                issues.append(
                    Issue("warning", "unknown_item", f"recommendation {rec_no} is not one of the reference recommendations", location)
                )
            continue  # a group's heading row: rec number and wording only
        ask = cells[ask_col].strip() if numberless and ask_col < len(cells) else ""
        if ask and (len(filled) >= 2 or _ASKS_REC.search(ask)):
            values = {n: cells[n] for n in range(min(len(cells), len(slots))) if n != ask_col}
            answered = any(values.get(n) for n, sl in enumerate(slots) if sl.field in ("status", "update_text"))
            asks_rec = bool(_ASKS_REC.search(ask))
            rec_found = find_rec(ask) if asks_rec else None
            # (within the recommendation last named or answered, else among all: a theme may change with no heading)
            ids = [] if asks_rec else find_items(ask, context_rec) or (find_items(ask, None) if context_rec else [])
            if asks_rec:
                context_rec = rec_found  # (a recommendation's words that fit none: its sub-items sought among all)
                if rec_found is None:
                    continue
                if answered:
                    rec_rows[rec_found] = RowValues(reference.items_of(rec_found), table.name, source_row, values,
                                                    rec_level=True)
                continue
            if ids and answered:
                context_rec = rec_of(ids[0])
                row = RowValues(ids, table.name, source_row, values)
                row.evidence = ask
                keep(row, cells, fill_row)
                issues.append(Issue("warning", "item_by_wording", f"a row with no number reads as sub-item "
                                    f"{' & '.join(ids)} by the report's wording in it ('{one_line(ask)[:60]}')",
                                    location))
                continue
        own = _own_wording(cells, slots, out[-1] if out else None)
        if own and find_rec is not None and (found_rec := find_rec(own)) is not None and not cells[item_index]:
            # no number, but the report's own words of a recommendation in its column ('By 27 March 2025, reflect
            # the College's case allocation guidance ...'): that recommendation's row, its number left out
            values = {n: cells[n] for n in range(min(len(cells), len(slots)))}
            if any(values.get(n) for n, s in enumerate(slots) if s.field in ("status", "update_text")):
                keep(RowValues(reference.items_of(found_rec), table.name, source_row, values, rec_level=True), cells,
                     fill_row)
                issues.append(Issue("warning", "item_by_wording", f"a row with no number reads as recommendation "
                                    f"{found_rec} by the report's wording in it ('{own[:60]}')", location))
                continue
        if own and not cells[item_index]:
            issues.append(Issue("warning", "unparsed_row", f"row has no item number: {' | '.join(filled)[:120]}",
                                location))
            continue  # a row of its own (its own recommendation text), never more words of the row above
        # (the first row under a page's repeated header needs only its first cell empty, and words that run on: the
        # last row's words unfinished or these in lower case; else a lost row's words would join the wrong item)
        if len(cells) == len(slots) and (out and not cells[id_column] or carry and not out and not cells[0]
                                         and (_runs_on(carry, cells, slots) or _dated_like(carry, cells, slots))):
            previous = out[-1] if out else carry  # a row broken across a page: its text continues the item above
            if out and any(cells[n].strip() and cells[n].strip() != (previous.values.get(n) or "").strip()
                           for n, s in enumerate(slots) if s.field in ("recommendation", "rec_no")):
                # its own recommendation cell, unlike the row above ('Force action' under 'Rec 20 - ...'): a row of
                # its own with no item number, never the next round or more words of the item above
                issues.append(Issue("warning", "unparsed_row", f"row has no item number: {' | '.join(filled)[:120]}",
                                    location))
                continue
            if _dated_like(previous, cells, slots):
                # a row of its own date under an item's first row (a log kept one row per round, the number given
                # once): the item's next round, not more words of the one above
                row = RowValues(list(previous.item_ids), table.name, source_row, rec_level=previous.rec_level)
                row.values = {n: cells[n] for n in range(min(len(cells), len(slots))) if cells[n]}
                keep(row, cells, fill_row)
                continue
            for n, cell in enumerate(cells):
                if cell and slots[n].field in ("update_text", "evidence", "owner"):
                    previous.values[n] = (previous.values.get(n, "") + "\n" + cell).strip()
                elif cell and slots[n].field == "status" and _WRAPPED_STATUS.search(previous.values.get(n, "")):
                    # a status whose words wrapped onto the next line ('Wedi'i gwblhau / In' over 'progress'): one status
                    previous.values[n] = f"{previous.values[n].strip()} {cell.strip()}"
            continue
        issues.append(Issue("warning", "unparsed_row", f"row has no item number: {' | '.join(filled)[:120]}", location))
    answered_recs = {rec_of(i) for row in out for i in row.item_ids}
    for rec_no, row in rec_rows.items():
        if rec_no not in answered_recs:
            out.append(row)  # the recommendation answered as a whole, no sub-item of it quoted
    return out, issues


# the recommendation's own words, not a sub-item's ('The recommendation: By 27 March 2025, ...')
_ASKS_REC = re.compile(r"^\W*(the )?recommendation\b|\bby 27(th)? march 2025\b", re.IGNORECASE)


_REC_NAMED = re.compile(r"^\s*(?:recommendation|rec\.?)\s*(\d{1,2})\b(?!\.\d)", re.IGNORECASE)
_WHOLE_REC_CELL = re.compile(r"^\s*(?:recommendation|rec\.?)\s*\d{1,2}\s*$", re.IGNORECASE)


def _rec_named(cell: str) -> int | None:
    match = _REC_NAMED.match(cell or "")
    return int(match.group(1)) if match else None


_ROMAN_SUB = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}


_SUB_RANGE = re.compile(r"([1-9])\s*(?:-|–|to|&|and)\s*([1-9])")
_SYSTEM_COLUMN = re.compile(r"^\s*(id|item id|task id|list id|content type|item type|path|etag|guid|version|"
                            r"modified|modified by|created|created by|author|editor)\s*$", re.IGNORECASE)


def _sub_number(cell: str) -> int | None:
    """A sub-item's own number in a column of its own: '1', 'a' / '(b)' / 'c)', 'ii'."""
    text = (cell or "").strip().strip("().").lower()
    if re.fullmatch(r"[1-9]", text):
        return int(text)
    if re.fullmatch(r"[a-e]", text):
        return "abcde".index(text) + 1
    return _ROMAN_SUB.get(text)


def _notation_alone(cell: str, reference: Reference) -> str | None:
    """A sub-item written in another notation ('7(ii)', '10(c)', '12.iii') standing alone in the item column."""
    found = notation_match(cell, set(reference.item_ids), whole=True)
    return found[0] if found else None


def _own_wording(cells: list[str], slots: list[Slot], previous: RowValues | None) -> str:
    """The recommendation column's text when it is a whole sentence of its own beside the row above's whole
    sentence there (a row that lost its number), '' otherwise (a row broken across a page runs on)."""
    column = next((n for n, s in enumerate(slots) if s.field == "recommendation"), None)
    if column is None or column >= len(cells) or previous is None:
        return ""
    text, before = cells[column].strip(), (previous.values.get(column, "") or "").strip()
    whole = re.match(r"^[A-Z]", text) and re.search(r"[.!?]$", text) and len(text.split()) >= 6
    return text if whole and before and re.search(r"[.!?]$", before) else ""


def _dated_like(previous: RowValues, cells: list[str], slots: list[Slot]) -> bool:
    """A row of its own date below a dated row, with no number (under the item's first row, or under the header
    repeated on a new page): the next entry of a log that gives each item's number once, not a lost row."""
    dated = next((n for n, s in enumerate(slots) if s.field == "update_date"), None)
    return dated is not None and dated < len(cells) and bool(parse_date(cells[dated])) and \
        bool(parse_date(previous.values.get(dated, "") or ""))


def _runs_on(previous: RowValues, cells: list[str], slots: list[Slot]) -> bool:
    """Some column's words go on from the row above: its words there unfinished, or these opening in lower case."""
    for n, cell in enumerate(cells):
        if cell and slots[n].field in ("update_text", "evidence", "recommendation"):
            before = previous.values.get(n, "").strip()
            if before.strip(" -–—") and (not re.search(r"[.!?:;)]$", before) or cell.strip()[:1].islower()):
                return True
    return False


_SEVERAL_RECS = re.compile(r"^\s*(?:rec(?:ommendation)?s?\.?\s*)?(\d{1,2})((?:\s*(?:&|and|,|/|\+)\s*\d{1,2})+)\s*$",
                           re.IGNORECASE)


def _several_recs(text: str, reference: Reference) -> list[int]:
    """'27 & 28', 'Recs 27 and 28': whole recommendations answered together; [] unless every one is a reference one."""
    match = _SEVERAL_RECS.match(text or "")
    if not match:
        return []
    numbers = [int(match.group(1))] + [int(n) for n in re.findall(r"\d{1,2}", match.group(2))]
    return numbers if all(reference.items_of(n) for n in numbers) else []


_RANGE = re.compile(r"\d\s*(?:-|–|—|to)\s*(?:rec(?:ommendation)?\s*)?\d{1,2}\.\d", re.IGNORECASE)  # '25.1 - 25.3'
# sub-items joined as one ('13.1 & 13.2', '13.1 and 13.2 (answered together)'): one answer for them all; a plain
# '7.1 and 7.2' is the same answer given to each of them
_JOINED = re.compile(r"\d\.\d{1,2}\s*(?:&|\+)\s*\d{1,2}\.\d|\b(answered|taken|reported) together\b", re.IGNORECASE)
# every sub-item a line of its own in the number cell ('25.1\n25.2\n25.3'): one answer for the recommendation
# (numbers alone: a line of words after each number is the sub-items' requirements, which the rounds may answer one by one)
_LISTED = re.compile(r"^\s*\d{1,2}\.\d{1,2}[.:]?\s*(\n\s*\d{1,2}\.\d{1,2}[.:]?\s*)+$")
# an item column saying the row answers every sub-item ('All', 'All sub-recommendations', 'Whole recommendation')
_ALL_ITEMS = re.compile(r"^\s*(all|all (sub-?recommendations|sub-?items|parts|actions)|whole( recommendation)?|"
                        r"the whole recommendation)\s*$", re.IGNORECASE)
# a recommendation's number before its theme ('25 - Digital evidence', '12: Risk')
_REC_AND_TITLE = re.compile(r"^\s*(\d{1,2})\s*[-–—:.]\s+[A-Za-z]")
_NUMBERED_TITLE = re.compile(r"^\s*(\d{1,2})[.):]\s+[A-Z]")


# a cell that opens by naming its recommendation ('Recommendation 13 - Make sure victims ...')
_NAMES_REC = re.compile(r"^\s*(?:recommendation|rec\.?)\s*(\d{1,2})\b(?!\.\d)", re.IGNORECASE)
NEXT_STEPS = "next_steps"  # a column of the force's next steps beside its update
_ACTION_LINE = re.compile(r"^\s*(next )?actions?\s*[:\-–]\s*\S", re.IGNORECASE)
_ACTION_STATUS = re.compile(r"^\s*(action|status|rag|progress)\s*[:\-–]\s*\S", re.IGNORECASE)


def content_header(table: RawTable, reference: Reference) -> tuple[int, list[Slot]] | None:
    """A header that does not line up with its data, or no header at all: columns anchored on their content.

    A column of item ids is the item column wherever the header put its labels. The header's labels, in
    their order, go to the other columns in theirs (the City of London shape: 'Recommendation: | Force
    Update: | Action' over paraphrase | 7.1 | update | action). With no header, the longest prose right of
    the ids is the update and a column of status words is the status.
    """
    rows = [[clean_text(c) for c in row] for row in table.rows]
    width = max(map(len, rows), default=0)
    if width < 2:
        return None
    counts = [0] * width
    filled = 0
    for row in rows:
        if not any(row):
            continue
        filled += 1
        for n, cell in enumerate(row):
            ids, rest = parse_item_cell(cell)
            if ids and len(rest) < 3 and all(i in reference.item_ids for i in ids):
                counts[n] += 1
    item_col = max(range(width), key=lambda n: counts[n])
    # (a table of one row, its header above it, is one of several alike on a page: one per theme)
    lone_row = counts[item_col] == 1 and filled == 2
    if counts[item_col] < 2 and not lone_row or counts[item_col] < 0.4 * filled:
        return None
    first_item_row = next(n for n, row in enumerate(rows)
                          if item_col < len(row) and parse_item_cell(row[item_col])[0])
    header_index, labels = -1, []
    for n in range(first_item_row - 1, max(-1, first_item_row - 4), -1):
        if len({c for c in rows[n] if c}) <= 1:
            continue  # a title spanning the table ('Recommendations made to all chief constables'), not the header
        mapped = [map_heading(c, reference) for c in rows[n]]
        if sum(s.field in PLAN_FIELDS for s in mapped) >= 2:
            header_index, labels = n, [s for s in mapped if s.heading]
            break
    if lone_row and not labels:
        return None  # one number under no plan header is too little to anchor columns on
    others = [n for n in range(width) if n != item_col]
    slots = [Slot(None, "") for _ in range(width)]
    slots[item_col] = Slot("item_id", "(item number)")
    body = [r for r in rows[first_item_row:] if any(r)]

    def share_status(n, longest=60):
        return _status_share(body, n, reference, longest)

    header_row = rows[header_index] if header_index >= 0 else []
    if labels and len(header_row) == width and all(c for c in header_row) and \
            not any(s.field in ("item_id", "rec_no") for s in labels):
        # every column headed, the numbers under a heading of their own ('Action | Update | Status' over 7.1 | words |
        # Achieved): each heading over its own column, the numbers' heading naming the item column
        for column, cell in enumerate(header_row):
            if column != item_col:
                slots[column] = map_heading(cell, reference)
    elif labels:
        if any(s.field in ("item_id", "rec_no") for s in labels) and labels[0].field != "recommendation":
            return None  # the header has its own number column: not this shape
        for column, slot in zip(others, labels):
            slots[column] = slot
        # the column the header left blank, or gave a label it does not hold: 'ACTION: COMPLETE', 'ACTION: Ongoing'
        for column in others:
            if slots[column].field not in ("status", "recommendation") and \
                    sum(1 for r in body if column < len(r) and _ACTION_STATUS.match(r[column])) >= 0.5 * len(body) \
                    and share_status(column, 90) >= 0.5:
                slots[column] = Slot("status", slots[column].heading or "(status words)")
        # beside the update, a column of 'ACTION: review after six months' lines: the next steps, no round of their
        # own (they are the round's words only where the update says nothing)
        updates = [n for n in others if slots[n].field == "update_text"]
        for column in updates[1:]:
            cells = [r[column] for r in body if column < len(r) and r[column]]
            if cells and sum(1 for c in cells if _ACTION_LINE.match(c)) >= 0.6 * len(cells) and share_status(column, 90) < 0.5:
                slots[column] = Slot(NEXT_STEPS, slots[column].heading)
    else:
        def mean_length(n):
            return sum(len(r[n]) for r in body if n < len(r)) / max(1, len(body))
        status_cols = [n for n in others if share_status(n) >= 0.6]
        if status_cols:
            slots[status_cols[0]] = Slot("status", "(status words)")
        prose = [n for n in others if n > item_col and n not in status_cols]
        if not prose:
            return None
        update_col = max(prose, key=mean_length)
        slots[update_col] = Slot("update_text", "(longest text)")
        left = [n for n in others if n < item_col]
        if left:
            slots[left[-1]] = Slot("recommendation", "(text before the number)")
    if header_score(slots) < 2 or "update_text" not in {s.field for s in slots}:
        return None
    return header_index, slots


def _status_share(body: list[list[str]], n: int, reference: Reference, longest: int = 60) -> float:
    """The share of a column's filled cells that are status words."""
    cells = [r[n] for r in body if n < len(r) and r[n]]
    return sum(is_status_word(c, reference, longest) for c in cells) / max(1, len(cells))


def header_falls_short(table: RawTable, header_index: int, slots: list[Slot], reference: Reference) -> bool:
    """A header whose labels stop a column short of its data: the rows fill a column beyond the last label, that column
    holds status words, and the column headed 'Status' holds none ('Recommendation: | Force Update: | Action | Status'
    over 7.1 | paraphrase | update | 'ACTION: ...' | 'Complete'). Read by content, the labels in order after the
    number, not by place."""
    labelled = [n for n, s in enumerate(slots) if s.heading]
    status_at = [n for n, s in enumerate(slots) if s.field == "status"]
    if not labelled or not status_at:
        return False
    body = [[clean_text(c) for c in row] for row in table.rows[header_index + 1:]]
    body = [row for row in body if any(parse_item_cell(c)[0] for c in row[:2])]
    if len(body) < 3:
        return False

    def share_status(n):
        return _status_share(body, n, reference)

    beyond = [n for n in range(max(labelled) + 1, max(map(len, body)))
              if sum(1 for r in body if n < len(r) and r[n]) >= 0.6 * len(body)]
    return bool(beyond) and share_status(status_at[0]) < 0.3 and any(share_status(n) >= 0.6 for n in beyond)


def shifted_left(table: RawTable, header_index: int, slots: list[Slot], reference: Reference) -> list[Slot] | None:
    """A header one column past its data: a column deleted from the rows only, so every cell after the number sits
    under the label to its right and the last label is over nothing ('Rec. No. | Recommendation | ... | Date | Status |
    Supporting documents' over 10.1 | evidence | owner | update | Nov-24 | Complete | None | ''). Each label moved one
    column left, where the status label lands on the status words; None unless the rows show it so plainly."""
    status_at = [n for n, s in enumerate(slots) if s.field == "status"]
    if not status_at or status_at[0] < 2 or slots[0].field not in ("item_id", "rec_no") or len(slots) < 5:
        return None
    body = [[clean_text(c) for c in row] for row in table.rows[header_index + 1:]]
    body = [row for row in body if row and parse_item_cell(row[0])[0] and len(set(c for c in row if c)) > 1]
    if len(body) < 3:
        return None
    last = len(slots) - 1
    if sum(1 for r in body if last < len(r) and r[last]) > 0.1 * len(body):
        return None  # the last labelled column holds words: the header is over its own data
    status = status_at[0]
    if _status_share(body, status, reference) >= 0.3 or _status_share(body, status - 1, reference) < 0.6:
        return None
    return [slots[0], *slots[2:], Slot(None, "")]


SIDEWAYS = " (sideways: row = column)"


_SUB_ITEM_CORNER = re.compile(r"^\s*sub[- ]?(rec|recommendation|item)s?\.?\s*(no\.?|number|ref)?\s*$", re.IGNORECASE)


def _numbers_row(row: list[str], lone: str = "") -> bool:
    """A row naming sub-items across its columns ('Sub-recommendation | 11.1 | 11.2'), nothing else in most cells.
    With `lone`, the first-cell label of the sheet's other such rows: a block of one sub-item under the same label
    ('Sub-recommendation | 25.2') is one too."""
    only = [parse_item_cell(c) for c in row[1:] if c]
    if lone and row and row[0].casefold() == lone.casefold() and only and all(ids and not rest.strip()
                                                                              for ids, rest in only):
        return True
    if len(row) == 2:
        # one value column headed by a range ('25.1 - 25.3'): one answer for those items; or a recommendation with one
        # sub-item, its table turned the same way as its neighbours' (an empty corner cell, then '22.1')
        return bool(only) and not only[0][1].strip() and (len(only[0][0]) >= 2 or (not row[0].strip() and
                                                                                      len(only[0][0]) == 1))
    # cells left empty at the end of a wide sheet's row are not counted
    return len(row) >= 3 and sum(1 for ids, rest in only if ids and not rest.strip()) >= max(2, 0.6 * len(only))


def sideways_blocks(table: RawTable, reference: Reference) -> list[RawTable]:
    """A sheet that stacks several sideways tables (a 'Recommendation 12' title row, then 'Sub-recommendation | 12.1 |
    12.2', then a row per heading), as one table per block, each turned the right way up (see transpose_sideways) and
    keeping its source row numbers. A table with fewer than two such blocks, or whose only block opens within its
    first rows, is returned as it is."""
    rows = [[clean_text(c) for c in row] for row in table.rows]
    starts = [n for n, row in enumerate(rows) if _numbers_row(row)]
    label = rows[starts[0]][0] if starts else ""
    if label and map_heading(label, reference).field in ("item_id", "rec_no"):
        starts = [n for n, row in enumerate(rows) if _numbers_row(row, lone=label)]
    if len(starts) < 2 and (not starts or starts[0] < 5):
        return [table]
    # a block opens at its title row when the row just above its numbers row has words in its first cell only
    opens = []
    for n in starts:
        above = rows[n - 1] if n else []
        # (a title merged across the block's columns comes back as the same words in each of them)
        titled = bool(above) and above[0] and len({c for c in above[1:] if c}) <= 1 and not _numbers_row(above)
        opens.append(n - 1 if titled else n)
    bounds = list(zip(opens, opens[1:] + [len(rows)]))
    blocks = [RawTable(f"{table.name} (block {k + 1})", table.rows[a:b], table.row_numbers[a:b],
                       table.fills[a:b] if table.fills is not None else None,
                       {(r, t) for r, t in table.spanned if r in set(table.row_numbers[a:b])})
              for k, (a, b) in enumerate(bounds)]
    return [transpose_sideways(block, reference, lone=label) or block for block in blocks]


def _numbers_row_cell(cell: str) -> bool:
    ids, rest = parse_item_cell(cell)
    return bool(ids) and not rest.strip()


def transpose_sideways(table: RawTable, reference: Reference, lone: str = "") -> RawTable | None:
    """A table turned sideways, one column per sub-item ('Sub-recommendation | 11.1 | 11.2', then rows 'What is
    asked', 'Lead', one per round, 'RAG'), as an ordinary table: each column its own item, never its siblings'
    words joined. The first row must be item numbers and nothing else in most of its cells, and the first column
    must hold plan headings. Each item's row number is its column's, counted from 1."""
    rows = [[clean_text(c) for c in row] for row in table.rows]
    start = next((n for n, row in enumerate(rows[:5]) if _numbers_row(row, lone)), None)
    if start is None and rows and len(rows[0]) == 2 and _SUB_ITEM_CORNER.match(rows[0][0]) and \
            len(parse_item_cell(rows[0][1])[0]) == 1 and not parse_item_cell(rows[0][1])[1].strip():
        # one sub-item's table under the sideways tables' own corner label ('Sub-recommendation | 16.1'), its rounds
        # each with a 'Status' row under them: a label said twice is no form (whose records end where a label comes
        # round again), it is the rounds of one column
        labels = [row[0].casefold() for row in rows[1:] if row and row[0]]
        start = 0 if len(labels) != len(set(labels)) else None
    if start is None:
        # 'Recommendation 12 – ...' merged over its columns, then 'Part 3' under each: the sub-item is both read
        # together; or a row of whole recommendations ('Rec 16 | Rec 17')
        for n, row in enumerate(rows[:6]):
            recs = [_rec_named(c) for c in row[1:]]
            below = rows[n + 1] if n + 1 < len(rows) else []
            subs = [_sub_number(re.sub(r"^\s*(part|sub|item)\s*", "", c, flags=re.IGNORECASE)) for c in below[1:]] \
                + [None] * len(recs)
            parted = any(r is not None and u is not None for r, u in zip(recs, subs))
            ids = [f"{r}.{u}" if r is not None and u is not None else f"Rec {r}" if r is not None and
                   _WHOLE_REC_CELL.match(c) else "" for r, u, c in zip(recs, subs, row[1:])]
            if sum(bool(i) for i in ids) >= max(2, 0.6 * len([c for c in row[1:] if c])):
                # a row of recommendations, and the 'Part n' row under it when there is one
                rows = rows[:n] + [[(below[0] if parted else row[0]) or "Sub-recommendation"] + ids] + \
                    rows[n + (2 if parted else 1):]
                start = n
                break
        if start is None:
            return None
    body: list[list[str]] = []
    for row in rows[start + 1:]:
        if row == rows[start]:
            continue  # the numbers' row again at the top of the next page
        if body and row and not row[0] and any(row[1:]) and not any(map(_numbers_row_cell, row[1:])):
            # a row broken by the page: its label cell blank, its words the rest of the row above them
            body[-1] = [body[-1][0]] + [f"{a}\n{b}".strip() if b else a for a, b in
                                        zip(body[-1][1:] + [""] * (len(row) - len(body[-1])), row[1:])]
            continue
        body.append(row)
    rows = rows[:start + 1] + body
    labels = [row[0] if row else "" for row in rows[start + 1:]]
    slots = [map_heading(label, reference) for label in labels]
    if header_score(slots) < 2:
        return None
    width = len(rows[start])
    head = [rows[start][0] or "Sub-recommendation"] + labels
    records = [[rows[start][j]] + [row[j] if j < len(row) else "" for row in rows[start + 1:]]
               for j in range(1, width) if rows[start][j]]
    numbers = [table.row_numbers[start]] + [j + 1 for j in range(1, width) if rows[start][j]]
    return RawTable(f"{table.name}{SIDEWAYS}", [head] + records, numbers)


def transpose_form(table: RawTable, reference: Reference) -> RawTable | None:
    """A plan written as a form (a 'Rec No | 7.1', 'Status | Complete' table per item, or several items
    stacked) as an ordinary table: one header of the form's labels, one row per item.

    A table is a form when its first column holds plan headings on most rows, three kinds or more. A
    record ends where a label it already has comes round again. Each record keeps the source row of
    its first line.
    """
    lines = []
    for cells, source_row in zip(table.rows, table.row_numbers):
        cells = [clean_text(c) for c in cells]
        if len(cells) < 2 or not cells[0] or len(set(cells)) == 1:
            continue  # a blank line, or a title spanning the width
        value = " ".join(dict.fromkeys(c for c in cells[1:] if c))  # a merged value repeats across columns
        lines.append((map_heading(cells[0], reference), value, source_row))
    labelled = [(slot, value, row) for slot, value, row in lines if slot.field in PLAN_FIELDS]
    if header_score([slot for slot, _, _ in labelled]) < 3 or len(labelled) < 0.5 * len(lines):
        return None
    records: list[dict[str, tuple[str, int]]] = []
    for slot, value, source_row in labelled:
        if not records or slot.heading in records[-1]:
            records.append({})
        records[-1][slot.heading] = (value, source_row)
    headings = list(dict.fromkeys(h for record in records for h in record))
    rows = [headings] + [[record.get(h, ("", 0))[0] for h in headings] for record in records]
    numbers = [labelled[0][2]] + [min(r for _, r in record.values()) for record in records]
    return RawTable(f"{table.name} (form)", rows, numbers)
