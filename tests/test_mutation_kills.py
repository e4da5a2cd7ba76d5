"""Issue 24: tests written against the mutants that survived (`make mutate`, docs/testing.md). Each asserts the
value a person would check: the order statuses are shown in, the date a cell says, the file whose answer is
used, the figure on the page. Nothing here reaches the network or ../shared."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import shutil
from pathlib import Path

import duckdb
import openpyxl
import pandas as pd
import pytest

from app import exporting, queries
from app.filters import FILTER_CONDITION, Filters
from app.warehouse import Warehouse
from etl import load, reconcile, vocabulary as V
from etl.model import FileResult, Issue, PlanUpdate
from etl.normalise import dates, items
from tests.handmade import STANDARD, update, write_warehouse

D = dt.date


# ---------------------------------------------------------------------------------------- etl/vocabulary.py

def test_statuses_are_shown_in_their_fixed_order():
    assert V.STATUSES == ("complete", "bau", "in_progress", "not_started", "not_applicable", "unknown")
    assert V.ordered(["unknown", "not_started", "complete", "in_progress"]) == \
        ("complete", "in_progress", "not_started", "unknown")
    assert V.ordered(reversed(V.STATUSES)) == V.STATUSES
    assert V.ordered({"bau", "green"}) == ("bau",)  # a word that is not a status is left out
    assert V.ordered([]) == ()


def test_status_labels_and_what_each_status_counts_as():
    assert V.label("bau") == "Business as usual" and V.label("not_applicable") == "Not applicable"
    assert V.label("Amber") == "Amber"  # not a status: as given
    assert [s for s in V.STATUSES if V.is_done(s)] == ["complete", "bau"]
    assert [s for s in V.STATUSES if not V.is_applicable(s)] == ["not_applicable"]
    assert [s for s in V.STATUSES if V.is_closed(s)] == ["complete", "bau", "not_applicable"]
    assert V.is_done("in_progress") is False and V.is_closed("unknown") is False and V.is_applicable("unknown") is True


def test_sql_list_is_the_statuses_in_display_order_and_refuses_strangers():
    assert V.sql_list({"bau", "complete"}) == "('complete', 'bau')"
    assert V.sql_list(["not_applicable"]) == "('not_applicable')"
    assert V.sql_list(V.CLOSED) == "('complete', 'bau', 'not_applicable')"
    with pytest.raises(ValueError, match=r"not statuses: \['done', 'green'\]"):
        V.sql_list(["complete", "green", "done"])


def test_item_key_sorts_sub_items_as_numbers_not_text():
    assert V.item_key("10.10") == (10, 10) and V.item_key("10.2") == (10, 2) and V.item_key("7.1") == (7, 1)
    assert sorted(["10.10", "7.1", "10.2", "22.1", "10.9"], key=V.item_key) == ["7.1", "10.2", "10.9", "10.10", "22.1"]
    assert V.item_key("x.y") == (0, 0) and V.item_key("12") == (12, 0) and V.item_key("") == (0, 0)
    assert V.item_key("Rec 7.x") == (0, 0)


# ---------------------------------------------------------------------------------------- app/filters.py

def test_filters_in_words_say_plural_and_lists_as_a_person_would():
    june = D(2025, 6, 3)
    assert Filters(recs=(12, 7)).describe(today=june) == "Recommendations 7 and 12, as of 3 June 2025"
    assert Filters(recs=(10, 7, 22)).describe(today=june) == "Recommendations 7, 10 and 22, as of 3 June 2025"
    assert Filters(recs=(7,)).describe(today=june) == "Recommendation 7, as of 3 June 2025"
    assert Filters(statuses=("bau", "not_started")).describe(today=june) == \
        "Business as usual and Not started, as of 3 June 2025"
    assert Filters(forces=("kent", "nowhere")).describe({"kent": "Kent Police"}, today=june) == \
        "Kent Police and nowhere, as of 3 June 2025"
    assert Filters(forces=("kent",)).describe(today=june) == "kent, as of 3 June 2025"  # no names given: the id
    assert Filters(regions=("Wales", "South West", "London")).describe(today=june) == \
        "Wales, South West and London, as of 3 June 2025"
    assert Filters(include_inferred=False).describe(today=june) == \
        "statuses read from update text counted as unknown, as of 3 June 2025"
    assert Filters(include_sample=False).describe(today=june) == "sample data left out, as of 3 June 2025"
    # the filter's own date wins over today; no zero before the day
    assert Filters(as_of=D(2025, 4, 1)).describe(today=june) == "Every force and recommendation, as of 1 April 2025"
    today = dt.date.today()
    assert Filters().describe() == f"Every force and recommendation, as of {today.day} {today:%B %Y}"


def test_filters_date_and_parameters():
    assert Filters().date == dt.date.today() and Filters(as_of=D(2025, 1, 2)).date == D(2025, 1, 2)
    f = Filters(recs=("7", 10), forces=("kent",), regions=("Wales",), statuses=("bau",), include_sample=False)
    assert f.params() == {"recs": [7, 10], "forces": ["kent"], "regions": ["Wales"], "statuses": ["bau"],
                          "include_sample": False}
    assert Filters().params() == {"recs": [], "forces": [], "regions": [], "statuses": [], "include_sample": True}
    assert f.clause() == (FILTER_CONDITION, f.params())


# ---------------------------------------------------------------------------------------- app/exporting.py

@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r", "\n"])
def test_every_formula_start_is_neutralised(start):
    assert exporting.neutralise(start + "SUM(A1)") == "'" + start + "SUM(A1)"


def test_harmless_values_pass_through_unchanged():
    assert exporting.neutralise("a=b") == "a=b" and exporting.neutralise("") == ""
    assert exporting.neutralise(-5) == -5 and exporting.neutralise(None) is None
    assert exporting.neutralise("'=x") == "'=x"


def test_csv_download_is_formula_safe_bom_and_crlf():
    frame = pd.DataFrame({"=head": ["=1+1", "plain", "two\rlines"], "n": [-5, 3, 0],
                          "s": pd.array(["@x", "ok", "+1"], dtype="string")})
    data = exporting.safe_csv(frame)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.split("\r\n")[:3] == ["'=head,n,s", "'=1+1,-5,'@x", "plain,3,ok"]
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[3] == ["two\rlines", "0", "'+1"]  # the bare \r is quoted, not a new row
    assert frame.iloc[0, 0] == "=1+1"  # the caller's frame is untouched


def test_parquet_download_reads_back_the_same_rows():
    frame = pd.DataFrame({"item_id": ["7.1", "10.2"], "done": [True, False], "pct": [50.0, None]})
    pd.testing.assert_frame_equal(pd.read_parquet(io.BytesIO(exporting.parquet_bytes(frame))), frame)


def test_data_dictionary_takes_each_meaning_from_the_readme():
    table = exporting.data_dictionary(["item_id", "progress_pct", "days_overdue", "no_such_column"]).set_index("column")
    assert list(table.columns) == ["type", "meaning"]
    assert table.loc["item_id", "type"] == "VARCHAR" and "sub-item number" in table.loc["item_id", "meaning"]
    assert table.loc["progress_pct", "type"] == "DOUBLE"
    assert table.loc["days_overdue", "type"] == "" and table.loc["days_overdue", "meaning"] == \
        "days past the deadline at the as-of date (empty when not overdue)"
    assert table.loc["no_such_column"].tolist() == ["", ""]


def test_excel_download_sheets_hold_the_rows_the_filters_and_the_dictionary():
    frame = pd.DataFrame({"item_id": ["7.1", "7.2"], "update_text": ["a\x01b\x0bc", "-3 staff"], "n": [1, 2],
                          "when": pd.to_datetime(["2025-03-01 10:00", "2025-04-01 11:00"]).tz_localize("UTC")})
    book = openpyxl.load_workbook(io.BytesIO(exporting.xlsx_bytes(frame, "Kent Police, as of 1 April 2025", "b7")))
    assert book.sheetnames == ["data", "about"]
    data = [[c.value for c in row] for row in book["data"].iter_rows()]
    assert data[0] == ["item_id", "update_text", "n", "when"]
    assert data[1][:3] == ["7.1", "abc", 1] and data[2][:3] == ["7.2", "'-3 staff", 2]
    assert data[1][3] == dt.datetime(2025, 3, 1, 10, 0)  # the zone dropped (a worksheet has none), the time kept
    about = [[c.value for c in row] for row in book["about"].iter_rows()]
    assert about[0][:2] == ["Filters", "Kent Police, as of 1 April 2025"]
    assert about[1][:2] == ["Rows", 2] and about[2][:2] == ["Warehouse build", "b7"]
    assert about[3][0] == "Formulas" and about[3][1].startswith("Text that begins with = + - @")
    assert about[4] == [None, None, None] and about[5] == ["column", "type", "meaning"]
    assert about[6][:2] == ["item_id", "VARCHAR"] and about[7][0] == "update_text" and len(about) == 10


# ---------------------------------------------------------------------------------------- etl/normalise/dates.py

@pytest.mark.parametrize("text, date", [
    ("14/03/25", D(2025, 3, 14)),  # two-digit year
    ("1.4.26", D(2026, 4, 1)),
    ("14-3-2025", D(2025, 3, 14)),
    ("2025-03", D(2025, 3, 1)),
    ("2025-3-9", D(2025, 3, 9)),
    ("2025-13-01", None),
    ("1st March 2025", D(2025, 3, 1)),
    ("22nd Sept 2025", D(2025, 9, 22)),
    ("31 February 2025", None),
    ("Sept 2025", D(2025, 9, 1)),
    ("Dec., 2024", D(2024, 12, 1)),
    ("Nov-24", D(2024, 11, 1)),
    ("Mar '25", D(2025, 3, 1)),
    ("done 3/4/2025 by DCI", D(2025, 4, 3)),  # day first
    ("99/99/2025", None),
    ("   ", None),
    ("2019", None),
])
def test_dates_written_every_way_forces_write_them(text, date):
    assert dates.parse_date(text) == date


def test_month_of_a_heading_or_file_name_is_its_first_day():
    assert dates.month_of("kent_March_2026_update.docx") == D(2026, 3, 1)
    assert dates.month_of("Update 14/03/2025") == D(2025, 3, 1)
    assert dates.month_of("kent-plan.docx") is None


def test_document_date_is_the_first_dated_label_near_the_top():
    assert dates.document_date("Plan\nAs at 31/03/2025\n") == D(2025, 3, 31)
    assert dates.document_date("Date: TBC\nPublished 21 November 2024") == D(2024, 11, 21)
    assert dates.document_date("Reviewed on: 2 May 2025") == D(2025, 5, 2)
    assert dates.document_date("Update March 2025: the panel met") is None  # a round, not the document's date
    assert dates.document_date("x" * 5000 + " Updated: 1 May 2025") is None  # only the top is read
    near_the_end = "x" * 4981 + " Updated: 1 May 2025"  # the date's last digit is character 5001
    assert dates.document_date(near_the_end[1:]) == D(2025, 5, 1)  # one character earlier: read
    assert dates.document_date(near_the_end) is None  # 5000 characters read, not one more


# ---------------------------------------------------------------------------------------- etl/normalise/items.py

@pytest.mark.parametrize("cell, ids, rest", [
    ("07.1 Screening", ["7.1"], "Screening"),
    ("7 . 1", ["7.1"], ""),
    ("10.2 to 10.4", ["10.2", "10.3", "10.4"], ""),
    ("10.4-10.2", ["10.4", "10.2"], ""),  # backwards: both, no range
    ("10.2-11.1", ["10.2", "11.1"], ""),  # another recommendation: no range
    ("7.1, 7.1", ["7.1"], ""),
    ("13.1/13.2 - panel", ["13.1", "13.2"], "panel"),
    ("Recommendations: 7.2; 7.3", ["7.2", "7.3"], ""),
    ("R 12.1", ["12.1"], ""),
    ("27/03", [], "27/03"),
    ("7.1.2", [], "7.1.2"),
    ("10.2 X-ray of the process", ["10.2"], "X-ray of the process"),  # only separators are stripped
    ("123.4", [], "123.4"),
])
def test_item_cells_edge_cases(cell, ids, rest):
    assert items.parse_item_cell(cell) == (ids, rest)


def test_later_ids_of_one_cell_are_only_of_its_own_recommendation():
    text = "Uses the e-learning. 10.3 Uses local advocates. 11.2 Something else. 10.04 (Carried over)"
    assert items.later_items(text, "10.2") == ["10.3", "10.4"]
    assert items.later_items(text, "11.1") == ["11.2"]
    assert items.later_items("see 10.3 below", "10.2") == []


@pytest.mark.parametrize("cell, attempt", [
    ("Rec 7 (1)", True), ("7-1", True), ("11/2", True), ("12,1", True), ("Recommendation 10, part 3", True),
    ("7.1", False), ("Screening tool", False), ("7", False), ("10.2-10.4", False),
])
def test_cells_meant_as_item_numbers(cell, attempt):
    assert items.looks_like_item_attempt(cell) is attempt


def test_recommendation_numbers():
    assert items.parse_rec_no("R7") == 7 and items.parse_rec_no("Rec. No. 12)") == 12
    assert items.parse_rec_no("123") is None and items.parse_rec_no("") is None
    assert items.rec_of("12.3") == 12 and items.rec_of("7.10") == 7


# ---------------------------------------------------------------------------------------- etl/reconcile.py

def plan_update(source, item, round_, date, order, text="", force="kent", status="in_progress"):
    return PlanUpdate(force_id=force, item_id=item, rec_no=int(item.split(".")[0]), round=round_, round_date=date,
                      round_order=order, owner="", update_text=text or f"{source} {round_}", status=status,
                      status_raw=status, progress_pct=None, status_source="stated", status_confidence=1.0,
                      status_evidence="", update_date=None, source_file=source, source_table="t", source_row=2)


def file_result(source, updates, force="kent"):
    return FileResult(source_file=source, format="csv", sha256="0" * 64, size_bytes=1, mtime=0.0, force_id=force,
                      updates=updates)


def test_a_files_date_is_its_newest_round():
    spread = file_result("x.csv", [plan_update("x.csv", "7.1", "Jan", D(2025, 1, 1), 1),
                                   plan_update("x.csv", "7.1", "Jun", D(2026, 6, 1), 2),
                                   plan_update("x.csv", "7.2", "Undated", None, 3)])
    assert reconcile._file_date(spread) == D(2026, 6, 1)
    assert reconcile._file_date(file_result("y.csv", [plan_update("y.csv", "7.1", "U", None, 1)])) is None


def test_two_files_giving_one_round_the_file_with_the_later_date_wins():
    # x.csv's newest round (June 2026) is later than y.csv's (June 2025), though x also has an older one
    x = file_result("x.csv", [plan_update("x.csv", "7.1", "Spring", D(2025, 1, 1), 1, "from x"),
                              plan_update("x.csv", "7.2", "Later", D(2026, 6, 1), 2)])
    y = file_result("y.csv", [plan_update("y.csv", "7.1", "Spring", D(2025, 6, 1), 1, "from y"),
                              plan_update("y.csv", "7.3", "Spring", D(2025, 6, 1), 1, "only y")])
    kept = reconcile.reconcile([x, y])
    spring = {u.item_id: u.update_text for u in kept if u.round == "Spring"}
    assert spring == {"7.1": "from x", "7.3": "only y"}
    assert [(i.code, i.severity) for i in y.issues] == [("duplicate_round", "warning")] and x.issues == []
    assert y.issues[0].message == ("y.csv and x.csv both give round 'Spring' for kent; for the 1 item(s) in both (7.1) "
                                   "the later file x.csv is used, the other items of each file are kept")


def test_same_dates_the_later_name_wins_and_long_lists_are_cut():
    ids = [f"10.{n}" for n in range(1, 11)]
    a = file_result("a.csv", [plan_update("a.csv", i, "R", D(2025, 3, 1), 1, "a") for i in ids])
    b = file_result("b.csv", [plan_update("b.csv", i, "R", D(2025, 3, 1), 1, "b") for i in ids])
    kept = reconcile.reconcile([b, a])
    assert {u.update_text for u in kept} == {"b"} and len(kept) == 10
    assert "for the 10 item(s) in both (10.1, 10.2, 10.3, 10.4, 10.5, 10.6, 10.7, 10.8 ...) the later file b.csv" \
        in a.issues[0].message


def test_a_file_that_did_not_load_gives_nothing():
    ok = file_result("kent.csv", [plan_update("kent.csv", "7.1", "R", D(2025, 3, 1), 1)])
    refused = file_result("essex.csv", [plan_update("essex.csv", "7.1", "R", D(2025, 3, 1), 1, force="essex")],
                          force="essex")
    refused.issues.append(Issue("error", "corrupt_file", "damaged"))
    assert [u.source_file for u in reconcile.reconcile([ok, refused])] == ["kent.csv"]


def test_rounds_sort_by_date_an_undated_round_takes_the_date_before_it():
    one = file_result("one.csv", [plan_update("one.csv", "7.1", "Jan 2025", D(2025, 1, 1), 1),
                                  plan_update("one.csv", "7.1", "Notes", None, 2),
                                  plan_update("one.csv", "7.1", "Mar 2026", D(2026, 3, 1), 3)])
    two = file_result("two.csv", [plan_update("two.csv", "7.1", "Jun 2025", D(2025, 6, 1), 1)])
    assert [u.round for u in reconcile.reconcile([one, two])] == ["Jan 2025", "Notes", "Jun 2025", "Mar 2026"]


def test_an_undated_first_round_belongs_just_before_the_dated_one_after_it():
    one = file_result("one.csv", [plan_update("one.csv", "7.1", "Original", None, 1),
                                  plan_update("one.csv", "7.1", "March 2026", D(2026, 3, 1), 2)])
    two = file_result("two.csv", [plan_update("two.csv", "7.1", "Dec 2025", D(2025, 12, 1), 1)])
    three = file_result("three.csv", [plan_update("three.csv", "7.1", "Loose", None, 1)])
    assert reconcile._effective_dates(one) == {"Original": D(2026, 3, 1), "March 2026": D(2026, 3, 1)}
    assert [u.round for u in reconcile.reconcile([three, one, two])] == ["Dec 2025", "Original", "March 2026", "Loose"]


def test_round_sort_key_puts_undated_after_dated():
    dated = plan_update("f.csv", "7.1", "R", D(2025, 3, 1), 4)
    undated = plan_update("f.csv", "7.1", "U", None, 2)
    assert reconcile.round_sort_key(dated, 3) == (False, D(2025, 3, 1), 3, 4)
    assert reconcile.round_sort_key(undated, 1) == (True, dt.date.max, 1, 2)
    assert reconcile.round_sort_key(undated, 1, D(2024, 1, 1)) == (False, D(2024, 1, 1), 1, 2)


def test_latest_per_item_and_round_numbers():
    rounds = [plan_update("f.csv", "7.1", "A", D(2025, 1, 1), 1), plan_update("f.csv", "7.1", "B", D(2025, 6, 1), 2),
              plan_update("f.csv", "7.2", "B", D(2025, 6, 1), 2),
              plan_update("e.csv", "7.1", "A", D(2025, 1, 1), 1, force="essex")]
    assert [(u.force_id, u.item_id, u.round) for u in reconcile.latest_per_item(rounds)] == \
        [("kent", "7.1", "B"), ("kent", "7.2", "B"), ("essex", "7.1", "A")]
    assert reconcile.round_numbers(rounds) == {("kent", "7.1", "A"): 1, ("kent", "7.1", "B"): 2,
                                               ("kent", "7.2", "B"): 1, ("essex", "7.1", "A"): 1}


# ---------------------------------------------------------------------------------------- app/queries.py

@pytest.fixture(scope="module")
def wh(tmp_path_factory):
    return Warehouse(write_warehouse(tmp_path_factory.mktemp("wh"), STANDARD))


@pytest.fixture(scope="module")
def moved(tmp_path_factory):
    """Kent: 7.1 in progress in both rounds (not a change), 7.2 not started -> complete, 10.1 undated in round 2.
    Essex (sample): one round, 7.1 unknown from an unmapped word."""
    rows = [update("kent", "7.1", "in_progress"),
            update("kent", "7.1", "in_progress", round_="March 2026", round_date=D(2026, 3, 1), round_seq=2),
            update("kent", "7.2", "not_started"),
            update("kent", "7.2", "complete", round_="March 2026", round_date=D(2026, 3, 1), round_seq=2),
            update("kent", "10.1", "bau", round_="Undated", round_date=None, round_seq=3, granularity="recommendation"),
            dict(update("essex", "7.1", "unknown", is_sample=True), status_raw="TBC")]
    return Warehouse(write_warehouse(tmp_path_factory.mktemp("moved"), rows))


def test_a_status_that_stayed_the_same_is_not_a_change(moved):
    summary = queries.change_summary(moved, Filters())
    assert summary[["from_status", "to_status", "items", "forces"]].values.tolist() == [["not_started", "complete", 1, 1]]
    changes = queries.changes_since_previous_round(moved, Filters())
    assert changes[["force_name", "item_id", "from_round", "to_round"]].values.tolist() == \
        [["Kent Police", "7.2", "March 2025", "March 2026"]]
    assert queries.force_changes(moved, Filters(statuses=("bau",)), "kent").item_id.tolist() == ["7.2"]
    assert queries.force_changes(moved, Filters(), "essex").empty


def test_over_time_an_item_is_not_overdue_on_its_deadline_day(wh):
    # every STANDARD round is dated 1 March 2025 (Essex's 7.1 also 1 March 2026); deadlines 27 March 2025
    on_the_day = queries.completion_over_time(wh, Filters(as_of=D(2025, 3, 27))).iloc[-1]
    assert pd.Timestamp(on_the_day.as_of) == pd.Timestamp(2025, 3, 27) and on_the_day.overdue == 0
    next_day = queries.completion_over_time(wh, Filters(as_of=D(2025, 3, 28))).iloc[-1]
    assert next_day.overdue == 3  # Essex 7.1 and 10.1 not started, Kent 10.2 in progress
    kent = queries.force_completion_over_time(wh, Filters(as_of=D(2025, 3, 28)), "kent")
    last = kent[pd.to_datetime(kent.as_of) == pd.Timestamp(2025, 3, 28)].set_index("scope")
    assert last.loc["Kent Police", "overdue"] == 1 and last.loc["England and Wales", "overdue"] == 3


def test_completion_over_time_steps_like_for_like(wh):
    table = queries.completion_over_time(wh, Filters(as_of=D(2026, 6, 1)))
    assert [pd.Timestamp(d).date() for d in table.as_of] == [D(2025, 3, 1), D(2026, 3, 1), D(2026, 6, 1)]
    first, second = table.iloc[0], table.iloc[1]
    assert first.completion_rate == pytest.approx(4 / 7) and first.forces == 2 and first.forces_joined == 2
    assert second.completion_rate == pytest.approx(5 / 7) and second.forces_joined == 0
    assert pd.Timestamp(second.previous_as_of) == pd.Timestamp(2025, 3, 1) and second.same_forces == 2
    assert (second.same_from_rate, second.same_to_rate) == (pytest.approx(4 / 7), pytest.approx(5 / 7))


def test_forces_are_ordered_best_first_then_by_name(wh):
    ranked = queries.force_completion(wh, Filters())
    assert ranked.force_name.tolist() == ["Kent Police", "Essex Police"]
    assert ranked.completion_rate.tolist() == [pytest.approx(0.75), pytest.approx(2 / 3)]
    rows = queries.explore_rows(wh, Filters())
    assert list(zip(rows.force_name, rows.item_id))[:5] == [("Essex Police", "7.1"), ("Essex Police", "7.2"),
                                                          ("Essex Police", "10.1"), ("Essex Police", "10.2"),
                                                          ("Kent Police", "7.1")]
    per_rec = queries.force_rec_completion(wh, Filters())
    assert per_rec[["force_name", "rec_no", "done"]].values.tolist() == \
        [["Essex Police", 7, 2], ["Essex Police", 10, 0], ["Kent Police", 7, 2], ["Kent Police", 10, 1]]


def test_force_comparison_pools_region_and_nation_and_ranks(wh):
    table = queries.force_comparison(wh, Filters(statuses=("bau",)), "essex").set_index("scope")
    essex = table.loc["Essex Police"]
    assert (essex["items"], essex.applicable, essex.done, essex.overdue, essex["rank"], essex.of_forces) == \
        (4, 3, 2, 1, 2, 2)
    assert essex.completion_rate == pytest.approx(2 / 3)
    region = table.loc["East of England region"]
    assert (region["items"], region.applicable, region.done, region.overdue, region.of_forces) == (4, 3, 2, 1, 1)
    assert region.completion_rate == pytest.approx(2 / 3) and pd.isna(region["rank"])
    nation = table.loc["England and Wales"]
    assert (nation["items"], nation.applicable, nation.done, nation.overdue, nation.of_forces) == (8, 7, 5, 2, 2)
    assert list(table.columns) == ["completion_rate", "items", "applicable", "done", "overdue", "rank", "of_forces"]
    empty = queries.force_comparison(wh, Filters(), "surrey")
    assert empty.empty and list(empty.columns) == ["scope", "completion_rate", "items", "applicable", "done", "overdue",
                                                   "rank", "of_forces"]


def test_national_views_give_their_figures(wh):
    by_rec = queries.status_by_recommendation(wh, Filters())
    seven = by_rec[by_rec.rec_no == 7].set_index("status")
    assert seven["items"].to_dict() == {"bau": 1, "complete": 3} and seven.share.to_dict() == {"bau": 0.25, "complete": 0.75}
    overdue = queries.overdue_by_force(wh, Filters())
    assert overdue[["force_name", "overdue_items", "items"]].values.tolist() == [["Essex Police", 1, 4],
                                                                                ["Kent Police", 1, 4]]
    per_rec = queries.overdue_by_recommendation(wh, Filters())
    assert per_rec[["rec_no", "overdue_items", "forces"]].values.tolist() == [[10, 2, 2]]
    split = queries.status_split(wh, Filters(), ("10.1", "10.2")).set_index("status")
    assert split.loc["bau", ["items", "forces", "share"]].tolist() == [1, 1, 0.25]
    assert queries.progress_reported(wh, Filters(), ("10.2",))[["force_name", "progress_pct"]].values.tolist() == \
        [["Kent Police", 50.0]]


def test_missing_items_and_plan_presence(wh, moved):
    missing = queries.missing_items(wh, Filters(recs=(7, 10), statuses=("bau",)))
    assert missing[missing.force_id == "kent"].item_id.tolist() == ["10.3", "10.4", "10.5"]
    assert len(missing) == 6
    presence = queries.plan_presence(moved, Filters(forces=("kent", "essex", "surrey"))).set_index("force_id")
    assert presence.loc["kent", ["has_plan", "undated", "undated_plan"]].tolist() == [True, True, True]
    assert presence.loc["surrey", ["has_plan", "undated", "undated_plan"]].tolist() == [False, False, False]
    assert presence.loc["essex", "has_plan"]
    assert not queries.plan_presence(moved, Filters(forces=("essex",), include_sample=False)).has_plan.any()
    south_east = queries.plan_presence(moved, Filters(regions=("South East",)))
    assert set(south_east.region) == {"South East"} and south_east.has_plan.sum() == 1 and "kent" in set(south_east.force_id)


def test_an_undated_round_counts_from_the_build_date(moved):
    assert queries.undated_from(moved) == D(2026, 11, 1)
    before = queries.explore_rows(moved, Filters(forces=("kent",), as_of=D(2026, 10, 31)))
    assert "10.1" not in set(before.item_id)
    after = queries.explore_rows(moved, Filters(forces=("kent",), as_of=D(2026, 11, 1))).set_index("item_id")
    assert after.loc["10.1", "round"] == "Undated" and after.loc["10.1", "status"] == "bau"


def test_search_terms_words_quoted_phrases_and_patterns():
    assert queries.search_terms('stalking "screening  tool" panel', False) == ["stalking", "screening tool", "panel"]
    assert queries.search_terms('"screening tool"', True) == ["screening tool"]
    assert queries.search_terms('  "  " ', True) == [] and queries.search_terms('" "', False) == []
    assert queries.search_terms('“MARAC” "open', False) == ["MARAC", "open"]
    assert queries.search_terms('MARAC" panel”', False) == ["MARAC", "panel"]  # a stray closing quote is no part of a word
    assert queries.search_patterns(" a.b c d ", True) == [r"(?i)\ba\.b\s+c\s+d"]
    assert queries.search_patterns("a.b", False) == [r"(?i)\ba\.b"]


def test_search_finds_every_word_at_a_word_start(wh):
    found = queries.search_updates(wh, Filters(), "essex FINISHED")
    assert found[["force_name", "item_id"]].values.tolist() == [["Essex Police", "7.1"]]
    assert queries.search_updates(wh, Filters(), "ssex").empty
    empty = queries.search_updates(wh, Filters(), '""')
    assert empty.empty and list(empty.columns)[:3] == ["force_name", "region", "item_id"]


def test_map_tiles_carry_each_forces_figures(wh):
    tiles = queries.map_tiles(wh, Filters()).set_index("force_id")
    assert len(tiles) == len(pd.read_csv(Path(__file__).resolve().parent.parent / "data/reference/tile_map.csv"))
    assert tiles.loc["kent", ["force_name", "items", "done", "overdue"]].tolist() == ["Kent Police", 4, 3, 1]
    assert tiles.loc["kent", "completion_rate"] == pytest.approx(0.75) and pd.isna(tiles.loc["surrey", "items"])


def test_quality_views_and_the_sample_switch(moved):
    assert queries.quality_sources(moved, Filters()).source_file.tolist() == ["essex.csv", "kent.csv"]
    assert queries.quality_sources(moved, Filters(include_sample=False)).source_file.tolist() == ["kent.csv"]
    issues = queries.quality_issues(moved, Filters(include_sample=False))
    assert issues[["severity", "source_file", "code"]].values.tolist() == [["error", "broken.docx", "corrupt_file"],
                                                                           ["warning", "kent.csv", "duplicate_item"]]
    words = queries.unmapped_status_words(moved)
    assert words[["status_raw", "rows", "forces", "files"]].values.tolist() == [["TBC", 1, 1, "essex.csv"]]
    whole = queries.answered_as_a_whole(moved)
    assert whole[["force_name", "sub_items", "recommendations"]].values.tolist() == [["Kent Police", 1, "10"]]
    assert queries.recommendation_options(moved).rec_no.tolist()[:3] == [7, 10, 11]
    assert queries.item_options(moved).item_id.tolist()[:4] == ["7.1", "7.2", "10.1", "10.2"]
    assert queries.force_options(moved).force_name.tolist()[0] == "Avon and Somerset Police"
    assert queries.build_info(moved).build_id.tolist() == ["test-build"]


def test_peers_and_whole_force_drop_the_narrowing_filters():
    f = Filters(recs=(7,), forces=("kent",), regions=("South East",), statuses=("bau",), as_of=D(2025, 1, 1))
    assert queries._peers(f) == Filters(recs=(7,), as_of=D(2025, 1, 1))
    assert queries.whole_force(f) == Filters(recs=(7,), forces=("kent",), regions=("South East",), as_of=D(2025, 1, 1))


# ---------------------------------------------------------------------------------------- etl/load.py

def test_a_warehouse_whose_parquet_is_of_another_build_is_not_whole(tmp_path):
    write_warehouse(tmp_path, STANDARD, build_id="b1")
    info = load.read_build_info(tmp_path)
    assert info["build_id"] == "b1" and info["transient_failures"] == 0 and info["item_rows"] == 9
    target = tmp_path / "builds" / "b1" / "parquet" / "build_info.parquet"
    frame = pd.read_parquet(target)
    frame["build_id"] = "b0"
    frame.to_parquet(target)
    assert load.read_build_info(tmp_path) is None


def test_a_warehouse_missing_a_part_or_a_link_is_not_whole(tmp_path):
    write_warehouse(tmp_path, STANDARD, build_id="b1")
    assert load.current_build_id(tmp_path) == "b1"
    (tmp_path / "builds" / "b1" / "parquet" / "fetches.parquet").unlink()
    assert load.read_build_info(tmp_path) is None
    other = tmp_path / "other"
    write_warehouse(other, STANDARD, build_id="b2")
    os.remove(other / "plans.duckdb")
    os.symlink("builds/b2/plans.duckdb", other / "plans.duckdb")  # past `current`: not the documented link
    assert load.read_build_info(other) is None
    assert load.read_build_info(tmp_path / "nothing") is None and load.current_build_id(tmp_path / "nothing") is None


def test_transient_failures_are_counted_so_the_next_build_retries(tmp_path):
    write_warehouse(tmp_path, STANDARD, build_id="b1")
    con = duckdb.connect(str(tmp_path / "builds" / "b1" / "plans.duckdb"))
    con.execute("INSERT INTO load_issues VALUES ('slow.pdf', NULL, 'error', 'timeout', 'took too long', ''), "
                "('gone.pdf', NULL, 'error', 'vanished', 'deleted', ''), ('x.pdf', NULL, 'warning', 'timeout', 'w', '')")
    con.close()
    assert load.read_build_info(tmp_path)["transient_failures"] == 2


def test_publishing_keeps_the_previous_build_and_prunes_older_ones(tmp_path):
    for build_id in ("b1", "b2", "b3"):
        write_warehouse(tmp_path, STANDARD, build_id=build_id)
    assert sorted(p.name for p in (tmp_path / "builds").iterdir()) == ["b2", "b3"]
    assert load.read_ledger(tmp_path)["builds"] == ["b2", "b3"]
    assert os.readlink(tmp_path / "current") == "builds/b3"
    assert os.readlink(tmp_path / "plans.duckdb") == "current/plans.duckdb"
    assert os.readlink(tmp_path / "parquet") == "current/parquet"
    assert sorted(os.listdir(tmp_path / ".etl" / "tmp")) == []
    foreign = tmp_path / "builds" / "mine"
    foreign.mkdir()
    load.prune(tmp_path, keep={"b3"})
    assert sorted(p.name for p in (tmp_path / "builds").iterdir()) == ["b3", "mine"]  # never the user's folder


def test_the_parquet_holds_the_same_rows_as_the_database(tmp_path):
    write_warehouse(tmp_path, STANDARD, build_id="b1")
    con = duckdb.connect(str(tmp_path / "plans.duckdb"), read_only=True)
    try:
        for table in load.TABLES:
            database = con.execute(f"SELECT * FROM {table}").df()
            parquet = pd.read_parquet(tmp_path / "parquet" / f"{table}.parquet")
            assert list(parquet.columns) == list(database.columns), table
            assert parquet.astype(str).values.tolist() == database.astype(str).values.tolist(), table
    finally:
        con.close()


def test_the_ledger_is_read_forgivingly_and_written_whole(tmp_path):
    assert load.read_ledger(tmp_path) == {"builds": [], "cache": []}
    (tmp_path / ".etl" / "tmp").mkdir(parents=True)
    (tmp_path / ".etl" / "ledger.json").write_text("{not json")
    assert load.read_ledger(tmp_path) == {"builds": [], "cache": []}
    load.write_ledger(tmp_path, {"builds": ["b1"], "cache": ["k.pickle"]})
    assert json.loads((tmp_path / ".etl" / "ledger.json").read_text()) == {"builds": ["b1"], "cache": ["k.pickle"]}
    assert os.listdir(tmp_path / ".etl" / "tmp") == []


def test_clean_tmp_removes_what_a_killed_build_left(tmp_path):
    tmp = tmp_path / ".etl" / "tmp"
    (tmp / "b9" / "parquet").mkdir(parents=True)
    (tmp / "ledger.1.2.json").write_text("{}")
    assert sorted(load.clean_tmp(tmp_path)) == ["b9", "ledger.1.2.json"] and os.listdir(tmp) == []
    assert load.clean_tmp(tmp_path / "none") == []


def test_prepare_refuses_a_file_or_a_foreign_folder_in_the_way(tmp_path):
    (tmp_path / "afile").write_text("x")
    with pytest.raises(load.WarehouseError, match="is a file, not a folder"):
        load.prepare(tmp_path / "afile")
    (tmp_path / "wh" / "parquet").mkdir(parents=True)
    with pytest.raises(load.WarehouseError, match="parquet is a folder the ETL did not make; move it away"):
        load.prepare(tmp_path / "wh")
    (tmp_path / "wh2").mkdir()
    (tmp_path / "wh2" / "current").write_text("x")
    with pytest.raises(load.WarehouseError, match="current is a file the ETL did not make"):
        load.prepare(tmp_path / "wh2")
    (tmp_path / "wh3").mkdir()
    (tmp_path / "wh3" / "plans.duckdb").write_text("")  # the single-file layout: becomes a link
    assert load.prepare(tmp_path / "wh3") == tmp_path / "wh3" / ".etl"


def test_the_lock_is_reentrant_and_a_second_holder_waits_then_gives_up(tmp_path):
    import threading

    with load.warehouse_lock(tmp_path, wait=1):
        with load.warehouse_lock(tmp_path, wait=1):  # the same thread again: no deadlock
            pass
        outcome = []

        def other():
            try:
                with load.warehouse_lock(tmp_path, wait=0.2):
                    outcome.append("locked")
            except load.BuildBusy as exc:
                outcome.append(str(exc))

        thread = threading.Thread(target=other)
        thread.start()
        thread.join(5)
        assert outcome == [f"another build is running on {tmp_path} (waited 0 s)"]
    with load.warehouse_lock(tmp_path, wait=0):  # released: free again at once
        pass


# ---------------------------------------------------------------------------------------- etl/normalise/status.py

@pytest.mark.parametrize("raw, status, pct", [
    ("0%", "not_started", 0.0),  # a bare nought is not started
    ("100%", "complete", 100.0),
    ("40%", "in_progress", 40.0),
    ("55 per cent", "in_progress", 55.0),
    ("Amber -60%", "in_progress", 60.0),  # the dash separates, it is no minus
    ("Amber - 60%", "in_progress", 60.0),
    ("Amber – 60%", "in_progress", 60.0),
])
def test_percentages_give_the_status_and_figure_a_person_reads(reference, raw, status, pct):
    from etl.normalise.status import classify_status

    reading = classify_status(raw, reference)
    assert (reading.status, reading.progress_pct, reading.pct_problem) == (status, pct, "")


@pytest.mark.parametrize("text, problem", [
    ("-5%", "progress of -5% is negative"),
    ("Progress: -5%", "progress of -5% is negative"),
    ("(-12.5%)", "progress of -12.5% is negative"),
    ("1,000%", "progress of 1,000% is outside 0-100%"),
    ("40% then 60%", "'40% then 60%' gives more than one percentage"),
    ("50-60%", "'50-60%' gives more than one percentage"),
    ("50 to 60 per cent", "'50 to 60 per cent' gives more than one percentage"),
])
def test_impossible_or_doubtful_percentages_are_not_values(text, problem):
    from etl.normalise.status import read_percentage

    assert read_percentage(text) == (None, problem)


def test_one_percentage_repeated_is_one_value():
    from etl.normalise.status import read_percentage

    assert read_percentage("75% (75%)") == (75.0, "")
    assert read_percentage("12.5%") == (12.5, "") and read_percentage("no figure") == (None, "")
    assert read_percentage("v2.50%") == (None, "")  # part of a word or number, not a percentage


# ---------------------------------------------------------------------------------------- etl/fetch/client.py

def test_the_site_of_an_address_is_its_host_without_www():
    from etl.fetch.client import site_of

    assert site_of("https://www.Kent.Police.uk./news?x=1") == "kent.police.uk"
    assert site_of("http://kent.police.uk:8080/a") == "kent.police.uk:8080"  # another port is another site
    assert site_of("https://wwwkent.police.uk/") == "wwwkent.police.uk"
    assert site_of("not a url") == ""


def test_same_site_is_the_whole_host_not_its_ending():
    from etl.fetch.client import same_site

    assert same_site("https://www.kent.police.uk/plan.pdf", "kent.police.uk")
    assert same_site("http://kent.police.uk/", "kent.police.uk")
    assert not same_site("https://evil-kent.police.uk/plan.pdf", "kent.police.uk")
    assert not same_site("https://kent.police.uk.evil.com/", "kent.police.uk")
    assert not same_site("ftp://kent.police.uk/plan.pdf", "kent.police.uk")
    assert not same_site("https://kent.police.uk:8443/plan.pdf", "kent.police.uk")
    assert not same_site("javascript:alert(1)", "")


class _Raw:
    def __init__(self, body):
        self.chunks = [body] if body else []

    def read1(self, size, decode_content=True):
        return self.chunks.pop(0) if self.chunks else b""


class _Response:
    def __init__(self, status, headers=None, body=b""):
        self.status_code, self.headers, self.reason, self.raw = status, headers or {}, "", _Raw(body)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def _client_with(answers, **kwargs):
    """A PoliteClient whose session answers from `answers` (url -> _Response), with no sleeping."""
    from etl.fetch.client import PoliteClient

    client = PoliteClient(sleep=lambda s: None, min_interval=0, use_env_proxies=False, **kwargs)
    asked = []

    def get(url, **_):
        asked.append(url)
        return answers[url]

    client.session.get = get
    return client, asked


def test_redirects_are_followed_up_to_the_limit_and_no_further():
    from etl.fetch.client import FetchError

    base = "http://127.0.0.1:9"
    chain = {f"{base}/{n}": _Response(301, {"Location": f"/{n + 1}"}) for n in range(3)}
    chain[f"{base}/3"] = _Response(200, {"Content-Length": "4"}, b"plan")
    client, asked = _client_with(chain, max_redirects=3)
    answer = client.get(f"{base}/0")
    assert (answer.status, answer.content, answer.final_url) == (200, b"plan", f"{base}/3")
    assert answer.redirects == [f"{base}/1", f"{base}/2", f"{base}/3"] and answer.attempts == 1
    client, asked = _client_with(chain, max_redirects=2)
    with pytest.raises(FetchError) as caught:
        client.get(f"{base}/0")
    assert caught.value.code == "too_many_redirects" and caught.value.message == "more than 2 redirects"
    assert asked == [f"{base}/0", f"{base}/1", f"{base}/2"]


def test_a_redirect_to_another_site_is_not_followed():
    from etl.fetch.client import FetchError

    client, asked = _client_with({"http://127.0.0.1:9/p": _Response(302, {"Location": "http://127.0.0.2:9/p"})})
    with pytest.raises(FetchError) as caught:
        client.get("http://127.0.0.1:9/p")
    assert caught.value.code == "redirect_off_site" and asked == ["http://127.0.0.1:9/p"]


def test_server_errors_are_retried_then_reported_with_the_attempts():
    from etl.fetch.client import FetchError

    slept = []
    client, asked = _client_with({"http://127.0.0.1:9/p": _Response(503)}, retries=2, backoff=1.5)
    client.sleep = slept.append
    with pytest.raises(FetchError) as caught:
        client.get("http://127.0.0.1:9/p")
    assert caught.value.code == "http_503" and caught.value.attempts == 3 and len(asked) == 3
    assert caught.value.message == "the server answered 503 (after 3 attempts)"
    assert slept == [1.5, 3.0]
    client, _ = _client_with({"http://127.0.0.1:9/p": _Response(429, {"Retry-After": "7"})}, retries=1)
    client.sleep = slept.append
    with pytest.raises(FetchError):
        client.get("http://127.0.0.1:9/p")
    assert slept[-1] == 7.0


def test_an_answer_over_the_size_limit_is_refused():
    from etl.fetch.client import FetchError

    client, _ = _client_with({"http://127.0.0.1:9/p": _Response(200, {"Content-Length": "11"}, b"x" * 11)},
                             max_bytes=10)
    with pytest.raises(FetchError) as caught:
        client.get("http://127.0.0.1:9/p")
    assert caught.value.code == "too_large"
    client, _ = _client_with({"http://127.0.0.1:9/p": _Response(200, {}, b"x" * 10)}, max_bytes=10)
    assert client.get("http://127.0.0.1:9/p").content == b"x" * 10  # exactly the limit is allowed


# ---------------------------------------------------------------------------------------- dates as periods (etl/normalise/dates.py)

def test_every_date_a_text_gives_as_its_last_possible_day():
    assert dates.dates_in("Completed on 1 April 2027, reviewed 31/03/25") == [D(2027, 4, 1), D(2025, 3, 31)]
    assert dates.dates_in("from April 2027") == [D(2027, 4, 30)]  # a month ends on its last day
    assert dates.dates_in("by Feb 2028") == [D(2028, 2, 29)]
    assert dates.dates_in("due 2027-02 then Dec-27") == [D(2027, 2, 28), D(2027, 12, 31)]
    assert dates.dates_in("2027-02-03") == [D(2027, 2, 3)]  # one date, not also its month
    assert dates.dates_in("on 31/02/2027") == [] and dates.dates_in("no date") == []


def test_every_period_a_text_gives_as_its_last_day():
    assert dates.periods_in("Q3 2027") == [D(2027, 9, 30)]
    assert dates.periods_in("q1 of 2028") == [D(2028, 3, 31)]
    assert dates.periods_in("2026/2027 Q4") == [D(2027, 3, 31)]  # a financial year's fourth quarter ends in March
    assert dates.periods_in("2026 Q4") == [D(2026, 12, 31)]  # a calendar year's in December
    assert dates.periods_in("Spring 2027") == [D(2027, 5, 31)]
    assert dates.periods_in("summer of 2026; autumn 2026") == [D(2026, 8, 31), D(2026, 11, 30)]
    assert dates.periods_in("Winter 2026") == [D(2027, 2, 28)]  # winter runs into the next year
    assert dates.periods_in("end of 2026") == [D(2026, 12, 31)]
    assert dates.periods_in("in 2028") == [D(2028, 1, 1)]  # a bare year counts from its first day: often a tag
    assert dates.periods_in("by 1 May 2027 (Q2 2027)") == [D(2027, 5, 1), D(2027, 6, 30)]  # the year not counted again
    assert dates.periods_in("ref 12028, v2027.1") == []


def test_a_whole_date_is_not_an_item_number_written_wrongly():
    assert items.looks_like_item_attempt("14/03/2026") is False and items.looks_like_item_attempt("1-4-26") is False
    assert items.looks_like_item_attempt("7-1") is True


# ---------------------------------------------------------------------------------------- file order (etl/reconcile.py)

def test_files_are_ordered_by_their_date_then_fetch_then_name_a_numbered_copy_after_its_original():
    def dated(name, day):
        return file_result(name, [plan_update(name, "7.1", "R", day, 1, name)])

    march, june = D(2026, 3, 1), D(2026, 6, 1)
    files = [dated("kent-10.html", march), dated("kent-2.html", march), dated("kent.html", march),
             dated("plan-9.csv", march), dated("older-but-named-z.csv", D(2025, 1, 1)), dated("a-newest.csv", june)]
    assert [r.source_file for r in reconcile.file_order(files)] == \
        ["older-but-named-z.csv", "kent.html", "kent-2.html", "kent-10.html", "plan-9.csv", "a-newest.csv"]
    fetched = {"kent.html": dt.datetime(2026, 3, 2, 10), "kent-2.html": dt.datetime(2026, 3, 2, 9)}
    assert [r.source_file for r in reconcile.file_order(files, fetched)][:5] == \
        ["older-but-named-z.csv", "kent-10.html", "plan-9.csv", "kent-2.html", "kent.html"]  # not fetched: first


# ---------------------------------------------------------------------------------------- the Excel sheets (app/exporting.py)

def test_readme_markdown_becomes_plain_words():
    assert exporting.plain_text("the force (→ `forces`), see [the plan](http://x) **now**") == \
        "the force (-> forces), see the plan now"
    assert exporting.plain_text("  __bold__ `code`  ") == "bold code" and exporting.plain_text(7) == "7"


def test_the_data_sheet_is_frozen_filterable_with_days_as_dates_and_readable_widths():
    frame = pd.DataFrame({"item_id": ["7.1", "10.2", None], "deadline": [D(2025, 3, 27), D(2025, 3, 27), None],
                          "round_date": pd.to_datetime(["2025-03-01", "2026-03-01", None]),
                          "built_at": pd.to_datetime(["2025-03-01 10:30", "2026-03-01 00:00", None]),
                          "update_text": ["x" * 100, "short", None]})
    book = openpyxl.load_workbook(io.BytesIO(exporting.xlsx_bytes(frame, "Every force", "b1")))
    data = book["data"]
    assert data.freeze_panes == "A2" and data.auto_filter.ref == "A1:E4"
    assert data["B2"].number_format == "yyyy-mm-dd" and data["C3"].number_format == "yyyy-mm-dd"
    assert data["D2"].number_format != "yyyy-mm-dd"  # a time of day is kept
    widths = {c: data.column_dimensions[c].width for c in "ABCDE"}
    assert widths["A"] == 10 and widths["B"] == 12 and widths["C"] == 12 and widths["E"] == 60
    assert widths["D"] == 21  # '2025-03-01 10:30:00' and two characters
    about = book["about"]
    assert [about.column_dimensions[c].width for c in "ABC"] == [22, 16, 90]
    rows = [[c.value for c in row] for row in about.iter_rows()]
    meaning = {r[0]: r[2] for r in rows[6:]}
    assert "`" not in meaning["item_id"] and "**" not in " ".join(str(m) for m in meaning.values())
    empty = openpyxl.load_workbook(io.BytesIO(exporting.xlsx_bytes(frame.iloc[0:0], "Every force", "b1")))["data"]
    assert empty.freeze_panes == "A2" and empty.auto_filter.ref == "A1:E1"  # no rows: the header still filterable
    assert empty.column_dimensions["E"].width == 13  # 'update_text' and two characters


# ---------------------------------------------------------------------------------------- newer queries (app/queries.py)

def test_recommendations_most_overdue_by_share_and_least_done_first(wh):
    share = queries.overdue_share_by_recommendation(wh, Filters())
    assert share[["rec_no", "positions", "overdue_items", "forces", "forces_reporting"]].values.tolist() == \
        [[10, 4, 2, 2, 2], [7, 4, 0, 0, 2]]
    assert share.overdue_share.tolist() == [0.5, 0.0]
    done = queries.recommendation_completion(wh, Filters())
    assert done[["rec_no", "done", "applicable", "forces"]].values.tolist() == [[10, 1, 3, 2], [7, 4, 4, 2]]
    assert done.completion_rate.tolist() == [pytest.approx(1 / 3), 1.0]


def test_one_force_is_that_force_with_every_status():
    f = Filters(recs=(7,), forces=("essex",), regions=("Wales",), statuses=("bau",), as_of=D(2025, 1, 1))
    assert queries.one_force(f, "kent") == Filters(recs=(7,), forces=("kent",), as_of=D(2025, 1, 1))


def test_peer_practice_puts_forces_of_the_same_region_first(tmp_path):
    rows = [update("kent", "7.1", "in_progress"), update("surrey", "7.1", "complete", text="Surrey did it."),
            update("essex", "7.1", "complete", text="Essex did it."), update("avon-and-somerset", "7.1", "bau",
                                                                             text="Avon did it.")]
    wh = Warehouse(write_warehouse(tmp_path, rows))
    practice = queries.peer_practice(wh, Filters(), "kent")
    assert practice[["force_name", "same_region"]].values.tolist() == \
        [["Surrey Police", True], ["Avon and Somerset Police", False], ["Essex Police", False]]


def test_the_undated_step_of_completion_over_time_is_marked(moved):
    table = queries.completion_over_time(moved, Filters(as_of=D(2026, 12, 1)))
    steps = dict(zip((pd.Timestamp(d).date() for d in table.as_of), table.undated_step))
    assert steps == {D(2025, 3, 1): False, D(2026, 3, 1): False, D(2026, 11, 1): True, D(2026, 12, 1): False}


# ---------------------------------------------------------------------------------------- etl/normalise/rounds.py

def _rounds(text):
    from etl.normalise.rounds import split_rounds

    return [(s.text, s.date, s.marker) for s in split_rounds(text)]


def test_update_markers_split_a_cell_into_rounds_oldest_first():
    assert _rounds("We will build a profile. UPDATE March 2025: the profile is done.") == [
        ("We will build a profile.", None, ""), ("the profile is done.", D(2025, 3, 1), "UPDATE March 2025:")]
    assert _rounds("Plan agreed.\nUpdate (14/03/2025) - panel met.\nMarch 2026 update: embedded.") == [
        ("Plan agreed.", None, ""), ("panel met.", D(2025, 3, 1), "Update (14/03/2025) -"),
        ("embedded.", D(2026, 3, 1), "March 2026 update:")]
    assert _rounds("UPDATE: started. UPDATE as at Q1 2026: done.") == [
        ("started.", None, "UPDATE:"), ("done.", None, "UPDATE as at Q1 2026:")]


def test_a_lowercase_update_without_a_date_is_running_text():
    assert _rounds("Please see the update: it is in the appendix.") == [
        ("Please see the update: it is in the appendix.", None, "")]
    assert _rounds("Done. update Nov-24: checked.") == [("Done.", None, ""), ("checked.", D(2024, 11, 1), "update Nov-24:")]
    assert _rounds("") == [] and _rounds("UPDATE: ") == [("", None, "UPDATE:")]
    assert _rounds("UPDATE:\nUPDATE March 2025: done.") == [  # an empty round keeps its place
        ("", None, "UPDATE:"), ("done.", D(2025, 3, 1), "UPDATE March 2025:")]
    assert _rounds("Done. update: see the appendix. UPDATE March 2025: checked.") == [  # the markers after it still count
        ("Done. update: see the appendix.", None, ""), ("checked.", D(2025, 3, 1), "UPDATE March 2025:")]


def test_a_warehouse_that_cannot_be_written_is_one_line_for_the_user(tmp_path, monkeypatch):
    import errno

    def refuse(self, data):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(Path, "write_bytes", refuse)
    with pytest.raises(load.WarehouseError) as caught:
        load.prepare(tmp_path / "wh")
    assert str(caught.value) == f"cannot write to warehouse {tmp_path / 'wh'}: Read-only file system"


def test_a_failed_publish_leaves_the_previous_build_and_nothing_behind(tmp_path, monkeypatch):
    write_warehouse(tmp_path, STANDARD, build_id="b1")

    def broken(database, folder):
        folder.mkdir()
        raise RuntimeError("disk full")

    monkeypatch.setattr(load, "write_parquet", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        write_warehouse(tmp_path, STANDARD, build_id="b2")
    assert load.current_build_id(tmp_path) == "b1" and load.read_build_info(tmp_path)["build_id"] == "b1"
    assert sorted(p.name for p in (tmp_path / "builds").iterdir()) == ["b1"]
    assert os.listdir(tmp_path / ".etl" / "tmp") == [] and load.read_ledger(tmp_path)["builds"] == ["b1"]


def test_tables_with_nothing_to_insert_stay_empty_and_the_rest_are_filled(tmp_path):
    write_warehouse(tmp_path, STANDARD, build_id="b1")  # no fetches, no corrections
    con = duckdb.connect(str(tmp_path / "plans.duckdb"), read_only=True)
    try:
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in load.TABLES}
    finally:
        con.close()
    assert counts["fetches"] == 0 and counts["corrections"] == 0
    assert (counts["plan_updates"], counts["plan_items"], counts["sources"], counts["load_issues"],
            counts["build_info"]) == (9, 8, 2, 2, 1)
    assert counts["forces"] == 44 and counts["recommendations"] == 39


@pytest.fixture(scope="module")
def to_review(tmp_path_factory):
    rows = [update("kent", "7.1", "in_progress"),
            update("kent", "7.1", "in_progress", round_="March 2026", round_date=D(2026, 3, 1), round_seq=2),
            dict(update("essex", "7.1", "unknown", is_sample=True), status_raw="TBC"),
            update("essex", "10.2", "complete", source="inferred"),
            update("surrey", "12.1", "unknown", source="none")]
    return Warehouse(write_warehouse(tmp_path_factory.mktemp("review"), rows))


def test_the_review_queue_follows_the_sidebars_filters(to_review):
    def queue(**kw):
        return [(r.force_id, r.item_id, r.why, bool(r.is_latest)) for r in queries.review_queue(to_review, Filters(**kw)).itertuples()]

    everything = queue()
    assert everything == [("essex", "7.1", "unknown_with_words", True), ("essex", "10.2", "inferred", True),
                          ("kent", "7.1", "duplicate_item", True), ("kent", "7.1", "duplicate_item", False)]
    assert queue(forces=("kent",)) == everything[2:]
    assert queue(regions=("East of England",)) == everything[:2]
    assert queue(recs=(10,)) == [everything[1]]
    assert queue(include_sample=False) == everything[1:]
    assert queue(forces=("kent",), recs=(10,)) == []
    counts = queries.review_counts(to_review, Filters()).iloc[0]
    assert (counts.waiting, counts.waiting_in_figures, counts.reviewed_positions) == (4, 3, 0)
    assert queries.review_counts(to_review, Filters(recs=(12,))).iloc[0][["waiting", "waiting_in_figures"]].tolist() == [0, 0]
    assert queries.corrections_made(to_review).empty


def test_downloads_of_filtered_rows_carry_no_index_and_formulas_in_mixed_columns_are_neutralised():
    import pyarrow.parquet as pq

    frame = pd.DataFrame({"item_id": ["7.1", "7.2", "10.1"], "n": [1, 2, 3]}).iloc[[1, 2]]  # index 1, 2
    back = pd.read_parquet(io.BytesIO(exporting.parquet_bytes(frame)))
    assert back.index.tolist() == [0, 1] and back.columns.tolist() == ["item_id", "n"]
    assert pq.read_schema(io.BytesIO(exporting.parquet_bytes(frame))).names == ["item_id", "n"]
    mixed = pd.DataFrame({"note": ["=1+1", 5, "@x"]})  # an object column that is not all text
    assert exporting.safe_csv(mixed).decode("utf-8-sig").split("\r\n")[1:4] == ["'=1+1", "5", "'@x"]


def test_only_day_columns_get_the_date_format_and_widths_follow_the_first_200_rows():
    n = 201
    frame = pd.DataFrame({"mixed": pd.Series(["=1+1", 5] + [None] * (n - 2), dtype=object),
                          "empty": pd.Series([None] * n, dtype=object),
                          "deadline_of_the_sub_item": pd.Series([D(2025, 3, 27)] + [None] * (n - 1), dtype=object),
                          "text": ["short"] * (n - 1) + ["x" * 40]})  # the long one is row 201
    sheet = openpyxl.load_workbook(io.BytesIO(exporting.xlsx_bytes(frame, "Every force", "b1")))["data"]
    widths = {c: sheet.column_dimensions[c].width for c in "ABCD"}
    assert widths == {"A": 10, "B": 10, "C": 12, "D": 10}
    assert sheet["A2"].number_format == "General" and sheet["C2"].number_format == "yyyy-mm-dd"


def test_rounds_of_one_date_in_two_files_follow_the_file_order_then_the_documents():
    a = file_result("a.csv", [plan_update("a.csv", "7.1", "A first", D(2025, 3, 1), 1),
                              plan_update("a.csv", "7.1", "A second", D(2025, 3, 1), 2)])
    b = file_result("b.csv", [plan_update("b.csv", "7.1", "B", D(2025, 3, 1), 1)])
    kept = reconcile.reconcile([b, a])
    assert [u.round for u in kept] == ["A first", "A second", "B"]
    assert reconcile.latest_per_item(kept)[0].round == "B"  # the later file's round is the latest


def test_prune_forgets_a_kept_build_whose_folder_is_gone(tmp_path):
    (tmp_path / ".etl" / "tmp").mkdir(parents=True)
    (tmp_path / "builds" / "b1").mkdir(parents=True)
    load.write_ledger(tmp_path, {"builds": ["b0", "b1", "ghost"], "cache": []})
    (tmp_path / "builds" / "b0").mkdir()
    load.prune(tmp_path, keep={"b1", "ghost"})
    assert load.read_ledger(tmp_path)["builds"] == ["b1"] and sorted(os.listdir(tmp_path / "builds")) == ["b1"]
