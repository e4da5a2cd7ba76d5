"""Streamlit glue shared by every page: the run's warehouse snapshot, sidebar filters (in the URL),
the sample-data banner, the footer, cached queries, and chart/table/download helpers."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
import runpy
from urllib.parse import urlencode
from pathlib import Path

import pandas as pd
import streamlit as st

from . import charts, links, queries
from .exporting import parquet_bytes, safe_csv
from .filters import Filters
from .warehouse import Warehouse, current

SAMPLE_NOTICE = ("**Sample data.** The plans shown are generated test documents, not real police force plans. "
                 "No figure here describes any real force.")


ENTRY = Path(__file__).resolve().parent.parent / "dashboard.py"


def page_setup() -> None:
    """First line of every page: make sure the page runs inside the app, never on its own.

    Streamlit decides whether to use its legacy `pages/` folder discovery before the entry script has
    called st.navigation. So the first run of a fresh server that lands on a deep link (a shared URL
    to /force), and every AppTest run after switch_page, executes the page file alone: no filters, no
    banner. Then run the entry script instead; its st.navigation routes back to this same page.
    """
    from streamlit.runtime.pages_manager import PagesManager

    if getattr(PagesManager, "uses_pages_directory", False):
        runpy.run_path(str(ENTRY), run_name="__main__")
        st.stop()


def start_run() -> Warehouse:
    """Pin one warehouse snapshot for this whole script run (a rebuild mid-run cannot mix two builds)."""
    warehouse = current()
    if warehouse is None:
        st.error("No warehouse has been built yet. Run `make build` (or `python -m etl build`) and reload.")
        st.stop()
    st.session_state["_warehouse"] = warehouse
    return warehouse


def warehouse() -> Warehouse:
    return st.session_state["_warehouse"]


def sidebar_filters(wh: Warehouse) -> Filters:
    """The shared filters. Each widget is bound to the URL, so a view can be shared as a link."""
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
        repair_link("status", charts.STATUS_LABELS, "status", lambda v: links.resolve_option(v, charts.STATUS_LABELS)),
        repair_date("as_of"),
    ]
    link_notice([n for n in notes if n])
    with st.sidebar:
        st.header("Filters")
        rec = st.multiselect("Recommendation", list(titles), format_func=titles.get, key="rec", bind="query-params",
                             placeholder="All recommendations")
        region = st.multiselect("Region", sorted(forces.region.unique()), key="region", bind="query-params",
                                placeholder="All regions")
        force = st.multiselect("Force", list(names), format_func=names.get, key="force", bind="query-params",
                               placeholder="All forces")
        status = st.multiselect("Status", charts.STATUS_ORDER, format_func=charts.status_label, key="status",
                                bind="query-params", placeholder="All statuses")
        as_of = st.date_input("As of", value=dt.date.today(), key="as_of", bind="query-params", format="DD/MM/YYYY",
                              help="Each force's latest update on or before this date; items past their deadline "
                                   "at this date and not done count as overdue.")
        sample = st.toggle("Include sample data", value=True, key="sample", bind="query-params")
        inferred = st.toggle("Count statuses read from update text", value=True, key="inferred", bind="query-params",
                             help="Where a plan states no status, one is read from what the force wrote "
                                  "(marked 'inferred'). Off: such items count as unknown.")
    filters = Filters(tuple(int(r) for r in rec), tuple(force), tuple(region), tuple(status),
                      None if as_of == dt.date.today() else as_of, sample, inferred)
    st.session_state["_filters"] = filters
    # the link is written once the page has run: its own choices (a force, search words) belong in it too
    st.session_state["_link_slot"] = st.sidebar.empty()
    st.session_state["_share_query"] = "?" + share_query(filters, titles, names)
    return filters


FILTER_KEYS = ("rec", "region", "force", "status", "as_of", "sample", "inferred")


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


def repair_date(key: str) -> str:
    raw = st.query_params.get_all(key)
    if not raw:
        return ""
    value = raw[-1]
    try:
        dt.date.fromisoformat(value)
        return ""
    except ValueError:
        pass
    date = links.resolve_date(value)
    if date is None:
        return f"'{md_escape(value)}' is not a date (the link should say e.g. as_of=2025-04-01), so today is shown"
    st.session_state[key] = date
    return f"'{md_escape(value)}' was read as {date:%d %B %Y}"


def page_link_choice(key: str, options: dict[str, str], what: str, fuzzy: bool = False,
                     aliases: pd.DataFrame | None = None, resolve=None) -> None:
    """A page's own bound choice (the force picked, the item): a link naming it loosely still opens it, and a
    link naming nothing known says so instead of quietly showing another."""
    known = links.force_aliases(aliases) if aliases is not None else None
    note = repair_link(key, options, what, resolve or (lambda v: links.resolve_option(v, options, known, fuzzy)),
                       multi=False)
    link_notice([note] if note else [])


def whole_force_note() -> None:
    """The Force page shows a force whole: say so when the sidebar's status filter is set."""
    statuses = filters().statuses
    if statuses:
        chosen = ", ".join(charts.status_label(s) for s in statuses)
        st.info(f"The status filter ({chosen}) is not applied on this page: a force's completion, rank and "
                "comparisons need all its sub-items. Sort the plan table below by status instead.",
                icon=":material/filter_alt_off:")


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


