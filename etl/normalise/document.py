"""An extracted Document -> the force it belongs to and its PlanUpdate records (one per item and round)."""
from __future__ import annotations

import dataclasses

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from ..model import Block, Document, Issue, PlanUpdate, RawTable
from ..vocabulary import DONE
from ..reference import Reference
from .dates import MONTHS, document_date, month_of, parse_date
from .forces import ForceMatcher
from .headers import Slot, find_header, map_heading, settled_header
from .items import labelled_parts, parse_item_cell, rec_of
from .key import find_key, without_unkeyed_fills
from .position import read_position
from .status import StatusKey, classify_status, is_status_word
from .text import clean_text
from .logs import dated_rows, entry_date, is_stamped, labelled_status, split_status
from .narrative import CURRENT_KEY, QUOTE_SCORE, NarrativeReader, _plain as plain_words
from .rounds import split_rounds, without_aside, without_superseded
from .text import PLACEHOLDER, is_welsh, language_of, one_line, only_points_elsewhere, says_something
from .table import SIDEWAYS, _numbers_row, RowValues, _rec_named, content_header, header_falls_short, position_as_status, shifted_left, read_rows, sideways_blocks, transpose_form, transpose_sideways

UNDATED_LABEL = "Undated update"
# a link on a landing or news page that leads to the plan itself
_PLAN_LINK = re.compile(r"\b(action plan|delivery plan|our plan|the plan|stalking|super-?complaint|response|read (it )?in full|"
                        r"full (plan|response)|download)\b", re.IGNORECASE)
_DOCUMENT_LINK = re.compile(r"\.(pdf|docx?|xlsx?|odt)(\?|#|$)", re.IGNORECASE)


# 'Nov 24:' opening a cell and again after a sentence's end: the month and two-digit year of a log entry
# ('Nov 24: ...', 'March 2026 | Status: Achieved ...': a bar after the month and year of a PDF's run-together log)
_INLINE_ENTRY = re.compile(rf"(?:^|(?<=[.;!?])\s+)(?P<month>{MONTHS})\.?[\s\-'’]?(?:20)?(?P<year>2\d)\s*(?::|[|—–-](?=\s*status\b))\s*",
                           re.IGNORECASE)


# ('22/09/2025 | Status: ...' or '25 Mar 2025 | Status: ...': a day in figures or with the month's name)
_INLINE_DAY_ENTRY = re.compile(rf"(?:^|(?<=[.;!?])\s+)(?P<day>\d{{1,2}})(?:/(?P<mm>0?[1-9]|1[0-2])/|\s+(?P<named>{MONTHS})\.?\s+)"
                               r"20(?P<year>2\d)\s*[|—–-](?=\s*status\b)\s*", re.IGNORECASE)


# a round's month and year opening its words in a cell joined into one line ('November 2024 Control room staff ...
# Status: Ongoing March 2025 The tool went live ... Status: Achieved'): a month and full year at the start, or after the
# last entry's 'Status: ...', before a capitalised word
_MONTH_OPENER = re.compile(rf"(?:^|(?<=\s))(?P<when>(?=(?-i:[A-Z]))(?:{MONTHS})\s+20\d\d)\s+(?=(?-i:[A-Z]))", re.IGNORECASE)


# the ask restated above a log's entries under its own label ('Requirement: ...', 'What is asked: ...')
_ASK_LEAD = re.compile(r"^\s*(the )?(requirements?|what (is|was) asked|what the report asks|the ask|ask|evidence requirements?"
                       r"( of progress)?|evidence required)\s*[:–-]\s*[^\n]*[.;!?]?\s*$", re.IGNORECASE)


_ENDS_ON_STATUS = re.compile(r"\bstatus\s*:[^.:]{1,40}$", re.IGNORECASE)  # an entry closed by its own 'Status: ...'


_MARKED_LABEL = re.compile(rf"(?P<marker>\bupdate\s+(?:{MONTHS})\.?\s+20\d\d)\s*[–—-]\s*(?P<label>\d{{1,2}}\.\d{{1,2}}\s*:)",
                           re.IGNORECASE)


def _month_openers_apart(text: str) -> str:
    """'November 2024 <words> Status: Ongoing March 2025 <words> Status: Achieved' -> one 'Month YYYY: words' line an
    entry; the text as it was unless it opens on such a month and each later one follows a 'Status:' of the entry
    before."""
    hits = list(_MONTH_OPENER.finditer(text))
    if not hits or hits[0].start() != 0 or "\n" in text.strip():
        return text
    if len(hits) == 1 and not _ENDS_ON_STATUS.search(text.strip()):
        return text  # one month at the start and no status of its own at the end: the words' own date, no entry
    later = [h for h in hits[1:] if re.search(r"\bstatus\s*:[^.:]{0,40}$", text[max(0, h.start() - 45):h.start()],
                                                re.IGNORECASE)]
    if len(later) != len(hits) - 1:
        return text
    for hit in reversed(hits):
        text = f"{text[:hit.start()].rstrip()}\n{hit.group('when')}: {text[hit.end():]}".lstrip("\n")
    return text


_WHOLE_REC_HEADING = re.compile(r"^\s*(?:recommendation|rec\.?)\s*(\d{1,2})\s*(?:$|[:\-–—]\s)", re.IGNORECASE)
# '14.2 – words' opening a line of a cell ('11.1 The refreshed profile ...': a capital after the number will do)
_NUMBERED_PART = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.?(?:\s*[–—:\-)]\s*|\s+(?-i:(?=[A-Z])))\S")
_BARE_NA = re.compile(r"^\s*n\.?/?a\.?\s*$", re.IGNORECASE)


# words that say they answer the whole recommendation ('both parts of this recommendation are now met')
_WHOLE_REC = re.compile(r"\b(this|the whole|the) recommendation\b|\b(both|all|each|every) (parts?|sub-?items?|elements?|"
                        r"sub-?recommendations?|strands?)\b", re.IGNORECASE)


# a line that is nothing but a quotation: the report's words for a sub-item, set apart above the force's answer
_QUOTE_LINE = re.compile(r"^[“\"‘'](.{20,}?)[”\"’']\.?$")


# a paragraph's own short lead ('Hearing from victims. ...', 'Audits: ...') at the start of a line of a round's words
_PARAGRAPH_LEAD = re.compile(r"^([A-Z][\w ,'’&/-]{2,50}?)(?:\.|:|\s[–—-])\s", re.MULTILINE)
_ITEM_NUMBER = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}(?![\d.])")
# a part of a document named for its round, across a table's rows: 'SECTION B: SIX-MONTH UPDATE - MARCH 2025'
_SECTION_BANNER = re.compile(r"^(section|part|round|phase)\s+[a-z0-9]{1,3}\b\s*[:.–—-]?\s*[^.;]*\b(update|plan|response|position|"
                             r"progress|review)\b", re.IGNORECASE)


def _id_order(item_id: str) -> tuple[int, int]:
    rec, sub = item_id.split(".")
    return int(rec), int(sub)


@dataclass
class Answer:
    """What a plan says for some items in one round, as either reader found it, before rounds are split."""

    item_ids: list[str]
    granularity: str  # item | recommendation
    anchor: str
    round_label: str
    round_date: dt.date | None
    round_order: int
    text: str
    status_raw: str
    owner: str
    date_raw: str
    source_table: str
    source_row: int
    where: str = ""
    continued: bool = False  # its words are a cell merged down from the row above, not written for this row
    # why a done in these words must not be spread over every sub-item (they were answered one by one elsewhere)
    spread_doubt: str = ""
    comment: str = ""  # a 'Comments' column beside the rounds: a note on the row's newest words, never a round
    part: str = ""  # the part letter of a sub-item the plan splits further ('10.2a', '10.2b'): 'a', 'b'
    derived_date: bool = False  # its round's date is the document's, not one its own heading or column names


@dataclass
class RoundPart:
    """One round of one answer: the answer's own, or one opened by an 'UPDATE ...:' marker in its text."""

    label: str
    date: dt.date | None
    order: int
    text: str
    status_raw: str


def _original_last(parts: list, document_does: bool = False) -> list:
    """'UPDATE (09/03/2026) - ...', 'UPDATE (13/03/2025) - ...', then unmarked words on a line of their own: a log kept
    newest first, whose first words were left at the bottom. Those words are the oldest round, not the tail of the
    oldest update. Only when two or more dated markers run newest first and the text opens with one; or, in a
    document that keeps its logs so elsewhere (`document_does`), one dated marker opening the text."""
    from .rounds import Segment

    dates = [p.date for p in parts]
    if not parts or not all(p.marker and p.date for p in parts) or \
            any(later <= earlier for later, earlier in zip(dates, dates[1:])) or len(parts) < (1 if document_does else 2):
        return parts
    *words, last_line = parts[-1].text.rsplit("\n", 1) if "\n" in parts[-1].text else ("", "")
    if not words or not words[0].strip() or not last_line.strip():
        return parts
    last = parts[-1]
    return [Segment(last_line.strip(), None, ""), *parts[:-1], Segment(words[0].strip(), last.date, last.marker)]


# a summary of where each action stands, dated ('Summary of status at 30 September 2025', 'Position as at March 2026')
_STANDING_AT = re.compile(r"\b(status|position|stands?|standing|rag)\b[^.]{0,30}(\b(at|as at|as of|on|in)\b|\()", re.IGNORECASE)
# a table kept as it was first published: 'Appendix A – action plan as published on 22 November 2024'
_KEPT_AS_PUBLISHED = re.compile(r"\b(?:as\s+)?(?:first\s+|originally\s+)?(?:published|issued|agreed|approved)\s+(?:on|in)\s+"
                                r"(?P<when>(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Za-z]{3,9}\s+20\d\d)", re.IGNORECASE)
_FORCE_LABEL = re.compile(r"^force( name)?\s*[:\-–]?$", re.IGNORECASE)


def _table_labels(doc: Document) -> str:
    """A 'Force:' label kept in a table, as the national template's top block keeps it ('Force: | West Mercia
    Police'), as a line of text, so it is read as the label it is."""
    lines = [f"Force: {row[1].strip()}\n" for table in doc.tables for row in table.rows[:6]
             if len(row) >= 2 and _FORCE_LABEL.match(row[0].strip()) and row[1].strip()]
    return "".join(lines[:1])


def blocks_from_tables(doc: Document) -> list[Block]:
    """Formats with no reading order of their own (CSV, Excel): every table row as a block."""
    return [Block("row", " | ".join(dict.fromkeys(c.strip() for c in row if c.strip())), number,
                  cells=[c.strip() for c in row], where=f"{table.name}, row {number}")
            for table in doc.tables for row, number in zip(table.rows, table.row_numbers) if any(c.strip() for c in row)]


@dataclass
class Round:
    label: str
    date: dt.date | None
    order: int  # position within the document, left to right
    update_slot: int | None = None
    status_slot: int | None = None
    date_slot: int | None = None
    also_status: tuple[int, ...] = ()  # a second status column of the same round ('Status' and '% complete')
    beside: bool = False  # its status column is the one standing just after its words, one of several so placed


