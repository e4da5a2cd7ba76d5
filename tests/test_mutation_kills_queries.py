"""Tests written for the query layer's survivors of `make mutate` (issue 24): each asserts what a person would check.

The survivors left are equivalent: DuckDB reads named parameters and relation names without regard to case
('AS_OF' is $as_of), a cache key's label, and a column's table prefix where no other table has the column."""
import pandas as pd
import pytest

from app import queries
from app.filters import Filters
from app.warehouse import Warehouse
from tests.handmade import STANDARD, write_warehouse


@pytest.fixture(scope="module")
def wh(tmp_path_factory):
    return Warehouse(write_warehouse(tmp_path_factory.mktemp("wh"), STANDARD))


def test_a_rounds_query_takes_its_own_named_values(wh):
    """select_rounds passes the caller's values to the caller's SQL (a page asking for one recommendation)."""
    every = queries.select_rounds(wh, Filters(), "SELECT count(*) AS n FROM rounds")["n"].iloc[0]
    ten = queries.select_rounds(wh, Filters(), "SELECT count(*) AS n FROM rounds WHERE rec_no = $rec", rec=10)["n"].iloc[0]
    by_hand = queries.select_rounds(wh, Filters(), "SELECT rec_no FROM rounds")
    assert ten == (by_hand.rec_no == 10).sum() and 0 < ten < every


def test_a_trend_keeps_every_status_whatever_the_status_filter(wh):
    """A completion trend of 'In progress' items only would be 0% done at every date: trends ignore that filter."""
    every = queries.completion_over_time(wh, Filters())
    in_progress_only = queries.completion_over_time(wh, Filters(statuses=("in_progress",)))
    pd.testing.assert_frame_equal(every, in_progress_only)
    assert every.done.tolist() == [4, 5, 5] and every.in_progress.sum() > 0


@pytest.mark.parametrize("text, phrase, terms", [
    ("XBOX", False, ["XBOX"]),  # a search word keeps its own first and last letters
    ("X", False, ["X"]),
    ('"SPOX"', True, ["SPOX"]),
    ('X-ray "X marks"', False, ["X-ray", "X marks"]),
])
def test_search_terms_keep_every_letter_of_what_was_typed(text, phrase, terms):
    assert queries.search_terms(text, phrase) == terms