def share_query(f: Filters, rec_titles: dict[str, str], force_names: dict[str, str]) -> str:
    """The query string that reopens this view: the same words the bound widgets put in the URL."""
    params: list[tuple[str, str]] = [("rec", rec_titles[str(r)]) for r in f.recs]
    params += [("region", r) for r in f.regions]
    params += [("force", force_names[x]) for x in f.forces]
    params += [("status", charts.status_label(s)) for s in f.statuses]
    if f.as_of:
        params.append(("as_of", f.as_of.isoformat()))
    if not f.include_sample:
        params.append(("sample", "false"))
    if not f.include_inferred:
        params.append(("inferred", "false"))
    return urlencode(params)


def filters() -> Filters:
    return st.session_state.get("_filters", Filters())


def sample_banner(wh: Warehouse, f: Filters) -> None:
    if wh.has_sample and f.include_sample:
        st.warning(SAMPLE_NOTICE, icon=":material/warning:")


def footer(wh: Warehouse) -> None:
    built = pd.Timestamp(wh.built_at).strftime("%d %b %Y %H:%M")
    st.divider()
    st.caption(f"Warehouse built {built} UTC from {wh.source_count} source files ({wh.loaded_count} loaded) · "
               f"build {wh.build_id}" + (" · includes SAMPLE DATA" if wh.has_sample else ""))


@st.cache_data(max_entries=1024, show_spinner=False)
def _cached(name: str, build_id: str, filter_values: tuple, args: tuple, _wh: Warehouse) -> pd.DataFrame:
    return getattr(queries, name)(_wh, Filters(*filter_values), *args)


def q(name: str, *args) -> pd.DataFrame:
    """A named query for this run's snapshot and filters, cached per build (a rebuild shows up at once)."""
    wh, f = warehouse(), filters()
    args = tuple(tuple(a) if isinstance(a, list) else a for a in args)
    return _cached(name, wh.build_id, dataclasses.astuple(f), args, wh)


def q_plain(name: str) -> pd.DataFrame:
    """A query that takes no filters (data quality, options)."""
    return _cached_plain(name, warehouse().build_id, warehouse())


@st.cache_data(max_entries=64, show_spinner=False)
def _cached_plain(name: str, build_id: str, _wh: Warehouse) -> pd.DataFrame:
    return getattr(queries, name)(_wh)


@st.cache_resource(max_entries=512, show_spinner=False)
def _cached_figure(chart: str, query: str, build_id: str, filter_values: tuple, args: tuple, chart_args: tuple,
                   _frame: pd.DataFrame):
    # shared, not copied: st.plotly_chart only serialises a Figure, it never changes it
    return getattr(charts, chart)(_frame, *chart_args)


def pct(value) -> str:
    return "–" if value is None or pd.isna(value) else f"{value:.0%}"


def _figure_and_frame(chart_name: str, query: str, args: tuple, chart_args: tuple):
    frame = q(query, *args)
    wh, f = warehouse(), filters()
    hashable = tuple(tuple(a) if isinstance(a, list) else a for a in args)
    return _cached_figure(chart_name, query, wh.build_id, dataclasses.astuple(f), hashable, chart_args, frame), frame


def readable(frame: pd.DataFrame) -> pd.DataFrame:
    """Statuses as words (rates are shown as percentages by table()'s column formats)."""
    frame = with_status_labels(frame)
    for column in ("from_status", "to_status"):
        if column in frame:
            frame[column] = frame[column].map(charts.status_label)
    return frame


def _numbers(frame: pd.DataFrame, columns: list[str] | None, key: str) -> None:
    with st.expander("Numbers behind this chart"):
        table(readable(frame[columns] if columns else frame), key=f"{key}_numbers")


# no Plotly mode bar: it put 8 tab stops before each chart's numbers and covered titles on a phone; the
# numbers behind each chart are one click away, and Streamlit's own fullscreen button stays
PLOTLY_CONFIG = {"displayModeBar": False, "displaylogo": False}