def _rounds(slots: list[Slot], doc_date: dt.date | None) -> list[Round]:
    """The update rounds a header carries: one per update column, statuses paired by date, else from the right."""
    updates = [i for i, s in enumerate(slots) if s.field == "update_text"]
    statuses = [i for i, s in enumerate(slots) if s.field == "status"]
    dates = [i for i, s in enumerate(slots) if s.field == "update_date"]
    rounds: list[Round] = []
    # the document's date dates an unnamed update column only when no column names its own date: beside
    # 'March 2026 update', a plain 'Response' column is the earlier, undated round
    dated_columns = any(slots[i].round_date for i in updates)
    # a group of columns a round ('Round 1: Date of update | Update | Status'): each round dated by its own cell
    grouped = len(updates) >= 2 and len(dates) == len(updates) and not dated_columns
    # a table of statuses alone under a dated heading ('Status at March 2026'): that round's
    only_status = slots[statuses[0]] if not updates and len(statuses) == 1 and slots[statuses[0]].round_date else None
    for order, index in enumerate(updates or [None]):
        slot = slots[index] if index is not None else only_status
        if slot is not None and slot.round_named:
            date = slot.round_date
            label = date.strftime("%B %Y") if date else slot.heading
        else:
            date = None if dated_columns or grouped else doc_date
            label = date.strftime("%B %Y") if date else UNDATED_LABEL
        rounds.append(Round(label, date, order, update_slot=index))
    unpaired = []
    for index in statuses:
        date = slots[index].round_date
        match = next((r for r in rounds if date and r.date == date and r.status_slot is None), None)
        if match:
            match.status_slot = index
        else:
            unpaired.append(index)
    # the latest round by its date, not by where its column stands (rounds may run newest first, left to right);
    # where a column is undated ('Progress updates' after 'November 2024'), by where it stands
    free = [r for r in rounds if r.status_slot is None]
    if all(r.date for r in free):
        free.sort(key=lambda r: (r.date, r.order))
    undated = [i for i in unpaired if slots[i].round_date is None]
    side_by_side = len(undated) >= 2 and undated == list(range(undated[0], undated[0] + len(undated))) and (
        not updates or undated[0] > max(updates))
    if side_by_side and free:
        # 'Status' and '% complete' beside each other: both the latest round's, read together so they can disagree
        free[-1].status_slot, free[-1].also_status = undated[0], tuple(undated[1:])
        unpaired = [i for i in unpaired if i not in undated]
        free = free[:-1]
    by_column = {r.update_slot: r for r in free if r.update_slot is not None}
    if len(unpaired) >= 2 and len(unpaired) < len(free) and all(i - 1 in by_column for i in unpaired):
        # 'Update (Mar-25) | RAG | Update (Sep-25) | Update (Mar-26) | RAG': each of several status columns stands just
        # after its own round's words, so it is that round's, and the rounds with none have no status
        for index in unpaired:
            by_column[index - 1].status_slot, by_column[index - 1].beside = index, True
        unpaired, free = [], []
    for round_, index in zip(reversed(free), reversed(unpaired)):  # the plain 'Status' is the latest round's
        round_.status_slot = index
    if grouped:
        bounds = updates + [len(slots)]
        for n, round_ in enumerate(rounds):
            start = bounds[n - 1] + 1 if n else 0
            group = [i for i in dates if start <= i < bounds[n + 1]]
            round_.date_slot = group[0] if group else None
        return rounds
    if dates:
        rounds[-1].date_slot = dates[-1]
    return rounds


def _names_others(answer: Answer) -> bool:
    """Words naming a recommendation other than the answer's own ('Our response to recommendations 27 and 28 was
    sent ...')."""
    named = {int(n) for n in re.findall(r"\brecommendations?\s+(\d{1,2})\b", answer.text, re.IGNORECASE)}
    named |= {int(n) for hit in re.finditer(r"\brecommendations\s+(\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})+)", answer.text,
                                             re.IGNORECASE) for n in re.findall(r"\d{1,2}", hit.group(1))}
    return bool(named - {rec_of(i) for i in answer.item_ids})


def _rejoin_sideways(tables: list[RawTable], reference: Reference) -> list[RawTable]:
    """A sideways table broken over a page ('Rec 11 | 11.1 | 11.2 ...' on both pages, its later rows under the
    repeated row of item numbers) as one table, so each column keeps all its rounds and its status row."""
    joined: list[RawTable] = []
    for table in tables:
        last = joined[-1] if joined else None
        if last is not None and table.rows and last.rows and \
                [clean_text(c) for c in table.rows[0]] == [clean_text(c) for c in last.rows[0]] and \
                table.name.split(" table ")[0] != last.name.split(" table ")[0] and \
                _numbers_row([clean_text(c) for c in last.rows[0]], ""):
            fills = None if last.fills is None and table.fills is None else \
                (last.fills or [[""] * len(r) for r in last.rows]) + (table.fills or [[""] * len(r) for r in table.rows])[1:]
            whole = dataclasses.replace(last, rows=last.rows + table.rows[1:], fills=fills,
                                        row_numbers=list(last.row_numbers) + list(table.row_numbers[1:]))
            if transpose_sideways(whole, reference) is not None:
                joined[-1] = whole
                continue
        joined.append(table)
    return joined


# a status cell's line that names the round it is for ('Nov-24 – Action ongoing', 'March 2025: Complete')
_DATED_STATUS_LINE = re.compile(r"^\s*(?P<when>[A-Za-z]{3,9}\.?[-\s]*(?:20)?\d\d)\s*(?:[–—:-]\s*(?P<status>\S.*?))?\s*[–—:-]?\s*$")


def _dated_statuses(status_raw: str) -> dict[dt.date, str]:
    """A status cell whose every line opens with its round's month ('Nov 24 – In progress'; 'Mar 25 –' with nothing
    after it gives that round none): month -> that line's status ({} when the cell is not written so, or two lines name
    one month)."""
    lines = [line for line in (status_raw or "").splitlines() if line.strip()]
    if not lines:
        return {}
    out: dict[dt.date, str] = {}
    for line in lines:
        hit = _DATED_STATUS_LINE.match(line)
        when = month_of(hit.group("when")) if hit else None
        if when is None or when.replace(day=1) in out:
            return {}
        out[when.replace(day=1)] = hit.group("status") or ""
    return out


