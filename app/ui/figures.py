"""Headline figures as a person reads them: the finding in a sentence first, figures two to a row on a phone,
every rate beside its denominator, and differences in points that agree with the rounded figures shown."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from .text import md_escape


def points_between(rate, other) -> int | None:
    """Percentage points between two rates as shown (rounded to whole per cent): 57% against 55% is +2 pts,
    whatever the unrounded figures (0.5749 - 0.5551 would say +2, 0.5749 - 0.5651 +1 beside 57% and 57%)."""
    if rate is None or other is None or pd.isna(rate) or pd.isna(other):
        return None
    return round(float(rate) * 100) - round(float(other) * 100)


def pts(rate, other, against: str) -> str | None:
    points = points_between(rate, other)
    return None if points is None else f"{points:+d} pts vs {against}"


def national_finding(head: pd.Series, by_rec: pd.DataFrame) -> str:
    """The overview's finding: the least done recommendation and the national rate, over what applies."""
    rates = by_rec.dropna(subset=["completion_rate"])
    text = ""
    if len(rates) > 1:
        low = rates.iloc[0]
        text = (f"**Recommendation {int(low.rec_no)} is the least done: {low.completion_rate:.0%} of applicable "
                f"sub-items complete.** ")
    if pd.notna(head.completion_rate):
        text += (f"Across the {int(head.forces_reporting)} force{'s' if head.forces_reporting != 1 else ''} "
                 f"reporting, {int(head.done):,} of {int(head.applicable):,} applicable sub-items "
                 f"({head.completion_rate:.0%}) are complete or business as usual; {int(head.overdue):,} are overdue.")
    return text


def finding(text: str) -> None:
    """The page's finding, above its figures (as GOV.UK and ONS dashboards put it)."""
    if text:
        st.markdown(text)


def metric_row(figures: list[tuple[str, str, str | None]] | list[tuple], key: str | None = None) -> None:
    """Headline figures in a row that wraps: four to a row on a wide screen, two on a phone (st.columns stacked
    them one a row, eight taking 1,000 px before the first chart). Each figure is (label, value, help[, delta])."""
    row = st.container(horizontal=True, gap="small", key=key)
    for label, value, help_, *delta in figures:
        row.metric(label, value, help=help_, delta=delta[0] if delta else None, width=METRIC_WIDTH)


METRIC_WIDTH = 165  # px: two fit a phone's 358 px of page, four and more a desktop's


__all__ = ["finding", "metric_row", "national_finding", "points_between", "pts", "md_escape"]


def pager(total: int, size: int, key: str, reset_on: object = None) -> tuple[int, int]:
    """Rows first..last of `total` shown a page at a time, with Previous and Next buttons and where we are in
    words ('Matches 21-40 of 172'). Starts again at the first page when `reset_on` changes (a new search)."""
    pages = max(1, -(-total // size))
    if st.session_state.get(f"{key}_for") != reset_on:
        st.session_state[f"{key}_for"] = reset_on
        st.session_state[key] = 1
    page = min(max(1, int(st.session_state.get(key, 1))), pages)

    def go(step: int) -> None:
        st.session_state[key] = min(max(1, page + step), pages)

    first, last = (page - 1) * size, min(page * size, total)
    if pages > 1:
        row = st.container(horizontal=True, vertical_alignment="center", key=f"{key}_pager")
        row.button("Previous", key=f"{key}_previous", on_click=go, args=(-1,), disabled=page == 1,
                   icon=":material/chevron_left:")
        row.markdown(f"Matches {first + 1:,}–{last:,} of {total:,} (page {page} of {pages})")
        row.button("Next", key=f"{key}_next", on_click=go, args=(1,), disabled=page == pages,
                   icon=":material/chevron_right:")
    return first, last


PEER_CARDS = 5  # what finished forces wrote, shown whole per item on the Force page; the rest are linked


def peer_cards(group: pd.DataFrame) -> None:
    """What peers wrote, whole and readable (a card each, not a grid cell that cut the text off), its source cited."""
    from etl.vocabulary import label

    for _, peer in group.iterrows():
        with st.container(border=True):
            status = label(peer.status) + (" (inferred)" if peer.get("status_source") == "inferred" else "")
            where = md_escape(peer.region) + (" (same region)" if peer.same_region else "")
            st.markdown(f"**{md_escape(peer.force_name)}** · {where} · {md_escape(status)}")
            st.markdown(md_escape(peer.update_text))
            st.caption(f"Source: {md_escape(peer.source_file)}, row {peer.source_row} · {md_escape(peer['round'])}")
