"""Issue 12: what the statuses are and what "done" means are said once (etl/vocabulary.py), and everything follows."""
from __future__ import annotations

import datetime as dt
import importlib
import io
import shutil
from pathlib import Path

import duckdb
import openpyxl
import pandas as pd
import pytest

from app import cache, charts, exporting, queries
from app.filters import Filters
from app.warehouse import Warehouse
from etl import build, load, vocabulary
from etl.normalise.status import classify_status
from etl.paths import REFERENCE_DIR
from etl.reference import load_reference
from tests.handmade import STANDARD, write_warehouse

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wh(tmp_path_factory):
    return Warehouse(write_warehouse(tmp_path_factory.mktemp("wh"), STANDARD))


def test_the_schema_accepts_exactly_the_vocabulary_statuses():
    con = duckdb.connect()
    con.execute(load.SCHEMA)
    row = ("kent", "7.1", 7, "March 2025", None, 1, "", "", "{}", "", None, "stated", 1.0, "", None, "f.csv", "csv",
           2, False, "item", "number", None, None, None, None, None, None)  # the review columns: NULL unless reviewed
    insert = f"INSERT INTO plan_updates VALUES ({', '.join('?' * len(row))})"
    for n, status in enumerate(vocabulary.STATUSES):
        con.execute(insert, [*row[:3], f"round {n}", *row[4:8], status, *row[9:]])
    for stranger in ("done", "Complete", "green"):
        with pytest.raises(duckdb.ConstraintException):
            con.execute(insert, [*row[:3], f"round {stranger}", *row[4:8], stranger, *row[9:]])


def test_every_user_of_statuses_takes_them_from_the_vocabulary():
    from etl.normalise import status

    assert status.STATUSES is vocabulary.STATUSES
    assert charts.STATUS_ORDER == list(vocabulary.STATUSES)
    assert charts.STATUS_LABELS is vocabulary.LABELS and charts.STATUS_COLOURS is vocabulary.COLOURS
    assert set(vocabulary.DONE) < set(vocabulary.CLOSED) and "not_applicable" not in vocabulary.DONE
    # the status counts of every rates query are the vocabulary's statuses
    assert all(f"AS {s}" in queries.RATES for s in vocabulary.STATUSES)


def test_no_query_spells_the_done_statuses_out():
    """Issue 19 part 4: 'done' is a set in etl/vocabulary.py; a query that lists its statuses as SQL literals
    would not follow a change there (app/report_queries.py did, twice)."""
    import re

    spelled = re.compile(r"IN\s*\(\s*'(" + "|".join(vocabulary.STATUSES) + r")'", re.IGNORECASE)
    offenders = [f"{path.relative_to(ROOT)}:{n}" for path in sorted((ROOT / "app").rglob("*.py"))
                 for n, line in enumerate(path.read_text().splitlines(), 1) if spelled.search(line)]
    assert offenders == []


def test_changing_what_done_means_in_one_place_changes_every_figure(wh, monkeypatch):
    before = queries.headline(wh, Filters()).iloc[0]
    assert (before.done, before.bau) == (5, 2)
    try:
        monkeypatch.setattr(vocabulary, "DONE", frozenset({"complete"}))
        monkeypatch.setattr(vocabulary, "CLOSED", frozenset({"complete", "not_applicable"}))
        importlib.reload(queries)
        after = queries.headline(wh, Filters(as_of=dt.date(2026, 11, 2))).iloc[0]
        assert after.done == 3 and after.completion_rate == pytest.approx(3 / 7)
        # business as usual is no longer closed: past its deadline it is overdue now
        rows = queries.explore_rows(wh, Filters(as_of=dt.date(2026, 11, 2)))
        assert (rows.status == "bau").sum() == 2 and rows[rows.status == "bau"].overdue.all()
        peers = queries.force_items_with_peers(wh, Filters(), "kent")
        assert peers.peers_done_share.max() <= 1
    finally:
        monkeypatch.undo()
        importlib.reload(queries)
    assert queries.headline(wh, Filters()).iloc[0].done == 5


