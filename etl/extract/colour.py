"""A cell that says its status only by its fill colour (a RAG tracker) reads as that colour's name.

Only an empty cell filled with a clear red, amber or green becomes text ("Green (cell colour)"); what
the word means is the status vocabulary's business (data/reference/status_words.csv), as for a cell
that says "Green". Grey and off-white fills are decoration (header bands, input cells) and stay empty; blue, purple
and pale tints ('Pale green') are named, but mean something only where the page's key defines them.
"""
from __future__ import annotations

import colorsys
import re

from PIL import ImageColor

# hue bands in degrees; a fill must be saturated and bright enough to be a signal, not a tint
_BANDS = (("Red", 0, 15), ("Amber", 15, 70), ("Green", 70, 170), ("Red", 345, 360))
# colours that mean something only where the page's own key says what (BRAG blue, purple, ...): named, so a key
# can give them a meaning, but the default vocabulary reads no status from them
_KEYED_BANDS = (("Blue", 170, 260), ("Purple", 260, 345))
MIN_SATURATION, MIN_VALUE = 0.35, 0.35
# a tint still clearly coloured (Excel's pale green C6EFCE, pale red FFC7CE), not an off-white header band (DDEBF7)
PALE_SATURATION, PALE_VALUE = 0.14, 0.8
_HEX = re.compile(r"^(?:[0-9a-f]{2})?([0-9a-f]{6})$", re.IGNORECASE)  # Office writes ARGB or RGB


# a cell or badge whose only words name the column ('Status', 'RAG rating', 'Current status:'): its colour, class or
# font says the status, not its words (the Word and HTML readers); a badge may be no more than a dot
_GENERIC_WORDS = r"^\s*((rag|current|overall)\s+)?(status|rag|rating)"
GENERIC_LABEL = re.compile(_GENERIC_WORDS + r"\s*:?\s*$", re.IGNORECASE)
GENERIC_BADGE = re.compile(_GENERIC_WORDS + r"?\s*:?\s*[●○◐◑◒◓•◉◯■□▪]?\s*$", re.IGNORECASE)


def rag_name(rgb: tuple[int, int, int] | None, keyed: bool = False, pale: bool = False) -> str | None:
    """The RAG colour of a fill; with `keyed`, also the colours only a page's key gives a meaning to; with `pale`, a
    light tint of a colour as 'Pale green' (Excel's 'Good', 'Neutral' and 'Bad' cell styles), which also means
    something only where the page's key shows that tint."""
    if rgb is None:
        return None
    hue, saturation, value = colorsys.rgb_to_hsv(*(c / 255 for c in rgb[:3]))
    tint = pale and PALE_SATURATION <= saturation < MIN_SATURATION and value >= PALE_VALUE
    if (saturation < MIN_SATURATION or value < MIN_VALUE) and not tint:
        return None
    degrees = hue * 360
    bands = _BANDS + _KEYED_BANDS if keyed or tint else _BANDS
    name = next((name for name, low, high in bands if low <= degrees < high), None)
    return f"Pale {name.lower()}" if name and tint else name


def parse_colour(value: str | None) -> tuple[int, int, int] | None:
    """Office hex ('FF00B050', '00B050') or any CSS colour ('#0b5', 'rgb(0,176,80)', 'green')."""
    if not value:
        return None
    value = value.strip()
    match = _HEX.match(value)
    if match:
        value = "#" + match.group(1)
    elif value.lower().startswith("rgba("):  # the alpha is of no interest; Pillow wants it as an integer
        value = "rgb(" + ",".join(value[5:].rstrip(") ").split(",")[:3]) + ")"
    try:
        return ImageColor.getrgb(value)[:3]
    except ValueError:
        return None


def fill_name(text: str, colour: str | None) -> str:
    """For a cell with words, the name of its signal fill ('' for none or a tint): its status where the plan
    gives status by colour alone."""
    return (rag_name(parse_colour(colour), keyed=True, pale=True) or "") if text.strip() else ""


def fill_text(text: str, colour: str | None) -> str:
    """The cell's text; for an empty cell with a RAG fill, the colour's name."""
    if text.strip():
        return text
    name = rag_name(parse_colour(colour), keyed=True, pale=True)
    return f"{name} (cell colour)" if name else text
