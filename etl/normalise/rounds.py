"""Update rounds written inside one text: 'We will build a profile. UPDATE March 2025: the profile is done.'

Real plans add later news to the same cell or paragraph, oldest first, behind an 'UPDATE' marker, with
or without a date. Each marker starts a round; the words before the first marker are the first round.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .dates import month_of, season_start

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WHEN = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{_MONTHS})\.?,?[\s\-']*(?:20)?\d\d|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|20\d\d-\d\d|q[1-4]\s*20\d\d" \
        r"|\d{1,2}\.\d{1,2}\.(?:20)?\d\d(?![\d.])" \
        r"|(?:0?[1-9]|1[0-2])/(?:20)?\d\d(?![\d/])" \
        rf"|q[1-4]\s*(?:20)?\d\d\s*/\s*\d\d|(?:spring|summer|autumn|winter)\s+(?:20)?\d\d"  # 'Q4 24/25', 'Spring 2025'

# a paragraph kept for the record and marked as replaced ('SUPERSEDED – September 2025: ...', 'Superseded entry: ...'),
# in capitals or with the word for what it is ('Superseded by the national guidance' says what happened, and stays)
_SUPERSEDED_LINE = re.compile(r"(?m)^[ \t]*(?:(?-i:SUPERSEDED)|[(\[](?:superseded|replaced)[)\]]|superseded (?:text|entry|update|"
                              r"wording|position))[ \t]*[-–—:][^\n]*(?:\n|$)", re.IGNORECASE)


def without_superseded(text: str) -> str:
    """The text without the paragraphs it keeps for the record and marks as replaced: they are no round's words."""
    return _SUPERSEDED_LINE.sub("", text)


def without_aside(words: str) -> str:
    """An entry's words without the note in brackets between its date and them ('(previous update): ...')."""
    return re.sub(rf"^\s*{_ASIDE}[:\-–—]?\s*", "", words) if words.lstrip().startswith("(") else words


# a note in brackets between an entry's date and its words: '(previous update)', '(revised 14 October 2025)'
_ASIDE = r"(?:\((?:previous|earlier|prior|last|original|old|revised|updated|amended|corrected)\b[^)\n]{0,40}\)[ \t]*)?"
_WELSH_MONTHS = r"ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr"
# 'UPDATE:', 'Update March 2025:', 'UPDATE (14/03/2025) -', 'March 2026 update:' at a line or sentence start.
# A lower-case 'update' must carry a date, so 'please see the update: ...' inside a sentence is not a marker.
MARKER = re.compile(
    rf"(?:^|(?<=[\n.;!?)\]])|(?<=[\n.;!?)\]]\s))\s*(?:diweddariad\b[^\n/]{{0,30}}/\s*)?(?:"
    # 'Six-month update (25/03/2025):', 'Year 2 update:' name the round before the word update
    rf"(?:(?:six|twelve|eighteen)[- ]month\s+|year[- ](?:one|two|three|1|2|3)\s+|second[- ]year\s+|interim\s+|final\s+)?"
    rf"(?P<upper>UPDATE|Update|Progress update|PROGRESS UPDATE|UDPATE|Udpate)\s*(?:[-–—,]\s*(?={_WHEN}))?(?:as\s+(?:at|of)\s*|on\s*)?\(?(?P<when>{_WHEN})?\)?"
    rf"|(?P<when2>{_WHEN})\s+(?:update|UPDATE|Update|progress update)"
    # the first round named with its date ('Original response, November 2024 (BRAG: Amber):')
    rf"|(?:initial|original|first)\s+(?:response|plan|position|update)\s*[,\-–—]?\s*\(?(?P<when8>{_WHEN})\)?"
    # the round's own rating in brackets after its date ('UPDATE March 2026 (BRAG: Blue):'): that round's status
    rf")(?:[ \t]*\((?:b?rag|status|rag status|brag status|rating)[ \t]*[:\-–—]?[ \t]*(?P<said>[^)\n]{{1,30}})\))?"
    # a dated marker may stand on a line of its own ('DIWEDDARIAD Mawrth 2025 / UPDATE March 2025')
    rf"(?:\s*[:\-–—]\s*|[ \t]*\n\s*)"
    # a round's month in Welsh and English ('Tachwedd 2024 / November 2024'), the pair itself the marker
    rf"|(?:^|(?<=[\n.;!?)\]])|(?<=[\n.;!?)\]]\s))\s*(?:{_WELSH_MONTHS})\s+(?:20)?\d\d\s*/\s*(?P<when3>(?:{_MONTHS})\s+(?:20)?\d\d)"
    rf"(?:\s*[:\-–—]\s*|\s+)"
    # a date standing alone on its line after a blank line ('\n\nMarch 2025\nThe desk opened ...', a bold date in a
    # cell), or opening the paragraph after a blank line ('\n\n27.03.25 The desk opened ...')
    rf"|(?:(?<=\n)[ \t]*\n|(?<=[.!?)\]]\n))[ \t]*(?:update[ \t]+)?(?P<when4>{_WHEN}|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}})[ \t]*:?[ \t]*(?:\n|(?=(?-i:[A-Z])))"
    # a later line of a cell that opens with a date and a separator ('25 March 2025 – ...', '30.09.2025: ...',
    # 'September 25 – ...'): counted only where two or more lines do (see split_rounds)
    rf"|(?:^|(?<=\n))[ \t]*(?P<when5>{_WHEN})[ \t]*{_ASIDE}[:\-–—][ \t]+(?=(?-i:[A-Z]))"
    # 'Year 2 (Mar 2026):', 'Interim review (September 2025):', 'Year 2 review - Sept 2025:': a round the force names
    # in a few words, its date in brackets or after a dash
    rf"|(?<=\n)[ \t]*(?:(?:[A-Za-z0-9'-]+[ \t]+){{0,3}}(?:review|update|position|report|round|return)|year[- ](?:one|two|three|1|2|3)"
    rf"|second[- ]year)[ \t]*(?:\([ \t]*(?P<when6>{_WHEN})[ \t]*\)|[-–—][ \t]*(?P<when7>{_WHEN}))[ \t]*[:\-–—][ \t]*",
    re.IGNORECASE,
)


