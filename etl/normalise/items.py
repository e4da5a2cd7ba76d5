"""Item numbers: '7.1', 'Rec 7.1', '10.2 10.3', '10.2 & 10.3', '10.2-10.4', and bare rec numbers."""
from __future__ import annotations

import re

# An item number at the very start of a cell, after an optional 'Rec'/'Recommendation'/'Sub-rec'.
_PREFIX = r"(?:(?:sub[- ]?)?rec(?:ommendation)?s?\.?\s*(?:no\.?\s*)?(?:[:\-–]\s*)?|r\s?)?"  # 'Recommendation: 7.1' too
_ITEM = r"(\d{1,2})\s?\.\s?(\d{1,2})(?!\d|/(?!\d{1,2}\.\d)|\.\d|\s*(?:%|per ?cent\b|percent\b))"  # '13.1/13.2' yes, '27/03', '14.5 per cent' no
# a sub-item the plan splits further into parts: '10.2a', '10.2(b)', '10.2 (c)'
_PART = r"(?:([a-h])(?![\w])|\s?\(\s*([a-h])\s*\))?"
_MARKS = r"(?:[↳→▸►▶•·>⤷└]\s*)*"  # an indent mark before a sub-item's number ('↳ 12.3')
_LEAD = re.compile(r"^\s*" + _MARKS + _PREFIX + _ITEM + _PART, re.IGNORECASE)
# (Welsh 'a' / 'ac' for 'and', alone or beside it: '11.2 a/and 11.3')
_MORE = re.compile(r"^\s*(?:,|&|(?:a|ac)\s*/\s*and|and\s*/\s*(?:a|ac)|and|ac|a|/|;|\+|-|–|to)?\s*" + _PREFIX + _ITEM + _PART,
                   re.IGNORECASE)
_RANGE_SEP = re.compile(r"^\s*(?:-|–|to)\s*$", re.IGNORECASE)
# '14 (all parts)', 'Rec 14 – all sub-recommendations': the whole recommendation, said in so many words
_REC = re.compile(r"^\s*(?:rec(?:ommendation)?\.?\s*(?:no\.?\s*)?|r\s?)?(\d{1,2})\s*[.:)]?"
                  r"(?:\s*[(\[–—-]?\s*(?:all|every|whole)(?:\s+(?:parts?|sub-?(?:recommendations?|items?|parts?)|of it|"
                  r"recommendation))?\s*[)\]]?)?\s*$", re.IGNORECASE)


# a recommendation's number, then the sub-items it holds in brackets ('25 (25.1 – 25.3)', 'Rec 14 (14.1, 14.2)', '13 (all
# parts: 13.1 and 13.2)')
_REC_THEN_IDS = re.compile(r"^\s*(?:rec(?:ommendation)?s?\.?\s*(?:no\.?\s*)?)?(?P<rec>\d{1,2})\s*[(\[]\s*(?:all (?:parts|sub-?recommendations|sub-?items)\s*[:–-]?\s*)?"
                           r"(?P<inner>\d{1,2}\.\d{1,2}"
                           r"[^()\[\]]{0,40}?)\s*[)\]](?P<rest>.*)$", re.IGNORECASE | re.DOTALL)


def parse_item_cell(text: str) -> tuple[list[str], str]:
    """Return the item ids a cell starts with and the text after them ('' if the cell is only ids)."""
    if (bracketed := _REC_THEN_IDS.match(text)) and (ids := parse_item_cell(bracketed.group("inner"))[0]) \
            and not parse_item_cell(bracketed.group("inner"))[1] \
            and all(i.split(".")[0] == str(int(bracketed.group("rec"))) for i in ids):
        return ids, bracketed.group("rest").lstrip(" :-–.\t\n")  # '25 (25.1 – 25.3)': the sub-items it names
    match = _LEAD.match(text)
    if not match:
        return [], text
    ids = [f"{int(match.group(1))}.{int(match.group(2))}"]
    pos = match.end()
    while True:
        nxt = _MORE.match(text[pos:])
        if not nxt:
            break
        sep = text[pos : pos + nxt.start(1)]
        rec, sub = int(nxt.group(1)), int(nxt.group(2))
        last_rec, last_sub = map(int, ids[-1].split("."))
        if _RANGE_SEP.match(sep) and rec == last_rec and sub > last_sub:
            ids.extend(f"{rec}.{n}" for n in range(last_sub + 1, sub + 1))
        else:
            ids.append(f"{rec}.{sub}")
        pos += nxt.end()
    remainder = text[pos:].lstrip(" :-–.\t\n")
    return list(dict.fromkeys(ids)), remainder


