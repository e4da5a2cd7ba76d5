"""Streamlit glue, one job a module:

- guard: page_setup(), the first line of every page (runs inside the app; returns the run's warehouse, filters)
- run: the run's snapshot and filters, the sample banner, the footer
- sidebar: the shared filters bound to the URL, link repair, "Link to this view"
- charting: a chart with its numbers one click away (figures cached)
- tables: readable tables; text: Markdown-safe plan text; notes: lines about what a figure stands on
- downloads: CSV / Excel / Parquet of the rows shown, the force report

Query results are cached by app.cache (the @cached decorator on every query in app/queries.py).
"""
from .charting import PLOTLY_CONFIG, chart, chart_selectable, figure, selected_force
from .downloads import downloads, force_report_downloads, national_report_images, report_maker
from .figures import PEER_CARDS, finding, metric_row, national_finding, pager, peer_cards, points_between, pts
from .guard import page_setup
from .notes import coverage_gap_note, describe, filters_caption, no_match_hint, presence_note, whole_force_note
from .run import SAMPLE_NOTICE, Run, footer, include_sample_requested, sample_banner, set_filters, start_run, this_run
from .sidebar import link_notice, linked_force, page_link_choice, share_link, sidebar_filters
from .tables import (PCT_COLUMN, RATE_COLUMN, STATUS_COLUMN, column_config, readable, status_moves, table,
                     table_or_note, with_status_labels)
from .text import md_escape, md_highlight, pct, plural
