"""National tracker of police forces' stalking action plans: the Streamlit entry point.

Run with `make run`. Pages only lay out: every figure comes from app.queries, every helper from app.ui.
The menu is drawn first, before anything heavy is imported, so a fresh server paints it at once.
"""
import streamlit as st

from app import menu


def main() -> None:
    # the table toolbar's own CSV download and copy are not formula-safe: our Download CSV is the way out
    # (also in .streamlit/config.toml, which covers a server's first run)
    st.set_option("client.disableDataExport", True)
    # the icon is our own file: a :material/...: icon is fetched from fonts.gstatic.com, and nothing leaves the machine
    st.set_page_config(page_title="Stalking action plans tracker", page_icon=menu.ICON, layout="wide")
    page = menu.navigation()

    from app import ui  # after the menu: pandas and DuckDB take a moment to import on a fresh server

    warehouse = ui.start_run()
    ui.sample_banner(warehouse, ui.include_sample_requested())
    filters = ui.sidebar_filters(warehouse, own_force=page.url_path == "force")  # the Force page picks its own
    ui.set_filters(filters)
    page.run()
    ui.share_link()
    ui.footer(warehouse)


# Streamlit runs this file as __main__; Check my plan's spawned reader re-imports it as __mp_main__ and must
# draw nothing (outside a Streamlit run the menu cannot be built)
if __name__ == "__main__":
    main()
