"""A status cell read as a careful person reads it: its status words, and what the words around them do to them.

Every status word in the cell is found (data/reference/status_words.csv, all of them, not the first), then the
cell is read for what weakens or contradicts a done-word (data/reference/status_modifiers.csv): a negation
('Cannot be completed', 'Achieved: N'), a future or a target ('Complete by April 2027', a completion date after
the round), an exception or a part ('Complete except for training', 'Complete in the North'), a reversal
('Was complete, now reopened'), a question. A done-word so weakened no longer counts; what the other words say
then decides. A quantity or a percentage that says how far the work has got ('0 of 5 actions complete',
'25 percent complete') gives that progress plainly. Two statuses at once that disagree about done ('Complete/In
progress', 'Red - complete'), a percentage that contradicts the word ('Complete 50%'), or a done-word undone with
nothing else said, leave the cell unknown with a doubt that quotes it: a wrong 'done' is worse than a missing one.

A page may define its own words and colours ('Blue = closed, now business as usual'; a key table of fills): a
`StatusKey` from that page outranks the default vocabulary for those words.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

from ..reference import Reference
from ..vocabulary import DONE, STATUSES  # noqa: F401 (STATUSES: what a status may be, defined once there)
from .dates import MONTHS, days_in, days_without_year, ended_year_for, parse_date, periods_in
from .text import mend_slips, without_document_names, without_settled

# A percentage with its sign, thousands separators and decimals kept, so '-5%' and '1,000%' are seen for
# what they are; a range ('50-60%') or two figures are doubtful, not averaged.
_MINUS = "-\u2212\u2013\u2014"
_PCT = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(?:%|per\s?cent\b)", re.IGNORECASE)
_PCT_RANGE = re.compile(rf"\d+(?:\.\d+)?\s*%?\s*(?:[{_MINUS}]|to)\s*\d+(?:\.\d+)?\s*(?:%|per\s?cent)", re.IGNORECASE)
# a percentage that says how far the done-word has got: '25% complete', 'complete to 60%', '40 percent done'
_DONE_WORDS = r"(?:complete|completed|done|implemented|achieved|delivered|finished|met|closed)"
_PCT_OF_DONE = re.compile(rf"(?:%|per\s?cent)\s*(?:of\s+(?:the\s+)?(?:plan|actions?|work)\s+)?{_DONE_WORDS}\b|"
                          rf"\b{_DONE_WORDS}\s*(?:to|at)\s*\d", re.IGNORECASE)
_NUMBERS = {"zero": 0, "none": 0, "no": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "all": -1}
_NUMBER = r"(\d+|zero|none|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# 'Complete for 3 of 12 districts', '0 of 5 actions complete', 'four out of six'
_QUANTITY = re.compile(rf"\b{_NUMBER}\s+(?:of|out of)\s+(?:the\s+|our\s+)?{_NUMBER}\b|\b(\d+)\s*/\s*(\d+)\b(?!\s*/)(?=\s+[a-z])",
                       re.IGNORECASE)
# '3/7' with nothing after it and no third part (not '03/2025' of a date)
_ITEM_STATUS = re.compile(r"(?:^|[,;/]\s*)(\d{1,2}\.\d{1,2})\s*[:\-–]?\s*([a-z][a-z ]{1,25}?)\s*(?=[,;/]|$)", re.IGNORECASE)
_BARE_FRACTION = re.compile(r"(?<![\d/.])(\d{1,3})\s*/\s*(\d{1,3})(?![\d/])")
# an exception or a part leaves work done and work to do: plainly in progress ('Complete except for training')
_PARTIAL = {"exception", "scope"}
_EXTENT = re.compile(r"\b(partial|partially|partly|in part|substantially|largely|mostly|nearly|almost)\b", re.IGNORECASE)
# words that say only that an action is not closed or is waiting: beside "not started" they add no work begun
_WAITING = re.compile(r"\b(pending|awaiting|on hold|delayed|scheduled|planned|open|live|active)\b", re.IGNORECASE)
_WEAKENING = ("negation", "future", "reversal", "exception", "scope", "question")
_WHY = {"negation": "a negation", "future": "a future or a target", "reversal": "a reversal (reopened, in error, "
        "was)", "exception": "an exception or something outstanding", "scope": "a part only (some places or parts)",
        "question": "a question", "late_date": "a completion date after the round's date",
        "past_year": "a year that ended before the round"}


@dataclass(frozen=True)
class StatusReading:
    status: str
    progress_pct: float | None
    pct_problem: str = ""  # set when a percentage was given but is impossible or doubtful
    doubt: str = ""  # set when the words weaken or contradict each other: stored unknown, said in load_issues


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    status: str
    kind: str  # word | rag | key
    words: str


@dataclass
class StatusKey:
    """A plan's own key: words or colours it defines ('Blue' -> bau), lower-case word -> status."""

    meanings: dict[str, str] = field(default_factory=dict)
    source: str = ""  # where the key was read, for the note that says it was used

    def __bool__(self) -> bool:
        return bool(self.meanings)

    def code(self, text: str) -> str | None:
        """The meaning of a cell that is nothing but one of the key's numbered codes ('3', '4*'); 'unknown' for a
        number the key defines but with a mark it does not ('4†'); None when the cell is no such code."""
        cell = re.fullmatch(r"\s*(?:stage\s*)?(\d{1,2})\s*([*†‡^#]*)\s*", text or "", re.IGNORECASE)
        if not cell or cell.group(1) not in self.meanings:
            return None
        return self.meanings.get(cell.group(1) + cell.group(2), "unknown")

    def pattern(self) -> re.Pattern | None:
        # numbered codes are read only as a whole cell (code()): a '3' inside words is a count, not a stage
        words = sorted((w for w in self.meanings if not w[:1].isdigit()), key=len, reverse=True)
        if not words:
            return None
        # a letter of the key is never the 'a' of 'n/a' or a letter inside 'I/P'
        return re.compile(r"(?<![\w])(?<!\w/)(" + "|".join(re.escape(w) for w in words) + r")(?![\w])(?!/\w)",
                          re.IGNORECASE)


