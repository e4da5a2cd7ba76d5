"""Themes of what forces report, on a hand-made set whose expected terms are known."""
from __future__ import annotations

from app import themes


def row(force, rec, text, status="complete", item=None, row_no=2):
    return {"force_id": force, "force_name": force.title() + " Police", "rec_no": rec, "item_id": item or f"{rec}.1",
            "status": status, "update_text": text, "source_file": f"{force}.docx", "source_table": "table 1",
            "source_row": row_no}


ROWS = [
    # recommendation 1: three forces set up a multi-agency panel; two mention MARAC referrals
    row("kent", 1, "We set up a multi-agency panel that meets monthly. MARAC referrals are reviewed by the panel."),
    row("essex", 1, "A multi-agency panel now reviews every case; MARAC referrals doubled.", status="bau"),
    row("surrey", 1, "The multi-agency panel was launched in May.", status="in_progress"),
    row("sussex", 1, "Screening tool adopted.", status="not_started"),
    # recommendation 2: training; every force also says 'audit', which every recommendation has
    row("kent", 2, "The training package was delivered to all staff; audit confirmed."),
    row("essex", 2, "Training package delivered to call handlers; audit confirmed."),
    row("surrey", 2, "Training package in design; audit planned.", status="in_progress"),
    row("kent", 3, "Audit of the stalking screening tool completed."),
    row("essex", 3, "Audit confirmed the stalking screening tool is used."),
]


def test_distinctive_phrases_come_first_with_their_force_counts():
    found = themes.themes_by_group(ROWS)
    top = {t.term: t for t in found[1]}
    assert found[1][0].term == "multi-agency panel"
    assert top["multi-agency panel"].forces == 3 and top["multi-agency panel"].of_forces == 4
    assert top["marac referrals"].forces == 2
    # a word is shown inside its phrase when every force using it uses the phrase
    assert "panel" not in top and "multi-agency" not in top and "marac" not in top
    # used by one force only: not recurring
    assert "screening" not in top and "monthly" not in top
    assert found[2][0].term == "training package" and found[2][0].forces == 3


def test_terms_every_recommendation_has_weigh_less_and_common_words_never_count():
    found = themes.themes_by_group(ROWS)
    rec2 = {t.term: t for t in found[2]}
    assert rec2["audit"].recs == 2 and rec2["audit"].weight < rec2["training package"].weight
    every = {t.term for ts in found.values() for t in ts}
    assert not every & {"the", "was", "we", "all", "stalking", "force"}


def test_the_recommendations_own_wording_is_not_a_theme():
    found = themes.themes_by_group(ROWS, exclude={1: ["Multi-agency panel for stalking cases"]})
    terms = {t.term for t in found[1]}
    assert "multi-agency panel" not in terms and "panel" not in terms
    assert "marac referrals" in terms


def test_excerpts_are_from_forces_reporting_it_done_one_each_cited():
    found = themes.themes_by_group(ROWS)
    quotes = themes.excerpts([r for r in ROWS if r["rec_no"] == 1], found[1])
    assert [q.force_name for q in quotes] == ["Essex Police", "Kent Police"]
    assert all(q.status in ("complete", "bau") for q in quotes)
    kent = next(q for q in quotes if q.force_name == "Kent Police")
    assert (kent.source_file, kent.source_table, kent.source_row) == ("kent.docx", "table 1", 2)
    assert "multi-agency panel" in kent.themes


def test_identical_words_are_quoted_once_and_long_text_is_shortened():
    same = "The stalking screening tool has been implemented across all districts."
    rows = [row("kent", 5, same), row("essex", 5, same), row("surrey", 5, "Screening tool " + "very " * 80 + "long.")]
    quotes = themes.excerpts(rows, themes.themes_by_group(rows)[5])
    assert len(quotes) == 2
    assert all(len(q.text) <= 223 for q in quotes)
    assert themes.shorten("One. Two three. " + "x" * 300, 20) == "One. Two three."
