"""Word .docx: every table (merged cells de-duplicated by their XML element), paragraphs as context.

Tables and cell text are read from the XML rather than python-docx's conveniences, which see only
the body's own tables and a paragraph's own runs: a plan inside a content control (Word's form
fields and drop-down statuses), inside a layout table, or in tracked insertions would be lost.

What is read is the document as published, with every tracked change accepted: deleted and moved-away
text, deleted rows and hidden text (a run or a character style marked hidden) are left out, and a text
box that Word stores twice (a drawing and its older fallback copy) is read once, as paragraphs of its own.
"""
from __future__ import annotations

import re
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.table import Table

from ..model import Block, Document, RawTable
from .colour import GENERIC_LABEL, fill_text, parse_colour, rag_name

W_P, W_T, W_TAB, W_BR, W_TC, W_TBL = (qn(f"w:{tag}") for tag in ("p", "t", "tab", "br", "tc", "tbl"))
W_SDT, W_SDTCONTENT = qn("w:sdt"), qn("w:sdtContent")
W_R, W_TR, W_TXBX = qn("w:r"), qn("w:tr"), qn("w:txbxContent")
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _is_on(element) -> bool:
    """A w:vanish or w:del-like switch: present and not turned off ('w:val="0"')."""
    return element is not None and element.get(qn("w:val")) not in ("0", "false", "off")


def _hidden_styles(document) -> set[str]:
    """Ids of the styles whose own run properties hide their text ('Internal Note' with w:vanish)."""
    hidden = set()
    for style in document.styles.element.iter(qn("w:style")):
        rpr = style.find(qn("w:rPr"))
        if rpr is not None and _is_on(rpr.find(qn("w:vanish"))):
            hidden.add(style.get(qn("w:styleId")))
    return hidden


def _published_view(document) -> None:
    """Accept every tracked change and drop what is not published, in the loaded tree: deleted and moved-away
    text, deleted table rows, hidden runs, text boxes' fallback copies; a content control around table rows
    (a repeating section) gives way to the rows it holds."""
    body = document.element.body
    hidden = _hidden_styles(document)
    doomed = [e for e in body.iter(qn("w:del"), qn("w:moveFrom"), MC_FALLBACK)]
    for tr in body.iter(W_TR):
        trpr = tr.find(qn("w:trPr"))
        if trpr is not None and trpr.find(qn("w:del")) is not None:
            doomed.append(tr)  # a row deleted with track changes on
    for run in body.iter(W_R):
        rpr = run.find(qn("w:rPr"))
        if rpr is None:
            continue
        style = rpr.find(qn("w:rStyle"))
        if _is_on(rpr.find(qn("w:vanish"))) or (style is not None and style.get(qn("w:val")) in hidden):
            doomed.append(run)
    for element in doomed:
        if element.tag == qn("w:del") and element.getparent() is not None and element.getparent().tag == qn("w:trPr"):
            continue  # the mark on a deleted row (the row itself goes)
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)
    while wrapped := [e for e in body.iter(W_SDT) if e.getparent() is not None and e.getparent().tag == W_TBL]:
        for sdt in wrapped:  # (a repeating section's items are controls inside the section's control)
            content = sdt.find(W_SDTCONTENT)
            parent = sdt.getparent()
            at = parent.index(sdt)
            for child in list(content) if content is not None else []:
                parent.insert(at, child)
                at += 1
            parent.remove(sdt)


def _owning_cell(paragraph):
    parent = paragraph.getparent()
    while parent is not None and parent.tag != W_TC:
        parent = parent.getparent()
    return parent


def _paragraph_text(paragraph) -> str:
    """A paragraph's own words: a text box anchored in it is read as paragraphs of its own."""
    out = []

    def walk(node):
        for child in node:
            if child.tag == W_TXBX:
                continue
            if child.tag == W_T:
                out.append(_as_shown(child.text or "", _run_font(child)))
            elif child.tag == W_SYM:
                out.append(_glyph(child.get(qn("w:font")) or "", int(child.get(qn("w:char")) or "0", 16)))
            elif child.tag == W_TAB:
                out.append("\t")
            elif child.tag == W_BR:
                out.append("\n")
            else:
                walk(child)
    walk(paragraph)
    return "".join(out)


