"""Dated logs: per item a list or small table of dated entries, each with its own status.

    12 March 2026 – Complete – audit finished
    4 September 2025 – In progress – audit under way
    | Date | Update | Status |   (a table under the item's heading)

A log may run newest first (the inspectorates keep their registers so) or oldest first; its dates, never
its order on the page, tell which entry is the latest. Each entry is a round of its own. An entry with no
date among dated ones cannot be placed in time: it is reported, not guessed.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..model import Block
from ..reference import Reference
from .dates import parse_date, periods_in, season_start
from .headers import map_heading
from .key import COLOURS
from .status import is_status_word
from .text import says_something

_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_DATE = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+20\d\d"  # 12 March 2026
         rf"|(?:{_MONTHS})\.?,?\s+20\d\d"  # March 2026
         r"|\d{1,2}[/.\-]\d{1,2}[/.\-](?:20)?\d\d"  # 12/03/2026, 12.03.26
         r"|20\d\d-\d{1,2}(?:-\d{1,2})?"  # 2026-03-12
         rf"|(?:{_MONTHS})[\-'’]\d\d"  # Mar-26
         # 'Spring 2025 | Status: On track': a season in a log entry's own date field, its first month ('Spring 2025:'
         # opening a paragraph is the narrative reader's round marker, not a log's entry)
         r"|(?:spring|summer|autumn|winter)\s+20\d\d(?=\s*\|)"
         rf"|(?:{_MONTHS})\.?\s2\d(?=\s*(?::|\s[-–—]\s)))"  # 'Nov 24 :', 'Nov 24 - ' opening a round's line: a month and a year
         )
_TIME = r"(?:,?\s+(?:at\s+)?\d{1,2}:\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?)"  # '04/03/2026 09:26', '12 March 2026, 2:15pm'
# a block that opens with a date, then a separator (or nothing at all: the date alone heads its entry)
_LOG_MARKS = "●○◐◑◒◓✓✔✗✘"  # a round's mark after its date, which the page's key defines ('Nov 2024  ◐  words')
# ('Update 12/03/2026 — Status: Complete' heads an entry as its date alone would: the word only names what follows)
_ENTRY = re.compile(rf"^\s*(?:update\s+(?=\d))?[\[(]?(?P<date>{_DATE})(?:{_TIME})?[\])]?(?:\s*(?:[–—|:,]|-(?!\d)|\.(?=\s))\s*(?P<rest>.*)"
                    r"|\s*(?=[(\[])(?P<paren>.*)|\s+(?P<word>(?-i:[A-Z]).*)|\s*$"
                    # 'Nov 2024  ◐  The Crime Standards team ...': a mark the page's key defines, then the words
                    r"|\s+(?P<mark>[" + _LOG_MARKS + r"–—-](?=\s).*))", re.IGNORECASE | re.DOTALL)  # '12 March 2026 (Complete) ...'
# a signed entry, as a list's append-only field exports its history: 'J. Pickering (04/03/2026 09:26): words'
_NAME_WORD = r"(?!(?:update|progress|status|review|note|comment|position|action|round|entry|date|rag|response|" \
             r"diweddariad|mar|march|sept?|nov|dec|jan|feb|apr|may|jun|jul|aug|oct)\b)(?-i:[A-Z](?:[a-zA-Z'’-]*[a-z]|\.)?)"
_STAMP = re.compile(rf"^\s*(?P<who>{_NAME_WORD}(?:\s*{_NAME_WORD}){{0,3}})\s*\((?P<date>{_DATE}){_TIME}?\)"
                    r"\s*[:\-–—]\s*(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
# a footer, a round label ('Mar 25 update: ...'), not words that open with the word ('Update plans are now prompted')
_NOT_ENTRY = re.compile(r"^(page \d|\d+ of \d+|(progress )?update\s*(?:[:\-–—(]|$))", re.IGNORECASE)
# the status given first: 'Complete – words', 'In progress - words', 'Not started. Words', 'Status: Amber | words',
# '(status: Complete): words'
_HEAD_STATUS = re.compile(r"^\s*(?:[\[(]\s*(?=(?:b?rag\s+)?status\b))?(?:(?:b?rag\s+)?status\s*[:\-–]\s*)?[\[(]?(?P<head>[A-Za-z][A-Za-z0-9 %/&'’-]{0,40}?)[\])]?"
                          r"\s*(?:[–—|:;]|\s-\s|\.\s|(?<=[\])])\s)\s*(?P<tail>\S.*)$", re.IGNORECASE | re.DOTALL)
# nothing but a labelled status: 'Status: Complete', 'RAG status: Closed – business as usual', '(Status: Amber)',
# 'Statws / Status: Ar y gweill / In progress'
_ONLY_STATUS = re.compile(r"^\s*[(\[]?\s*(?:statws\s*/\s*)?(?:(?:rag\s+|current\s+|overall\s+)?status|rag(?:\s+rating)?|rating|"
                          r"where we are(?:\s+now)?|where (?:this|it|the action|the work) (?:stands|is)(?:\s+now)?|(?:current\s+|overall\s+)?position|"
                          r"where are we(?:\s+now)?\s*\?|how far have we got\s*\?)"  # 'Where are we? Ongoing.'
                          r"(?:\s*/\s*statws)?(?:\s*[:\-–]|(?<=\?))\s*"
                          r"(?P<said>[^\n:]{1,80}?)\s*[)\]]?\s*\.?\s*$", re.IGNORECASE)


def labelled_status(text: str, reference: Reference) -> str:
    """The status of a text that is nothing but a labelled status ('Status: In progress'); '' otherwise."""
    match = _ONLY_STATUS.match(text or "")
    said = match.group("said").strip() if match else ""
    return said if said and is_status_word(said, reference, 80) else ""
# ... or last: 'words (Complete)', 'words. Status: In progress'
_TAIL_STATUS = re.compile(r"^(?P<tail>.*?\S)\s*(?:[–—|]\s*|\s-\s*)?(?:\(\s*(?:status\s*[:\-–]\s*)?(?P<a>[^()]{1,40})\)"
                          r"|\b(?:rag\s+)?status\s*[:\-–]\s*(?P<b>[^.()]{1,40}))\s*\.?\s*$", re.IGNORECASE | re.DOTALL)
_LAST_SEGMENT = re.compile(r"^(?P<words>.*\S)\s*(?:[–—|]|\s-)\s*(?P<status>[A-Za-z][A-Za-z /'’-]{0,30}?)\s*\.?\s*$",
                           re.DOTALL)
# a status in square brackets before the words, whatever it holds ('[Complete - BAU] – ...', '[Complete in Sheffield]')
_BRACKETED_HEAD = re.compile(r"^\s*\[(?P<head>[^\]\n]{1,40})\]\s*(?:[–—:|]\s*|-\s+)?(?P<tail>\S.*)$", re.DOTALL)
_WORDS_ONLY = re.compile(r"^[A-Za-z][A-Za-z %/&'’-]*$")


@dataclass
class Entry:
    date: dt.date | None  # None: an entry with no date
    date_raw: str
    text: str
    status_raw: str
    block: Block


def entry_date(text: str) -> tuple[dt.date | None, str, str | None]:
    """(date, the date as written, the words after it) when a text opens with a date; (None, '', None) if not."""
    match = _STAMP.match(text) or _ENTRY.match(text)
    if not match:
        return None, "", None
    date = parse_date(match.group("date")) or _month_short_year(match.group("date")) or season_start(match.group("date"))
    groups = match.groupdict()
    rest = (groups.get("rest") or groups.get("paren") or groups.get("word") or groups.get("mark") or "").strip()
    if date is None or _NOT_ENTRY.match(rest):
        return None, "", None
    return date, match.group("date"), rest


def is_stamped(text: str) -> bool:
    """A signed entry, 'J. Pickering (04/03/2026 09:26): words': a log's entry even when it is the only one."""
    match = _STAMP.match(text or "")
    return bool(match) and entry_date(text)[0] is not None