class DocumentNormaliser:
    def __init__(self, reference: Reference):
        self.reference = reference
        self.forces = ForceMatcher(reference)
        self.narrative = NarrativeReader(reference)
        self.key = StatusKey()  # the page's own key, read afresh for each document
        self.footnotes: dict[str, str] = {}  # the page's notes by their mark, read afresh for each document
        self.section_dates: dict = {}  # rounds named by rows across a table, read afresh for each document

    def identify_force(self, doc: Document, issues: list[Issue]) -> tuple[str | None, str]:
        named = self.forces.forces_in_filename(doc.path.name)
        by_name = named[0] if len(named) == 1 else None
        by_text = self.forces.from_document(_table_labels(doc) + doc.text)
        label = by_text if by_text and by_text.method == "document label" else None
        # a joint or vague name ('Norfolk and Suffolk Constabularies', 'Heddlu Cymru') is never given to one force
        joint = (label.candidates if label and label.ambiguous else ()) or (
            tuple(named) if len(named) > 1 and not (label and label.force_id in named) else ()) or (
            by_text.candidates if by_text and by_text.ambiguous and not by_name else ())
        if joint:
            names = ", ".join(self.reference.force_name(f) for f in joint)
            issues.append(Issue("error", "ambiguous_force", f"the plan's name fits several forces ({names}); a joint "
                                "or vague name is not given to one of them: publish one file per force, named after it"))
            return None, ""
        # a 'Force:' label or the title naming another force than the file name: which is right cannot be told
        if by_name and by_text and by_text.force_id and by_text.method in ("document label", "document title") \
                and by_text.force_id != by_name:
            issues.append(
                Issue(
                    "error",
                    "force_conflict",
                    f"the file name says {self.reference.force_name(by_name)} but the document's "
                    f"{'Force: label' if by_text.method == 'document label' else 'title'} says it is "
                    f"{self.reference.force_name(by_text.force_id)}; rename the file or fix the document",
                )
            )
            return None, ""
        title = self.forces.title_force(doc.text) if label and label.force_id else None
        if title and title.force_id and title.force_id != label.force_id and title.force_id != by_name:
            # 'West Mercia Police - Stalking Action Plan' over 'Force: West Midlands Police': the document says two
            # things about whose it is, and nothing decides between them
            issues.append(Issue("error", "force_conflict",
                                f"the document's title says {self.reference.force_name(title.force_id)} but its Force: "
                                f"label says {self.reference.force_name(label.force_id)}; fix the document"))
            return None, ""
        if by_name:
            return by_name, "file name"
        if by_text:
            return by_text.force_id, by_text.method
        issues.append(
            Issue(
                "error",
                "unknown_force",
                "cannot tell which force this plan belongs to: no force name in the file name or the document's "
                "title; name the file after the force (e.g. 'kent-stalking-plan.html')",
            )
        )
        return None, ""

    def plan_rows(self, doc: Document, issues: list[Issue]) -> list[tuple[RowValues, list[Slot]]]:
        found: list[tuple[RowValues, list[Slot]]] = []
        self.counts_tables: set[str] = set()  # tables of counts by status: read neither as rows nor as text
        last_slots: list[Slot] | None = None
        readings: dict = {}  # how tables under each set of headings were read, for one too small to tell
        form_item, form_log = "", ()  # the last form's item and its log's header, for the log's next page
        above = self._headings_above(doc)
        tables = [block for table in _rejoin_sideways(doc.tables, self.reference)
                  for block in ([table] if find_header(table.rows, self.reference) else
                                sideways_blocks(table, self.reference))]
        self.section_dates = self._section_rows(tables)
        for table in tables:
            header = None if table.name.endswith(SIDEWAYS) else find_header(table.rows, self.reference)
            if header and header_falls_short(table, *header, self.reference):
                header = content_header(table, self.reference) or header  # labels a column short of the data
            elif header and (moved := shifted_left(table, *header, self.reference)):
                header = (header[0], moved)  # labels a column past the data: each over the cells to its left
            if table.name.endswith(SIDEWAYS):  # one block of a sheet of sideways tables, already turned
                header = (0, self._turned_header(table))
            elif not header and (sideways := transpose_sideways(table, self.reference)):
                table = sideways
                header = (0, self._turned_header(table))
            elif not header and last_slots and _has_items(table, self.reference) and max(map(len, table.rows), default=0) == len(last_slots):
                rows, row_issues = read_rows(table, -1, last_slots, self.reference,  # continued from the page before
                                             found[-1][0] if found else None)
                issues.extend(row_issues)
                found.extend((row, last_slots) for row in rows)
                continue
            if not header:
                form = transpose_form(table, self.reference)
                if form:
                    form = self._form_item_from_heading(form, above.get(table.name))
                    table, header = form, (0, [map_heading(c, self.reference) for c in form.rows[0]])
                else:
                    header = content_header(table, self.reference)
            if header and not any(s.field in ("item_id", "rec_no") for s in header[1]):
                # a form whose label rows name the item ('Recommendation: | 12.2') over a log of its own ('Date | Update
                # | Status'), or that log carried onto the next page under its repeated header: the form's item is
                # every entry's
                item = _form_item(table.rows[:header[0]], self.reference) or (
                    form_item if form_log == tuple(table.rows[header[0]]) and header[0] == 0 else "")
                if item:
                    form_item, form_log = item, tuple(table.rows[header[0]])
                    table, header = _with_item_column(table, header[0], item), (0, [Slot("item_id", "Ref"), *header[1]])
            if header:
                header_index, slots = header
            elif last_slots and _has_items(table, self.reference) and max(map(len, table.rows), default=0) == len(last_slots):
                header_index, slots = -1, last_slots  # a table continued from the previous page
            else:
                continue
            counted = [s.heading for s in slots if s.heading and len(s.heading) <= 30
                       and is_status_word(s.heading, self.reference, 30)]
            if len(counted) >= 3 and not any(s.field == "update_text" and s.heading not in counted for s in slots):
                # 'Recommendation | Complete | In progress | Not started | Total', with no column of words: how many
                # sub-items stand at each status, not the plan; its numbers are counts, never statuses
                issues.append(Issue("warning", "status_counts",
                                    f"{table.name}: a table of counts by status ({', '.join(counted[:4])}), not the "
                                    "plan's items; not read as the plan", table.name))
                self.counts_tables.add(table.name)
                continue
            if numbered_by := self._another_log(table, header_index, slots):
                issues.append(Issue("warning", "other_numbering",
                                    f"{table.name}: numbered as an action log ('{numbered_by}') whose rows fit none of the "
                                    "sub-items their numbers name: another body's actions, not read as the plan",
                                    table.name))
                continue
            slots = position_as_status(table, header_index, slots, self.reference)
            # the same header again on the next page: the table goes on, and its first row may finish the last one
            same = last_slots is not None and found and [s.heading for s in slots] == [s.heading for s in last_slots]
            rows, row_issues = read_rows(table, header_index, slots, self.reference, found[-1][0] if same else None,
                                         lambda text: self.narrative.wording.best_rec(text)[0], self._items_by_wording,
                                         readings)
            issues.extend(row_issues)
            found.extend((row, slots) for row in rows)
            last_slots = slots
        # a row that names a round above the rows answering in it is a heading, not a row with its number lost
        headings_at = {f"{name}, row {at}" for (name, at), date in self.section_dates.items() if date is None}
        issues[:] = [issue for issue in issues if not (issue.code == "unparsed_row" and issue.location in headings_at)]
        return found

    def _section_rows(self, tables: list[RawTable]) -> dict[tuple[str, int], dt.date | None]:
        """A row across a table that only names a round ('Tachwedd 2024 / November 2024', 'March 2025 update') above
        the rows that answer in it, the rows of the next page's table too: the round of every row under it, up to the
        next such row (the heading row itself is kept as None). A row with an item number is never such a heading."""
        dates: dict[tuple[str, int], dt.date | None] = {}
        current: dt.date | None = None
        for table in tables:
            for cells, at in zip(table.rows, table.row_numbers):
                filled = [c.strip() for c in cells if c and c.strip()]
                words = " ".join(" ".join(filled).split())
                if filled and len(filled) <= 2 and len(words.split()) <= 8 and not _ITEM_NUMBER.search(words):
                    slot = map_heading(words, self.reference)
                    if slot.field == "update_text" and slot.round_date is not None and slot.round_named:
                        current = slot.round_date
                        dates[(table.name, at)] = None
                        continue
                if len(filled) == 1 and len(words.split()) <= 16 and _SECTION_BANNER.match(words) \
                        and not _ITEM_NUMBER.search(words) and (month := month_of(words)) is not None:
                    # 'SECTION B: SIX-MONTH UPDATE - MARCH 2025', 'SECTION A: INITIAL PLAN - PUBLISHED NOVEMBER 2024':
                    # a part of the document named for its round, the rows under it that round's
                    current = month
                    dates[(table.name, at)] = None
                    continue
                if current is not None:
                    dates[(table.name, at)] = current
        if len({d for d in dates.values() if d is not None}) < 2:
            return {}  # one heading row names no rounds of its own: the document's other dates stand
        return dates

    def _items_by_wording(self, text: str, rec_no: int | None) -> list[str]:
        """The sub-items a cell quotes, a line each ('Carry out a needs assessment ...' / 'Refer victims ...'), within
        the recommendation the table last named; none when any line quotes none or two about equally."""
        wording, ids = self.narrative.wording, []
        for line in [line for line in text.splitlines() if line.strip()]:
            low = plain_words(line)
            pool = wording.items_of(rec_no) if rec_no else wording.all_items
            scored = sorted(((wording.quote_score(i, low), i) for i in pool), reverse=True) + [(0.0, "")]
            (best, key), second = scored[0], scored[1][0]
            # within the recommendation the table named, a clear lead among its few sub-items is enough; among all
            # sub-items the words must quote one well and no other nearly as well
            floor, margin = (0.33, 0.25) if rec_no else (0.5, 0.15)
            if best < floor or best - second < margin:
                return []
            ids.append(key)
        return list(dict.fromkeys(ids))

    def _another_log(self, table: RawTable, header_index: int, slots: list[Slot]) -> str:
        """A board's or a programme's own action log ('Action No. | Action | Owner | Due | Status', numbered 7.1, 12.2
        ...): its numbers are its own when not one row's words fit the sub-item its number names. Returns the heading
        of its number column, '' when the table is no such log."""
        column = next((n for n, s in enumerate(slots) if _ACTION_NO_HEADING.match(s.heading)), None)
        if column is None:
            return ""
        fits = []
        for row in table.rows[header_index + 1:]:
            ids = parse_item_cell(row[column])[0] if column < len(row) else []
            words = " ".join(c for n, c in enumerate(row) if n != column and c).lower()
            if ids and words:
                fits.append(max(max(self.narrative.wording.score(i, words), self.narrative.wording.score(str(rec_of(i)), words))
                                for i in ids))
        return slots[column].heading if len(fits) >= 2 and not any(fits) else ""

    def normalise(
        self, doc: Document, source_file: str, is_sample: bool = False, today: dt.date | None = None
    ) -> tuple[str | None, str, list[PlanUpdate], list[Issue]]:
        today = today or dt.date.today()
        issues: list[Issue] = []
        force_id, method = self.identify_force(doc, issues)
        self.key = find_key(doc, self.reference)
        doc = without_unkeyed_fills(doc, self.key)
        if self.key:
            meanings = ", ".join(f"{c.title()} = {s}" for c, s in self.key.meanings.items())
            issues.append(Issue("warning", "page_key", f"the plan's own key is used for its colours and words ({meanings}), "
                                f"not the default meanings; read from: {self.key.source}"))
        doc_date = document_date(doc.text) or month_of(Path(source_file).name)
        self.footnotes = _footnotes(doc)
        doc = _one_language_columns(self._paren_notation(self._numbered_under_heading(doc), issues))
        rows = self.plan_rows(doc, issues)
        spanned = {t.name: {(row, one_line(text)) for row, text in t.spanned} for t in doc.tables}
        wide = {t.name: {(row, one_line(text)) for row, text in t.wide} for t in doc.tables}
        headings = {row.table: tuple(s.heading for s in slots) for row, slots in rows}
        answers = dated_rows(self._table_answers(rows, issues, doc_date, spanned, self._table_dates(doc), wide),
                             issues, headings) if rows else []  # a log: a round a row
        reading = None
        if not answers:
            reading = self.narrative.read([b for b in doc.blocks or blocks_from_tables(doc)
                                           if not b.where.startswith(tuple(f"{name}," for name in self.counts_tables))])
            answers = self._narrative_answers(reading, doc_date)
            issues.extend(reading.issues)
            if answers:  # a log's small table has no item column by design: its rows were read, not left out
                issues[:] = [i for i in issues if not (i.code == "unparsed_row" and i.message.split(": ", 1)[-1] in
                                                       {t[:120] for t in reading.log_rows})]
        elif doc.blocks and (summary := self._status_summary(answers)):
            # a table of statuses only ('Ref | Status | Owner') beside a plan written as text: the text gives the rounds,
            # the table the current status of each
            reading = self.narrative.read([b for b in doc.blocks if b.kind != "row"])
            spoken = self._narrative_answers(reading, doc_date)
            if spoken:
                issues.extend(reading.issues)
                answers = self._with_summary_status(spoken, summary, issues)
            else:
                answers += self._prose_beyond_tables(doc, answers, doc_date, issues)
        elif doc.blocks:
            answers += self._prose_beyond_tables(doc, answers, doc_date, issues)
        answers = _status_across_places(answers)
        if answers and all(not a.status_raw.strip() and len(a.text.split()) <= 6 and not re.search(r"[.;!?]", a.text)
                           for a in answers) and _plan_links(doc):
            answers = []  # a page of links into the plan document ('12.1 Screening'): titles, no words of a plan
        if not answers:
            issues.append(self._nothing_found(doc, reading))
            return force_id, method, [], issues
        if force_id is None:
            return None, method, [], issues
        updates = _without_planned_steps(_one_language(self._emit(answers, force_id, source_file, is_sample, today,
                                                                  issues), issues), issues)
        # a round with no words and no status (a sideways table's column with a number and a lead, nothing else): no
        # update, and an item with nothing else is no item of the plan
        updates = [u for u in updates if u.update_text.strip() or u.status_raw.strip()]
        if not updates:
            issues.append(Issue("error", "no_plan_items", "the plan holds no reference items (7.1 to 28.1)"))
        return force_id, method, updates, issues

    def _nothing_found(self, doc: Document, reading) -> Issue:
        """Why a file gave no items, in the words a force lead can act on."""
        plan_links = _plan_links(doc)
        if plan_links:
            text, href = plan_links[0]
            return Issue("warning", "linked_plan",
                         f"this page holds no plan itself; it links to the plan document '{href}' ({text.strip()[:60]}); "
                         "save that document into the raw folder (python -m etl fetch follows such links)")
        if reading is not None and reading.mentions_plan and reading.blocks_read >= 5:
            return Issue("error", "prose_without_items",
                         f"{reading.blocks_read} paragraphs about the recommendations, but no item numbers, recommendation "
                         "headings or quoted recommendation wording to tie them to items; not read item by item, "
                         "rather than guessed")
        if doc.tables:
            return Issue("error", "no_plan_table",
                         f"no plan table found among {len(doc.tables)} table(s): none has plan headings such as "
                         "'Rec No', 'Recommendation', 'Status', 'Force Update' with item numbers like 7.1 below, and "
                         "the text around them names no items")
        return Issue("error", "not_a_plan",
                     "no plan found: no table of plan items, and no item numbers, recommendation headings or "
                     "recommendation wording in the text")

    @staticmethod
    def _headings_above(doc: Document) -> dict[str, Block]:
        """The heading each table stands under, by table name. Tables are matched to the reading order by their
        first row, the n-th table with a header to its n-th showing."""
        headings: dict[tuple, list] = {}
        last_heading, previous_kind = None, None
        for block in doc.blocks:
            if block.kind == "heading":
                last_heading = block
            elif block.kind == "row" and previous_kind != "row" and block.cells:
                headings.setdefault(tuple(block.cells), []).append(last_heading)
            previous_kind = block.kind
        above = {}
        first_rows = [tuple(" ".join((c or "").split()) for c in table.rows[0]) if table.rows else () for table in doc.tables]
        for n, (table, first) in enumerate(zip(doc.tables, first_rows)):
            shown = headings.get(first) if table.rows else None
            # a table carried onto the next page under its repeated header (fewer showings in the reading order than
            # tables with that header): the heading of the table it goes on from, not the next one's
            later = sum(1 for other in first_rows[n:] if other == first)
            if n and first_rows[n - 1] == first and table.name.endswith(" table 1") and shown is not None \
                    and len(shown) < later:
                if doc.tables[n - 1].name in above:
                    above[table.name] = above[doc.tables[n - 1].name]
                continue
            heading = shown.pop(0) if shown else None
            if heading is not None:
                above[table.name] = heading
        return above

    def _form_item_from_heading(self, form: RawTable, heading: Block | None) -> RawTable:
        """A form with no item label of its own under a heading that is the item's number ('13(a)', '7.1 Crime
        recording'): that number is the form's item."""
        fields = {map_heading(c, self.reference).field for c in form.rows[0]}
        if heading is None or fields & {"item_id", "rec_no"} or len(form.rows) != 2:
            return form
        ids, _ = parse_item_cell(heading.text)
        if ids and set(ids) <= set(self.reference.item_ids):
            return dataclasses.replace(form, rows=[["Ref"] + form.rows[0], [" ".join(ids)] + form.rows[1]])
        whole = _WHOLE_REC_HEADING.match(heading.text)
        if whole and self.reference.items_of(int(whole.group(1))):  # 'Recommendation 16' over its form
            return dataclasses.replace(form, rows=[["Ref"] + form.rows[0], [f"Rec {whole.group(1)}"] + form.rows[1]])
        return form

    def _table_dates(self, doc: Document) -> dict[str, dt.date]:
        """Tables each under a heading that names its round ('Update: September 2025' above one table, 'March 2025'
        above the next; newest first or oldest): the round each table's words belong to, by table name."""
        dates = {}
        for name, heading in self._headings_above(doc).items():
            slot = self.narrative._round_heading(heading)
            if slot is not None and slot.round_date is not None:
                dates[name] = slot.round_date
            elif len(heading.text.split()) <= 4 and (month := month_of(heading.text)) is not None:
                dates[name] = month  # a short heading that is a month and a word ('November 2024 plan', a tab's label)
            elif _STANDING_AT.search(heading.text) and len(heading.text.split()) <= 12 and \
                    (month := month_of(heading.text)) is not None:
                dates[name] = month  # 'Summary of status at 30 September 2025': where each action stood then
            elif (kept := _KEPT_AS_PUBLISHED.search(heading.text)) and len(heading.text.split()) <= 16 and \
                    (month := month_of(kept.group("when"))) is not None:
                dates[name] = month  # 'Appendix A – action plan as published on 22 November 2024': that round's words
        return dates

    def _table_answers(self, rows, issues: list[Issue], doc_date, spanned=None, table_dates=None, wide=None) -> list[Answer]:
        answers: list[Answer] = []
        rounds_by_slots: dict[tuple, list[Round]] = {}
        logs = _copy_forward_log(rows)
        for row, slots in rows:
            # a sheet or table named for its round ('March 2025 update') dates the rounds its header leaves undated
            table_date = month_of(row.table.split("'")[1]) if row.table.count("'") >= 2 else \
                self.section_dates.get((row.table, row.source_row)) or (table_dates or {}).get(row.table)
            rounds = rounds_by_slots.setdefault((id(slots), table_date), _rounds(slots, table_date or doc_date))
            owner = next((row.values.get(i, "") for i, s in enumerate(slots) if s.field == "owner"), "")
            anchor = "heading" if row.rec_level else "label" if row.table.endswith("(form)") else "number"
            first = len(answers)
            for round_ in rounds:
                text = row.values.get(round_.update_slot, "") if round_.update_slot is not None else ""
                status = row.values.get(round_.status_slot, "") if round_.status_slot is not None else ""
                more = [row.values.get(i, "").strip() for i in round_.also_status if row.values.get(i, "").strip()]
                if more:
                    status = " – ".join([status.strip()] + more) if status.strip() else " – ".join(more)
                fill = row.fills.get(round_.update_slot, "")
                if not status.strip() and fill and (not fill.lower().startswith("pale ") or fill.lower() in self.key.meanings):
                    # the round's words filled in its colour (a pale tint only where the page's key shows it)
                    status = f"{fill} (cell colour)"
                date_raw = row.values.get(round_.date_slot, "") if round_.date_slot is not None else ""
                label, date = round_.label, round_.date
                own = month_of(date_raw) if date_raw and date is not None and round_.update_slot is not None and \
                    not slots[round_.update_slot].round_named and row.table.endswith(("(form)", SIDEWAYS)) else None
                if own is not None and (date.year - own.year) * 12 + date.month - own.month >= 3:
                    # a form dated 'Nov-24' in a plan saved in March 2025, beside forms dated 'Mar-25': its own round,
                    # not the document's (a date a month or two before is the same round's writing; a table's date
                    # column is when each row was last touched, and its rounds are its columns)
                    label, date = own.strftime("%B %Y"), own
                derived = own is None and date is not None and date == doc_date and table_date is None and (
                    round_.update_slot is None or not slots[round_.update_slot].round_named)
                answers.append(Answer(
                    row.item_ids, "recommendation" if row.rec_level else "item", anchor, label, date,
                    round_.order, text, status, owner, date_raw,
                    row.table, row.source_row,
                    continued=(row.source_row, one_line(text)) in (spanned or {}).get(row.table, ()), part=row.part,
                    derived_date=derived))
            comment_slot = next((i for i, s in enumerate(slots) if s.field == "comments"), None)
            if comment_slot is not None and answers[first:] and (note := row.values.get(comment_slot, "").strip()):
                answers[-1].comment = note
            merged = (wide or {}).get(row.table, ())
            for before, later in zip(answers[first:], answers[first + 1:]):
                if later.text.strip() and later.text == before.text and (row.source_row, one_line(later.text)) in merged:
                    later.text = ""  # one cell merged over two rounds' columns: one round's words, not two
            _copied_forward(answers[first:], row.table in logs)
            if not any(r.beside for r in rounds):
                # (where each status column stands after its own round's words, a status beside an empty round is
                # that round's alone: 'No change | B' under March 2026 does not date September's words BAU)
                _status_to_latest_words(answers[first:])
            every = len(row.item_ids) >= 2 and sorted(row.item_ids) == sorted(self.reference.items_of(rec_of(row.item_ids[0])))
            # ('25.1, 25.2 and 25.3' over words that label each in turn: the row is the recommendation's, parted below)
            if row.rec_level or every:  # '14.2 – words' lines inside a recommendation's cell: each sub-item's own answer
                one_status = len({r.status_slot for r in rounds if r.status_slot is not None}) == 1
                answers[first:] = self._labelled_answers(answers[first:], one_status, issues) or answers[first:]
                answers[first:] = [part for answer in answers[first:] for part in self._quoted_parts(answer)]
        return self._shared_cells(answers)

    def _labelled_answers(self, row_answers: list[Answer], one_status: bool, issues: list[Issue]) -> list[Answer] | None:
        """One row for a recommendation whose round cells answer its sub-items under their own labels ('7.1: ... 7.2:
        ...', '(10.1) ...', '10.4 & 10.5: ...'): each label's words are that sub-item's round. A status cell labelled
        the same way ('10.1 Complete; 10.2 In progress') gives each its own; one word for the row is every sub-item's.
        The row's one status column describes now, so it goes to each sub-item's latest round with words (a sub-item
        answered only in November is in the state the row gives). None when the words name fewer than two sub-items."""
        ids_of_row = {i for a in row_answers for i in a.item_ids}
        if not row_answers or len({rec_of(i) for i in ids_of_row}) != 1:
            return None
        rec = rec_of(row_answers[0].item_ids[0])
        # ('UPDATE March 2025 – 25.1: ...': a round's marker and a sub-item's label on one line, parted as two)
        row_answers = [dataclasses.replace(a, text=_MARKED_LABEL.sub(r"\g<marker>:\n\g<label>", a.text)) for a in row_answers]
        split = [labelled_parts(answer.text, rec) for answer in row_answers]
        if len({i for parts in split for ids, _ in parts for i in ids}) < 2:
            return None
        known = set(self.reference.items_of(rec))

        def per_item(status_raw: str) -> dict[str, str] | str:
            parts = labelled_parts(status_raw, rec, status=True)
            if len(parts) == 1:
                return status_raw  # one status for every sub-item
            return {i: words for ids, words in parts[1:] for i in ids}

        stated = [a for a in row_answers if a.status_raw.strip()]
        row_status = per_item(stated[0].status_raw) if one_status and len(stated) == 1 else None
        out: list[Answer] = []
        for answer, parts in zip(row_answers, split):
            own = per_item(answer.status_raw) if row_status is None and answer.status_raw.strip() else ""
            dated = answer
            if parts and not parts[0][0] and (opened := split_rounds(parts[0][1])) and opened[-1].marker \
                    and not opened[-1].text and opened[-1].date and len(parts) > 1:
                # 'We already take part in MAPPA ... UPDATE March 2025:' then '25.1 – ...', '25.2 – ...': the words
                # before the marker answer the recommendation in the cell's first round, the labelled lines after it
                # are the marker's round
                date = opened[-1].date
                parts[0] = ([], parts[0][1][:parts[0][1].rstrip().rfind(opened[-1].marker)].rstrip())
                dated = dataclasses.replace(answer, round_label=date.strftime("%B %Y"), round_date=date)
            for ids, words in parts:
                if not says_something(words):
                    continue
                if (opened := split_rounds(words)) and len(opened) >= 2 and opened[-1].marker and not opened[-1].text:
                    # 'UPDATE March 2025 – 25.2: ...': the next part's marker stood at the end of this part's words
                    words = words[:words.rstrip().rfind(opened[-1].marker)].rstrip()
                if not ids:  # words before the first label: the recommendation's as a whole (a round that labels no
                    # sub-item keeps its own status)
                    out.append(dataclasses.replace(answer, text=words, status_raw=answer.status_raw if len(parts) == 1
                                                   else "", granularity="recommendation"))
                    continue
                if unknown := [i for i in ids if i not in known]:
                    issues.append(Issue(
                        "warning", "unknown_item", f"'{', '.join(unknown)}' labelled inside recommendation {rec}'s "
                        f"words is not one of its sub-items; those words are not read ('{words[:60]}')",
                        f"{answer.source_table}, row {answer.source_row}"))
                    ids = [i for i in ids if i in known]
                    if not ids:
                        continue
                statuses = {own.get(i, "") for i in ids} if isinstance(own, dict) else {own}
                out.append(dataclasses.replace(dated, item_ids=ids, granularity="item", anchor="number", text=words,
                                               status_raw=statuses.pop() if len(statuses) == 1 else ""))
        if row_status is not None:
            latest: dict[str, Answer] = {}
            for answer in sorted((a for a in out if a.granularity == "item"),
                                 key=lambda a: (a.round_date or dt.date.min, a.round_order)):
                latest.update({i: answer for i in answer.item_ids})
            for answer in {id(a): a for a in latest.values()}.values():
                statuses = {row_status.get(i, "") for i in answer.item_ids} if isinstance(row_status, dict) \
                    else {row_status}
                answer.status_raw = statuses.pop() if len(statuses) == 1 else ""
        return out

    def _shared_cells(self, answers: list[Answer]) -> list[Answer]:
        """One dated round's cell merged down the rows of every sub-item of a recommendation (a Word or Excel
        merged cell, an HTML rowspan): one answer for the recommendation as a whole.

        Only a merged cell (the same words typed on each row are each row's own), only where it covers all the
        sub-items, with the same status on every row, and only in a dated round (an undated rec-level answer
        would give way to the items' own answers, and its words must not be lost).
        """
        runs: dict[tuple, list[list[int]]] = {}
        for n, answer in enumerate(answers):
            if answer.granularity != "item" or answer.round_date is None:
                continue
            group = runs.setdefault((answer.source_table, answer.round_order), [])
            last = answers[group[-1][-1]] if group else None
            if last is not None and answer.continued and last.text == answer.text \
                    and (last.status_raw == answer.status_raw or not last.status_raw.strip() or not answer.status_raw.strip()) \
                    and rec_of(last.item_ids[0]) == rec_of(answer.item_ids[0]):
                group[-1].append(n)
            else:
                group.append([n])
        merged: dict[int, Answer] = {}
        dropped: set[int] = set()
        for group in runs.values():
            for run in group:
                first = answers[run[0]]
                items = [i for n in run for i in answers[n].item_ids]
                rec_items = self.reference.items_of(rec_of(items[0])) if items[0] in self.reference.item_ids else []
                if len(run) < 2 or len(first.text.strip()) < 30 or len(rec_items) < 2 or sorted(items) != sorted(rec_items):
                    continue
                if len({answers[n].status_raw for n in run}) > 1:
                    # one row's own status beside the shared words ('Red' where that round is the item's latest): the
                    # words answer the recommendation, each row keeps the status it was given
                    merged.update({n: dataclasses.replace(answers[n], granularity="recommendation") for n in run})
                    continue
                merged[run[0]] = dataclasses.replace(first, item_ids=rec_items, granularity="recommendation")
                dropped.update(run[1:])
        return [merged.get(n, a) for n, a in enumerate(answers) if n not in dropped]

    def _narrative_answers(self, reading, doc_date) -> list[Answer]:
        published = doc_date
        if any(r.date for g in reading.groups for r in g.rounds if r.key):
            doc_date = None  # rounds date themselves ('Update March 2025:'): the first round is undated
        base_label = doc_date.strftime("%B %Y") if doc_date else UNDATED_LABEL
        # rounds in time order: dated rounds by their dates, never by where they stand (a log may run newest
        # first); an undated round keeps its place after the dated rounds before it
        dates: dict[str, dt.date | None] = {}
        for group in reading.groups:
            for round_ in group.rounds:
                dates.setdefault(round_.key, round_.date)
        newest = max((d for d in dates.values() if d), default=None)
        if CURRENT_KEY in dates and published and (newest is None or published.replace(day=1) > newest):
            # 'Our current position' in a plan updated March 2026 whose dated rounds end earlier: March 2026's words
            dates[CURRENT_KEY] = published.replace(day=1)
        if CURRENT_KEY in dates and not dates[CURRENT_KEY]:
            # a 'current position' in a plan with no later date of its own, or with rounds up to its date: the
            # position before the plan, read as part of the group's first undated round
            for group in reading.groups:
                current = next((r for r in group.rounds if r.key == CURRENT_KEY), None)
                first = next((r for r in group.rounds if r is not current and not r.date), None)
                if current is not None and first is not None:
                    first.texts = current.texts + first.texts if current.source_row <= first.source_row or \
                        not first.texts else first.texts + current.texts
                    first.status_raw = first.status_raw or current.status_raw
                    group.rounds.remove(current)
        keys = list(dates)
        ranked = sorted(range(len(keys)), key=lambda n: (dates[keys[n]], 0, n) if dates[keys[n]] else (
            max((dates[k] for k in keys[:n] if dates[k]), default=dt.date.min), 1, n))
        order = {keys[n]: rank for rank, n in enumerate(ranked)}
        answers: list[Answer] = []
        for group in reading.groups:
            first = len(answers)
            for round_ in group.rounds:
                number = order[round_.key]
                if round_.key == CURRENT_KEY:
                    label, date = (dates[CURRENT_KEY].strftime("%B %Y"), dates[CURRENT_KEY]) if dates[CURRENT_KEY] \
                        else (base_label, doc_date)
                elif round_.key:
                    label = round_.key if round_.exact else round_.date.strftime("%B %Y") if round_.date else round_.key
                    date = round_.date
                else:
                    label, date = base_label, doc_date
                answers.append(Answer(
                    list(group.items), group.granularity, group.anchor, label, date, number,
                    "\n".join(round_.texts), round_.status_raw, group.owner, round_.date_raw, "text", round_.source_row,
                    where=round_.where, part=group.part))
            # a status line under a newest round that says nothing new ('No further update.') is the words' before it
            _status_to_latest_words(sorted(answers[first:], key=lambda a: a.round_order))
            parts = [part for answer in answers[first:] for part in self._quoted_parts(answer)]
            if any(p.granularity == "item" for p in parts) and group.granularity == "recommendation":
                # the section answers its sub-items one by one where it quotes them: words of another round that
                # quote none may be the last sub-item's, so a done in them is not spread over every sub-item
                # unless they say it is the whole recommendation's
                for part in parts:
                    if part.granularity == "recommendation" and not _WHOLE_REC.search(part.text):
                        part.spread_doubt = (f"words for recommendation {rec_of(part.item_ids[0])} whose sub-items this "
                                             "section answers one by one elsewhere; a done in them is not given to "
                                             "every sub-item")
            for part in parts:
                if part.granularity == "recommendation" and not part.status_raw.strip() and not part.spread_doubt \
                        and len(set(_PARAGRAPH_LEAD.findall(part.text))) >= 2:
                    # one round's words for a whole recommendation, paragraph by paragraph under leads of their own
                    # ('Problem profile. ...', 'Hearing from victims. ...'): each paragraph is some sub-item's, so a
                    # done read from them is no sub-item's for certain
                    part.spread_doubt = (f"words for recommendation {rec_of(part.item_ids[0])} that answer its parts "
                                         "paragraph by paragraph under leads of their own; a done in them is not given "
                                         "to every sub-item")
            answers[first:] = parts
        return answers

    def _quoted_parts(self, answer: Answer) -> list[Answer]:
        """A round answered for a whole recommendation whose words quote its sub-items one by one ('"Makes
        appropriate use of the e-learning ..."' then the force's answer): each quotation's answer is that sub-item's,
        and only words before the first quotation stand for the recommendation as a whole. The round's one status
        goes with the one part that answers it alone; beside several parts it belongs to none of them."""
        if answer.granularity != "recommendation" or len(answer.item_ids) < 2:
            return [answer]
        rec_no = rec_of(answer.item_ids[0])
        parts: list[tuple[str | None, list[str]]] = [(None, [])]
        for line in answer.text.split("\n"):
            ids, rest = parse_item_cell(line.strip())
            if len(ids) == 1 and ids[0] in answer.item_ids and rest and _NUMBERED_PART.match(line):
                parts.append((ids[0], [rest]))  # '14.2 – The review found ...': that sub-item's own words
                continue
            quote = _QUOTE_LINE.match(line.strip())
            if quote:
                item, score, second = self.narrative.wording.best_item(quote.group(1), rec_no)
                if item is not None and score >= QUOTE_SCORE and score > second and item in answer.item_ids:
                    parts.append((item, []))
                    continue
            parts[-1][1].append(line)
        if len(parts) == 1:
            return [answer]
        spoken = [(item, "\n".join(lines).strip()) for item, lines in parts if says_something("\n".join(lines))]
        out = []
        for item, words in spoken:
            status = answer.status_raw if len(spoken) == 1 else ""
            if item is None:
                out.append(dataclasses.replace(answer, text=words, status_raw=status))
            else:
                out.append(dataclasses.replace(answer, item_ids=[item], granularity="item", text=words, status_raw=status,
                                               anchor=answer.anchor if answer.anchor.startswith("wording") else "wording"))
        return out

    def _emit(self, answers: list[Answer], force_id, source_file, is_sample, today, issues) -> list[PlanUpdate]:
        """Answers -> one update per item and round, in document order.

        An item stated by number outranks a recommendation-level answer: a recommendation answered as a
        whole is applied to its sub-items only where the plan names none of them. An empty later cell is
        no update that round (the earlier text stands). 'UPDATE ...:' markers inside a text are rounds.
        """
        explicit_recs = {int(i.split(".")[0]) for a in answers if a.granularity == "item" for i in a.item_ids}
        # the rounds in which a recommendation's sub-items are answered one by one: a dated answer for the whole
        # recommendation in another round (November's answer to all of 12, September's update to 12.2) still stands
        # (a sub-item's empty cell in a round answers nothing in it: the row above for '10.1-10.5' is that round's words)
        explicit_rounds = {(int(i.split(".")[0]), a.round_label) for a in answers if a.granularity == "item"
                           and (a.text.strip() or a.status_raw.strip()) for i in a.item_ids}
        # a document that keeps newest-first logs with the first words at the bottom does so in every cell
        split = [split_rounds(a.text) for a in answers if a.text]  # each cell's rounds, found once for both tests below
        original_last = any(len(_original_last(parts)) > len(parts) for parts in split)
        # a document whose cells open every round with its month ('November 2024: ... March 2025: ...'): a cell with
        # one such round is that month's, whatever the column's or the document's date
        dated_cells = any(len(parts) > 1 and all(p.marker and p.date for p in parts) for parts in split)
        updates: list[PlanUpdate] = []
        seen: dict[tuple[str, str], str] = {}
        kept: dict[tuple[str, str], int] = {}  # where in `updates` each item's round is
        spoken: set[str] = set()
        first_seen: dict[str, tuple[Answer, str]] = {}
        warned_rec: set[tuple[int, str]] = set()
        part_of: dict[tuple[str, str], str] = {}  # the part ('a') whose row each item's round was first read from
        said: dict[tuple[str, str], dict[str, str]] = {}  # (item, round) -> each part's own status in that round
        for answer in answers:
            location = f"{answer.source_table}, row {answer.source_row}" if not answer.where else answer.where
            item_ids = []
            for item_id in answer.item_ids:
                if item_id not in self.reference.item_ids:
                    issues.append(Issue("warning", "unknown_item",
                                        f"item {item_id} is not one of the 39 reference items; not loaded", location))
                    continue
                rec_no = rec_of(item_id)
                if answer.granularity == "recommendation" and rec_no in explicit_recs and (
                        (rec_no, answer.round_label) in explicit_rounds):
                    if (rec_no, location) not in warned_rec:
                        warned_rec.add((rec_no, location))
                        issues.append(Issue("warning", "rec_level_ignored",
                                            f"an answer for recommendation {rec_no} as a whole is not applied: the plan "
                                            "answers its sub-items one by one", location))
                    continue
                item_ids.append(item_id)
                first_seen.setdefault(item_id, (answer, location))
            if not item_ids:
                continue
            if answer.granularity == "recommendation" and len(item_ids) > 1 and \
                    (rec_of(item_ids[0]), "noted") not in warned_rec:
                warned_rec.add((rec_of(item_ids[0]), "noted"))
                issues.append(Issue("warning", "rec_level_row",
                                    f"one answer for recommendation {rec_of(item_ids[0])} as a whole; applied to its "
                                    f"{len(item_ids)} sub-items ({', '.join(item_ids)}) and marked "
                                    "granularity = recommendation", location))
            segments = self._segments(answer, original_last, dated_cells)
            newest = next((g for g in reversed(segments) if says_something(g.text)), None)
            for segment in segments:
                if not says_something(segment.text) and (not says_something(segment.status_raw) or (
                        segment.text.strip() and _BARE_NA.match(segment.status_raw))):
                    continue  # nothing said this round ('', '-', 'No update' in both columns, 'N/A – no update' under a
                    # bare 'N/A'): the earlier round stands
                for item_id in item_ids:
                    key = (item_id, segment.label)
                    if key in seen and {language_of(updates[kept[key]].update_text), language_of(segment.text)} == \
                            {"cy", "en"}:
                        # the same round in the plan's other language (a Welsh sheet and an English one)
                        updates[kept[key]] = _bilingual(updates[kept[key]], self._update(
                            answer, segment, item_id, force_id, source_file, is_sample, today, [], location), issues)
                        continue
                    if key in seen and answer.part and part_of[key] != answer.part:
                        # '10.2a' and '10.2b': one sub-item the plan splits into parts, each answered in its own row
                        again = self._update(answer, segment, item_id, force_id, source_file, is_sample, today, [],
                                             location)
                        said.setdefault(key, {})[answer.part] = again.status
                        updates[kept[key]] = _join_parts(updates[kept[key]], again, issues, location)
                        part_of[key] = answer.part
                        continue
                    if key in seen and not updates[kept[key]].update_text.strip() and says_something(segment.text):
                        # a summary's status with no words, then the same round's words (a report's body after its
                        # annex): one round, the words with the status given
                        first = updates[kept[key]]
                        joined = dataclasses.replace(segment, status_raw=segment.status_raw or first.status_raw)
                        updates[kept[key]] = self._update(answer, joined, item_id, force_id, source_file, is_sample,
                                                          today, issues, location)
                        continue
                    if key in seen:
                        issues.append(Issue("warning", "duplicate_item",
                                            f"item {item_id} is listed again for round '{segment.label}' (first at "
                                            f"{seen[key]}); the first is kept", location))
                        self._doubt_disagreeing(updates, kept[key], self._update(
                            answer, segment, item_id, force_id, source_file, is_sample, today, [], location), issues,
                            location)
                        continue
                    seen[key] = location
                    part_of[key] = answer.part
                    spoken.add(item_id)
                    kept[key] = len(updates)
                    updates.append(self._update(answer, segment, item_id, force_id, source_file, is_sample, today,
                                                issues, location, answer.comment if segment is newest else ""))
                    if answer.part:
                        said.setdefault(key, {})[answer.part] = updates[-1].status
        updates = _without_repeats(_whole_of_parts(updates, said, issues))
        for item_id, (answer, location) in first_seen.items():
            if item_id not in spoken:  # listed, but no words and no status in any round
                segment = RoundPart(answer.round_label, answer.round_date, answer.round_order * 100, "", "")
                updates.append(self._update(answer, segment, item_id, force_id, source_file, is_sample, today,
                                            issues, location))
        return updates

    def _turned_header(self, table) -> list[Slot]:
        """The header of a table turned the right way up, read as any other ('Action' beside dated rounds is the
        action's name)."""
        return settled_header([map_heading(c, self.reference) for c in table.rows[0]], table.rows[1:], self.reference)

    @staticmethod
    def _doubt_disagreeing(updates: list[PlanUpdate], at: int, again: PlanUpdate, issues: list[Issue],
                           location: str) -> None:
        """The same item and round in two rows with statuses that disagree (an item split into parts, '10.5a 100%' and
        '10.5b 40%', or a row pasted twice and edited once): which row is right cannot be told, so the round's status
        is stored unknown rather than the first row's."""
        first = updates[at]
        if first.status == "unknown" or again.status in ("unknown", first.status):
            return
        issues.append(Issue("warning", "doubtful_status", f"item {first.item_id} is given '{first.status}' and "
                            f"'{again.status}' in two rows for round '{first.round}' (also at {location}); stored as "
                            "unknown", location))
        updates[at] = dataclasses.replace(first, status="unknown", status_confidence=None)

    def _segments(self, answer: Answer, original_last: bool = False, dated_cells: bool = False) -> list[RoundPart]:
        """The rounds one answer holds: its own, plus one per 'UPDATE ...:' marker in its text; or, for a cell that
        is a dated log (every line opens with a date), one per entry, in time order, each with its own status."""
        logged = self._log_segments(answer)
        if logged:
            return logged
        parts = _original_last(split_rounds(answer.text) if answer.text else [], original_last)
        if len(parts) <= 1:
            text = parts[0].text if parts and not parts[0].marker else answer.text
            lead = _LEAD_MONTH.match(text) if answer.round_date is None or dated_cells else None
            if lead and (when := month_of(lead.group("when"))) and (answer.round_date is None or when < answer.round_date):
                # (a cell with one such round, where other cells hold more: that month's, whatever the column's date)
                # 'March 2025: ...' alone in an undated column: the words date themselves
                return [RoundPart(when.strftime("%B %Y"), when, answer.round_order * 100, text[lead.end():].strip(),
                                  answer.status_raw)]
            return [RoundPart(answer.round_label, answer.round_date, answer.round_order * 100, text, answer.status_raw)]
        segments: list[RoundPart] = []
        base_label, base_date = answer.round_label, answer.round_date
        marker_dates = [p.date for p in parts if p.marker and p.date]
        form_date = parse_date(answer.date_raw) if answer.date_raw else None
        if base_date is not None and form_date and form_date.replace(day=1) == base_date.replace(day=1) and \
                marker_dates and base_date >= min(marker_dates):
            base_date, base_label = None, UNDATED_LABEL  # the round was dated by that same 'Date:' cell
        if base_date is not None and marker_dates and base_date >= min(marker_dates):
            # the document's date on a column that then runs 'March 2025 ...': the first words are older than
            # every marker after them, so they are the undated first round, never the newest
            base_date, base_label = None, UNDATED_LABEL
        if base_date is not None:
            form_date = None
        # a form's 'Date: Nov-24' dates its first words; a date no earlier than an UPDATE marker's is the form's
        # last edit ('Date: Mar-26' above 'UPDATE March 2025: ...'), and says nothing of when the first words were
        if form_date and not (marker_dates and form_date.replace(day=1) >= min(marker_dates)):
            base_date = form_date.replace(day=1)
            base_label = base_date.strftime("%B %Y")
        labels: set[str] = set()
        # markers that all carry dates are placed by them, never by position (a cell may run newest first)
        marked = [p for p in parts if p.marker]
        by_date = len(marked) > 1 and all(p.date for p in marked)
        place = {id(p): rank + len(parts) - len(marked) for rank, p in enumerate(sorted(marked, key=lambda p: p.date))} \
            if by_date else {}
        newest = max(marked, key=lambda p: p.date) if by_date else parts[-1]
        if not says_something(newest.text):
            # 'Mawrth 2025 / March 2025 Dim diweddariad / No update': the newest words are the round before's, and so
            # is the status beside them
            spoken = [p for p in parts if says_something(p.text)]
            if spoken:
                newest = max(spoken, key=lambda p: p.date) if by_date and all(p.date for p in spoken) else spoken[-1]
        dated = _dated_statuses(answer.status_raw)
        for n, part in enumerate(parts):
            if n == 0 and not part.marker:
                label, date = base_label, base_date
            elif part.date:
                label, date = part.date.strftime("%B %Y"), part.date
            else:
                label, date = f"Update {n + 1} (undated)", None
            while label in labels:
                label += " (later)"
            labels.add(label)
            # the stated status is the plan's current one: it belongs to the newest words (a status cell dated line by
            # line, 'Nov-24 – Action ongoing' over 'Mar-25 – Action complete', gives each round its own)
            status = answer.status_raw if part is newest else ""
            if part.status:
                status = part.status  # 'UPDATE March 2026 (BRAG: Blue): ...': the round rates itself
            if dated:
                status = dated.get(date.replace(day=1), "") if date else ""
            segments.append(RoundPart(label, date, answer.round_order * 100 + place.get(id(part), n), part.text, status))
        return segments

    @staticmethod
    def _status_summary(answers: list[Answer]) -> dict[str, tuple[str, Answer]]:
        """Item -> (status, its row) when every table answer is a status with no words (a summary table), else {}."""
        if not answers or any(says_something(a.text) for a in answers) or not any(a.status_raw.strip() for a in answers):
            return {}
        return {item: (a.status_raw, a) for a in answers if a.status_raw.strip() for item in a.item_ids}

    @staticmethod
    def _with_summary_status(spoken: list[Answer], summary: dict[str, tuple[str, Answer]],
                             issues: list[Issue]) -> list[Answer]:
        """Each item's newest words take the summary table's status, unless they state their own."""
        newest: dict[tuple, Answer] = {}
        for answer in spoken:
            key = tuple(answer.item_ids)
            if not says_something(answer.text):
                continue  # 'No update submitted.': no round, so never the one that takes the status
            if key not in newest or (answer.round_date or dt.date.min, answer.round_order) >= (
                    newest[key].round_date or dt.date.min, newest[key].round_order):
                newest[key] = answer
        used = 0
        split: dict[int, list[Answer]] = {}
        for key, answer in newest.items():
            statuses = {summary[i][0] for i in key if i in summary}
            if len(statuses) == 1 and all(i in summary for i in key) and not answer.status_raw.strip():
                answer.status_raw = statuses.pop()
                answer.spread_doubt = ""  # the table rates each sub-item itself
                used += 1
            elif len(key) > 1 and statuses and (len(statuses) > 1 or not all(i in summary for i in key)) \
                    and not answer.status_raw.strip():
                # one answer for the whole recommendation whose sub-items the table rates apart ('11.1 | Business as
                # usual', '11.3 | In progress'): each sub-item's newest words take its own status, never one read
                # from words that are every sub-item's
                # (a sub-item the table leaves out keeps the words and no status of its own)
                split[id(answer)] = [dataclasses.replace(answer, item_ids=[i], status_raw=summary[i][0], spread_doubt="")
                                     if i in summary else dataclasses.replace(answer, item_ids=[i]) for i in key]
                used += sum(i in summary for i in key)
        if split:
            spoken = [part for answer in spoken for part in split.get(id(answer), [answer])]
        if used:
            row = next(iter(summary.values()))[1]
            issues.append(Issue("warning", "status_from_summary",
                                f"the plan gives its statuses in a summary table apart from its words; {used} item(s) "
                                "take their current status from it", f"{row.source_table}"))
        return spoken

    def _prose_beyond_tables(self, doc: Document, answers: list[Answer], doc_date, issues: list[Issue]) -> list[Answer]:
        """A plan that answers some recommendations in a table and others in paragraphs below it: the paragraphs'
        answers for items the tables do not hold, where the paragraph names the item by its number. Nothing a
        table answers is read twice, and wording alone never adds an item here."""
        tabled = {i for a in answers for i in a.item_ids}
        prose = [b for b in doc.blocks if b.kind != "row"]
        if not prose:
            return []
        reading = self.narrative.read(prose)
        narrated = self._narrative_answers(reading, doc_date)  # read once: the re-dating below and the extras after
        numbered = [a for a in narrated if a.anchor == "number" and a.round_date]
        # a table's undated column took the page's date ('Last reviewed March 2026'), and the paragraphs below give
        # the same items a round headed with that date ('Update – March 2026'): the heading's date is explicit, so the
        # tables' column is an earlier round whose date the page does not give, for every row it holds
        clashes = {a.round_date for a in answers if a.derived_date and any(
            b.round_date == a.round_date and set(b.item_ids) & set(a.item_ids) and says_something(b.text)
            for b in numbered)}
        redated: set[str] = set()
        for answer in answers:
            if answer.derived_date and answer.round_date in clashes:
                answer.round_date, answer.round_label, answer.derived_date = None, UNDATED_LABEL, False
                redated.update(answer.item_ids)
        # the rounds the tables give each item: a plan kept in one form for its first rounds and another for its later
        # ones (November's and March's paragraphs, then a tracker table from September) gives each round once
        # (a summary's status with no words gives no round: 'Annex B – status summary (March 2026)' beside the body's
        # March 2026 paragraphs)
        tabled_rounds = {(i, a.round_date) for a in answers for i in a.item_ids if says_something(a.text)}

        def earlier_round(answer: Answer) -> bool:
            # a dated paragraph naming one item by its number, for a round no table gives it and older than every
            # round the tables give it
            table_dates = [d for i in answer.item_ids for (j, d) in tabled_rounds if j == i]
            # words about other recommendations ('Our response to recommendations 27 and 28 was sent ...') run on
            # after the item's section; they are not its earlier round
            if _names_others(answer):
                return False
            # (or a round between the tables' rounds: the first plan kept in an appendix table, March's words under
            # each action, September's and March's in a table again)
            # (a table whose one round was found undated above is older than every dated paragraph about it)
            undated = bool(table_dates) and all(d is None for d in table_dates) and bool(set(answer.item_ids) & redated)
            return (answer.granularity == "item" and answer.round_date is not None and bool(table_dates)
                    and (undated or all(d is not None and answer.round_date != d for d in table_dates)
                         and (all(answer.round_date < d for d in table_dates) or min(table_dates) < answer.round_date))
                    and says_something(answer.text))

        # (a section headed by one recommendation's number, answered as a whole, names its items by number too: a
        # slide 'Recommendation 12 - Risk (answered as a whole)' among slides of tables)
        # (words that name other recommendations, 'Recommendation 16 sits with the PCC, and recommendations 23, 27 and
        # 28 were closed', are about the plan, not the section's answer)
        spoken = [a for a in narrated if a.anchor == "number" or
                  a.anchor == "heading" and len({rec_of(i) for i in a.item_ids}) == 1 and not _names_others(a)]
        worded = {i for i, _ in tabled_rounds}  # (an item the tables give only a status is not answered there)
        extra = [a for a in spoken if not (set(a.item_ids) & tabled) or earlier_round(a)
                 or not (set(a.item_ids) & worded) and says_something(a.text)]
        # the plan's first words, undated, before a dated earlier round of the same item in those paragraphs
        earlier = {i for a in extra if a.round_date is not None for i in a.item_ids if i in tabled}
        extra += [a for a in spoken if a.round_date is None and a.granularity == "item" and set(a.item_ids) <= earlier
                  and says_something(a.text) and a not in extra
                  and not re.search(r"\brecommendations?\s+\d{1,2}\b", a.text, re.IGNORECASE)]
        if extra:
            issues.extend(i for i in reading.issues if any(x in i.message for a in extra for x in a.item_ids))
        # the paragraphs' rounds come after the tables' in the document's order: an undated round of the tables is
        # placed among the tables' own dated rounds, never by a paragraph's
        after = max((a.round_order for a in answers), default=-1) + 1
        return [dataclasses.replace(a, round_order=a.round_order + after) for a in extra]

    def _numbered_under_heading(self, doc: Document) -> Document:
        """A table under 'Recommendation 10 – Training' whose rows are numbered 1, 2, 3 (the recommendation's number
        only in the heading): row 2 is sub-item 10.2. Only where every number is one of that recommendation's
        sub-items."""
        above = self._headings_above(doc)
        tables, changed = [], False
        for table in doc.tables:
            heading = above.get(table.name)
            rec = _rec_named(heading.text) if heading is not None else None
            body = table.rows[1:]
            numbers = [row[0].strip() for row in body if row and (row[0] or "").strip()]
            if rec is None or not numbers or not all(
                    re.fullmatch(r"\d{1,2}", n) and f"{rec}.{int(n)}" in self.reference.item_ids for n in numbers) \
                    or map_heading(table.rows[0][0] if table.rows[0] else "", self.reference).field not in ("item_id",
                                                                                                           "rec_no"):
                tables.append(table)
                continue
            rows = [table.rows[0]] + [[f"{rec}.{int(row[0])}" if row and re.fullmatch(r"\s*\d{1,2}\s*", row[0] or "")
                                       else (row[0] if row else "")] + row[1:] for row in body]
            tables.append(dataclasses.replace(table, rows=rows))
            changed = True
        return dataclasses.replace(doc, tables=tables) if changed else doc

    def _paren_notation(self, doc: Document, issues: list[Issue]) -> Document:
        """A plan that writes every item as '14(1)' (three or more, each a reference item) is read as 14.1, and
        says so; a lone '7 (1)' is not a notation and stays an unparsed item."""
        from .items import dotted, notation_ids

        cells = [c for t in doc.tables for row in t.rows for c in row] + [b.text for b in doc.blocks if b.kind != "row"]
        notation, ids = notation_ids(cells, set(self.reference.item_ids))
        if not ids:
            return doc
        issues.append(Issue("warning", "item_notation", f"the plan writes its items as '{notation}': {len(ids)} such "
                            f"numbers read as dotted item numbers ({', '.join(sorted(ids, key=_id_order)[:6])}"
                            f"{', ...' if len(ids) > 6 else ''})"))
        tables = [dataclasses.replace(t, rows=[[dotted(c, notation) for c in row] for row in t.rows]) for t in doc.tables]
        blocks = [dataclasses.replace(b, text=dotted(b.text, notation),
                                      cells=[dotted(c, notation) for c in b.cells] if b.cells else b.cells)
                  for b in doc.blocks]
        return dataclasses.replace(doc, tables=tables, blocks=blocks)

    def _labelled_status(self, text: str) -> str:
        """The status a round's words give on their own last line under a status label ('Status: In progress',
        'Statws / Status: Ar y gweill / In progress'): the force's own statement, so it is read as a status column
        is (with its doubts), not inferred. '' when the last line is not such a label."""
        lines = [line for line in (text or "").split("\n") if line.strip()]
        last = re.split(r"(?<=[.;!])\s+", lines[-1].strip())[-1] if lines else ""  # after the line's last sentence
        return labelled_status(last, self.reference)

    def _differ(self, one: str, other: str, as_of: dt.date) -> bool:
        """Two statuses the force gave that read as different known statuses."""
        first, second = (classify_status(s, self.reference, as_of, self.key).status for s in (one, other))
        return "unknown" not in (first, second) and first != second

    def _log_segments(self, answer: Answer) -> list[RoundPart]:
        """'13/03/2025: Briefing delivered. (Status: Complete)' over '20/11/2024: To brief staff. (Status: Not started)'
        in one cell: a log kept newest first (or oldest first; the dates say which). Each entry is a round of its own,
        placed by its date; its own status is its round's, and the cell's status column belongs to the newest."""
        text = without_superseded(answer.text or "")  # ('SUPERSEDED – September 2025: ...' kept for the record)
        text = _month_openers_apart(text)
        # (or a day in figures, '22/09/2025 | Status: Delivered ...', as a PDF's unruled log cell runs them together)
        inline = sorted(list(_INLINE_ENTRY.finditer(text)) + list(_INLINE_DAY_ENTRY.finditer(text)), key=lambda m: m.start())
        if inline and inline[0].start() > 0 and _ASK_LEAD.match(text[:inline[0].start()]):
            # 'Requirement: Reasonable lines of enquiry ... 18/03/2026 — Status: Complete ...': the ask restated over the
            # log, no entry of it
            text = text[inline[0].start():].lstrip()
            inline = sorted(list(_INLINE_ENTRY.finditer(text)) + list(_INLINE_DAY_ENTRY.finditer(text)),
                            key=lambda m: m.start())
        # one 'November 2024 | Status: Achieved ...' alone in the cell: an entry of the log all the same
        barred = len(inline) == 1 and inline[0].start() == 0 and ("|" in inline[0].group(0) or "day" in inline[0].groupdict() or (
            _MONTH_OPENER.match(answer.text or "") is not None and _ENDS_ON_STATUS.search(text.strip()) is not None))
        if (len(inline) >= 2 or barred) and inline[0].start() == 0:
            # 'Nov 24: ... Mar 25: ...' run together on one line (a PDF's cell): each 'month year:' opens an entry
            for hit in reversed(inline):
                month = hit.groupdict().get("month") or hit.groupdict().get("named") or \
                    dt.date(2000, int(hit.group("mm")), 1).strftime("%b")
                text = f"{text[:hit.start()]}\n{month}-{hit.group('year')}: {text[hit.end():]}"
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        labelled = barred
        while len(lines) >= 2 and _LOG_LABEL.fullmatch(lines[0]) and entry_date(lines[1])[0]:
            lines, labelled = lines[1:], True  # 'Progress log (newest first):' over the log's dated lines: a label
        if len(lines) < 2 and not (lines and (is_stamped(lines[0]) or labelled)):
            return []
        entries = []
        dated_lines = sum(entry_date(line)[0] is not None for line in lines)
        for line in lines:
            date, _, rest = entry_date(line)
            if date is None and dated_lines >= 2 and (marked := split_rounds(line)) and marked[0].marker and \
                    marked[0].date:
                date, rest = marked[0].date, marked[0].text  # 'Update March 2025: ...' among the log's dated lines
            if date is None:
                if not entries:
                    return []  # words before the first dated line: not a log
                entries[-1][1].append(line)  # an entry's words run on
                continue
            entries.append((date, [without_aside(rest or "")]))  # ('September 2025 (previous update): ...')
        if len(entries) < 2 and not is_stamped(lines[0]) and not labelled:
            return []  # one dated line may be the words' own date; one signed entry (or one under a log's label) is an entry
        entries.sort(key=lambda entry: entry[0])  # oldest first, wherever each stands in the cell
        # an entry that says nothing ('No change since the last update.') is no round: the one before it stands,
        # with the cell's status
        entries = [e for e in entries if says_something(" ".join(e[1])) or split_status(" ".join(e[1]), self.reference)[0]]
        # an entry that only points to another item ('[In Progress] Covered under 12.4') gives that item's status,
        # not this one's: no round here
        entries = [e for e in entries if not only_points_elsewhere(split_status(" ".join(e[1]), self.reference)[1])]
        if not entries:
            return [RoundPart(answer.round_label, answer.round_date, answer.round_order * 100, "", "")]
        segments, labels = [], set()
        dated = _dated_statuses(answer.status_raw)  # 'Nov 24 – In progress' over 'Mar 25 – Complete': each its round's
        for n, (date, words) in enumerate(entries):
            status, text = split_status(" ".join(words), self.reference)
            if dated:
                status = status or dated.get(date.replace(day=1), "")
            elif n == len(entries) - 1 and not status:
                status = answer.status_raw
            elif n == len(entries) - 1 and answer.status_raw.strip() and status != answer.status_raw and \
                    self._differ(status, answer.status_raw, date):
                # the newest entry says '[In Progress]', the item's status column 'Completed': both are the force's
                # own words and they disagree, so both are kept and the reading is doubtful (stored unknown)
                status = f"{status} / {answer.status_raw}"
            label = date.strftime("%B %Y")
            while label in labels:
                label += " (later)"
            labels.add(label)
            segments.append(RoundPart(label, date.replace(day=1), answer.round_order * 100 + n, text, status))
        return segments

    def _update(self, answer: Answer, segment: RoundPart, item_id, force_id, source_file, is_sample, today, issues,
                location, comment: str = "") -> PlanUpdate:
        raw, text = segment.status_raw, segment.text
        if not raw.strip():
            raw = self._labelled_status(text)  # 'Status: Complete' as the words' own last line: said, not inferred
        mark = _FOOTNOTE_MARK.search(raw)
        if mark and self.footnotes.get(mark.group(0)):
            # 'Complete*' with '* Complete subject to audit ...' below the table: the note is part of the status
            raw = f"{raw[:mark.start()].strip()} – {self.footnotes[mark.group(0)]}"
        # the round's date, else the date the update gives itself: a completion date after it is a plan, not a fact
        as_of = segment.date or (parse_date(answer.date_raw) if answer.date_raw else None) or today
        said = text
        if comment and not raw.strip() and len(comment.split()) <= 8 and \
                classify_status(comment, self.reference, as_of, self.key).status != "unknown":
            raw = comment  # the status column left blank, the comment says it ('Closed - BAU')
        elif comment:
            said = f"{text}\n{comment}"  # a note beside the newest words ('Reopened after the audit') is read with them
        position = read_position(raw, said, self.reference, as_of, self.key)
        reading = position.reading
        if reading.pct_problem:
            issues.append(Issue("warning", "bad_percentage", f"item {item_id}: {reading.pct_problem}; percentage ignored", location))
        if reading.doubt:
            issues.append(Issue("warning", "doubtful_status", f"item {item_id}: {reading.doubt}", location))
        if position.conflict:
            issues.append(Issue("warning", "status_conflict", f"item {item_id}: {position.conflict}", location))
        if position.stale:
            issues.append(Issue("warning", "stale_status", f"item {item_id}: {position.stale}", location))
        status, source, confidence, evidence = position.status, position.source, position.confidence, position.evidence
        if answer.spread_doubt and status in DONE:
            issues.append(Issue("warning", "doubtful_status", f"item {item_id}: {answer.spread_doubt}; stored as unknown",
                                location))
            status, confidence = "unknown", None
        if raw and reading.status == "unknown" and not reading.doubt and not PLACEHOLDER.match(raw):  # ('Select status' is a prompt)
            issues.append(Issue("warning", "unmapped_status", f"item {item_id}: status '{raw[:60]}' is not a known status word", location))
        update_date = None
        if answer.date_raw and segment.order == answer.round_order * 100:
            update_date = parse_date(answer.date_raw)
            if update_date and update_date > today:
                issues.append(Issue("warning", "future_date", f"item {item_id}: update date {update_date} is in the future; ignored", location))
                update_date = None
        return PlanUpdate(
            force_id=force_id,
            item_id=item_id,
            rec_no=rec_of(item_id),
            round=segment.label,
            round_date=segment.date,
            round_order=segment.order,
            owner=answer.owner,
            update_text=text,
            status=status,
            status_raw=raw,
            progress_pct=reading.progress_pct,
            status_source=source,
            status_confidence=confidence,
            status_evidence=evidence,
            update_date=update_date,
            source_file=source_file,
            source_table=answer.source_table,
            source_row=answer.source_row,
            is_sample=is_sample,
            granularity=answer.granularity,
            anchor=answer.anchor,
        )