def item_part(text: str) -> str:
    """The part letter of a cell that opens with one split part of one sub-item ('10.2a', '10.2 (b)'); '' if none,
    or if the cell names more ('10.2a/10.2b', '10.2a & 10.3')."""
    match = _LEAD.match(text)
    if not match or _MORE.match(text[match.end():]):
        return ""
    return (match.group(3) or match.group(4) or "").lower()


# What an item number was meant to be but is not written as one: 'Rec 7 (1)', 'Recommendation 10, part 3',
# '7-1', '11/2', '12,1'. Such a cell is reported with its row, never read as its recommendation as a whole.
_ITEM_ATTEMPT = re.compile(
    r"^\s*(?:(?:sub[- ]?)?rec(?:ommendation)?s?\.?\s*(?:no\.?\s*)?)?\d{1,2}\s*"
    r"(?:\(\s*\d{1,2}\s*\)|[-–/,]\s*\d{1,2}\b|,?\s*(?:part|sub[- ]?item|item|para)\.?\s*\d{1,2}\b)",
    re.IGNORECASE)


_FULL_DATE = re.compile(r"^\s*\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*(?:19|20)?\d\d\s*$")  # '14/03/2026' is a date


def looks_like_item_attempt(text: str) -> bool:
    return bool(_ITEM_ATTEMPT.match(text) or odd_item_number(text)) and not parse_item_cell(text)[0] \
        and not _FULL_DATE.match(text)


# an item number typed with a letter for a figure ('1O.2', '10.l', 'I4.3'): never read as the number it resembles
_LETTER_FOR_FIGURE = re.compile(r"^\s*(?=[\dOIl]{1,2}\s*\.\s*[\dOIl]{1,2}\s*$)(?=.*[OIl])[\dOIl]{1,2}\s*\.\s*[\dOIl]{1,2}\s*$")


def odd_item_number(text: str) -> bool:
    return bool(_LETTER_FOR_FIGURE.match(text or "")) and any(ch.isdigit() for ch in text)


_LATER_ID = re.compile(r"(?:^|(?<=[.;:]\s)|(?<=\n))\s*(\d{1,2})\.(\d{1,2})\s+(?=[A-Z(])")


def later_items(remainder: str, first_id: str) -> list[str]:
    """Further ids of the same recommendation starting a sentence of one cell: '10.2 Uses the e-learning.
    10.3 Uses local advocates.' is a combined cell, each id with its own wording."""
    rec = first_id.split(".")[0]
    return [f"{int(a)}.{int(b)}" for a, b in _LATER_ID.findall(remainder) if str(int(a)) == rec]


def parse_rec_no(text: str) -> int | None:
    """A cell that holds only a recommendation number: '7', 'Rec 7', 'Recommendation 7:', and in both languages
    ('Argymhelliad 7 / Recommendation 7')."""
    match = _REC.match(text)
    if match:
        return int(match.group(1))
    parts = {int(m.group(1)) for part in text.split(" / ") if (m := _REC_EITHER.match(part))} if " / " in text else set()
    return parts.pop() if len(parts) == 1 else None


_REC_EITHER = re.compile(r"^\s*(?:rec(?:ommendation)?\.?|argymhelliad|argym\.?)\s*(?:no\.?\s*)?(\d{1,2})\s*[.:)]?\s*$",
                         re.IGNORECASE)


def rec_of(item_id: str) -> int:
    return int(item_id.split(".")[0])


