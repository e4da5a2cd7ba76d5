"""Lines that say what a figure stands on: the filters in words, forces with no plan yet, sub-items a plan
leaves out, a filter a page does not apply, what to try when a search finds nothing."""
from __future__ import annotations

import streamlit as st

from app import queries
from app.filters import Filters
from app.warehouse import Warehouse
from etl.vocabulary import label

from .text import md_escape


def describe(wh: Warehouse, f: Filters) -> str:
    """The filters in words, forces by name: 'Recommendation 10, North West, In progress, as of 1 April 2025'."""
    names = queries.force_options(wh).set_index("force_id")["force_name"].to_dict()
    return f.describe(names)


def filters_caption(wh: Warehouse, f: Filters) -> None:
    """Above a page's tables and charts: what they show, in words."""
    st.caption(f"Showing: {md_escape(describe(wh, f))}")


def whole_force_note(f: Filters) -> None:
    """The Force page shows a force whole: say so when the sidebar's status filter is set."""
    if f.statuses:
        chosen = ", ".join(label(s) for s in f.statuses)
        st.info(f"The status filter ({chosen}) is not applied on this page: a force's completion, rank and "
                "comparisons need all its sub-items. Sort the plan table below by status instead.",
                icon=":material/filter_alt_off:")


def no_match_hint(f: Filters, phrase: bool, terms: int) -> str:
    """What to try when a search finds nothing: only the advice that can help here."""
    tips = []
    if phrase:
        tips.append("switch off Exact phrase")
    elif terms > 1:
        tips.append("try fewer words")
    if f.recs or f.forces or f.regions or f.statuses or f.as_of or not f.include_sample:
        tips.append("widen the sidebar filters (they narrow the search too)")
    advice = (" Try: " + "; ".join(tips) + ".") if tips else " Try another word."
    return "No update mentions that under these filters." + advice


def presence_note(wh: Warehouse, f: Filters) -> None:
    """How many forces in view had a plan by the as-of date: a figure over fewer forces says so."""
    presence = queries.plan_presence(wh, f)
    if presence.empty:
        return
    present = presence[presence.has_plan]
    when = f"{f.date:%-d %B %Y}"
    if len(present) == len(presence):
        text = (f"All {len(presence)} forces in view had published a plan by {when}." if len(presence) > 1
                else f"The force in view had published a plan by {when}.")
    else:
        absent = presence[~presence.has_plan].force_name.tolist()
        named = ", ".join(absent[:6]) + (f" and {len(absent) - 6} more" if len(absent) > 6 else "")
        text = (f"**{len(present)} of {len(presence)} forces** in view had published a plan by {when}; "
                f"the {len(absent)} others ({md_escape(named)}) are not in these figures.")
    undated = presence[presence.undated_plan].force_name.tolist()
    if undated:
        text += (f" Undated plans ({md_escape(', '.join(undated))}) count from "
                 f"{queries.undated_from(wh):%-d %B %Y}, the day the plans were collected.")
    st.caption(text)


def coverage_gap_note(wh: Warehouse, f: Filters, force_id: str | None = None) -> None:
    """Sub-items a plan does not mention are not in its completion rate: say so beside the figure."""
    gaps = queries.missing_items(wh, f)
    if force_id is not None:
        gaps = gaps[gaps.force_id == force_id]
        if len(gaps):
            st.caption(f"Its plan does not mention {len(gaps)} of the reference sub-items "
                       f"({md_escape(', '.join(gaps.item_id))}): they are left out of its completion rate and rank, "
                       "not counted as not done.")
        return
    if len(gaps):
        forces = gaps.force_id.nunique()
        whose = "1 force's plan leaves" if forces == 1 else f"{forces} forces' plans leave"
        st.caption(f"{whose} out {len(gaps)} sub-item{'s' if len(gaps) != 1 else ''}"
                   f"{' in all' if forces > 1 else ''}: a plan's completion counts only the sub-items it "
                   "reports. The Data quality page lists them.")