def chart(chart_name: str, query: str, *args, key: str, columns: list[str] | None = None,
          chart_args: tuple = ()) -> pd.DataFrame:
    """A named chart over a named query (both cached per build and filters), with its numbers one click away."""
    fig, frame = _figure_and_frame(chart_name, query, args, chart_args)
    st.plotly_chart(fig, key=key, width="stretch", config=PLOTLY_CONFIG)
    _numbers(frame, columns, key)
    return frame


def chart_selectable(chart_name: str, query: str, *args, key: str, columns: list[str] | None = None,
                     chart_args: tuple = ()):
    """Like chart(), but a click on a point reruns the page with the selection (returned)."""
    fig, frame = _figure_and_frame(chart_name, query, args, chart_args)
    event = st.plotly_chart(fig, key=key, width="stretch", on_select="rerun", selection_mode="points",
                            config=PLOTLY_CONFIG)
    _numbers(frame, columns, key)
    return event


def selected_force(event) -> str | None:
    """The force_id of the point a person clicked on the tile map (its last custom-data field)."""
    try:
        points = event.selection.points
    except AttributeError:
        return None
    for point in points or []:
        custom = point.get("customdata") or []
        if custom:
            return custom[-1]
    return None


# Headings a person reads; the data (and every download) keeps the warehouse's column names.
COLUMN_LABELS = {"force_id": "Force id", "force_name": "Force", "item_id": "Sub-item", "item_title": "Title",
                 "rec_no": "Rec", "rec_title": "Recommendation", "progress_pct": "Progress", "source_row": "Row",
                 "update_text": "Update", "from_status": "From", "to_status": "To",
                 "peers_done_share": "Other forces done", "items_reported": "Sub-items reported",
                 "reference_items": "Reference sub-items", "missing_items": "Missing sub-items"}


# fractions stored 0-1, shown as percentages wherever a table has them
PERCENT_COLUMNS = {"completion_rate", "share", "peers_done_share", "coverage", "same_from_rate", "same_to_rate"}
COLUMN_LABELS |= {"completion_rate": "Completion rate", "share": "Share", "as_of": "As of",
                  "forces_joined": "Forces joined", "same_forces": "Forces at both dates",
                  "same_from_rate": "Same forces: completion before", "same_to_rate": "Same forces: completion after"}

COLUMN_LABELS |= {"what_to_do": "What to do", "effect": "Effect on the figures"}
WIDE_TEXT = {"effect": "large", "what_to_do": "large", "item_title": "medium", "title": "medium", "rec_title": "medium", "update_text": "large",
             "message": "large"}


def _column_config(data: pd.DataFrame, config: dict | None, raw_names: bool) -> dict:
    merged: dict = {}
    for column in data.columns:
        label = column if raw_names else COLUMN_LABELS.get(column, column.replace("_", " ").capitalize())
        given = (config or {}).get(column)
        if given is not None:
            merged[column] = {**given, "label": given.get("label") or label}
        elif column in PERCENT_COLUMNS:
            merged[column] = st.column_config.NumberColumn(label, format="percent")
        elif column == "progress_pct":
            merged[column] = st.column_config.NumberColumn(label, format="%.0f%%")
        elif column in WIDE_TEXT and not raw_names:  # long titles would push the figures out of view
            merged[column] = st.column_config.TextColumn(label, width=WIDE_TEXT[column])
        elif pd.api.types.is_datetime64_any_dtype(data[column]) and (data[column].dropna().dt.normalize()
                                                                      == data[column].dropna()).all():
            merged[column] = st.column_config.DateColumn(label, format="D MMM YYYY")  # a day, not midnight
        else:
            merged[column] = label
    return merged


def table(data: pd.DataFrame, key: str | None = None, height: int | None = None, config: dict | None = None,
          raw_names: bool = False) -> None:
    """Free text from plans always shows as text (never Markdown or HTML) in a dataframe. Headings are readable
    unless raw_names (the Explore page shows the contract's names, as its downloads carry them)."""
    st.dataframe(data, hide_index=True, width="stretch", key=key, height=height or "auto",
                 column_config=_column_config(data, config, raw_names), placeholder="" if raw_names else "–")


