"""The query layer on a small hand-made warehouse: every definition the dashboard relies on."""
import datetime as dt

import pandas as pd
import pytest

from app import queries
from app.filters import Filters
from app.warehouse import Warehouse
from tests.handmade import STANDARD, update, write_warehouse


@pytest.fixture(scope="module")
def wh(tmp_path_factory):
    return Warehouse(write_warehouse(tmp_path_factory.mktemp("wh"), STANDARD))


def test_headline_counts_and_rate(wh):
    head = queries.headline(wh, Filters()).iloc[0]
    assert (head["items"], head.done, head.in_progress, head.not_started, head.not_applicable) == (8, 5, 1, 1, 1)
    assert head.completion_rate == pytest.approx(5 / 7)  # not applicable leaves the denominator
    assert head.forces_reporting == 2


def test_filters_narrow_by_force_region_rec_and_status(wh):
    assert queries.headline(wh, Filters(forces=("kent",))).iloc[0].completion_rate == pytest.approx(0.75)
    assert queries.headline(wh, Filters(regions=("East of England",))).iloc[0]["items"] == 4
    assert queries.headline(wh, Filters(recs=(10,))).iloc[0]["items"] == 4
    assert queries.headline(wh, Filters(statuses=("bau",))).iloc[0]["items"] == 2


def test_as_of_date_goes_back_to_the_round_then(wh):
    then = Filters(as_of=dt.date(2025, 6, 1))
    essex = queries.force_items_with_peers(wh, then, "essex").set_index("item_id")
    assert essex.loc["7.1", "status"] == "not_started" and essex.loc["7.1", "round"] == "March 2025"
    now = queries.force_items_with_peers(wh, Filters(), "essex").set_index("item_id")
    assert now.loc["7.1", "status"] == "complete"
    before_any = queries.headline(wh, Filters(as_of=dt.date(2024, 1, 1))).iloc[0]
    assert before_any["items"] == 0


def test_overdue_is_past_deadline_and_not_done(wh):
    rows = queries.overdue_items(wh, Filters(as_of=dt.date(2025, 4, 6)))
    assert sorted(zip(rows.force_name, rows.item_id)) == [("Essex Police", "10.1"), ("Essex Police", "7.1"),
                                                          ("Kent Police", "10.2")]
    assert set(rows.days_overdue) == {10}  # deadline 27 March 2025
    assert queries.overdue_items(wh, Filters(as_of=dt.date(2025, 3, 27))).empty


def test_force_comparison_against_region_and_nation(wh):
    table = queries.force_comparison(wh, Filters(forces=("essex",)), "kent").set_index("scope")
    assert table.loc["Kent Police", "completion_rate"] == pytest.approx(0.75)
    assert table.loc["Kent Police", "rank"] == 1 and table.loc["Kent Police", "of_forces"] == 2
    assert table.loc["South East region", "completion_rate"] == pytest.approx(0.75)
    assert table.loc["England and Wales", "completion_rate"] == pytest.approx(5 / 7)  # force filter ignored for peers


def test_items_with_peer_share(wh):
    kent = queries.force_items_with_peers(wh, Filters(), "kent").set_index("item_id")
    assert pd.isna(kent.loc["10.2", "peers_done_share"])  # the only peer has it not applicable
    assert kent.loc["7.2", "peers_done_share"] == 1.0 and kent.loc["10.1", "peers_done_share"] == 0.0


def test_peer_practice_shows_what_finished_forces_wrote(wh):
    practice = queries.peer_practice(wh, Filters(), "essex")
    assert practice.item_id.tolist() == ["10.1"] and practice.force_name.tolist() == ["Kent Police"]
    assert queries.peer_practice(wh, Filters(), "kent").empty  # Essex has not finished Kent's open item 10.2


def test_recommendation_views(wh):
    split = queries.status_split(wh, Filters(), ["7.1", "7.2"]).set_index("status")
    assert split.loc["complete", "items"] == 3 and split.loc["bau", "items"] == 1
    assert queries.progress_reported(wh, Filters(), ["10.2"]).progress_pct.tolist() == [50.0]
    assert len(queries.recommendation_forces(wh, Filters(), ["10.1"])) == 2