def _without_repeats(updates: list[PlanUpdate]) -> list[PlanUpdate]:
    """A round that says nothing new ('No update this period', 'Dim diweddariad') under the status the item had the
    round before, in time order wherever it stands in the document: no round of its own. Under another status it is
    kept: the status moved, which is news ('No change' rated 'B' after 'A')."""
    def when(update: PlanUpdate):
        return (update.round_date or dt.date.min, update.round_order)

    repeats = set()
    by_item: dict[str, list[PlanUpdate]] = {}
    for update in updates:
        by_item.setdefault(update.item_id, []).append(update)
    for rounds in by_item.values():
        rounds.sort(key=when)
        for before, update in zip(rounds, rounds[1:]):
            # ('No further update' rated 'On track' after 'Amber': the same status in other words is no news either)
            if not says_something(update.update_text) and (
                    " ".join(update.status_raw.lower().split()) == " ".join(before.status_raw.lower().split())
                    or update.status == before.status != "unknown" and update.status_raw.strip()):
                repeats.add(id(update))
    return [u for u in updates if id(u) not in repeats]


# a log's own label over its dated lines ('Progress log:', 'Progress log (newest first):', 'Updates - latest first:')
_LOG_LABEL = re.compile(r"[A-Z][A-Za-z ]{0,30}(\s*[(\-–]\s*[a-z ]{0,25}\)?)?\s*:")
_LEAD_MONTH = re.compile(r"^\s*(?P<when>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-']+(?:20)?\d\d)\s*[:\-–—]\s+(?=\S)",
                         re.IGNORECASE)