# a progress bar typed as text ('[######----]', '███░░'): its filled share is its percentage
_BAR = re.compile(r"[\[|]?\s?(?P<done>[#█▓■▮●=*]{1,20})(?P<left>[-░▒□▯○·._ ]{1,20})\s?[\]|]|"
                  r"(?P<done2>[█▓■▮●]{1,20})(?P<left2>[░▒□▯○]{1,20})")


def read_percentage(text: str) -> tuple[float | None, str]:
    """(percentage, problem): a single figure 0-100 is kept; a sign, a size over 100 or a range is a problem. A
    progress bar typed as text with no figure beside it gives its filled share."""
    found = list(_PCT.finditer(text))
    if not found and (bar := _BAR.search(text)):
        done, left = len(bar["done"] or bar["done2"]), len(bar["left"] or bar["left2"])
        if done + left >= 4:
            return round(100 * done / (done + left), 1), ""
    if not found:
        return None, ""
    if _PCT_RANGE.search(text) or len({m.group(0) for m in found}) > 1:
        return None, f"'{text[:40]}' gives more than one percentage"
    match = found[0]
    value = float(match.group(1).replace(",", "") + (match.group(2) or ""))
    if _signed(text, match.start()):
        return None, f"progress of -{match.group(0).strip()} is negative"
    if value > 100:
        return None, f"progress of {match.group(0).strip()} is outside 0-100%"
    return value, ""


def _signed(text: str, start: int) -> bool:
    """A minus straight before the figure, at the start or after '(', ':' or '=': '-5%', 'Progress: -5%'.
    'Amber - 60%' and 'Amber -60%' use the dash as a separator."""
    if start == 0 or text[start - 1] not in _MINUS:
        return False
    before = text[: start - 1].rstrip()
    return not before or before[-1] in "(:="


