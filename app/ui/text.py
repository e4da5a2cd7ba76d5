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
    for word in sorted({w for w in words if w.strip()}, key=len, reverse=True):
        pattern = re.escape(md_escape(word))
        escaped = re.sub(rf"(?i)(?<![\w\\])({pattern})", r":orange-background[\1]", escaped)
    return escaped


def pct(value) -> str:
    return "–" if value is None or pd.isna(value) else f"{value:.0%}"
