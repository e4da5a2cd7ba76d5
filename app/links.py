"""Reading the values a shared link gives (?force=Kent&as_of=2025-04-01&rec=7): pure functions, no Streamlit.

A bound widget silently drops a URL value that is not exactly one of its option labels. A person who typed or
trimmed a link should instead see what was understood: each value resolves to one option (its label, its id or
slug, an alias, a close spelling when only one fits) or to None, and the page says which.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterable

import pandas as pd


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", str(text).lower().replace("&", " and ")).strip()


def resolve_option(value: str, options: dict[str, str], aliases: dict[str, Iterable[str]] | None = None,
                   fuzzy: bool = False) -> str | None:
    """The option (a key of `options`, whose values are the labels) that `value` names, or None.

    Tried in order: the label exactly; the key (an id or slug); label, key or alias ignoring case and
    punctuation; then, if fuzzy, the one label or alias close enough with no rival close to it."""
    if value in options.values():
        return next(k for k, v in options.items() if v == value)
    if value in options:
        return value
    wanted = _norm(value)
    if not wanted:
        return None
    names: dict[str, set[str]] = {}
    for key, label in options.items():
        names.setdefault(_norm(label), set()).add(key)
        names.setdefault(_norm(key), set()).add(key)
        for alias in (aliases or {}).get(key, ()):
            if alias:
                names.setdefault(_norm(alias), set()).add(key)
    exact = names.get(wanted, set())
    if len(exact) == 1:
        return next(iter(exact))
    if not fuzzy or exact:
        return None
    from rapidfuzz import fuzz, process

    # plain edit distance over the whole name: a slip of a letter or two, never a name inside other words
    scored = process.extract(wanted, list(names), scorer=fuzz.ratio, limit=None, score_cutoff=85)
    keys_by_score: dict[str, float] = {}
    for name, score, _ in scored:
        for key in names[name]:
            keys_by_score[key] = max(keys_by_score.get(key, 0), score)
    ranked = sorted(keys_by_score.items(), key=lambda kv: -kv[1])
    if not ranked:
        return None
    if len(ranked) > 1 and ranked[1][1] >= ranked[0][1] - 5:
        return None  # two forces fit about as well: do not guess
    return ranked[0][0]


def resolve_rec(value: str, titles: dict[str, str]) -> str | None:
    """A recommendation: its label ('7. Crime recording'), or its number ('7', 'Rec 7', 'recommendation 7')."""
    found = resolve_option(value, titles)
    if found:
        return found
    match = re.fullmatch(r"\s*(?:rec(?:ommendation)?\.?\s*)?(\d+)\.?\s*", str(value), flags=re.I)
    if match and match.group(1) in titles:
        return match.group(1)
    return None


def resolve_item(value: str, labels: dict[str, str]) -> str | None:
    """A sub-item ('7.1', or its label) or a whole recommendation ('Rec 7', '7', or its label)."""
    found = resolve_option(value, labels)
    if found:
        return found
    text = str(value).strip()
    match = re.fullmatch(r"(?:rec(?:ommendation)?\.?\s*)?(\d+)(?:\.(\d+))?\.?", text, flags=re.I)
    if not match:
        return None
    key = f"{match.group(1)}.{match.group(2)}" if match.group(2) else f"Rec {match.group(1)}"
    return key if key in labels else None


DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d")


def resolve_date(value: str) -> dt.date | None:
    """A date in ISO form (what the app writes) or as people in the UK write one (1/4/2025, 1 April 2025)."""
    text = str(value).strip()
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def force_aliases(forces: pd.DataFrame) -> dict[str, list[str]]:
    if "aliases" not in forces:
        return {}
    return {fid: [a for a in str(al or "").split("|") if a] for fid, al in zip(forces.force_id, forces.aliases)}


def view_query(f, rec_titles: dict[str, str], force_names: dict[str, str], **page_choices) -> str:
    """The query string that opens the dashboard on these filters (the same words the sidebar's bound widgets
    put in the URL: recommendation and force labels, status labels, ISO dates), plus a page's own choices
    (e.g. item='Rec 7'). Pure, for writing links outside the app (the national report)."""
    from urllib.parse import urlencode

    from .charts import status_label

    params: list[tuple[str, str]] = [("rec", rec_titles.get(str(r), str(r))) for r in f.recs]
    params += [("region", r) for r in f.regions]
    params += [("force", force_names.get(x, x)) for x in f.forces]
    params += [("status", status_label(s)) for s in f.statuses]
    if f.as_of:
        params.append(("as_of", f.as_of.isoformat()))
    if not f.include_sample:
        params.append(("sample", "false"))
    if not f.include_inferred:
        params.append(("inferred", "false"))
    params += [(key, str(value)) for key, value in page_choices.items() if value not in (None, "")]
    return urlencode(params)
