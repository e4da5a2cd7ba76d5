"""Answers for a recommendation as a whole are marked where their figures are shown (issue 10, item 4)."""
from __future__ import annotations

from tests.apptest import open_app
from tests.handmade import update, write_warehouse

ROWS = [
    update("kent", "7.1", "complete"), update("kent", "7.2", "in_progress"),
    # Cheshire answered recommendation 10 once; the tracker applied it to each of its five sub-items
    *[update("cheshire", f"10.{n}", "in_progress", granularity="recommendation", text="We partially comply.")
      for n in range(1, 6)],
    update("cheshire", "7.1", "complete"),
]


def test_force_page_says_which_sub_items_repeat_a_recommendation_answer(tmp_path, monkeypatch):
    write_warehouse(tmp_path, ROWS)
    at = open_app(monkeypatch, tmp_path, "pages/force.py", lead_force="Cheshire Constabulary")
    assert not at.exception
    notes = " ".join(c.value for c in at.caption)
    assert "5 of these sub-items come from answers given for a recommendation as a whole (recommendations 10)" in notes
    at = open_app(monkeypatch, tmp_path, "pages/force.py", lead_force="Kent Police")
    assert "as a whole" not in " ".join(c.value for c in at.caption)


def test_data_quality_lists_plans_answered_per_recommendation(tmp_path, monkeypatch):
    write_warehouse(tmp_path, ROWS)
    at = open_app(monkeypatch, tmp_path, "pages/quality.py")
    assert not at.exception
    frames = [d.value for d in at.dataframe]
    whole = next(f for f in frames if "sub_items" in f.columns or "Sub items" in f.columns)
    assert whole.iloc[0].tolist()[:3] == ["Cheshire Constabulary", "North West", 5]
