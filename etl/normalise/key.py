"""A plan's own key: the colours it defines ('Blue = closed, now business as usual'; 'Green = on track'; a key
table of filled cells beside their meanings), read from the page so its meanings outrank the default vocabulary.

A definition counts only where it reads as a key: a line with two or more 'colour = meaning' pairs, or one
under or beside the word key, legend, RAG, BRAG or rating, or a table of two or more rows whose first cell is
a colour and whose second gives its meaning. A meaning the vocabulary cannot read ('Blue = see note') is kept
as unknown, so the default meaning of that colour no longer applies on that page.
"""
from __future__ import annotations

import dataclasses
import re

from ..model import Block, Document
from ..reference import Reference
from ..vocabulary import DONE
from .infer import infer_status
from .status import StatusKey, classify_status

COLOURS = r"blue|green|amber|red|yellow|orange|purple|grey|gray|black|white|pink|brown"  # the colours a key may define
_FILL = r"\s*\(cell colour\)"
_DEFINITION = re.compile(
    rf"(?<![\w])(?P<colour>{COLOURS})(?:{_FILL})?\s*(?:=|:|[-–—]|means|denotes|indicates|shows)\s*"
    rf"(?P<meaning>[^;=\n|]+?)(?=\s*(?:[;|\n]|,?\s*(?:{COLOURS})(?:{_FILL})?\s*(?:=|:|[-–—]|means|denotes|indicates)|$))",
    re.IGNORECASE)
# marks a page's key may define one a line ('● complete', '◐ in progress'), a mark twice its own code ('✓✓ = business
# as usual' beside '✓ = complete')
MARKS = "●○◐◑◒◓◔◕◴◵◶◷◯⬤✓✔✗✘☑☒☐√🕒★☆▲△■□◆◇"
_MARK_IN_LINE = re.compile(r"(?P<mark>[" + MARKS + r"]{1,2})\s*(?:=|:|[-–—])?\s*(?P<meaning>[A-Za-z][^" + MARKS + r"]{1,60})")
_LETTER_DEFINITION = re.compile(r"^\s*(?:(?P<letter>[A-Z]{1,2})\s*(?:=|:|[-–—])|(?P<mark>[" + MARKS + r"]{1,2})\s*(?:=|:|[-–—])?)\s*"
                                r"(?P<meaning>[A-Za-z].{2,80})$")
_WORD_KEY = re.compile(r"^\s*(?:\d{1,2}[.)]\s*)?(?:(?:status|rag|brag|rating)?\s*(?:key|legend|codes?(?:\s+used)?"
                       r"(?:\s+(?:on|in)\s+(?:every|each|this|the)\s+\w+)?)|how to read (?:the |our |these )?[\w ]{0,30}?)"
                       r"\s*[:\-–]\s*", re.IGNORECASE)  # ('How to read the position lines: Achieved means ...')
_WORD_DEFINITION = re.compile(r"(?:^|(?<=[;|\n])|(?<=\.\s))\s*(?P<word>[A-Za-z][A-Za-z/' -]{0,20}?)\s*(?:=|means)\s*"
                              r"(?P<meaning>[^;=\n|]+?)\s*(?=[;|\n]|$)")
# numbered delivery stages defined in a sentence or one per line ('0 – does not apply; 1 – not started; 2 – scoping
# and planning; ...'), or one further code ('A stage shown as 4* means ...')
_NUMBER_DEFINITION = re.compile(r"(?:^|(?<=[;,:|\n])|(?<=\.\s))\s*(?:(?:stage|level|step)\s+)?(?P<code>\d{1,2})\s*(?:=|[-–—:]|means)\s*"
                                r"(?P<meaning>[A-Za-z][^;\n|]*?)\s*(?=[;|\n]|\.?\s*$|,\s*(?:(?:stage|level|step)\s+)?\d{1,2}\s*(?:=|[-–—:]))",
                                re.IGNORECASE)
_MARKED_CODE = re.compile(r"(?<![\w.])(?P<code>\d{1,2}[*†‡^#]+)\s*(?:=|means|denotes|indicates|[-–—])\s*(?P<meaning>[^.;\n]+)")
# ('RAG key: B - complete; ...', 'Key to status codes: C – completed; P – in progress; ...')
_LETTERS_IN_LINE_KEY = re.compile(r"\b(?:rag|brag|status|rating)?\s*(?:key|legend)(?:\s+to\s+(?:the\s+)?(?:status|rag|brag)?\s*"
                                  r"(?:codes?|letters|ratings?))?\s*[:\-–]\s*", re.IGNORECASE)