W_SYM = qn("w:sym")
# what a symbol font draws for the characters plans use as marks ('ü' in Wingdings is a tick): the mark as Unicode
_SYMBOL_FONTS = {
    "wingdings": {0xFC: "✓", 0xFB: "✗", 0xFE: "☑", 0xFD: "☒", 0xA8: "☐", 0x6C: "●", 0xA1: "○",
                  **{code: "🕒" for code in range(0xB7, 0xC3)}},  # the twelve clock faces
    "wingdings 2": {0x50: "✓", 0x4F: "✗", 0x52: "☑", 0x54: "☒", 0xA3: "☐"},
    "symbol": {0xD6: "√"},
}


def _glyph(font: str, code: int) -> str:
    """The mark a symbol font draws for a character code (a private-use U+F0xx code is the same character)."""
    table = _SYMBOL_FONTS.get(font.strip().lower(), {})
    return table.get(code & 0xFF if 0xF000 <= code <= 0xF0FF else code, "") if table else ""


def _run_font(text_element) -> str:
    run = text_element.getparent()
    fonts = run.find(f"{qn('w:rPr')}/{qn('w:rFonts')}") if run is not None else None
    return (fonts.get(qn("w:ascii")) or fonts.get(qn("w:hAnsi")) or "") if fonts is not None else ""


def _as_shown(text: str, font: str) -> str:
    """A run's text as the page shows it: in a symbol font each character is the mark the font draws."""
    if font.strip().lower() not in _SYMBOL_FONTS:
        return text
    return "".join(_glyph(font, ord(ch)) or ch for ch in text)


def _text_box_paragraphs(paragraph) -> list:
    """The paragraphs of the text boxes anchored in a paragraph, in order (not those of a box inside a box)."""
    return [p for box in paragraph.iter(W_TXBX) for p in box if p.tag == W_P]


def _cell_text(tc) -> str:
    # every paragraph of this cell however deeply wrapped, but not those of a table nested in it
    text = "\n".join(_paragraph_text(p) for p in tc.iter(W_P) if _owning_cell(p) is tc)
    for nested in _small_nested(tc):
        # a small table inside the cell (a 'Date | Update' log kept in a progress cell): its rows are the cell's
        # lines, each 'date – words', so the cell reads as the log it is
        rows = [[" ".join(_cell_text(c).split()) for c in r.iter(W_TC) if _owning_cell_of_tc(c) is r] for r in
                nested.iter(qn("w:tr")) if _owning_table(r) is nested]
        if rows and all(len(c.split()) <= 3 and not any(ch.isdigit() for ch in c) for c in rows[0] if c):
            rows = rows[1:]  # its header ('Date | Update')
        lines = [" – ".join(c for c in row if c) for row in rows if any(row)]
        text = "\n".join(part for part in [text.strip()] + lines if part)
    properties = tc.tcPr
    shading = properties.find(qn("w:shd")) if properties is not None else None
    colour = shading.get(qn("w:fill")) if shading is not None else None
    if shading is not None and shading.get(qn("w:val")) == "solid" and (colour or "auto").lower() == "auto":
        colour = shading.get(qn("w:color"))  # old-style pattern shading: a solid pattern's colour is the cell's colour
    if GENERIC_LABEL.match(text) and (not colour or colour.lower() in ("auto", "ffffff")) \
            and (font := _one_font_colour(tc)) and rag_name(parse_colour(font), keyed=True):
        # 'Status' written in a RAG-coloured font on an unfilled cell, and nothing else: the font's colour is what the
        # cell says (a header's 'Status' in white on a filled cell is a heading)
        text, colour = "", font
    return fill_text(text, colour)


def _one_font_colour(tc) -> str | None:
    """The one font colour every run of text in the cell is written in; None when runs differ or are automatic."""
    colours = set()
    for run in tc.iter(qn("w:r")):
        if not "".join(t.text or "" for t in run.iter(qn("w:t"))).strip():
            continue
        found = run.find(f"{qn('w:rPr')}/{qn('w:color')}")
        colours.add((found.get(qn("w:val")) or "auto").lower() if found is not None else "auto")
    return colours.pop() if len(colours) == 1 and "auto" not in colours and "000000" not in colours else None