def _mentions(text: str, reference: Reference, key: StatusKey | None) -> list[Mention]:
    """Every status word in the cell, the page's key first, then the vocabulary in its order; a span taken by an
    earlier rule is not read again ('Not started' is not also 'started')."""
    found: list[Mention] = []

    def add(start: int, end: int, status: str, kind: str) -> None:
        if all(end <= m.start or start >= m.end for m in found):
            found.append(Mention(start, end, status, kind, text[start:end]))

    key_pattern = key.pattern() if key else None
    if key_pattern:
        for match in key_pattern.finditer(text):
            add(match.start(), match.end(), key.meanings[match.group(1).lower()], "key")
    for pattern, status, kind in reference.status_rules:
        for match in pattern.finditer(text):
            start, end = (match.start(1), match.end(1)) if match.groups() and match.group(1) else match.span()
            add(start, end, status, kind)
    return sorted(found, key=lambda m: m.start)


_BEFORE_NOW = re.compile(r"\b(previously|formerly|was|were|last (time|round|quarter))\s*:?\s*$", re.IGNORECASE)


def _modifiers(text: str, reference: Reference, mentions: list[Mention]) -> dict[str, str]:
    """kind -> the words that show it, found outside the status words themselves (the caller has already blanked the
    phrases that confirm a done, 'no further action', 'reviewed annually')."""
    masked = list(text)
    for m in mentions:
        masked[m.start:m.end] = " " * (m.end - m.start)
    masked = "".join(masked)
    found: dict[str, str] = {}
    for kind, pattern in reference.status_modifiers:
        if kind in _WEAKENING and kind not in found:
            # the reversal rule looks ahead at the done-word itself, so it reads the unmasked words
            hit = pattern.search(text if kind == "reversal" else masked)
            if hit and hit.group(0).strip():
                found[kind] = hit.group(0).strip()
    return found


def _quantity(text: str) -> tuple[int, int] | None:
    match = _QUANTITY.search(text)
    if not match:
        return None
    groups = [g for g in match.groups() if g is not None]
    done, total = (int(g) if g.isdigit() else _NUMBERS[g.lower()] for g in groups)
    return done, total  # a total of 0 is a count that cannot be read: the caller says so


_ONGOING = re.compile(r"ongoing|on-going|continuing|continuous|yn parhau")
_SENTENCE_VERB = re.compile(r"\b(is|are|was|were|has|have|had|will|stands|stood|shows|showed|reached|found|opens|"
                            r"opened)\b(?! (complete|completed|closed|done|in progress|"
                            r"not started|on track|ongoing|open|bau|business as usual|live|met)\b)", re.IGNORECASE)
# 'Closed (no further action)': in police use 'no further action' also ends a matter without the work done
NFA_CLOSED = re.compile(r"\W*closed\W*\(?\s*(no further action|nfa)\s*\)?\W*", re.IGNORECASE)
_SINCE_YEAR = re.compile(r"\bsince (?:\w+ )?(20\d\d)\b", re.IGNORECASE)


def _round_end(as_of: dt.date | None) -> dt.date | None:
    """The last day of the round's month: a round labelled 'March 2025' covers work finished on 20 March."""
    if as_of is None:
        return None
    return as_of.replace(day=calendar.monthrange(as_of.year, as_of.month)[1])


def _from_percentage(pct: float) -> str:
    return "complete" if pct == 100 else "not_started" if pct == 0 else "in_progress"


_MOVED_TO = re.compile(r"(?:[→⇒➔➡⟶]|->|=>)\s*(?P<now>(?:(?![→⇒➔➡⟶]|->|=>).)+)$|"
                       r"^(?:was|previously|formerly|earlier)\b[^.;]*?[,;]\s*now\s+(?P<now2>.+)$", re.IGNORECASE)


_LABEL = re.compile(r"^\s*(action|status|rag( status| rating)?|progress|position)\s*[:\-–]\s*(?=\S)", re.IGNORECASE)

# a status cell kept as a log: 'Nov-24 A / Mar-25 G', 'Sep-25 Complete; Mar-25 In progress'
_MONTH_YEAR = rf"(?:{MONTHS})[\s\-'’]+(?:20)?\d\d"
# entries apart by a separator, or by a space where the next one opens with its month and a colon ('Mar 25: Complete
# Nov 24: In progress', a cell's lines run together); 'N/A' and 'I/P' are statuses, not two parts
_NEXT_ENTRY = rf"\s(?={_MONTH_YEAR}\s*[:\-–—])"
# an entry may name its round first ('Round 2 (Sep 25) amber')
_CELL_ENTRY = re.compile(rf"(?:^|[;/|,\n]\s*|{_NEXT_ENTRY})(?:(?:round|update|review|r)\s*\d{{1,2}}\s*)?\(?"
                         rf"(?P<when>{_MONTH_YEAR}|\d{{1,2}}/\d{{1,2}}/(?:20)?\d\d)\)?\s*[:\-–—]?\s*"
                         rf"(?P<status>(?:(?!{_NEXT_ENTRY})(?:[^;/|,\n]|(?<=\w)/(?=\w)))+)", re.IGNORECASE)