# '14(1)' for 14.1, written so through a whole plan: the plan's own notation for its items
_PAREN_ID = re.compile(r"^(\s*(?:rec(?:ommendation)?\.?\s*)?)(\d{1,2})\s*\(\s*(\d{1,2})\s*\)(?=\s|$|[:\-–.,])", re.IGNORECASE)
PAREN_NOTATION_MIN = 3  # one odd '7 (1)' is reported and never read; three or more distinct ones are the plan's way


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
_PREFIX = r"(\s*" + _MARKS + r"(?:rec(?:ommendation)?\.?\s*|r)?)"
# the other ways plans number their sub-items: '7a' / '10b / 10c' (a letter a sub-item), '10.ii' and '13(ii)' (a Roman
# numeral), '10(c)' (a letter in brackets), 'Rec 11 – part 3';
# each found at a cell's start, then read wherever it stands in that cell ('10b / 10c')
NOTATIONS = {
    "14(1)": (_PAREN_ID, _PAREN_ID, lambda m: (int(m.group(2)), int(m.group(3)))),
    "7a": (re.compile(_PREFIX + r"(\d{1,2})([a-e])(?=\s|$|[:\-–.,/&])", re.IGNORECASE),
           re.compile(r"(?<![\w.])()(\d{1,2})([a-e])(?![\w])", re.IGNORECASE),
           lambda m: (int(m.group(2)), "abcde".index(m.group(3).lower()) + 1)),
    "13(ii)": (re.compile(_PREFIX + r"(\d{1,2})\s*\(\s*(iv|v|i{1,3})\s*\)(?=\s|$|[:\-–.,/&])", re.IGNORECASE),
               re.compile(r"(?<![\w.])((?:rec(?:ommendation)?\.?\s*|r)?)(\d{1,2})\s*\(\s*(iv|v|i{1,3})\s*\)(?![\w])", re.IGNORECASE),
               lambda m: (int(m.group(2)), _ROMAN[m.group(3).lower()])),
    "10(c)": (re.compile(_PREFIX + r"(\d{1,2})\s*\(\s*([a-e])\s*\)(?=\s|$|[:\-–.,/&])", re.IGNORECASE),
              re.compile(r"(?<![\w.])((?:rec(?:ommendation)?\.?\s*|r)?)(\d{1,2})\s*\(\s*([a-e])\s*\)(?![\w])", re.IGNORECASE),
              lambda m: (int(m.group(2)), "abcde".index(m.group(3).lower()) + 1)),
    "11 part 3": (re.compile(_PREFIX + r"(\d{1,2})\s*[,–—:\-]?\s*(?:part|pt\.?|sub[- ]?item|action)\s*(\d{1,2})(?=\s|$|[:\-–.,/&)(])",
                            re.IGNORECASE),
                  re.compile(r"(?<![\w.])((?:rec(?:ommendation)?\.?\s*|r)?)(\d{1,2})\s*[,–—:\-]?\s*(?:part|pt\.?|sub[- ]?item|action)\s*"
                             r"(\d{1,2})(?![\w])", re.IGNORECASE),
                  lambda m: (int(m.group(2)), int(m.group(3)))),
    "10.ii": (re.compile(_PREFIX + r"(\d{1,2})\.(iv|v|i{1,3})(?=\s|$|[:\-–,/&)])", re.IGNORECASE),
              re.compile(r"(?<![\w.])((?:rec(?:ommendation)?\.?\s*|r)?)(\d{1,2})\.(iv|v|i{1,3})(?![\w])", re.IGNORECASE),
              lambda m: (int(m.group(2)), _ROMAN[m.group(3).lower()])),
}


def notation_ids(cells: list[str], item_ids: set[str]) -> tuple[str, set[str]]:
    """The plan's own notation for its items and the distinct items it writes so: three or more at the start of
    cells, every one a reference item; ('', set()) when the plan has none."""
    for name, (start, _, parts) in NOTATIONS.items():
        ids = {"{}.{}".format(*parts(m)) for c in cells if (m := start.match(c or ""))}
        if len(ids) >= PAREN_NOTATION_MIN and ids <= item_ids:
            return name, ids
    return "", set()