_LETTER_IN_LINE = re.compile(r"(?:^|(?<=[;,])|(?<=[;,]\s))\s*(?P<letter>[A-Z]{1,2})\s*(?:=|[-–—:])\s*(?P<meaning>[A-Za-z][^;,.]{1,60})")
_CELL_DEFINITION = re.compile(r"^\s*(?P<code>[A-Za-z][A-Za-z/ ]{0,14}?)\s*(?:=|:|[-–—])\s*(?P<meaning>[A-Za-z].{1,80})$")
_KEY_WORD = re.compile(r"\b(key|legend|rag|brag|rating|ratings|colour|colours|status key)\b", re.IGNORECASE)
_CELL_COLOUR = re.compile(rf"^\s*(?P<colour>(?:pale )?(?:{COLOURS}))(?:{_FILL})?\s*$", re.IGNORECASE)
# fills that mean something only where the page's key defines them: blue, purple, and any pale tint ('Pale green')
_KEYED_FILL = re.compile(rf"^\s*(blue|purple|pale \w+){_FILL}\s*$", re.IGNORECASE)


def _meaning(words: str, reference: Reference) -> str:
    reading = classify_status(words.strip(" .:-–—"), reference)
    if reading.status == "unknown" and reading.doubt:
        # a meaning in a sentence ('delivered, but closure is waiting for an assurance review'): read as update words
        # are, but a done is never taken from them
        inferred = infer_status(words)
        return inferred.status if inferred and inferred.status not in DONE else "unknown"
    if reading.status == "bau" and re.search(r"\bor\b", words) and re.search(r"\b(complete|completed|closed)\b", words, re.I):
        return "complete"  # 'Green = complete or embedded': either, so the broader done
    return reading.status


