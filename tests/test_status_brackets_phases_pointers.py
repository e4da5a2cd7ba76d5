"""Families three held-out sets (116 to 118: a twenty-third author; recommendations 13 to 20; the force's own status
words) found on their first run, written here in words of our own, not the sets' rows: a done for one place named in
brackets ('Complete (Eastfield)'); a done for the national work ('Closed (national)'); a closure that points to a risk or
issues log; a pointer in both languages beside 'Ar gau / Closed'; business as usual from a month given
in figures that is still ahead ('BAU (from 06/25)' in March 2025); a review the item was folded into ('Being looked at
as part of the wider ...'); the rest done in phases over months ahead; a group brought in 'from' a later month; a trial
report checked 'before it is made routine'; work 'still going on'; 'still agreeing' who does it; counts of orders and
breaches alone; a figure under its label beside 'Green'; a value said of the force ('The constabulary recognises ...').
None of them is done; the guards below stay done."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.normalise.position import read_position

DONE = {"complete", "bau"}
MARCH_2025, SEPTEMBER_2025, NOVEMBER_2024 = dt.date(2025, 3, 31), dt.date(2025, 9, 30), dt.date(2024, 11, 29)


@pytest.mark.parametrize("cell, words, as_of", [
    ("Complete (Eastfield)", "", MARCH_2025),
    ("Achieved (Harbour District)", "", MARCH_2025),
    ("Closed (national)", "", MARCH_2025),
    ("Complete (NPCC)", "The national product is finished.", MARCH_2025),
    ("Closed (see risk log)", "", SEPTEMBER_2025),
    ("Closed - see issues log", "", SEPTEMBER_2025),
    ("BAU (from 06/25)", "", MARCH_2025),
    ("Live (wef 10/25)", "", SEPTEMBER_2025),
])
def test_a_done_cell_whose_own_words_narrow_defer_or_send_it_elsewhere_is_not_done(reference, cell, words, as_of):
    assert read_position(cell, words, reference, as_of).status not in DONE, cell


@pytest.mark.parametrize("cell, words, as_of", [
    ("Closed", "Being reviewed alongside the wider public protection work.", SEPTEMBER_2025),
    ("Ar gau / Closed", "Gweler y strategaeth VAWG. See the VAWG strategy.", SEPTEMBER_2025),
    ("Complete", "Matrix approved. Transferring open investigations will take place in stages over four months.",
     MARCH_2025),
    ("Complete", "Checklist live for the PPU; response and neighbourhood teams will be added from June.", MARCH_2025),
    ("Green", "First monthly dashboard issued in July; it will be tested before it is made business as usual.",
     SEPTEMBER_2025),
    ("Complete", "Posters printed; distribution to front counters is still under way.", MARCH_2025),
    ("Complete", "Panel terms drafted. Partners are still deciding who will chair it.", SEPTEMBER_2025),
    ("Complete", "A breach register has been built. We are still agreeing who will be responsible for checking compliance "
                 "with it.", MARCH_2025),
    ("Green", "By the end of August 31 SPOs were in force and 7 breaches had been recorded.", SEPTEMBER_2025),
    ("Green", "Advocacy referrals this quarter: 212.", SEPTEMBER_2025),
    ("Complete", "The constabulary recognises how frightening stalking is for victims.", MARCH_2025),
])
def test_a_done_column_beside_words_that_leave_work_or_say_nothing_of_it_is_not_done(reference, cell, words, as_of):
    position = read_position(cell, words, reference, as_of)
    assert position.status == "unknown", (cell, words, position)
    assert position.conflict, "a person is told which words stood against the done"


@pytest.mark.parametrize("words, as_of", [
    ("Being redesigned as part of the new public protection model.", SEPTEMBER_2025),
    ("Needs assessments are now completed for high-risk stalking victims; standard risk will be included from June.",
     MARCH_2025),
    ("A first quarterly report has been produced; we will check it works before making it routine.", SEPTEMBER_2025),
    ("The guidance has been reissued; distribution is still going on.", MARCH_2025),
    ("Policy signed off. Moving the existing caseload will happen in phases over the next three months.", MARCH_2025),
])
def test_update_words_with_the_rest_still_to_come_are_not_done(reference, words, as_of):
    assert read_position("", words, reference, as_of).status not in DONE, words


@pytest.mark.parametrize("cell, words, as_of", [
    ("Complete (JB)", "", MARCH_2025),
    ("Complete (Verified)", "", MARCH_2025),
    ("Complete - see evidence pack", "", MARCH_2025),  # the done's evidence, kept elsewhere: it stands
    ("Complete (regional)", "The lead force delivered this for the region and our staff use it.", MARCH_2025),
    ("Complete (March 2025)", "", MARCH_2025),
    ("BAU (from 01/25)", "", MARCH_2025),
    ("Complete", "Checklist live for every team since January.", MARCH_2025),
    ("Complete", "Posters printed and distributed to every front counter.", MARCH_2025),
    ("Complete", "Matrix approved and all open investigations moved across in February.", MARCH_2025),
])
def test_the_same_cells_with_the_work_finished_stay_done(reference, cell, words, as_of):
    assert read_position(cell, words, reference, as_of).status in DONE, (cell, words)


# held out 119 (a twenty-fourth author) and 120 (recommendations 22 to 28), first run on the session's first commit
@pytest.mark.parametrize("cell, words, as_of", [
    ("Complete", "Stalking role options have been considered; a decision will be made by the chief officer group.",
     SEPTEMBER_2025),
    ("Complete", "The force continues to weigh the case for a dedicated stalking unit within the PPU review.",
     SEPTEMBER_2025),
    ("Complete", "Screening every harassment crime is not something we can currently deliver with the crime bureau's "
                 "numbers.", MARCH_2025),
    ("Green", "The data sharing protocol with the advocacy charity is with the force solicitor for final checks.",
     MARCH_2025),
    ("Complete", "MARAC is a multi-agency forum chaired by the local authority.", MARCH_2025),
    ("Wedi'i gwblhau / Complete", "Bydd yr hyfforddiant yn cael ei gyflwyno ym mis Mehefin. / Training has been "
                                  "delivered.", MARCH_2025),
    ("Closed – OPCC", "", SEPTEMBER_2025),
    # (found by the cell compare: 'across the county' is no longer a part, so the part must be said as what it is)
    ("Launched", "Our first stalking surgery opened in Eastbridge, the first of four planned across the county.",
     MARCH_2025),
])
def test_a_done_beside_a_decision_still_to_come_or_no_work_of_its_own_is_not_done(reference, cell, words, as_of):
    assert read_position(cell, words, reference, as_of).status not in DONE, (cell, words)


@pytest.mark.parametrize("words, as_of", [
    ("What we did: put a stalking question set into the first account form. What is left: train response officers in "
     "its use and check how often it is filled in.", NOVEMBER_2024),
    ("What we did: supervisors continue to review stalking files. What is left: business as usual.", MARCH_2025),
    ("First meetings with the probation service have taken place to design the panel.", MARCH_2025),
    ("The borough council has published its community safety strategy, which mentions stalking.", MARCH_2025),
    ("The Chief Constable has made stalking one of the force's top priorities.", MARCH_2025),
    ("The action was reviewed at the tactical board, which agreed the status shown.", SEPTEMBER_2025),
    # held out 122 (update sentences alone), first run on the session's second commit
    ("Delivered in November 2024 (see the March 2026 update for the new work needed).", MARCH_2025),
    ("Action complete; the dashboard has not yet been launched.", MARCH_2025),
    ("In progress / BAU.", SEPTEMBER_2025),
    ("An audit was carried out.", MARCH_2025),
])
def test_words_that_leave_work_to_do_or_show_none_of_the_forces_own_are_not_done(reference, words, as_of):
    assert read_position("", words, reference, as_of).status not in DONE, words


@pytest.mark.parametrize("cell, words, as_of", [
    ("Complete", "The decision not to create a stalking unit was taken at the chief officers' meeting in May, with the "
                 "reasons minuted.", SEPTEMBER_2025),
    ("Complete", "The data sharing protocol with the advocacy charity was signed in February and is in use.",
     MARCH_2025),
    ("", "Action complete; the dashboard was launched in February.", MARCH_2025),
])
def test_the_same_work_finished_stays_done(reference, cell, words, as_of):
    assert read_position(cell, words, reference, as_of).status in DONE, (cell, words)


# held out 121 (a twenty-fifth author), first run on the session's second commit
@pytest.mark.parametrize("cell, words, as_of", [
    ("", "Talks have been held with the Commissioner's office about recommissioning the advocacy service, which is to "
         "take place next year.", MARCH_2025),
    ("", "Meetings have taken place with probation and the health board to discuss managing perpetrators.", MARCH_2025),
    ("Complete", "The Commissioner's scrutiny panel reviewed stalking files in February.", MARCH_2025),
    ("", "The chief officer team has been briefed on the stalking problem profile.", SEPTEMBER_2025),
    ("Green", "Considering the screening tool alongside DASH.", NOVEMBER_2024),
    ("100%", "Work continuing with partners.", MARCH_2025),
    ("", "Referral pathway agreed with the charity; training for call handlers continuing.", MARCH_2025),
])
def test_talks_held_a_step_to_take_place_a_briefing_or_work_continuing_is_not_done(reference, cell, words, as_of):
    assert read_position(cell, words, reference, as_of).status not in DONE, (cell, words)