def _newest_entry(text: str, as_of: dt.date | None) -> str:
    """The status of the newest dated entry of a cell kept as a log, up to the round's month; the cell as it is
    when it is not such a log (two or more entries, each a date and a status, and nothing else)."""
    entries = list(_CELL_ENTRY.finditer(text))
    if len(entries) < 2 or sum(len(m.group(0)) for m in entries) < len(text.strip()) - 2 * len(entries):
        return text
    dated = []
    for m in entries:
        written = re.sub(r"[\s\-'’]+(?=\d\d$)", "-", m.group("when").strip())
        day = parse_date(written)
        if day is None:
            return text
        dated.append((day.replace(day=1), m.group("status").strip()))
    end = _round_end(as_of)
    known = [d for d in dated if end is None or d[0] <= end] or dated
    newest = max(d[0] for d in known)
    if len({status.lower() for day, status in known if day == newest}) > 1:
        return text  # two entries of the newest month that differ: which came last cannot be told
    return max(known, key=lambda d: d[0])[1]


# coloured circles typed as a RAG rating: the colour they show
_EMOJI_COLOURS = {"🟢": " Green ", "🔴": " Red ", "🟠": " Amber ", "🟡": " Yellow ", "🔵": " Blue ", "🟣": " Purple ",
                  "⚫": " Black ", "⚪": " White ", "🟩": " Green ", "🟥": " Red ", "🟧": " Amber ", "🟨": " Yellow ",
                  "🟦": " Blue "}
_TICK = re.compile("[✓✔✅☑√]\ufe0f?")
# a word run into the figures after it ('Complete31/01/25', 'Due31/3/26'): two things
_RUN_ON = re.compile(r"(?<=[A-Za-z]{3})(?=\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b)")


# a whole cell that says no work is left ('Nothing outstanding', '0 actions outstanding', 'Outstanding: none', 'No longer
# outstanding'); not 'No further action', which may as well be a decision to take none
_NOTHING_LEFT = re.compile(r"\W*(?:(?:nothing|none|no|zero|0|not a single)\s+(?:(?:further|more|other|remaining)\s+)?"
                           r"(?:(?:actions?|items?|tasks?|work|points?|steps?)\s+)?(?:is\s+|are\s+|now\s+|remains?\s+)*"
                           r"(?:outstanding|remaining|left|open|o/s)(?:\s+(?:actions?|items?|tasks?|work)(?:\s+remain)?)?"
                           r"|no longer (?:outstanding|open)|outstanding\s*[:\-–]\s*(?:none|nil|nothing|0))\W*", re.IGNORECASE)


# a whole cell that ends on a word leading into a qualification ('Complete but', 'Complete except for the'): cut off,
# so what it would have said is not known (only a whole cell: a clause of a sentence may end so)
_CUT_OFF = re.compile(r"\b(but|except( for)?( the)?|apart from|other than|save for|excluding|however|although|though|"
                      r"pending|awaiting|whilst|while|and|with|for the|in the)\s*[.,…]*\s*$", re.IGNORECASE)
_NO_NEWS = re.compile(r"\bno (further |new |other )?(updates?|changes?)( (since|to report|this (round|period|quarter|time))\b)?",
                      re.IGNORECASE)
_FINISHED = re.compile(r"\b(complete|completed|achieved|done|finished|delivered|implemented)\b", re.IGNORECASE)


def _as_typed(raw: str) -> str:
    """A status cell as its writer meant it: a status word mistyped by one letter put right, coloured circles as
    their colours, a word run into a date set apart."""
    text = mend_slips(raw)
    for emoji, colour in _EMOJI_COLOURS.items():
        if emoji in text:
            text = text.replace(emoji, colour)
    return _RUN_ON.sub(" ", text).strip()