def test_inferred_statuses_can_be_counted_as_unknown(tmp_path):
    wh = Warehouse(write_warehouse(tmp_path, [update("kent", "7.1", "complete", source="inferred"),
                                              update("kent", "7.2", "complete")]))
    assert queries.headline(wh, Filters()).iloc[0].done == 2
    head = queries.headline(wh, Filters(include_inferred=False)).iloc[0]
    assert (head.done, head.unknown) == (1, 1)


def test_sample_rows_can_be_left_out(tmp_path):
    wh = Warehouse(write_warehouse(tmp_path, [update("kent", "7.1", "complete", is_sample=True),
                                              update("essex", "7.1", "complete")]))
    assert wh.has_sample
    assert queries.headline(wh, Filters(include_sample=False)).iloc[0].forces_reporting == 1


def test_data_quality_queries(wh):
    assert len(queries.forces_without_plan(wh)) == 42
    coverage = queries.coverage(wh).set_index("force_name")
    assert coverage.loc["Kent Police", "items_reported"] == 4
    assert coverage.loc["Kent Police", "missing_items"].startswith("10.3, 10.4")
    issues = queries.load_issues(wh)
    assert issues.code.tolist() == ["corrupt_file", "duplicate_item"]  # errors first
    assert issues.columns[:3].tolist() == ["severity", "source_file", "message"]  # the reason in view


def test_filter_values_are_parameters_not_sql(wh):
    hostile = Filters(forces=("kent'); DROP TABLE plan_updates; --",), regions=("' OR 1=1 --",))
    assert queries.headline(wh, hostile).iloc[0]["items"] == 0
    assert queries.headline(wh, Filters()).iloc[0]["items"] == 8  # still there


def test_every_round_export_filters_each_round_on_its_own_status(wh):
    not_started = Filters(forces=("essex",), statuses=("not_started",))
    assert "7.1" not in queries.explore_rows(wh, not_started).item_id.tolist()  # complete by now
    earlier = queries.explore_rounds(wh, not_started)
    assert earlier.query("item_id == '7.1'")[["round", "status"]].values.tolist() == [["March 2025", "not_started"]]
    assert {"source_file", "source_row", "round_seq"} <= set(earlier.columns)


def test_items_are_computed_once_per_filters_and_match_the_full_query(wh):
    kent = Filters(forces=("kent",))
    first = queries.headline(wh, kent)
    kept = dict(wh._relations)
    queries.status_by_recommendation(wh, kent)
    assert wh._relations == kept  # the second question about the same rows reused them
    queries.headline(wh, Filters(forces=("essex",)))
    assert len(wh._relations) == len(kept) + 1
    direct = queries.select_items(wh, kent, f"SELECT {queries.RATES}, count(DISTINCT force_id) AS forces_reporting FROM items",
                                  keep=False)
    pd.testing.assert_frame_equal(first, direct)


def test_kept_items_stay_within_their_memory_budget(wh, monkeypatch):
    from app import warehouse as warehouse_module

    fresh = Warehouse(wh.path)
    views = [Filters(), Filters(forces=("kent",)), Filters(forces=("essex",)), Filters(recs=(7,)), Filters(recs=(10,)),
             Filters(statuses=("complete",))]
    queries.headline(fresh, views[0])
    budget = next(iter(fresh._relations.values())).nbytes * 2  # the widest view, twice over
    monkeypatch.setattr(warehouse_module, "RELATIONS_MAX_BYTES", budget)
    for view in views[1:]:
        queries.headline(fresh, view)
    kept = list(fresh._relations)
    assert 1 < len(kept) < len(views) and sum(t.nbytes for t in fresh._relations.values()) <= budget
    assert kept[-1][1] == views[-1].clause()[0]  # the newest is kept, the oldest went first