def paren_ids(cells: list[str], item_ids: set[str]) -> set[str]:
    """The distinct items written 'N(M)' at the start of cells, when every such cell names a reference item."""
    name, ids = notation_ids(cells, item_ids)
    return ids if name == "14(1)" else set()


def dotted(cell: str, notation: str = "14(1)") -> str:
    """'14(1) Supervision' -> '14.1 Supervision'; '10b / 10c' -> '10.2 / 10.3' (in a cell that opens with one)."""
    start, anywhere, parts = NOTATIONS[notation]
    if not start.match(cell or ""):
        return cell or ""
    if notation == "14(1)":
        return _PAREN_ID.sub(lambda m: f"{m.group(1)}{int(m.group(2))}.{int(m.group(3))}", cell, count=1)
    return anywhere.sub(lambda m: "{}.{}".format(*parts(m)), cell)


def notation_match(text: str, item_ids: set[str], whole: bool = False) -> tuple[str, int] | None:
    """(item, where its number ends) for a text that opens with (or, whole, is) a sub-item in another notation ('7(ii)',
    '10(c)', '12.iii', 'Rec 11 part 3'), when it is a reference item; never the letter notation ('7a'), which only a
    plan's own use of it three times or more can tell, nor '7 (1)', which may be a count."""
    for name, (start, _, parts) in NOTATIONS.items():
        if name in ("7a", "14(1)"):
            continue
        body = (text or "").strip().rstrip(".") if whole else (text or "")
        match = start.fullmatch(body) if whole else start.match(body)
        if match:
            item = "{}.{}".format(*parts(match))
            return (item, match.end()) if item in item_ids else None
    return None


# where a sub-item's label may open a part of one cell: the cell's start, a new line, or a new sentence ('... plan.
# (10.2) Completion is 79%'); a number inside a sentence ('in line with 7.1 guidance') is no label. In a status cell a
# comma or a slash parts them too ('13.1 Complete / 13.2 Not started')
_PART_START = re.compile(r"(?:^|\n|(?<=[.!?;])[ \t]+)[ \t]*")
_STATUS_PART_START = re.compile(r"(?:^|\n|(?<=[.!?;,/])[ \t]+)[ \t]*")
_BRACKETED = re.compile(r"^[(\[]\s*(\d{1,2}\.\d{1,2})\s*[)\]]")  # '(10.1) Analysis ...'
_LABEL_END = re.compile(r"[:–—\-)]\s*$")  # '10.1: ', '10.3 - '


def labelled_parts(text: str, rec: int, status: bool = False) -> list[tuple[list[str], str]]:
    """A cell that answers several sub-items of one recommendation, each under its own label ('7.1: Recorders ... 7.2:
    An interim flag ...', '(10.1) ... (10.2) ...', '10.4 & 10.5: ...', one a line or run together): (ids, words) for
    each part in order, the words before the first label under no ids. Labels of another recommendation are words."""
    parts: list[tuple[list[str], str]] = [([], "")]
    at = 0
    for start in (_STATUS_PART_START if status else _PART_START).finditer(text):
        head = start.end()
        if head < at:
            continue
        rest = text[head:]
        bracketed = _BRACKETED.match(rest)
        ids, words = parse_item_cell(bracketed.group(1) + ": " + rest[bracketed.end():].lstrip() if bracketed else rest)
        if not ids or not words or any(rec_of(i) != rec for i in ids):
            continue
        label = rest[:len(rest) - len(words)]
        if not (bracketed or _LABEL_END.search(label) or label[-1:].isspace() and (words[0].isupper() or words[0] == "(")):
            continue  # '10.1 officers were trained' is a count in words, not a label
        parts[-1] = (parts[-1][0], parts[-1][1] + text[at:start.start()])
        parts.append((ids, ""))
        at = len(text) - len(words)
    parts[-1] = (parts[-1][0], parts[-1][1] + text[at:])
    return [(ids, words.strip(" \t\n;,/")) for ids, words in parts]