_FOOTNOTE_MARK = re.compile(r"(?:[*†‡¹²³]+|\[\d{1,2}\])(?=\s*$)")  # 'Complete*', 'Complete [2]'
_FOOTNOTE_LINE = re.compile(r"^\s*(?:[A-Za-z]{0,12}\s*)?(?P<mark>[*†‡¹²³]+|\[\d{1,2}\])\s*(?:=|:|-|–)?\s*(?P<note>\S.{4,300})$")


# a column of a log's own action numbers ('Action No.', 'Action ref')
_ACTION_NO_HEADING = re.compile(r"^\s*action\s*(no\.?|number|ref(erence)?\.?|#|id)\s*$", re.IGNORECASE)
# a log entry that names a step still to come ('Jun-26 | ... is due to go live | Planned'): a plan, not news
_PLANNED_ENTRY = re.compile(r"^\W*(planned|scheduled|forecast|next steps?|future|proposed|to do)\b", re.IGNORECASE)


_LANGUAGE_NAME = {"cymraeg": "welsh", "welsh": "welsh", "english": "english", "saesneg": "english"}


def _one_language_columns(doc: Document) -> Document:
    """A table whose two columns are the plan in two languages ('Cymraeg | English' over each row's Welsh and English
    words): its rows read as the English words alone, one paragraph a row (the Welsh where the English cell is empty),
    so the page is read as a plan written in one language."""
    tables = [t for t in doc.tables if not _language_pair(t.rows[0] if t.rows else [])]
    if len(tables) == len(doc.tables):
        return doc
    blocks, english = [], None
    for block in doc.blocks:
        pair = _language_pair(block.cells or []) if block.kind == "row" else None
        if pair is not None:
            english = pair
            continue
        if english is not None and block.kind == "row" and block.cells and len(block.cells) == 2:
            text = block.cells[english].strip() or block.cells[1 - english].strip()
            if text:
                blocks.append(dataclasses.replace(block, kind="paragraph", text=text, cells=None))
            continue
        english = None if block.kind != "row" else english
        blocks.append(block)
    return dataclasses.replace(doc, tables=tables, blocks=blocks)


