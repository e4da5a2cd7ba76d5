"""Dates in cells, headings, documents and file names."""
from __future__ import annotations

import datetime as dt
import difflib
import re

from dateutil import parser as dateparser

_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
MONTHS = _MONTHS  # a month's name or its abbreviation, for readers that find dates inside their own patterns
_MONTH_YEAR = re.compile(rf"\b({_MONTHS})\.?,?\s+(20\d\d)\b", re.IGNORECASE)
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTHS})\.?,?\s+(20\d\d)\b", re.IGNORECASE)
_NUMERIC = re.compile(r"\b(\d{1,2})[/.\-](\d{1,2})[/.\-](20\d\d|\d\d)\b")
_MONTH_SHORT_YEAR = re.compile(rf"\b({_MONTHS})\.?\s*[-'’/]\s*(\d\d)\b", re.IGNORECASE)  # 'Nov-24', "Mar '25"
# 'Complete (Nov 25)': a month and a two-digit year alone in brackets, as a tracker dates its status
_MONTH_SHORT_YEAR_BRACKETED = re.compile(rf"(?<=[(\[])\s*({_MONTHS})\.?\s+(2\d)\s*(?=[)\]])", re.IGNORECASE)
_ISO = re.compile(r"\b(20\d\d)-(\d{1,2})(?:-(\d{1,2}))?\b")
# 'Last updated: 14 March 2026', 'As at 31/03/2025', 'Published 21 November 2024'; not 'Update March 2025:',
# which opens an update round inside the plan rather than dating the document
_DOC_DATE = re.compile(
    # ('reviewed' only right before its date: 'a review in February 2026 found ...' is prose, not the document's date)
    # (nor a date still to come: 'our next update will be published in September 2026')
    r"(?<!will be )(?<!to be )(?<!shall be )\b(?:updated|as at|as of|date|published|review(?:ed)?(?=\s*(?:on)?\s*[:\-–]?\s*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec)))\b\s*(?:on)?\s*[:\-–]?\s*(.{4,40})", re.IGNORECASE
)


def _month(name: str) -> int:
    return dateparser.parse(f"1 {name[:3]} 2000").month


# Welsh months, as Welsh forces' bilingual and Welsh-language plans date their rounds ('Tachwedd 2024', 'Mawrth
# 2025', 'erbyn Mehefin 2026'): read as the English month, only with a year after them ('Mawrth' is also Tuesday)
_WELSH_MONTHS = {"ionawr": "January", "chwefror": "February", "mawrth": "March", "ebrill": "April", "mai": "May",
                 "mehefin": "June", "gorffennaf": "July", "awst": "August", "medi": "September", "hydref": "October",
                 "tachwedd": "November", "rhagfyr": "December"}
_WELSH_MONTH = re.compile(rf"\b(?:fis |mis )?({'|'.join(_WELSH_MONTHS)})(?=,?\s+(?:20)?\d\d\b)", re.IGNORECASE)


_ENGLISH_MONTHS = ("january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
                   "december")
# a word before a year that is a month's name mistyped ('Update – Sepember 2025', 'Febuary 2026')
_WORD_BEFORE_YEAR = re.compile(r"\b([A-Za-z]{5,10})(?=,?\s+20\d\d\b)")


def _mended_month(hit: re.Match) -> str:
    word = hit.group(1)
    if word.lower() in _ENGLISH_MONTHS:
        return word
    # (the same first letter and nearly every letter in place: 'remember 2025' or 'decided 2025' is no month)
    near = difflib.get_close_matches(word.lower(), [m for m in _ENGLISH_MONTHS if m[0] == word[0].lower()], n=1,
                                     cutoff=0.85)
    return near[0].title() if near else word


def in_english_months(text: str) -> str:
    """The text with Welsh month names before a year written as English ones, and English ones mistyped mended."""
    if not text:
        return text
    return _WORD_BEFORE_YEAR.sub(_mended_month, _WELSH_MONTH.sub(lambda hit: _WELSH_MONTHS[hit.group(1).lower()], text))