def _month_short_year(text: str) -> dt.date | None:
    """'Nov 24' as a round's label ('Nov 24 : We will ...'): November 2024."""
    match = re.fullmatch(rf"({_MONTHS})\.?\s(2\d)", text.strip(), re.IGNORECASE)
    return parse_date(f"{match.group(1)}-{match.group(2)}") if match else None


def split_status(text: str, reference: Reference) -> tuple[str, str]:
    """(status as written, the entry's words) from 'Complete – audit finished' or 'audit finished (Complete)'."""
    if labelled_head := _STATUS_LABEL_HEAD.match(text):
        # 'Status: Closed (business as usual) SPO usage and outcome codes ...': a log line's bold 'Status: <word>' run
        # into its words, as a PDF's cell joins them; the longest status phrase (a gloss in brackets after it allowed)
        # before a capitalised word is the status
        words = labelled_head.group("rest").split(" ")
        for n in range(min(6, len(words) - 1), 0, -1):
            head, tail = " ".join(words[:n]).strip(), " ".join(words[n:]).strip()
            glossed = re.fullmatch(r"(?P<word>[A-Za-z]+(?: [A-Za-z]+)?) \([^()]{1,30}\)", head)
            parts = re.split(r"\s+[–—-]\s+", head)  # 'Open – in progress', 'Closed – business as usual'
            if tail[:1].isupper() and len(tail.split()) >= 3 and (_pure_status(head, reference) or glossed and _pure_status(
                    glossed.group("word"), reference) and is_status_word(head, reference, 40) or len(parts) == 2 and all(
                    part and _pure_status(part, reference) for part in parts) or len(parts) == 2 and _pure_status(
                    # ('Closed – action completed', 'Closed – now business as usual': a status and its gloss)
                    parts[0], reference) and len(parts[1].split()) <= 4 and not any(w[:1].isupper() for w in parts[1].split()[1:])
                    and is_status_word(parts[1], reference, 40)):
                return head, tail
    if said := labelled_status(text, reference):
        return said, ""  # 'Status: Closed – business as usual' and nothing more
    words = list(re.finditer(r"\S+", text))
    for n in range(min(7, len(words)), 2, -1):
        # 'Closed – business as usual Breach reviews audited ...': two statuses joined by a dash, one the other's gloss,
        # run into the words (a log's status line and its text joined), kept whole rather than cut at the dash
        head, tail = " ".join(w.group(0) for w in words[:n]), text[words[n].start():].strip() if n < len(words) else ""
        parts = re.split(r"\s+[–—-]\s+", head)
        if len(parts) == 2 and (not tail or tail[:1].isupper()) and all(part and _pure_status(part, reference)
                                                                       for part in parts):
            return head, tail
    bracketed = _BRACKETED_HEAD.match(text)
    if bracketed and is_status_word(bracketed.group("head").strip(), reference, 40):
        return bracketed.group("head").strip(), bracketed.group("tail").strip()  # '[Complete - BAU] – Champions ...'
    last = _LAST_SEGMENT.match(text)
    if last and (is_status_word(last.group("status").strip(), reference, 40)
                 or re.fullmatch(r"[RAGB]", last.group("status").strip())):  # 'words – G': a log line's own RAG letter
        # 'Audit finished – Complete': the last part is nothing but a status; a first part of words is not one
        first = _HEAD_STATUS.match(text)
        if not (first and _pure_status(first.group("head"), reference)):
            return last.group("status").strip(), last.group("words").strip()
    head = _HEAD_STATUS.match(text)
    if head and len(head.group("head").split()) <= 5 and is_status_word(head.group("head").strip(), reference, 40) \
            and _opens_on_status(head.group("head"), reference):
        # ('Mapping complete; a new input was written', 'Devon finished in May; Cornwall ...': a clause of the words
        # whose verb is a done-word, not a status set before them)
        return head.group("head").strip(), head.group("tail").strip()
    tail = _TAIL_STATUS.match(text)
    if tail:
        word = (tail.group("a") or tail.group("b") or "").strip()
        if len(word.split()) <= 5 and is_status_word(word, reference, 40):
            return word, tail.group("tail").strip().rstrip(" –—-|")
    if _WORDS_ONLY.match(text.strip()) and len(text.split()) <= 4 and is_status_word(text.strip(), reference, 40):
        return text.strip(), ""  # '12 March 2026 – Complete' and nothing more
    if marked := _MARK_HEAD.match(text):
        return marked.group("mark"), marked.group("tail").strip()  # '◐ The team reviews ...': the page's key reads the mark
    bare = _BARE_HEAD.match(text)
    if bare and (_COLOUR.fullmatch(bare.group("head")) or _pure_status(bare.group("head"), reference)):
        return bare.group("head"), bare.group("tail").strip()  # 'Blue The June release delivered ...': no separator
    return "", text.strip()


