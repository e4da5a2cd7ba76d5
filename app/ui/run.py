"""The run's state: one warehouse snapshot and one Filters value per script run, the sample banner and the
footer. The entry script (dashboard.py) starts the run; a page reads it with guard.page_setup()."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from app.filters import Filters
from app.warehouse import Warehouse, current

SAMPLE_NOTICE = ("**Sample data.** The plans shown are generated test documents, not real police force plans. "
                 "No figure here describes any real force.")
_KEY = "_run"


@dataclass(frozen=True)
class Run:
    """What every figure of this run is computed from: one snapshot, one set of filters."""
    wh: Warehouse
    filters: Filters

    def __iter__(self):  # `wh, f = ui.page_setup()`
        return iter((self.wh, self.filters))


def start_run() -> Warehouse:
    """Pin one warehouse snapshot for this whole script run (a rebuild mid-run cannot mix two builds)."""
    warehouse = current()
    if warehouse is None:
        st.error("No warehouse has been built yet. Run `make build` (or `python -m etl build`) and reload.")
        st.stop()
    st.session_state[_KEY] = Run(warehouse, Filters())
    return warehouse


def set_filters(filters: Filters) -> Run:
    run = Run(st.session_state[_KEY].wh, filters)
    st.session_state[_KEY] = run
    return run


def this_run() -> Run:
    return st.session_state[_KEY]


def include_sample_requested() -> bool:
    """The "Include sample data" switch before its widget is drawn (its state, else the URL): the banner goes
    at the top of the page, from the run's first moment."""
    if "sample" in st.session_state:
        return bool(st.session_state["sample"])
    return st.query_params.get("sample", "true").lower() not in ("false", "0", "no")


def sample_banner(wh: Warehouse, include_sample: bool) -> None:
    if wh.has_sample and include_sample:
        st.warning(SAMPLE_NOTICE, icon=":material/warning:")


def footer(wh: Warehouse) -> None:
    built = pd.Timestamp(wh.built_at).strftime("%d %b %Y %H:%M")
    st.divider()
    st.caption(f"Warehouse built {built} UTC from {wh.source_count} source files ({wh.loaded_count} loaded) · "
               f"build {wh.build_id}" + (" · includes SAMPLE DATA" if wh.has_sample else ""))