def _language_pair(cells: list[str]) -> int | None:
    """Which of two cells naming the plan's two languages ('Cymraeg | English') is the English one; None otherwise."""
    names = [_LANGUAGE_NAME.get(c.strip().lower()) for c in cells]
    return names.index("english") if len(names) == 2 and sorted(filter(None, names)) == ["english", "welsh"] else None


def _one_language(updates: list[PlanUpdate], issues: list[Issue]) -> list[PlanUpdate]:
    """A bilingual plan gives each round twice, in Welsh and in English (side by side, one after the other, or on two
    sheets): one round, the English words, and the status whichever version gives it. Where both give a status and
    they disagree about done, the round's status is unknown (doubtful_status, quoting both)."""
    groups: dict[tuple, list[PlanUpdate]] = {}
    for update in updates:
        if update.round_date is not None:
            groups.setdefault((update.item_id, update.round_date), []).append(update)
    merged: dict[int, PlanUpdate] = {}
    dropped: set[int] = set()
    for same in groups.values():
        welsh = [u for u in same if language_of(u.update_text) == "cy"]
        english = [u for u in same if language_of(u.update_text) == "en"]
        if welsh and english:
            merged[id(english[0])] = _bilingual(english[0], welsh[0], issues)
            dropped.update(id(u) for u in same if u is not english[0])
    return [merged.get(id(u), u) for u in updates if id(u) not in dropped]