def _owning_table(element):
    parent = element.getparent()
    while parent is not None and parent.tag != W_TBL:
        parent = parent.getparent()
    return parent


def _owning_cell_of_tc(tc):
    """The row a cell belongs to (its nearest w:tr)."""
    parent = tc.getparent()
    while parent is not None and parent.tag != qn("w:tr"):
        parent = parent.getparent()
    return parent


def _small_nested(tc) -> list:
    """Tables of three columns or fewer directly inside this cell (not inside a deeper one)."""
    found = []
    for tbl in tc.iter(W_TBL):
        if _owning_cell(tbl) is tc:
            widths = [sum(1 for c in r.iter(W_TC) if _owning_cell_of_tc(c) is r)
                      for r in tbl.iter(qn("w:tr")) if _owning_table(r) is tbl]
            if widths and max(widths) <= 3:
                found.append(tbl)
    return found


def _grid(table, wide: set[tuple[int, str]] | None = None) -> tuple[list[list[str]], set[tuple[int, str]]]:
    grid, spanned, above = [], set(), []
    wide = set() if wide is None else wide
    for number, row in enumerate(table.rows, start=1):
        cells, previous, tcs = [], None, []
        for column, cell in enumerate(row.cells):
            # python-docx repeats a merged cell's object across its span; repeat its text like an
            # HTML colspan does, so columns stay in line with the header.
            cells.append(_cell_text(cell._tc) if cell._tc is not previous else cells[-1])
            if cell._tc is previous and cells[-1].strip():
                wide.add((number, cells[-1]))  # merged across from the column before
            if column < len(above) and cell._tc is above[column] and cells[-1].strip():
                spanned.add((number, cells[-1]))  # merged down from the row above
            previous = cell._tc
            tcs.append(cell._tc)
        grid.append(cells)
        above = tcs
    return grid, spanned


W_PPR, W_PSTYLE, W_NUMPR, W_NUMID, W_ILVL, W_VAL, W_OUTLINE = (
    qn(f"w:{tag}") for tag in ("pPr", "pStyle", "numPr", "numId", "ilvl", "val", "outlineLvl"))


class _Styles:
    """Paragraph styles by id: heading level and list numbering, following 'based on' chains."""

    def __init__(self, document):
        self.by_id = {}
        for style in document.styles:
            try:
                self.by_id[style.style_id] = style
            except Exception:  # noqa: BLE001 - a damaged style entry only loses its formatting
                continue
        self.formats, self.levels = _number_formats(document)

    def _chain(self, style_id):
        seen = 0
        style = self.by_id.get(style_id)
        while style is not None and seen < 10:
            yield style
            style, seen = style.base_style, seen + 1

    def heading_level(self, style_id: str | None, ppr) -> int:
        outline = ppr.find(W_OUTLINE) if ppr is not None else None
        if outline is not None and (outline.get(W_VAL) or "").isdigit() and int(outline.get(W_VAL)) < 6:
            return int(outline.get(W_VAL)) + 1
        for style in self._chain(style_id):
            name = (style.name or "").lower()
            if name == "title":
                return 1
            if name.startswith("heading") and name[7:].strip().isdigit():
                return int(name[7:].strip())
            element = style.element.find(W_PPR)
            outline = element.find(W_OUTLINE) if element is not None else None
            if outline is not None and (outline.get(W_VAL) or "").isdigit() and int(outline.get(W_VAL)) < 6:
                return int(outline.get(W_VAL)) + 1
        return 0

    def numbering(self, style_id: str | None, ppr) -> tuple[str, int, str] | None:
        """(numId, level, format) of a numbered or bulleted paragraph; None for plain paragraphs."""
        numpr = ppr.find(W_NUMPR) if ppr is not None else None
        if numpr is None:
            for style in self._chain(style_id):
                element = style.element.find(W_PPR)
                numpr = element.find(W_NUMPR) if element is not None else None
                if numpr is not None:
                    break
                if "list number" in (style.name or "").lower():
                    return ("style:" + style.style_id, 0, "decimal")
                if "list bullet" in (style.name or "").lower():
                    return ("style:" + style.style_id, 0, "bullet")
        if numpr is None:
            return None
        num_id = numpr.find(W_NUMID)
        level = numpr.find(W_ILVL)
        num = num_id.get(W_VAL) if num_id is not None else ""
        if num in ("", "0"):
            return None
        lvl = int(level.get(W_VAL)) if level is not None and (level.get(W_VAL) or "").isdigit() else 0
        return (num, lvl, self.formats.get((num, lvl), "decimal"))