def find_key(doc: Document, reference: Reference) -> StatusKey:
    meanings: dict[str, str] = {}
    where: list[str] = []
    lines: list[tuple[str, str]] = []  # (line, the words just before it) from the text and the reading order
    previous = ""
    for block in doc.blocks:
        if block.kind != "row":  # a table's cells are statuses, not definitions ('RAG | Red - complete')
            lines.append((block.text, previous))
        previous = block.text
    for line in doc.text.splitlines():
        lines.append((line, ""))
    chained = False  # the line before was a key's definition: a key laid out one colour a line goes on
    for line, before in lines:
        found = list(_DEFINITION.finditer(line))
        if not found or len(line) > 400:
            chained = False
            continue
        if len(found) < 2 and not _KEY_WORD.search(line[: found[0].start()] + " " + before[-80:]) and not (
                chained and found[0].start() <= 2):
            chained = False
            continue  # one 'Red - ...' in running text is not a key
        chained = True
        for match in found:
            meanings.setdefault(match.group("colour").lower(), _meaning(match.group("meaning"), reference))
        where.append(line.strip()[:60])
    # a key of letters, one per line under a line naming the key ('RAG status key' / 'B – Complete and now BAU' /
    # 'R – In progress but behind schedule'): the letters mean what the page says, not the default colours
    chain, letters = False, {}
    for block in doc.blocks:
        text = block.text.strip()
        letter = _LETTER_DEFINITION.match(text) if block.kind != "row" else None
        if letter and chain:
            letters.setdefault((letter.group("letter") or letter.group("mark")).lower(),
                               _meaning(letter.group("meaning"), reference))
            continue
        chain = bool(block.kind != "row" and len(text) <= 40 and _KEY_WORD.search(text) and not _DEFINITION.search(text))
    # letters defined in one sentence after the word key: 'RAG key: B - complete; G - on track; A - behind plan'
    for line, _ in lines:
        head = _LETTERS_IN_LINE_KEY.search(line) if len(line) <= 600 else None
        found = list(_LETTER_IN_LINE.finditer(line[head.end():])) if head else []
        if len(found) >= 3:
            for match in found:
                letters.setdefault(match.group("letter").lower(), _meaning(match.group("meaning"), reference))
        # marks defined in one line after the word key: 'Key: ✓ complete 🕒 in progress ✗ not started'
        marked = list(_MARK_IN_LINE.finditer(line[head.end():])) if head else []
        if len(marked) >= 2:
            for match in marked:
                letters.setdefault(match.group("mark"), _meaning(match.group("meaning").strip(" ;,|"), reference))
    if len(letters) >= 2:
        for letter, meaning in letters.items():
            meanings.setdefault(letter, meaning)
        where.append("a key of letters")
    for line, _ in lines:
        # a key of words on a line of its own ('Status key: Done = delivered; Doing = in progress; To do = not
        # started'): two definitions or more after the word key or legend
        head = _WORD_KEY.match(line)
        found = list(_WORD_DEFINITION.finditer(line[head.end():])) if head and len(line) <= 600 else []
        if not head and len(line) <= 600:
            # no word 'key', but three definitions or more of short words, each meaning a status ('Achieved means the
            # action is complete; In hand means work has started; Not begun means work has not yet started')
            loose = [m for m in _WORD_DEFINITION.finditer(line) if len(m.group("word").split()) <= 3]
            if len(loose) >= 3 and all(_meaning(m.group("meaning"), reference) != "unknown" for m in loose):
                found = loose
        if len(found) >= 2:
            for match in found:
                word = match.group("word").strip().lower()
                if not re.fullmatch(COLOURS, word, re.IGNORECASE):
                    meaning = _meaning(match.group("meaning"), reference)
                    if meaning == "unknown" and (own := classify_status(word, reference).status) != "unknown":
                        # 'Not applicable means no action is needed in Cumbria': the word says what it is where its
                        # gloss cannot be read
                        meaning = own
                    meanings.setdefault(word, meaning)
            where.append(line.strip()[:60])
    _numbered_key(doc, lines, meanings, where, reference)
    # tables standing right under a line that names the key ('BRAG key' as a heading above a table of letters)
    under_key, before, previous_kind = set(), "", None
    for block in doc.blocks:
        if block.kind == "row" and previous_kind != "row" and block.cells and len(before) <= 40 and _KEY_WORD.search(before):
            under_key.add(tuple(" ".join((c or "").split()) for c in block.cells))
        if block.kind != "row":
            before = block.text.strip()
        previous_kind = block.kind
    for table in doc.tables:
        for row in table.rows:
            cells = [(c or "").strip() for c in row]
            filled = [c for c in cells if c]
            # a key along one row, one code a cell: 'Key: | B = Complete | G = On track | A = Behind | R = Not started'
            coded = [m for c in filled[1:] if (m := _CELL_DEFINITION.match(c))]
            if filled and len(filled[0]) <= 25 and _KEY_WORD.search(filled[0]) and len(coded) >= 2 and \
                    len(coded) >= len(filled) - 2:
                for match in coded:
                    word = match.group("code").strip().lower()
                    meanings.setdefault(word, _meaning(match.group("meaning"), reference))
                where.append(f"{table.name} key row")
                continue
            # a key laid out along one row: 'RAG key: | Blue (fill) | Complete | Green (fill) | On track | ...'
            cells = [c or "" for c in row]
            along = [(m.group("colour").lower(), cells[n + 1]) for n, c in enumerate(cells[:-1])
                     if (m := _CELL_COLOUR.match(c)) and cells[n + 1].strip() and not _CELL_COLOUR.match(cells[n + 1])]
            if len(along) >= 2 and (_KEY_WORD.search(" ".join(cells[:1])) or len(along) >= 3):
                for colour, meaning in along:
                    meanings.setdefault(colour, _meaning(meaning, reference))
                where.append(f"{table.name} key row")
        # a key table of letters ('BRAG key' / 'B | Blue – complete and closed' / 'G | Green – on track'): each letter,
        # and the colour its meaning names first, mean what the meaning says after that colour
        # (or of marks: 'Key to progress marks' / '● | Done' / '◐ | Under way')
        coded = [((row[0] or "").strip(), (row[1] or "").strip()) for row in table.rows
                 if len(row) >= 2 and re.fullmatch(r"[A-Z]{1,2}|[" + MARKS + r"]{1,2}", (row[0] or "").strip())
                 and (row[1] or "").strip()]
        first = tuple(" ".join((c or "").split()) for c in table.rows[0]) if table.rows else ()
        if len(coded) >= 2 and (first in under_key or any(_KEY_WORD.search(c or "") and len(c or "") <= 40
                                                          for row in table.rows for c in row)):
            fills = {(row[0] or "").strip(): (fill[0] if fill else "") for row, fill in
                     zip(table.rows, table.fills or [[] for _ in table.rows]) if row}
            for letter, meaning in coded:
                if fills.get(letter):
                    # the letter's own fill: a cell shaded that colour with no letter means the same
                    meanings.setdefault(fills[letter].lower(), _meaning(meaning, reference))
                named = re.match(rf"^\s*(?P<colour>{COLOURS})\s*(?:=|:|[-–—])\s*(?P<rest>.+)$", meaning, re.IGNORECASE)
                words = named.group("rest") if named else meaning
                meanings.setdefault(letter.lower(), _meaning(words, reference))
                if named:
                    meanings.setdefault(named.group("colour").lower(), _meaning(words, reference))
            where.append(f"{table.name} key of letters")
        # a key table of words: 'Status key' / 'Status | Meaning' / 'Embedded | Complete and now part of business as
        # usual' / 'Behind | Work is under way but will be late'
        # (the meaning's column may stand after a column of swatches: 'Colour | Name | Meaning')
        heads = [(i, j) for i, row in enumerate(table.rows[:4]) for j in range(1, len(row)) if
                 re.match(r"^\s*(meaning|definition|description|what it means)\s*$", (row[j] or ""), re.IGNORECASE)]
        if heads:
            at, j = heads[0]
            worded = [((row[j - 1] or "").strip(), (row[j] or "").strip()) for row in table.rows[at + 1:]
                      if len(row) > j and (row[j - 1] or "").strip() and len((row[j - 1] or "").split()) <= 3
                      and (row[j] or "").strip()]
            read = {word.lower(): _meaning(meaning, reference) for word, meaning in worded
                    if word.lower().rstrip(":") not in ("notes", "note", "comments", "comment", "key", "status")}
            if len(read) >= 3 and sum(v != "unknown" for v in read.values()) >= 3:
                for word, status in read.items():
                    # a word whose meaning reads as no status keeps its usual sense; a colour the key leaves
                    # unread means nothing on this page
                    if status != "unknown" or re.fullmatch(COLOURS, word, re.IGNORECASE):
                        meanings.setdefault(word, status)
                where.append(f"{table.name} key of words")
        # a key table of colours ('Purple | Complete – action delivered'), or key rows below a plan's own rows whose
        # first cells are empty (', Purple, Complete – ...'): the colour is a short row's first filled cell
        # (a swatch filled with the colour may stand before the colour's name: 'Blue (cell colour) | Blue | Complete')
        pairs = [(m.group("colour").lower(), named[0]) for row in table.rows
                 if 2 <= len(filled := [c.strip() for c in row if c and c.strip()]) <= 3
                 and (m := _CELL_COLOUR.match(filled[0]))
                 and (named := [c for c in filled[1:] if not _CELL_COLOUR.match(c)])]
        if len(pairs) >= 2:
            for colour, meaning in pairs:
                meanings.setdefault(colour, _meaning(meaning, reference))
            where.append(table.name)
    return StatusKey(meanings, "; ".join(dict.fromkeys(where)))