_STATUS_LABEL_HEAD = re.compile(r"^\s*status\s*:\s*(?P<rest>\S.*)$", re.IGNORECASE | re.DOTALL)
_MARK_HEAD = re.compile(r"^\s*(?P<mark>[" + _LOG_MARKS + r"])\s+(?P<tail>\S.*)$", re.DOTALL)
# a status set before the words with no separator, as a page's badge and sentence run together: a capitalised colour
# or status phrase of up to three words, then a sentence that opens with a capital
_BARE_HEAD = re.compile(r"^\s*(?P<head>(?-i:[A-Z])[A-Za-z]+(?: [A-Za-z]+){0,2}?)\s+(?P<tail>(?-i:[A-Z])[a-z]*\b.*)$", re.DOTALL)
_COLOUR = re.compile(COLOURS, re.IGNORECASE)


# the date last: 'Complete – audit finished (12 March 2026)', 'Audit finished – 12/03/2026'
_DATE_LAST = re.compile(rf"^(?P<rest>\S.*?)\s*(?:[–—|]\s*|\s-\s*|\(\s*)(?P<date>{_DATE})\s*\)?\.?\s*$",
                        re.IGNORECASE | re.DOTALL)


_NEUTRAL_LEAD = re.compile(r"^\s*(?:(?:action|item|work|recommendation|status|overall|now|fully|all|rag)\s+)*", re.IGNORECASE)


