"""The shared filters in the sidebar, bound to the URL both ways; links that name things loosely are repaired
(and say so); the sidebar's "Link to this view"."""
from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from app import links, queries
from app.filters import Filters
from app.warehouse import Warehouse
from etl.vocabulary import LABELS, STATUSES, label

from .text import md_escape

FILTER_KEYS = ("rec", "region", "force", "status", "as_of", "sample", "inferred")


def sidebar_filters(wh: Warehouse, own_force: bool = False) -> Filters:
    """The shared filters. Each widget is bound to the URL, so a view can be shared as a link. On a page that picks
    its own force (own_force: the Force page) the sidebar has no Force filter: one control, one force named; a
    force a link carries (force=...) becomes the page's first choice (linked_force) and leaves the address."""
    forces = queries.force_options(wh)
    recs = queries.recommendation_options(wh)
    names = dict(zip(forces.force_id, forces.force_name))
    titles = {str(r): f"{r}. {t}" for r, t in zip(recs.rec_no, recs.rec_title)}
    regions = {r: r for r in sorted(forces.region.unique())}
    aliases = links.force_aliases(forces)
    notes = [
        repair_link("rec", titles, "recommendation", lambda v: links.resolve_rec(v, titles)),
        repair_link("region", regions, "region", lambda v: links.resolve_option(v, regions)),
        repair_link("force", names, "force", lambda v: links.resolve_option(v, names, aliases, fuzzy=True)),
        repair_link("status", LABELS, "status", lambda v: links.resolve_option(v, LABELS)),
        repair_date("as_of"),
    ]
    link_notice([n for n in notes if n])
    with st.sidebar:
        st.header("Filters")
        rec = st.multiselect("Recommendation", list(titles), format_func=titles.get, key="rec", bind="query-params",
                             placeholder="All recommendations")
        region = st.multiselect("Region", sorted(forces.region.unique()), key="region", bind="query-params",
                                placeholder="All regions")
        if own_force:
            linked = st.session_state.get("force") or [
                x for x in (links.resolve_option(v, names, aliases, fuzzy=True) for v in st.query_params.get_all("force"))
                if x]
            st.session_state["_linked_force"] = linked[0] if linked else None
            if "force" in st.query_params:
                del st.query_params["force"]
            st.caption("Force: chosen on this page, above its figures.")
            force = []
        else:
            force = st.multiselect("Force", list(names), format_func=names.get, key="force", bind="query-params",
                                   placeholder="All forces")
        status = st.multiselect("Status", list(STATUSES), format_func=label, key="status",
                                bind="query-params", placeholder="All statuses")
        # a text field, not st.date_input: that one applied a typed date only once focus left its four parts
        # (day, month, year, calendar button), two Tabs on; Enter did nothing. This applies on Enter or one Tab.
        typed = st.text_input("As of", key="as_of", bind="query-params", on_change=tidy_date, args=("as_of",),
                              placeholder=f"Today, {dt.date.today():%d/%m/%Y}",
                              help="Each force's latest update on or before this date; items past their deadline "
                                   "at this date and not done count as overdue. Type a date (1/4/2025, 1 April "
                                   "2025 or 2025-04-01) and press Enter; leave it empty for today.")
        as_of = links.resolve_date(typed) if typed.strip() else None
        bad_date = typed.strip() and as_of is None and st.session_state.get("_as_of_typed") == typed
        if bad_date:
            st.error(f"'{md_escape(typed)}' is not a date (e.g. 1/4/2025): today is shown.",
                     icon=":material/event_busy:")
        sample = st.toggle("Include sample data", value=True, key="sample", bind="query-params")
        inferred = st.toggle("Count statuses read from update text", value=True, key="inferred", bind="query-params",
                             help="Where a plan states no status, one is read from what the force wrote "
                                  "(marked 'inferred'). Off: such items count as unknown.")
    if bad_date:  # in the main area too: the sidebar's field is off screen on a phone
        st.warning(f"**The As-of date '{md_escape(typed)}' is not a date** (e.g. 1/4/2025), so these figures are "
                   "as of today. Correct it in the sidebar's As of field.", icon=":material/event_busy:")
    filters = Filters(recs=tuple(int(r) for r in rec), forces=tuple(force), regions=tuple(region),
                      statuses=tuple(status), as_of=None if as_of in (None, dt.date.today()) else as_of,
                      include_sample=sample, include_inferred=inferred)
    # the link is written once the page has run: its own choices (a force, search words) belong in it too
    st.session_state["_link_slot"] = st.sidebar.empty()
    st.session_state["_share_query"] = "?" + links.view_query(filters, titles, names)
    return filters