_NAMED_ROUND = re.compile(r"\s*((six|twelve|eighteen)[- ]month|year[- ](one|two|three|1|2|3)|second[- ]year)\s+update\s*:",
                         re.IGNORECASE)


@dataclass(frozen=True)
class Segment:
    text: str
    date: dt.date | None  # the marker's date; None for the first segment or an undated marker
    marker: str  # the marker as written ('' for the first segment)
    status: str = ""  # the rating the marker gives its own round ('UPDATE March 2026 (BRAG: Blue):'), '' if none


_STATUS_BEFORE_MARKER = re.compile(rf"(\bstatus\s*:\s*[A-Za-z][A-Za-z/ -]{{0,20}}?)[ \t]+(?=(?:UPDATE|Update)\s*[-–—,]?\s*(?:{_WHEN})\s*[:\-–—])",
                                   re.IGNORECASE)


def split_rounds(text: str) -> list[Segment]:
    """The rounds a text holds, oldest first. A text with no marker is one segment."""
    text = without_superseded(text)
    # a round's status line run into the next round's marker ('Status: Amber Update – Spring 2025: ...', a PDF column's
    # lines joined): the marker opens a line of its own
    text = _STATUS_BEFORE_MARKER.sub(lambda hit: hit.group(1) + "\n", text)
    segments: list[Segment] = []
    last, marker, date, said = 0, "", None, ""
    matches = list(MARKER.finditer(text))
    if len(matches) == 1 and matches[0].group("when5"):
        matches = []  # one dated line and no other marker: the date may be the words' own
    for match in matches:
        upper = match.group("upper")
        if upper and upper[0].islower() and not (match.group("when")) and not _NAMED_ROUND.match(match.group(0)):
            continue  # 'update:' in running text, no date: not a marker ('Six-month update:' names its round)
        if not re.search(r"[:\-–—]\s*$", match.group(0)) and not (
                match.group("when") or match.group("when2") or match.group("when3") or match.group("when4")
                or match.group("when5") or match.group("when6") or match.group("when7") or match.group("when8")):
            continue  # 'Update' alone on a line: a heading word, not a dated round
        if match.group("when4") and (_month(match.group("when4")) is None or match.group("when4")[:1].isalpha() and
                                     season_start(match.group("when4")) is not None):
            continue  # a season or quarter alone on a line is no date to open a round by
        piece = text[last : match.start()].strip()
        if piece or segments or marker:
            segments.append(Segment(piece, date, marker, said))
        when = (match.group("when") or match.group("when2") or match.group("when3") or match.group("when4")
                or match.group("when5") or match.group("when6") or match.group("when7") or match.group("when8"))
        marker, date, last = match.group(0).strip(), _month(when) if when else None, match.end()
        said = (match.group("said") or "").strip()
    segments.append(Segment(text[last:].strip(), date, marker, said))
    segments = [s for s in segments if s.text or s.marker]
    segments = _initial_put_first(segments)
    head = _LOG_START.search(text) if len(segments) == 1 and not marker else None
    inner = [m for m in _RUN_ON_DATE.finditer(text) if m.start() > head.start()] if head else []
    if head and inner and _month(head.group("when")):
        # a log whose lines were run together ('November 2024 – We will ... March 2025 – The review ...'): the text
        # (or its cell, after the item's title) opens with its first entry's month, and each later entry opens a
        # sentence with its own; the title stays with the first entry's words
        title = text[:head.start()].strip(" |\n")
        segments, last = [], head.end()
        marker, date = head.group(0).strip(" |\n"), _month(head.group("when"))
        for match in inner:
            words = text[last:match.start()].strip()
            segments.append(Segment(f"{title}\n{words}" if title and not segments else words, date, marker))
            marker, date, last = match.group(0).strip(), _month(match.group("when")), match.end()
        segments.append(Segment(text[last:].strip(), date, marker))
    lead = _LEAD_DATE.match(segments[0].text) if len(segments) > 1 and not segments[0].marker else None
    if lead and _month(lead.group("when")):
        # 'Nov 2024: ... Mar 2025 update: ...': the first words carry their own month, like the markers after them
        segments[0] = Segment(segments[0].text[lead.end():].strip(), _month(lead.group("when")), lead.group(0).strip())
    return segments