def _opens_on_status(text: str, reference: Reference) -> bool:
    """A status phrase at the start ('In progress 50%', 'Action complete', 'Amber'), not a subject before its verb."""
    words = " ".join(text.lower().split()).strip(" .:-–()[]")
    rest = words[_NEUTRAL_LEAD.match(words).end():]
    return any(rule[0].match(rest) or rule[0].match(words) for rule in reference.status_rules)


def _pure_status(text: str, reference: Reference) -> bool:
    """Nothing but a status phrase ('In progress', 'Complete', 'Amber'), not words that hold one ('Audit finished')."""
    words = " ".join(text.lower().split()).strip(" .:-–()[]")
    return bool(words) and any(rule[0].fullmatch(words) for rule in reference.status_rules)


def entry_of(block: Block, reference: Reference) -> Entry | None:
    """A dated entry written on one line (or a date alone, its words on the lines below)."""
    if block.kind == "row" or len(block.text) > 1500:
        return None
    date, raw, rest = entry_date(block.text)
    if date is None and block.kind in ("list_item", "paragraph"):
        last = _DATE_LAST.match(block.text.strip())
        if last and parse_date(last.group("date")) and len(last.group("rest").split()) >= 2:
            date, raw, rest = parse_date(last.group("date")), last.group("date"), last.group("rest").rstrip(" –—|-")
    if date is None:
        return None
    status, text = split_status(rest, reference) if rest else ("", "")
    return Entry(date, raw, text, status, block)


_ROUND_HEADING = re.compile(r"^\s*(update|round|period|reporting period|review)\s*:?\s*$", re.IGNORECASE)


def _round_month(text: str) -> dt.date | None:
    """'November 2024 (original plan)', 'March 2025': a round's label that opens with its month."""
    from .dates import month_of

    match = re.match(r"^\s*([A-Za-z]{3,9}\.?\s+(?:20)?\d\d)\b", text)
    return month_of(match.group(1)) if match else None


