"""The first line of every page: it runs inside the app, never on its own, and gets the run's snapshot and filters."""
from __future__ import annotations

import runpy
from pathlib import Path

import streamlit as st

from .run import Run, this_run

ENTRY = Path(__file__).resolve().parents[2] / "dashboard.py"


def page_setup() -> Run:
    """Make sure the page runs inside the app; return the run's (warehouse, filters).

    Streamlit decides whether to use its legacy `pages/` folder discovery before the entry script has
    called st.navigation. So the first run of a fresh server that lands on a deep link (a shared URL
    to /force), and every AppTest run after switch_page, executes the page file alone: no filters, no
    banner. Then run the entry script instead; its st.navigation routes back to this same page.
    """
    from streamlit.runtime.pages_manager import PagesManager

    if getattr(PagesManager, "uses_pages_directory", False):
        runpy.run_path(str(ENTRY), run_name="__main__")
        st.stop()
    return this_run()