# the first round named as such ('Initial response:', 'Original update:') at a line or sentence start
_INITIAL = re.compile(r"(?:^|(?<=[\n.;!?]))\s*(?:initial|original)\s+(?:response|update|position)\s*:\s*", re.IGNORECASE)


def _initial_put_first(segments: list[Segment]) -> list[Segment]:
    """'Six-month update: The audit found gaps. Initial response: An audit will start.': a later round pasted above
    the first. The words after the first round's own label are that round, whatever their place; never the tail of
    the later round's words."""
    if not segments or not segments[0].marker:
        return segments  # the text opens with unmarked words: they are the first round already
    for n, segment in enumerate(segments):
        label = _INITIAL.search(segment.text)
        if label and label.start() > 0:
            before, after = segment.text[:label.start()].strip(), segment.text[label.start():].strip()
            rest = [*segments[:n], Segment(before, segment.date, segment.marker), *segments[n + 1:]]
            return [Segment(after, None, ""), *[s for s in rest if s.text or s.marker]]
    return segments


def _month(when: str) -> dt.date | None:
    """The month a marker names: 'March 2025', 'Mar-25', or '03/25' (a month and a year, as a log's margin writes it).
    A season names no month: its round keeps its place and no date is made up."""
    numeric = re.fullmatch(r"\s*(\d{1,2})/(?:20)?(\d\d)\s*", when)
    if numeric:
        return dt.date(2000 + int(numeric.group(2)), int(numeric.group(1)), 1)

    return month_of(re.sub(r"(?<=[a-z])[\s\-']+(?=\d\d\s*$)", "-", when.strip(), flags=re.IGNORECASE))  # 'Nov 24'


_LOG_START = re.compile(rf"(?:^|\|)\s*(?P<when>(?:{_MONTHS})\.?\s+(?:20)?\d\d)\s*[–—:]\s+", re.IGNORECASE)
_RUN_ON_DATE = re.compile(rf"(?<=[.!?])\s+(?P<when>(?:{_MONTHS})\.?\s+(?:20)?\d\d)\s*[–—:]\s+", re.IGNORECASE)
_LEAD_DATE = re.compile(rf"^\s*(?P<when>(?:{_MONTHS})\.?[\s\-']*(?:20)?\d\d)\s*[:\-–—]\s*", re.IGNORECASE)