_MARKER_HEADING = re.compile(r"^\s*(progress|rag|rating|position|marker)\s*:?\s*$", re.IGNORECASE)
_DATE_HEADING = re.compile(r"^\s*(when|updated|date( of)? (entry|update|change)|month|entry date|logged)\s*:?\s*$", re.I)
_TEXT_HEADING = re.compile(r"^\s*(details?|description|entry|notes?|what (happened|changed|was done))\s*:?\s*$", re.I)


@dataclass
class LogColumns:
    """A small table's header: which column holds each entry's date, words and status."""

    date: int
    update: int | None
    status: int | None
    marker: int | None = None  # a column of markers or words: a short cell is the round's status, a longer one its words

    @classmethod
    def of(cls, block: Block, reference: Reference) -> LogColumns | None:
        if block.kind != "row" or not block.cells:
            return None
        fields = [map_heading(cell, reference).field if cell.strip() else None for cell in block.cells]
        fields = ["update_date" if _DATE_HEADING.match(cell) else "update_text" if f is None and _TEXT_HEADING.match(cell)
                  else f for cell, f in zip(block.cells, fields)]
        dates = [i for i, f in enumerate(fields) if f == "update_date"]
        updates = [i for i, f in enumerate(fields) if f == "update_text"]
        statuses = [i for i, f in enumerate(fields) if f == "status"]
        if not dates and len(updates) >= 2 and updates[0] == 0 and _ROUND_HEADING.match(block.cells[0]):
            # 'Update | What we did | Status at the time': the first column names each row's round ('March 2025')
            dates, updates = [0], updates[1:]
        if len(dates) != 1 or not (updates or statuses) or any(f in ("item_id", "rec_no") for f in fields):
            return None
        marker = None
        if not statuses and len(updates) >= 2 and _MARKER_HEADING.match(block.cells[updates[-1]]):
            # 'Update | What we have done | Progress': a last words column named only 'Progress' beside another may hold
            # each round's marker (a colour, 'Green status'); which it is, each row's cell tells
            marker = updates[-1]
        return cls(dates[0], updates[0] if updates else None, statuses[0] if statuses else None, marker)

    def entry(self, block: Block) -> Entry | None:
        cells = block.cells or []

        def cell(index):
            return cells[index].strip() if index is not None and index < len(cells) else ""

        text, status, when = cell(self.update), cell(self.status), cell(self.date)
        if (mark := cell(self.marker)) and not status:
            if len(mark.split()) <= 6:
                status = mark
            else:
                text = f"{text}\n{mark}".strip()
        if not (text or status or when):
            return None
        date = (parse_date(when) or _round_month(when)) if when else None
        return Entry(date, when, text, status, block)


def repeated_dates(blocks: list[Block]) -> set[str]:
    """Dates alone on a line that the document repeats (a page footer's date): never an entry."""
    seen: dict[str, int] = {}
    for block in blocks:
        text = block.text.strip()
        if block.kind != "row" and len(text) <= 30 and _ENTRY.match(text) and not entry_date(text)[2]:
            seen[text] = seen.get(text, 0) + 1
    repeated = {text for text, count in seen.items() if count > 1}
    # a page footer prints one day (the day the document was made); several days each repeated are the entries of a
    # log kept per item ('21/11/2024', '27 March 2025', '16/03/2026' over each item's entries). A month alone ('March
    # 2025' over each item's words) is a round's label either way, never an entry
    days = {t for t in repeated if _DAY_WRITTEN.search(t)}
    return repeated - days if len({parse_date(t) or t for t in days}) >= 2 else repeated


_DAY_WRITTEN = re.compile(r"^\s*\d{1,2}(st|nd|rd|th)?[\s/.\-]")  # '21/11/2024', '27 March 2025': a day, not a month