def _bilingual(one: PlanUpdate, other: PlanUpdate, issues: list[Issue]) -> PlanUpdate:
    """One round given in Welsh and in English: the English words, with the status either version states; unknown
    (doubtful_status) when both state one and they disagree about done."""
    english, welsh = (other, one) if is_welsh(one.update_text) else (one, other)
    stated = [u for u in (english, welsh) if u.status_source == "stated"]
    kept = english
    if stated and english.status_source != "stated":
        given = stated[0]
        kept = dataclasses.replace(english, status=given.status, status_raw=given.status_raw,
                                   progress_pct=given.progress_pct, status_source=given.status_source,
                                   status_confidence=given.status_confidence, status_evidence=given.status_evidence)
    if len({u.status in DONE for u in stated}) > 1:
        said = " and ".join(f"'{u.status_raw[:40]}'" for u in stated)
        issues.append(Issue("warning", "doubtful_status", f"item {kept.item_id}: the Welsh and English versions of the "
                            f"{kept.round} update give statuses that disagree about done ({said}); stored as unknown",
                            f"{kept.source_table} row {kept.source_row}"))
        kept = dataclasses.replace(kept, status="unknown", status_source="stated")
    return kept


def _without_planned_steps(updates: list[PlanUpdate], issues: list[Issue]) -> list[PlanUpdate]:
    """An item's newest dated round whose status says it is planned ('Planned', 'Scheduled'), dated after every
    other round of the plan, is a step the force means to take, not an update: it is left out, with a note, and the
    round before it stays the latest."""
    newest = max((u.round_date for u in updates if u.round_date and not _PLANNED_ENTRY.match(u.status_raw or "")),
                 default=None)  # one plan, one force: its newest update that is not a plan
    kept = []
    for update in updates:
        if update.round_date and newest and update.round_date > newest and _PLANNED_ENTRY.match(update.status_raw or ""):
            issues.append(Issue("warning", "planned_step",
                                f"item {update.item_id}: the entry dated {update.round} is marked "
                                f"'{update.status_raw[:40]}' after the plan's newest update ({newest:%B %Y}): a step "
                                f"still to come, not read as a round ('{update.update_text[:80]}')",
                                f"{update.source_table} row {update.source_row}"))
            continue
        kept.append(update)
    return kept