def test_a_new_status_word_is_one_line_in_the_vocabulary_file(tmp_path):
    assert classify_status("Ratified by the board", load_reference(REFERENCE_DIR)).status == "unknown"

    def with_line(name: str, line: str) -> Path:
        reference_dir = tmp_path / name
        shutil.copytree(REFERENCE_DIR, reference_dir)
        words = reference_dir / "status_words.csv"
        lines = words.read_text(encoding="utf-8").splitlines()
        words.write_text("\n".join([lines[0], line, *lines[1:]]) + "\n", encoding="utf-8")
        return reference_dir

    added = with_line("added", '"\\bratified\\b",complete,a board ratification')
    assert classify_status("Ratified by the board", load_reference(added)).status == "complete"
    with pytest.raises(ValueError, match="finished"):
        load_reference(with_line("typo", '"\\bsigned off\\b",finished,not a status'))


def test_filters_are_said_in_words():
    f = Filters(recs=(10,), regions=("North West",), statuses=("in_progress",), as_of=dt.date(2025, 4, 1))
    assert f.describe() == "Recommendation 10, North West, In progress, as of 1 April 2025"
    assert Filters(forces=("kent", "essex"), include_sample=False).describe(
        {"kent": "Kent Police", "essex": "Essex Police"}, today=dt.date(2025, 6, 3)) == \
        "Kent Police and Essex Police, sample data left out, as of 3 June 2025"
    assert Filters().describe(today=dt.date(2025, 6, 3)) == "Every force and recommendation, as of 3 June 2025"
    with pytest.raises(TypeError):
        Filters((10,))  # built with keywords only


def test_excel_download_is_the_rows_formula_safe_with_filters_build_and_dictionary(wh):
    rows = queries.explore_rows(wh, Filters(forces=("kent",)))
    rows.loc[rows.index[0], "update_text"] = "=HYPERLINK(\"http://example.com\")"
    book = openpyxl.load_workbook(io.BytesIO(exporting.xlsx_bytes(rows, "Kent Police, as of 1 April 2025", "b1")))
    data = book["data"]
    assert [c.value for c in data[1]] == list(rows.columns) and data.max_row == len(rows) + 1
    texts = [c.value for row in data.iter_rows(min_row=2) for c in row if isinstance(c.value, str)]
    assert "'=HYPERLINK(\"http://example.com\")" in texts and not any(t.startswith("=") for t in texts)
    about = [[c.value for c in row] for row in book["about"].iter_rows()]
    assert ["Filters", "Kent Police, as of 1 April 2025"] == about[0][:2] and about[2][1] == "b1"
    dictionary = {row[0]: row[2] for row in about if row[0] in rows.columns}
    assert set(dictionary) == set(rows.columns) and all(dictionary.values())


def test_queries_are_plain_calls_outside_streamlit_and_keyed_on_their_arguments(wh):
    assert queries.headline.uncached is not queries.headline
    pd.testing.assert_frame_equal(queries.headline(wh, Filters()), queries.headline.uncached(wh, Filters()))
    assert cache.freeze(Filters(forces=("kent",))) == cache.freeze(Filters(forces=("kent",)))
    assert cache.freeze(Filters(forces=("kent",))) != cache.freeze(Filters(forces=("essex",)))
    assert cache.freeze(["7.1", "7.2"]) == ("7.1", "7.2")


def test_no_query_is_edited_as_text():
    source = (ROOT / "app" / "queries.py").read_text()
    assert '.replace("' not in source and ".format(" not in source and "{clause}" not in source
    assert "split(" not in (ROOT / "etl" / "load.py").read_text().split("def write_database", 1)[1].split("\ndef ", 1)[0]


def test_the_code_fingerprint_covers_only_the_code_that_parses():
    package = ROOT / "etl"
    hashed = {p.relative_to(package).as_posix() for p in build._parsing_code(package)}
    assert {"extract/pdf.py", "normalise/status.py", "reference.py", "vocabulary.py"} <= hashed
    assert not hashed & {"cli.py", "load.py", "build.py", "fetch/client.py", "reconcile.py"}