def _number_formats(document) -> tuple[dict[tuple[str, int], str], dict[tuple[str, int], tuple[str, int]]]:
    """numId and level -> 'decimal', 'bullet', 'lowerLetter' ... from the numbering part, if any; and numId and
    level -> (the level's text, '%1.%2', and the number it starts at, a list's own override first)."""
    try:
        numbering = document.part.numbering_part.element
    except Exception:  # noqa: BLE001 - no numbering part: no lists
        return {}, {}

    def value(node, tag, default=None):
        found = node.find(qn(tag)) if node is not None else None
        return found.get(W_VAL) if found is not None else default

    abstract = {}
    for node in numbering.findall(qn("w:abstractNum")):
        levels = {}
        for lvl in node.findall(qn("w:lvl")):
            start = value(lvl, "w:start", "1")
            levels[int(lvl.get(qn("w:ilvl")) or 0)] = (value(lvl, "w:numFmt", "decimal"), value(lvl, "w:lvlText", ""),
                                                       int(start) if start.isdigit() else 1)
        abstract[node.get(qn("w:abstractNumId"))] = levels
    formats, texts = {}, {}
    for num in numbering.findall(qn("w:num")):
        ref = num.find(qn("w:abstractNumId"))
        overrides = {int(o.get(qn("w:ilvl")) or 0): value(o, "w:startOverride") for o in num.findall(qn("w:lvlOverride"))}
        for level, (fmt, text, start) in abstract.get(ref.get(W_VAL) if ref is not None else "", {}).items():
            key = (num.get(qn("w:numId")), level)
            formats[key] = fmt
            override = overrides.get(level)
            texts[key] = (text, int(override) if override and override.isdigit() else start)
    return formats, texts


# a list level whose text, as Word shows it, names an item or a recommendation ('%1.%2' -> '7.1', 'Recommendation %1:')
_ITEM_LIKE_LEVEL = re.compile(r"%\d\s*\.\s*%\d|\b(rec(ommendation)?|item|action)\b\s*%\d", re.IGNORECASE)


def _rendered_label(styles: "_Styles", num_id: str, counter: list[int], lvl: int) -> str:
    """The list number Word shows for a paragraph ('7.1', 'Recommendation 13:') when its level's text names an item or
    a recommendation in decimal figures; '' otherwise (a plain '1.' list keeps its number out of the words: list
    numbers are not item numbers)."""
    text, _ = styles.levels.get((num_id, lvl), ("", 1))
    if not _ITEM_LIKE_LEVEL.search(text or ""):
        return ""
    used = [int(n) for n in re.findall(r"%(\d)", text)]
    if any(styles.formats.get((num_id, n - 1), "decimal") != "decimal" for n in used):
        return ""
    return re.sub(r"%(\d)", lambda m: str(counter[int(m.group(1)) - 1]), text).strip()


def _body_children(parent):
    """Paragraphs and tables of the body in order, looking through content controls."""
    for child in parent:
        if child.tag == W_SDT:
            content = child.find(W_SDTCONTENT)
            if content is not None:
                yield from _body_children(content)
        elif child.tag == W_TBL:
            yield child
        elif child.tag == W_P:
            yield child
            yield from _text_box_paragraphs(child)  # a floating box's words, where the box is anchored