def parse_date(text: str) -> dt.date | None:
    """A date written in a cell: '14/03/2025' (UK day first), '2025-03-14', '14 March 2025', 'March 2025'."""
    text = in_english_months(text.strip())
    if not text:
        return None
    if m := _ISO.search(text):
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
        except ValueError:
            return None
    if m := _DAY_MONTH_YEAR.search(text):
        try:
            return dt.date(int(m.group(3)), _month(m.group(2)), int(m.group(1)))
        except ValueError:
            return None
    if m := _NUMERIC.search(text):
        year = int(m.group(3))
        year = year + 2000 if year < 100 else year
        try:
            return dt.date(year, int(m.group(2)), int(m.group(1)))
        except ValueError:
            return None
    if m := _MONTH_YEAR.search(text):
        return dt.date(int(m.group(2)), _month(m.group(1)), 1)
    if m := _MONTH_SHORT_YEAR.search(text):
        return dt.date(2000 + int(m.group(2)), _month(m.group(1)), 1)
    return None


def dates_in(text: str) -> list[dt.date]:
    """Every date a short text gives ('Completed on 1 April 2027', 'by 31/03/25', 'from April 2027'), each as
    its last possible day: 'April 2027' is after a round of 15 April 2027 only once April is over."""
    found: list[dt.date] = []
    taken: list[tuple[int, int]] = []
    text = in_english_months(text)
    for pattern in (_ISO, _DAY_MONTH_YEAR, _NUMERIC, _MONTH_YEAR, _MONTH_SHORT_YEAR, _MONTH_SHORT_YEAR_BRACKETED):
        for match in pattern.finditer(text):
            if any(match.start() < e and match.end() > s for s, e in taken):
                continue
            date = parse_date(match.group(0) if pattern is not _MONTH_SHORT_YEAR_BRACKETED else
                              f"{match.group(1)}-{match.group(2)}")
            if date is None:
                continue
            taken.append(match.span())
            whole_month = pattern in (_MONTH_YEAR, _MONTH_SHORT_YEAR, _MONTH_SHORT_YEAR_BRACKETED) or (pattern is _ISO and not match.group(3))
            if whole_month:
                date = (date.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
            found.append(date)
    return found


def days_in(text: str) -> list[dt.date]:
    """Every date a short text writes to the day ('31/03/25', '14 March 2025', '2025-03-14'); months alone are left."""
    found, taken = [], []
    for pattern in (_ISO, _DAY_MONTH_YEAR, _NUMERIC):
        for match in pattern.finditer(text):
            if any(match.start() < e and match.end() > s for s, e in taken) or (pattern is _ISO and not match.group(3)):
                continue
            if (date := parse_date(match.group(0))) is not None:
                taken.append(match.span())
                found.append(date)
    return found


# a financial year's quarter, quarter first or year first: 'Q4 24/25', 'Q3 of 2025/26', 'FY25/26 Q3', '2025-26 Q1'
FY_QUARTER = re.compile(r"\bq(?P<quarter>[1-4])\s*(?:of\s+)?(?:fy\s*)?(?P<first>(?:20)?\d\d)\s*[/-]\s*(?P<second>(?:20)?\d\d)\b"
                        r"|\b(?:fy\s*)?(?P<first2>(?:20)?\d\d)\s*[/-]\s*(?P<second2>(?:20)?\d\d),?\s*q(?P<quarter2>[1-4])\b",
                        re.IGNORECASE)
_QUARTER = re.compile(r"\b(?:q([1-4])\s*(?:of\s+)?(20\d\d)|(?:20\d\d[/-])?(20\d\d)\s*q([1-4]))\b", re.IGNORECASE)
_SEASON = re.compile(r"\b(spring|summer|autumn|winter|end of)\s+(?:of\s+)?(20\d\d)\b", re.IGNORECASE)
_SEASON_END = {"spring": (5, 31), "summer": (8, 31), "autumn": (11, 30), "winter": (2, 28), "end of": (12, 31)}
_YEAR = re.compile(r"(?<![\d/.-])(20\d\d)(?![\d/-]|\.\d)")  # a sentence may end on the year


def fy_quarter_end(match: re.Match) -> dt.date | None:
    """The last day of a financial year's quarter FY_QUARTER found: April to June is Q1, so Q4 ends on 31 March of
    the second year. None when the two years do not follow ('03/25 Q1')."""
    quarter, first = int(match["quarter"] or match["quarter2"]), 2000 + int((match["first"] or match["first2"])[-2:])
    if int((match["second"] or match["second2"])[-2:]) != (first + 1) % 100:
        return None
    year, month = (first, quarter * 3 + 3) if quarter < 4 else (first + 1, 3)
    return (dt.date(year, month, 28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def periods_in(text: str) -> list[dt.date]:
    """Every date or period a short text gives, as its last day: dates_in, plus quarters ('Q3 2027'), seasons
    ('Spring 2027'); and bare years ('2027') not already part of a date, as their first day."""
    text = in_english_months(text)
    found = dates_in(text)
    rest = FY_QUARTER.sub(lambda m: re.sub("[/-]", "~", m.group(0)), text)  # 'Q4 24/25' is no date '24/25'
    for pattern in (_ISO, _DAY_MONTH_YEAR, _NUMERIC, _MONTH_YEAR, _MONTH_SHORT_YEAR, _MONTH_SHORT_YEAR_BRACKETED):
        rest = pattern.sub(" ", rest)
    rest = rest.replace("~", "/")
    found += [end for match in FY_QUARTER.finditer(rest) if (end := fy_quarter_end(match))]
    rest = FY_QUARTER.sub(" ", rest)
    for match in _QUARTER.finditer(rest):
        quarter, year = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
        month = int(quarter) * 3
        found.append((dt.date(int(year), month, 28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1))
    rest = _QUARTER.sub(" ", rest)
    for match in _SEASON.finditer(rest):
        month, day = _SEASON_END[match.group(1).lower()]
        year = int(match.group(2)) + (1 if match.group(1).lower() == "winter" else 0)
        found.append(dt.date(year, month, day))
    rest = _SEASON.sub(" ", rest)
    # a bare year is a tag more often than a deadline ('Blue - BAU (2026)' in a March 2026 round): it is later than
    # a round only when it is a later year
    found += [dt.date(int(m.group(1)), 1, 1) for m in _YEAR.finditer(rest)]
    return found


# a done that names the year it was for ('Complete for 2024/25', 'delivered for FY 2024-25', 'complete for 2025'): an
# annual piece of work, which says nothing of the year the round falls in once that year has ended
_ONE_YEAR = r"(?:(?:20)?2\d\s?[/-]\s?(?:20)?2\d|20\d\d)\b(?![/.-]\d)"
_DONE_FOR_YEAR = re.compile(rf"\bfor (?:the )?(?:(?:financial|business|performance|reporting) years? |fy\s?)?"
                            rf"(?P<years>{_ONE_YEAR}(?:\s*(?:,|and|&)\s*(?:fy\s?)?{_ONE_YEAR})*)", re.IGNORECASE)
_YEAR_PARTS = re.compile(r"(?P<first>(?:20)?2\d)\s?[/-]\s?(?P<second>(?:20)?2\d)|(?P<calendar>20\d\d)")


def ended_year_for(text: str, as_of: dt.date | None) -> str:
    """The first 'for <year>' when every year so named ended before the round's month began ('Complete for 2024/25'
    in a round of March 2026), or ''. A financial year runs April to March; two years that do not follow are no year;
    'for 2024/25 and 2025/26' holds while the later one does."""
    if as_of is None:
        return ""
    for match in _DONE_FOR_YEAR.finditer(text):
        ends = []
        for year in _YEAR_PARTS.finditer(match["years"]):
            if year["calendar"]:
                ends.append(dt.date(int(year["calendar"]), 12, 31))
            elif int(year["second"][-2:]) == int(year["first"][-2:]) + 1:
                ends.append(dt.date(2000 + int(year["second"][-2:]), 3, 31))
            else:
                ends = []
                break
        if ends and max(ends) < as_of.replace(day=1):
            return match.group(0)
    return ""


_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


def season_start(text: str) -> dt.date | None:
    """A season and its year in a log entry's own date field ('Spring 2025 | Status: On track'): the season's first
    month, so the log can be put in time order; None for anything else. (A round marker named by a season stays
    undated: rounds.split_rounds makes up no month for it.)"""
    season = re.fullmatch(r"\s*(spring|summer|autumn|winter)\s+(?:20)?(\d\d)\s*", text or "", re.IGNORECASE)
    return dt.date(2000 + int(season.group(2)), _SEASON_START[season.group(1).lower()], 1) if season else None


def month_of(text: str) -> dt.date | None:
    """The month a heading or file name names ('March 2026 update', 'plan-2025-03.docx', 'Update Mar 25'), as its 1st.
    A heading never names a day, so 'Mar 25' there is March 2025."""
    text = in_english_months(text)
    found = parse_date(text.replace("_", " "))
    if found is None and (short := _HEADING_MONTH_YEAR.search(text)):
        return dt.date(2000 + int(short.group(2)), _month(short.group(1)), 1)
    return found.replace(day=1) if found else None


# ('Update Mar 25'; a sheet's tab 'Update Mar25', the month and year run together)
_HEADING_MONTH_YEAR = re.compile(rf"\b({_MONTHS})\.?\s*(2\d)\b(?![\d/:.])", re.IGNORECASE)


def document_date(text: str) -> dt.date | None:
    """The date a document says it was updated ('Updated: 14 March 2026', 'As at 31/03/2025')."""
    for m in _DOC_DATE.finditer(text[:5000]):
        found = parse_date(m.group(1))
        if found:
            return found
    # else a month and year closing the title ('Stalking action plan: annual progress report, March 2026')
    for line in [line.strip() for line in text[:600].splitlines() if line.strip()][:4]:
        title = _TITLE_MONTH.search(line)
        if title and len(line.split()) <= 14:
            return month_of(title.group(1))
    return None


_TITLE_MONTH = re.compile(rf"[,:–—-]\s*((?:{_MONTHS})[a-z]*\.?\s+20\d\d)\s*$", re.IGNORECASE)


_DAY_MONTH = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/])")
# 'go live 1st April', 'April 14th' with no year after them: a day in words, read in the round's year
# ('Dec 25' with no ordinal is a month and a year: only 'December 25th' puts the day after the month)
_DAY_NAMED_MONTH = re.compile(rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTHS})|({_MONTHS})\s+(\d{{1,2}})(?:st|nd|rd|th))\b"
                              rf"\.?(?!,?\s*'?(?:19|20)?\d\d\b)", re.IGNORECASE)


def days_without_year(text: str, as_of: dt.date | None) -> list[dt.date]:
    """'Done 14/04 – JB': a day and a month with no year, read in the round's year (a tracker's own shorthand)."""
    if as_of is None:
        return []
    found = []
    for match in _DAY_MONTH.finditer(text):
        day, month = match.group(1), match.group(2)
        if not (day.startswith("0") or month.startswith("0") or int(day) > 12) or day == month:
            continue  # '7/7 teams', '4/4', '3/5': a count; a date is written '14/04' or '03/05'
        try:
            found.append(dt.date(as_of.year, int(match.group(2)), int(match.group(1))))
        except ValueError:
            continue
    for match in _DAY_NAMED_MONTH.finditer(text):
        day, month = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
        try:
            found.append(dt.date(as_of.year, _month(month), int(day)))
        except ValueError:
            continue
    return found

