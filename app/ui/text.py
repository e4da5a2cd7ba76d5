"""Plan text shown literally in Markdown, and figures in words."""
from __future__ import annotations

import re

import pandas as pd

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:$=&/\"'^%@;,?])")


def md_escape(text: object) -> str:
    """Plan text for st.markdown, shown literally: every ASCII punctuation mark backslash-escaped, so no
    Markdown, link, autolink, directive, LaTeX or HTML can form from it."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text)).replace("\n", "  \n")


def md_highlight(text: str, words: list[str]) -> str:
    """md_escape(text) with each case-insensitive match of the words (at a word start) highlighted."""
    escaped = md_escape(text)
    terms = sorted({w for w in words if w.strip()}, key=len, reverse=True)
    if not terms:
        return escaped
    # one pass over the text: a word highlighted in a later pass would match inside the markup of an earlier
    # one ('training o' turned ':orange-background[training]' into raw markup)
    pattern = "|".join(re.escape(md_escape(word)) for word in terms)
    return re.sub(rf"(?i)(?<![\w\\])({pattern})", r":orange-background[\1]", escaped)


def plural(count, word: str, many: str | None = None) -> str:
    """'1 force', '2 forces' (never '1 forces')."""
    n = int(count)
    return f"{n:,} {word if n == 1 else (many or word + 's')}"


def pct(value) -> str:
    return "–" if value is None or pd.isna(value) else f"{value:.0%}"