def blocks_of(document) -> list[Block]:
    """The document in reading order: headings by style, list items with their computed numbers, table rows."""
    styles = _Styles(document)
    blocks: list[Block] = []
    counters: dict[str, list[int]] = {}
    paragraph_no = table_no = 0
    for child in _body_children(document.element.body):
        if child.tag == W_TBL:
            table_no += 1
            for row_no, cells in enumerate(_grid(Table(child, document))[0], start=1):
                cells = [" ".join(c.split()) for c in cells]
                if any(cells):
                    text = " | ".join(dict.fromkeys(c for c in cells if c))
                    blocks.append(Block("row", text, row_no, cells=cells, where=f"table {table_no} row {row_no}"))
            continue
        paragraph_no += 1
        text = _paragraph_text(child)
        if not text.strip():
            continue
        ppr = child.find(W_PPR)
        style = ppr.find(W_PSTYLE) if ppr is not None else None
        style_id = style.get(W_VAL) if style is not None else None
        where = f"paragraph {paragraph_no}"
        level = styles.heading_level(style_id, ppr)
        numbering = styles.numbering(style_id, ppr)
        lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
        if level:
            blocks.append(Block("heading", " ".join(lines), paragraph_no, level=level, where=where))
        elif numbering:
            num_id, lvl, fmt = numbering
            # each level counts from its start ('Set numbering value' is the list's own override); a deeper level
            # starts again under each new paragraph of the level above
            starts = [styles.levels.get((num_id, n), ("", 1))[1] for n in range(10)]
            counter = counters.setdefault(num_id, [start - 1 for start in starts])
            counter[lvl] += 1
            for shallower in range(lvl):
                counter[shallower] = max(counter[shallower], starts[shallower])  # a level above never yet used
            for deeper in range(lvl + 1, 10):
                counter[deeper] = starts[deeper] - 1
            number = str(counter[lvl]) if fmt == "decimal" else ""
            label = _rendered_label(styles, num_id, counter, lvl)
            first = f"{label} {lines[0]}" if label else lines[0]  # the number Word shows is the item's number
            blocks.append(Block("list_item", first, paragraph_no, level=lvl, number=number, where=where))
            blocks += [Block("paragraph", line, paragraph_no, where=where) for line in lines[1:]]
        else:
            lead = _bold_lead(child)
            blocks += [Block("paragraph", line, paragraph_no, where=where,
                             lead=lead if n == 0 and lead and line.startswith(lead) and len(line) > len(lead) else "")
                       for n, line in enumerate(lines)]
    return blocks


def _bold_lead(paragraph) -> str:
    """The words a paragraph's first bold runs hold, when later runs are not bold: a run-in heading."""
    lead = []
    for run in paragraph.iter(qn("w:r")):
        text = "".join(t.text or "" for t in run.iter(W_T))
        if not text:
            continue
        props = run.find(qn("w:rPr"))
        bold = props is not None and (b := props.find(qn("w:b"))) is not None and b.get(qn("w:val")) not in ("0", "false")
        if not bold:
            break
        lead.append(text)
    return " ".join("".join(lead).split())


def extract(path: Path) -> Document:
    document = docx.Document(str(path))
    _published_view(document)
    tables = []
    # every table in document order, nested ones straight after the table that holds them
    # read as their cell's lines (the elements are kept, so each stays the same object while compared)
    folded = [t for tc in document.element.body.iter(W_TC) for t in _small_nested(tc)]
    for index, tbl in enumerate((t for t in document.element.body.iter(W_TBL) if not any(t is f for f in folded)),
                                start=1):
        wide: set[tuple[int, str]] = set()
        grid, spanned = _grid(Table(tbl, document), wide)
        tables.append(RawTable(f"table {index}", grid, list(range(1, len(grid) + 1)), spanned=spanned, wide=wide))
    body_text = (_paragraph_text(p) for p in document.element.body.iter(W_P) if _owning_cell(p) is None)
    paragraphs = [text for text in body_text if text.strip()]
    for section in document.sections:
        paragraphs = [p.text for p in section.header.paragraphs if p.text.strip()] + paragraphs
    return Document(Path(path), "docx", tables, "\n".join(paragraphs)[:8000], blocks_of(document))
