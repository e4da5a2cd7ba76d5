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


def test_findings_count_forces_not_rows_and_say_how_many_report_the_work_done():
    practice = themes.practice_themes()
    rows = [
        {"rec_no": 10, "force_id": "kent", "status": "complete", "update_text": "All response officers completed the e-learning."},
        {"rec_no": 10, "force_id": "kent", "status": "complete", "update_text": "Training refreshed for the control room."},
        {"rec_no": 10, "force_id": "essex", "status": "in_progress", "update_text": "Training for sergeants is booked."},
        {"rec_no": 10, "force_id": "surrey", "status": "bau", "update_text": "A quarterly dip sample checks every case."},
        {"rec_no": 10, "force_id": "sussex", "status": "complete", "update_text": "The Crime Registrar's audit found no errors."},
        {"rec_no": 10, "force_id": "dorset", "status": "not_started", "update_text": "Nothing yet."},
        {"rec_no": 11, "force_id": "dorset", "status": "complete", "update_text": "Stalking training delivered."},
    ]
    found = themes.findings_by_group(rows, practice)
    assert [(f.theme, f.forces, f.of_forces, f.done_forces) for f in found[10]] == \
        [("audit", 2, 5, 2), ("training", 2, 5, 1)]
    assert found[10][1].sentence() == "2 of 5 forces describe training or briefing officers and staff; 1 of them reports " \
                                      "that work done"
    assert found.get(11, []) == []  # one force is not a finding
    assert themes.findings_by_group(rows, practice, min_forces=1)[11][0].sentence().endswith("all of them report that work done")
    none_done = [dict(r, status="in_progress") for r in rows if r["rec_no"] == 10]
    assert themes.findings_by_group(none_done, practice)[10][0].sentence().endswith("none of them reports that work done yet")


def test_practice_terms_match_whole_words_and_their_endings_only():
    practice = {t["theme"]: t["pattern"] for t in themes.practice_themes()}
    assert practice["training"].search("officers were trained") and practice["training"].search("the e-learning")
    assert not practice["training"].search("a restraining order")  # 'train*' is a word start
    assert practice["systems"].search("the niche flag") and not practice["systems"].search("connected partners")
    assert not practice["policy"].search("police officers")
