"""Families two held-out sets (134, a metropolitan force's performance team with its partners; 135, forty house styles)
found on their first run, written here in words of our own, not the sets' rows: another body's act beside a done (a
mayor's office, the NHS's boards, the region, a national charity or commissioner, a MAPPA board, the NPCC lead, a
product 'delivered nationally'); a thing only discussed at a board, a return submitted, a proposal endorsed, a
publication only booked, a plan only submitted, who monitors it; a compliance figure in a bare '100%' cell; a draft
circulating; an action now owned by a regional board; a done dated to a month with no year before the report; 'update
complete' in the status cell; words that open with a rating of their own ('Red – ...'); a misspelt 'except'. None of
them is done; the guards below stay done. Left: a MAPPA board's guidance (the force sits on MAPPA, so its acts are
partly the force's own) and a charity's training for a partner's staff."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.normalise.position import read_position

NOVEMBER_2024, MARCH_2025, SEPTEMBER_2025, MARCH_2026 = (dt.date(2024, 11, 29), dt.date(2025, 3, 31),
                                                         dt.date(2025, 9, 30), dt.date(2026, 3, 31))


@pytest.mark.parametrize("cell, words, as_of", [
    ("Green", "The Deputy Mayor's office announced more money for victim services next year.", SEPTEMBER_2025),
    ("Complete", "The ICB has secured funding for a perpetrator programme.", SEPTEMBER_2025),
    ("Green", "Regional intervention proposal endorsed by the Regional VAWG Board in May.", SEPTEMBER_2025),
    ("Complete", "Discussed at the Public Protection Board.", MARCH_2026),
    ("Green", "ADR return submitted.", MARCH_2026),
    ("100%", "Stalking crimes audited in May: 100% compliant with the Counting Rules.", SEPTEMBER_2025),
    ("Green", "National guidance circulated to all officers via the intranet.", MARCH_2025),
    ("Signed off", "Response approved by the Chief Officer Group. Web publication booked with the press office.",
     NOVEMBER_2024),
    ("Complete", "Plan submitted to the NPCC.", NOVEMBER_2024),
    ("Green", "Progress to be monitored by the VAWG Board.", MARCH_2025),
    ("Complete - national", "Delivered nationally by the College of Policing.", SEPTEMBER_2025),
    ("Green", "First meeting held with the advocacy services; draft protocol circulating.", NOVEMBER_2024),
    ("Closed", "Closed at the Gold Group; the action is now owned by the regional VAWG board.", SEPTEMBER_2025),
    ("Green", "Red – no funding identified.", SEPTEMBER_2025),
])
def test_a_done_column_beside_another_bodys_act_or_a_step_only_is_not_done(reference, cell, words, as_of):
    position = read_position(cell, words, reference, as_of)
    assert position.status == "unknown", (cell, words, position)
    assert position.conflict


@pytest.mark.parametrize("cell, as_of", [
    ("Complete (Feb)", NOVEMBER_2024),
    ("Mar-25 update complete", MARCH_2025),
    ("Complete (excpet weekends)", SEPTEMBER_2025),
])
def test_a_done_cell_dated_before_the_report_or_only_an_update_written_is_not_done(reference, cell, as_of):
    assert read_position(cell, "", reference, as_of).status not in ("complete", "bau"), cell


@pytest.mark.parametrize("words, as_of", [
    ("A task-and-finish group has been set up to take forward the data recommendations and has met twice.", MARCH_2025),
    ("The Victims' Commissioner has published a report on stalking victims, which the force has noted.", SEPTEMBER_2025),
    ("The region has adopted a shared approach to stalking data.", MARCH_2026),
    ("The 56-day deadline for responding to the report has passed.", NOVEMBER_2024),
    ("10.1 is complete; for this item please see the training section.", MARCH_2025),
])
def test_words_alone_that_tell_of_others_or_of_another_item_are_not_done(reference, words, as_of):
    assert read_position("", words, reference, as_of).status not in ("complete", "bau"), words


@pytest.mark.parametrize("cell, words, as_of, status", [
    ("Complete", "We secured funding and both advocates are in post.", SEPTEMBER_2025, "complete"),
    ("Complete", "Our training, delivered by the Suzy Lamplugh Trust, has been completed by every investigator.",
     SEPTEMBER_2025, "complete"),
    # what the commissioner funds or a charity delivers to the force's officers is the force's response
    ("Complete", "The PCC funded two more advocates from April; both are in post.", SEPTEMBER_2025, "complete"),
    ("Complete", "Paladin delivered two CPD sessions to our PPU investigators in January.", MARCH_2025, "complete"),
    ("Done - 56 day return submitted", "", NOVEMBER_2024, "complete"),
    ("Complete (Feb)", "", MARCH_2025, "complete"),
    ("Complete", "The force adopted the national guidance in January and it is in use.", MARCH_2025, "complete"),
    ("Complete", "Our stalking page is live and the plan was submitted to the NPCC and published on our website.",
     NOVEMBER_2024, "complete"),
    ("Green", "The task-and-finish group finished its work in March and every action is delivered.", SEPTEMBER_2025,
     "complete"),
])
def test_guards_a_done_that_these_families_must_not_undo(reference, cell, words, as_of, status):
    assert read_position(cell, words, reference, as_of).status == status, (cell, words)