def is_log(blocks: list[Block], reference: Reference) -> bool:
    """Does the document keep dated logs? A table headed Date | Update | Status, two dated entries side by
    side (in one list, or in consecutive paragraphs), or two dates alone on a line each heading words."""
    previous = None
    last_dated: int | None = None
    headed = 0
    repeated = repeated_dates(blocks)
    for n, block in enumerate(blocks):
        if LogColumns.of(block, reference):
            return True
        entry = entry_of(block, reference) if block.text.strip() not in repeated and block.kind != "row" else None
        dated = block.kind in ("list_item", "paragraph") and entry is not None and bool(entry.text or entry.status_raw)
        if dated and previous is not None and previous.kind == block.kind:
            return True
        if dated and last_dated is not None and 1 < n - last_dated <= 4 and all(
                b.kind == "paragraph" and b.text[:1].islower() for b in blocks[last_dated + 1:n]):
            return True  # two dated entries whose words wrap onto lines of their own ('the new policy is agreed.')
        if dated and last_dated is not None and n - last_dated == 2 and blocks[n - 1].kind == "paragraph" and \
                labelled_status(blocks[n - 1].text, reference):
            return True  # each entry closed by its own status line ('March 2025 The tool ...' / 'Position: Open')
        last_dated = n if dated else last_dated
        previous = block if dated else None
        if entry is not None and not entry.text and n + 1 < len(blocks) \
                and blocks[n + 1].kind in ("paragraph", "list_item") and entry_of(blocks[n + 1], reference) is None:
            headed += 1  # '12 March 2026' (or '12 March 2026 Status: Complete') on its own line, its words below
            if headed >= 2:
                return True
    return False


def dated_rows(answers: list, issues: list, headings: dict[str, tuple] | None = None) -> list:
    """A table that logs several dated rows per item (Recommendation | Date | Update | Status, newest first or
    not): each row is a round of its own, placed by its date. Without this the rows of one item read as one
    round listed again, and the first on the page (whichever it is) won.

    answers are the table reader's (etl/normalise/document.Answer); a table is a log only when some item has
    rows with two or more different dates, so a row pasted twice is still reported as listed again. `headings`
    (table name -> its column headings): a table under the same headings as a log is one too, though each of its
    items has one row (one recommendation's table, or a row carried onto the next page)."""
    from dataclasses import replace

    by_table: dict[str, dict[tuple, list]] = {}
    for answer in answers:
        by_table.setdefault(answer.source_table, {}).setdefault(
            (tuple(answer.item_ids), answer.round_label), []).append(answer)
    logs = {table for table, items in by_table.items() if any(
        len({_row_date(a.date_raw) for a in rows if a.date_raw and _row_date(a.date_raw)}) > 1 for rows in items.values())}
    if not logs:
        return answers
    if headings:
        kin = {headings[t] for t in logs if t in headings}
        logs |= {t for t in by_table if headings.get(t) in kin}
    out = []
    ends: dict[int, dt.date] = {}  # the last day of a period a row is dated by ('Q4 24/25'), by the row kept
    days: dict[int, dt.date] = {}  # the day a dated row was written, by the row kept
    for answer in answers:
        rows = by_table.get(answer.source_table, {}).get((tuple(answer.item_ids), answer.round_label), [])
        date = _row_date(answer.date_raw) if answer.date_raw else None
        if answer.source_table not in logs:
            out.append(answer)
        elif not says_something(answer.text):
            if answer.status_raw.strip():  # 'Mar-25 | (no words) | A': a status with nothing said is no round
                issues.append(_status_without_words(answer))
        elif date is None:
            period = periods_in(answer.date_raw) if answer.date_raw else []
            if len(period) == 1 and not _WITHIN.search(answer.date_raw):
                # 'Q4 24/25', 'Spring 2025': a period, not a day. Placed in time by its end, its month never made up:
                # the round is named as written and left undated
                out.append(replace(answer, round_label=" ".join(answer.date_raw.split()), round_date=None))
                ends[id(out[-1])] = period[0]
            elif any(a.date_raw and _row_date(a.date_raw) for a in rows):
                issues.append(_undated_row(answer))
            else:
                out.append(answer)
        else:
            out.append(replace(answer, round_label=date.strftime("%B %Y"), round_date=date.replace(day=1)))
            days[id(out[-1])] = date
    out = _one_round_a_month(out, days, issues)
    # rounds in time order, the same order for every item that shares a round (a period by its last day)
    def when(a):
        return a.round_date or ends.get(id(a))

    rank = {date: n for n, date in enumerate(sorted({when(a) for a in out if a.source_table in logs and when(a)}))}
    return [replace(a, round_order=rank[when(a)]) if a.source_table in logs and when(a) else a for a in out]


