"""Families three held-out sets (109 to 111: a twentieth author; recommendations 14 to 28; terse tracker cells) found
on their first run, each written here in words of our own, not the sets' rows: a count over its whole written with
thousands ('1,240/1,655'); someone's clearance still to come ('subject to Head of PPU sign-off'); a share of cases under
three quarters that met the practice; a step that starts 'in the next training term'; a meeting held with a partner
and nothing else; the words answering 'No'; a tracker line opening on the step under way ('Recruiting ...'); a first
audit 'in fieldwork'; work that 'continues under' another programme; 'nobody has yet been' appointed; a terse group
and a span of months ahead with no year. None of them is done; the guards below stay done."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.normalise.position import read_position

DONE = {"complete", "bau"}
MARCH_2025, SEPTEMBER_2025, NOVEMBER_2024 = dt.date(2025, 3, 31), dt.date(2025, 9, 30), dt.date(2024, 11, 29)


@pytest.mark.parametrize("cell, words, as_of", [
    ("Green", "Briefed 1,240/1,655 frontline staff.", SEPTEMBER_2025),
    ("Complete", "Policy rewritten; subject to Head of PPU sign-off.", MARCH_2025),
    ("Complete", "Go-live is subject to the memorandum being signed by the council.", MARCH_2025),
    ("Complete", "Screening is in place; 58% of reports received since June were reviewed within one working day.",
     SEPTEMBER_2025),
    ("Complete", "Content has been written. Roll-out to staff starts in the next training term.", MARCH_2025),
    ("Green", "Call held with the Crown Prosecution Service.", MARCH_2025),
    ("Complete", "Specialist posts: No.", MARCH_2025),
])
def test_a_done_column_beside_words_that_leave_work_to_do_is_not_done(reference, cell, words, as_of):
    position = read_position(cell, words, reference, as_of)
    assert position.status == "unknown", (cell, words, position)
    assert position.conflict, "a person is told which words stood against the done"


@pytest.mark.parametrize("words, as_of", [
    ("Dip-sample design signed off; the first sample is in fieldwork now.", MARCH_2025),
    ("Closed on this tracker - continues under the VAWG workstream.", SEPTEMBER_2025),
    ("Recruiting two PPU sergeants; one appointed.", SEPTEMBER_2025),
    ("Posts agreed; nobody has yet been recruited.", SEPTEMBER_2025),
    ("Wave 1 trained; waves 2-3 Feb-Apr.", NOVEMBER_2024),
])
def test_update_words_with_a_step_still_under_way_or_ahead_are_not_done(reference, words, as_of):
    assert read_position("", words, reference, as_of).status not in DONE, words


@pytest.mark.parametrize("cell, words, as_of", [
    ("Complete", "1,655/1,655 frontline staff briefed.", SEPTEMBER_2025),
    ("Complete", "Policy published; subject to annual review.", SEPTEMBER_2025),
    ("Complete", "Screening is in place; 96% of reports received since June were reviewed within one working day.",
     SEPTEMBER_2025),
    ("Complete", "Meeting held with the CPS in January; joint protocol signed in March.", MARCH_2025),
    ("", "Drafting complete; policy published in May.", SEPTEMBER_2025),
    ("", "All response officers trained; refreshers Jan-Mar.", MARCH_2025),
])
def test_the_same_words_with_the_work_finished_stay_done(reference, cell, words, as_of):
    assert read_position(cell, words, reference, as_of).status in DONE, (cell, words)


# held out 112 (a twenty-first author) and 113 (the later rounds), first run on the commit before these lines: the Welsh
# half saying the work is under way beside an English 'complete'; work moved to another plan or tracker; a part still
# to be added or revised at a later review; the remaining divisions still to adopt it; an assurance review that could not
# find the evidence; 'still deciding' how the routine will run
@pytest.mark.parametrize("cell, words, as_of", [
    ("Wedi'i gwblhau / Complete", "Mae'r hyfforddiant ar y gweill. / The training is complete.", MARCH_2025),
    ("Complete", "Actions transferred to the force VAWG delivery plan.", SEPTEMBER_2025),
    ("Closed", "- carried over to the safeguarding tracker", SEPTEMBER_2025),
    ("Closed", "Guidance issued to response officers. A chapter on repeat behaviour will be added at the next policy "
               "refresh (October 2026).", dt.date(2026, 3, 31)),
    ("BAU", "Business as usual since October 2025. The remaining command areas (North and South) adopt the checklist in "
            "April 2026.", dt.date(2026, 3, 31)),
])
def test_a_done_column_beside_a_part_elsewhere_or_still_to_come_is_not_done(reference, cell, words, as_of):
    position = read_position(cell, words, reference, as_of)
    assert position.status == "unknown", (cell, words, position)


@pytest.mark.parametrize("words, as_of", [
    ("Marked complete last year; internal audit could not find evidence that the checks happen.", dt.date(2026, 3, 31)),
    ("Local policy has been added to the response course; the detective course will be updated at its next revision "
     "in January.", SEPTEMBER_2025),
    ("Early screening is now in place for domestic-related stalking; other stalking will be added to the process from "
     "January.", SEPTEMBER_2025),
    ("Two audits have been done; we are still agreeing who will run them next year.", dt.date(2026, 3, 31)),
])
def test_words_of_a_part_still_to_change_or_doubted_are_not_done(reference, words, as_of):
    assert read_position("", words, reference, as_of).status not in DONE, words


@pytest.mark.parametrize("cell, words", [
    ("Complete", "Policy published; the page will be updated each quarter."),
    ("Complete", "Actions delivered; monitoring moved into business as usual."),
    ("Complete", "All divisions adopted the form in January."),
])
def test_a_done_with_only_its_routine_to_come_stays_done(reference, cell, words):
    assert read_position(cell, words, reference, SEPTEMBER_2025).status in DONE, (cell, words)


# held out 114 (a twenty-second author) and 115 (recommendations 7 to 12), first run on the commit before these lines: a
# figure under its label; consideration given; a lead appointed; a step to start once another item is done; a build
# waiting in a test environment; a plan beside a newest round with no update; another body's advice passed on; referrals
# for high-risk victims only; a briefing dated in figures after the round; a part left for the next revision; a survey
# bought and its supplier appointed, not yet run
@pytest.mark.parametrize("words, as_of", [
    ("Hours of stalking training delivered in 2025/26: 1,120.", dt.date(2026, 3, 31)),
    ("Consideration has been given by the force to the recording of linked offences.", MARCH_2025),
    ("The Detective Chief Superintendent has been appointed as the lead for this recommendation.", MARCH_2025),
    ("Victim feedback - TBC once 11.2 complete.", SEPTEMBER_2025),
    ("The supplier has delivered the new form but it is sitting in our test environment while a fault is fixed.",
     MARCH_2025),
    ("The College's guidance on stalking protection orders has been circulated to sergeants.", MARCH_2025),
])
def test_words_that_give_a_figure_a_lead_or_a_step_still_waiting_are_not_done(reference, words, as_of):
    assert read_position("", words, reference, as_of).status not in DONE, words


@pytest.mark.parametrize("cell, words, as_of", [
    ("Action complete", "Nov-24: Survey planned. UPDATE March 2025: no update.", MARCH_2025),
    ("BLUE - Complete", "Referrals to the advocacy service are made for high-risk victims. Medium-risk victims are "
                        "signposted.", SEPTEMBER_2025),
    ("Achieved", "Toolkit on intranet; PPU briefed; response briefing via CPD day 06/25.", MARCH_2025),
    ("Complete", "Risk policy updated. Breach guidance will be covered in the next policy revision (due 2026).",
     SEPTEMBER_2025),
    ("BLUE - Complete", "Feedback survey commissioned; supplier appointed in February.", MARCH_2025),
])
def test_a_done_column_beside_a_plan_a_part_or_a_purchase_only_is_not_done(reference, cell, words, as_of):
    assert read_position(cell, words, reference, as_of).status == "unknown", (cell, words)


@pytest.mark.parametrize("cell, words", [
    ("Complete", "Survey commissioned; supplier appointed; first survey run in February with 40 responses."),
    ("Complete", "Audit completed as planned."),
    ("", "The guidance has been circulated to all supervisors."),
    ("Complete", "Referrals are made for high-risk victims and, since January, for medium and standard-risk victims."),
])
def test_the_work_itself_reported_done_stays_done(reference, cell, words):
    assert read_position(cell, words, reference, MARCH_2025).status in DONE, (cell, words)