def linked_force() -> str | None:
    """The force a link or the sidebar brought to a page that picks its own (see sidebar_filters' own_force)."""
    return st.session_state.get("_linked_force")


def repair_link(key: str, options: dict[str, str], what: str, resolve, multi: bool = True) -> str:
    """Before a bound widget reads the URL: values it would silently drop (not one of its labels) are resolved to
    an option where one fits (an id, a slug, an alias), and the widget starts on that. Returns what was
    understood, for a visible notice ('' when the link was already exact)."""
    raw = st.query_params.get_all(key)
    if not raw or all(value in options.values() for value in raw):
        return ""
    chosen, said = [], []
    for value in raw:
        option = resolve(value)
        if option is None:
            said.append(f"no {what} is called '{md_escape(value)}'")
        else:
            chosen.append(option)
            if options[option] != value:
                said.append(f"'{md_escape(value)}' was read as {md_escape(options[option])}")
    chosen = list(dict.fromkeys(chosen))
    if chosen:
        st.session_state[key] = chosen if multi else chosen[0]
    else:
        said.append(f"so every {what} is shown" if multi else f"so the page's usual {what} is shown")
    return "; ".join(said)


def tidy_date(key: str) -> None:
    """A date typed as people write one (1/4/2025, 1 April 2025) is put in the field, and so the address, in ISO
    form; anything else is left as typed, for repair_date's notice to name."""
    value = st.session_state.get(key) or ""
    date = links.resolve_date(value)
    if date is not None:
        st.session_state[key] = date.isoformat()
    st.session_state[f"_{key}_typed"] = value  # typed here, not brought by a link: said beside the field


def repair_date(key: str) -> str:
    raw = st.query_params.get_all(key)
    if not raw:
        return ""
    value = raw[-1]
    date = links.resolve_date(value)
    if (date is not None and date.isoformat() == value) or st.session_state.get(f"_{key}_typed") == value:
        return ""
    if date is None:
        return f"'{md_escape(value)}' is not a date (e.g. 2025-04-01 or 1/4/2025), so today is shown"
    st.session_state[key] = date.isoformat()
    return f"'{md_escape(value)}' was read as {date:%d %B %Y}"


def page_link_choice(key: str, options: dict[str, str], what: str, fuzzy: bool = False,
                     aliases: pd.DataFrame | None = None, resolve=None) -> None:
    """A page's own bound choice (the force picked, the item): a link naming it loosely still opens it, and a
    link naming nothing known says so instead of quietly showing another."""
    known = links.force_aliases(aliases) if aliases is not None else None
    note = repair_link(key, options, what, resolve or (lambda v: links.resolve_option(v, options, known, fuzzy)),
                       multi=False)
    link_notice([note] if note else [])


def link_notice(notes: list[str]) -> None:
    if notes:
        st.warning("**This link was not quite right.** " + "; ".join(notes) + ".", icon=":material/link_off:")


def share_link() -> None:
    """Last thing in a run: the sidebar's link to this view, the shared filters plus the page's own choices
    (its widgets bound to the URL, e.g. the force picked or the words searched)."""
    page_params = [(key, value) for key in st.query_params if key not in FILTER_KEYS
                   for value in st.query_params.get_all(key)]
    filters_part = st.session_state["_share_query"].lstrip("?")
    link = "?" + "&".join(part for part in (filters_part, urlencode(page_params)) if part)
    st.session_state["_share_query"] = link
    st.session_state["_link_slot"].markdown(
        f"[Link to this view]({link})",
        help="The filters and this page's choices are in the page address: copy this link (or the address bar) "
             "to share exactly this view.")