def _numbered_key(doc: Document, lines: list[tuple[str, str]], meanings: dict[str, str], where: list[str],
                  reference: Reference) -> None:
    """Delivery stages the page numbers: three definitions or more in one sentence ('1 – not started; 2 – scoping
    and planning; 3 – being delivered'), one a line in a run of lines, or a table of numbers beside their meanings.
    A code with a mark ('4*') is its own code where the page defines it, and unknown where it does not."""
    found: dict[str, str] = {}
    run: dict[str, str] = {}
    for line, _ in lines + [("", "")]:
        definitions = list(_NUMBER_DEFINITION.finditer(line)) if len(line) <= 600 else []
        if len(definitions) >= 3:
            run = {m.group("code"): m.group("meaning") for m in definitions}
        elif len(definitions) == 1 and definitions[0].start() <= 2 and len(line) <= 120:
            run[definitions[0].group("code")] = definitions[0].group("meaning")  # one stage a line
            continue
        if len(run) >= 3:
            found.update(run)
        run = {}
    for table in doc.tables:
        rows = [(r[0] or "").strip() for r in table.rows if len(r) >= 2]
        coded = {(r[0] or "").strip(): (r[1] or "").strip() for r in table.rows
                 if len(r) >= 2 and re.fullmatch(r"\d{1,2}", (r[0] or "").strip()) and (r[1] or "").strip()}
        if len(coded) >= 3 and len(coded) >= len(rows) - 1:  # a table of codes, its header apart
            found.update(coded)
    read = {code: _meaning(words, reference) for code, words in found.items()}
    if sum(status != "unknown" for status in read.values()) < 3:
        return  # numbers beside words that mostly name no status: a numbered list, not a key
    for code, status in read.items():
        meanings.setdefault(code, status)
    for line, _ in lines:
        for match in _MARKED_CODE.finditer(line):
            if re.match(r"\d+", match.group("code")).group(0) in read:
                meanings.setdefault(match.group("code"), _meaning(match.group("meaning"), reference))
    where.append("a key of numbered stages")


def without_unkeyed_fills(doc: Document, key: StatusKey) -> Document:
    """Blue, purple and pale fills mean something only where the page's key says so: elsewhere (a header band, a
    shaded section row) the cell is as empty as it looks."""
    if all(colour in key.meanings for colour in ("blue", "purple")) and not any(
            "pale " in c.lower() for t in doc.tables for row in t.rows for c in row if c) and not any(
            "pale " in (b.text or "").lower() for b in doc.blocks):
        return doc

    def clean(text: str) -> str:
        match = _KEYED_FILL.match(text or "")
        return "" if match and match.group(1).lower() not in key.meanings else text

    tables = [dataclasses.replace(t, rows=[[clean(c) for c in row] for row in t.rows]) for t in doc.tables]
    blocks = [dataclasses.replace(b, text=clean(b.text), cells=[clean(c) for c in b.cells] if b.cells else b.cells)
              if "(cell colour)" in (b.text or "") or any("(cell colour)" in c for c in (b.cells or [])) else b
              for b in doc.blocks]
    return dataclasses.replace(doc, tables=tables, blocks=blocks)