def _footnotes(doc: Document) -> dict[str, str]:
    """A page's notes keyed by their mark ('* Complete subject to audit ...', 'G* = delivered but not yet assured')."""
    notes: dict[str, str] = {}
    # (a spreadsheet's or a CSV's note sits in a row of its own below the table, the rest of the row empty)
    lone = [cells[0] for table in doc.tables for row in table.rows
            for cells in [[c for c in row if (c or "").strip()]] if len(cells) == 1]
    for line in [b.text for b in doc.blocks if b.kind != "row"] + doc.text.splitlines() + lone:
        match = _FOOTNOTE_LINE.match(line)
        if match:
            notes.setdefault(match.group("mark"), " ".join(match.group("note").split()))
    return notes


def _copied_forward(row_answers: list[Answer], log: bool = False) -> None:
    """A later round's cell that repeats part of the round before and adds nothing (copied forward and cut short)
    says nothing new: it is left empty, so the earlier round stands with the row's status. The same words again in
    full are kept: a force that restates its position in a later round says it still holds then, unless the table is
    a log copied forward (`log`: each round's cell repeats the one before and adds its own lines), where a round's
    words are its new lines and a cell with none is no round."""
    previous, previous_lines = "", []
    for answer in row_answers:
        words = " ".join(answer.text.split()).strip(" .").lower()
        lines = _lines_of(answer.text)
        if log and previous_lines and lines[:len(previous_lines)] == previous_lines:
            answer.text = "\n".join(answer.text.strip().splitlines()[len(previous_lines):]).strip() if \
                len(lines) > len(previous_lines) else ""
        elif len(words) >= 30 and previous and words in previous and words != previous:
            answer.text = ""
        if words:
            previous, previous_lines = words, lines


def _lines_of(text: str) -> list[str]:
    return [" ".join(line.split()).lower() for line in text.strip().splitlines() if line.strip()]


def _copy_forward_log(rows) -> set[str]:
    """The tables kept as a log copied forward: in two rows or more, a round's cell is the round before's lines with
    more after them ('Nov 24: ...' then 'Nov 24: ...\nMar 25: ...')."""
    seen: dict[str, int] = {}
    for row, slots in rows:
        texts = [row.values.get(n, "") for n, slot in enumerate(slots) if slot.field == "update_text" and slot.round_date]
        if any(len(a) and len(b) > len(a) and b[:len(a)] == a for a, b in zip(map(_lines_of, texts),
                                                                            map(_lines_of, texts[1:]))):
            seen[row.table] = seen.get(row.table, 0) + 1
    return {table for table, count in seen.items() if count >= 2}


def _plan_links(doc: Document) -> list[tuple[str, str]]:
    """The page's links to a document that is the plan itself: (link text, address)."""
    return [(text, href) for text, href in doc.links if _PLAN_LINK.search(f"{text} {href}") and _DOCUMENT_LINK.search(href)]


_FORM_ITEM_LABEL = re.compile(r"^\s*(sub-?)?(recommendation|rec\.?|ref(erence)?|item|action)( no\.?| number| ref\.?)?\s*:?\s*$",
                              re.IGNORECASE)


def _form_item(rows: list[list[str]], reference) -> str:
    """The item a form's label rows name ('Recommendation: | | 10.4'), '' when none or more than one do."""
    found = []
    for row in rows:
        cells = [(c or "").strip() for c in row]
        if cells and _FORM_ITEM_LABEL.match(cells[0]):
            values = [c for c in cells[1:] if c]
            ids = parse_item_cell(values[0])[0] if len(values) == 1 else []
            if len(ids) == 1 and ids[0] in reference.item_ids and not parse_item_cell(values[0])[1].strip():
                found.append(ids[0])
    return found[0] if len(set(found)) == 1 else ""


def _with_item_column(table: RawTable, header_index: int, item: str) -> RawTable:
    """The table from its header down, with a first column naming the form's item in every row."""
    rows = [["Ref", *table.rows[header_index]]] + [[item, *row] for row in table.rows[header_index + 1:]]
    fills = None if table.fills is None else [[""] + list(f) for f in table.fills[header_index:]]
    return dataclasses.replace(table, rows=rows, row_numbers=list(table.row_numbers[header_index:]), fills=fills)


def _status_across_places(answers: list[Answer]) -> list[Answer]:
    """An item's rounds kept in several places (the current position in one table, earlier updates in another, March's
    words as paragraphs): 'No further update this period' or a dash beside the status in the newest is no round, and
    the status is the newest words' wherever they stand. Only where every round is dated. One answer for two sub-items
    ('18.2 and 20.3') in a plan like this is each one's answer, so each takes only its own status."""
    places = {a.source_table for a in answers if a.granularity == "item" and len(a.item_ids) == 1}
    if len(places) > 1:
        answers = [part for a in answers for part in (
            [dataclasses.replace(a, item_ids=[i]) for i in a.item_ids] if a.granularity == "item" and len(a.item_ids) > 1
            else [a])]
    by_item: dict[str, list[Answer]] = {}
    for answer in answers:
        if answer.granularity == "item" and len(answer.item_ids) == 1:
            by_item.setdefault(answer.item_ids[0], []).append(answer)
    repeats: set[int] = set()
    for item_answers in by_item.values():
        if len({a.source_table for a in item_answers}) > 1 and all(a.round_date for a in item_answers):
            # ('No further update this period.' with no status of its own beside a summary's status is neither)
            _status_to_latest_words([a for a in item_answers if says_something(a.text) or a.status_raw.strip()])
            # a summary's status with no words in a round the item's own words give with the same status: a repeat
            repeats |= {id(a) for a in item_answers if not says_something(a.text) and a.status_raw.strip() and any(
                b is not a and b.round_label == a.round_label and says_something(b.text)
                and " ".join(b.status_raw.split()).lower() == " ".join(a.status_raw.split()).lower()
                for b in item_answers)}
    return [a for a in answers if id(a) not in repeats]


def _status_to_latest_words(row_answers: list[Answer]) -> None:
    """An empty newest cell is no update: the earlier round's words stand, and the row's one status (paired with
    the newest round) is theirs. 'Initial response | March 2025 (empty) | Status: Amber' is one round, Amber."""
    if len(row_answers) < 2:
        return
    # in time order where every round is dated: a row's round columns may run newest first
    if all(a.round_date for a in row_answers):
        row_answers = sorted(row_answers, key=lambda a: (a.round_date, a.round_order))
    last = row_answers[-1]
    if says_something(last.text) or not last.status_raw.strip():
        return
    spoken = next((a for a in reversed(row_answers[:-1]) if says_something(a.text)), None)
    if spoken is not None and not spoken.status_raw.strip():
        spoken.status_raw, last.status_raw = last.status_raw, ""


def _has_items(table, reference=None) -> bool:
    """Item numbers in a table's first columns; with `reference`, two or more rows opening with a bare recommendation
    number ('14', '16') count too (a one-row-per-recommendation table continued on the next page)."""
    if any(parse_item_cell(cell)[0] for row in table.rows[:10] for cell in row[:4]):
        return True
    return reference is not None and sum(
        1 for row in table.rows[:10] if row and re.fullmatch(r"\s*\d{1,2}\s*", row[0] or "")
        and reference.items_of(int(row[0]))) >= 2


def _join_parts(first: PlanUpdate, again: PlanUpdate, issues: list[Issue], location: str) -> PlanUpdate:
    """One round of a sub-item split into parts ('10.2a' officers, '10.2b' staff): the parts' words together, and a
    status for the whole only where the parts' own allow one. Any part still in progress, or one done and one not
    started, is work begun and unfinished; a done beside a part whose position is not given is not the whole's done."""
    text = "\n".join(t for t in (first.update_text, again.update_text) if t.strip())
    status = _status_of_parts([first.status, again.status])
    if status is None:
        issues.append(Issue("warning", "doubtful_status", f"item {first.item_id} is split into parts that say "
                            f"'{first.status}' and '{again.status}' for round '{first.round}' (also at {location}); "
                            "stored as unknown", location))
        status = "unknown"
    if status == first.status:
        return dataclasses.replace(first, update_text=text)
    return dataclasses.replace(first, update_text=text, status=status, status_confidence=None)


def _status_of_parts(statuses: list[str]) -> str | None:
    """The whole sub-item's status from its parts': the one they share; begun and unfinished where a part is in
    progress or one is done and another not started; None where a done stands beside a part whose position is not
    known (the whole cannot be called done, nor anything else)."""
    found = set(statuses)
    if len(found) == 1:
        return statuses[0]
    if found <= DONE:
        return "complete"
    if "in_progress" in found or ("not_started" in found and found & DONE):
        return "in_progress"
    return None if found & DONE else "unknown"


def _whole_of_parts(updates: list[PlanUpdate], said: dict[tuple[str, str], dict[str, str]],
                    issues: list[Issue]) -> list[PlanUpdate]:
    """A round in which only some parts of a split sub-item speak ('10.2a: Complete' in September, '10.2b' last heard
    of in March as in progress): the whole is done only when every part's latest position is."""
    out = list(updates)
    parts: dict[str, set[str]] = {}  # the parts each split sub-item is answered in
    for (item_id, _), by_part in said.items():
        parts.setdefault(item_id, set()).update(by_part)
    for item_id, letters in parts.items():
        if len(letters) < 2:
            continue
        latest: dict[str, str] = {}
        places = sorted((n for n, u in enumerate(out) if u.item_id == item_id), key=lambda n: out[n].round_order)
        if places:
            issues.append(Issue("warning", "split_item", f"item {item_id} is answered in parts "
                                f"({', '.join(item_id + p for p in sorted(letters))}); each round's words are the "
                                "parts' together and its status theirs as a whole", out[places[0]].source_table))
        for n in places:
            latest.update(said.get((item_id, out[n].round), {}))
            if out[n].status not in DONE:
                continue
            status = _status_of_parts([latest.get(letter, "unknown") for letter in sorted(letters)])
            if status in DONE:
                continue
            if status is None or status == "unknown":
                issues.append(Issue("warning", "doubtful_status", f"item {item_id} is split into parts "
                                    f"({', '.join(sorted(letters))}); round '{out[n].round}' gives "
                                    f"'{out[n].status}' while another part's position is not given; stored as unknown",
                                    out[n].source_table))
            out[n] = dataclasses.replace(out[n], status=status or "unknown", status_confidence=None)
    return out