def force_report_downloads(force_id: str, force_name: str) -> None:
    """PDF and HTML one-page reports, made only when clicked (drawing the charts takes seconds)."""
    from . import report

    wh, f = warehouse(), filters()

    def make(kind: str):
        def build() -> bytes:
            data = report.render_images(report.gather(wh, f, force_id))
            return report.to_pdf(data) if kind == "pdf" else report.to_html(data).encode("utf-8")
        return build

    slug = force_id + "-stalking-plan-report"
    left, right = st.columns(2)
    left.download_button("Force report (PDF)", data=make("pdf"), file_name=f"{slug}.pdf", mime="application/pdf",
                         on_click="ignore", key="report_pdf", help=f"A one-page report for {force_name}")
    right.download_button("Force report (HTML)", data=make("html"), file_name=f"{slug}.html", mime="text/html",
                          on_click="ignore", key="report_html", help="Self-contained: opens offline, no links out")


search_terms = queries.search_terms


def no_match_hint(phrase: bool, terms: int) -> str:
    """What to try when a search finds nothing: only the advice that can help here."""
    f = filters()
    tips = []
    if phrase:
        tips.append("switch off Exact phrase")
    elif terms > 1:
        tips.append("try fewer words")
    if f.recs or f.forces or f.regions or f.statuses or f.as_of or not f.include_sample:
        tips.append("widen the sidebar filters (they narrow the search too)")
    advice = (" Try: " + "; ".join(tips) + ".") if tips else " Try another word."
    return "No update mentions that under these filters." + advice


def presence_note() -> None:
    """How many forces in view had a plan by the as-of date: a figure over fewer forces says so."""
    presence = q("plan_presence")
    if presence.empty:
        return
    f, present = filters(), presence[presence.has_plan]
    when = f"{f.date:%-d %B %Y}"
    if len(present) == len(presence):
        text = f"All {len(presence)} forces in view had published a plan by {when}."
    else:
        absent = presence[~presence.has_plan].force_name.tolist()
        named = ", ".join(absent[:6]) + (f" and {len(absent) - 6} more" if len(absent) > 6 else "")
        text = (f"**{len(present)} of {len(presence)} forces** in view had published a plan by {when}; "
                f"the {len(absent)} others ({md_escape(named)}) are not in these figures.")
    undated = presence[presence.undated_plan].force_name.tolist()
    if undated:
        text += (f" Undated plans ({md_escape(', '.join(undated))}) count from "
                 f"{queries.undated_from(warehouse()):%-d %B %Y}, the day the plans were collected.")
    st.caption(text)


def coverage_gap_note(force_id: str | None = None) -> None:
    """Sub-items a plan does not mention are not in its completion rate: say so beside the figure."""
    gaps = q("missing_items")
    if force_id is not None:
        gaps = gaps[gaps.force_id == force_id]
        if len(gaps):
            st.caption(f"Its plan does not mention {len(gaps)} of the reference sub-items "
                       f"({md_escape(', '.join(gaps.item_id))}): they are left out of its completion rate and rank, "
                       "not counted as not done.")
        return
    if len(gaps):
        forces = gaps.force_id.nunique()
        st.caption(f"{forces} force{'s' if forces != 1 else ''}' plans leave out {len(gaps)} sub-item"
                   f"{'s' if len(gaps) != 1 else ''} in all: a plan's completion counts only the sub-items it "
                   "reports. The Data quality page lists them.")


def table_or_note(data: pd.DataFrame, when_empty: str, key: str, hint: str = "") -> None:
    """A table, or a reassuring line when there is nothing to list."""
    if data.empty:
        st.success(when_empty)
        return
    if hint:
        st.caption(hint)
    table(data, key=key)


def downloads(data: pd.DataFrame, basename: str) -> None:
    left, right = st.columns(2)
    left.download_button("Download CSV", data=safe_csv(data), file_name=f"{basename}.csv", mime="text/csv",
                         on_click="ignore", key=f"{basename}_csv")
    right.download_button("Download Parquet", data=parquet_bytes(data), file_name=f"{basename}.parquet",
                          mime="application/octet-stream", on_click="ignore", key=f"{basename}_parquet")


STATUS_COLUMN = st.column_config.TextColumn("Status")
PCT_COLUMN = st.column_config.NumberColumn(format="%.0f%%")
RATE_COLUMN = st.column_config.ProgressColumn(min_value=0.0, max_value=1.0, format="percent")


def with_status_labels(frame: pd.DataFrame) -> pd.DataFrame:
    """Readable statuses; an inferred status says so wherever it is shown."""
    frame = frame.copy()
    if "status" in frame:
        labels = frame["status"].map(charts.status_label)
        if "status_source" in frame:
            labels = labels.where(frame["status_source"] != "inferred", labels + " (inferred)")
        frame["status"] = labels
    return frame


def status_moves(frame: pd.DataFrame) -> pd.DataFrame:
    """Readable from/to statuses for a 'what changed' table."""
    return frame.assign(from_status=frame.from_status.map(charts.status_label),
                        to_status=frame.to_status.map(charts.status_label))


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
