"""Security: plan text is inert, filter values are data, downloads are formula-safe, the app writes
nothing outside its data folders."""
from __future__ import annotations

import csv
import hashlib
import io
import os
import re
from pathlib import Path

import pandas as pd
import pytest

from app.exporting import FORMULA_STARTS, safe_csv
from tests.apptest import ROOT, open_app
from tests.handmade import update, write_warehouse

HOSTILE_TEXT = ("<script>alert('x')</script> [click me](http://evil.example) <img src=x onerror=alert(1)> "
                "**bold** =cmd|' /C calc'!A0")
PAGES = ["pages/overview.py", "pages/force.py", "pages/recommendations.py", "pages/overdue.py", "pages/map.py",
         "pages/search.py", "pages/explore.py", "pages/quality.py"]


@pytest.fixture
def hostile_warehouse(tmp_path, monkeypatch):
    write_warehouse(tmp_path, [
        update("kent", "7.1", "in_progress", text=HOSTILE_TEXT, owner="=HYPERLINK(\"http://evil\")"),
        update("essex", "7.1", "complete", text="+44 7700 900000 -- @SUM(A1:A9)"),
    ])
    return tmp_path


@pytest.fixture
def run_page(hostile_warehouse, monkeypatch):
    return lambda page, **params: open_app(monkeypatch, hostile_warehouse, page, **params)


def rendered_markup(at) -> str:
    return " ".join(m.value for m in [*at.markdown, *at.caption, *at.title, *at.header, *at.subheader, *at.info, *at.warning])


@pytest.mark.parametrize("page, params", [("pages/force.py", {"lead_force": "Kent Police"}),
                                          ("pages/explore.py", {}), ("pages/overdue.py", {}),
                                          ("pages/force.py", {"lead_force": "Essex Police"})])
def test_plan_text_is_shown_as_text_never_as_markup(run_page, page, params):
    at = run_page(page, **params)
    assert not at.exception
    shown = " ".join(str(v) for d in at.dataframe for v in d.value.astype(str).to_numpy().ravel())
    assert "http://evil.example" not in rendered_markup(at)  # never in Markdown, where it would be a link
    assert "<script>" not in rendered_markup(at)
    if page != "pages/force.py" or params.get("lead_force") == "Kent Police":
        assert HOSTILE_TEXT in shown  # the words themselves are kept, verbatim, as data


@pytest.mark.parametrize("value", ["Kent'; DROP TABLE plan_items; --", "' OR 1=1 --", "\"; SELECT * FROM forces; --",
                                   "Robert'); DELETE FROM sources;--"])
def test_hostile_filter_values_are_harmless(hostile_warehouse, run_page, value):
    database = hostile_warehouse / "plans.duckdb"
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    for key in ("force", "region", "status", "rec", "lead_force", "item"):
        at = run_page("pages/overview.py" if key != "lead_force" else "pages/force.py", **{key: value})
        assert not at.exception, (key, at.exception)
        if key != "lead_force":
            assert {m.label: m.value for m in at.metric}["Forces reporting"] == "2"  # unknown values are ignored
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("value", ["=1+1", "+44 7700 900000", "-2+3", "@SUM(A1:A2)", "\tTAB", "\rCR", "\nLF",
                                   "=HYPERLINK(\"http://evil\",\"x\")", "=cmd|' /C calc'!A0"])
def test_every_text_cell_in_a_csv_download_is_formula_safe(value):
    frame = pd.DataFrame({"update_text": [value, "plain"], value: ["x", "y"], "days_overdue": [-5, 10]})
    rows = list(csv.reader(io.StringIO(safe_csv(frame).decode("utf-8-sig"))))
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if c.startswith(FORMULA_STARTS) and c != "-5"]
    assert ("'" + value) in cells  # kept, neutralised, not dropped
    assert rows[1][2] == "-5"  # numbers are numbers, not text


def test_the_app_writes_nothing_outside_its_data_folders(run_page):
    skip_names = {".git", ".venv", "build", "__pycache__", ".pytest_cache"}
    data_folders = {Path("data") / "warehouse"}  # where the app may write (it writes nothing today)

    def tree() -> dict[str, tuple[int, int]]:
        listing = {}
        for folder, dirs, files in os.walk(ROOT):
            here = Path(folder).relative_to(ROOT)
            dirs[:] = [d for d in dirs if d not in skip_names and here / d not in data_folders]
            for name in files:
                stat = (Path(folder) / name).stat()
                listing[str(here / name)] = (stat.st_size, stat.st_mtime_ns)
        return listing

    before = tree()
    for page in PAGES:
        assert not run_page(page).exception
    assert tree() == before


def test_search_highlight_of_several_words_never_shows_its_own_markup():
    """'training o': a short word highlighted after a longer one must not match inside the first one's markup."""
    from app.ui.text import md_escape, md_highlight

    text = "Officers had training on stalking; our orange-tagged files."
    shown = md_highlight(text, ["training", "o"])
    assert shown.count(":orange-background[") == 5  # Officers, training, on, our, orange: each once, none nested
    assert "[:orange" not in shown and "]]" not in shown
    assert re.sub(r":orange-background\[([^\]]*)\]", r"\1", shown) == md_escape(text)