def _one_round_a_month(answers: list, days: dict[int, dt.date], issues: list) -> list:
    """Two log entries of one item in one month ('2 September 2025' and '26 September 2025') are one round of that
    month: their words in date order, the later entry's status (or the earlier's, where the later gives none), the later
    entry's row its source. A plan publishes once a month at most; two rounds a month would make the earlier entry's
    words read as a round of their own."""
    from dataclasses import replace

    from ..model import Issue

    groups: dict[tuple, list] = {}
    for answer in answers:
        if id(answer) in days:
            groups.setdefault((answer.source_table, tuple(answer.item_ids), answer.round_date), []).append(answer)
    out, placed = [], set()
    for answer in answers:
        key = (answer.source_table, tuple(answer.item_ids), answer.round_date)
        group = groups.get(key) if id(answer) in days else None
        if not group or len(group) == 1:
            out.append(answer)
            continue
        if key in placed:
            continue
        placed.add(key)
        ordered = sorted(group, key=lambda a: days[id(a)])
        if len({days[id(a)] for a in ordered}) < len(ordered):
            out.extend(group)  # two entries on one day: which came later is not told (reported where they are read)
            continue
        later = ordered[-1]
        status = next((a.status_raw for a in reversed(ordered) if a.status_raw.strip()), "")
        out.append(replace(later, text="\n".join(a.text for a in ordered), status_raw=status))
        issues.append(Issue("warning", "entries_one_round",
                            f"item {', '.join(later.item_ids)}: entries of "
                            f"{' and '.join(f'{days[id(a)].day} {days[id(a)]:%B}' for a in ordered)} "
                            f"{days[id(later)]:%Y} are read as one round ({later.round_label}), their words in date "
                            "order and the later entry's status",
                            f"{later.source_table}, row {later.source_row}"))
    return out


_SHORT_MONTH = re.compile(r"^\s*(?P<month>[A-Za-z]{3,9})\.?\s+(?P<year>\d\d)\s*$|^\s*(?P<mm>\d{1,2})/(?P<yyyy>20\d\d)\s*$")


def _row_date(raw: str) -> dt.date | None:
    """A log row's date: as parse_date reads it, or a month and year as a log's margin writes them ('Mar 26',
    'Sept 25', '03/2025'), the first of that month."""
    date = parse_date(raw)
    if date is not None or not raw:
        return date
    match = _SHORT_MONTH.match(raw)
    if match and match.group("mm"):
        month = int(match.group("mm"))
        return dt.date(int(match.group("yyyy")), month, 1) if 1 <= month <= 12 else None
    if match:
        from .dates import month_of

        return month_of(f"{match.group('month')}-{match.group('year')}")
    return None


_WITHIN = re.compile(r"\b(by|before|until|from|after|since|due)\b", re.IGNORECASE)  # 'due Q4': a target, not a round


def _status_without_words(answer):
    from ..model import Issue

    return Issue("warning", "status_without_words",
                 f"item {', '.join(answer.item_ids)}: the row dated '{answer.date_raw}' gives status "
                 f"'{answer.status_raw[:40]}' but no words; not read as a round, so the item's earlier round stands",
                 f"{answer.source_table}, row {answer.source_row}")


def _undated_row(answer):
    from ..model import Issue

    return Issue("warning", "undated_entry",
                 f"item {', '.join(answer.item_ids)}: a row with no date among dated rows ('{answer.text[:80]}'); its "
                 "place in time cannot be told, so it is not read as a round: give it a date in the plan",
                 f"{answer.source_table}, row {answer.source_row}")