# a status kept beside the current one and marked as no longer so ('In progress – SUPERSEDED', 'Previous status: Amber',
# 'Complete (superseded)'): a line, or a part after the current status, that is the record of an older position
_SUPERSEDED_PART = re.compile(r"(?:^|(?<=\n)|(?<=[;/|])|(?<=\s)(?=previous status))\s*(?:previous (?:status|rag|position)\s*[:\-–—]"
                              r"\s*[^\n;/|]{1,40}|[^\n;/|]{1,40}?\s*(?:[-–—:]\s*superseded|\(\s*(?:superseded|previous(?: update| status| round| position)?"
                              r"|previously|earlier|old)\s*\)))\s*$",
                              re.IGNORECASE | re.MULTILINE)


def _without_superseded(raw: str) -> str:
    """The status cell without the statuses it keeps as superseded, if any other words are left ('' never)."""
    if not re.search(r"supersed|previous|\((previously|earlier|old)\)", raw, re.IGNORECASE):
        return raw
    kept = _SUPERSEDED_PART.sub("", raw).strip(" \n;/|–—-")
    return kept if kept and kept != raw.strip() else raw


def classify_status(raw: str, reference: Reference, as_of: dt.date | None = None,
                    key: StatusKey | None = None) -> StatusReading:
    """A status cell -> its status, percentage and any doubt. `as_of`: the round's date (a completion date
    after its month is a plan, not a fact); `key`: the page's own meanings for words and colours."""
    raw = _as_typed(str(raw))
    if (current := _without_superseded(raw)) != raw:
        raw = current  # 'Complete' over 'In progress – SUPERSEDED': the status kept for the record is not the status
    text = " ".join(raw.split()).strip(" .:")
    if re.fullmatch(r"(?:\w ){3,}\w", text):  # 'C O M P L E T E'
        text = text.replace(" ", "")
    text = text.lstrip("-–—•·▪‣◦*").strip() if not re.match(rf"^[{_MINUS}]\s?\d", text) else text
    if not text:
        return StatusReading("unknown", None)
    if _TICK.search(text) and (ticked := " ".join(_TICK.sub(" ", text).split())) and _mentions(ticked, reference, key):
        text = ticked  # a tick beside status words ('Green ✔', 'red ✗ → green ✓'): the words say it
    if (unnamed := " ".join(without_document_names(text).split())) != text:
        text = unnamed  # 'Action Complete Form v2 attached': a document's title, not the action's status
        if not text.strip(" .:;,-–—()"):
            return StatusReading("unknown", None)
    if key and (coded := key.code(text)) is not None:
        # a delivery stage the page numbers ('3' where its key says '3 – being delivered')
        if coded == "unknown":
            return StatusReading("unknown", None, "", f"status '{text}' is a stage the page's key does not define; "
                                                      "stored as unknown")
        return StatusReading(coded, None)
    # a change of status written out: the state it moved to is the state now ('In Progress → Complete',
    # 'Was Amber, now Green'; 'Previously complete, now in progress')
    text = _LABEL.sub("", text, count=1) or text  # 'ACTION: N/A', 'Status: Complete': the label is not the status
    # 'Sep-25 Complete; Mar-25 In progress; Nov-24 Not started', or one entry a line
    lines = "\n".join(" ".join(line.split()) for line in str(raw).splitlines() if line.strip())
    newest = _newest_entry(lines, as_of) if "\n" in lines else lines
    text = _newest_entry(text, as_of) if newest == lines else _LABEL.sub("", newest.strip(" .:"), count=1)
    moved = _MOVED_TO.search(text)
    after = (moved.group("now") or moved.group("now2") or "").strip(" .,;:-–—") if moved else ""
    if after and _mentions(after, reference, key):  # 'was complete, now reopened' names no state: the whole cell is read
        text = after
    if len(named := _ITEM_STATUS.findall(text)) >= 2 and len({classify_status(words, reference, as_of, key).status
                                                             for _, words in named}) > 1:
        # '10.2 complete, 10.3 amber': each item named with its own status, and they differ: which is this item's?
        return StatusReading("unknown", None, "", f"status '{text[:80]}' gives different statuses for "
                                                  f"{' and '.join(i for i, _ in named)}; stored as unknown")
    if _NOTHING_LEFT.fullmatch(text):
        return StatusReading("complete", None)  # 'Nothing outstanding', 'Outstanding: none': no work left
    pct, problem = read_percentage(text)
    # words that confirm a done ('no further action', 'ongoing monitoring', 'reviewed annually') are neither a
    # status nor a doubt
    settled = without_settled(text, reference.status_modifiers)
    if _FINISHED.search(settled):
        # 'Complete - no further update', 'No change - remains complete': nothing new, the done stands (beside a bare
        # 'Closed' it says nothing of how the work ended, and in words 'no changes have been made' is no done at all)
        settled = _NO_NEWS.sub(lambda hit: " " * len(hit.group(0)), settled)
    mentions = _mentions(settled, reference, key)
    # 'Green (previously Amber)': the colour it had before is history, neither a second status nor a doubt
    mentions = [m for m in mentions if not _BEFORE_NOW.search(settled[max(0, m.start - 14):m.start])] or mentions
    modifiers = _modifiers(settled, reference, mentions)
    if "question" not in modifiers and (cut := _CUT_OFF.search(text)):
        modifiers["question"] = cut.group(0).strip()  # 'Complete but': a cell cut off where its qualification began
    end = _round_end(as_of)
    # (a date inside words that confirm the done, 'next audit due Oct 25', is the routine after it)
    late = [d for d in periods_in(settled) if end and d > end]
    if not late and as_of is not None and as_of.day != 1:
        late = [d for d in days_in(settled) if d > as_of]  # a round dated to the day: a day written after it is later
    if not late and end is not None:
        late = [d for d in days_without_year(settled, as_of) if d > end]  # 'Done 14/04 – JB' in a round of March
    if late:
        modifiers["late_date"] = late[0].isoformat()
    if year := ended_year_for(settled, as_of):
        modifiers["past_year"] = year  # 'Complete for 2024/25' in a round of March 2026: a year that has ended

    def doubt(why: str) -> StatusReading:
        return StatusReading("unknown", None, problem, f"status '{text[:80]}' {why}; stored as unknown")

    undefined = [m for m in mentions if m.status == "unknown"]  # a colour the page's key gives no status
    if undefined:
        return doubt(f"uses '{undefined[0].words}', which the page's key defines as no status")
    done = [m for m in mentions if m.status in DONE]
    others = [m for m in mentions if m.status not in DONE]
    weakened = [k for k in (*_WEAKENING, "late_date", "past_year") if k in modifiers]
    quantity = _quantity(text)

    # a bare '3/7' beside a done-word is a count short of all or a date (3 July): either way not a plain done
    fraction = _BARE_FRACTION.search(text)
    if done and not quantity and fraction and int(fraction.group(1)) < int(fraction.group(2)) and not (
            len(fraction.group(1)) == 2 and int(fraction.group(2)) == int(fraction.group(1)) + 1  # '24/25': a year
            and int(fraction.group(1)) >= 20  # (not '11/12', eleven of twelve)
            or fraction.group(1).startswith("0")):  # '02/25': a month
        return doubt(f"gives '{fraction.group(0)}', a count short of all or a date")
    # how far the work has got, said in figures beside a done-word: the figures are the status
    if done and quantity and not set(weakened) - {"scope", "exception"}:
        got, total = quantity
        if total == 0:
            return doubt(f"gives {got} of 0")
        if got > total:
            return doubt(f"gives {got} of {total}, more than all")
        if got < total:
            return StatusReading("in_progress", pct if pct is not None else round(100 * got / total, 1), problem)
    if done and pct is not None and pct < 100:
        if _PCT_OF_DONE.search(text) and not others and not set(weakened) - {"exception"}:
            return StatusReading(_from_percentage(pct), pct, problem)
        return doubt(f"says done and gives {pct:g}%")
    if done and problem and _PCT.search(text):
        return doubt("says done beside percentages that cannot be read as one figure")
    if done and weakened and set(weakened) <= _PARTIAL and pct == 100:
        return doubt("gives 100% beside work it says is left")  # '100% complete except for training'
    if done and others and weakened and set(weakened) <= _PARTIAL:
        # 'Complete in the North; the South has not begun': some done, some not: plainly in progress
        return StatusReading("in_progress", pct, problem)
    if done and weakened:
        done = []  # a done-word undone: what else the cell says decides, or nothing does
        if not others:
            if set(weakened) <= _PARTIAL:  # 'Complete except for training', 'Complete in the North only'
                return StatusReading("in_progress", pct, problem)
            words = "; ".join(f"{_WHY[k]} ('{modifiers[k]}')" for k in weakened)
            return doubt(f"has a done-word weakened by {words}")
    if done and others and all(m.status == "in_progress" and _EXTENT.search(m.words) for m in others):
        done = []  # 'Complete (partially)', 'Partially achieved / Complete': a done-word limited to a part
    statuses = {m.status for m in done + others}
    if not statuses:
        if pct is not None:  # a bare '50%' is a progress figure, unless it is a target or a plan
            if set(weakened) & {"future", "negation", "question", "late_date"}:
                return doubt(f"gives {pct:g}% as {_WHY[next(k for k in weakened if k != 'scope')]}")
            if set(weakened) & {"scope", "exception"} and pct == 100:
                return StatusReading("in_progress", None, problem)  # '100% (phase 1 only)': all of a part
            return StatusReading(_from_percentage(pct), pct, problem)
        return StatusReading("unknown", None, problem)
    if statuses == {"in_progress"} and all(_ONGOING.fullmatch(m.words.strip().lower()) for m in others) and (
            since := _SINCE_YEAR.search(text)) and int(since.group(1)) < reference.published.year:
        return StatusReading("bau", pct, problem)  # 'Ongoing since 2023 - embedded': a routine older than the report
    if len(statuses) == 1:
        status = statuses.pop()
    elif statuses <= DONE:
        status = "bau" if "bau" in statuses else "complete"  # 'Complete - BAU', 'Green - closed, business as usual'
    elif "bau" in statuses and all(_ONGOING.fullmatch(m.words.strip().lower()) for m in others) and "/" not in text:
        status = "bau"  # 'Ongoing (BAU)', 'Ongoing – business as usual': it goes on as routine ('Ongoing / BAU': either)
    elif "not_applicable" in statuses and statuses - {"not_applicable"} <= DONE:
        status = "not_applicable"  # 'Closed - superseded by national guidance'
    elif statuses & DONE:
        said = " and ".join(dict.fromkeys(f"'{m.words}'" for m in done + others))
        return doubt(f"gives two statuses that disagree about done ({said})")
    elif "not_applicable" in statuses:
        return doubt("gives 'not applicable' beside another status")
    else:
        # in progress and not started together ('Not started - awaiting funding'): the words that lead decide,
        # and a RAG colour gives way to words (it rates the schedule, the words say the stage)
        words = [m for m in others if m.kind != "rag"] or others
        status = words[0].status
        if "not_started" in statuses and all(_WAITING.search(m.words) for m in words if m.status == "in_progress"):
            status = "not_started"  # 'Pending - not started': waiting is not work begun
    if pct is not None:
        if status in DONE and pct < 100 or status == "not_started" and pct > 0 or status == "in_progress" and pct == 100:
            return doubt(f"says {status.replace('_', ' ')} and gives {pct:g}%")
    return StatusReading(status, pct, problem)


def is_status_word(raw: str, reference: Reference, max_len: int = 60) -> bool:
    """A short cell that reads as a known status: used to re-anchor rows whose columns shifted."""
    # a single letter ('A', 'B') is a RAG rating only where the column says it is a status, never an anchor; a cell
    # whose status words disagree ('Green (in progress)') is still a status cell, only a doubtful one
    if not 1 < len(raw.strip()) <= max_len:
        return False
    if _SENTENCE_VERB.search(raw) and len(raw.split()) >= 3:
        return False  # 'Completion is 85 per cent': a sentence about the work, not a status word
    reading = classify_status(raw, reference)
    return reading.status != "unknown" or bool(reading.doubt)
